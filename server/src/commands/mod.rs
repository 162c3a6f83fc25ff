//! The subcommands of `carnet`.

pub mod audit;
mod demo;
mod demo_record;
mod import_fhir;
mod invite;
pub mod practice;
pub mod token;
mod verify_document;

pub use demo::demo;
pub use import_fhir::import_fhir;
pub use invite::{invite, PatientIdentity, Practice};
pub use verify_document::verify_document;

use std::net::SocketAddr;

use anyhow::Context;

use crate::services::Services;
use crate::settings::Settings;
use crate::{web, workers};

/// `carnet serve`: migrate, start the background workers, serve until Ctrl-C or SIGTERM.
pub async fn serve(settings: &Settings) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .with_context(|| format!("listening on {}", settings.addr))?;
    let (shutdown_tx, shutdown_rx) = tokio::sync::watch::channel(false);
    let workers = workers::spawn(&services, settings, shutdown_rx);
    let router = web::router(settings, services).await?;
    println!("Carnet is listening on {} — open {}", listener.local_addr()?, settings.public_url);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    let _ = shutdown_tx.send(true);
    for worker in workers {
        let _ = worker.await;
    }
    Ok(())
}

/// `carnet migrate`.
pub async fn migrate(settings: &Settings) -> anyhow::Result<()> {
    Services::open(settings).await?;
    println!("The database is up to date.");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
