//! Carnet's test and benchmark kit: start the real `carnet` binary on a free port with a fresh
//! database, talk to it like a browser, and sign passkey ceremonies with a software
//! authenticator. Used by `server/tests/integration` and by the `carnet-bench` load benchmark.

pub mod bench;
mod browser;
mod device;
mod fhir_validator;
mod flows;
mod mail;
mod server;
mod smtp;

pub use browser::{Browser, SentBack};
pub use device::Device;
pub use fhir_validator::validate_fhir_bundle;
pub use flows::{
    add_passkey, assertion, demo_account, demo_patient, enrol, enrolled, enrolled_patient, now_ms, passkey_ids, sign_in,
};
pub use mail::{attachment, decode_mail};
pub use server::{workspace_root, Backend, Node, TestServer};
pub use smtp::{SmtpServer, AIOSMTPD};
