//! `carnet audit verify` and `carnet audit checkpoint`.

use anyhow::bail;
use carnet_core::audit::{checkpoints, verify as chain};

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
