//! Measurements: weight, height, blood pressure, heart rate, blood glucose, temperature, oxygen
//! saturation and pain — entered by the patient's side in the portal, sent by professionals,
//! laboratories and devices. They are vital-sign results ([`super::results`], one series per
//! LOINC code), so one chart holds every reading of a measurement whoever took it, each saying
//! where it came from ([`results::Origin`]). A professional who may read the record sets a target range
//! for one patient's measurement ([`Target`]); readings outside it are flagged against it.
//!
//! Read with [`ReadAction::Measurements`](crate::policy::ReadAction::Measurements) (a
//! caregiver's `measurements` scope), entered with `measure.record`, targets set with
//! `measure.target`: each a policy decision in the audit log.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use uuid::Uuid;

use super::publish::{catalogue_test, lab_test_message, parse_moment, parse_number, LOINC_SYSTEM};
use super::results::{self, Measure, Series};
use super::Flag;
use crate::access::{self, Access};
use crate::clock::now_ms;
use crate::db::Db;
use crate::error::Problem;
use crate::fhir::{Coding, NameOrigin, ReferenceRange, ResultCategory, ResultEntry, ResultValue};
use crate::policy::{Actor, MeasureChange, Subject, WriteAction};
use crate::{Error, Result};

/// The LOINC codes measurements are stored under (those of the FHIR vital-signs profile, and
/// a capillary glucose and a pain score).
pub mod code {
    pub const SYSTOLIC: &str = "8480-6";
    pub const DIASTOLIC: &str = "8462-4";
    pub const WEIGHT: &str = "29463-7";
    pub const HEIGHT: &str = "8302-2";
    pub const HEART_RATE: &str = "8867-4";
    pub const GLUCOSE: &str = "2339-0";
    pub const TEMPERATURE: &str = "8310-5";
    pub const OXYGEN: &str = "59408-5";
    pub const PAIN: &str = "72514-3";
}

/// What one measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    BloodPressure,
    Weight,
    Height,
    HeartRate,
    Glucose,
    Temperature,
    Oxygen,
    Pain,
}

impl Kind {
    /// In the order the measurements page lists them.
    pub const ALL: [Kind; 8] = [
        Kind::BloodPressure,
        Kind::Weight,
        Kind::Height,
        Kind::HeartRate,
        Kind::Glucose,
        Kind::Temperature,
        Kind::Oxygen,
        Kind::Pain,
    ];

    /// Its name in addresses and forms (`/measurements/blood-pressure`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::BloodPressure => "blood-pressure",
            Kind::Weight => "weight",
            Kind::Height => "height",
            Kind::HeartRate => "heart-rate",
            Kind::Glucose => "glucose",
            Kind::Temperature => "temperature",
            Kind::Oxygen => "oxygen",
            Kind::Pain => "pain",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == slug)
    }

    /// The tests it is stored as: a blood pressure is two (systolic, diastolic).
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            Kind::BloodPressure => &[code::SYSTOLIC, code::DIASTOLIC],
            Kind::Weight => &[code::WEIGHT],
            Kind::Height => &[code::HEIGHT],
            Kind::HeartRate => &[code::HEART_RATE],
            Kind::Glucose => &[code::GLUCOSE],
            Kind::Temperature => &[code::TEMPERATURE],
            Kind::Oxygen => &[code::OXYGEN],
            Kind::Pain => &[code::PAIN],
        }
    }

    /// The measurement a test's code belongs to.
    pub fn of_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.codes().contains(&code))
    }
}

/// The unit a test is entered and shown in ("kg", "mmHg").
pub fn unit(code: &str) -> &'static str {
    catalogue_test(code).map_or("", |(test, _)| test.unit)
}

/// What a reading of `code` can be at all: beyond, it is a typing mistake (a weight of 0 or
/// 900 kg, a temperature of 52 °C), refused rather than charted.
pub fn possible(code: &str) -> (f64, f64) {
    match code {
        code::SYSTOLIC => (50.0, 300.0),
        code::DIASTOLIC => (20.0, 200.0),
        code::WEIGHT => (0.5, 400.0),
        code::HEIGHT => (20.0, 250.0),
        code::HEART_RATE => (20.0, 300.0),
        code::GLUCOSE => (0.1, 10.0),
        code::TEMPERATURE => (30.0, 45.0),
        code::OXYGEN => (50.0, 100.0),
        code::PAIN => (0.0, 10.0),
        _ => (f64::NAN, f64::NAN),
    }
}

/// A value typed for `code`, checked: a number (`68,5` or `68.5`) that is possible; a pain
/// score is a whole number.
fn value_of(code: &str, text: &str) -> Option<f64> {
    let value = parse_number(text)?;
    let (low, high) = possible(code);
    let whole = code != code::PAIN || value.fract() == 0.0;
    (value >= low && value <= high && whole).then_some(value)
}

/// A reading as the form sends it.
#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    /// [`Kind::as_str`].
    pub kind: &'a str,
    /// The value; for a blood pressure, the systolic.
    pub value: &'a str,
    /// A blood pressure's diastolic.
    pub diastolic: &'a str,
    /// `YYYY-MM-DDTHH:MM` in the clinic's zone; empty: now.
    pub taken_at: &'a str,
}

/// A reading checked: each test's value, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub kind: Kind,
    pub values: Vec<(&'static str, f64)>,
    pub effective_at: i64,
}

impl Entry<'_> {
    /// Checks the form: a measurement one may enter, possible values (a systolic above the
    /// diastolic), a moment that is real and not in the future.
    pub fn check(&self, zone: &TimeZone) -> Result<Checked> {
        let kind = Kind::from_slug(self.kind).ok_or(Error::Invalid(Problem::MeasureValue))?;
        let read = |code: &'static str, text: &str| -> Result<(&'static str, f64)> {
            value_of(code, text).map(|v| (code, v)).ok_or(Error::Invalid(Problem::MeasureValue))
        };
        let values = match kind {
            Kind::BloodPressure => {
                let (systolic, diastolic) = (read(code::SYSTOLIC, self.value)?, read(code::DIASTOLIC, self.diastolic)?);
                if systolic.1 <= diastolic.1 {
                    return Err(Error::Invalid(Problem::MeasurePressureOrder));
                }
                vec![systolic, diastolic]
            }
            kind => vec![read(kind.codes()[0], self.value)?],
        };
        let effective_at = match self.taken_at.trim() {
            "" => now_ms(),
            text => parse_moment(text, zone).ok_or(Error::Invalid(Problem::MeasureMoment))?,
        };
        Ok(Checked { kind, values, effective_at })
    }
}

/// Enters a reading in the record `actor` acts on (their own, or the one they act for): one
/// result per test, under the patient's own key, with the usual range of the catalogue (a
/// professional's target, if any, is judged when shown). Returns the measurement entered.
pub async fn record(db: &Db, actor: &Actor, entry: &Entry<'_>) -> Result<Kind> {
    let checked = entry.check(&db.zone())?;
    let id = Uuid::new_v4().to_string();
    let action = WriteAction::Measure(MeasureChange::Record);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(&id)).await?;
    let entered_by = actor.account_id().ok_or(Error::NotFound)?;
    let (tx, grant) = access.parts();
    for (code, value) in &checked.values {
        let usual = catalogue_test(code).map(|(test, _)| test);
        let entry = ResultEntry {
            source: String::new(),
            patient: 0,
            category: ResultCategory::VitalSigns,
            code: Coding {
                system: Some(LOINC_SYSTEM.into()),
                code: (*code).into(),
                display: crate::i18n::Locale::Fr.t(&lab_test_message(code)),
            },
            name_origin: NameOrigin::Catalogue,
            value: Some(ResultValue::Quantity {
                value: *value,
                unit: Some(unit(code).into()),
                unit_code: super::publish::ucum_code(unit(code)).map(str::to_string),
            }),
            range: usual.filter(|t| t.low.is_some() || t.high.is_some()).map(|t| ReferenceRange {
                low: t.low,
                high: t.high,
                text: None,
            }),
            flag: None,
            effective_at: checked.effective_at,
            issued_at: None,
            performer: None,
            from_device: false,
            declared: false,
        };
        results::add_entered(tx, grant, &format!("patient|{id}#{code}"), &entry, entered_by).await?;
    }
    access.commit().await?;
    Ok(checked.kind)
}

/// The range a professional set for one patient's measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Who set it, and when.
    pub set_by: String,
    pub set_at: i64,
}

impl Target {
    /// Below or above the target; `None` within it.
    pub fn judge(&self, value: f64) -> Option<Flag> {
        Flag::from_range(value, self.low, self.high).filter(|f| f.is_out_of_range())
    }

    /// A reading as judged against the target rather than the usual range: its range is the
    /// target, its flag says whether it is outside.
    pub fn apply(&self, mut measure: Measure) -> Measure {
        measure.range_low = self.low;
        measure.range_high = self.high;
        measure.range_text = None;
        measure.flag = measure.number.map(|v| self.judge(v).unwrap_or(Flag::Normal));
        measure
    }
}

/// One test of a measurement in a record: its latest reading (`None`: never measured) and the
/// patient's target.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub code: &'static str,
    pub series: Option<Series>,
    pub target: Option<Target>,
}

impl Track {
    /// The latest reading, judged against the target when there is one.
    pub fn latest(&self) -> Option<Measure> {
        let latest = self.series.as_ref()?.latest.clone();
        Some(match &self.target {
            Some(target) => target.apply(latest),
            None => latest,
        })
    }
}

/// Every measurement of the record with its tests' latest readings and targets, in
/// [`Kind::ALL`]'s order.
pub async fn overview<K>(access: &mut Access<K>) -> Result<Vec<(Kind, Vec<Track>)>> {
    let codes: Vec<&'static str> = Kind::ALL.iter().flat_map(|k| k.codes().iter().copied()).collect();
    let mut series: HashMap<String, Series> = results::series_coded(access, LOINC_SYSTEM, &codes)
        .await?
        .into_iter()
        .map(|s| (s.name.code.clone(), s))
        .collect();
    let mut targets = targets(access).await?;
    Ok(Kind::ALL
        .into_iter()
        .map(|kind| {
            let tracks = kind
                .codes()
                .iter()
                .map(|code| Track { code, series: series.remove(*code), target: targets.remove(*code) })
                .collect();
            (kind, tracks)
        })
        .collect())
}

/// One measurement's tests in the record, with their targets.
pub async fn tracks<K>(access: &mut Access<K>, kind: Kind) -> Result<Vec<Track>> {
    let mut series: HashMap<String, Series> = results::series_coded(access, LOINC_SYSTEM, kind.codes())
        .await?
        .into_iter()
        .map(|s| (s.name.code.clone(), s))
        .collect();
    let mut targets = targets(access).await?;
    Ok(kind
        .codes()
        .iter()
        .map(|code| Track { code, series: series.remove(*code), target: targets.remove(*code) })
        .collect())
}

/// A test's readings for its chart (oldest first) and its table (newest first, the latest
/// [`super::PAGE_SIZE`]), each judged against the target when there is one.
pub async fn readings<K>(access: &mut Access<K>, track: &Track) -> Result<(Vec<Measure>, Vec<Measure>)> {
    let Some(series) = &track.series else { return Ok((Vec::new(), Vec::new())) };
    let points = results::trend(access, &series.id).await?;
    let table = results::history(access, &series.id, None).await?.items;
    let judge = |m: Measure| match &track.target {
        Some(target) if m.withdrawn.is_none() => target.apply(m),
        _ => m,
    };
    Ok((points.into_iter().map(judge).collect(), table.into_iter().map(judge).collect()))
}

/// The body mass index from the latest weight (kg) and height (cm), to one decimal.
pub fn body_mass_index(weight_kg: f64, height_cm: f64) -> Option<f64> {
    let metres = height_cm / 100.0;
    (weight_kg > 0.0 && metres > 0.0).then(|| (weight_kg / (metres * metres) * 10.0).round() / 10.0)
}

/// The targets set in the record, by test code.
pub(crate) async fn targets<K>(access: &mut Access<K>) -> Result<HashMap<String, Target>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        code: String,
        low: Option<f64>,
        high: Option<f64>,
        set_by: String,
        set_at: i64,
    }
    let (tx, grant) = access.parts();
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT t.code, t.low, t.high, COALESCE(a.display_name, t.set_by_name, '') AS set_by, t.set_at \
         FROM measurement_targets t LEFT JOIN accounts a ON a.id = t.set_by WHERE t.patient_id = $1",
    )
    .bind(grant.patient_id())
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.code, Target { low: r.low, high: r.high, set_by: r.set_by, set_at: r.set_at }))
        .collect())
}

/// Stores a target a bundle states (a FHIR Goal: a publisher's, or one the operator `moved`
/// from another Carnet's export), as a professional's set in the portal would be: it replaces
/// the one before. Set, in a moved record, by whom the Goal names; else by the publisher
/// (`publisher`), with the name the Goal gives beside it ("Dr X, Service de cardiologie"): a
/// publisher's word is never shown as a doctor's alone. When it says, else now. A target of a
/// test that is no measurement, in another unit than the measurement's, or with a bound no
/// reading can have, is not kept (`Unchanged`).
pub(crate) async fn store_target(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    grant: &crate::policy::Grant<crate::policy::Write>,
    entry: &crate::fhir::TargetEntry,
    publisher: &str,
    moved: bool,
) -> Result<super::Stored> {
    let (low_possible, high_possible) = possible(&entry.code);
    let possible = |bound: Option<f64>| bound.is_none_or(|b| b >= low_possible && b <= high_possible);
    let measured_in = unit(&entry.code);
    let same_unit =
        entry.unit.as_deref().is_none_or(|u| u == measured_in || Some(u) == super::publish::ucum_code(measured_in));
    if Kind::of_code(&entry.code).is_none() || !same_unit || !possible(entry.low) || !possible(entry.high) {
        return Ok(super::Stored::Unchanged);
    }
    let stored: Option<(Option<f64>, Option<f64>)> =
        sqlx::query_as("SELECT low, high FROM measurement_targets WHERE patient_id = $1 AND code = $2")
            .bind(grant.patient_id())
            .bind(&entry.code)
            .fetch_optional(&mut **tx)
            .await?;
    if stored == Some((entry.low, entry.high)) {
        return Ok(super::Stored::Unchanged);
    }
    let named = entry.set_by.clone().filter(|s| !s.trim().is_empty());
    let set_by = match (named, moved) {
        (Some(named), true) => named,
        (Some(named), false) if !publisher.is_empty() => format!("{named}, {publisher}"),
        (Some(named), false) => named,
        (None, _) => publisher.to_string(),
    };
    sqlx::query(
        "INSERT INTO measurement_targets (patient_id, code, low, high, set_by, set_by_name, set_at) \
         VALUES ($1, $2, $3, $4, NULL, $5, $6) ON CONFLICT (patient_id, code) DO UPDATE SET low = excluded.low, \
         high = excluded.high, set_by = NULL, set_by_name = excluded.set_by_name, set_at = excluded.set_at",
    )
    .persistent(false) // an optional f64 (see results::NULL_DOUBLE)
    .bind(grant.patient_id())
    .bind(&entry.code)
    .bind(entry.low)
    .bind(entry.high)
    .bind(set_by)
    .bind(entry.set_at.unwrap_or_else(now_ms))
    .execute(&mut **tx)
    .await?;
    Ok(if stored.is_some() { super::Stored::Corrected } else { super::Stored::Added })
}

/// A target as the professional's form sends it: bounds as typed (either may be empty; both
/// empty removes the target).
#[derive(Debug, Clone, Default)]
pub struct TargetForm<'a> {
    pub code: &'a str,
    pub low: &'a str,
    pub high: &'a str,
}

/// The bounds of a target form, checked: each empty or a possible value of the test, the low
/// one not above the high one. `None`: no target.
pub fn check_target(form: &TargetForm<'_>) -> Result<Option<(Option<f64>, Option<f64>)>> {
    let bound = |text: &str| -> Result<Option<f64>> {
        match text.trim() {
            "" => Ok(None),
            text => value_of(form.code, text).map(Some).ok_or(Error::Invalid(Problem::MeasureTarget)),
        }
    };
    let (low, high) = (bound(form.low)?, bound(form.high)?);
    match (low, high) {
        (None, None) => Ok(None),
        (Some(l), Some(h)) if l > h => Err(Error::Invalid(Problem::MeasureTarget)),
        bounds => Ok(Some(bounds)),
    }
}

/// A professional who may read `patient_id`'s record sets (or, both bounds empty, removes) the
/// target of one of its measurements' tests. Returns the measurement.
pub async fn set_target(db: &Db, actor: &Actor, patient_id: &str, form: &TargetForm<'_>) -> Result<Kind> {
    let kind = Kind::of_code(form.code).ok_or(Error::Invalid(Problem::MeasureTarget))?;
    let bounds = check_target(form)?;
    let action = WriteAction::Measure(MeasureChange::Target);
    let mut access = access::open_write_on(db, actor, Subject::Patient(patient_id), action, Some(form.code)).await?;
    let set_by = actor.account_id().ok_or(Error::NotFound)?;
    let (tx, grant) = access.parts();
    match bounds {
        None => {
            sqlx::query("DELETE FROM measurement_targets WHERE patient_id = $1 AND code = $2")
                .bind(grant.patient_id())
                .bind(form.code)
                .execute(&mut **tx)
                .await?;
        }
        Some((low, high)) => {
            sqlx::query(
                "INSERT INTO measurement_targets (patient_id, code, low, high, set_by, set_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (patient_id, code) DO UPDATE SET low = excluded.low, \
                 high = excluded.high, set_by = excluded.set_by, set_by_name = NULL, set_at = excluded.set_at",
            )
            .persistent(false) // an optional f64 (see results::NULL_DOUBLE)
            .bind(grant.patient_id())
            .bind(form.code)
            .bind(low)
            .bind(high)
            .bind(set_by)
            .bind(now_ms())
            .execute(&mut **tx)
            .await?;
        }
    }
    access.commit().await?;
    Ok(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kind: &str, value: &str, diastolic: &str, taken_at: &str) -> Result<Checked> {
        Entry { kind, value, diastolic, taken_at }.check(&TimeZone::get("Europe/Paris").unwrap())
    }

    fn problem(result: Result<Checked>) -> Problem {
        match result {
            Err(Error::Invalid(problem)) => problem,
            other => panic!("expected a problem, got {other:?}"),
        }
    }

    #[test]
    fn impossible_readings_are_refused_with_what_to_correct() {
        assert_eq!(check("weight", "68,5", "", "").unwrap().values, [(code::WEIGHT, 68.5)]);
        for weight in ["0", "900", "-3", "abc", "", "NaN", "inf", "1e400"] {
            assert_eq!(problem(check("weight", weight, "", "")), Problem::MeasureValue, "{weight}");
        }
        let pressure = check("blood-pressure", "135", "85", "2026-01-10T08:15").unwrap();
        assert_eq!(pressure.values, [(code::SYSTOLIC, 135.0), (code::DIASTOLIC, 85.0)]);
        assert_eq!(problem(check("blood-pressure", "80", "120", "")), Problem::MeasurePressureOrder);
        assert_eq!(problem(check("blood-pressure", "120", "120", "")), Problem::MeasurePressureOrder);
        assert_eq!(problem(check("blood-pressure", "120", "", "")), Problem::MeasureValue);
        assert_eq!(problem(check("pain", "3,5", "", "")), Problem::MeasureValue, "a whole score");
        assert_eq!(check("pain", "0", "", "").unwrap().values, [(code::PAIN, 0.0)]);
        assert_eq!(problem(check("temperature", "52", "", "")), Problem::MeasureValue);
        assert_eq!(problem(check("cholesterol", "1", "", "")), Problem::MeasureValue);
        assert_eq!(problem(check("weight", "70", "", "2999-01-01T10:00")), Problem::MeasureMoment);
        assert_eq!(problem(check("weight", "70", "", "31/02/2020")), Problem::MeasureMoment);
        assert_eq!(problem(check("weight", "70", "", "1850-01-01T10:00")), Problem::MeasureMoment);
    }

    #[test]
    fn a_target_flags_what_is_outside_it_and_only_that() {
        let target = Target { low: None, high: Some(135.0), set_by: "Dr Benali".into(), set_at: 0 };
        assert_eq!(target.judge(150.0), Some(Flag::High));
        assert_eq!(target.judge(135.0), None, "the bound is inside");
        assert_eq!(target.judge(90.0), None);
        let low = Target { low: Some(60.0), high: Some(80.0), ..target };
        assert_eq!(low.judge(59.9), Some(Flag::Low));
        let ok = |low: &str, high: &str| check_target(&TargetForm { code: code::SYSTOLIC, low, high });
        assert_eq!(ok("", "135").unwrap(), Some((None, Some(135.0))));
        assert_eq!(ok("", "").unwrap(), None, "both empty: no target");
        for (low, high) in [("140", "120"), ("", "900"), ("x", "")] {
            assert!(matches!(ok(low, high), Err(Error::Invalid(Problem::MeasureTarget))), "{low} {high}");
        }
    }

    #[test]
    fn the_body_mass_index_is_weight_over_height_squared() {
        assert_eq!(body_mass_index(68.5, 165.0), Some(25.2));
        assert_eq!(body_mass_index(70.0, 0.0), None);
    }

    #[test]
    fn every_test_of_a_measurement_is_in_the_catalogue_with_a_unit() {
        for kind in Kind::ALL {
            for code in kind.codes() {
                assert!(!unit(code).is_empty(), "{code}");
                assert_eq!(Kind::of_code(code), Some(kind));
                assert_eq!(Kind::from_slug(kind.as_str()), Some(kind));
            }
        }
    }
}
