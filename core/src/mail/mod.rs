//! E-mail: a durable outbox written in the same transaction as the event that causes it, and a
//! delivery loop that sends what is due through lettre (SMTP, or `.eml` files in a folder).
//!
//! Messages are written in the recipient's language from the Fluent files (`mail-*` ids) and
//! carry no health details.

mod outbox;
mod templates;
mod transport;

pub use outbox::{deliver_due, enqueue, OutgoingEmail};
pub use templates::{invitation, passkey_added, record_updated};
pub use transport::Transport;
