//! Background work of a serving node: mail delivery from the outbox, clean-up of expired rows,
//! inviting minors who turned 18 to enrol, appointment reminders and the slots of the coming
//! weeks, and signed checkpoints of the audit log. All are safe to run on every node at once
//! (rows are claimed before anything is sent; a checkpoint is written only when the log grew
//! since the last one).

use std::time::Duration;

use carnet_core::{appointments, audit, desk, mail, maintenance};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::services::Services;
use crate::settings::Settings;

const MAIL_EVERY: Duration = Duration::from_secs(1);
const SWEEP_EVERY: Duration = Duration::from_secs(300);

pub fn spawn(services: &Services, settings: &Settings, shutdown: watch::Receiver<bool>) -> Vec<JoinHandle<()>> {
    let checkpoint_every = Duration::from_secs(settings.audit_checkpoint_seconds.max(1));
    let calendar_every = Duration::from_secs(settings.calendar_seconds.max(1));
    let enrolment_ttl_hours = settings.enrolment_ttl_hours;
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
    let (db, audit_key) = (services.db.clone(), services.audit_key.clone());
    let mut stop = shutdown.clone();
    let checkpointer = tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(checkpoint_every) => {}
                _ = stop.changed() => break,
            }
            if let Err(error) = audit::checkpoints::write(&db, &audit_key).await {
                tracing::warn!(%error, "audit checkpoint failed");
            }
        }
    });
    let db = services.db.clone();
    let mut stop = shutdown.clone();
    let calendar = tokio::spawn(async move {
        let mut passes: u64 = 0;
        loop {
            match appointments::reminders::send_due(&db).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "queued appointment reminders"),
                Err(error) => tracing::warn!(%error, "appointment reminders pass failed"),
            }
            // The slot window moves on with the days: extending it hourly is plenty.
            if passes.is_multiple_of(3600 / calendar_every.as_secs().clamp(1, 3600)) {
                if let Err(error) = appointments::agenda::refresh_everyone(&db).await {
                    tracing::warn!(%error, "extending the slots failed");
                }
            }
            passes += 1;
            tokio::select! {
                _ = tokio::time::sleep(calendar_every) => {}
                _ = stop.changed() => break,
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
    vec![mail_worker, sweeper, checkpointer, calendar]
}
