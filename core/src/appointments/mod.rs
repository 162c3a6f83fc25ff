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
pub mod visit_forms;
pub mod visit_kinds;
pub mod waiting;

use jiff::tz::TimeZone;

use crate::clock::{hours, minutes, now_ms};
use crate::i18n::Locale;
use crate::sharing::directory::specialty_message;
use crate::Problem;

pub use availability::Visit;

/// How far ahead slots exist as rows (and so how far ahead patients can book).
pub const WEEKS_AHEAD: i64 = 8;

/// The longest reason a patient may give (characters).
pub const REASON_MAX_CHARS: usize = 500;

/// How long before a video consultation starts its "join" link is shown (minutes); it stays
/// until the consultation's end.
pub const JOIN_OPENS_MINUTES_BEFORE: i64 = 15;

/// The languages a professional can say they speak (ISO 639-1), named by `spoken-<code>`.
pub const SPOKEN: [&str; 8] = ["fr", "en", "es", "ar", "de", "it", "pt", "zh"];

/// An appointment as its patient, or the professional, sees it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Appointment {
    pub id: String,
    pub slot_id: String,
    pub patient_id: String,
    pub patient_name: String,
    /// The patient's own account, if the record has one (a young child's has none).
    pub patient_account_id: Option<String>,
    pub professional_id: String,
    pub professional_name: String,
    pub specialty: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub visit: String,
    pub place_name: String,
    pub place_address: String,
    pub place_postcode: String,
    pub place_city: String,
    pub place_phone: String,
    pub zone: String,
    /// Where to join a video consultation: the appointment's own room (from the operator's
    /// template), else the professional's https link, if they gave one.
    pub video_url: Option<String>,
    /// What the visit is for, if the patient chose one of the professional's kinds.
    pub visit_kind_id: Option<String>,
    /// For the professional only; shown to the patient who gave it.
    pub reason: Option<String>,
    pub cancelled_at: Option<i64>,
    /// Who cancelled: `patient` (or someone for them) or `professional`.
    pub cancelled_as: Option<String>,
    /// What the patient's side said when cancelling: like the reason, for the professional and
    /// the patient's side only, never e-mailed.
    pub cancel_reason: Option<String>,
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

    pub fn is_video(&self) -> bool {
        self.visit == Visit::Video.as_str()
    }

    /// When the "join the video consultation" link opens, and until when it stays.
    pub fn join_window(&self) -> (i64, i64) {
        (self.starts_at - minutes(JOIN_OPENS_MINUTES_BEFORE), self.ends_at)
    }

    /// The link to join, if this is a live video consultation, `now` is inside its
    /// [`join_window`](Self::join_window) and the professional gave one.
    pub fn join_url(&self, now: i64) -> Option<&str> {
        let (opens, closes) = self.join_window();
        if self.is_live() && self.is_video() && opens <= now && now < closes {
            self.video_url.as_deref()
        } else {
            None
        }
    }

    /// The place on one line: name, street, postcode and city.
    pub fn location(&self) -> String {
        place_line(&self.place_name, &self.place_address, &self.place_postcode, &self.place_city)
    }

    /// The `.ics` file for this appointment as it stands now, in `locale`, pointing at its page
    /// (`url`): what, with whom, where (or that it is a video consultation), how to change it,
    /// and reminders; never the reason.
    pub fn ics(&self, locale: Locale, url: &str) -> String {
        let zone = self.time_zone();
        let summary =
            locale.t_args("appointment-ics-summary", &[("professional", self.professional_name.as_str().into())]);
        let location = if self.is_video() { locale.t("appointment-where-video") } else { self.location() };
        let alarms: &[calendar::Alarm] = if self.is_video() {
            &[calendar::Alarm::DAY_BEFORE, calendar::Alarm::minutes_before(JOIN_OPENS_MINUTES_BEFORE)]
        } else {
            &[calendar::Alarm::DAY_BEFORE, calendar::Alarm::minutes_before(60)]
        };
        calendar::ics(&calendar::Event {
            uid: &self.calendar_uid,
            sequence: self.sequence,
            cancelled: !self.is_live(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            zone: &zone,
            summary: &summary,
            location: &location,
            description: &self.description(locale, url),
            url: Some(url),
            alarms,
            stamp: now_ms(),
        })
    }

    /// Where, in words for a message: the place with its telephone, or how to join the video
    /// consultation.
    pub fn where_text(&self, locale: Locale) -> String {
        if self.is_video() {
            return locale.t_args("appointment-where-video-text", &[("minutes", JOIN_OPENS_MINUTES_BEFORE.into())]);
        }
        let mut lines = vec![self.location()];
        if !self.place_phone.is_empty() {
            lines.push(locale.t_args("appointment-phone", &[("phone", self.place_phone.as_str().into())]));
        }
        lines.join("\n")
    }

    /// The calendar event's description: with whom, for whom, where, and how to see, move or
    /// cancel it (the professional's cut-off, then the practice's telephone).
    fn description(&self, locale: Locale, url: &str) -> String {
        let args = [
            ("professional", self.professional_name.as_str().into()),
            ("specialty", locale.t(&specialty_message(&self.specialty)).into()),
            ("patient", self.patient_name.as_str().into()),
            ("where", self.where_text(locale).into()),
            ("url", url.into()),
            ("hours", self.cancel_cutoff_hours.into()),
        ];
        let id = if self.is_live() { "appointment-ics-description" } else { "appointment-ics-description-cancelled" };
        locale.t_args(id, &args)
    }
}

/// A place on one line: "Cabinet Benali, 12 rue de la République, 69002 Lyon" (parts left
/// empty are left out).
pub fn place_line(name: &str, address: &str, postcode: &str, city: &str) -> String {
    let town = [postcode, city].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ");
    [name, address, town.as_str()].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(", ")
}

/// The operator's video template (`CARNET_VIDEO_URL_TEMPLATE`), checked: an https address
/// with one `{room}` in its path or query, which stays a valid address once a room name is in.
pub fn parse_video_template(raw: &str) -> Result<String, Problem> {
    let raw = raw.trim();
    let filled = raw.replace("{room}", "room");
    let valid = raw.matches("{room}").count() == 1
        && url::Url::parse(&filled).is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()))
        && !raw.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(raw.to_string())
    } else {
        Err(Problem::VideoUrl)
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
     p.account_id AS patient_account_id, x.professional_id, a.display_name AS professional_name, pr.specialty, \
     x.starts_at, x.ends_at, s.visit, \
     pl.name AS place_name, pl.address AS place_address, pl.postcode AS place_postcode, \
     pl.city AS place_city, pl.phone AS place_phone, pl.zone, \
     COALESCE(x.video_link, pr.video_url) AS video_url, x.visit_kind_id, x.reason, \
     x.cancelled_at, x.cancelled_as, x.cancel_reason, x.moved_to, x.calendar_uid, x.sequence, \
     pr.cancel_cutoff_hours \
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_templates_are_https_with_one_room() {
        assert!(parse_video_template("https://meet.jit.si/carnet-{room}").is_ok());
        assert!(parse_video_template("https://visio.example.org/join?room={room}&lang=fr").is_ok());
        for bad in [
            "http://meet.jit.si/{room}",
            "https://meet.jit.si/carnet",
            "https://meet.jit.si/{room}/{room}",
            "javascript:alert('{room}')",
            "https://meet.jit.si/ {room}",
        ] {
            assert_eq!(parse_video_template(bad), Err(Problem::VideoUrl), "{bad}");
        }
    }
}
