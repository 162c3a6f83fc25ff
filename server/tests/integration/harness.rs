//! The integration tests' view of `carnet-testkit`: the kit, with servers started from the
//! `carnet` binary cargo built for these tests.

pub use carnet_core::Problem;
pub use carnet_testkit::*;

/// Starts this build's `carnet serve` with a fresh database.
pub async fn start(backend: Backend) -> TestServer {
    start_with(backend, &[]).await
}

/// Starts this build's `carnet serve` with a fresh database and extra `CARNET_*` settings.
pub async fn start_with(backend: Backend, env: &[(&str, &str)]) -> TestServer {
    TestServer::start(env!("CARGO_BIN_EXE_carnet"), backend, env).await
}

/// Where a form post led, as one string: the redirect's target, or "sent back: <problem>" when
/// the form came back with a problem (see [`sent_back_with`]).
pub async fn landed(response: reqwest::Response) -> String {
    match Browser::outcome(response).await {
        Ok(location) => location,
        Err(problem) => sent_back_with(problem),
    }
}

/// What [`landed`] says of a form sent back with `problem`.
pub fn sent_back_with(problem: Problem) -> String {
    format!("sent back: {problem:?}")
}
