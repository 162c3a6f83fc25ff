//! FHIR R4 as Carnet reads it: a transaction or collection Bundle turned into typed, validated
//! items (patients, authors, results, reports, vaccinations, documents, and the health
//! profile's allergies, problems, treatments, procedures and encounters) with every reference
//! resolved to another item of the same bundle.
//!
//! Reading is all or nothing: the first problem found is returned with the entry it is in, and
//! nothing of the bundle is used. Resource types Carnet does not keep (claims, care plans…) are
//! counted, not read. Storage is not done here; importers (the `import-fhir` command, the
//! `/fhir/r4` endpoint) take a [`Bundle`] and write it.

mod error;
mod read;

pub use error::{BundleError, Problem, Reason};
pub use read::read_bundle;

use std::collections::BTreeMap;

/// The largest bundle accepted, in bytes.
pub const MAX_BUNDLE_BYTES: usize = 20 * 1024 * 1024;

/// A business identifier (`system` + `value`), used to match people across imports.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Identifier {
    pub system: String,
    pub value: String,
}

/// A code from a code system, with the text a person reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    pub system: Option<String>,
    pub code: String,
    pub display: String,
}

/// Who named a coded item: the publisher that sent it (its name is shown as sent, with its
/// code), or Carnet's own catalogue, through the portal's publishing form (its name is shown in
/// the reader's language). A FHIR bundle's items are always named as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameOrigin {
    #[default]
    Sent,
    Catalogue,
}

impl NameOrigin {
    /// As stored (`name_origin` columns).
    pub fn as_str(self) -> &'static str {
        match self {
            NameOrigin::Sent => "sent",
            NameOrigin::Catalogue => "catalogue",
        }
    }

    pub fn from_stored(text: &str) -> NameOrigin {
        if text == "catalogue" {
            NameOrigin::Catalogue
        } else {
            NameOrigin::Sent
        }
    }
}

/// Where an item came from in its bundle: `ResourceType/id` (plus `#code` for an observation
/// component). Stable across re-imports of the same bundle, so importing twice adds nothing.
pub type SourceId = String;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatientEntry {
    pub source: SourceId,
    pub identifiers: Vec<Identifier>,
    pub family: String,
    pub given: String,
    pub birth_date: Option<jiff::civil::Date>,
    /// Administrative gender as FHIR codes it: `male`, `female`, `other` or `unknown`.
    pub gender: Option<String>,
    /// Postal addresses, as sent (their known fields).
    pub addresses: Vec<Address>,
}

/// A postal address: the fields of a FHIR Address Carnet keeps (each a line of at most 200
/// characters), serialised as FHIR writes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(rename = "use", default, skip_serializing_if = "Option::is_none")]
    pub use_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub line: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A practitioner's name in its parts, each space-joined (`Dr`, `Lina`, `Haddad`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameParts {
    pub prefix: String,
    pub given: String,
    pub family: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorKind {
    Practitioner,
    Organization,
}

/// Someone who performs or signs: a practitioner or an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorEntry {
    pub source: SourceId,
    pub kind: AuthorKind,
    pub name: String,
    pub identifiers: Vec<Identifier>,
    /// A practitioner's name as sent in parts (none for an organisation).
    pub name_parts: Option<NameParts>,
}

/// An Observation's category (HL7 `observation-category`), or `Other` when it has none Carnet
/// knows. Stored as its code (`result_series.category`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultCategory {
    Laboratory,
    VitalSigns,
    /// Questionnaires and scores (a depression screening's score, a smoking status as some
    /// generators send it).
    Survey,
    /// Smoking, alcohol, occupation.
    SocialHistory,
    /// Findings of a physical examination.
    Exam,
    Imaging,
    Procedure,
    Therapy,
    Activity,
    Other,
}

impl ResultCategory {
    /// In the order they are shown.
    pub const ALL: [ResultCategory; 10] = [
        ResultCategory::Laboratory,
        ResultCategory::VitalSigns,
        ResultCategory::Survey,
        ResultCategory::SocialHistory,
        ResultCategory::Exam,
        ResultCategory::Imaging,
        ResultCategory::Procedure,
        ResultCategory::Therapy,
        ResultCategory::Activity,
        ResultCategory::Other,
    ];

    /// The `observation-category` code (`other` for none).
    pub fn as_str(self) -> &'static str {
        match self {
            ResultCategory::Laboratory => "laboratory",
            ResultCategory::VitalSigns => "vital-signs",
            ResultCategory::Survey => "survey",
            ResultCategory::SocialHistory => "social-history",
            ResultCategory::Exam => "exam",
            ResultCategory::Imaging => "imaging",
            ResultCategory::Procedure => "procedure",
            ResultCategory::Therapy => "therapy",
            ResultCategory::Activity => "activity",
            ResultCategory::Other => "other",
        }
    }

    /// The category of an `observation-category` code, if it is one.
    pub fn of_code(code: &str) -> Option<ResultCategory> {
        ResultCategory::ALL.into_iter().find(|c| *c != ResultCategory::Other && c.as_str() == code)
    }

    /// The category stored as `text` (`Other` for anything else).
    pub fn from_stored(text: &str) -> ResultCategory {
        ResultCategory::of_code(text).unwrap_or(ResultCategory::Other)
    }
}

/// DICOM's code system, which imaging modalities belong to.
pub const DICOM_SYSTEM: &str = "http://dicom.nema.org/resources/ontology/DCM";

/// LOINC's code system (laboratory tests, measurements, document kinds).
pub const LOINC_SYSTEM: &str = "http://loinc.org";

/// SNOMED CT's code system.
pub const SNOMED_SYSTEM: &str = "http://snomed.info/sct";

/// The UCUM code system, which quantities' unit codes belong to.
pub const UCUM_SYSTEM: &str = "http://unitsofmeasure.org";

#[derive(Debug, Clone, PartialEq)]
pub enum ResultValue {
    /// A number with its unit as shown and, when the publisher sent one, its UCUM code.
    Quantity {
        value: f64,
        unit: Option<String>,
        unit_code: Option<String>,
    },
    Text(String),
    Coded(Coding),
}

/// A reference range; at least one bound or a text.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceRange {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub text: Option<String>,
}

/// The interpretation flag of a result (HL7 v3 ObservationInterpretation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Normal,
    Low,
    High,
    CriticalLow,
    CriticalHigh,
    Abnormal,
    CriticallyAbnormal,
}

impl Flag {
    /// From an ObservationInterpretation code; `None` for a code Carnet does not know.
    pub fn from_code(code: &str) -> Option<Flag> {
        Some(match code {
            "N" => Flag::Normal,
            "L" => Flag::Low,
            "H" => Flag::High,
            "LL" | "LU" => Flag::CriticalLow,
            "HH" | "HU" => Flag::CriticalHigh,
            "A" => Flag::Abnormal,
            "AA" => Flag::CriticallyAbnormal,
            _ => return None,
        })
    }

    /// Its ObservationInterpretation code, as Carnet writes it.
    pub fn code(self) -> &'static str {
        match self {
            Flag::Normal => "N",
            Flag::Low => "L",
            Flag::High => "H",
            Flag::CriticalLow => "LL",
            Flag::CriticalHigh => "HH",
            Flag::Abnormal => "A",
            Flag::CriticallyAbnormal => "AA",
        }
    }

    /// As stored (`results.flag`).
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Normal => "normal",
            Flag::Low => "low",
            Flag::High => "high",
            Flag::CriticalLow => "critical-low",
            Flag::CriticalHigh => "critical-high",
            Flag::Abnormal => "abnormal",
            Flag::CriticallyAbnormal => "critical",
        }
    }

    pub const ALL: [Flag; 7] = [
        Flag::Normal,
        Flag::Low,
        Flag::High,
        Flag::CriticalLow,
        Flag::CriticalHigh,
        Flag::Abnormal,
        Flag::CriticallyAbnormal,
    ];

    pub fn from_stored(text: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.as_str() == text)
    }

    /// The Fluent id of the flag's name (`flag-low`, …).
    pub fn message_id(self) -> &'static str {
        match self {
            Flag::Normal => "flag-normal",
            Flag::Low => "flag-low",
            Flag::High => "flag-high",
            Flag::CriticalLow => "flag-critical-low",
            Flag::CriticalHigh => "flag-critical-high",
            Flag::Abnormal => "flag-abnormal",
            Flag::CriticallyAbnormal => "flag-critical",
        }
    }

    /// Anything but normal: worth pointing out to the patient.
    pub fn is_out_of_range(self) -> bool {
        self != Flag::Normal
    }

    /// The flag a numeric value gets from its reference range, when the source gave none.
    pub fn from_range(value: f64, low: Option<f64>, high: Option<f64>) -> Option<Flag> {
        match (low, high) {
            (None, None) => None,
            (Some(low), _) if value < low => Some(Flag::Low),
            (_, Some(high)) if value > high => Some(Flag::High),
            _ => Some(Flag::Normal),
        }
    }
}

/// A laboratory result or a vital sign. Indexes point into the same [`Bundle`]'s vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultEntry {
    pub source: SourceId,
    pub patient: usize,
    pub category: ResultCategory,
    pub code: Coding,
    pub name_origin: NameOrigin,
    pub value: Option<ResultValue>,
    pub range: Option<ReferenceRange>,
    pub flag: Option<Flag>,
    /// When the sample was taken or the measure made (ms since the epoch).
    pub effective_at: i64,
    /// When the result was released (ms since the epoch).
    pub issued_at: Option<i64>,
    pub performer: Option<usize>,
    /// Measured by a device (the Observation names one): an app or a connected device
    /// publishing for the patient.
    pub from_device: bool,
    /// Entered by the patient, as Carnet's export marks it ([`DECLARED_TAG`]); honoured as for
    /// profile items ([`ProfileEntry::declared`]).
    pub declared: bool,
}

/// A file carried inside a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub content_type: String,
    pub title: Option<String>,
    pub data: Vec<u8>,
}

/// A diagnostic report: a group of results, possibly with its own document.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportEntry {
    pub source: SourceId,
    pub patient: usize,
    pub code: Coding,
    pub effective_at: i64,
    pub issued_at: Option<i64>,
    pub performer: Option<usize>,
    /// Indexes into [`Bundle::results`].
    pub results: Vec<usize>,
    /// The report as a file (`presentedForm`), if the bundle carries one.
    pub presented: Vec<Attachment>,
    /// The report's human-readable narrative (`text.div`), if any.
    pub narrative: Option<String>,
    /// The imaging studies it reads (`imagingStudy`).
    pub imaging: Vec<Linked>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VaccinationEntry {
    pub source: SourceId,
    pub patient: usize,
    pub vaccine: Coding,
    pub name_origin: NameOrigin,
    pub occurred_at: i64,
    pub lot: Option<String>,
    pub dose_number: Option<u32>,
    pub performer: Option<usize>,
}

/// A document (DocumentReference) with its content.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentEntry {
    pub source: SourceId,
    pub patient: usize,
    pub kind: Option<Coding>,
    pub title: String,
    pub date: Option<i64>,
    pub authors: Vec<usize>,
    pub content: Attachment,
    /// The earlier document this one corrects (`relatesTo` with code `replaces`), by its source:
    /// `DocumentReference/<id>` as it was published before.
    pub replaces: Option<SourceId>,
    /// The treatments a prescription contains (`context.related` naming MedicationRequests or
    /// MedicationStatements).
    pub treatments: Vec<Linked>,
    /// Hidden from a minor's legal representatives from the start: the professional publishing
    /// it from the portal says so (the confidentiality French law gives minors). Not read from
    /// bundles.
    pub hidden_from_representatives: bool,
}

/// A resource another names (a treatment a prescription contains, an imaging study a report
/// reads), by its source (`MedicationRequest/<id>`, `ImagingStudy/<id>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linked {
    /// Sent in the same bundle (it may not be kept: a withdrawn one links to nothing).
    InBundle(SourceId),
    /// Published before by the same publisher: it must be in the record.
    Published(SourceId),
}

impl Linked {
    pub fn source(&self) -> &str {
        match self {
            Linked::InBundle(source) | Linked::Published(source) => source,
        }
    }
}

/// A result, a vaccination or a profile item its publisher withdrew (`entered-in-error`, or
/// `cancelled` for a result): the publisher's id for it and whose record it is in; the rest is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawal {
    pub source: SourceId,
    pub patient: usize,
}

/// Which part of the health profile an item belongs to, by the resource it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileKind {
    /// AllergyIntolerance: an allergy or an intolerance.
    Allergy,
    /// Condition: a problem, current or past.
    Condition,
    /// MedicationRequest (prescribed) or MedicationStatement (taken, as someone reported it).
    Medication,
    /// Procedure: an operation, an examination, a care act.
    Procedure,
    /// Encounter: a consultation, an emergency visit, a hospital stay.
    Encounter,
    /// ImagingStudy: an X-ray, a scan, an ultrasound (its report links to it).
    Imaging,
    /// Observation of the ABO and Rh group (LOINC 882-1) that the patient declared.
    BloodGroup,
    /// Consent of scope `adr` categorised LOINC 42348-3: advance directives.
    Directive,
    /// FamilyMemberHistory: an illness in the family.
    FamilyHistory,
    /// Condition also categorised SNOMED CT 21134002: a disability.
    Disability,
    /// Consent of scope `adr` under article L1232-1: the position on organ donation.
    OrganDonation,
}

impl ProfileKind {
    pub const ALL: [ProfileKind; 11] = [
        ProfileKind::Allergy,
        ProfileKind::Condition,
        ProfileKind::Medication,
        ProfileKind::Procedure,
        ProfileKind::Encounter,
        ProfileKind::Imaging,
        ProfileKind::BloodGroup,
        ProfileKind::Directive,
        ProfileKind::FamilyHistory,
        ProfileKind::Disability,
        ProfileKind::OrganDonation,
    ];

    /// As stored (`profile_items.kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileKind::Allergy => "allergy",
            ProfileKind::Condition => "condition",
            ProfileKind::Medication => "medication",
            ProfileKind::Procedure => "procedure",
            ProfileKind::Encounter => "encounter",
            ProfileKind::Imaging => "imaging",
            ProfileKind::BloodGroup => "blood-group",
            ProfileKind::Directive => "directive",
            ProfileKind::FamilyHistory => "family-history",
            ProfileKind::Disability => "disability",
            ProfileKind::OrganDonation => "organ-donation",
        }
    }

    pub fn from_stored(text: &str) -> Option<ProfileKind> {
        ProfileKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// An item of the health profile as its publisher sent it. Codes are kept with their system
/// (SNOMED CT, RxNorm, ATC…); a concept sent as text only has an empty code. What each field
/// holds depends on the kind; a field that does not apply is `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileEntry {
    pub source: SourceId,
    pub patient: usize,
    pub kind: ProfileKind,
    /// What it is: the substance or allergy, the problem, the medication, the procedure, the
    /// encounter's type (else its class), the imaging study's procedure (else its modality).
    pub code: Coding,
    /// The status as sent: clinical status (allergies, problems), the request's or statement's
    /// status (treatments), the procedure's or encounter's status.
    pub status: String,
    /// Allergies and problems: the verification status (confirmed, unconfirmed, refuted…).
    pub verification: Option<String>,
    /// Allergies: their category (food, medication…); treatments: `request` or `statement`;
    /// encounters: their class (`IMP` inpatient, `EMER` emergency, `AMB` ambulatory…); imaging
    /// studies: the modality (DICOM: `DX` radiography, `CT`, `MR`, `US`…).
    pub category: Option<String>,
    /// Allergies: criticality (low, high, unable-to-assess).
    pub criticality: Option<String>,
    /// Allergies: the first reaction's severity (mild, moderate, severe).
    pub severity: Option<String>,
    /// Allergies: the reactions' manifestations; treatments: the dosage as written; procedures
    /// and encounters: the reason; imaging studies: the part of the body examined.
    pub detail: Option<String>,
    /// Onset, start of a treatment, when performed, start of a stay (ms since the epoch).
    pub started_at: Option<i64>,
    /// Resolution, end of a treatment or of a stay.
    pub ended_at: Option<i64>,
    /// When the source recorded it (recordedDate, authoredOn, dateAsserted).
    pub asserted_at: Option<i64>,
    /// Who recorded, prescribed, performed or attended it.
    pub author: Option<usize>,
    /// Encounters: the organisation where it took place (`serviceProvider`).
    pub place: Option<usize>,
    /// Hidden from a minor's legal representatives from the start: the professional publishing
    /// it from the portal says so (a confidential prescription). Not read from bundles.
    pub hidden_from_representatives: bool,
    /// Declared by the patient, as Carnet's export marks it ([`DECLARED_TAG`]): kept so only
    /// from an operator's import (a record moved from another Carnet), else the publisher's.
    pub declared: bool,
    /// Marked restricted (`meta.security` R): what the patient hid from professionals; read with
    /// [`ProfileEntry::declared`] only.
    pub restricted: bool,
    /// Advance directives written in a document: the DocumentReference (`sourceReference`).
    pub document: Option<Linked>,
    /// The patient's own note on it (an annotation whose author is the bundle's patient), and
    /// when; kept only from an operator's import, as [`ProfileEntry::declared`].
    pub patient_note: Option<(String, Option<i64>)>,
}

impl ProfileEntry {
    /// An entry of `kind` with nothing read yet (no code, no status, no dates, no one).
    pub fn new(source: SourceId, patient: usize, kind: ProfileKind) -> ProfileEntry {
        ProfileEntry {
            source,
            patient,
            kind,
            code: Coding { system: None, code: String::new(), display: String::new() },
            status: String::new(),
            verification: None,
            category: None,
            criticality: None,
            severity: None,
            detail: None,
            started_at: None,
            ended_at: None,
            asserted_at: None,
            author: None,
            place: None,
            hidden_from_representatives: false,
            declared: false,
            restricted: false,
            document: None,
            patient_note: None,
        }
    }
}

/// The `meta.tag` Carnet's export puts on what the patient declared: (system, code).
pub const DECLARED_TAG: (&str, &str) = ("urn:carnet:origin", "patient");

/// The confidentiality code (`meta.security`) of what the patient hid from professionals.
pub const RESTRICTED: (&str, &str) = ("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R");

/// A target range for one of the patient's measurements, as a FHIR Goal states it: the
/// measurement (its LOINC code, `target.measure`), its bounds (`target.detailRange`), who set it
/// and when.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetEntry {
    pub source: SourceId,
    pub patient: usize,
    /// The LOINC code of the measurement.
    pub code: String,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The bounds' unit as sent (a UCUM code, else the unit written), if any.
    pub unit: Option<String>,
    /// Who set it, in words (`expressedBy`: an author of the bundle, or its display).
    pub set_by: Option<String>,
    /// When (`startDate`, else `statusDate`), ms since the epoch.
    pub set_at: Option<i64>,
}

/// What one entry of the bundle became, by its position: indexes into the [`Bundle`]'s vectors
/// (an Observation measured as parts makes several results).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Made {
    Patient(usize),
    Author(usize),
    Results(std::ops::Range<usize>),
    Withdrawal(usize),
    WithdrawnVaccination(usize),
    Deletion(usize),
    Report(usize),
    Vaccination(usize),
    Document(usize),
    ProfileItem(usize),
    Target(usize),
    WithdrawnProfileItem(usize),
    /// Read, and not kept: a type or a category Carnet does not keep, or a status that keeps
    /// nothing (an immunization not done, a superseded document).
    #[default]
    NotKept,
}

/// A bundle's `type`: how the sender wants it answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BundleType {
    Transaction,
    Batch,
    #[default]
    Collection,
}

/// A bundle's content, validated, with references resolved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bundle {
    pub kind: BundleType,
    pub patients: Vec<PatientEntry>,
    pub authors: Vec<AuthorEntry>,
    pub results: Vec<ResultEntry>,
    pub reports: Vec<ReportEntry>,
    pub vaccinations: Vec<VaccinationEntry>,
    pub documents: Vec<DocumentEntry>,
    /// Allergies, problems, treatments, procedures and encounters.
    pub profile: Vec<ProfileEntry>,
    /// Profile items withdrawn by their publisher (`entered-in-error`).
    pub withdrawn_profile: Vec<Withdrawal>,
    /// Target ranges for a measurement (Goals).
    pub targets: Vec<TargetEntry>,
    /// Results withdrawn by their publisher.
    pub withdrawn_results: Vec<Withdrawal>,
    /// Vaccinations withdrawn by their publisher.
    pub withdrawn_vaccinations: Vec<Withdrawal>,
    /// Resources the sender deletes (`request.method = DELETE`), by their id (`Observation/k`):
    /// their own results and vaccinations under that id are withdrawn, in whichever record.
    pub deletions: Vec<SourceId>,
    /// What each entry became, in the bundle's order (the answer to a transaction names them).
    pub entries: Vec<Made>,
    /// Entries of resource types Carnet does not keep, counted per type.
    pub ignored: BTreeMap<String, usize>,
}

#[cfg(test)]
mod tests;
