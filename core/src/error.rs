//! The core's error type. Variants are categories the web edge maps to a status and a
//! translated message; internal details are logged, never shown.

pub use crate::problem::Problem;

/// Why an enrolment or recovery link cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// No such link (mistyped, forged, or for an account that no longer exists).
    Unknown,
    /// The link was already used once.
    Used,
    /// The link is past its expiry.
    Expired,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// Not found, or not the caller's: the two look the same.
    #[error("not found")]
    NotFound,
    /// Input that fails validation, and why.
    #[error("invalid input ({0})")]
    Invalid(Problem),
    /// A uniqueness rule was hit, and which.
    #[error("conflict ({0})")]
    Conflict(Problem),
    #[error("link cannot be used: {0:?}")]
    Link(LinkProblem),
    /// The last passkey of an account cannot be removed.
    #[error("refusing to remove the last passkey")]
    LastPasskey,
    /// Any failed or expired passkey ceremony. Deliberately carries no detail.
    #[error("passkey ceremony failed")]
    Ceremony,
    #[error("configuration error: {0}")]
    Config(String),
    #[error("mail error: {0}")]
    Mail(String),
    /// The audit log could not be written: what it guards is not shown nor done.
    #[error("audit log not written: {0}")]
    Audit(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
