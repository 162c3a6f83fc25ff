//! Who may do what with health data: every access rule of Carnet, and nothing else.
//!
//! - [`vocabulary`]: who asks ([`Actor`]), about whose record ([`Subject`]), to do what
//!   ([`ReadAction`], [`WriteAction`], [`AccountAction`]), for which viewer ([`Viewer`]).
//! - [`facts`]: what a decision needs to know, read in one query — the policy's only SQL.
//! - [`decide`](mod@decide): the table, pure functions from facts to an answer ([`decide`] for a
//!   record, [`may`] for what is done outside any record), unit-tested cell by cell
//!   (`tests.rs`).
//!
//! The door that loads the facts, asks the table, audits the decision and hands out a grant is
//! [`crate::access`]. This module imports no feature module: the features import it.
//!
//! The rules:
//!
//! | action | allowed for |
//! |---|---|
//! | read anything in a record | the patient whose account the record is linked to |
//! | read a record | a professional the patient authorized and did not block; or one with an emergency access still running, unless blocked |
//! | read a record, add documents | a caregiver acting for the patient through a running delegation whose scope covers it; a legal representative of a patient under 18 |
//! | read a document hidden from professionals | the patient, the professional who wrote it, and those acting for the patient |
//! | read a document hidden from legal representatives | everyone it is not hidden from but representatives |
//! | read a health profile item hidden from legal representatives | everyone but representatives (items hidden from professionals: the patient's side only) |
//! | hide a health profile item from legal representatives, or show it again | the patient alone |
//! | read and enter measurements | the patient; a caregiver with the measurements scope; a minor's legal representative; staff in an assisted session |
//! | set a measurement's target range | a professional who may read the record (consent or emergency) |
//! | ask a treatment's prescriber to renew it | the patient; whoever may declare in the profile for them |
//! | answer a renewal request | the prescriber it was sent to, while they may read the record |
//! | read a record, add documents, read its sharing and history | reception staff in an assisted session the patient approved, while it runs |
//! | read "who saw my record", change sharing | the patient; a minor's legal representative |
//! | export the whole record (FHIR bundle) | the patient; a minor's legal representative |
//! | read, book, move, cancel appointments; join a waiting list | the patient; a caregiver whose delegation covers appointments; a minor's legal representative; staff in an assisted session |
//! | publish results, reports, vaccinations | professionals; organisations through an API token |
//! | upload a document | the patient, into their own record; see delegations above |
//! | ask for access, open an emergency access | professionals the patient has not blocked |
//! | read and write a conversation with the care team | the patient; a caregiver with the messages scope; a minor's legal representative; staff in an assisted session; the professional (or practice member) it is with, while they may read the record or have an appointment with the patient, never when blocked |
//! | start a conversation | the patient's side, with a professional they authorized or have an appointment with and who accepts it; a professional who may read the record |
//! | import | the operator (the `carnet` command line) |
//!
//! Acting for someone ([`ActingFor`]) is a fact next to who the actor is: the actor stays the
//! person signed in, the row in the audit log names the delegation (`on_behalf_of`). A
//! caregiver never reaches the settings that protect the patient (sharing, "who saw my
//! record", delegations, passkeys).
//!
//! Consent and delegations are read from the database on every decision, so a change takes
//! effect on the very next request, and a representative's access ends on the minor's 18th
//! birthday without any job running. The first read by each professional and the first use of
//! each caregiver's delegation are effects of the decision ([`Effect`]), carried out by their
//! owners in the transaction of the read.

pub mod decide;
pub(crate) mod facts;
pub mod vocabulary;

#[cfg(test)]
mod tests;

pub(crate) use decide::default_role;
pub use decide::{
    assisted_running, covers, decide, desk_may_attach, is_minor, may, may_decide_appointment, may_start_with, reasons,
    Action, Basis, Capabilities, Decision, Effect, Moment, Outcome, Refusal, StartRefusal,
};
pub(crate) use facts::{
    account_of_author, conversation_parties, counterparts, messages_readable_by_professional, minor_born_after,
    party_to_conversation, readable_by_professional, written_by, ACCOUNT_AUTHOR_SYSTEM,
};
pub use facts::{
    AppointmentFacts, AssistedFacts, Consent, ConversationFacts, Counterpart, DelegationFacts, DocumentFacts,
    RecordFacts,
};
pub use vocabulary::*;
