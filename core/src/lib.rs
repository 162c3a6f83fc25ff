//! Carnet's server-side core: storage, accounts, passkeys, sign-in sessions, enrolment links,
//! rate limits, the mail outbox, translations, and the health record behind its one door
//! (`policy`), with document seals (`seal`).
//!
//! Nothing here knows about HTTP or Leptos; the `carnet-server` crate (web edge, CLI) and the
//! server half of `carnet-app` (pages) call into it. It is never compiled to WASM.

pub mod access;
pub mod accounts;
pub mod api_tokens;
pub mod appointments;
pub mod audit;
pub mod client_address;
pub mod clock;
pub mod db;
pub mod delegation;
pub mod desk;
pub mod enrolment;
pub mod error;
pub mod fhir;
pub mod i18n;
pub mod mail;
pub mod maintenance;
pub mod messaging;
pub mod multipart;
pub mod passkeys;
pub mod pdf;
pub mod policy;
pub mod problem;
pub mod qr;
pub mod ratelimit;
pub mod record;
pub mod seal;
pub mod sharing;
pub mod sign_in;
pub mod text;
pub mod tokens;

pub use error::{Error, Result};
pub use problem::Problem;
