//! Vaccinations: the record's history, what the schedule advises for it, and storing
//! vaccinations (from an import or a publication): added, corrected by their publisher, or
//! withdrawn by them (entered in error; then out of the list, the advice and the export).

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::names::{Catalogue, NameOrigin, StoredName};
use super::schedule::{self, History, Recommendations, CVX_SYSTEM};
use super::Stored;
use crate::access::Access;
use crate::clock::now_ms;
use crate::fhir::VaccinationEntry;
use crate::policy::{Grant, Write};
use crate::Result;

/// At most this many vaccinations are listed (a lifetime rarely has more than a hundred).
const MAX_LISTED: i64 = 500;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Vaccination {
    pub id: String,
    pub vaccine_system: String,
    pub vaccine_code: String,
    /// As stored: the publisher's name, or the catalogue's in the publisher's language.
    pub vaccine_display: String,
    /// `sent` or `catalogue` (see [`Vaccination::vaccine_name`]).
    pub name_origin: String,
    pub occurred_at: i64,
    pub dose_number: Option<i64>,
    pub lot: Option<String>,
    pub performer: Option<String>,
    /// When its publisher last corrected it.
    pub corrected_at: Option<i64>,
    /// Who corrected it (the publisher's name then; empty for the operator's import).
    pub corrected_by: Option<String>,
}

impl Vaccination {
    /// The vaccine's name as the reader is shown it (see [`super::names`]).
    pub fn vaccine_name(&self) -> StoredName<'_> {
        StoredName {
            catalogue: Catalogue::Vaccines,
            system: &self.vaccine_system,
            code: &self.vaccine_code,
            display: &self.vaccine_display,
            origin: NameOrigin::from_stored(&self.name_origin),
        }
    }
}

/// The record's vaccinations (not those withdrawn), most recent first.
pub async fn list<K>(access: &mut Access<K>) -> Result<Vec<Vaccination>> {
    let (tx, grant) = access.parts();
    Ok(sqlx::query_as(
        "SELECT v.id, v.vaccine_system, v.vaccine_code, v.vaccine_display, v.name_origin, v.occurred_at, v.dose_number, v.lot, \
         a.name AS performer, v.corrected_at, v.corrected_by FROM vaccinations v LEFT JOIN authors a ON a.id = v.performer_id \
         WHERE v.patient_id = $1 AND v.withdrawn_at IS NULL ORDER BY v.occurred_at DESC, v.id LIMIT $2",
    )
    .bind(grant.patient_id())
    .bind(MAX_LISTED)
    .fetch_all(&mut **tx)
    .await?)
}

/// What the schedule advises on `today` for someone born on `birth` with this history. A record
/// with no vaccination at all is an unknown history, not an unvaccinated person.
pub fn recommendations(history: &[Vaccination], birth: jiff::civil::Date, today: jiff::civil::Date) -> Recommendations {
    let given: Vec<(&str, jiff::civil::Date)> = history
        .iter()
        .filter(|v| v.vaccine_system == CVX_SYSTEM)
        .filter_map(|v| Some((v.vaccine_code.as_str(), utc_date(v.occurred_at)?)))
        .collect();
    let unreadable = history.iter().filter(|v| v.vaccine_system != CVX_SYSTEM).count();
    let history = if history.is_empty() { History::Unknown } else { History::Recorded(&given) };
    Recommendations { unreadable, ..schedule::french().advise(birth, today, history) }
}

fn utc_date(ms: i64) -> Option<jiff::civil::Date> {
    Some(jiff::Timestamp::from_millisecond(ms).ok()?.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// Stores a vaccination its publisher sent under `key` (see [`super::import`]): adds it, or,
/// sent again with other details, corrects it in place (a withdrawn one comes back). `publisher`
/// is the publisher's name, shown beside a correction.
pub(crate) async fn store(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
    entry: &VaccinationEntry,
    performer_id: Option<&str>,
) -> Result<Stored> {
    type Row = (String, String, String, String, i64, Option<i64>, Option<String>, Option<i64>);
    let stored: Option<Row> = sqlx::query_as(
        "SELECT id, vaccine_system, vaccine_code, vaccine_display, occurred_at, dose_number, lot, withdrawn_at \
         FROM vaccinations WHERE patient_id = $1 AND source = $2",
    )
    .bind(grant.patient_id())
    .bind(key)
    .fetch_optional(&mut **tx)
    .await?;
    let system = entry.vaccine.system.clone().unwrap_or_default();
    let dose = entry.dose_number.map(i64::from);
    let Some((id, old_system, old_code, old_display, old_at, old_dose, old_lot, withdrawn)) = stored else {
        sqlx::query(
            "INSERT INTO vaccinations (id, patient_id, source, vaccine_system, vaccine_code, vaccine_display, \
             occurred_at, dose_number, lot, performer_id, recorded_at, name_origin) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(Uuid::new_v4().to_string())
        .bind(grant.patient_id())
        .bind(key)
        .bind(&system)
        .bind(&entry.vaccine.code)
        .bind(&entry.vaccine.display)
        .bind(entry.occurred_at)
        .bind(dose)
        .bind(&entry.lot)
        .bind(performer_id)
        .bind(now_ms())
        .bind(entry.name_origin.as_str())
        .execute(&mut **tx)
        .await?;
        return Ok(Stored::Added);
    };
    let same = (old_system, old_code, old_display, old_at, old_dose, old_lot)
        == (
            system.clone(),
            entry.vaccine.code.clone(),
            entry.vaccine.display.clone(),
            entry.occurred_at,
            dose,
            entry.lot.clone(),
        );
    if same {
        if withdrawn.is_none() {
            return Ok(Stored::Unchanged);
        }
        // Withdrawn, then sent again as it was: it stands again, nothing was corrected.
        sqlx::query("UPDATE vaccinations SET withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $1")
            .bind(&id)
            .execute(&mut **tx)
            .await?;
        return Ok(Stored::Corrected);
    }
    sqlx::query(
        "UPDATE vaccinations SET vaccine_system = $1, vaccine_code = $2, vaccine_display = $3, occurred_at = $4, \
         dose_number = $5, lot = $6, performer_id = COALESCE($7, performer_id), name_origin = $8, corrected_at = $9, \
         corrected_by = $10, withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $11",
    )
    .bind(&system)
    .bind(&entry.vaccine.code)
    .bind(&entry.vaccine.display)
    .bind(entry.occurred_at)
    .bind(dose)
    .bind(&entry.lot)
    .bind(performer_id)
    .bind(entry.name_origin.as_str())
    .bind(now_ms())
    .bind(publisher)
    .bind(&id)
    .execute(&mut **tx)
    .await?;
    Ok(Stored::Corrected)
}

/// Withdraws the vaccination a publisher sent under `key` (entered in error): it leaves the
/// list, the schedule's advice and the export.
pub(crate) async fn withdraw(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
) -> Result<Stored> {
    super::withdraw_sent(tx, grant, super::Withdrawable::Vaccinations, key, publisher).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::schedule::Advice;
    use jiff::civil::date;

    fn given(system: &str, code: &str, on: jiff::civil::Date) -> Vaccination {
        Vaccination {
            id: code.into(),
            vaccine_system: system.into(),
            vaccine_code: code.into(),
            vaccine_display: code.into(),
            name_origin: "sent".into(),
            occurred_at: on.to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_millisecond(),
            dose_number: None,
            lot: None,
            performer: None,
            corrected_at: None,
            corrected_by: None,
        }
    }

    #[test]
    fn an_empty_record_is_an_unknown_history_and_other_code_systems_are_counted_as_unreadable() {
        let (birth, today) = (date(1984, 3, 2), date(2026, 7, 1));
        let none = recommendations(&[], birth, today);
        assert!(!none.history_recorded && none.unreadable == 0);
        // One MMR dose in CVX and one vaccination coded in a national system: the MMR dose
        // counts, the other cannot, and the page says the advice may miss it.
        let history = [
            given(CVX_SYSTEM, "03", date(1985, 3, 20)),
            given("urn:oid:1.2.250.1.213.2.3.1", "3400930000000", date(2020, 1, 1)),
        ];
        let some = recommendations(&history, birth, today);
        assert!(some.history_recorded);
        assert_eq!(some.unreadable, 1);
        let mmr = some.pending.iter().find(|p| p.series == "mmr").unwrap();
        assert_eq!(mmr.advice, Advice::CatchUp { doses: 1, at_age_months: None });
    }
}
