//! Integration tests: the real `carnet` binary on a free port with a fresh database, driven over
//! HTTP with a software passkey. Every test runs twice, on SQLite and on PostgreSQL
//! (`CARNET_TEST_POSTGRES_URL`, default `postgres://postgres@127.0.0.1:5432/postgres`). Without
//! a reachable PostgreSQL the PostgreSQL half says SKIPPED, unless
//! `CARNET_TEST_REQUIRE_POSTGRES` is set (as `cargo xtask test` does in CI), where it fails.

mod harness;

mod access_matrix;
mod appointments;
mod audit;
mod cli;
mod corrections;
mod delegations;
mod desk;
mod edge;
mod export;
mod health;
mod mail;
mod measurements;
mod messages;
mod names;
mod passkeys;
mod prescriptions;
mod record;
mod renewals;
mod sessions;
mod sharing;
mod smtp;
mod vaccinations;
mod visits;

/// Declares `sqlite::NAME` and `postgres::NAME` tests for each async `fn NAME(Backend)`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::harness::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(backend) = $crate::harness::Backend::postgres().await {
                        super::$name(backend).await
                    }
                }
            )*
        }
    };
}
