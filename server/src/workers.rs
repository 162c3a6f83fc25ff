//! Background work of a serving node: mail delivery from the outbox, clean-up of expired rows,
//! inviting minors who turned 18 to enrol, and signed checkpoints of the audit log. All are safe to run on every node at once (a
//! checkpoint is written only when the log grew since the last one).

use std::time::Duration;

use carnet_core::{audit, desk, mail, maintenance};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::services::Services;

const MAIL_EVERY: Duration = Duration::from_secs(1);
const SWEEP_EVERY: Duration = Duration::from_secs(300);

pub fn spawn(
    services: &Services,
    checkpoint_every: Duration,
    enrolment_ttl_hours: i64,
    shutdown: watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    let db = services.db.clone();
    let transport = services.mail.clone();
    let mut stop = shutdown.clone();
    let mail_worker = tokio::spawn(async move {
        loop {
            if let Err(error) = mail::deliver_due(&db, &transport).await {
                tracing::warn!(%error, "outbox delivery pass failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(MAIL_EVERY) => {}
                _ = stop.changed() => break,
            }
        }
    });
    let (db, sealer) = (services.db.clone(), services.sealer.clone());
    let mut stop = shutdown.clone();
    let checkpointer = tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(checkpoint_every) => {}
                _ = stop.changed() => break,
            }
            if let Err(error) = audit::checkpoints::write(&db, &sealer).await {
                tracing::warn!(%error, "audit checkpoint failed");
            }
        }
    });
    let db = services.db.clone();
    let mut stop = shutdown;
    let sweeper = tokio::spawn(async move {
        loop {
            if let Err(error) = maintenance::sweep(&db).await {
                tracing::warn!(%error, "clean-up pass failed");
            }
            // (A representative's access ends on the 18th birthday by itself; this only sends
            // the young adult their invitation.)
            match desk::minors::invite_adults(&db, enrolment_ttl_hours).await {
                Ok(0) => {}
                Ok(invited) => tracing::info!(invited, "invited young adults to enrol"),
                Err(error) => tracing::warn!(%error, "inviting young adults failed"),
            }
            tokio::select! {
                _ = tokio::time::sleep(SWEEP_EVERY) => {}
                _ = stop.changed() => break,
            }
        }
    });
    vec![mail_worker, sweeper, checkpointer]
}
