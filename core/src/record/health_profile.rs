//! The health profile: allergies and intolerances, problems, treatments, procedures and
//! encounters (hospital stays and emergency visits among them), stored as their publishers sent
//! them (added, corrected in place, or withdrawn: as results and vaccinations, see
//! [`super::import`]); what the patient declares (those kinds, and their blood group, advance
//! directives — a text or a document they add —, family history, disability, position on organ
//! donation), which they edit, hide from professionals or remove; their notes
//! on any item; a professional's confirmation of a declared one. Read as the health summary
//! groups it.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use std::collections::HashMap;

use super::documents::{self, DocumentLink};
use super::Stored;
use crate::access::{self, Access};
use crate::clock::now_ms;
use crate::db::Db;
use crate::fhir::{ProfileEntry, ProfileKind};
use crate::policy::{Actor, Grant, ProfileChange, Subject, Viewer, Write, WriteAction};
use crate::text::{looks_like_markup, single_line};
use crate::{Error, Problem, Result};

/// At most this many items are read for the summary (a long life of care stays well under).
const MAX_LISTED: i64 = 2000;

/// Encounter classes (HL7 v3 ActCode) that are a stay or an emergency visit, not a consultation.
pub const STAY_CLASSES: [&str; 6] = ["IMP", "ACUTE", "NONAC", "EMER", "OBSENC", "SS"];

/// What an item is about, as stored (`profile_items.kind`): the six kinds publishers send, and
/// five only the patient declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Allergy,
    Condition,
    Medication,
    Procedure,
    Encounter,
    BloodGroup,
    /// Advance directives ("directives anticipées"), as a text or a document the patient added.
    Directive,
    /// An illness in the family ("my mother: type 2 diabetes").
    FamilyHistory,
    /// An imaging study (an X-ray, a scan), leading to the report that reads it.
    Imaging,
    /// A disability ("handicap"): what it is, what it changes in care, since when.
    Disability,
    /// The patient's position on organ and tissue donation (one of [`ORGAN_DONATION`]).
    OrganDonation,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Allergy,
        Kind::Condition,
        Kind::Medication,
        Kind::Procedure,
        Kind::Encounter,
        Kind::BloodGroup,
        Kind::Directive,
        Kind::FamilyHistory,
        Kind::Imaging,
        Kind::Disability,
        Kind::OrganDonation,
    ];

    /// What a patient may declare themselves.
    pub const DECLARABLE: [Kind; 8] = [
        Kind::Allergy,
        Kind::Condition,
        Kind::Medication,
        Kind::BloodGroup,
        Kind::Directive,
        Kind::FamilyHistory,
        Kind::Disability,
        Kind::OrganDonation,
    ];

    /// The kinds of which only the latest declared stands (declaring again replaces it).
    pub fn is_single(self) -> bool {
        matches!(self, Kind::BloodGroup | Kind::OrganDonation)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Allergy => "allergy",
            Kind::Condition => "condition",
            Kind::Medication => "medication",
            Kind::Procedure => "procedure",
            Kind::Encounter => "encounter",
            Kind::BloodGroup => "blood-group",
            Kind::Directive => "directive",
            Kind::FamilyHistory => "family-history",
            Kind::Imaging => "imaging",
            Kind::Disability => "disability",
            Kind::OrganDonation => "organ-donation",
        }
    }

    pub fn from_stored(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl From<ProfileKind> for Kind {
    fn from(kind: ProfileKind) -> Kind {
        match kind {
            ProfileKind::Allergy => Kind::Allergy,
            ProfileKind::Condition => Kind::Condition,
            ProfileKind::Medication => Kind::Medication,
            ProfileKind::Procedure => Kind::Procedure,
            ProfileKind::Encounter => Kind::Encounter,
            ProfileKind::Imaging => Kind::Imaging,
            ProfileKind::BloodGroup => Kind::BloodGroup,
            ProfileKind::Directive => Kind::Directive,
            ProfileKind::FamilyHistory => Kind::FamilyHistory,
            ProfileKind::Disability => Kind::Disability,
            ProfileKind::OrganDonation => Kind::OrganDonation,
        }
    }
}

/// The blood groups a patient may declare (ABO and RhD).
pub const BLOOD_GROUPS: [&str; 8] = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"];

/// The positions on organ and tissue donation a patient may declare, as stored: they agree; they
/// refuse (French law presumes consent: a refusal is what must be known); they refuse some
/// organs or tissues only (which ones in the detail). Shown as `health-organ-donation-<position>`.
pub const ORGAN_DONATION: [&str; 3] = ["agrees", "refuses", "refuses-some"];

/// One item as stored, with the names of who recorded it and where.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Item {
    pub id: String,
    pub kind: String,
    pub code_system: String,
    pub code: String,
    pub display: String,
    pub status: String,
    pub verification: Option<String>,
    pub category: Option<String>,
    pub criticality: Option<String>,
    pub severity: Option<String>,
    pub detail: Option<String>,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub asserted_at: Option<i64>,
    pub author_id: Option<String>,
    /// Who recorded, prescribed, performed or attended it.
    pub author: Option<String>,
    pub place_id: Option<String>,
    /// Where a stay took place.
    pub place: Option<String>,
    pub recorded_at: i64,
    pub corrected_at: Option<i64>,
    pub corrected_by: Option<String>,
    /// `publisher` or `patient` (declared in the portal).
    pub origin: String,
    /// Who declared it (an account: the patient, or someone acting for them).
    pub declared_by: Option<String>,
    pub declarer: Option<String>,
    pub hidden_from_professionals: i64,
    pub hidden_from_representatives: i64,
    /// The patient's note on it.
    pub note: Option<String>,
    pub noted_at: Option<i64>,
    /// The professional who confirmed a declared item, and when.
    pub confirmer: Option<String>,
    pub confirmed_at: Option<i64>,
    /// An imaging study's report (a `reports` row), as its publisher linked them.
    pub report_id: Option<String>,
    /// The document advance directives are in, when the patient added them as a file.
    pub document_id: Option<String>,
}

impl Item {
    pub fn kind(&self) -> Option<Kind> {
        Kind::from_stored(&self.kind)
    }

    /// Declared by the patient's side rather than sent by a publisher.
    pub fn is_declared(&self) -> bool {
        self.origin == "patient"
    }

    pub fn is_hidden_from_professionals(&self) -> bool {
        self.hidden_from_professionals == 1
    }

    pub fn is_hidden_from_representatives(&self) -> bool {
        self.hidden_from_representatives == 1
    }

    /// Whether its status says it is going on: an allergy or a problem active (or back), a
    /// treatment taken, on hold or planned.
    pub fn is_current(&self) -> bool {
        matches!(self.status.as_str(), "active" | "recurrence" | "relapse" | "on-hold" | "intended")
    }

    /// When it happened or began, else when it was recorded: what the summary dates it by.
    pub fn dated_at(&self) -> i64 {
        self.started_at.or(self.asserted_at).unwrap_or(self.recorded_at)
    }

    /// The code as a reader can look it up ("SNOMED CT code 91936005"); `None` for an item known
    /// by its text only.
    pub fn code_label(&self, locale: crate::i18n::Locale) -> Option<String> {
        super::names::code_label(locale, &self.code_system, &self.code)
    }
}

/// The health summary's sections, each newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Allergies and intolerances not refuted: current ones first.
    pub allergies: Vec<Item>,
    /// Problems still active (or back).
    pub current_problems: Vec<Item>,
    /// Problems resolved, in remission or inactive: the history.
    pub past_problems: Vec<Item>,
    /// Treatments being taken (active, on hold, intended).
    pub current_treatments: Vec<Item>,
    /// Treatments stopped or completed.
    pub past_treatments: Vec<Item>,
    /// Procedures done (or under way).
    pub procedures: Vec<Item>,
    /// Hospital stays and emergency visits.
    pub stays: Vec<Item>,
    /// Imaging studies (X-rays, scans, ultrasounds), not cancelled.
    pub imaging: Vec<Item>,
    /// The blood group last declared.
    pub blood_group: Option<Item>,
    /// Advance directives.
    pub directives: Vec<Item>,
    /// Illnesses in the family.
    pub family_history: Vec<Item>,
    /// Disabilities.
    pub disabilities: Vec<Item>,
    /// The position on organ donation last declared.
    pub organ_donation: Option<Item>,
}

impl Summary {
    pub fn is_empty(&self) -> bool {
        self.allergies.is_empty()
            && self.current_problems.is_empty()
            && self.past_problems.is_empty()
            && self.current_treatments.is_empty()
            && self.past_treatments.is_empty()
            && self.procedures.is_empty()
            && self.stays.is_empty()
            && self.imaging.is_empty()
            && self.blood_group.is_none()
            && self.directives.is_empty()
            && self.family_history.is_empty()
            && self.disabilities.is_empty()
            && self.organ_donation.is_none()
    }

    /// Sorts `items` into the sections. Refuted allergies and problems, treatments never taken
    /// (drafts, cancelled, not taken), procedures not done and encounters that are not stays
    /// are left out: they stay in the record and its export.
    pub fn of(items: Vec<Item>, now: i64) -> Summary {
        let mut summary = Summary::default();
        for item in items {
            let refuted = item.verification.as_deref() == Some("refuted");
            let section = match (item.kind(), item.status.as_str()) {
                // A prescription still "active" whose validity ended is a past treatment.
                (Some(Kind::Medication), _) if item.is_current() && item.ended_at.is_some_and(|end| end <= now) => {
                    &mut summary.past_treatments
                }
                (Some(Kind::Allergy), _) if !refuted => &mut summary.allergies,
                (Some(Kind::Condition), "active" | "recurrence" | "relapse") if !refuted => {
                    &mut summary.current_problems
                }
                (Some(Kind::Condition), _) if !refuted => &mut summary.past_problems,
                (Some(Kind::Medication), _) if item.is_current() => &mut summary.current_treatments,
                (Some(Kind::Medication), "completed" | "stopped" | "unknown") => &mut summary.past_treatments,
                (Some(Kind::Procedure), "completed" | "in-progress" | "unknown") => &mut summary.procedures,
                (Some(Kind::Encounter), status)
                    if is_stay(item.category.as_deref()) && !matches!(status, "planned" | "cancelled") =>
                {
                    &mut summary.stays
                }
                (Some(Kind::Imaging), status) if status != "cancelled" => &mut summary.imaging,
                (Some(Kind::Directive), _) => &mut summary.directives,
                (Some(Kind::FamilyHistory), _) => &mut summary.family_history,
                (Some(Kind::Disability), _) => &mut summary.disabilities,
                // Newest first: the first one read is the one that stands.
                (Some(Kind::BloodGroup), _) => {
                    summary.blood_group.get_or_insert(item);
                    continue;
                }
                (Some(Kind::OrganDonation), _) => {
                    summary.organ_donation.get_or_insert(item);
                    continue;
                }
                _ => continue,
            };
            section.push(item);
        }
        // Current allergies before those no longer active; otherwise as read (newest first).
        summary.allergies.sort_by_key(|a| a.status != "active");
        summary
    }
}

/// Whether an encounter of this class is a stay or an emergency visit.
pub fn is_stay(class: Option<&str>) -> bool {
    class.is_some_and(|c| STAY_CLASSES.contains(&c))
}

const COLUMNS: &str = "p.id, p.kind, p.code_system, p.code, p.display, p.status, p.verification, p.category, \
     p.criticality, p.severity, p.detail, p.started_at, p.ended_at, p.asserted_at, p.author_id, a.name AS author, \
     p.place_id, pl.name AS place, p.recorded_at, p.corrected_at, p.corrected_by, p.origin, p.declared_by, \
     d.display_name AS declarer, p.hidden_from_professionals, p.hidden_from_representatives, p.note, p.noted_at, c.display_name AS confirmer, \
     p.confirmed_at, p.report_id, p.document_id";

/// The tables [`COLUMNS`] reads from.
const FROM: &str = "profile_items p LEFT JOIN authors a ON a.id = p.author_id \
     LEFT JOIN authors pl ON pl.id = p.place_id LEFT JOIN accounts d ON d.id = p.declared_by \
     LEFT JOIN accounts c ON c.id = p.confirmed_by";

/// The condition that leaves out what the patient hid from the viewer, as the policy says who
/// may see it ([`Viewer::sees_hidden_from_professionals`],
/// [`Viewer::sees_hidden_from_representatives`]).
pub(crate) fn hidden_for(viewer: &Viewer) -> &'static str {
    match (viewer.sees_hidden_from_professionals(), viewer.sees_hidden_from_representatives()) {
        (true, true) => "",
        (false, true) => "AND p.hidden_from_professionals = 0",
        (true, false) => "AND p.hidden_from_representatives = 0",
        (false, false) => "AND p.hidden_from_professionals = 0 AND p.hidden_from_representatives = 0",
    }
}

/// The record's health summary (what its publishers sent, not withdrawn).
pub async fn summary<K>(access: &mut Access<K>) -> Result<Summary> {
    Ok(Summary::of(items(access, false).await?, now_ms()))
}

/// Every item of the record, not withdrawn, newest first: for the summary the latest
/// [`MAX_LISTED`] without the encounters that are not stays; for the export (`all_encounters`)
/// all of them.
pub async fn items<K>(access: &mut Access<K>, all_encounters: bool) -> Result<Vec<Item>> {
    let (tx, grant) = access.parts();
    let stays = STAY_CLASSES.map(|c| format!("'{c}'")).join(", ");
    let encounters =
        if all_encounters { String::new() } else { format!("AND (p.kind <> 'encounter' OR p.category IN ({stays}))") };
    let hidden = hidden_for(grant.viewer());
    // The export takes every item; the summary the most recent ones.
    let limit = if all_encounters { i64::MAX } else { MAX_LISTED };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL {encounters} {hidden} \
         ORDER BY COALESCE(p.started_at, p.asserted_at, p.recorded_at) DESC, p.recorded_at DESC, p.id LIMIT $2"
    );
    Ok(sqlx::query_as(&sql).bind(grant.patient_id()).bind(limit).fetch_all(&mut **tx).await?)
}

/// What a stored item's publisher can change by sending it again.
type Fields = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Binds a publisher's [`Fields`] as `$1` to `$12`, in their order (the insert and the
/// correction both start so).
fn bind_fields<'q>(query: AnyQuery<'q>, f: &'q Fields) -> AnyQuery<'q> {
    query
        .bind(&f.0)
        .bind(&f.1)
        .bind(&f.2)
        .bind(&f.3)
        .bind(&f.4)
        .bind(&f.5)
        .bind(&f.6)
        .bind(&f.7)
        .bind(&f.8)
        .bind(f.9)
        .bind(f.10)
        .bind(f.11)
}

fn fields_of(entry: &ProfileEntry) -> Fields {
    (
        entry.code.system.clone().unwrap_or_default(),
        entry.code.code.clone(),
        entry.code.display.clone(),
        entry.status.clone(),
        entry.verification.clone(),
        entry.category.clone(),
        entry.criticality.clone(),
        entry.severity.clone(),
        entry.detail.clone(),
        entry.started_at,
        entry.ended_at,
        entry.asserted_at,
    )
}

/// Stores a profile item its publisher sent under `key`: adds it, or, sent again with other
/// details, corrects it in place (a withdrawn one comes back). `publisher` is the publisher's
/// name, shown beside a correction. When the operator `moved` a record from another Carnet, a new
/// item keeps what the patient said there: declared by them (hidden from professionals if it
/// was), their note on it.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn store(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
    entry: &ProfileEntry,
    author_id: Option<&str>,
    place_id: Option<&str>,
    moved: bool,
) -> Result<Stored> {
    let declared = moved && entry.declared;
    let (note, noted_at) = match entry.patient_note.as_ref().filter(|_| moved) {
        Some((note, at)) => (Some(note.as_str()), Some(at.unwrap_or_else(now_ms))),
        None => (None, None),
    };
    let stored: Option<(String, Option<i64>)> =
        sqlx::query_as("SELECT id, withdrawn_at FROM profile_items WHERE patient_id = $1 AND source = $2")
            .bind(grant.patient_id())
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
    let new = fields_of(entry);
    let Some((id, withdrawn)) = stored else {
        bind_fields(
            sqlx::query(
                "INSERT INTO profile_items (code_system, code, display, status, verification, category, criticality, \
                 severity, detail, started_at, ended_at, asserted_at, id, patient_id, source, kind, author_id, place_id, \
                 recorded_at, hidden_from_representatives, origin, hidden_from_professionals, note, noted_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
                 $21, $22, $23, $24)",
            ),
            &new,
        )
        .bind(Uuid::new_v4().to_string())
        .bind(grant.patient_id())
        .bind(key)
        .bind(entry.kind.as_str())
        .bind(author_id)
        .bind(place_id)
        .bind(now_ms())
        .bind(i64::from(entry.hidden_from_representatives))
        .bind(if declared { "patient" } else { "publisher" })
        .bind(i64::from(declared && entry.restricted))
        .bind(note)
        .bind(noted_at)
        .execute(&mut **tx)
        .await?;
        return Ok(Stored::Added);
    };
    let old: Fields = sqlx::query_as(
        "SELECT code_system, code, display, status, verification, category, criticality, severity, detail, \
         started_at, ended_at, asserted_at FROM profile_items WHERE id = $1",
    )
    .bind(&id)
    .fetch_one(&mut **tx)
    .await?;
    if old == new {
        if withdrawn.is_none() {
            return Ok(Stored::Unchanged);
        }
        // Withdrawn, then sent again as it was: it stands again, nothing was corrected.
        sqlx::query("UPDATE profile_items SET withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $1")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        return Ok(Stored::Corrected);
    }
    bind_fields(
        sqlx::query(
            "UPDATE profile_items SET code_system = $1, code = $2, display = $3, status = $4, verification = $5, \
             category = $6, criticality = $7, severity = $8, detail = $9, started_at = $10, ended_at = $11, \
             asserted_at = $12, author_id = COALESCE($13, author_id), place_id = COALESCE($14, place_id), \
             corrected_at = $15, corrected_by = $16, withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $17",
        ),
        &new,
    )
    .bind(author_id)
    .bind(place_id)
    .bind(now_ms())
    .bind(publisher)
    .bind(&id)
    .execute(&mut **tx)
    .await?;
    Ok(Stored::Corrected)
}

/// Withdraws the item a publisher sent under `key` (entered in error): it leaves the summary
/// and the export.
pub(crate) async fn withdraw(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
) -> Result<Stored> {
    super::withdraw_sent(tx, grant, super::Withdrawable::ProfileItems, key, publisher).await
}

/// What the patient (or someone acting for them) types to declare an item, as sent by the form.
#[derive(Debug, Clone, Default)]
pub struct Declaration<'a> {
    pub kind: &'a str,
    /// What it is (the substance, the illness, the medication, the relative's illness); the
    /// blood group; the directives' text.
    pub name: &'a str,
    /// The reaction, the dosage: optional.
    pub detail: &'a str,
    /// `YYYY-MM-DD`, optional: since when.
    pub since: &'a str,
    /// `YYYY-MM-DD`, optional: until when (a problem healed, a treatment stopped).
    pub until: &'a str,
    pub hidden: bool,
    /// Advance directives given as a document rather than a text: the record's document the
    /// patient's side added (see [`declare_directive_document`]); the text is then optional.
    pub document: Option<&'a str>,
}

/// A declaration checked: every field as it will be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub kind: Kind,
    pub display: String,
    pub detail: Option<String>,
    pub status: &'static str,
    /// A treatment the patient declares is one they report taking (a FHIR MedicationStatement).
    pub category: Option<&'static str>,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub hidden: bool,
    pub document: Option<String>,
}

/// What people type about their health on one line: [`single_line`], without markup.
pub(crate) fn plain_line(text: &str, max_chars: usize) -> Option<String> {
    single_line(text, max_chars).filter(|line| !looks_like_markup(line)).map(str::to_string)
}

/// The longest advance directives taken, in characters (a page or two).
pub const MAX_DIRECTIVE_CHARS: usize = 4000;

impl Declaration<'_> {
    /// Checks the form: a kind one may declare, a name on one line (a blood group from the
    /// list; directives up to [`MAX_DIRECTIVE_CHARS`], on several lines), optional details,
    /// dates that are real, not in the future (`today`), the end not before the start.
    pub fn check(&self, today: jiff::civil::Date) -> Result<Checked> {
        let kind = Kind::from_stored(self.kind)
            .filter(|k| Kind::DECLARABLE.contains(k))
            .ok_or(Error::Invalid(Problem::ProfileName))?;
        let display = match kind {
            Kind::BloodGroup => BLOOD_GROUPS
                .iter()
                .find(|g| **g == self.name.trim())
                .map(|g| g.to_string())
                .ok_or(Error::Invalid(Problem::ProfileBloodGroup))?,
            Kind::OrganDonation => ORGAN_DONATION
                .iter()
                .find(|p| **p == self.name.trim())
                .map(|p| p.to_string())
                .ok_or(Error::Invalid(Problem::ProfileOrganDonation))?,
            Kind::Directive => {
                // Counted as the browser counts it: a line break is one character.
                let text = self.name.trim().replace("\r\n", "\n");
                let ok = (!text.is_empty() || self.document.is_some())
                    && !looks_like_markup(&text)
                    && text.chars().count() <= MAX_DIRECTIVE_CHARS
                    && !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t'));
                if !ok {
                    return Err(Error::Invalid(Problem::ProfileText));
                }
                text
            }
            _ => plain_line(self.name, 200).ok_or(Error::Invalid(Problem::ProfileName))?,
        };
        let detail = match self.detail.trim() {
            "" => None,
            detail => Some(plain_line(detail, 500).ok_or(Error::Invalid(Problem::ProfileDetail))?),
        };
        // Refusing some organs only says which.
        if display == "refuses-some" && kind == Kind::OrganDonation && detail.is_none() {
            return Err(Error::Invalid(Problem::ProfileOrgansRefused));
        }
        let date = |text: &str| -> Result<Option<jiff::civil::Date>> {
            match text.trim() {
                "" => Ok(None),
                text => {
                    let date: jiff::civil::Date = text.parse().map_err(|_| Error::Invalid(Problem::DateInvalid))?;
                    if date > today {
                        return Err(Error::Invalid(Problem::ProfileDateFuture));
                    }
                    Ok(Some(date))
                }
            }
        };
        let (since, until) = (date(self.since)?, date(self.until)?);
        if let (Some(since), Some(until)) = (since, until) {
            if until < since {
                return Err(Error::Invalid(Problem::ProfileDatesOrder));
            }
        }
        let status = match (kind, until) {
            (Kind::Condition, Some(_)) => "resolved",
            (Kind::Medication, Some(_)) => "completed",
            _ => "active",
        };
        let ms = |date: jiff::civil::Date| {
            date.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| z.timestamp().as_millisecond())
        };
        Ok(Checked {
            kind,
            display,
            detail,
            status,
            category: (kind == Kind::Medication).then_some("statement"),
            started_at: since.and_then(ms),
            ended_at: until.and_then(ms),
            hidden: self.hidden,
            document: self.document.filter(|_| kind == Kind::Directive).map(str::to_string),
        })
    }
}

/// Declares an item in the record `actor` acts on (their own, or the one they act for). Returns
/// its id. A blood group or a position on organ donation declared again replaces the one
/// declared before. Directives in a document name one the patient's side added to this record
/// (another is not found).
pub async fn declare(db: &Db, actor: &Actor, declaration: &Declaration<'_>) -> Result<String> {
    let checked = declaration.check(db.today())?;
    let id = Uuid::new_v4().to_string();
    let action = WriteAction::Profile(ProfileChange::Declare);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(&id)).await?;
    {
        let (tx, grant) = access.parts();
        let now = now_ms();
        if let Some(document) = &checked.document {
            let added: Option<String> =
                sqlx::query_scalar("SELECT id FROM documents WHERE id = $1 AND patient_id = $2 AND origin = 'patient'")
                    .bind(document)
                    .bind(grant.patient_id())
                    .fetch_optional(&mut **tx)
                    .await?;
            if added.is_none() {
                return not_found(access).await;
            }
        }
        if checked.kind.is_single() {
            sqlx::query(
                "UPDATE profile_items SET withdrawn_at = $1, withdrawn_by = '' WHERE patient_id = $2 AND kind = $3 \
                 AND origin = 'patient' AND withdrawn_at IS NULL",
            )
            .bind(now)
            .bind(grant.patient_id())
            .bind(checked.kind.as_str())
            .execute(&mut **tx)
            .await?;
        }
        sqlx::query(
            "INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, detail, \
             started_at, ended_at, recorded_at, origin, declared_by, hidden_from_professionals, category, document_id) \
             VALUES ($1, $2, $3, $4, '', '', $5, $6, $7, $8, $9, $10, 'patient', $11, $12, $13, $14)",
        )
        .bind(&id)
        .bind(grant.patient_id())
        .bind(format!("patient|{id}"))
        .bind(checked.kind.as_str())
        .bind(&checked.display)
        .bind(checked.status)
        .bind(&checked.detail)
        .bind(checked.started_at)
        .bind(checked.ended_at)
        .bind(now)
        .bind(actor.account_id())
        .bind(i64::from(checked.hidden))
        .bind(checked.category)
        .bind(&checked.document)
        .execute(&mut **tx)
        .await?;
    }
    access.commit().await?;
    Ok(id)
}

/// Advance directives the patient's side adds as a file (a signed form, a photo of it): the file
/// becomes a document of the record as any the patient adds ([`documents::upload`], under
/// `title`), and the directives lead to it. The declaration is checked before the file is
/// taken; the same file sent twice is one document. The document is seen by whom the patient
/// lets see their documents (hidden from a professional on its own page, as any other).
pub async fn declare_directive_document(
    db: &Db,
    sealer: &crate::seal::Sealer,
    actor: &Actor,
    file: &documents::Upload<'_>,
    text: &str,
) -> Result<String> {
    // Checked as directives in a document (any: the one added is named once there).
    let declaration =
        Declaration { kind: Kind::Directive.as_str(), name: text, document: Some(""), ..Default::default() };
    declaration.check(db.today())?;
    let document = match documents::upload(db, sealer, actor, file).await? {
        documents::Uploaded::Added(id) | documents::Uploaded::AlreadyThere(id) => id,
    };
    declare(db, actor, &Declaration { document: Some(&document), ..declaration }).await
}

/// The documents items of the record lead to (advance directives added as a file), by item id:
/// those the viewer sees; none when the viewer may not read documents.
pub async fn documents_of_items<K>(access: &mut Access<K>) -> Result<HashMap<String, Vec<DocumentLink>>> {
    let (tx, grant) = access.parts();
    let from = "SELECT p.id, d.id, d.title, d.issued_at FROM profile_items p \
                JOIN documents d ON d.id = p.document_id AND d.patient_id = p.patient_id";
    documents::links_by_item(tx, grant, from).await
}

/// No such item in the record the access was granted for (or not one this actor may change):
/// the decision stays in the audit log, nothing else is written.
async fn not_found<T>(access: Access<Write>) -> Result<T> {
    access.commit().await?;
    Err(Error::NotFound)
}

/// Commits an update that changed `changed` rows: none means the item was not found.
async fn committed_if_changed(access: Access<Write>, changed: u64) -> Result<()> {
    if changed == 0 {
        return not_found(access).await;
    }
    access.commit().await
}

/// The kind of the record's declared item `id`, not withdrawn, and the document it leads to,
/// inside a write access to that record: `None` when the record has no such item (or it is a
/// publisher's, which the patient cannot change).
async fn declared_kind(access: &mut Access<Write>, id: &str) -> Result<Option<(Kind, Option<String>)>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "SELECT p.kind, p.document_id FROM profile_items p WHERE p.id = $1 AND p.patient_id = $2 \
         AND p.origin = 'patient' AND p.withdrawn_at IS NULL {}",
        hidden_for(grant.viewer())
    );
    let found: Option<(String, Option<String>)> =
        sqlx::query_as(&sql).bind(id).bind(grant.patient_id()).fetch_optional(&mut **tx).await?;
    Ok(found.and_then(|(kind, document)| Some((Kind::from_stored(&kind)?, document))))
}

/// Changes an item the patient's side declared: its fields as the form sends them again (the
/// kind stays). A publisher's item, or another record's, is not found.
pub async fn edit(db: &Db, actor: &Actor, id: &str, declaration: &Declaration<'_>) -> Result<()> {
    let action = WriteAction::Profile(ProfileChange::Declare);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(id)).await?;
    let Some((kind, document)) = declared_kind(&mut access, id).await? else { return not_found(access).await };
    // The kind, and the document directives are in, stay.
    let kept = Declaration { kind: kind.as_str(), document: document.as_deref(), ..declaration.clone() };
    let checked = match kept.check(db.today()) {
        Ok(checked) => checked,
        // The item was read to know its kind: the decision stays in the audit log.
        Err(refused) => {
            access.commit().await?;
            return Err(refused);
        }
    };
    let (tx, _) = access.parts();
    sqlx::query(
        "UPDATE profile_items SET display = $1, status = $2, detail = $3, started_at = $4, ended_at = $5, \
         hidden_from_professionals = $6, corrected_at = $7, corrected_by = '', confirmed_by = NULL, confirmed_at = NULL \
         WHERE id = $8",
    )
    .bind(&checked.display)
    .bind(checked.status)
    .bind(&checked.detail)
    .bind(checked.started_at)
    .bind(checked.ended_at)
    .bind(i64::from(checked.hidden))
    .bind(now_ms())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    access.commit().await
}

/// Removes an item the patient's side declared (it leaves the summary and the export; the row
/// stays, withdrawn, for the audit trail).
pub async fn remove(db: &Db, actor: &Actor, id: &str) -> Result<()> {
    let action = WriteAction::Profile(ProfileChange::Declare);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(id)).await?;
    if declared_kind(&mut access, id).await?.is_none() {
        return not_found(access).await;
    }
    let (tx, _) = access.parts();
    sqlx::query("UPDATE profile_items SET withdrawn_at = $1, withdrawn_by = '' WHERE id = $2")
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    access.commit().await
}

/// The patient's note on any item of their record (a publisher's too: "I stopped this
/// treatment"); an empty note removes it.
pub async fn annotate(db: &Db, actor: &Actor, id: &str, note: &str) -> Result<()> {
    let note = match note.trim() {
        "" => None,
        note => Some(plain_line(note, 500).ok_or(Error::Invalid(Problem::ProfileNote))?),
    };
    let action = WriteAction::Profile(ProfileChange::Annotate);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(id)).await?;
    let (tx, grant) = access.parts();
    let sql = format!(
        "UPDATE profile_items SET note = $1, noted_at = $2 WHERE id = $3 AND patient_id = $4 AND withdrawn_at IS NULL \
         AND id IN (SELECT p.id FROM profile_items p WHERE p.id = $3 {})",
        hidden_for(grant.viewer())
    );
    let done = sqlx::query(&sql)
        .bind(&note)
        .bind(note.as_ref().map(|_| now_ms()))
        .bind(id)
        .bind(grant.patient_id())
        .execute(&mut **tx)
        .await?;
    committed_if_changed(access, done.rows_affected()).await
}

/// A professional who may read `patient_id`'s record confirms an item the patient declared (one
/// hidden from professionals is not found, as for reading it).
pub async fn confirm(db: &Db, actor: &Actor, patient_id: &str, id: &str) -> Result<()> {
    let action = WriteAction::Profile(ProfileChange::Confirm);
    let mut access = access::open_write_on(db, actor, Subject::Patient(patient_id), action, Some(id)).await?;
    let (tx, grant) = access.parts();
    let done = sqlx::query(
        "UPDATE profile_items SET confirmed_by = $1, confirmed_at = $2 WHERE id = $3 AND patient_id = $4 \
         AND origin = 'patient' AND hidden_from_professionals = 0 AND withdrawn_at IS NULL",
    )
    .bind(actor.account_id())
    .bind(now_ms())
    .bind(id)
    .bind(grant.patient_id())
    .execute(&mut **tx)
    .await?;
    committed_if_changed(access, done.rows_affected()).await
}

/// The patient hides one item of their record (declared or published) from their legal
/// representatives, or shows it again. Someone else's item, or a missing one, is not found.
pub async fn hide_from_representatives(db: &Db, actor: &Actor, id: &str, hide: bool) -> Result<()> {
    let action = WriteAction::Profile(ProfileChange::HideFromRepresentatives);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(id)).await?;
    let (tx, grant) = access.parts();
    let done = sqlx::query(
        "UPDATE profile_items SET hidden_from_representatives = $1 WHERE id = $2 AND patient_id = $3 \
         AND withdrawn_at IS NULL",
    )
    .bind(i64::from(hide))
    .bind(id)
    .bind(grant.patient_id())
    .execute(&mut **tx)
    .await?;
    committed_if_changed(access, done.rows_affected()).await
}

/// Hides from the legal representatives the treatments the record's prescription `document_id`
/// contains, as the prescription is hidden from them.
pub(crate) async fn hide_prescribed_from_representatives(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    document_id: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE profile_items SET hidden_from_representatives = 1 WHERE patient_id = $1 \
         AND id IN (SELECT item_id FROM prescription_treatments WHERE document_id = $2)",
    )
    .bind(patient_id)
    .bind(document_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Links the item its publisher sent under `item_key` (advance directives) to the record's
/// document `document_id` they are written in; a document of the same bundle that was not kept
/// (`None`) links to nothing.
pub(crate) async fn link_document(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    item_key: &str,
    document_id: Option<&str>,
) -> Result<()> {
    sqlx::query("UPDATE profile_items SET document_id = $1 WHERE patient_id = $2 AND source = $3")
        .bind(document_id)
        .bind(grant.patient_id())
        .bind(item_key)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Links the imaging studies a report reads (by their publisher's keys, `key_of` giving the key
/// of a source) to the record's report `report_id`. A study of the same bundle that was not kept
/// links to nothing; one published before must be in the record, else the publication is
/// refused.
pub(crate) async fn link_report(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    report_id: &str,
    studies: &[crate::fhir::Linked],
    key_of: impl Fn(&str) -> String,
) -> Result<()> {
    for study in studies {
        let linked = sqlx::query(
            "UPDATE profile_items SET report_id = $1 WHERE patient_id = $2 AND source = $3 AND kind = 'imaging' \
             AND withdrawn_at IS NULL",
        )
        .bind(report_id)
        .bind(grant.patient_id())
        .bind(key_of(study.source()))
        .execute(&mut **tx)
        .await?;
        if linked.rows_affected() == 0 {
            super::unresolved(study, Problem::ImagingUnknown)?;
        }
    }
    Ok(())
}

/// One item of the record, for its own page (not withdrawn; for a professional, not hidden from
/// professionals).
pub async fn item<K>(access: &mut Access<K>, id: &str) -> Result<Item> {
    let (tx, grant) = access.parts();
    let hidden = hidden_for(grant.viewer());
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE p.id = $1 AND p.patient_id = $2 AND p.withdrawn_at IS NULL {hidden}"
    );
    let found: Option<Item> = sqlx::query_as(&sql).bind(id).bind(grant.patient_id()).fetch_optional(&mut **tx).await?;
    found.ok_or(Error::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: &str, status: &str, category: Option<&str>) -> Item {
        Item {
            id: format!("{kind}-{status}"),
            kind: kind.into(),
            code_system: String::new(),
            code: String::new(),
            display: kind.into(),
            status: status.into(),
            verification: None,
            category: category.map(str::to_string),
            criticality: None,
            severity: None,
            detail: None,
            started_at: None,
            ended_at: None,
            asserted_at: None,
            author_id: None,
            author: None,
            place_id: None,
            place: None,
            recorded_at: 0,
            corrected_at: None,
            corrected_by: None,
            origin: "publisher".into(),
            declared_by: None,
            declarer: None,
            hidden_from_professionals: 0,
            hidden_from_representatives: 0,
            note: None,
            noted_at: None,
            confirmer: None,
            confirmed_at: None,
            report_id: None,
            document_id: None,
        }
    }

    #[test]
    fn the_summary_sorts_items_by_what_they_mean_now() {
        let mut refuted = item("condition", "inactive", None);
        refuted.verification = Some("refuted".into());
        let expired = Item { ended_at: Some(999), ..item("medication", "active", Some("request")) };
        let summary = Summary::of(
            vec![
                item("allergy", "resolved", None),
                item("allergy", "active", None),
                item("condition", "active", None),
                item("condition", "relapse", None),
                item("condition", "resolved", None),
                refuted,
                item("medication", "active", Some("request")),
                item("medication", "stopped", Some("request")),
                item("medication", "draft", Some("request")),
                item("procedure", "completed", None),
                item("procedure", "not-done", None),
                item("encounter", "finished", Some("IMP")),
                item("encounter", "finished", Some("EMER")),
                item("encounter", "finished", Some("AMB")),
                item("encounter", "cancelled", Some("IMP")),
                expired,
            ],
            1_000,
        );
        let statuses = |items: &[Item]| items.iter().map(|i| i.status.clone()).collect::<Vec<_>>();
        assert_eq!(statuses(&summary.allergies), ["active", "resolved"]);
        assert_eq!(statuses(&summary.current_problems), ["active", "relapse"]);
        assert_eq!(statuses(&summary.past_problems), ["resolved"]);
        assert_eq!(statuses(&summary.current_treatments), ["active"]);
        // Stopped, and a prescription still "active" whose validity ended before now.
        assert_eq!(statuses(&summary.past_treatments), ["stopped", "active"]);
        assert_eq!(statuses(&summary.procedures), ["completed"]);
        assert_eq!(summary.stays.iter().map(|s| s.category.clone().unwrap()).collect::<Vec<_>>(), ["IMP", "EMER"]);
    }

    #[test]
    fn declarations_are_checked_field_by_field() {
        let today = jiff::civil::date(2026, 12, 7);
        let check = |d: Declaration| d.check(today);
        let problem = |d: Declaration| match check(d) {
            Err(Error::Invalid(problem)) => problem,
            other => panic!("{other:?}"),
        };
        let allergy = Declaration { kind: "allergy", name: "  Arachide ", detail: "Œdème", ..Declaration::default() };
        let checked = check(allergy.clone()).unwrap();
        assert_eq!(
            (checked.kind, checked.display.as_str(), checked.detail.as_deref()),
            (Kind::Allergy, "Arachide", Some("Œdème"))
        );
        assert_eq!(problem(Declaration { name: "", ..allergy.clone() }), Problem::ProfileName);
        assert_eq!(problem(Declaration { name: "a\u{1b}[31m", ..allergy.clone() }), Problem::ProfileName);
        assert_eq!(problem(Declaration { name: &"x".repeat(201), ..allergy.clone() }), Problem::ProfileName);
        assert_eq!(problem(Declaration { detail: &"x".repeat(501), ..allergy.clone() }), Problem::ProfileDetail);
        assert_eq!(problem(Declaration { name: "<script>alert(1)</script>", ..allergy.clone() }), Problem::ProfileName);
        assert_eq!(
            problem(Declaration { detail: "urticaire <b>forte</b>", ..allergy.clone() }),
            Problem::ProfileDetail
        );
        assert!(check(Declaration { detail: "réaction < 5 min", ..allergy.clone() }).is_ok(), "a lone < is text");
        assert_eq!(problem(Declaration { kind: "encounter", ..allergy.clone() }), Problem::ProfileName);
        assert_eq!(problem(Declaration { since: "2026-12-08", ..allergy.clone() }), Problem::ProfileDateFuture);
        assert_eq!(problem(Declaration { since: "07/12/2026", ..allergy.clone() }), Problem::DateInvalid);
        let healed = Declaration {
            kind: "condition",
            name: "Asthme",
            since: "2001-01-01",
            until: "2010-06-01",
            ..Declaration::default()
        };
        assert_eq!(check(healed.clone()).unwrap().status, "resolved");
        assert_eq!(problem(Declaration { until: "2000-01-01", ..healed }), Problem::ProfileDatesOrder);
        let group = Declaration { kind: "blood-group", name: "AB+", ..Declaration::default() };
        assert_eq!(check(group.clone()).unwrap().display, "AB+");
        assert_eq!(problem(Declaration { name: "Z", ..group }), Problem::ProfileBloodGroup);
        let text = "Je refuse l'acharnement thérapeutique.\r\nPersonne de confiance : ma sœur.";
        let directive = Declaration { kind: "directive", name: text, ..Declaration::default() };
        assert!(check(directive.clone()).unwrap().display.contains("thérapeutique.\nPersonne"));
        let long = "x".repeat(MAX_DIRECTIVE_CHARS + 1);
        assert_eq!(problem(Declaration { name: &long, ..directive.clone() }), Problem::ProfileText);
        // Directives in a document need no words; without one, they do.
        let on_paper = Declaration { name: " ", document: Some("doc"), ..directive.clone() };
        assert_eq!(check(on_paper).unwrap().document.as_deref(), Some("doc"));
        assert_eq!(problem(Declaration { name: " ", ..directive }), Problem::ProfileText);
        // A document goes with directives only.
        let named = Declaration { document: Some("doc"), ..allergy.clone() };
        assert_eq!(check(named).unwrap().document, None);
        let organs = Declaration { kind: "organ-donation", name: "refuses", ..Declaration::default() };
        assert_eq!(check(organs.clone()).unwrap().display, "refuses");
        assert!(Kind::OrganDonation.is_single() && !Kind::Disability.is_single());
        assert_eq!(problem(Declaration { name: "oui", ..organs.clone() }), Problem::ProfileOrganDonation);
        assert_eq!(problem(Declaration { name: "refuses-some", ..organs.clone() }), Problem::ProfileOrgansRefused);
        let some = Declaration { name: "refuses-some", detail: "Cornées", ..organs };
        assert_eq!(check(some).unwrap().detail.as_deref(), Some("Cornées"));
    }

    #[test]
    fn codes_are_labelled_with_their_terminology() {
        use crate::i18n::Locale;
        let mut allergy = item("allergy", "active", None);
        assert_eq!(allergy.code_label(Locale::En), None);
        allergy.code_system = "http://snomed.info/sct".into();
        allergy.code = "417532002".into();
        assert_eq!(allergy.code_label(Locale::En).as_deref(), Some("SNOMED CT code 417532002"));
        let atc = Item { code_system: "http://www.whocc.no/atc".into(), code: "C08CA01".into(), ..allergy };
        assert_eq!(atc.code_label(Locale::Fr).as_deref(), Some("code ATC C08CA01"));
    }
}
