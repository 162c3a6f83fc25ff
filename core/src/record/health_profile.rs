//! The health profile: allergies and intolerances, problems, treatments, procedures and
//! encounters (hospital stays and emergency visits among them), stored as their publishers sent
//! them (added, corrected in place, or withdrawn: as results and vaccinations, see
//! [`super::import`]), and read as the health summary groups them.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::Stored;
use crate::access::Access;
use crate::clock::now_ms;
use crate::fhir::{ProfileEntry, ProfileKind};
use crate::policy::{Grant, Write};
use crate::Result;

/// At most this many items are read for the summary (a long life of care stays well under).
const MAX_LISTED: i64 = 2000;

/// Encounter classes (HL7 v3 ActCode) that are a stay or an emergency visit, not a consultation.
pub const STAY_CLASSES: [&str; 6] = ["IMP", "ACUTE", "NONAC", "EMER", "OBSENC", "SS"];

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
}

impl Item {
    pub fn kind(&self) -> Option<ProfileKind> {
        ProfileKind::from_stored(&self.kind)
    }

    /// When it happened or began, else when it was recorded: what the summary dates it by.
    pub fn dated_at(&self) -> i64 {
        self.started_at.or(self.asserted_at).unwrap_or(self.recorded_at)
    }

    /// The code as a reader can look it up (`SNOMED CT 417532002`), when one was sent.
    pub fn code_label(&self) -> Option<String> {
        if self.code.is_empty() {
            return None;
        }
        let system = match self.code_system.as_str() {
            "http://snomed.info/sct" => "SNOMED CT",
            "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
            "http://www.whocc.no/atc" => "ATC",
            "http://loinc.org" => "LOINC",
            "" => return Some(self.code.clone()),
            other => other,
        };
        Some(format!("{system} {}", self.code))
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
    }

    /// Sorts `items` into the sections. Refuted allergies and problems, treatments never taken
    /// (drafts, cancelled, not taken), procedures not done and encounters that are not stays
    /// are left out: they stay in the record and its export.
    pub fn of(items: Vec<Item>) -> Summary {
        let mut summary = Summary::default();
        for item in items {
            let refuted = item.verification.as_deref() == Some("refuted");
            let section = match (item.kind(), item.status.as_str()) {
                (Some(ProfileKind::Allergy), _) if !refuted => &mut summary.allergies,
                (Some(ProfileKind::Condition), "active" | "recurrence" | "relapse") if !refuted => {
                    &mut summary.current_problems
                }
                (Some(ProfileKind::Condition), _) if !refuted => &mut summary.past_problems,
                (Some(ProfileKind::Medication), "active" | "on-hold" | "intended") => &mut summary.current_treatments,
                (Some(ProfileKind::Medication), "completed" | "stopped" | "unknown") => &mut summary.past_treatments,
                (Some(ProfileKind::Procedure), "completed" | "in-progress" | "unknown") => &mut summary.procedures,
                (Some(ProfileKind::Encounter), status)
                    if is_stay(item.category.as_deref()) && !matches!(status, "planned" | "cancelled") =>
                {
                    &mut summary.stays
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
     p.place_id, pl.name AS place, p.recorded_at, p.corrected_at, p.corrected_by";

/// The record's health summary (what its publishers sent, not withdrawn).
pub async fn summary<K>(access: &mut Access<K>) -> Result<Summary> {
    Ok(Summary::of(items(access, false).await?))
}

/// Every item of the record, not withdrawn (with the encounters that are not stays when
/// `all_encounters`: the export keeps them), newest first.
pub async fn items<K>(access: &mut Access<K>, all_encounters: bool) -> Result<Vec<Item>> {
    let (tx, grant) = access.parts();
    let stays = STAY_CLASSES.map(|c| format!("'{c}'")).join(", ");
    let encounters =
        if all_encounters { String::new() } else { format!("AND (p.kind <> 'encounter' OR p.category IN ({stays}))") };
    let sql = format!(
        "SELECT {COLUMNS} FROM profile_items p LEFT JOIN authors a ON a.id = p.author_id \
         LEFT JOIN authors pl ON pl.id = p.place_id \
         WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL {encounters} \
         ORDER BY COALESCE(p.started_at, p.asserted_at, p.recorded_at) DESC, p.id LIMIT $2"
    );
    Ok(sqlx::query_as(&sql).bind(grant.patient_id()).bind(MAX_LISTED).fetch_all(&mut **tx).await?)
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
/// name, shown beside a correction.
pub(crate) async fn store(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
    entry: &ProfileEntry,
    author_id: Option<&str>,
    place_id: Option<&str>,
) -> Result<Stored> {
    let stored: Option<(String, Option<i64>)> =
        sqlx::query_as("SELECT id, withdrawn_at FROM profile_items WHERE patient_id = $1 AND source = $2")
            .bind(grant.patient_id())
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
    let new = fields_of(entry);
    let Some((id, withdrawn)) = stored else {
        sqlx::query(
            "INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, verification, \
             category, criticality, severity, detail, started_at, ended_at, asserted_at, author_id, place_id, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
        )
        .bind(Uuid::new_v4().to_string())
        .bind(grant.patient_id())
        .bind(key)
        .bind(entry.kind.as_str())
        .bind(&new.0)
        .bind(&new.1)
        .bind(&new.2)
        .bind(&new.3)
        .bind(&new.4)
        .bind(&new.5)
        .bind(&new.6)
        .bind(&new.7)
        .bind(&new.8)
        .bind(new.9)
        .bind(new.10)
        .bind(new.11)
        .bind(author_id)
        .bind(place_id)
        .bind(now_ms())
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
    sqlx::query(
        "UPDATE profile_items SET code_system = $1, code = $2, display = $3, status = $4, verification = $5, \
         category = $6, criticality = $7, severity = $8, detail = $9, started_at = $10, ended_at = $11, \
         asserted_at = $12, author_id = COALESCE($13, author_id), place_id = COALESCE($14, place_id), \
         corrected_at = $15, corrected_by = $16, withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $17",
    )
    .bind(&new.0)
    .bind(&new.1)
    .bind(&new.2)
    .bind(&new.3)
    .bind(&new.4)
    .bind(&new.5)
    .bind(&new.6)
    .bind(&new.7)
    .bind(&new.8)
    .bind(new.9)
    .bind(new.10)
    .bind(new.11)
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
    let done = sqlx::query(
        "UPDATE profile_items SET withdrawn_at = $1, withdrawn_by = $2 WHERE patient_id = $3 AND source = $4 \
         AND withdrawn_at IS NULL",
    )
    .bind(now_ms())
    .bind(publisher)
    .bind(grant.patient_id())
    .bind(key)
    .execute(&mut **tx)
    .await?;
    Ok(if done.rows_affected() > 0 { Stored::Withdrawn } else { Stored::Unchanged })
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
        }
    }

    #[test]
    fn the_summary_sorts_items_by_what_they_mean_now() {
        let mut refuted = item("condition", "inactive", None);
        refuted.verification = Some("refuted".into());
        let summary = Summary::of(vec![
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
        ]);
        let statuses = |items: &[Item]| items.iter().map(|i| i.status.clone()).collect::<Vec<_>>();
        assert_eq!(statuses(&summary.allergies), ["active", "resolved"]);
        assert_eq!(statuses(&summary.current_problems), ["active", "relapse"]);
        assert_eq!(statuses(&summary.past_problems), ["resolved"]);
        assert_eq!(statuses(&summary.current_treatments), ["active"]);
        assert_eq!(statuses(&summary.past_treatments), ["stopped"]);
        assert_eq!(statuses(&summary.procedures), ["completed"]);
        assert_eq!(summary.stays.iter().map(|s| s.category.clone().unwrap()).collect::<Vec<_>>(), ["IMP", "EMER"]);
    }

    #[test]
    fn codes_are_labelled_with_their_terminology() {
        let mut allergy = item("allergy", "active", None);
        assert_eq!(allergy.code_label(), None);
        allergy.code_system = "http://snomed.info/sct".into();
        allergy.code = "417532002".into();
        assert_eq!(allergy.code_label().as_deref(), Some("SNOMED CT 417532002"));
    }
}
