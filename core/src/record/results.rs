//! Results — laboratory tests, vital signs, and the observations of every other category
//! (questionnaires, social history, exam…): the per-test summary (`result_series`, one row per test
//! with its latest result), one test's history, the trend of its numeric values, results within
//! dates, and adding results (from an import or a publication).
//!
//! Every list is bounded: the summary has one row per test, histories and date lists are pages
//! of [`PAGE_SIZE`](super::PAGE_SIZE) found through indexes, trends take the latest points only.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::names::{Catalogue, NameOrigin, StoredName};
use super::publish::LOINC_SYSTEM;
use super::{contains_pattern, paginate, Cursor, Flag, Page, Stored, PAGE_SIZE};
use crate::access::Access;
use crate::clock::now_ms;
use crate::fhir::{ResultCategory, ResultEntry, ResultValue};
use crate::policy::{Grant, Write};
use crate::Result;

/// Most recent numeric values drawn in a trend chart.
pub const TREND_POINTS: i64 = 120;

/// What kind of observation a test is: the FHIR category it was sent with ([`ResultCategory`]).
pub type Category = ResultCategory;

impl ResultCategory {
    /// The Fluent id of the category's name, as the results page heads its section.
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Laboratory => "results-category-laboratory",
            Category::VitalSigns => "results-category-vital-signs",
            Category::Survey => "results-category-survey",
            Category::SocialHistory => "results-category-social-history",
            Category::Exam => "results-category-exam",
            Category::Imaging => "results-category-imaging",
            Category::Procedure => "results-category-procedure",
            Category::Therapy => "results-category-therapy",
            Category::Activity => "results-category-activity",
            Category::Other => "results-category-other",
        }
    }
}

/// One result's value and how it reads against its reference range.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub id: String,
    pub number: Option<f64>,
    pub text: Option<String>,
    pub unit: Option<String>,
    /// A quantity's UCUM unit code, when its publisher sent one.
    pub unit_code: Option<String>,
    /// A coded value's code system and code (its text is `text`).
    pub value_system: Option<String>,
    pub value_code: Option<String>,
    pub range_low: Option<f64>,
    pub range_high: Option<f64>,
    pub range_text: Option<String>,
    pub flag: Option<Flag>,
    pub effective_at: i64,
    pub performer: Option<String>,
    /// Where it came from: a publisher, a device, or the patient's side in the portal.
    pub origin: Origin,
    /// The account that entered it, for a reading entered in the portal, and its name.
    pub entered_by: Option<String>,
    pub entered_by_name: Option<String>,
    /// When its publisher last corrected it, and who (the publisher's name then).
    pub corrected: Option<Change>,
    /// When its publisher withdrew it (entered in error), and who: it then shows only in its
    /// test's history, marked.
    pub withdrawn: Option<Change>,
    /// The values a correction replaced, newest first (read by [`history`] only).
    pub previous: Vec<Previous>,
}

/// Where a result came from (`results.origin`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// A professional or a laboratory.
    #[default]
    Publisher,
    /// A device or an app publishing for the patient.
    Device,
    /// Entered in the portal by the patient, or someone acting for them.
    Patient,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Publisher => "publisher",
            Origin::Device => "device",
            Origin::Patient => "patient",
        }
    }

    pub fn from_stored(text: &str) -> Origin {
        match text {
            "device" => Origin::Device,
            "patient" => Origin::Patient,
            _ => Origin::Publisher,
        }
    }
}

/// A correction or a withdrawal by the result's publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: i64,
    /// The publisher's name; none for the operator's import.
    pub by: Option<String>,
}

/// A value a correction replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Previous {
    pub number: Option<f64>,
    pub text: Option<String>,
    pub unit: Option<String>,
    pub flag: Option<Flag>,
    pub effective_at: i64,
    /// When the correction replaced it.
    pub replaced_at: i64,
}

/// A test's name as stored: its code, its display and who named it (see [`super::names`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestName {
    pub code_system: String,
    pub code: String,
    pub display: String,
    pub origin: NameOrigin,
}

impl TestName {
    pub fn stored(&self) -> StoredName<'_> {
        StoredName {
            catalogue: Catalogue::LabTests,
            system: &self.code_system,
            code: &self.code,
            display: &self.display,
            origin: self.origin,
        }
    }
}

/// A test as the Results page lists it: its name and its latest result.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub name: TestName,
    pub category: Category,
    pub count: i64,
    pub latest: Measure,
}

/// A result in a list that mixes tests (results within dates).
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub series_id: String,
    pub name: TestName,
    pub category: Category,
    pub measure: Measure,
}

/// NULL_DOUBLE: statements binding an optional `f64` (a value, a range bound) are prepared anew
/// each time (`persistent(false)`). sqlx 0.8.6's `Any` driver sends a missing `f64` to
/// PostgreSQL as a `float4` parameter (`sqlx-postgres/src/any.rs`: `Null(Double)` is encoded as
/// `Option<f32>`); a statement kept in the connection's cache after such a first use is then
/// declared `float4`, and a later `f64` value (8 bytes) is refused ("incorrect binary data
/// format"). Seen importing a result without a reference range, then one with.
#[derive(sqlx::FromRow)]
pub(super) struct MeasureRow {
    id: String,
    value_number: Option<f64>,
    value_text: Option<String>,
    unit: Option<String>,
    unit_code: Option<String>,
    value_system: Option<String>,
    value_code: Option<String>,
    range_low: Option<f64>,
    range_high: Option<f64>,
    range_text: Option<String>,
    flag: Option<String>,
    effective_at: i64,
    performer: Option<String>,
    origin: String,
    entered_by: Option<String>,
    entered_by_name: Option<String>,
    corrected_at: Option<i64>,
    corrected_by: Option<String>,
    withdrawn_at: Option<i64>,
    withdrawn_by: Option<String>,
}

impl From<MeasureRow> for Measure {
    fn from(r: MeasureRow) -> Measure {
        Measure {
            id: r.id,
            number: r.value_number,
            text: r.value_text,
            unit: r.unit,
            unit_code: r.unit_code,
            value_system: r.value_system,
            value_code: r.value_code,
            range_low: r.range_low,
            range_high: r.range_high,
            range_text: r.range_text,
            flag: r.flag.as_deref().and_then(Flag::from_stored),
            effective_at: r.effective_at,
            performer: r.performer,
            origin: Origin::from_stored(&r.origin),
            entered_by: r.entered_by,
            entered_by_name: r.entered_by_name,
            corrected: r.corrected_at.map(|at| Change { at, by: r.corrected_by.filter(|b| !b.is_empty()) }),
            withdrawn: r.withdrawn_at.map(|at| Change { at, by: r.withdrawn_by.filter(|b| !b.is_empty()) }),
            previous: Vec::new(),
        }
    }
}

/// The columns of a [`MeasureRow`] (`r`: results, `a`: its performer).
pub(super) const MEASURE_COLUMNS: &str =
    "r.id, r.value_number, r.value_text, r.unit, r.unit_code, r.value_system, r.value_code, r.range_low, r.range_high, r.range_text, \
     r.flag, r.effective_at, a.name AS performer, r.origin, r.entered_by, \
     (SELECT e.display_name FROM accounts e WHERE e.id = r.entered_by) AS entered_by_name, r.corrected_at, r.corrected_by, r.withdrawn_at, r.withdrawn_by";

/// The columns of a test's name (`s`: its `result_series` row).
const NAME_COLUMNS: &str = "s.code_system, s.code, s.display, s.name_origin";

#[derive(sqlx::FromRow)]
struct NameRow {
    code_system: String,
    code: String,
    display: String,
    name_origin: String,
}

impl From<NameRow> for TestName {
    fn from(r: NameRow) -> TestName {
        TestName {
            code_system: r.code_system,
            code: r.code,
            display: r.display,
            origin: NameOrigin::from_stored(&r.name_origin),
        }
    }
}

#[derive(sqlx::FromRow)]
struct SeriesRow {
    series_id: String,
    #[sqlx(flatten)]
    name: NameRow,
    category: String,
    result_count: i64,
    #[sqlx(flatten)]
    measure: MeasureRow,
}

impl From<SeriesRow> for Series {
    fn from(r: SeriesRow) -> Series {
        Series {
            id: r.series_id,
            name: r.name.into(),
            category: Category::from_stored(&r.category),
            count: r.result_count,
            latest: r.measure.into(),
        }
    }
}

/// Tests with their latest result; a test whose results were all withdrawn is left out
/// (its latest result is withdrawn, see [`refresh_series`]) unless `with_withdrawn`.
fn series_select_with(with_withdrawn: bool) -> String {
    let standing = if with_withdrawn { "" } else { " AND r.withdrawn_at IS NULL" };
    format!(
        "SELECT s.id AS series_id, {NAME_COLUMNS}, s.category, s.result_count, {MEASURE_COLUMNS} \
         FROM result_series s JOIN results r ON r.id = s.latest_result_id{standing} \
         LEFT JOIN authors a ON a.id = r.performer_id"
    )
}

fn series_select() -> String {
    series_select_with(false)
}

/// Tests looked for by name: the text typed, and the catalogue's tests whose name in the
/// reader's language contains it ([`super::names::lab_tests_named`]), which it finds although
/// their stored display may be in another language.
#[derive(Debug, Clone, Default)]
pub struct NameSearch<'a> {
    pub text: &'a str,
    pub catalogue_codes: &'a [&'a str],
}

impl NameSearch<'_> {
    /// The `LIKE` pattern of the text ('' for no search) and the codes as `,a,b,`.
    fn binds(&self) -> (String, String) {
        let text = self.text.trim();
        let pattern = if text.is_empty() { String::new() } else { contains_pattern(text) };
        (pattern, format!(",{},", self.catalogue_codes.join(",")))
    }
}

/// The condition a [`NameSearch`] puts on `s`, with its pattern and codes bound at `$p` and `$c`.
fn name_matches(p: u8, c: u8) -> String {
    format!(
        "(${p} = '' OR LOWER(s.display) LIKE ${p} ESCAPE '\\' \
         OR (s.name_origin = 'catalogue' AND s.code_system = '{LOINC_SYSTEM}' AND ${c} LIKE ('%,' || s.code || ',%')))"
    )
}

/// The record's vital-sign tests among `codes` (of `system`), each with its latest result.
/// `codes` are the caller's constants, never typed text.
pub async fn series_coded<K>(access: &mut Access<K>, system: &str, codes: &[&str]) -> Result<Vec<Series>> {
    let (tx, grant) = access.parts();
    let listed = codes.iter().map(|c| format!("'{}'", c.replace('\'', ""))).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "{} WHERE s.patient_id = $1 AND s.category = 'vital-signs' AND s.code_system = $2 AND s.code IN ({listed})",
        series_select()
    );
    let rows: Vec<SeriesRow> = sqlx::query_as(&sql).bind(grant.patient_id()).bind(system).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(Series::from).collect())
}

/// Every test of the record with its latest result, by category then stored name; `search`
/// keeps the tests whose name matches it. One row per test, however long the history.
pub async fn series<K>(access: &mut Access<K>, search: &NameSearch<'_>) -> Result<Vec<Series>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "{} WHERE s.patient_id = $1 AND {} ORDER BY s.category, s.display, s.id",
        series_select(),
        name_matches(2, 3)
    );
    let (pattern, codes) = search.binds();
    let rows: Vec<SeriesRow> =
        sqlx::query_as(&sql).bind(grant.patient_id()).bind(pattern).bind(codes).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(Series::from).collect())
}

/// Tests whose latest result is outside its reference range (or flagged abnormal).
pub async fn out_of_range<K>(access: &mut Access<K>) -> Result<Vec<Series>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "{} WHERE s.patient_id = $1 AND r.flag IS NOT NULL AND r.flag <> 'normal' \
         ORDER BY r.effective_at DESC, s.id LIMIT 20",
        series_select()
    );
    let rows: Vec<SeriesRow> = sqlx::query_as(&sql).bind(grant.patient_id()).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(Series::from).collect())
}

/// How many tests have a latest result that can be judged (a reference range or an
/// interpretation flag): "nothing outside the reference values" means something only then.
pub async fn judged_count<K>(access: &mut Access<K>) -> Result<i64> {
    let (tx, grant) = access.parts();
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM result_series s JOIN results r ON r.id = s.latest_result_id AND r.withdrawn_at IS NULL \
         WHERE s.patient_id = $1 AND (r.flag IS NOT NULL OR r.range_low IS NOT NULL OR r.range_high IS NOT NULL)",
    )
    .bind(grant.patient_id())
    .fetch_one(&mut **tx)
    .await?;
    Ok(count)
}

/// New results per test are counted up to this many (a first visit to a ten-year history would
/// otherwise count thousands); [`added_since`] reports `NEW_COUNT_CAP` for "at least that many".
pub const NEW_COUNT_CAP: i64 = 100;

/// Tests that gained results after `since` (not since withdrawn), most recently taken first (at most `limit`), each
/// with how many results it gained (capped at [`NEW_COUNT_CAP`]). Counted through the index on
/// (series, recorded time), so a long history costs little.
pub async fn added_since<K>(access: &mut Access<K>, since: i64, limit: i64) -> Result<Vec<(Series, i64)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        added: i64,
        #[sqlx(flatten)]
        series: SeriesRow,
    }
    let (tx, grant) = access.parts();
    let sql = format!(
        "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM results n WHERE n.series_id = s.id AND n.recorded_at > $2 \
         AND n.withdrawn_at IS NULL AND n.origin <> 'patient' LIMIT $4) capped) AS added, {} \
         WHERE s.patient_id = $1 AND s.latest_recorded_at > $2 \
         AND EXISTS (SELECT 1 FROM results n WHERE n.series_id = s.id AND n.recorded_at > $2 AND n.withdrawn_at IS NULL \
         AND n.origin <> 'patient') \
         ORDER BY s.latest_effective_at DESC, s.id LIMIT $3",
        series_select().trim_start_matches("SELECT ")
    );
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(grant.patient_id())
        .bind(since)
        .bind(limit)
        .bind(NEW_COUNT_CAP)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(|r| (Series::from(r.series), r.added)).collect())
}

/// One test: its summary row (the access's subject is this series), also when every result of it
/// was withdrawn: its page still shows that history (its latest result is then a withdrawn one,
/// and `count` is 0).
pub async fn one_series<K>(access: &mut Access<K>, series_id: &str) -> Result<Series> {
    let (tx, grant) = access.parts();
    let sql = format!("{} WHERE s.patient_id = $1 AND s.id = $2", series_select_with(true));
    let row: Option<SeriesRow> =
        sqlx::query_as(&sql).bind(grant.patient_id()).bind(series_id).fetch_optional(&mut **tx).await?;
    row.map(Series::from).ok_or(crate::Error::NotFound)
}

/// A page of one test's results, newest first, withdrawn ones included (marked), each with the
/// values its corrections replaced.
pub async fn history<K>(access: &mut Access<K>, series_id: &str, before: Option<&Cursor>) -> Result<Page<Measure>> {
    let (tx, grant) = access.parts();
    let (at, id) = cursor_bounds(before);
    let sql = format!(
        "SELECT {MEASURE_COLUMNS} FROM results r LEFT JOIN authors a ON a.id = r.performer_id \
         WHERE r.series_id = $1 AND r.patient_id = $2 AND (r.effective_at < $3 OR (r.effective_at = $3 AND r.id < $4)) \
         ORDER BY r.effective_at DESC, r.id DESC LIMIT $5"
    );
    let rows: Vec<MeasureRow> = sqlx::query_as(&sql)
        .bind(series_id)
        .bind(grant.patient_id())
        .bind(at)
        .bind(id)
        .bind(PAGE_SIZE + 1)
        .fetch_all(&mut **tx)
        .await?;
    let mut page = paginate(rows.into_iter().map(Measure::from).collect(), |m: &Measure| Cursor {
        at: m.effective_at,
        id: m.id.clone(),
    });
    for measure in page.items.iter_mut().filter(|m| m.corrected.is_some()) {
        measure.previous = previous_values(tx, &measure.id).await?;
    }
    Ok(page)
}

/// The values corrections of a result replaced, newest first.
async fn previous_values(tx: &mut Transaction<'static, Any>, result_id: &str) -> Result<Vec<Previous>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        value_number: Option<f64>,
        value_text: Option<String>,
        unit: Option<String>,
        flag: Option<String>,
        effective_at: i64,
        replaced_at: i64,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT value_number, value_text, unit, flag, effective_at, replaced_at FROM result_versions \
         WHERE result_id = $1 ORDER BY replaced_at DESC, id DESC",
    )
    .bind(result_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Previous {
            number: r.value_number,
            text: r.value_text,
            unit: r.unit,
            flag: r.flag.as_deref().and_then(Flag::from_stored),
            effective_at: r.effective_at,
            replaced_at: r.replaced_at,
        })
        .collect())
}

/// The latest numeric values of a test, oldest first, for its trend chart.
pub async fn trend<K>(access: &mut Access<K>, series_id: &str) -> Result<Vec<Measure>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "SELECT {MEASURE_COLUMNS} FROM results r LEFT JOIN authors a ON a.id = r.performer_id \
         WHERE r.series_id = $1 AND r.patient_id = $2 AND r.value_number IS NOT NULL AND r.withdrawn_at IS NULL \
         ORDER BY r.effective_at DESC, r.id DESC LIMIT $3"
    );
    let rows: Vec<MeasureRow> =
        sqlx::query_as(&sql).bind(series_id).bind(grant.patient_id()).bind(TREND_POINTS).fetch_all(&mut **tx).await?;
    let mut points: Vec<Measure> = rows.into_iter().map(Measure::from).collect();
    points.reverse();
    Ok(points)
}

/// A page of the record's results taken between `from` (inclusive) and `until` (exclusive),
/// newest first, all tests mixed; `search` as in [`series`].
pub async fn between<K>(
    access: &mut Access<K>,
    from: i64,
    until: i64,
    search: &NameSearch<'_>,
    before: Option<&Cursor>,
) -> Result<Page<Dated>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        series_id: String,
        #[sqlx(flatten)]
        name: NameRow,
        category: String,
        #[sqlx(flatten)]
        measure: MeasureRow,
    }
    let (tx, grant) = access.parts();
    let (at, id) = cursor_bounds(before);
    let sql = format!(
        "SELECT s.id AS series_id, {NAME_COLUMNS}, s.category, {MEASURE_COLUMNS} \
         FROM results r JOIN result_series s ON s.id = r.series_id LEFT JOIN authors a ON a.id = r.performer_id \
         WHERE r.patient_id = $1 AND r.effective_at >= $2 AND r.effective_at < $3 AND r.withdrawn_at IS NULL AND {} \
         AND (r.effective_at < $6 OR (r.effective_at = $6 AND r.id < $7)) \
         ORDER BY r.effective_at DESC, r.id DESC LIMIT $8",
        name_matches(4, 5)
    );
    let (pattern, codes) = search.binds();
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(grant.patient_id())
        .bind(from)
        .bind(until)
        .bind(pattern)
        .bind(codes)
        .bind(at)
        .bind(id)
        .bind(PAGE_SIZE + 1)
        .fetch_all(&mut **tx)
        .await?;
    let items = rows
        .into_iter()
        .map(|r| Dated {
            series_id: r.series_id,
            name: r.name.into(),
            category: Category::from_stored(&r.category),
            measure: r.measure.into(),
        })
        .collect();
    Ok(paginate(items, |d: &Dated| Cursor { at: d.measure.effective_at, id: d.measure.id.clone() }))
}

/// Keyset bounds: strictly before the cursor, or from the very end.
fn cursor_bounds(before: Option<&Cursor>) -> (i64, String) {
    match before {
        Some(c) => (c.at, c.id.clone()),
        None => (i64::MAX, String::new()),
    }
}

/// A result's values as stored, from a bundle's entry (the flag computed from the range when the
/// publisher gave none).
#[derive(Debug, Clone, PartialEq)]
struct Values {
    number: Option<f64>,
    text: Option<String>,
    unit: Option<String>,
    unit_code: Option<String>,
    value_system: Option<String>,
    value_code: Option<String>,
    low: Option<f64>,
    high: Option<f64>,
    range_text: Option<String>,
    flag: Option<Flag>,
    effective_at: i64,
    issued_at: Option<i64>,
}

impl Values {
    fn of(entry: &ResultEntry) -> Values {
        let (number, text, unit, unit_code) = match &entry.value {
            Some(ResultValue::Quantity { value, unit, unit_code }) => {
                (Some(*value), None, unit.clone(), unit_code.clone())
            }
            Some(ResultValue::Text(text)) => (None, Some(text.clone()), None, None),
            Some(ResultValue::Coded(coding)) => (None, Some(coding.display.clone()), None, None),
            None => (None, None, None, None),
        };
        let (value_system, value_code) = match &entry.value {
            Some(ResultValue::Coded(coding)) => (coding.system.clone(), Some(coding.code.clone())),
            _ => (None, None),
        };
        let (low, high, range_text) = match &entry.range {
            Some(r) => (r.low, r.high, r.text.clone()),
            None => (None, None, None),
        };
        let flag = entry.flag.or_else(|| number.and_then(|v| Flag::from_range(v, low, high)));
        Values {
            number,
            text,
            unit,
            unit_code,
            value_system,
            value_code,
            low,
            high,
            range_text,
            flag,
            effective_at: entry.effective_at,
            issued_at: entry.issued_at,
        }
    }
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    id: String,
    series_id: String,
    value_number: Option<f64>,
    value_text: Option<String>,
    unit: Option<String>,
    unit_code: Option<String>,
    value_system: Option<String>,
    value_code: Option<String>,
    range_low: Option<f64>,
    range_high: Option<f64>,
    range_text: Option<String>,
    flag: Option<String>,
    effective_at: i64,
    issued_at: Option<i64>,
    withdrawn_at: Option<i64>,
}

impl StoredRow {
    fn values(&self) -> Values {
        Values {
            number: self.value_number,
            text: self.value_text.clone(),
            unit: self.unit.clone(),
            unit_code: self.unit_code.clone(),
            value_system: self.value_system.clone(),
            value_code: self.value_code.clone(),
            low: self.range_low,
            high: self.range_high,
            range_text: self.range_text.clone(),
            flag: self.flag.as_deref().and_then(Flag::from_stored),
            effective_at: self.effective_at,
            issued_at: self.issued_at,
        }
    }
}

/// The result a publisher sent under `key` (its name and its own id, see
/// [`super::import`]) in this record, if any.
async fn stored_under(tx: &mut Transaction<'static, Any>, patient_id: &str, key: &str) -> Result<Option<StoredRow>> {
    Ok(sqlx::query_as(
        "SELECT id, series_id, value_number, value_text, unit, unit_code, value_system, value_code, range_low, \
         range_high, range_text, flag, effective_at, issued_at, withdrawn_at FROM results \
         WHERE patient_id = $1 AND source = $2",
    )
    .bind(patient_id)
    .bind(key)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Stores a result its publisher sent under `key`: adds it, or, sent again, replaces the value
/// shown when it differs (keeping the one it replaces in `result_versions`; a withdrawn result
/// comes back). `publisher` is the publisher's name, shown beside a correction. A new result
/// `declared` is one the patient entered (a record moved from another Carnet).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn store(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
    entry: &ResultEntry,
    report_id: Option<&str>,
    performer_id: Option<&str>,
    declared: bool,
) -> Result<Stored> {
    let values = Values::of(entry);
    let Some(stored) = stored_under(tx, grant.patient_id(), key).await? else {
        let from = if declared { Source::MovedFromPatient } else { Source::Sent };
        add(tx, grant, key, entry, report_id, performer_id, from).await?;
        return Ok(Stored::Added);
    };
    // Stored before Carnet kept codes (migration 0028): the same result sent again with its
    // unit's or its value's code is the same result; the codes are filled in, nothing corrected.
    let codes_unknown = stored.unit_code.is_none() && stored.value_system.is_none() && stored.value_code.is_none();
    let without_codes = Values { unit_code: None, value_system: None, value_code: None, ..values.clone() };
    if codes_unknown && stored.values() == without_codes && without_codes != values {
        sqlx::query("UPDATE results SET unit_code = $1, value_system = $2, value_code = $3 WHERE id = $4")
            .bind(values.unit_code.as_deref())
            .bind(values.value_system.as_deref())
            .bind(values.value_code.as_deref())
            .bind(&stored.id)
            .execute(&mut **tx)
            .await?;
    }
    if stored.values() == values || (codes_unknown && stored.values() == without_codes) {
        if stored.withdrawn_at.is_none() {
            return Ok(Stored::Unchanged);
        }
        // Withdrawn, then sent again as it was: it stands again, nothing was corrected.
        sqlx::query("UPDATE results SET withdrawn_at = NULL, withdrawn_by = NULL WHERE id = $1")
            .bind(&stored.id)
            .execute(&mut **tx)
            .await?;
        refresh_series(tx, &stored.series_id).await?;
        return Ok(Stored::Corrected);
    }
    let now = now_ms();
    let old = stored.values();
    sqlx::query(
        "INSERT INTO result_versions (id, result_id, value_number, value_text, unit, range_low, range_high, \
         range_text, flag, effective_at, replaced_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .persistent(false) // see NULL_DOUBLE below
    .bind(Uuid::new_v4().to_string())
    .bind(&stored.id)
    .bind(old.number)
    .bind(old.text)
    .bind(old.unit)
    .bind(old.low)
    .bind(old.high)
    .bind(old.range_text)
    .bind(old.flag.map(Flag::as_str))
    .bind(old.effective_at)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE results SET value_number = $1, value_text = $2, unit = $3, range_low = $4, range_high = $5, \
         range_text = $6, flag = $7, effective_at = $8, issued_at = $9, performer_id = COALESCE($10, performer_id), \
         corrected_at = $11, corrected_by = $12, withdrawn_at = NULL, withdrawn_by = NULL, unit_code = $14, \
         value_system = $15, value_code = $16 WHERE id = $13",
    )
    .persistent(false) // see NULL_DOUBLE below
    .bind(values.number)
    .bind(values.text)
    .bind(values.unit)
    .bind(values.low)
    .bind(values.high)
    .bind(values.range_text)
    .bind(values.flag.map(Flag::as_str))
    .bind(values.effective_at)
    .bind(values.issued_at)
    .bind(performer_id)
    .bind(now)
    .bind(publisher)
    .bind(&stored.id)
    .bind(values.unit_code)
    .bind(values.value_system)
    .bind(values.value_code)
    .execute(&mut **tx)
    .await?;
    refresh_series(tx, &stored.series_id).await?;
    Ok(Stored::Corrected)
}

/// Withdraws what a publisher sent under `key` (a panel's parts, `key#<code>`, with it): the
/// results leave every list, trend and count, and stay in their test's history, marked.
pub(crate) async fn withdraw(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    publisher: &str,
) -> Result<Stored> {
    let series: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, series_id FROM results WHERE patient_id = $1 AND withdrawn_at IS NULL \
         AND (source = $2 OR substr(source, 1, length($3)) = $3)",
    )
    .bind(grant.patient_id())
    .bind(key)
    .bind(super::panel_parts(key))
    .fetch_all(&mut **tx)
    .await?;
    if series.is_empty() {
        return Ok(Stored::Unchanged);
    }
    let now = now_ms();
    for (result_id, series_id) in &series {
        sqlx::query("UPDATE results SET withdrawn_at = $1, withdrawn_by = $2 WHERE id = $3")
            .bind(now)
            .bind(publisher)
            .bind(result_id)
            .execute(&mut **tx)
            .await?;
        refresh_series(tx, series_id).await?;
    }
    Ok(Stored::Withdrawn)
}

/// Makes a test's summary row agree with its results again after a correction or a withdrawal:
/// the latest result not withdrawn, and how many there are. A test left with none keeps its last
/// result's id, which is withdrawn, so no list shows the test.
async fn refresh_series(tx: &mut Transaction<'static, Any>, series_id: &str) -> Result<()> {
    let latest: Option<(String, i64)> = sqlx::query_as(
        "SELECT id, effective_at FROM results WHERE series_id = $1 AND withdrawn_at IS NULL \
         ORDER BY effective_at DESC, id DESC LIMIT 1",
    )
    .bind(series_id)
    .fetch_optional(&mut **tx)
    .await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM results WHERE series_id = $1 AND withdrawn_at IS NULL")
        .bind(series_id)
        .fetch_one(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE result_series SET result_count = $1, \
         latest_result_id = COALESCE($2, latest_result_id), latest_effective_at = COALESCE($3, latest_effective_at) \
         WHERE id = $4",
    )
    .bind(count)
    .bind(latest.as_ref().map(|(id, _)| id.clone()))
    .bind(latest.map(|(_, at)| at))
    .bind(series_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Adds a new result and keeps its test's summary row current.
/// Where a result being added comes from, beyond its publisher's word.
#[derive(Clone, Copy)]
enum Source<'a> {
    /// As its publisher sent it (a device's if the Observation names one).
    Sent,
    /// Entered in the portal by this account (the patient, or someone acting for them).
    EnteredBy(&'a str),
    /// A reading the patient entered in another Carnet, moved here by the operator.
    MovedFromPatient,
}

async fn add(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    entry: &ResultEntry,
    report_id: Option<&str>,
    performer_id: Option<&str>,
    from: Source<'_>,
) -> Result<()> {
    let entered = match from {
        Source::EnteredBy(account) => Some(account),
        Source::Sent | Source::MovedFromPatient => None,
    };
    let values = Values::of(entry);
    let patient_id = grant.patient_id();
    let id = Uuid::new_v4().to_string();
    let code_system = entry.code.system.clone().unwrap_or_default();
    let category = entry.category;
    let series: Option<(String, i64)> = sqlx::query_as(
        "SELECT id, latest_effective_at FROM result_series WHERE patient_id = $1 AND code_system = $2 AND code = $3",
    )
    .bind(patient_id)
    .bind(&code_system)
    .bind(&entry.code.code)
    .fetch_optional(&mut **tx)
    .await?;
    let now = now_ms();
    let series_id = match series {
        Some((series_id, latest_at)) => {
            let newer = entry.effective_at >= latest_at;
            // A result a publisher named makes the test the publisher's name (see migration 0009).
            sqlx::query(
                "UPDATE result_series SET result_count = result_count + 1, latest_recorded_at = $5, \
                 latest_result_id = CASE WHEN $1 = 1 THEN $2 ELSE latest_result_id END, \
                 latest_effective_at = CASE WHEN $1 = 1 THEN $3 ELSE latest_effective_at END, \
                 display = CASE WHEN $6 = 'sent' AND name_origin = 'catalogue' THEN $7 ELSE display END, \
                 name_origin = CASE WHEN $6 = 'sent' THEN 'sent' ELSE name_origin END WHERE id = $4",
            )
            .bind(i64::from(newer))
            .bind(&id)
            .bind(entry.effective_at)
            .bind(&series_id)
            .bind(now)
            .bind(entry.name_origin.as_str())
            .bind(&entry.code.display)
            .execute(&mut **tx)
            .await?;
            series_id
        }
        None => {
            let series_id = Uuid::new_v4().to_string();
            sqlx::query(
                "INSERT INTO result_series (id, patient_id, code_system, code, display, category, latest_result_id, \
                 latest_effective_at, latest_recorded_at, result_count, name_origin) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10)",
            )
            .bind(&series_id)
            .bind(patient_id)
            .bind(&code_system)
            .bind(&entry.code.code)
            .bind(&entry.code.display)
            .bind(category.as_str())
            .bind(&id)
            .bind(entry.effective_at)
            .bind(now)
            .bind(entry.name_origin.as_str())
            .execute(&mut **tx)
            .await?;
            series_id
        }
    };
    sqlx::query(
        "INSERT INTO results (id, patient_id, series_id, source, report_id, value_number, value_text, unit, \
         range_low, range_high, range_text, flag, effective_at, issued_at, performer_id, recorded_at, origin, \
         entered_by, unit_code, value_system, value_code) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
    )
    .persistent(false) // see NULL_DOUBLE below
    .bind(&id)
    .bind(patient_id)
    .bind(&series_id)
    .bind(key)
    .bind(report_id)
    .bind(values.number)
    .bind(values.text.as_deref())
    .bind(values.unit.as_deref())
    .bind(values.low)
    .bind(values.high)
    .bind(values.range_text.as_deref())
    .bind(values.flag.map(Flag::as_str))
    .bind(values.effective_at)
    .bind(values.issued_at)
    .bind(performer_id)
    .bind(now)
    .bind(
        match from {
            Source::EnteredBy(_) | Source::MovedFromPatient => Origin::Patient,
            Source::Sent if entry.from_device => Origin::Device,
            Source::Sent => Origin::Publisher,
        }
        .as_str(),
    )
    .bind(entered)
    .bind(values.unit_code.as_deref())
    .bind(values.value_system.as_deref())
    .bind(values.value_code.as_deref())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Adds a reading the patient's side entered in the portal (`entered_by`: the account that
/// typed it), under its own key: never a publisher's result, never corrected by one.
pub(crate) async fn add_entered(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    entry: &ResultEntry,
    entered_by: &str,
) -> Result<()> {
    add(tx, grant, key, entry, None, None, Source::EnteredBy(entered_by)).await
}
