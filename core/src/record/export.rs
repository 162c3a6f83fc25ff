//! The patient's copy of their record (the right to data portability): everything the viewer
//! may see of it — identity, every result with its range and flag (a blood pressure as one
//! Observation with two components), reports, vaccinations, documents with their files, the
//! health profile (allergies, problems, treatments, procedures, encounters; what the patient
//! declared, with their notes: blood group, advance directives, family history too) —
//! as one FHIR R4 `collection` Bundle that other health software reads, Carnet's
//! own import included.
//!
//! Reads go through the [`Access`] of a [`ReadAction::Export`](crate::policy::ReadAction::Export)
//! decision, audited like any other read (when it is decided: a long read's rows are read after,
//! in a snapshot), and the bundle is written piece by piece ([`Export`]). Documents
//! are listed with the viewer's visibility rules (a representative does not get what the
//! patient hid from representatives). Performers are Practitioner or Organization resources of
//! the bundle; a document's author, known only by name, is a reference with a display.

use std::collections::HashMap;

use base64::Engine;
use serde_json::{json, Value};

use super::health_profile::{self, Item, Kind};
use super::patients::{self, INS_SYSTEM};
use super::results::{Measure, MeasureRow, Origin as ReadingOrigin, MEASURE_COLUMNS};
use super::{documents, measurements, prescriptions};
use crate::access::Access;
use crate::fhir::{ResultCategory, DICOM_SYSTEM, UCUM_SYSTEM};
use crate::policy::Read;
use crate::seal::Sealer;
use crate::Result;

/// HL7's code systems used in the bundle.
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const INTERPRETATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
use crate::fhir::LOINC_SYSTEM as LOINC;

/// The record as a FHIR R4 collection Bundle (JSON text), written piece by piece
/// ([`Export::next_piece`]): the bundle's opening with the patient, the authors, results and
/// vaccinations, the answered pre-visit forms (QuestionnaireResponse), then each document on its own, then each message with the care team (a
/// `Communication`, [`crate::messaging::export`]), so that memory holds one document at a time
/// however large the record. The access is a snapshot ([`crate::access::open_long_read`]):
/// nothing here holds SQLite's write lock, however slowly the download goes.
pub struct Export {
    access: Access<Read>,
    sealer: Sealer,
    now: i64,
    stage: Stage,
    /// The patient's id, once written.
    patient: String,
    /// The documents page being written, and where the next one starts.
    documents: std::collections::VecDeque<String>,
    next_page: Option<super::Cursor>,
    /// The treatments each prescription contains (item ids by document id).
    prescribed: HashMap<String, Vec<String>>,
    /// The messages still to write, in order.
    messages: std::collections::VecDeque<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Opening,
    Documents,
    Messages,
    Done,
}

impl Export {
    pub fn new(access: Access<Read>, sealer: &Sealer, now: i64) -> Export {
        Export {
            access,
            sealer: sealer.clone(),
            now,
            stage: Stage::Opening,
            patient: String::new(),
            documents: Default::default(),
            next_page: None,
            prescribed: HashMap::new(),
            messages: Default::default(),
        }
    }

    /// The next piece of the bundle's text, `None` once it is whole (the access then ends).
    pub async fn next_piece(&mut self) -> Result<Option<Vec<u8>>> {
        match self.stage {
            Stage::Opening => {
                let profile = patients::profile(&mut self.access).await?;
                self.patient = profile.id.clone();
                let (addresses, identifiers) = patients::addresses_and_identifiers(&mut self.access).await?;
                let mut resources = vec![patient_resource(&profile, &addresses, &identifiers)];
                resources.extend(authors(&mut self.access).await?.iter().map(author_resource));
                let patient = self.patient.clone();
                let rows = results(&mut self.access).await?;
                // Each report's results, by the Observation they are written in.
                let mut in_report: HashMap<String, Vec<String>> = HashMap::new();
                for row in &rows {
                    if let Some(report) = &row.report_id {
                        in_report.entry(report.clone()).or_default().push(row.measure.id.clone());
                    }
                }
                let (observations, observation_of) = observations(rows, &patient);
                resources.extend(observations);
                let items = health_profile::items(&mut self.access, true).await?;
                // Each report's imaging studies, by the report they are read in.
                let mut imaging_of: HashMap<&str, Vec<String>> = HashMap::new();
                for item in items.iter().filter(|i| i.kind() == Some(Kind::Imaging)) {
                    if let Some(report) = &item.report_id {
                        imaging_of.entry(report.as_str()).or_default().push(item.id.clone());
                    }
                }
                for report in reports(&mut self.access).await? {
                    let mut results: Vec<String> = Vec::new();
                    for result in in_report.get(&report.id).into_iter().flatten() {
                        let observation = observation_of.get(result).cloned().unwrap_or_default();
                        if !results.contains(&observation) {
                            results.push(observation);
                        }
                    }
                    let imaging = imaging_of.get(report.id.as_str()).map(Vec::as_slice).unwrap_or_default();
                    resources.push(report_resource(&report, &results, imaging, &patient));
                }
                resources
                    .extend(vaccinations(&mut self.access).await?.iter().map(|v| immunization_resource(v, &patient)));
                resources.extend(items.iter().filter_map(|i| profile_resource(i, &patient)));
                let mut targets: Vec<_> = measurements::targets(&mut self.access).await?.into_iter().collect();
                targets.sort_by(|a, b| a.0.cmp(&b.0));
                resources.extend(targets.iter().map(|(code, target)| goal_resource(code, target, &patient)));
                let (tx, grant) = self.access.parts();
                let forms = crate::appointments::visit_forms::of_record(tx, grant.patient_id()).await?;
                resources.extend(
                    forms.iter().map(|f| crate::appointments::visit_forms::questionnaire_response(f, &patient)),
                );
                self.prescribed = prescriptions::all(&mut self.access).await?;
                let mut text = format!(
                    r#"{{"resourceType":"Bundle","type":"collection","timestamp":{},"entry":["#,
                    Value::from(instant(self.now))
                )
                .into_bytes();
                for (i, resource) in resources.into_iter().enumerate() {
                    if i > 0 {
                        text.push(b',');
                    }
                    serde_json::to_writer(&mut text, &entry(resource)).map_err(unwritable)?;
                }
                self.stage = Stage::Documents;
                self.load_page(None).await?;
                Ok(Some(text))
            }
            Stage::Documents => {
                // The next document: from this page, or the next page once this one is written.
                if self.documents.is_empty() {
                    if let Some(next) = self.next_page.take() {
                        self.load_page(Some(next)).await?;
                    }
                }
                let Some(id) = self.documents.pop_front() else {
                    self.stage = Stage::Messages;
                    self.messages = crate::messaging::export::message_ids(&mut self.access).await?.into();
                    return Ok(Some(Vec::new()));
                };
                let (document, bytes) = documents::content(&mut self.access, &self.sealer, &id).await?;
                let mut text = b",".to_vec();
                let treatments = self.prescribed.get(&document.id).map(Vec::as_slice).unwrap_or_default();
                let resource = document_resource(&document, &bytes, treatments, &self.patient);
                serde_json::to_writer(&mut text, &entry(resource)).map_err(unwritable)?;
                Ok(Some(text))
            }
            Stage::Messages => {
                // One message (with its file) a piece, as documents are.
                let Some(id) = self.messages.pop_front() else {
                    self.stage = Stage::Done;
                    return Ok(Some(b"]}".to_vec()));
                };
                let resource = crate::messaging::export::communication(&mut self.access, &id, &self.patient).await?;
                let mut text = b",".to_vec();
                serde_json::to_writer(&mut text, &entry(resource)).map_err(unwritable)?;
                Ok(Some(text))
            }
            Stage::Done => Ok(None),
        }
    }

    /// The ids of one page of documents (newest first), and where the next page starts.
    async fn load_page(&mut self, before: Option<super::Cursor>) -> Result<()> {
        let page = documents::list(&mut self.access, &self.sealer, None, before.as_ref()).await?;
        self.documents = page.items.into_iter().map(|d| d.id).collect();
        self.next_page = page.next;
        Ok(())
    }

    /// Ends the snapshot once the whole bundle is written.
    pub async fn finish(self) -> Result<()> {
        self.access.commit().await
    }
}

/// A bundle entry for `resource`, named by its id.
fn entry(resource: Value) -> Value {
    json!({ "fullUrl": urn(resource["id"].as_str().unwrap_or_default()), "resource": resource })
}

/// JSON that could not be written (it cannot happen with values built here).
fn unwritable(error: serde_json::Error) -> crate::Error {
    crate::Error::Config(format!("the export could not be written: {error}"))
}

/// An instant as FHIR writes it (RFC 3339, UTC).
fn instant(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}

/// Every row of Carnet has a UUID: resources are named `urn:uuid:<id>` in the bundle, and
/// referenced so, as FHIR asks of bundles that do not come from a FHIR server.
fn urn(id: &str) -> String {
    format!("urn:uuid:{id}")
}

fn reference(id: &str) -> Value {
    json!({ "reference": urn(id) })
}

/// The patient: their name, identifiers (the INS first, then those publishers gave, such as a
/// hospital's number), birth date, gender and postal addresses.
fn patient_resource(
    profile: &patients::Profile,
    addresses: &[crate::fhir::Address],
    identifiers: &[crate::fhir::Identifier],
) -> Value {
    let mut patient = json!({
        "resourceType": "Patient",
        "id": profile.id,
        "name": [{ "use": "official", "family": profile.family_name, "given": profile.given_names.split_whitespace().collect::<Vec<_>>() }],
    });
    let mut ids: Vec<Value> =
        identifiers.iter().map(|i| json!({ "system": i.system, "value": i.value })).collect::<Vec<_>>();
    if let Some(ins) = profile.health_id.as_ref().filter(|ins| !identifiers.iter().any(|i| &i.value == *ins)) {
        ids.insert(0, json!({ "system": INS_SYSTEM, "value": ins }));
    }
    if !ids.is_empty() {
        patient["identifier"] = json!(ids);
    }
    if !addresses.is_empty() {
        patient["address"] = json!(addresses);
    }
    if let Some(birth) = profile.birth_date {
        patient["birthDate"] = json!(birth.to_string());
    }
    if let Some(gender) = &profile.gender {
        patient["gender"] = json!(gender);
    }
    patient
}

#[derive(sqlx::FromRow)]
struct AuthorRow {
    id: String,
    kind: String,
    name: String,
    name_prefix: Option<String>,
    name_given: Option<String>,
    name_family: Option<String>,
}

/// The people and organisations who performed the record's results and vaccinations, and who
/// recorded its profile items (or hosted its stays).
async fn authors(access: &mut Access<Read>) -> Result<Vec<AuthorRow>> {
    let (tx, grant) = access.parts();
    Ok(sqlx::query_as(
        "SELECT a.id, a.kind, a.name, a.name_prefix, a.name_given, a.name_family FROM authors a WHERE a.id IN \
         (SELECT performer_id FROM results WHERE patient_id = $1 AND withdrawn_at IS NULL \
          UNION SELECT performer_id FROM vaccinations WHERE patient_id = $1 AND withdrawn_at IS NULL \
          UNION SELECT performer_id FROM reports WHERE patient_id = $1 \
          UNION SELECT author_id FROM profile_items WHERE patient_id = $1 AND withdrawn_at IS NULL \
          UNION SELECT place_id FROM profile_items WHERE patient_id = $1 AND withdrawn_at IS NULL) ORDER BY a.id",
    )
    .bind(grant.patient_id())
    .fetch_all(&mut **tx)
    .await?)
}

/// A practitioner's name whole in `text`, and in the parts its publisher sent; one known whole
/// only (a professional of this Carnet, a name from before parts were kept) goes in `family`
/// too, for readers that only look there.
fn author_resource(author: &AuthorRow) -> Value {
    if author.kind == "organization" {
        return json!({ "resourceType": "Organization", "id": author.id, "name": author.name });
    }
    fn words(part: &Option<String>) -> Option<Vec<&str>> {
        part.as_deref().map(|p| p.split_whitespace().collect())
    }
    let mut name = json!({ "text": author.name });
    match (&author.name_family, words(&author.name_given), words(&author.name_prefix)) {
        (None, None, None) => name["family"] = json!(author.name),
        (family, given, prefix) => {
            if let Some(family) = family {
                name["family"] = json!(family);
            }
            if let Some(given) = given {
                name["given"] = json!(given);
            }
            if let Some(prefix) = prefix {
                name["prefix"] = json!(prefix);
            }
        }
    }
    json!({ "resourceType": "Practitioner", "id": author.id, "name": [name] })
}

#[derive(sqlx::FromRow)]
struct ResultRow {
    code_system: String,
    code: String,
    display: String,
    category: String,
    #[sqlx(flatten)]
    measure: MeasureRow,
    issued_at: Option<i64>,
    performer_id: Option<String>,
    /// The publisher's key for it: `<publisher>|Observation/<id>`, with `#<code>` for a part of
    /// a panel measured as parts.
    source: String,
    report_id: Option<String>,
}

/// A result as the export writes it: its test, its measure, who performed it, where from.
struct Exported {
    code_system: String,
    code: String,
    display: String,
    category: String,
    measure: Measure,
    issued_at: Option<i64>,
    performer_id: Option<String>,
    source: String,
    report_id: Option<String>,
}

impl From<ResultRow> for Exported {
    fn from(row: ResultRow) -> Exported {
        Exported {
            code_system: row.code_system,
            code: row.code,
            display: row.display,
            category: row.category,
            measure: row.measure.into(),
            issued_at: row.issued_at,
            performer_id: row.performer_id,
            source: row.source,
            report_id: row.report_id,
        }
    }
}

/// Every result of the record (as last corrected; not those withdrawn), oldest first.
async fn results(access: &mut Access<Read>) -> Result<Vec<Exported>> {
    let (tx, grant) = access.parts();
    let sql = format!(
        "SELECT s.code_system, s.code, s.display, s.category, {MEASURE_COLUMNS}, r.issued_at, r.performer_id, \
         r.source, r.report_id \
         FROM results r JOIN result_series s ON s.id = r.series_id LEFT JOIN authors a ON a.id = r.performer_id \
         WHERE r.patient_id = $1 AND r.withdrawn_at IS NULL ORDER BY r.effective_at, r.id"
    );
    let rows: Vec<ResultRow> = sqlx::query_as(&sql).bind(grant.patient_id()).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(Exported::from).collect())
}

/// `{ coding: [...], text }`, with a system only when the source gave one.
fn concept(system: &str, code: &str, display: &str) -> Value {
    let mut coding = json!({ "code": code, "display": display });
    if !system.is_empty() {
        coding["system"] = json!(system);
    }
    json!({ "coding": [coding], "text": display })
}

/// The parts of a blood pressure (systolic, diastolic) and the panel they make.
const BLOOD_PRESSURE_PARTS: [&str; 2] = ["8480-6", "8462-4"];
const BLOOD_PRESSURE_PANEL: (&str, &str) = ("85354-9", "Blood pressure panel with all children optional");

/// The record's results as Observations, and the Observation each result is in (its own, or
/// the panel a blood pressure's part is in). A blood pressure published as one Observation
/// with two components is written back so: one Observation, two components.
fn observations(rows: Vec<Exported>, patient: &str) -> (Vec<Value>, HashMap<String, String>) {
    let mut groups: Vec<Vec<Exported>> = Vec::new();
    let mut panel_at: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let panel = row.source.split_once('#').map(|(panel, _)| panel.to_string());
        match panel.filter(|_| row.code_system == LOINC && BLOOD_PRESSURE_PARTS.contains(&row.code.as_str())) {
            Some(panel) => match panel_at.get(&panel) {
                Some(at) => groups[*at].push(row),
                None => {
                    panel_at.insert(panel, groups.len());
                    groups.push(vec![row]);
                }
            },
            None => groups.push(vec![row]),
        }
    }
    let mut observations = Vec::with_capacity(groups.len());
    let mut observation_of = HashMap::new();
    for group in groups {
        let whole = group.len() == 2 && group[0].code != group[1].code;
        let parts = if whole { vec![group] } else { group.into_iter().map(|row| vec![row]).collect() };
        for part in parts {
            let observation = observation_resource(&part, patient);
            let id = observation["id"].as_str().unwrap_or_default().to_string();
            for row in &part {
                observation_of.insert(row.measure.id.clone(), id.clone());
            }
            observations.push(observation);
        }
    }
    (observations, observation_of)
}

/// One Observation: a result (`rows` of one), or a blood pressure panel with its parts as
/// components (`rows` of two, named after the first part).
fn observation_resource(rows: &[Exported], patient: &str) -> Value {
    let first = &rows[0];
    let code = match rows.len() {
        1 => concept(&first.code_system, &first.code, &first.display),
        _ => concept(LOINC, BLOOD_PRESSURE_PANEL.0, BLOOD_PRESSURE_PANEL.1),
    };
    let mut observation = json!({
        "resourceType": "Observation",
        "id": first.measure.id,
        "status": "final",
        "code": code,
        "subject": reference(patient),
        "effectiveDateTime": instant(first.measure.effective_at),
    });
    // "other": sent without a category Carnet knows, and written back without one.
    if first.category != ResultCategory::Other.as_str() {
        observation["category"] = json!([{ "coding": [{ "system": OBSERVATION_CATEGORY, "code": first.category }] }]);
    }
    match rows {
        [row] => measured(row, &mut observation),
        parts => {
            let components: Vec<Value> = parts
                .iter()
                .map(|row| {
                    let mut component = json!({ "code": concept(&row.code_system, &row.code, &row.display) });
                    measured(row, &mut component);
                    component
                })
                .collect();
            observation["component"] = json!(components);
        }
    }
    if let Some(issued) = first.issued_at {
        observation["issued"] = json!(instant(issued));
    }
    if let Some(id) = &first.performer_id {
        observation["performer"] = json!([reference(id)]);
    }
    // Where a reading came from: measured by the patient (marked as what they declared, see
    // `DECLARED_TAG`), or by a device (a device known by name only).
    match first.measure.origin {
        ReadingOrigin::Patient => {
            let (system, code) = crate::fhir::DECLARED_TAG;
            observation["meta"] = json!({ "tag": [{ "system": system, "code": code }] });
            if first.performer_id.is_none() {
                observation["performer"] = json!([reference(patient)]);
            }
        }
        ReadingOrigin::Device => observation["device"] = json!({ "display": "Connected device or app" }),
        ReadingOrigin::Publisher => {}
    }
    observation
}

/// The id of the Goal of the target of `code` in `patient`'s record: a UUID (every resource of
/// the export has one: its `fullUrl` is `urn:uuid:<id>`), the same at every export — version 8
/// (custom), from a SHA-256 of the two.
fn goal_id(patient: &str, code: &str) -> String {
    derived_id(&format!("goal|{patient}|{code}"))
}

/// A UUID derived from `seed`, the same at every export: version 8 (custom), from a SHA-256 of
/// it. For resources that have no row of their own to be named by.
pub(crate) fn derived_id(seed: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(seed.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    // Version 8, variant RFC 4122.
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(bytes).to_string()
}

/// A measurement's target range as a FHIR Goal: the measurement (LOINC), its bounds in the
/// measurement's unit, who set it (by name) and when.
fn goal_resource(code: &str, target: &measurements::Target, patient: &str) -> Value {
    let unit = measurements::unit(code);
    let quantity = |value: f64| {
        let mut q = json!({ "value": value, "unit": unit });
        if let Some(ucum) = super::publish::ucum_code(unit) {
            q["system"] = json!(UCUM_SYSTEM);
            q["code"] = json!(ucum);
        }
        q
    };
    let mut range = json!({});
    if let Some(low) = target.low {
        range["low"] = quantity(low);
    }
    if let Some(high) = target.high {
        range["high"] = quantity(high);
    }
    let what = measurements::Kind::of_code(code).map_or(code, |k| k.as_str());
    let mut goal = json!({
        "resourceType": "Goal",
        "id": goal_id(patient, code),
        "lifecycleStatus": "active",
        "description": { "text": format!("Target range: {what}") },
        "subject": reference(patient),
        "startDate": jiff::Timestamp::from_millisecond(target.set_at).map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()).unwrap_or_default(),
        "target": [{ "measure": { "coding": [{ "system": LOINC, "code": code }] }, "detailRange": range }],
    });
    if !target.set_by.is_empty() {
        goal["expressedBy"] = json!({ "display": target.set_by });
    }
    goal
}

/// A result's value, reference range and flag, written into an Observation or a component.
fn measured(row: &Exported, into: &mut Value) {
    let r = &row.measure;
    match (r.number, &r.text) {
        (Some(value), _) => {
            into["valueQuantity"] = json!({ "value": value });
            if let Some(unit) = &r.unit {
                into["valueQuantity"]["unit"] = json!(unit);
            }
            if let Some(code) = &r.unit_code {
                into["valueQuantity"]["system"] = json!(UCUM_SYSTEM);
                into["valueQuantity"]["code"] = json!(code);
            }
        }
        // A coded value with its code and system, as sent.
        (None, Some(text)) => match &r.value_code {
            Some(code) => {
                into["valueCodeableConcept"] = concept(r.value_system.as_deref().unwrap_or_default(), code, text)
            }
            None => into["valueString"] = json!(text),
        },
        (None, None) => {
            into["dataAbsentReason"] = json!({ "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "unknown" }] })
        }
    }
    if r.range_low.is_some() || r.range_high.is_some() || r.range_text.is_some() {
        let bound = |value: f64| {
            let mut bound = json!({ "value": value });
            if let Some(unit) = &r.unit {
                bound["unit"] = json!(unit);
            }
            if let Some(code) = &r.unit_code {
                bound["system"] = json!(UCUM_SYSTEM);
                bound["code"] = json!(code);
            }
            bound
        };
        let mut range = json!({});
        if let Some(low) = r.range_low {
            range["low"] = bound(low);
        }
        if let Some(high) = r.range_high {
            range["high"] = bound(high);
        }
        if let Some(text) = &r.range_text {
            range["text"] = json!(text);
        }
        into["referenceRange"] = json!([range]);
    }
    if let Some(flag) = r.flag {
        into["interpretation"] = json!([{ "coding": [{ "system": INTERPRETATION, "code": flag.code() }] }]);
    }
}

#[derive(sqlx::FromRow)]
struct ReportRow {
    id: String,
    code_system: String,
    code: String,
    display: String,
    effective_at: i64,
    issued_at: Option<i64>,
    performer_id: Option<String>,
}

/// The record's reports (a group of results: a lipid panel), oldest first. A minor's legal
/// representative does not get a report whose own document is hidden from representatives (its
/// name would tell what the document is).
async fn reports(access: &mut Access<Read>) -> Result<Vec<ReportRow>> {
    let (tx, grant) = access.parts();
    let hidden = match grant.document_filter() {
        crate::policy::DocumentFilter::Representative => {
            "AND NOT EXISTS (SELECT 1 FROM documents d JOIN document_visibility v ON v.document_id = d.id \
             WHERE d.report_id = p.id AND v.hidden_from_representatives = 1)"
        }
        _ => "",
    };
    let sql = format!(
        "SELECT p.id, p.code_system, p.code, p.display, p.effective_at, p.issued_at, p.performer_id FROM reports p \
         WHERE p.patient_id = $1 {hidden} ORDER BY p.effective_at, p.id"
    );
    Ok(sqlx::query_as(&sql).bind(grant.patient_id()).fetch_all(&mut **tx).await?)
}

/// A report with the Observations of its results (those not withdrawn) and the imaging studies
/// it reads. Its own file, if it has one, is among the documents.
fn report_resource(report: &ReportRow, results: &[String], imaging: &[String], patient: &str) -> Value {
    let mut resource = json!({
        "resourceType": "DiagnosticReport",
        "id": report.id,
        "status": "final",
        "code": concept(&report.code_system, &report.code, &report.display),
        "subject": reference(patient),
        "effectiveDateTime": instant(report.effective_at),
    });
    // FHIR JSON has no empty arrays: a report that is only its file names no result.
    if !results.is_empty() {
        resource["result"] = json!(results.iter().map(|id| reference(id)).collect::<Vec<_>>());
    }
    if !imaging.is_empty() {
        resource["imagingStudy"] = json!(imaging.iter().map(|id| reference(id)).collect::<Vec<_>>());
    }
    if let Some(issued) = report.issued_at {
        resource["issued"] = json!(instant(issued));
    }
    if let Some(id) = &report.performer_id {
        resource["performer"] = json!([reference(id)]);
    }
    resource
}

/// A DICOM UID of Carnet's own for a row (`2.25.<its UUID as a number>`, as DICOM allows):
/// an imaging study's series needs one, and Carnet does not keep the publisher's.
fn dicom_uid(id: &str) -> String {
    let number = uuid::Uuid::parse_str(id).map(|u| u.as_u128()).unwrap_or_default();
    format!("2.25.{number}")
}

#[derive(sqlx::FromRow)]
struct VaccinationRow {
    id: String,
    vaccine_system: String,
    vaccine_code: String,
    vaccine_display: String,
    occurred_at: i64,
    dose_number: Option<i64>,
    lot: Option<String>,
    performer_id: Option<String>,
}

/// Every vaccination of the record (as last corrected; not those withdrawn), oldest first.
async fn vaccinations(access: &mut Access<Read>) -> Result<Vec<VaccinationRow>> {
    let (tx, grant) = access.parts();
    Ok(sqlx::query_as(
        "SELECT v.id, v.vaccine_system, v.vaccine_code, v.vaccine_display, v.occurred_at, v.dose_number, v.lot, \
         v.performer_id FROM vaccinations v \
         WHERE v.patient_id = $1 AND v.withdrawn_at IS NULL ORDER BY v.occurred_at, v.id",
    )
    .bind(grant.patient_id())
    .fetch_all(&mut **tx)
    .await?)
}

fn immunization_resource(v: &VaccinationRow, patient: &str) -> Value {
    let mut immunization = json!({
        "resourceType": "Immunization",
        "id": v.id,
        "status": "completed",
        "vaccineCode": concept(&v.vaccine_system, &v.vaccine_code, &v.vaccine_display),
        "patient": reference(patient),
        "occurrenceDateTime": instant(v.occurred_at),
    });
    if let Some(lot) = &v.lot {
        immunization["lotNumber"] = json!(lot);
    }
    if let Some(dose) = v.dose_number {
        immunization["protocolApplied"] = json!([{ "doseNumberPositiveInt": dose }]);
    }
    if let Some(id) = &v.performer_id {
        immunization["performer"] = json!([{ "actor": reference(id) }]);
    }
    immunization
}

/// A document, with the treatments it contains (a prescription's, by item id) in
/// `context.related` as publishers name them.
fn document_resource(document: &documents::Document, bytes: &[u8], treatments: &[String], patient: &str) -> Value {
    let mut resource = json!({
        "resourceType": "DocumentReference",
        "id": document.id,
        "status": "current",
        "subject": reference(patient),
        "date": instant(document.issued_at),
        "description": document.title,
        "content": [{ "attachment": {
            "contentType": document.content_type,
            "title": document.title,
            "size": bytes.len(),
            "data": base64::engine::general_purpose::STANDARD.encode(bytes),
            "creation": instant(document.issued_at),
        } }],
    });
    if let Some(code) = document.kind.loinc() {
        resource["type"] = concept(LOINC, code, document.kind.as_str());
    }
    if !document.author_name.is_empty() {
        resource["author"] = json!([{ "display": document.author_name }]);
    }
    if let Some(replaced) = &document.replaces {
        // As publications name the document they correct (`DocumentReference/<id>`).
        let target = json!({ "reference": format!("DocumentReference/{replaced}") });
        resource["relatesTo"] = json!([{ "code": "replaces", "target": target }]);
    }
    if !treatments.is_empty() {
        let related: Vec<Value> = treatments.iter().map(|id| reference(id)).collect();
        resource["context"] = json!({ "related": related });
    }
    resource
}

/// HL7 code systems of the profile's statuses.
const ALLERGY_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
const ALLERGY_VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
const CONDITION_CLINICAL: &str = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const CONDITION_VERIFICATION: &str = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
const CONDITION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/condition-category";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const CONSENT_SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
const ROLE_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

/// A concept as the profile keeps it: coded, or a text alone when the publisher sent no code.
fn item_concept(item: &Item) -> Value {
    if item.code.is_empty() {
        json!({ "text": item.display })
    } else {
        concept(&item.code_system, &item.code, &item.display)
    }
}

fn status_concept(system: &str, code: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code }] })
}

/// An item's time as a FHIR `[x]` named `field`: `<field>DateTime` for a start alone,
/// `<field>Period` when it has an end; nothing without either.
fn when(resource: &mut Value, field: &str, item: &Item) {
    match (item.started_at, item.ended_at) {
        (Some(start), None) => resource[format!("{field}DateTime")] = json!(instant(start)),
        (start, Some(end)) => {
            let mut period = json!({ "end": instant(end) });
            if let Some(start) = start {
                period["start"] = json!(instant(start));
            }
            resource[format!("{field}Period")] = period;
        }
        (None, None) => {}
    }
}

/// A profile item as the resource it came from (`None` for a kind this Carnet does not know).
/// What the patient declared names the patient as its source; their note is the resource's note.
fn profile_resource(item: &Item, patient: &str) -> Option<Value> {
    let kind = item.kind()?;
    let author = item.author_id.as_deref().map(reference).or_else(|| item.is_declared().then(|| reference(patient)));
    let mut r = match kind {
        Kind::Allergy | Kind::Condition => {
            let allergy = kind == Kind::Allergy;
            let (resource_type, clinical, verification, subject) = if allergy {
                ("AllergyIntolerance", ALLERGY_CLINICAL, ALLERGY_VERIFICATION, "patient")
            } else {
                ("Condition", CONDITION_CLINICAL, CONDITION_VERIFICATION, "subject")
            };
            let mut r = json!({
                "resourceType": resource_type,
                "clinicalStatus": status_concept(clinical, &item.status),
                "code": item_concept(item),
                subject: reference(patient),
            });
            if let Some(v) = &item.verification {
                r["verificationStatus"] = status_concept(verification, v);
            }
            if let Some(at) = item.started_at {
                r["onsetDateTime"] = json!(instant(at));
            }
            if let Some(at) = item.asserted_at {
                r["recordedDate"] = json!(instant(at));
            }
            if let Some(author) = author {
                r["recorder"] = author;
            }
            if allergy {
                if let Some(category) = &item.category {
                    r["category"] = json!([category]);
                }
                if let Some(criticality) = &item.criticality {
                    r["criticality"] = json!(criticality);
                }
                if item.detail.is_some() || item.severity.is_some() {
                    let mut reaction = json!({});
                    if let Some(detail) = &item.detail {
                        reaction["manifestation"] = json!([{ "text": detail }]);
                    }
                    if let Some(severity) = &item.severity {
                        reaction["severity"] = json!(severity);
                    }
                    r["reaction"] = json!([reaction]);
                }
            } else {
                if let Some(at) = item.ended_at {
                    r["abatementDateTime"] = json!(instant(at));
                }
                if let Some(category) = &item.category {
                    r["category"] = json!([status_concept(CONDITION_CATEGORY, category)]);
                }
            }
            r
        }
        Kind::Medication => {
            let request = item.category.as_deref() != Some("statement");
            let mut r = json!({
                "resourceType": if request { "MedicationRequest" } else { "MedicationStatement" },
                "status": item.status,
                "medicationCodeableConcept": item_concept(item),
                "subject": reference(patient),
            });
            if let Some(detail) = &item.detail {
                r[if request { "dosageInstruction" } else { "dosage" }] = json!([{ "text": detail }]);
            }
            if request {
                r["intent"] = json!("order");
                if let Some(at) = item.asserted_at {
                    r["authoredOn"] = json!(instant(at));
                }
                let mut validity = json!({});
                if let Some(at) = item.started_at.filter(|at| Some(*at) != item.asserted_at) {
                    validity["start"] = json!(instant(at));
                }
                if let Some(at) = item.ended_at {
                    validity["end"] = json!(instant(at));
                }
                if validity.as_object().is_some_and(|v| !v.is_empty()) {
                    r["dispenseRequest"] = json!({ "validityPeriod": validity });
                }
                if let Some(author) = author {
                    r["requester"] = author;
                }
            } else {
                when(&mut r, "effective", item);
                if let Some(at) = item.asserted_at {
                    r["dateAsserted"] = json!(instant(at));
                }
                if let Some(author) = author {
                    r["informationSource"] = author;
                }
            }
            r
        }
        Kind::Procedure => {
            let mut r = json!({
                "resourceType": "Procedure",
                "status": item.status,
                "code": item_concept(item),
                "subject": reference(patient),
            });
            when(&mut r, "performed", item);
            if let Some(detail) = &item.detail {
                r["reasonCode"] = json!([{ "text": detail }]);
            }
            if let Some(author) = author {
                r["performer"] = json!([{ "actor": author }]);
            }
            r
        }
        Kind::Encounter => {
            let class = item.category.clone().unwrap_or_else(|| "AMB".to_string());
            let mut r = json!({
                "resourceType": "Encounter",
                "status": item.status,
                "class": { "system": ACT_CODE, "code": class },
                "subject": reference(patient),
            });
            // An encounter sent without a type was named after its class: no type to give back.
            if !(item.code == class && item.code_system == ACT_CODE) {
                r["type"] = json!([item_concept(item)]);
            }
            let mut period = json!({});
            if let Some(at) = item.started_at {
                period["start"] = json!(instant(at));
            }
            if let Some(at) = item.ended_at {
                period["end"] = json!(instant(at));
            }
            if period.as_object().is_some_and(|p| !p.is_empty()) {
                r["period"] = period;
            }
            if let Some(detail) = &item.detail {
                r["reasonCode"] = json!([{ "text": detail }]);
            }
            if let Some(author) = author {
                r["participant"] = json!([{ "individual": author }]);
            }
            if let Some(place) = &item.place_id {
                r["serviceProvider"] = reference(place);
            }
            r
        }
        Kind::Imaging => {
            let mut r = json!({
                "resourceType": "ImagingStudy",
                "status": item.status,
                "subject": reference(patient),
                "description": item.display,
            });
            // Named after its modality when it was sent without a procedure: the series gives it.
            let named_by_modality = item.code_system == DICOM_SYSTEM && item.category.as_deref() == Some(&item.code);
            if !named_by_modality {
                r["procedureCode"] = json!([item_concept(item)]);
            }
            if let Some(at) = item.started_at {
                r["started"] = json!(instant(at));
            }
            if let Some(modality) = &item.category {
                let mut series =
                    json!({ "uid": dicom_uid(&item.id), "modality": { "system": DICOM_SYSTEM, "code": modality } });
                if let Some(site) = &item.detail {
                    series["bodySite"] = json!({ "display": site });
                }
                r["series"] = json!([series]);
            }
            if let Some(author) = author {
                r["interpreter"] = json!([author]);
            }
            r
        }
        Kind::BloodGroup => json!({
            "resourceType": "Observation",
            "status": "final",
            "category": [{ "coding": [{ "system": OBSERVATION_CATEGORY, "code": "survey" }] }],
            "code": concept(LOINC, "882-1", "ABO and Rh group [Type] in Blood"),
            "subject": reference(patient),
            "performer": [reference(patient)],
            "effectiveDateTime": instant(item.recorded_at),
            "valueString": item.display,
        }),
        Kind::Directive => {
            let mut r = json!({
                "resourceType": "Consent",
                "status": "active",
                "scope": { "coding": [{ "system": CONSENT_SCOPE, "code": "adr" }] },
                "category": [concept(LOINC, "42348-3", "Advance directives")],
                "patient": reference(patient),
                "dateTime": instant(item.recorded_at),
                "performer": [reference(patient)],
                // What makes them binding (consent rule ppc-1: a policy or a rule).
                "policyRule": { "text": "Code de la santé publique, article L1111-11" },
            });
            // Written in a document the patient added (exported with the documents; the words
            // they wrote about it as the reference's display), else a text.
            match &item.document_id {
                Some(document) => {
                    r["sourceReference"] = reference(document);
                    // The patient's words about the document describe it.
                    if !item.display.is_empty() {
                        r["sourceReference"]["display"] = json!(item.display);
                    }
                }
                None => {
                    r["sourceAttachment"] = json!({
                        "contentType": "text/plain; charset=utf-8",
                        "data": base64::engine::general_purpose::STANDARD.encode(item.display.as_bytes()),
                    })
                }
            }
            r
        }
        Kind::OrganDonation => {
            // French law presumes consent to donation after death (article L1232-1): what is
            // declared is an agreement, a refusal, or a refusal of the organs named in the detail.
            let mut provision = json!({ "type": if item.display == "agrees" { "permit" } else { "deny" } });
            if let Some(organs) = item.detail.as_ref().filter(|_| item.display == "refuses-some") {
                provision["code"] = json!([{ "text": organs }]);
            }
            json!({
                "resourceType": "Consent",
                "status": "active",
                "scope": { "coding": [{ "system": CONSENT_SCOPE, "code": "adr" }] },
                "category": [{ "text": "Organ and tissue donation" }],
                "patient": reference(patient),
                "dateTime": instant(item.recorded_at),
                "performer": [reference(patient)],
                "policyRule": { "text": "Code de la santé publique, article L1232-1" },
                "provision": provision,
            })
        }
        Kind::Disability => {
            let mut r = json!({
                "resourceType": "Condition",
                "clinicalStatus": status_concept(CONDITION_CLINICAL, &item.status),
                "category": [
                    status_concept(CONDITION_CATEGORY, "problem-list-item"),
                    concept(crate::fhir::SNOMED_SYSTEM, "21134002", "Disability"),
                ],
                "code": item_concept(item),
                "subject": reference(patient),
            });
            if let Some(at) = item.started_at {
                r["onsetDateTime"] = json!(instant(at));
            }
            if let Some(author) = author {
                r["recorder"] = author;
            }
            r
        }
        Kind::FamilyHistory => json!({
            "resourceType": "FamilyMemberHistory",
            "status": "completed",
            "patient": reference(patient),
            "date": instant(item.recorded_at),
            "relationship": { "coding": [{ "system": ROLE_CODE, "code": "FAMMEMB", "display": "family member" }] },
            "condition": [{ "code": { "text": item.display } }],
        }),
    };
    // What a disability changes in care, then the patient's note.
    let detail = item.detail.as_ref().filter(|_| kind == Kind::Disability);
    let mut notes: Vec<Value> = detail.into_iter().map(|text| json!({ "text": text })).collect();
    if let Some(note) = &item.note {
        let mut annotation = json!({ "authorReference": reference(patient), "text": note });
        if let Some(at) = item.noted_at {
            annotation["time"] = json!(instant(at));
        }
        notes.push(annotation);
    }
    let annotated =
        matches!(kind, Kind::Allergy | Kind::Condition | Kind::Medication | Kind::Procedure | Kind::FamilyHistory);
    if !notes.is_empty() && (annotated || kind == Kind::Disability) {
        r["note"] = json!(notes);
    }
    // What the patient declared says so, for a Carnet that imports this export again (see
    // `DECLARED_TAG`); what they hid from professionals is marked restricted.
    if item.is_declared() {
        let (system, code) = crate::fhir::DECLARED_TAG;
        r["meta"] = json!({ "tag": [{ "system": system, "code": code }] });
        if item.is_hidden_from_professionals() {
            let (system, code) = crate::fhir::RESTRICTED;
            r["meta"]["security"] = json!([{ "system": system, "code": code }]);
        }
    }
    r["id"] = json!(item.id);
    Some(r)
}
