//! The facts a decision is made from, read in one query: the policy's only SQL. Values are read
//! as they are stored (times, flags); what they mean at the moment of the decision (an
//! emergency access still running, a session idle too long) is the table's to say
//! ([`super::decide`]), so that every rule is unit-tested without a database.
//!
//! Two rules are also needed inside queries that list many records at once, and are written
//! here as SQL conditions next to the loader: who wrote a document ([`written_by`]), and which
//! records a professional may read ([`readable_by_professional`]). Their agreement with the
//! table is tested (`super::tests`).

use sqlx::{Any, Transaction};

use super::vocabulary::{Actor, Subject};
use crate::Result;

/// The patient's decision about the professional asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Consent {
    /// Nothing decided (or the decision withdrawn).
    #[default]
    None,
    /// The professional asked; the patient has not answered.
    Requested,
    Authorized,
    /// Authorized while the patient was a minor (by a legal representative): it holds until
    /// their 18th birthday, unless the young adult confirms it (then it is [`Consent::Authorized`]).
    AuthorizedForMinor,
    /// Blocked: overrides everything but the patient's own view, emergencies included.
    Blocked,
}

impl Consent {
    fn parse(stored: Option<&str>, given_for_minor: bool) -> Consent {
        match stored {
            Some("authorized") if given_for_minor => Consent::AuthorizedForMinor,
            Some("authorized") => Consent::Authorized,
            Some("blocked") => Consent::Blocked,
            Some("requested") => Consent::Requested,
            _ => Consent::None,
        }
    }
}

/// What a decision needs to know about the record a subject names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecordFacts {
    pub id: String,
    /// The patient's own account, if the record is linked to one.
    pub account_id: Option<String>,
    pub birth_date: Option<jiff::civil::Date>,
    /// The patient's decision about this actor (a professional).
    pub consent: Consent,
    /// When the latest emergency access of this actor to the record ends (running or not).
    pub emergency_until: Option<i64>,
    /// The patient was told already of this actor's (a professional's) first read with consent.
    pub first_read_told: bool,
    /// The document the subject names, if it names one.
    pub document: Option<DocumentFacts>,
    /// The delegation this actor holds for the record and has not ended, if any.
    pub delegation: Option<DelegationFacts>,
    /// The assisted session this actor runs, when it is on this record.
    pub assisted: Option<AssistedFacts>,
    /// The conversation the subject names, if it names one.
    pub conversation: Option<ConversationFacts>,
    /// The appointment the subject names, if it names one.
    pub appointment: Option<AppointmentFacts>,
    /// The actor (a professional) has an appointment with the patient, past or to come, not
    /// cancelled: enough to read and write the conversations they are a party to.
    pub appointment_with_actor: bool,
    /// For starting a conversation from the patient's side: the professionals it would reach
    /// (one, or a practice's members), as [`super::may_start_with`] decides from.
    pub counterparts: Option<Vec<Counterpart>>,
}

/// Whether the actor is a party to a conversation with the care team: the professional it is
/// with, or a member of the practice it is with ([`party_to_conversation`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConversationFacts {
    pub actor_is_party: bool,
}

/// Whether the actor is the professional of the appointment the subject names, and whether it
/// still stands (not cancelled, nor moved away).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AppointmentFacts {
    pub actor_is_its_professional: bool,
    pub live: bool,
}

/// What the patient's side starting a conversation needs to know about one professional it
/// would write to (for a practice: each member).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Counterpart {
    pub professional_id: String,
    /// The patient's decision about this professional.
    pub consent: Consent,
    /// An appointment with them, past or to come, not cancelled.
    pub has_appointment: bool,
    /// They take conversations patients start (their setting; yes unless they said no).
    pub accepts_patients: bool,
}

/// Who a document is hidden from, and whether the actor wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocumentFacts {
    pub hidden_from_professionals: bool,
    pub hidden_from_representatives: bool,
    /// The actor (a professional) is the document's author ([`written_by`]).
    pub written_by_actor: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DelegationFacts {
    pub id: String,
    /// A minor's legal representative (not a caregiver).
    pub representative: bool,
    pub scope_record: bool,
    pub scope_profile: bool,
    pub scope_measurements: bool,
    pub scope_upload: bool,
    pub scope_appointments: bool,
    pub scope_messages: bool,
    /// The last day the patient chose (exclusive), if any.
    pub ends_at: Option<i64>,
    /// When either side ended it.
    pub ended_at: Option<i64>,
    /// Whether the patient was told of its first use already.
    pub first_use_told: bool,
}

/// An assisted session at the reception desk, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AssistedFacts {
    /// When the patient approved it (never: not running).
    pub approved_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// The session's last request.
    pub last_seen_at: i64,
}

impl RecordFacts {
    pub fn is_owned_by(&self, actor: &Actor) -> bool {
        matches!((actor, &self.account_id), (Actor::Person { account_id, .. }, Some(owner)) if owner == account_id)
    }

    /// The actor is acting for this record's patient (whether they may is another question):
    /// they chose it through a delegation, or their assisted session is on it.
    pub fn is_acted_for_by(&self, actor: &Actor) -> bool {
        actor.acting_for_patient() == Some(self.id.as_str())
            || (actor.assisted_session().is_some() && self.assisted.is_some())
    }
}

/// Author key of documents a signed-in professional published (see `record::publish`).
pub(crate) const ACCOUNT_AUTHOR_SYSTEM: &str = "urn:carnet:account";

/// The French national identifier of health professionals (`IdNatPs`), as FHIR bundles name a
/// practitioner: for one registered in the RPPS, `8` followed by the 11-digit RPPS number.
pub(crate) const IDNATPS_SYSTEM: &str = "urn:oid:1.2.250.1.71.4.2.1";

/// SQL condition: the document `d` was written by the professional whose account id is the
/// parameter `account` (e.g. `$2`). A professional is recognised as a document's author in two
/// ways: they published it from the portal (author key `urn:carnet:account|<account id>`), or
/// the bundle that brought it names its practitioner by the national identifier matching the
/// RPPS number of their directory entry (`urn:oid:1.2.250.1.71.4.2.1|8<RPPS>`), which only an
/// administrator sets (`carnet invite --rpps`).
pub(crate) fn written_by(account: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM authors au WHERE au.id = d.author_id AND (au.match_key = '{ACCOUNT_AUTHOR_SYSTEM}|' || {account} \
         OR au.match_key = (SELECT '{IDNATPS_SYSTEM}|8' || pr.rpps FROM professionals pr \
         WHERE pr.account_id = {account} AND pr.rpps IS NOT NULL)))"
    )
}

/// SQL: the account an author (`author_id`, an SQL expression) is, if any — a Carnet account
/// named as such, or the professional whose directory entry has the author's RPPS number — by
/// the same match as [`written_by`].
pub(crate) fn account_of_author(author_id: &str) -> String {
    format!(
        "(SELECT COALESCE( \
           (SELECT ac.id FROM authors au JOIN accounts ac ON au.match_key = '{ACCOUNT_AUTHOR_SYSTEM}|' || ac.id \
            WHERE au.id = {author_id}), \
           (SELECT pr.account_id FROM authors au JOIN professionals pr \
            ON au.match_key = '{IDNATPS_SYSTEM}|8' || pr.rpps WHERE au.id = {author_id} AND pr.rpps IS NOT NULL)))"
    )
}

/// SQL condition: the account `account` (an SQL expression, e.g. `$2`) is a party to the
/// conversation `m`: the professional it is with, or a member of the practice it is with.
pub(crate) fn party_to_conversation(account: &str) -> String {
    format!(
        "(m.professional_id = {account} OR m.practice_id IN \
         (SELECT pm.practice_id FROM practice_members pm WHERE pm.professional_id = {account}))"
    )
}

/// What a conversation is with, on the care side, as one account is a party to it: the
/// professional themselves, or a practice they are a member of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Party {
    Professional(String),
    Practice(String),
}

impl Party {
    /// The column of `conversations` that names this party; each is the first column of an
    /// index ordered by last activity, so that one party's conversations are walked in order.
    pub fn column(&self) -> &'static str {
        match self {
            Party::Professional(_) => "professional_id",
            Party::Practice(_) => "practice_id",
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Party::Professional(id) | Party::Practice(id) => id,
        }
    }
}

/// The parties `account` speaks as ([`party_to_conversation`] as a list): itself, then each
/// practice it is a member of. A list asks each party's conversations in turn, so that none
/// gathers and sorts every conversation of an `OR` across two columns.
pub(crate) async fn conversation_parties(db: &crate::db::Db, account: &str) -> Result<Vec<Party>> {
    let practices: Vec<String> =
        sqlx::query_scalar("SELECT practice_id FROM practice_members WHERE professional_id = $1 ORDER BY practice_id")
            .bind(account)
            .fetch_all(db.pool())
            .await?;
    Ok(std::iter::once(Party::Professional(account.to_string()))
        .chain(practices.into_iter().map(Party::Practice))
        .collect())
}

/// The professionals the patient's side of record `patient_id` would reach by starting a
/// conversation with `target`, as the audit row names it (`professional:<account id>` or
/// `practice:<practice id>`); none for any other target.
pub(crate) async fn counterparts_of_target(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    target: &str,
) -> Result<Vec<Counterpart>> {
    match target.split_once(':') {
        Some(("professional", id)) => counterparts(tx, patient_id, Some(id), None).await,
        Some(("practice", id)) => counterparts(tx, patient_id, None, Some(id)).await,
        _ => Ok(Vec::new()),
    }
}

/// The professionals the patient's side of record `patient_id` would write to by writing to
/// `professional_id` or to `practice_id` (its members), with what [`super::may_start_with`]
/// decides from.
pub(crate) async fn counterparts(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    professional_id: Option<&str>,
    practice_id: Option<&str>,
) -> Result<Vec<Counterpart>> {
    // The professional, the consent and whether given for a minor, appointments, the setting.
    type Row = (String, Option<String>, Option<i64>, i64, Option<i64>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT pr.account_id, c.status, c.given_for_minor, \
         (SELECT COUNT(*) FROM appointments a WHERE a.patient_id = $1 AND a.professional_id = pr.account_id \
          AND a.cancelled_at IS NULL), \
         (SELECT s.accepts_patients FROM message_settings s WHERE s.account_id = pr.account_id) \
         FROM professionals pr LEFT JOIN consents c ON c.patient_id = $1 AND c.professional_id = pr.account_id \
         WHERE pr.account_id = $2 OR pr.account_id IN (SELECT pm.professional_id FROM practice_members pm \
          WHERE pm.practice_id = $3) ORDER BY pr.account_id",
    )
    .bind(patient_id)
    .bind(professional_id.unwrap_or(""))
    .bind(practice_id.unwrap_or(""))
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(professional_id, status, for_minor, appointments, accepts)| Counterpart {
            professional_id,
            consent: Consent::parse(status.as_deref(), for_minor == Some(1)),
            has_appointment: appointments > 0,
            accepts_patients: accepts != Some(0),
        })
        .collect())
}

/// The birth date after which someone is still a minor on `today` (`YYYY-MM-DD`, compared as
/// text with stored birth dates): the SQL side of [`super::is_minor`]. On 28 February of a
/// common year, those born on 29 February 18 years before come of age too.
pub(crate) fn minor_born_after(today: jiff::civil::Date) -> String {
    let Ok(cutoff) = today.checked_sub(jiff::Span::new().years(18)) else { return String::new() };
    let leap_day = jiff::civil::Date::new(cutoff.year(), 2, 29).ok();
    let cutoff = match leap_day {
        Some(leap) if today.month() == 2 && today.day() == 28 && cutoff.day() == 28 => leap,
        _ => cutoff,
    };
    cutoff.to_string()
}

/// SQL condition: the record `p` may be read by the professional whose account id is the
/// parameter `professional`, at the instant `now` (parameters, e.g. `$1`, `$2`): the table's
/// rule for a professional's read ([`super::decide`]) written for a query over many records —
/// authorized (an authorization given for a minor only while the patient is one: born after
/// the date `minor_born_after`, [`minor_born_after`]) or with an emergency access still
/// running, and not blocked. Written from the professional's side (their consents, their
/// emergency accesses, both indexed by professional), so that listing their patients never
/// scans every record.
pub(crate) fn readable_by_professional(professional: &str, now: &str, minor_born_after: &str) -> String {
    format!(
        "p.id IN (SELECT ca.patient_id FROM consents ca WHERE ca.professional_id = {professional} \
          AND ca.status = 'authorized' AND (ca.given_for_minor = 0 OR EXISTS (SELECT 1 FROM patients pm \
          WHERE pm.id = ca.patient_id AND pm.birth_date > {minor_born_after})) \
          UNION SELECT ea.patient_id FROM emergency_accesses ea WHERE ea.professional_id = {professional} \
          AND ea.expires_at > {now}) \
         AND NOT EXISTS (SELECT 1 FROM consents cb WHERE cb.patient_id = p.id AND cb.professional_id = {professional} \
          AND cb.status = 'blocked')"
    )
}

/// SQL condition: the professional `professional` may read and write, at `now`, the
/// conversations of the record `p` they are a party to: as [`readable_by_professional`], or
/// with an appointment with the patient (not cancelled) and not blocked — the table's rule
/// for conversations ([`super::decide`]) written for a query over many records. Asked of each
/// record in turn (each lookup by the patient and professional pair), so that an inbox walked
/// in order stops after its page instead of first gathering every patient of the professional.
pub(crate) fn messages_readable_by_professional(professional: &str, now: &str, minor_born_after: &str) -> String {
    format!(
        "(NOT EXISTS (SELECT 1 FROM consents cb WHERE cb.patient_id = p.id AND cb.professional_id = {professional} \
          AND cb.status = 'blocked') \
         AND (EXISTS (SELECT 1 FROM consents ca WHERE ca.patient_id = p.id AND ca.professional_id = {professional} \
           AND ca.status = 'authorized' AND (ca.given_for_minor = 0 OR p.birth_date > {minor_born_after})) \
          OR EXISTS (SELECT 1 FROM emergency_accesses ea WHERE ea.patient_id = p.id \
           AND ea.professional_id = {professional} AND ea.expires_at > {now}) \
          OR EXISTS (SELECT 1 FROM appointments ap WHERE ap.patient_id = p.id AND ap.professional_id = {professional} \
           AND ap.cancelled_at IS NULL)))"
    )
}

#[derive(sqlx::FromRow)]
struct FactsRow {
    id: String,
    account_id: Option<String>,
    birth_date: Option<String>,
    consent: Option<String>,
    consent_for_minor: Option<i64>,
    consent_first_read_at: Option<i64>,
    emergency_until: Option<i64>,
    hidden_from_professionals: i64,
    written_by_actor: i64,
    hidden_from_representatives: i64,
    delegation_id: Option<String>,
    delegation_kind: Option<String>,
    scope_record: Option<i64>,
    scope_profile: Option<i64>,
    scope_measurements: Option<i64>,
    scope_upload: Option<i64>,
    scope_appointments: Option<i64>,
    scope_messages: Option<i64>,
    ends_at: Option<i64>,
    ended_at: Option<i64>,
    first_used_at: Option<i64>,
    assisted_approved_at: Option<i64>,
    assisted_ended_at: Option<i64>,
    assisted_last_seen_at: Option<i64>,
    conversation_party: i64,
    appointment_party: i64,
    appointments_with_actor: i64,
}

/// The facts about the record `subject` names, as `actor` asks about it; `None` when there is
/// no such record.
pub(crate) async fn load(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
) -> Result<Option<RecordFacts>> {
    let (from, key): (&str, &str) = match subject {
        Subject::OwnRecord => match (actor.acting_for_patient(), actor.assisted_session(), actor.account_id()) {
            (Some(patient_id), _, _) => ("patients p WHERE p.id = $1", patient_id),
            (None, Some(session_id), _) => {
                ("assisted_sessions a0 JOIN patients p ON p.id = a0.patient_id WHERE a0.id = $1", session_id)
            }
            (None, None, Some(account_id)) => ("patients p WHERE p.account_id = $1", account_id),
            (None, None, None) => return Ok(None),
        },
        Subject::Patient(id) => ("patients p WHERE p.id = $1", id),
        Subject::Document(id) => ("documents d JOIN patients p ON p.id = d.patient_id WHERE d.id = $1", id),
        Subject::Series(id) => ("result_series s JOIN patients p ON p.id = s.patient_id WHERE s.id = $1", id),
        Subject::Appointment(id) => ("appointments x JOIN patients p ON p.id = x.patient_id WHERE x.id = $1", id),
        Subject::Conversation(id) => ("conversations m JOIN patients p ON p.id = m.patient_id WHERE m.id = $1", id),
    };
    let party = match subject {
        Subject::Conversation(_) => format!("(CASE WHEN {} THEN 1 ELSE 0 END)", party_to_conversation("$2")),
        _ => "0".to_string(),
    };
    // 1: the actor's appointment; 2: the actor's and not cancelled.
    let appointment_party = match subject {
        Subject::Appointment(_) => {
            "(CASE WHEN x.professional_id = $2 THEN (CASE WHEN x.cancelled_at IS NULL THEN 2 ELSE 1 END) ELSE 0 END)"
        }
        _ => "0",
    };
    // The document's visibility is only read for a document subject.
    let (hidden, written, hidden_from_representatives) = match subject {
        Subject::Document(_) => (
            "(SELECT COUNT(*) FROM document_visibility v WHERE v.document_id = d.id AND v.hidden_from_professionals = 1)"
                .to_string(),
            format!("(CASE WHEN {} THEN 1 ELSE 0 END)", written_by("$2")),
            "(SELECT COUNT(*) FROM document_visibility v WHERE v.document_id = d.id \
             AND v.hidden_from_representatives = 1)"
                .to_string(),
        ),
        _ => ("0".to_string(), "0".to_string(), "0".to_string()),
    };
    // At most one delegation of a person for a record has not ended (a unique index says so).
    // Flags and counts are integers of either width, which both databases decode into i64
    // (see `db`); never a boolean, which SQLite does not produce.
    let delegation = |expression: &str| {
        format!(
            "(SELECT {expression} FROM delegations g WHERE g.patient_id = p.id AND g.delegate_account_id = $2 \
             AND g.ended_at IS NULL)"
        )
    };
    let session = |column: &str| {
        format!("(SELECT a.{column} FROM assisted_sessions a WHERE a.id = $3 AND a.patient_id = p.id AND a.staff_account_id = $2)")
    };
    let sql = format!(
        "SELECT p.id, p.account_id, p.birth_date, \
         (SELECT c.status FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $2) AS consent, \
         (SELECT c.given_for_minor FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $2) \
         AS consent_for_minor, \
         (SELECT c.first_read_at FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $2) \
         AS consent_first_read_at, \
         (SELECT MAX(e.expires_at) FROM emergency_accesses e WHERE e.patient_id = p.id AND e.professional_id = $2) \
         AS emergency_until, \
         {hidden} AS hidden_from_professionals, {written} AS written_by_actor, \
         {hidden_from_representatives} AS hidden_from_representatives, \
         {} AS delegation_id, {} AS delegation_kind, {} AS scope_record, {} AS scope_profile, {} AS scope_measurements, \
         {} AS scope_upload, \
         {} AS scope_appointments, {} AS scope_messages, {} AS ends_at, {} AS ended_at, {} AS first_used_at, \
         {} AS assisted_approved_at, {} AS assisted_ended_at, {} AS assisted_last_seen_at, \
         {party} AS conversation_party, {appointment_party} AS appointment_party, \
         (SELECT COUNT(*) FROM appointments ap WHERE ap.patient_id = p.id AND ap.professional_id = $2 \
          AND ap.cancelled_at IS NULL) AS appointments_with_actor FROM {from}",
        delegation("g.id"),
        delegation("g.kind"),
        delegation("g.scope_record"),
        delegation("g.scope_profile"),
        delegation("g.scope_measurements"),
        delegation("g.scope_upload"),
        delegation("g.scope_appointments"),
        delegation("g.scope_messages"),
        delegation("g.ends_at"),
        delegation("g.ended_at"),
        delegation("g.first_used_at"),
        session("approved_at"),
        session("ended_at"),
        session("last_seen_at"),
    );
    let row: Option<FactsRow> = sqlx::query_as(&sql)
        .bind(key)
        .bind(actor.account_id().unwrap_or(""))
        .bind(actor.assisted_session().unwrap_or(""))
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|row| RecordFacts {
        document: matches!(subject, Subject::Document(_)).then_some(DocumentFacts {
            hidden_from_professionals: row.hidden_from_professionals > 0,
            hidden_from_representatives: row.hidden_from_representatives > 0,
            written_by_actor: row.written_by_actor > 0,
        }),
        delegation: row.delegation_id.map(|id| DelegationFacts {
            id,
            representative: row.delegation_kind.as_deref() == Some("representative"),
            scope_record: row.scope_record == Some(1),
            scope_profile: row.scope_profile == Some(1),
            scope_measurements: row.scope_measurements == Some(1),
            scope_upload: row.scope_upload == Some(1),
            scope_appointments: row.scope_appointments == Some(1),
            scope_messages: row.scope_messages == Some(1),
            ends_at: row.ends_at,
            ended_at: row.ended_at,
            first_use_told: row.first_used_at.is_some(),
        }),
        assisted: row.assisted_last_seen_at.map(|last_seen_at| AssistedFacts {
            approved_at: row.assisted_approved_at,
            ended_at: row.assisted_ended_at,
            last_seen_at,
        }),
        conversation: matches!(subject, Subject::Conversation(_))
            .then_some(ConversationFacts { actor_is_party: row.conversation_party > 0 }),
        appointment: matches!(subject, Subject::Appointment(_)).then_some(AppointmentFacts {
            actor_is_its_professional: row.appointment_party > 0,
            live: row.appointment_party == 2,
        }),
        appointment_with_actor: row.appointments_with_actor > 0,
        counterparts: None,
        id: row.id,
        account_id: row.account_id,
        birth_date: row.birth_date.and_then(|d| d.parse().ok()),
        consent: Consent::parse(row.consent.as_deref(), row.consent_for_minor == Some(1)),
        emergency_until: row.emergency_until,
        first_read_told: row.consent_first_read_at.is_some(),
    }))
}
