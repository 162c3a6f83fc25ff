//! `carnet audit verify`, `carnet audit checkpoint` and `carnet audit identifications`.

use anyhow::bail;
use std::path::{Path, PathBuf};

use anyhow::Context;
use carnet_core::audit::checkpoints::{Signers, Witness};
use carnet_core::audit::{checkpoints, identifications, verify as chain};

use crate::services::Services;
use crate::settings::Settings;

/// Recomputes the chain and checks the checkpoints, and the log against each witnessed
/// checkpoint; fails (exit 1) naming the first bad position.
pub async fn verify(settings: &Settings, witness_files: &[PathBuf], seal_key_checkpoints: bool) -> anyhow::Result<()> {
    let mut witnesses = Vec::with_capacity(witness_files.len());
    for file in witness_files {
        let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let witness = Witness::parse(&bytes).with_context(|| {
            format!("{} is not a Carnet audit witness (carnet audit checkpoint --export)", file.display())
        })?;
        witnesses.push(witness.checkpoint());
    }
    let services = Services::open(settings).await?;
    // Checkpoints written before the audit key was its own were signed by the sealing key: they
    // count only when the operator says so, once, for a log begun then (by default a stolen
    // sealing key cannot vouch for a rewritten log).
    let earlier = seal_key_checkpoints.then_some(&services.sealer);
    let signers = Signers { audit: &services.audit_key, earlier };
    let report = chain::verify(&services.db, signers, &witnesses).await?;
    match report.problem {
        None => {
            println!(
                "The audit log is intact: {} rows, {} signed checkpoints ({} rows after the last one).",
                report.rows, report.checkpoints, report.unsigned_tail
            );
            if report.witnesses > 0 {
                println!("It extends each of the {} witnessed checkpoints.", report.witnesses);
            }
            Ok(())
        }
        Some(problem) => {
            println!("The audit log is NOT intact. First bad position: {}.", problem.position());
            println!("{}.", problem.describe());
            println!("{} rows before it verified.", report.rows);
            bail!("audit log verification failed at position {}", problem.position())
        }
    }
}

/// Signs a checkpoint of the current head; with `export`, writes the latest checkpoint there
/// as a witness to keep outside the database.
pub async fn checkpoint(settings: &Settings, export: Option<&Path>) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match checkpoints::write(&services.db, &services.audit_key).await? {
        Some(seq) => println!("Signed a checkpoint at row {seq}."),
        None => println!("Nothing new since the last checkpoint."),
    }
    if let Some(file) = export {
        let Some(latest) = checkpoints::latest(&services.db).await? else {
            bail!("the audit log is empty: there is no checkpoint to export");
        };
        let key = if latest.is_signed_by(&services.audit_key) { &services.audit_key } else { &services.sealer };
        let witness = serde_json::to_string_pretty(&Witness::of(&latest, key))?;
        std::fs::write(file, witness + "\n").with_context(|| format!("writing {}", file.display()))?;
        println!(
            "Wrote the checkpoint at row {} to {}: keep it outside this server, and give it to \
             `carnet audit verify --witness` to prove the log still extends it.",
            latest.seq,
            file.display()
        );
    }
    Ok(())
}

/// Prints the publishers whose publications named no record in the last `days` days.
pub async fn identifications(settings: &Settings, days: i64) -> anyhow::Result<()> {
    if !(1..=3650).contains(&days) {
        bail!("--days must be from 1 to 3650");
    }
    let services = Services::open(settings).await?;
    let since = carnet_core::clock::now_ms() - days * carnet_core::clock::hours(24);
    let rows = identifications::since(&services.db, since).await?;
    if rows.is_empty() {
        println!("No publication named an unknown record in the last {days} days.");
        return Ok(());
    }
    println!("Publications that named no record in the last {days} days (unknown INS or birth date not matching):");
    println!("{:>8}  {:<20}  {:<12}  {:<36}  name", "failures", "last (UTC)", "kind", "id");
    for row in rows {
        let last = jiff::Timestamp::from_millisecond(row.last_at)
            .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        println!("{:>8}  {:<20}  {:<12}  {:<36}  {}", row.failures, last, row.actor_kind, row.actor_id, row.name);
    }
    Ok(())
}
