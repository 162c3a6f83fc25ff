//! Messages with the care team: conversations between one patient's record and one
//! professional or one practice, their messages and attached files, read marks, archiving, the
//! e-mail notices of a new message (no health content, at most one an hour), and the settings
//! people choose about them.
//!
//! - [`conversations`]: starting one, writing, reading a thread, the lists of both sides, the
//!   unread counts.
//! - [`attachments`]: files sent with a message, checked by content; saving one to the record's
//!   documents.
//! - [`export`]: messages as FHIR Communications in the record's export.
//! - [`notices`]: who is told of a new message by e-mail, and when not.
//! - [`settings`]: accepting conversations patients start, the absence reply, notices on or off.
//! - [`practices`]: practices and their members (the administrator's).
//!
//! Every read and write goes through the door ([`crate::access`]) with `read.messages` or
//! `message.*`: who may, on which side, is the policy's. The side a person writes on follows
//! from the grant ([`Side::of`]): the patient and whoever acts for them on the patient's side, a
//! professional on the care side. Messages are part of the record: never changed nor deleted
//! (the database refuses it), exported with it.

pub mod attachments;
pub mod conversations;
pub mod export;
pub mod notices;
pub mod practices;
pub mod settings;

use crate::policy::Viewer;

/// Longest message (characters).
pub const MAX_BODY_CHARS: usize = 5000;
/// Longest subject (characters).
pub const MAX_SUBJECT_CHARS: usize = 120;
/// How many conversations or messages one page shows.
pub const PAGE_SIZE: i64 = 50;

/// Which side of a conversation someone writes and reads on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The patient, or someone acting for them (caregiver, representative, the desk).
    Patient,
    /// The professional, or a member of the practice.
    Care,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Patient => "patient",
            Side::Care => "care",
        }
    }

    fn from_stored(text: &str) -> Side {
        match text {
            "care" => Side::Care,
            _ => Side::Patient,
        }
    }

    /// The side a granted viewer is on.
    pub fn of(viewer: &Viewer) -> Side {
        match viewer {
            Viewer::Professional { .. } | Viewer::Writer => Side::Care,
            Viewer::Owner | Viewer::Delegate { .. } | Viewer::Assisted { .. } => Side::Patient,
        }
    }

    fn other(self) -> Side {
        match self {
            Side::Patient => Side::Care,
            Side::Care => Side::Patient,
        }
    }

    /// The conversation's column counting what this side has not read.
    fn unread_column(self) -> &'static str {
        match self {
            Side::Patient => "patient_unread",
            Side::Care => "care_unread",
        }
    }

    /// The conversation's column saying this side archived it.
    fn archived_column(self) -> &'static str {
        match self {
            Side::Patient => "patient_archived",
            Side::Care => "care_archived",
        }
    }
}

/// Where a page of a list or a thread starts, as the record's other lists page.
pub use crate::record::Cursor;
