//! The integration tests' view of `carnet-testkit`: the kit, with servers started from the
//! `carnet` binary cargo built for these tests.

pub use carnet_testkit::*;

/// Starts this build's `carnet serve` with a fresh database.
pub async fn start(backend: Backend) -> TestServer {
    start_with(backend, &[]).await
}

/// Starts this build's `carnet serve` with a fresh database and extra `CARNET_*` settings.
pub async fn start_with(backend: Backend, env: &[(&str, &str)]) -> TestServer {
    TestServer::start(env!("CARGO_BIN_EXE_carnet"), backend, env).await
}
