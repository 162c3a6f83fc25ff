//! Appointments: professionals publish weekly openings at their places; the openings become
//! concrete slots for the coming weeks ([`agenda`]); patients (and those acting for them) find
//! a professional and a free slot ([`search`]), book, move and cancel ([`booking`]), or wait for
//! an earlier slot ([`waiting`]). Every confirmation, change and cancellation is e-mailed with
//! an `.ics` file ([`calendar`], [`notices`]) through the outbox, in the booking's transaction;
//! a worker sends reminders the day before ([`reminders`]).
//!
//! One slot, one booking: a partial unique index on `appointments(slot_id)` over live bookings
//! decides, in the database, whichever server process a request reached. Booking is one
//! conditional insert (`INSERT … SELECT … ON CONFLICT DO NOTHING`); moving inserts the new
//! booking and cancels the old one in one transaction, so nobody loses a slot without getting
//! the other. Times are UTC instants, shown in the place's time zone.

pub mod agenda;
pub mod availability;
pub mod booking;
pub mod calendar;
mod notices;
pub mod reminders;
pub mod search;
pub mod waiting;

use jiff::tz::TimeZone;

use crate::clock::{hours, now_ms};

pub use availability::Visit;

/// How far ahead slots exist as rows (and so how far ahead patients can book).
pub const WEEKS_AHEAD: i64 = 8;

/// The longest reason a patient may give (characters).
pub const REASON_MAX_CHARS: usize = 500;

/// The languages a professional can say they speak (ISO 639-1), named by `spoken-<code>`.
pub const SPOKEN: [&str; 8] = ["fr", "en", "es", "ar", "de", "it", "pt", "zh"];

/// An appointment as its patient, or the professional, sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Appointment {
    pub id: String,
    pub slot_id: String,
    pub patient_id: String,
    pub patient_name: String,
    pub professional_id: String,
    pub professional_name: String,
    pub specialty: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub visit: String,
    pub place_name: String,
    pub place_address: String,
    pub place_city: String,
    pub zone: String,
    /// For the professional only; shown to the patient who gave it.
    pub reason: Option<String>,
    pub cancelled_at: Option<i64>,
    /// Who cancelled: `patient` (or someone for them) or `professional`.
    pub cancelled_as: Option<String>,
    pub moved_to: Option<String>,
    pub calendar_uid: String,
    pub sequence: i64,
    pub cancel_cutoff_hours: i64,
}

impl Appointment {
    /// The place's time zone (the clinic's default if the name is unknown).
    pub fn time_zone(&self) -> TimeZone {
        TimeZone::get(&self.zone).unwrap_or_else(|_| TimeZone::get(DEFAULT_ZONE).unwrap_or(TimeZone::UTC))
    }

    pub fn is_live(&self) -> bool {
        self.cancelled_at.is_none()
    }

    pub fn is_past(&self, now: i64) -> bool {
        self.starts_at <= now
    }

    /// Whether the patient's side may still cancel or move it: live, and before the cut-off the
    /// professional set.
    pub fn patient_may_change(&self, now: i64) -> bool {
        self.is_live() && now < self.starts_at - hours(self.cancel_cutoff_hours)
    }

    /// The `.ics` file for this appointment as it stands now.
    pub fn ics(&self, summary: &str) -> String {
        let zone = self.time_zone();
        calendar::ics(&calendar::Event {
            uid: &self.calendar_uid,
            sequence: self.sequence,
            cancelled: !self.is_live(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            zone: &zone,
            summary,
            location: &self.location(),
            description: "",
            stamp: now_ms(),
        })
    }

    /// The place on one line: name, address, city.
    pub fn location(&self) -> String {
        [self.place_name.as_str(), self.place_address.as_str(), self.place_city.as_str()]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a professional's own agenda writes to the audit log (the patient's side goes through
/// the policy's actions), and under which reason.
pub const ACTIONS: [&str; 4] = ["read.agenda", "read.appointment", "appointment.cancel", "appointment.move"];
pub const REASONS: [&str; 1] = ["own-agenda"];

/// The zone a new place gets unless the professional chooses another.
pub const DEFAULT_ZONE: &str = "Europe/Paris";

/// The columns of an [`Appointment`], from `appointments x` joined by [`FROM`].
pub(crate) const SELECT: &str = "SELECT x.id, x.slot_id, x.patient_id, \
     COALESCE(NULLIF(TRIM(p.given_names || ' ' || p.family_name), ''), \
       (SELECT pa.display_name FROM accounts pa WHERE pa.id = p.account_id), '') AS patient_name, \
     x.professional_id, a.display_name AS professional_name, pr.specialty, x.starts_at, x.ends_at, s.visit, \
     pl.name AS place_name, pl.address AS place_address, pl.city AS place_city, pl.zone, x.reason, \
     x.cancelled_at, x.cancelled_as, x.moved_to, x.calendar_uid, CAST(x.sequence AS BIGINT) AS sequence, \
     CAST(pr.cancel_cutoff_hours AS BIGINT) AS cancel_cutoff_hours \
     FROM appointments x JOIN slots s ON s.id = x.slot_id JOIN places pl ON pl.id = s.place_id \
     JOIN patients p ON p.id = x.patient_id JOIN accounts a ON a.id = x.professional_id \
     JOIN professionals pr ON pr.account_id = x.professional_id";

/// One appointment by id, inside a transaction.
pub(crate) async fn load(tx: &mut sqlx::Transaction<'static, sqlx::Any>, id: &str) -> crate::Result<Appointment> {
    sqlx::query_as::<_, Appointment>(&format!("{SELECT} WHERE x.id = $1"))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(crate::Error::NotFound)
}
