//! `carnet audit verify`, `carnet audit checkpoint` and `carnet audit identifications`.

use anyhow::bail;
use carnet_core::audit::{checkpoints, identifications, verify as chain};

use crate::services::Services;
use crate::settings::Settings;

/// Recomputes the chain and checks the checkpoints; fails (exit 1) naming the first bad position.
pub async fn verify(settings: &Settings) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    let report = chain::verify(&services.db, &services.sealer).await?;
    match report.problem {
        None => {
            println!(
                "The audit log is intact: {} rows, {} signed checkpoints ({} rows after the last one).",
                report.rows, report.checkpoints, report.unsigned_tail
            );
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

/// Signs a checkpoint of the current head.
pub async fn checkpoint(settings: &Settings) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match checkpoints::write(&services.db, &services.sealer).await? {
        Some(seq) => println!("Signed a checkpoint at row {seq}."),
        None => println!("Nothing new since the last checkpoint."),
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
