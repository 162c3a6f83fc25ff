//! What professionals publish from the portal's forms — a set of results, a report (a PDF), a
//! prescription (a PDF and the treatments it contains), a vaccination — turned into a FHIR [`Bundle`] and stored by the same import as any bundle,
//! with [`WriteAction::Publish`](crate::policy::WriteAction::Publish): the patient is named by
//! INS and birth date and must already have a record; the professional is the author.
//!
//! The tests and vaccines offered are a catalogue (LOINC and CVX codes with usual units and
//! reference ranges): laboratory tests and vital signs; their names are the Fluent messages
//! `lab-test-<code>` and `vaccine-<code>`.
//!
//! A professional names the patient by INS and birth date, or publishes from a record they may
//! read, whose INS and birth date are then read through the policy ([`named_in_record`]).

use crate::access;
use crate::error::Problem;
use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use uuid::Uuid;

use super::documents::Kind;
use super::files::{sniff, FileType};
use super::health_profile::plain_line;
use super::patients::{HealthId, INS_SYSTEM};
use super::schedule::CVX_SYSTEM;
use crate::fhir::{
    Attachment, AuthorEntry, AuthorKind, Bundle, Coding, DocumentEntry, Identifier, Linked, NameOrigin, PatientEntry,
    ProfileEntry, ProfileKind, ReferenceRange, ResultCategory, ResultEntry, ResultValue, VaccinationEntry,
};
use crate::text::single_line;
use crate::{Error, Result};

/// The LOINC code system, which the catalogue's tests belong to.
pub use crate::fhir::LOINC_SYSTEM;

/// A laboratory test professionals may publish: LOINC code, unit, usual reference range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabTest {
    pub code: &'static str,
    pub unit: &'static str,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

const fn test(code: &'static str, unit: &'static str, low: Option<f64>, high: Option<f64>) -> LabTest {
    LabTest { code, unit, low, high }
}

/// Usual tests of a French lab, with adult reference ranges (a lab's own range may be typed
/// instead).
pub const LAB_TESTS: [LabTest; 15] = [
    test("1558-6", "g/L", Some(0.70), Some(1.10)),
    test("4548-4", "%", Some(4.0), Some(6.0)),
    test("2093-3", "g/L", None, Some(2.00)),
    test("13457-7", "g/L", None, Some(1.60)),
    test("2085-9", "g/L", Some(0.40), None),
    test("2571-8", "g/L", None, Some(1.50)),
    test("2160-0", "mg/L", Some(5.7), Some(11.1)),
    test("718-7", "g/dL", Some(12.0), Some(16.0)),
    test("6690-2", "G/L", Some(4.0), Some(10.0)),
    test("777-3", "G/L", Some(150.0), Some(400.0)),
    test("3016-3", "mUI/L", Some(0.4), Some(4.0)),
    test("2276-4", "µg/L", Some(15.0), Some(150.0)),
    test("1988-5", "mg/L", None, Some(5.0)),
    test("2951-2", "mmol/L", Some(136.0), Some(145.0)),
    test("2823-3", "mmol/L", Some(3.5), Some(5.1)),
];

/// Vital signs professionals may publish (LOINC codes of the FHIR vital-signs profile), with
/// adult reference values where one is usual.
pub const VITAL_SIGNS: [LabTest; 9] = [
    test("8480-6", "mmHg", Some(90.0), Some(140.0)),
    test("8462-4", "mmHg", Some(60.0), Some(90.0)),
    test("8867-4", "/min", Some(60.0), Some(100.0)),
    test("29463-7", "kg", None, None),
    test("8302-2", "cm", None, None),
    test("8310-5", "°C", Some(36.1), Some(37.8)),
    test("59408-5", "%", Some(95.0), None),
    // Measured at any time of day (a fasting one is the laboratory's 1558-6): no usual range.
    test("2339-0", "g/L", None, None),
    test("72514-3", "/10", None, None),
];

/// The UCUM code of a unit of the catalogue, as French laboratories write it ("G/L" is 10⁹ per
/// litre, "mUI/L" milli-international units per litre).
pub fn ucum_code(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "g/L" => "g/L",
        "g/dL" => "g/dL",
        "mg/L" => "mg/L",
        "µg/L" => "ug/L",
        "mmol/L" => "mmol/L",
        "mUI/L" => "m[IU]/L",
        "G/L" => "10*9/L",
        "%" => "%",
        "mmHg" => "mm[Hg]",
        "/min" => "/min",
        "kg" => "kg",
        "cm" => "cm",
        "°C" => "Cel",
        "/10" => "{score}",
        _ => return None,
    })
}

/// A test of the catalogue by LOINC code, with its category.
pub fn catalogue_test(code: &str) -> Option<(&'static LabTest, ResultCategory)> {
    LAB_TESTS
        .iter()
        .find(|t| t.code == code)
        .map(|t| (t, ResultCategory::Laboratory))
        .or_else(|| VITAL_SIGNS.iter().find(|t| t.code == code).map(|t| (t, ResultCategory::VitalSigns)))
}

/// Vaccines professionals may record (CVX codes; the schedule knows each of them).
pub const VACCINES: [&str; 14] =
    ["146", "115", "113", "03", "08", "133", "216", "203", "163", "165", "187", "140", "208", "119"];

/// Rows of the results form.
pub const RESULT_ROWS: usize = 5;

/// The Fluent id of a catalogue test's name.
pub fn lab_test_message(code: &str) -> String {
    format!("lab-test-{code}")
}

/// The Fluent id of a catalogue vaccine's name.
pub fn vaccine_message(code: &str) -> String {
    format!("vaccine-{code}")
}

/// The professional publishing, as the documents and results will name them.
#[derive(Debug, Clone)]
pub struct Publisher<'a> {
    pub account_id: &'a str,
    pub name: &'a str,
}

/// Who the publication is for, as typed: INS and birth date.
#[derive(Debug, Clone)]
pub struct PatientNamed {
    pub health_id: HealthId,
    pub birth_date: Date,
}

impl PatientNamed {
    pub fn parse(health_id: &str, birth_date: &str) -> Result<Self> {
        let health_id = HealthId::parse(health_id)?;
        let birth_date = parse_past_date(birth_date).ok_or(Error::Invalid(Problem::BirthDateInvalid))?;
        Ok(PatientNamed { health_id, birth_date })
    }
}

/// The record a professional publishes from: whose it is, and how a publication names it.
#[derive(Debug, Clone)]
pub struct RecordIdentity {
    pub patient_id: String,
    /// "Given Family".
    pub name: String,
    pub birth_date: Option<Date>,
    /// INS and birth date, when the record has both (a publication needs them).
    pub named: Option<PatientNamed>,
    /// The professional reads it through an emergency access.
    pub emergency: bool,
}

/// The identity of the record `patient_id`, for a professional publishing into it from the
/// record rather than typing who it is for. A read of the record ([`ReadAction::Identity`]):
/// the professional must be allowed to read it (consent or emergency access); otherwise, as for
/// an unknown record, [`Error::NotFound`].
///
/// [`ReadAction::Identity`]: crate::policy::ReadAction::Identity
pub async fn named_in_record(
    db: &crate::db::Db,
    actor: &crate::policy::Actor,
    patient_id: &str,
) -> Result<RecordIdentity> {
    use crate::policy::{self, ReadAction, Subject};
    let mut access = access::open_read(db, actor, Subject::Patient(patient_id), ReadAction::Identity).await?;
    let profile = super::patients::profile(&mut access).await?;
    let emergency = matches!(access.viewer(), policy::Viewer::Professional { emergency: true, .. });
    access.commit().await?;
    let named = match (&profile.health_id, profile.birth_date) {
        (Some(health_id), Some(birth_date)) => {
            HealthId::parse(health_id).ok().map(|health_id| PatientNamed { health_id, birth_date })
        }
        _ => None,
    };
    Ok(RecordIdentity {
        name: format!("{} {}", profile.given_names, profile.family_name).trim().to_string(),
        patient_id: profile.id,
        birth_date: profile.birth_date,
        named,
        emergency,
    })
}

/// One row of the results form, as typed (empty rows are skipped).
#[derive(Debug, Clone, Default)]
pub struct ResultRow {
    pub code: String,
    pub value: String,
    pub low: String,
    pub high: String,
}

pub(crate) fn parse_past_date(text: &str) -> Option<Date> {
    let date: Date = text.trim().parse().ok()?;
    (date <= crate::clock::now().to_zoned(jiff::tz::TimeZone::system()).date() && date.year() >= 1900).then_some(date)
}

/// A number as people type it: `1,18` or `1.18`.
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}

/// A date (`YYYY-MM-DD`) or local date-time (`YYYY-MM-DDTHH:MM`) in the clinic's zone, not in
/// the future, as ms since the epoch.
pub(crate) fn parse_moment(text: &str, zone: &TimeZone) -> Option<i64> {
    let text = text.trim();
    let local: DateTime = match text.parse::<DateTime>() {
        Ok(dt) => dt,
        Err(_) => text.parse::<Date>().ok()?.at(12, 0, 0, 0),
    };
    let ms = local.to_zoned(zone.clone()).ok()?.timestamp().as_millisecond();
    (ms <= crate::clock::now_ms() + 60_000 && local.year() >= 1900).then_some(ms)
}

/// A professional publishing from the portal, as the author of what they publish: their
/// account (`urn:carnet:account|<id>`) and their name.
pub(crate) fn account_author(account_id: &str, name: &str) -> AuthorEntry {
    AuthorEntry {
        source: "Practitioner/publisher".into(),
        kind: AuthorKind::Practitioner,
        name: name.into(),
        identifiers: vec![Identifier { system: crate::policy::ACCOUNT_AUTHOR_SYSTEM.into(), value: account_id.into() }],
        name_parts: None,
    }
}

fn skeleton(patient: &PatientNamed, publisher: &Publisher<'_>) -> Bundle {
    Bundle {
        patients: vec![PatientEntry {
            source: "Patient/publication".into(),
            identifiers: vec![Identifier { system: INS_SYSTEM.into(), value: patient.health_id.as_str().into() }],
            family: String::new(),
            given: String::new(),
            birth_date: Some(patient.birth_date),
            gender: None,
            addresses: Vec::new(),
        }],
        authors: vec![account_author(publisher.account_id, publisher.name)],
        ignored: BTreeMap::new(),
        ..Bundle::default()
    }
}

/// A set of results taken at one moment. `name` gives a test's name in the publisher's language.
pub fn results(
    patient: &PatientNamed,
    publisher: &Publisher<'_>,
    taken_at: &str,
    rows: &[ResultRow],
    zone: &TimeZone,
    name: impl Fn(&str) -> String,
) -> Result<Bundle> {
    let effective_at = parse_moment(taken_at, zone).ok_or(Error::Invalid(Problem::PublishDateInvalid))?;
    let mut bundle = skeleton(patient, publisher);
    let batch = Uuid::new_v4();
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| !(r.code.is_empty() && r.value.trim().is_empty())) {
        let (test, category) = catalogue_test(&row.code).ok_or(Error::Invalid(Problem::PublishTestUnknown))?;
        let value = parse_number(&row.value).ok_or(Error::Invalid(Problem::PublishValueInvalid))?;
        let bound = |typed: &str, usual: Option<f64>| -> Result<Option<f64>> {
            if typed.trim().is_empty() {
                Ok(usual)
            } else {
                parse_number(typed).map(Some).ok_or(Error::Invalid(Problem::PublishRangeInvalid))
            }
        };
        let (low, high) = (bound(&row.low, test.low)?, bound(&row.high, test.high)?);
        if matches!((low, high), (Some(l), Some(h)) if l > h) {
            return Err(Error::Invalid(Problem::PublishRangeInvalid));
        }
        bundle.results.push(ResultEntry {
            source: format!("publication/{batch}/{i}"),
            patient: 0,
            category,
            code: Coding { system: Some(LOINC_SYSTEM.into()), code: test.code.into(), display: name(test.code) },
            name_origin: NameOrigin::Catalogue,
            value: Some(ResultValue::Quantity {
                value,
                unit: Some(test.unit.into()),
                unit_code: ucum_code(test.unit).map(str::to_string),
            }),
            range: (low.is_some() || high.is_some()).then_some(ReferenceRange { low, high, text: None }),
            flag: None,
            effective_at,
            issued_at: Some(crate::clock::now_ms()),
            performer: Some(0),
            from_device: false,
            declared: false,
        });
    }
    if bundle.results.is_empty() {
        return Err(Error::Invalid(Problem::PublishNoResults));
    }
    Ok(bundle)
}

/// What a professional publishes as a report, as their form gives it.
pub struct ReportForm<'a> {
    pub title: &'a str,
    pub kind: Kind,
    /// The date typed (`YYYY-MM-DD`).
    pub date: &'a str,
    pub bytes: &'a [u8],
    /// Hidden from a minor's legal representatives from the start.
    pub hidden_from_representatives: bool,
}

/// A report: a PDF with its title, kind and date.
pub fn report(
    patient: &PatientNamed,
    publisher: &Publisher<'_>,
    form: &ReportForm<'_>,
    zone: &TimeZone,
) -> Result<Bundle> {
    let ReportForm { title, kind, date, bytes, hidden_from_representatives } = *form;
    let title = single_line(title, 200).ok_or(Error::Invalid(Problem::UploadTitle))?;
    let date = parse_moment(date, zone).ok_or(Error::Invalid(Problem::PublishDateInvalid))?;
    checked_pdf(bytes)?;
    let mut bundle = skeleton(patient, publisher);
    bundle.documents.push(pdf_document(kind, title, date, bytes, hidden_from_representatives));
    Ok(bundle)
}

/// A PDF a professional sends: there, not too large, a PDF.
fn checked_pdf(bytes: &[u8]) -> Result<()> {
    if bytes.is_empty() {
        return Err(Error::Invalid(Problem::UploadMissing));
    }
    if bytes.len() > super::documents::MAX_UPLOAD_BYTES {
        return Err(Error::Invalid(Problem::UploadTooLarge));
    }
    if sniff(bytes) != Some(FileType::Pdf) {
        return Err(Error::Invalid(Problem::PublishNotPdf));
    }
    Ok(())
}

/// The document a form publishes: a PDF of `kind`, by the publisher (the bundle's author 0).
fn pdf_document(kind: Kind, title: &str, date: i64, bytes: &[u8], hidden_from_representatives: bool) -> DocumentEntry {
    DocumentEntry {
        source: format!("publication/{}", Uuid::new_v4()),
        patient: 0,
        kind: kind.loinc().map(|code| Coding {
            system: Some(LOINC_SYSTEM.into()),
            code: code.into(),
            display: title.into(),
        }),
        title: title.into(),
        date: Some(date),
        authors: vec![0],
        content: Attachment {
            content_type: FileType::Pdf.mime().into(),
            title: Some(format!("{title}.pdf")),
            data: bytes.to_vec(),
        },
        replaces: None,
        treatments: Vec::new(),
        hidden_from_representatives,
    }
}

/// Rows of the prescription form.
pub const PRESCRIPTION_ROWS: usize = 4;

/// One treatment of the prescription form, as typed (empty rows are skipped).
#[derive(Debug, Clone, Default)]
pub struct TreatmentRow {
    /// The medication, its strength and form ("Amlodipine 5 mg, comprimé").
    pub name: String,
    /// How to take it ("1 comprimé le matin").
    pub dosage: String,
    /// For how many days, optional (a treatment without an end goes on until stopped).
    pub days: String,
}

/// The longest treatment a prescription form gives, in days (a year: the longest a French
/// prescription may run).
pub const MAX_PRESCRIPTION_DAYS: i64 = 365;

/// The prescription form, as typed.
#[derive(Debug, Clone, Copy)]
pub struct PrescriptionForm<'a> {
    /// The document's title: the word for a prescription in the publisher's language.
    pub title: &'a str,
    /// The date typed (`YYYY-MM-DD`).
    pub date: &'a str,
    pub rows: &'a [TreatmentRow],
    /// The signed prescription, a PDF.
    pub bytes: &'a [u8],
    /// Hidden from a minor's legal representatives from the start, with its treatments.
    pub hidden_from_representatives: bool,
}

/// A prescription: its PDF, and the treatments it contains, each a prescribed treatment of the patient's health profile
/// (from the prescription's date, for the days typed) linked to the prescription; all of it
/// hidden from a minor's legal representatives when the professional says so.
pub fn prescription(
    patient: &PatientNamed,
    publisher: &Publisher<'_>,
    form: &PrescriptionForm<'_>,
    zone: &TimeZone,
) -> Result<Bundle> {
    let PrescriptionForm { title, date, rows, bytes, hidden_from_representatives } = *form;
    let date = parse_moment(date, zone).ok_or(Error::Invalid(Problem::PublishDateInvalid))?;
    let mut treatments = Vec::new();
    for row in
        rows.iter().filter(|r| !(r.name.trim().is_empty() && r.dosage.trim().is_empty() && r.days.trim().is_empty()))
    {
        let name = plain_line(&row.name, 200).ok_or(Error::Invalid(Problem::ProfileName))?;
        let dosage = match row.dosage.trim() {
            "" => None,
            dosage => Some(plain_line(dosage, 500).ok_or(Error::Invalid(Problem::ProfileDetail))?),
        };
        let ended_at = match row.days.trim() {
            "" => None,
            days => {
                let days = days
                    .parse::<i64>()
                    .ok()
                    .filter(|d| (1..=MAX_PRESCRIPTION_DAYS).contains(d))
                    .ok_or(Error::Invalid(Problem::PrescriptionDays))?;
                Some(date + days * 86_400_000)
            }
        };
        treatments.push(ProfileEntry {
            source: format!("MedicationRequest/{}", Uuid::new_v4()),
            patient: 0,
            kind: ProfileKind::Medication,
            code: Coding { system: None, code: String::new(), display: name },
            status: "active".into(),
            verification: None,
            category: Some("request".into()),
            criticality: None,
            severity: None,
            detail: dosage,
            started_at: Some(date),
            ended_at,
            asserted_at: Some(date),
            author: Some(0),
            place: None,
            hidden_from_representatives,
            declared: false,
            restricted: false,
            document: None,
            patient_note: None,
        });
    }
    if treatments.is_empty() {
        return Err(Error::Invalid(Problem::PrescriptionEmpty));
    }
    checked_pdf(bytes)?;
    let mut bundle = skeleton(patient, publisher);
    let mut document = pdf_document(Kind::Prescription, title, date, bytes, hidden_from_representatives);
    document.treatments = treatments.iter().map(|t| Linked::InBundle(t.source.clone())).collect();
    bundle.documents.push(document);
    bundle.profile = treatments;
    Ok(bundle)
}

/// An allergy, a health problem, a procedure (an operation, an act), a hospital stay or an
/// emergency visit, as a professional records it from the form (checked as a patient's
/// declaration is, [`super::health_profile::Declaration::check`]).
#[derive(Debug, Clone, Copy)]
pub struct ProfileForm<'a> {
    /// `allergy`, `condition`, `procedure`, `stay` or `emergency`.
    pub kind: &'a str,
    /// The substance, the problem, the procedure, the stay (the ward, what for).
    pub name: &'a str,
    /// The reaction, the reason for a procedure or a stay, a remark: optional.
    pub detail: &'a str,
    /// `YYYY-MM-DD`, optional: since when; the day a procedure was done; the day of admission.
    pub since: &'a str,
    /// `YYYY-MM-DD`, optional: a problem healed on that day; the last day of a procedure that
    /// took several; the day the patient left.
    pub until: &'a str,
    /// Where a stay or a visit took place (a hospital): optional, one line.
    pub place: &'a str,
    /// An allergy with a high risk (a severe reaction is to be feared).
    pub high_risk: bool,
}

/// An allergy, a problem or a procedure the professional recorded, confirmed by them (a
/// procedure: done, by them): an item of the health profile they are the author of (`today` is
/// the clinic's, for the dates' checks: a procedure recorded here is one already done).
pub fn profile_item(
    patient: &PatientNamed,
    publisher: &Publisher<'_>,
    form: &ProfileForm<'_>,
    today: Date,
) -> Result<Bundle> {
    // A procedure's and a stay's fields follow a problem's rules (a name, a detail, dates in
    // order); a stay is an encounter of its class (inpatient, emergency).
    let (kind, checked_as, class) = match form.kind {
        "allergy" => (ProfileKind::Allergy, "allergy", None),
        "condition" => (ProfileKind::Condition, "condition", None),
        "procedure" => (ProfileKind::Procedure, "condition", None),
        "stay" => (ProfileKind::Encounter, "condition", Some("IMP")),
        "emergency" => (ProfileKind::Encounter, "condition", Some("EMER")),
        _ => return Err(Error::Invalid(Problem::ProfileName)),
    };
    let until = if kind == ProfileKind::Allergy { "" } else { form.until };
    let declaration = super::health_profile::Declaration {
        kind: checked_as,
        name: form.name,
        detail: form.detail,
        since: form.since,
        until,
        ..Default::default()
    };
    let checked = declaration.check(today)?;
    let place = match form.place.trim() {
        "" => None,
        _ if class.is_none() => None,
        place => Some(super::health_profile::plain_line(place, 200).ok_or(Error::Invalid(Problem::PublishPlace))?),
    };
    let mut bundle = skeleton(patient, publisher);
    let (resource_type, status, verification) = match kind {
        ProfileKind::Allergy => ("AllergyIntolerance", checked.status, Some("confirmed")),
        // Recorded once done: an operation performed, a stay over.
        ProfileKind::Procedure => ("Procedure", "completed", None),
        ProfileKind::Encounter => ("Encounter", "finished", None),
        _ => ("Condition", checked.status, Some("confirmed")),
    };
    let place = place.map(|name| {
        bundle.authors.push(AuthorEntry {
            source: "Organization/place".into(),
            kind: AuthorKind::Organization,
            name,
            identifiers: Vec::new(),
            name_parts: None,
        });
        bundle.authors.len() - 1
    });
    let mut entry = ProfileEntry::new(format!("{resource_type}/{}", Uuid::new_v4()), 0, kind);
    entry.code.display = checked.display;
    entry.status = status.into();
    entry.verification = verification.map(str::to_string);
    entry.category = class.map(str::to_string);
    entry.criticality = (kind == ProfileKind::Allergy && form.high_risk).then(|| "high".into());
    entry.detail = checked.detail;
    entry.started_at = checked.started_at;
    entry.ended_at = checked.ended_at;
    entry.asserted_at = Some(crate::clock::now_ms());
    entry.author = Some(0);
    entry.place = place;
    bundle.profile.push(entry);
    Ok(bundle)
}

/// One vaccination. `name` gives the vaccine's name in the publisher's language.
#[allow(clippy::too_many_arguments)]
pub fn vaccination(
    patient: &PatientNamed,
    publisher: &Publisher<'_>,
    vaccine: &str,
    date: &str,
    dose: &str,
    lot: &str,
    zone: &TimeZone,
    name: impl Fn(&str) -> String,
) -> Result<Bundle> {
    let code = VACCINES.iter().find(|v| **v == vaccine).ok_or(Error::Invalid(Problem::PublishVaccineUnknown))?;
    let occurred_at = parse_moment(date, zone).ok_or(Error::Invalid(Problem::PublishDateInvalid))?;
    let dose_number = match dose.trim() {
        "" => None,
        text => Some(
            text.parse::<u32>()
                .ok()
                .filter(|d| (1..=20).contains(d))
                .ok_or(Error::Invalid(Problem::PublishDoseInvalid))?,
        ),
    };
    let lot = match lot.trim() {
        "" => None,
        text => Some(single_line(text, 40).ok_or(Error::Invalid(Problem::PublishLotInvalid))?.to_string()),
    };
    let mut bundle = skeleton(patient, publisher);
    bundle.vaccinations.push(VaccinationEntry {
        source: format!("publication/{}", Uuid::new_v4()),
        patient: 0,
        vaccine: Coding { system: Some(CVX_SYSTEM.into()), code: (*code).into(), display: name(code) },
        name_origin: NameOrigin::Catalogue,
        occurred_at,
        lot,
        dose_number,
        performer: Some(0),
    });
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who() -> (PatientNamed, Publisher<'static>) {
        let n: u64 = 2_840_375_123_456;
        let ins = format!("{n}{:02}", 97 - n % 97);
        (PatientNamed::parse(&ins, "1984-03-02").unwrap(), Publisher { account_id: "a1", name: "Dr Karim Benali" })
    }

    fn paris() -> TimeZone {
        TimeZone::get("Europe/Paris").unwrap()
    }

    fn row(code: &str, value: &str) -> ResultRow {
        ResultRow { code: code.into(), value: value.into(), ..ResultRow::default() }
    }

    #[test]
    fn results_take_the_catalogue_range_unless_typed() {
        let (p, by) = who();
        let rows =
            [row("1558-6", "1,18"), ResultRow::default(), ResultRow { low: "0,6".into(), ..row("1558-6", "0.9") }];
        let b = results(&p, &by, "2026-03-01T08:30", &rows, &paris(), |c| format!("name {c}")).unwrap();
        assert_eq!(b.results.len(), 2, "the empty row is skipped");
        assert_eq!(
            b.results[0].value,
            Some(ResultValue::Quantity { value: 1.18, unit: Some("g/L".into()), unit_code: Some("g/L".into()) })
        );
        assert_eq!(b.results[0].range, Some(ReferenceRange { low: Some(0.70), high: Some(1.10), text: None }));
        assert_eq!(b.results[1].range.as_ref().unwrap().low, Some(0.6));
        assert_eq!(b.results[0].code.display, "name 1558-6");
        assert_eq!(b.patients[0].identifiers[0].system, INS_SYSTEM);
        // 08:30 in Paris in March is 07:30 UTC.
        assert_eq!(
            b.results[0].effective_at,
            "2026-03-01T07:30:00Z".parse::<jiff::Timestamp>().unwrap().as_millisecond()
        );
    }

    #[test]
    fn vital_signs_are_published_as_vital_signs_with_their_units() {
        let (p, by) = who();
        let rows = [row("8480-6", "142"), row("8462-4", "91"), row("29463-7", "68,5"), row("1558-6", "1")];
        let b = results(&p, &by, "2026-03-01T08:30", &rows, &paris(), |c| c.to_string()).unwrap();
        let category = |code: &str| b.results.iter().find(|r| r.code.code == code).map(|r| r.category);
        assert_eq!(category("8480-6"), Some(ResultCategory::VitalSigns));
        assert_eq!(category("29463-7"), Some(ResultCategory::VitalSigns));
        assert_eq!(category("1558-6"), Some(ResultCategory::Laboratory));
        assert_eq!(
            b.results[0].value,
            Some(ResultValue::Quantity { value: 142.0, unit: Some("mmHg".into()), unit_code: Some("mm[Hg]".into()) })
        );
        assert_eq!(b.results[0].range, Some(ReferenceRange { low: Some(90.0), high: Some(140.0), text: None }));
        assert_eq!(b.results[2].range, None, "a weight has no reference range");
        assert!(b.results.iter().all(|r| r.code.system.as_deref() == Some("http://loinc.org")));
        // Each is named in every language, and no code is in both lists.
        for test in VITAL_SIGNS.iter().chain(&LAB_TESTS) {
            for locale in crate::i18n::Locale::ALL {
                assert!(locale.try_t(&lab_test_message(test.code)).is_some(), "{}: {}", locale.tag(), test.code);
            }
        }
        assert!(VITAL_SIGNS.iter().all(|v| !LAB_TESTS.iter().any(|l| l.code == v.code)));
    }

    #[test]
    fn bad_input_is_named() {
        let (p, by) = who();
        let err = |rows: &[ResultRow], at: &str| match results(&p, &by, at, rows, &paris(), |c| c.into()) {
            Err(Error::Invalid(id)) => id,
            other => panic!("{other:?}"),
        };
        assert_eq!(err(&[row("1558-6", "abc")], "2026-03-01"), Problem::PublishValueInvalid);
        assert_eq!(err(&[row("9999-9", "1")], "2026-03-01"), Problem::PublishTestUnknown);
        assert_eq!(err(&[ResultRow::default()], "2026-03-01"), Problem::PublishNoResults);
        assert_eq!(err(&[row("1558-6", "1")], "2999-01-01"), Problem::PublishDateInvalid);
        assert_eq!(err(&[row("1558-6", "1")], "yesterday"), Problem::PublishDateInvalid);
        let inverted = ResultRow { low: "2".into(), high: "1".into(), ..row("1558-6", "1") };
        assert_eq!(err(&[inverted], "2026-03-01"), Problem::PublishRangeInvalid);
        assert!(PatientNamed::parse("123", "1984-03-02").is_err());
        assert!(PatientNamed::parse("284037512345640", "2999-01-01").is_err());
        let form = ReportForm {
            title: "CR",
            kind: Kind::Report,
            date: "2026-03-01",
            bytes: b"<html>",
            hidden_from_representatives: false,
        };
        let not_pdf = report(&p, &by, &form, &paris());
        assert!(matches!(not_pdf, Err(Error::Invalid(Problem::PublishNotPdf))));
        let bad_dose = vaccination(&p, &by, "115", "2026-03-01", "0", "", &paris(), |c| c.into());
        assert!(matches!(bad_dose, Err(Error::Invalid(Problem::PublishDoseInvalid))));
        let bad_vaccine = vaccination(&p, &by, "999", "2026-03-01", "", "", &paris(), |c| c.into());
        assert!(matches!(bad_vaccine, Err(Error::Invalid(Problem::PublishVaccineUnknown))));
    }

    #[test]
    fn a_prescription_brings_its_treatments_linked_to_it() {
        let (p, by) = who();
        let pdf = crate::pdf::text_page("Ordonnance", &["x".to_string()]);
        let row = |name: &str, dosage: &str, days: &str| TreatmentRow {
            name: name.into(),
            dosage: dosage.into(),
            days: days.into(),
        };
        let rows =
            [row("Metformine 500 mg", "1 matin et soir", ""), TreatmentRow::default(), row("Vitamine D", "", "30")];
        fn form<'a>(rows: &'a [TreatmentRow], bytes: &'a [u8], hidden: bool) -> PrescriptionForm<'a> {
            PrescriptionForm {
                title: "Ordonnance",
                date: "2026-03-01",
                rows,
                bytes,
                hidden_from_representatives: hidden,
            }
        }
        let bundle = prescription(&p, &by, &form(&rows, &pdf, true), &paris()).unwrap();
        let document = &bundle.documents[0];
        assert_eq!(Kind::of_coding(document.kind.as_ref()), Kind::Prescription);
        assert!(document.hidden_from_representatives);
        let sources: Vec<&str> = bundle.profile.iter().map(|t| t.source.as_str()).collect();
        let linked: Vec<&str> = document.treatments.iter().map(|t| t.source()).collect();
        assert_eq!((sources.len(), &linked), (2, &sources), "the empty row is skipped; each treatment linked");
        let vitamin = &bundle.profile[1];
        assert_eq!(
            (vitamin.kind, vitamin.category.as_deref(), vitamin.author),
            (ProfileKind::Medication, Some("request"), Some(0))
        );
        assert_eq!(vitamin.ended_at.unwrap() - vitamin.started_at.unwrap(), 30 * 86_400_000);
        assert!(bundle.profile.iter().all(|t| t.hidden_from_representatives));
        let err = |rows: &[TreatmentRow], bytes: &[u8]| match prescription(&p, &by, &form(rows, bytes, false), &paris())
        {
            Err(Error::Invalid(problem)) => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(err(&[TreatmentRow::default()], &pdf), Problem::PrescriptionEmpty);
        assert_eq!(err(&[row("<script>x</script>", "", "")], &pdf), Problem::ProfileName);
        assert_eq!(err(&[row("Metformine", &"x".repeat(501), "")], &pdf), Problem::ProfileDetail);
        for days in ["0", "366", "-3", "2.5", "trois"] {
            assert_eq!(err(&[row("Metformine", "", days)], &pdf), Problem::PrescriptionDays, "{days}");
        }
        assert_eq!(err(&[row("Metformine", "", "")], b"GIF89a"), Problem::PublishNotPdf);
    }

    #[test]
    fn a_professional_records_an_allergy_or_a_problem_in_their_name() {
        let (p, by) = who();
        let today: Date = "2026-03-01".parse().unwrap();
        let form = |kind, name, until, high_risk| ProfileForm {
            kind,
            name,
            detail: "",
            since: "2020-01-01",
            until,
            place: "Hôpital Saint-Joseph, Lyon",
            high_risk,
        };
        let bundle = profile_item(&p, &by, &form("allergy", "Arachide", "2021-01-01", true), today).unwrap();
        assert_eq!(bundle.authors.len(), 1, "a place only for a stay");
        let allergy = &bundle.profile[0];
        assert_eq!(
            (allergy.kind, allergy.criticality.as_deref(), allergy.ended_at),
            (ProfileKind::Allergy, Some("high"), None)
        );
        assert_eq!((allergy.verification.as_deref(), allergy.author), (Some("confirmed"), Some(0)));
        assert!(allergy.source.starts_with("AllergyIntolerance/"));
        let bundle = profile_item(&p, &by, &form("condition", "Asthme", "2021-01-01", true), today).unwrap();
        let problem = &bundle.profile[0];
        assert_eq!(
            (problem.status.as_str(), problem.criticality.as_deref()),
            ("resolved", None),
            "healed; no risk level"
        );
        let refused = |form: ProfileForm<'_>| match profile_item(&p, &by, &form, today) {
            Err(Error::Invalid(problem)) => problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(refused(form("blood-group", "A+", "", false)), Problem::ProfileName);
        assert_eq!(refused(form("condition", "<b>x</b>", "", false)), Problem::ProfileName);
        assert_eq!(refused(form("condition", "Asthme", "2019-01-01", false)), Problem::ProfileDatesOrder);
        // A stay: an inpatient encounter, over, at the place named.
        let bundle = profile_item(&p, &by, &form("stay", "Cardiologie", "2020-01-05", false), today).unwrap();
        let stay = &bundle.profile[0];
        assert_eq!(
            (stay.kind, stay.category.as_deref(), stay.status.as_str(), stay.place),
            (ProfileKind::Encounter, Some("IMP"), "finished", Some(1))
        );
        assert_eq!(bundle.authors[1].name, "Hôpital Saint-Joseph, Lyon");
        let bundle = profile_item(&p, &by, &form("emergency", "Entorse", "", false), today).unwrap();
        assert_eq!(bundle.profile[0].category.as_deref(), Some("EMER"));
        let far = "x".repeat(201);
        assert_eq!(
            refused(ProfileForm { place: &far, ..form("stay", "Cardiologie", "", false) }),
            Problem::PublishPlace
        );
    }

    #[test]
    fn every_catalogue_unit_has_its_ucum_code() {
        for test in LAB_TESTS.iter().chain(VITAL_SIGNS.iter()) {
            assert!(ucum_code(test.unit).is_some(), "{}: {}", test.code, test.unit);
        }
    }

    #[test]
    fn every_catalogue_vaccine_counts_in_the_schedule() {
        for code in VACCINES {
            assert!(super::super::schedule::french().knows(code), "CVX {code} is in no series of the schedule");
        }
    }
}
