//! The bundle reader: JSON → [`Bundle`], resolving references and refusing on the first problem.
//!
//! Memory stays a small multiple of the bundle's size, whatever it holds: the bundle is first
//! read as an index of its entries borrowing from the bytes (each resource kept as its raw text,
//! [`RawValue`], with its type and id), then each resource is parsed into a JSON tree on its own,
//! read, and dropped before the next. A tree of the whole bundle would weigh some ten times its
//! text (see `docs/performance.md`).

use std::collections::HashMap;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::error::{BundleError, Problem, Reason};
use super::*;

mod profile;

/// The bundle as first read: its fields left raw, so that a field of an unexpected JSON type is
/// the same refusal as a missing one (as if read from a tree), not a parse error.
#[derive(Deserialize)]
struct RawBundle<'a> {
    #[serde(rename = "resourceType", borrow, default)]
    resource_type: Option<&'a RawValue>,
    #[serde(rename = "type", borrow, default)]
    kind: Option<&'a RawValue>,
    #[serde(borrow, default)]
    entry: Option<&'a RawValue>,
}

/// One entry, its fields raw ([`RawBundle`]).
#[derive(Deserialize)]
struct RawEntry<'a> {
    #[serde(rename = "fullUrl", borrow, default)]
    full_url: Option<&'a RawValue>,
    #[serde(borrow, default)]
    request: Option<&'a RawValue>,
    #[serde(borrow, default)]
    resource: Option<&'a RawValue>,
}

/// What the index needs of a request or a resource.
#[derive(Deserialize)]
struct RawFields<'a> {
    #[serde(borrow, default)]
    method: Option<&'a RawValue>,
    #[serde(borrow, default)]
    url: Option<&'a RawValue>,
    #[serde(rename = "resourceType", borrow, default)]
    resource_type: Option<&'a RawValue>,
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
}

/// A raw field's text when it is a JSON string.
fn text_of(raw: Option<&RawValue>) -> Option<String> {
    raw.and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
}

/// A raw JSON object's fields the index reads (none when it is no object).
fn fields_of(raw: Option<&RawValue>) -> Option<RawFields<'_>> {
    raw.filter(|raw| raw.get().starts_with('{')).and_then(|raw| serde_json::from_str(raw.get()).ok())
}

/// Reads a FHIR R4 Bundle (transaction, batch or collection).
pub fn read_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::whole(Problem::TooLarge));
    }
    let not_json = |e: serde_json::Error| {
        BundleError::whole(Problem::NotJson(format!("line {}, column {}", e.line(), e.column())))
    };
    let raw: RawBundle = match serde_json::from_slice(bytes) {
        Ok(raw) => raw,
        // Valid JSON of another shape (an array, a field twice) is no bundle.
        Err(error) => {
            serde_json::from_slice::<serde::de::IgnoredAny>(bytes).map_err(not_json)?;
            return Err(match error.classify() {
                serde_json::error::Category::Data => BundleError::whole(Problem::NotABundle),
                _ => not_json(error),
            });
        }
    };
    if text_of(raw.resource_type).as_deref() != Some("Bundle") {
        return Err(BundleError::whole(Problem::NotABundle));
    }
    let kind = match text_of(raw.kind).as_deref() {
        Some("transaction") => BundleType::Transaction,
        Some("batch") => BundleType::Batch,
        Some("collection") => BundleType::Collection,
        Some(other) => return Err(BundleError::whole(Problem::UnsupportedBundleType(other.to_string()))),
        None => return Err(BundleError::whole(Problem::MissingField("Bundle.type"))),
    };
    let entries = match raw.entry.and_then(|e| serde_json::from_str::<Vec<&RawValue>>(e.get()).ok()) {
        Some(entries) if !entries.is_empty() => entries,
        _ => return Err(BundleError::whole(Problem::Empty)),
    };
    let mut reader = Reader::index(&entries)?;
    reader.bundle.kind = kind;
    // People first, then what refers to them, then what refers to results. Each resource is
    // parsed when its turn comes, and dropped once read.
    let resources = std::mem::take(&mut reader.resources);
    for kinds in [
        &["Patient"][..],
        &["Practitioner", "Organization", "Medication"],
        &["Observation"],
        &["DiagnosticReport", "Immunization", "DocumentReference"],
        &profile::RESOURCE_TYPES,
        &["Goal"],
    ] {
        for (position, (kind, resource)) in resources.iter().enumerate() {
            let (true, Some(resource)) = (kinds.contains(&kind.as_str()), resource) else { continue };
            let fail = |problem| BundleError { entry: Some(position), resource_type: Some(kind.clone()), problem };
            let tree: Value =
                serde_json::from_str(resource.get()).map_err(|e| fail(Problem::NotJson(e.to_string())))?;
            reader.read(position, kind, &tree).map_err(fail)?;
        }
    }
    for (kind, _) in &resources {
        if !kind.is_empty() && !KEPT.contains(&kind.as_str()) {
            *reader.bundle.ignored.entry(kind.clone()).or_default() += 1;
        }
    }
    Ok(reader.bundle)
}

/// The sender's id of the resource a DELETE entry names (`Observation/k`, also as a full URL
/// ending so): a type and an id, nothing else (no search, no version).
pub(super) fn deleted_source(url: &str) -> Option<SourceId> {
    let mut parts = url.trim_end_matches('/').rsplit('/');
    let (id, kind) = (parts.next()?, parts.next()?);
    let kind_ok =
        kind.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && kind.chars().all(|c| c.is_ascii_alphabetic());
    let id_ok =
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    (kind_ok && id_ok && !url.contains(['?', '#'])).then(|| format!("{kind}/{id}"))
}

/// Resource types Carnet reads; every other type is counted in [`Bundle::ignored`]. A Medication
/// is read as the name of the treatments that refer to it.
const KEPT: [&str; 18] = [
    "Patient",
    "Practitioner",
    "Organization",
    "Medication",
    "Observation",
    "DiagnosticReport",
    "Immunization",
    "DocumentReference",
    "AllergyIntolerance",
    "Condition",
    "MedicationRequest",
    "MedicationStatement",
    "Procedure",
    "Encounter",
    "ImagingStudy",
    "FamilyMemberHistory",
    "Consent",
    "Goal",
];

/// Observation statuses meaning the result was withdrawn: read as a [`Withdrawal`] of what the
/// publisher sent before under the same id.
const WITHDRAWN: &[&str] = &["cancelled", "entered-in-error"];

type Read<T> = Result<T, Problem>;

struct Reader<'a> {
    /// (resource type, resource as sent) per entry position; no resource for a DELETE.
    resources: Vec<(String, Option<&'a RawValue>)>,
    /// fullUrl and `Type/id` → entry position.
    by_reference: HashMap<String, usize>,
    bundle: Bundle,
    patients: HashMap<usize, usize>,
    authors: HashMap<usize, usize>,
    /// Entry position of an Observation → the results it became (none when not kept).
    results: HashMap<usize, Vec<usize>>,
    /// Entry position of a Medication → what it is.
    medications: HashMap<usize, Coding>,
    /// Entry position → `Type/id` of the resource there (when it has an id).
    named: HashMap<usize, String>,
}

impl<'a> Reader<'a> {
    fn index(entries: &[&'a RawValue]) -> Result<Reader<'a>, BundleError> {
        let mut resources = Vec::with_capacity(entries.len());
        let mut by_reference = HashMap::new();
        let mut named = HashMap::new();
        let mut deletions = Vec::new();
        for (position, entry) in entries.iter().enumerate() {
            let fail = |problem| BundleError { entry: Some(position), resource_type: None, problem };
            let entry: Option<RawEntry<'a>> =
                entry.get().starts_with('{').then(|| serde_json::from_str(entry.get()).ok()).flatten();
            let (full_url, request, resource) =
                entry.map_or((None, None, None), |e| (e.full_url, fields_of(e.request), e.resource));
            // A DELETE of one of the sender's own resources carries no resource, only its address.
            if let Some(request) = request {
                if text_of(request.method).is_some_and(|m| m.eq_ignore_ascii_case("DELETE")) {
                    let url = text_of(request.url);
                    let source =
                        url.as_deref().and_then(deleted_source).ok_or(fail(Problem::MissingField("request.url")))?;
                    deletions.push((position, source));
                    resources.push((String::new(), None));
                    continue;
                }
            }
            let fields = fields_of(resource).ok_or(fail(Problem::MissingField("resource")))?;
            let kind = text_of(fields.resource_type).ok_or(fail(Problem::MissingField("resourceType")))?;
            let mut names = Vec::new();
            if let Some(full_url) = text_of(full_url) {
                names.push(full_url);
            }
            if let Some(id) = text_of(fields.id) {
                names.push(format!("{kind}/{id}"));
                named.insert(position, format!("{kind}/{id}"));
            }
            for name in names {
                if by_reference.insert(name.clone(), position).is_some() {
                    return Err(BundleError {
                        entry: Some(position),
                        resource_type: Some(kind),
                        problem: Problem::Duplicate(name),
                    });
                }
            }
            resources.push((kind, resource));
        }
        let mut bundle = Bundle { entries: vec![Made::NotKept; entries.len()], ..Bundle::default() };
        for (position, source) in deletions {
            bundle.entries[position] = Made::Deletion(bundle.deletions.len());
            bundle.deletions.push(source);
        }
        Ok(Reader {
            resources,
            by_reference,
            bundle,
            patients: HashMap::new(),
            authors: HashMap::new(),
            results: HashMap::new(),
            medications: HashMap::new(),
            named,
        })
    }

    fn read(&mut self, position: usize, kind: &str, r: &Value) -> Read<()> {
        let source = format!("{kind}/{}", r.get("id").and_then(Value::as_str).ok_or(Problem::MissingField("id"))?);
        let b = &self.bundle;
        let before =
            (b.results.len(), b.withdrawn_results.len(), b.vaccinations.len(), b.documents.len(), b.reports.len());
        let vaccinations_withdrawn = b.withdrawn_vaccinations.len();
        let (profile, profile_withdrawn) = (b.profile.len(), b.withdrawn_profile.len());
        let targets = b.targets.len();
        self.read_kind(position, kind, source, r)?;
        let b = &self.bundle;
        let grew = |before: usize, now: usize| (now > before).then_some(before);
        self.bundle.entries[position] = match kind {
            "Patient" => Made::Patient(b.patients.len() - 1),
            "Practitioner" | "Organization" => Made::Author(b.authors.len() - 1),
            "DiagnosticReport" => grew(before.4, b.reports.len()).map_or(Made::NotKept, Made::Report),
            "Observation" => match grew(before.1, b.withdrawn_results.len()) {
                Some(index) => Made::Withdrawal(index),
                None if b.results.len() > before.0 => Made::Results(before.0..b.results.len()),
                // A declared blood group.
                None => grew(profile, b.profile.len()).map_or(Made::NotKept, Made::ProfileItem),
            },
            "Immunization" => match grew(vaccinations_withdrawn, b.withdrawn_vaccinations.len()) {
                Some(index) => Made::WithdrawnVaccination(index),
                None => grew(before.2, b.vaccinations.len()).map_or(Made::NotKept, Made::Vaccination),
            },
            "DocumentReference" => grew(before.3, b.documents.len()).map_or(Made::NotKept, Made::Document),
            "Goal" => grew(targets, b.targets.len()).map_or(Made::NotKept, Made::Target),
            kind if profile::RESOURCE_TYPES.contains(&kind) => {
                match grew(profile_withdrawn, b.withdrawn_profile.len()) {
                    Some(index) => Made::WithdrawnProfileItem(index),
                    None => grew(profile, b.profile.len()).map_or(Made::NotKept, Made::ProfileItem),
                }
            }
            _ => Made::NotKept,
        };
        Ok(())
    }

    fn read_kind(&mut self, position: usize, kind: &str, source: SourceId, r: &Value) -> Read<()> {
        match kind {
            "Patient" => {
                let entry = patient(source, r)?;
                self.patients.insert(position, self.bundle.patients.len());
                self.bundle.patients.push(entry);
            }
            "Practitioner" | "Organization" => {
                let entry = author(source, kind, r)?;
                self.authors.insert(position, self.bundle.authors.len());
                self.bundle.authors.push(entry);
            }
            "Observation" => self.observation(position, source, r)?,
            "DiagnosticReport" => self.report(source, r)?,
            "Immunization" => self.immunization(source, r)?,
            "DocumentReference" => self.document(source, r)?,
            "Medication" => {
                let code = profile::concept(r.get("code"), "code")?;
                self.medications.insert(position, code);
            }
            kind if profile::RESOURCE_TYPES.contains(&kind) => self.profile_item(kind, source, r)?,
            "Goal" => self.goal(source, r)?,
            _ => {}
        }
        Ok(())
    }

    /// The entry a reference points to in this bundle.
    fn resolve(&self, reference: &Value, field: &'static str) -> Read<usize> {
        let text = reference.get("reference").and_then(Value::as_str).ok_or(Problem::MissingField(field))?;
        self.by_reference.get(text).copied().ok_or_else(|| Problem::DanglingReference(text.to_string()))
    }

    fn patient_of(&self, r: &Value, field: &'static str) -> Read<usize> {
        let reference = r.get(field).ok_or(Problem::MissingField(field))?;
        let position = self.resolve(reference, field)?;
        self.patients.get(&position).copied().ok_or_else(|| dangling(reference))
    }

    fn author_at(&self, reference: &Value, field: &'static str) -> Read<usize> {
        let position = self.resolve(reference, field)?;
        self.authors.get(&position).copied().ok_or_else(|| dangling(reference))
    }

    /// The first performer, when it is an author: one that is the patient (a questionnaire they
    /// answered) or a relative names no author; one outside the bundle is refused.
    fn first_performer(&self, r: &Value, path: &[&str]) -> Read<Option<usize>> {
        let Some(first) = r.get(path[0]).and_then(Value::as_array).and_then(|a| a.first()) else { return Ok(None) };
        let Some(reference) = path[1..].iter().try_fold(first, |v, key| v.get(*key)) else { return Ok(None) };
        let position = self.resolve(reference, "performer")?;
        Ok(self.authors.get(&position).copied())
    }

    fn observation(&mut self, position: usize, source: SourceId, r: &Value) -> Read<()> {
        if !kept(r, &["registered", "preliminary", "final", "amended", "corrected", "unknown"], WITHDRAWN)? {
            let patient = self.patient_of(r, "subject")?;
            self.bundle.withdrawn_results.push(Withdrawal { source, patient });
            self.results.insert(position, Vec::new());
            return Ok(());
        }
        let categories: Vec<&str> = r
            .get("category")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .flat_map(|c| c.get("coding").and_then(Value::as_array).into_iter().flatten())
            .filter_map(|c| c.get("code").and_then(Value::as_str))
            .collect();
        // Laboratory and vital signs first (an observation may be in several categories), then
        // the first other known one; none known: kept as "other", with its text and codes.
        let category = [ResultCategory::Laboratory, ResultCategory::VitalSigns]
            .into_iter()
            .find(|c| categories.contains(&c.as_str()))
            .or_else(|| categories.iter().find_map(|c| ResultCategory::of_code(c)))
            .unwrap_or(ResultCategory::Other);
        let patient = self.patient_of(r, "subject")?;
        let code = coding(r.get("code"), "code")?;
        // The blood group the patient declared, as Carnet's export writes it: an item of their
        // profile, not a laboratory's result.
        if code.code == "882-1" && profile::has_code(r.pointer("/meta/tag"), crate::fhir::DECLARED_TAG) {
            let mut entry = ProfileEntry::new(source, patient, ProfileKind::BloodGroup);
            entry.code.display = r.get("valueString").and_then(Value::as_str).unwrap_or_default().trim().to_string();
            entry.status = "active".into();
            entry.declared = true;
            self.bundle.profile.push(entry);
            self.results.insert(position, Vec::new());
            return Ok(());
        }
        let effective_at = effective(r)?.ok_or(Problem::MissingField("effective[x]"))?;
        let issued_at = r.get("issued").map(|v| instant(v, "issued")).transpose()?;
        let performer = self.first_performer(r, &["performer"])?;
        let from_device = r.get("device").is_some();
        let declared = profile::has_code(r.pointer("/meta/tag"), crate::fhir::DECLARED_TAG);
        let mut made = Vec::new();
        let components = r.get("component").and_then(Value::as_array).filter(|c| !c.is_empty());
        // A panel that only groups other observations (`hasMember`, no value of its own): its
        // members are the results.
        let grouping = r.get("hasMember").is_some() && components.is_none() && value(r)?.is_none();
        if grouping && r.get("dataAbsentReason").is_none() {
            self.results.insert(position, Vec::new());
            return Ok(());
        }
        // Laboratory results and vital signs must be readable; what Carnet cannot read of the
        // other categories (a range, a ratio, a sampled signal…) is left out, not refused.
        let strict = matches!(category, ResultCategory::Laboratory | ResultCategory::VitalSigns);
        let mut push = |bundle: &mut Bundle, source: SourceId, code: Coding, item: &Value| -> Read<()> {
            let value = match value(item) {
                Ok(value) => value,
                Err(_) if !strict => return Ok(()),
                Err(problem) => return Err(problem),
            };
            if value.is_none() && item.get("dataAbsentReason").is_none() {
                return if strict { Err(Problem::MissingField("value[x]")) } else { Ok(()) };
            }
            made.push(bundle.results.len());
            bundle.results.push(ResultEntry {
                source,
                patient,
                category,
                code,
                name_origin: NameOrigin::Sent,
                value,
                range: range(item)?,
                flag: flag(item)?,
                effective_at,
                issued_at,
                performer,
                from_device,
                declared,
            });
            Ok(())
        };
        match components {
            // A panel measured as parts (blood pressure): one result per part.
            Some(components) => {
                for component in components {
                    let code = coding(component.get("code"), "component.code")?;
                    push(&mut self.bundle, format!("{source}#{}", code.code), code, component)?;
                }
            }
            None => push(&mut self.bundle, source, code, r)?,
        }
        self.results.insert(position, made);
        Ok(())
    }

    fn report(&mut self, source: SourceId, r: &Value) -> Read<()> {
        let patient = self.patient_of(r, "subject")?;
        let code = coding(r.get("code"), "code")?;
        let effective_at = effective(r)?.or(r.get("issued").map(|v| instant(v, "issued")).transpose()?);
        let effective_at = effective_at.ok_or(Problem::MissingField("effective[x]"))?;
        let issued_at = r.get("issued").map(|v| instant(v, "issued")).transpose()?;
        let performer = self.first_performer(r, &["performer"])?;
        let mut results = Vec::new();
        for reference in r.get("result").and_then(Value::as_array).into_iter().flatten() {
            let position = self.resolve(reference, "result")?;
            match self.results.get(&position) {
                Some(made) => results.extend(made.iter().copied()),
                None => return Err(dangling(reference)),
            }
        }
        let presented = r
            .get("presentedForm")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|a| attachment(a, "presentedForm"))
            .collect::<Read<Vec<_>>>()?;
        let narrative =
            r.get("text").and_then(|t| t.get("div")).and_then(Value::as_str).map(plain_text).filter(|t| !t.is_empty());
        let imaging = self.linked(r.get("imagingStudy"), "imagingStudy", &["ImagingStudy"])?;
        self.bundle.reports.push(ReportEntry {
            source,
            patient,
            code,
            effective_at,
            issued_at,
            performer,
            results,
            presented,
            narrative,
            imaging,
        });
        Ok(())
    }

    fn immunization(&mut self, source: SourceId, r: &Value) -> Read<()> {
        if r.get("status").and_then(Value::as_str) == Some("entered-in-error") {
            let patient = self.patient_of(r, "patient")?;
            self.bundle.withdrawn_vaccinations.push(Withdrawal { source, patient });
            return Ok(());
        }
        if !kept(r, &["completed"], &["not-done"])? {
            return Ok(());
        }
        let patient = self.patient_of(r, "patient")?;
        let vaccine = coding(r.get("vaccineCode"), "vaccineCode")?;
        let occurred_at = r
            .get("occurrenceDateTime")
            .map(|v| instant(v, "occurrenceDateTime"))
            .transpose()?
            .ok_or(Problem::MissingField("occurrenceDateTime"))?;
        let lot = r.get("lotNumber").and_then(Value::as_str).map(str::to_string);
        let dose_number = r
            .get("protocolApplied")
            .and_then(Value::as_array)
            .and_then(|p| p.first())
            .and_then(|p| p.get("doseNumberPositiveInt"))
            .map(|d| d.as_u64().and_then(|d| u32::try_from(d).ok()).filter(|d| *d > 0))
            .map(|d| {
                d.ok_or(Problem::InvalidField { field: "doseNumberPositiveInt", reason: Reason::NotAPositiveInteger })
            })
            .transpose()?;
        let performer = self.first_performer(r, &["performer", "actor"])?;
        self.bundle.vaccinations.push(VaccinationEntry {
            source,
            patient,
            vaccine,
            name_origin: NameOrigin::Sent,
            occurred_at,
            lot,
            dose_number,
            performer,
        });
        Ok(())
    }

    fn document(&mut self, source: SourceId, r: &Value) -> Read<()> {
        if !kept(r, &["current"], &["superseded", "entered-in-error"])? {
            return Ok(());
        }
        let patient = self.patient_of(r, "subject")?;
        let kind = r.get("type").map(|t| coding(Some(t), "type")).transpose()?;
        let content = r
            .get("content")
            .and_then(Value::as_array)
            .and_then(|c| c.first())
            .and_then(|c| c.get("attachment"))
            .ok_or(Problem::MissingField("content.attachment"))?;
        let content = attachment(content, "content.attachment")?;
        // An attachment's title is often its file name: shown without the extension.
        let title = content
            .title
            .as_deref()
            .map(without_file_extension)
            .or_else(|| r.get("description").and_then(Value::as_str).map(str::to_string))
            .or_else(|| kind.as_ref().map(|k| k.display.clone()))
            .ok_or(Problem::MissingField("content.attachment.title"))?;
        let date = r.get("date").map(|v| instant(v, "date")).transpose()?;
        let authors = r
            .get("author")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            // An author known only by name (a reference with just a display) links to no one.
            .filter(|a| a.get("reference").is_some())
            .map(|a| self.author_at(a, "author"))
            .collect::<Read<Vec<_>>>()?;
        let replaces = replaced_document(r)?;
        let treatments = self.prescribed(r)?;
        self.bundle.documents.push(DocumentEntry {
            source,
            patient,
            kind,
            title,
            date,
            authors,
            content,
            replaces,
            treatments,
            hidden_from_representatives: false,
        });
        Ok(())
    }

    /// The treatments a document names in `context.related`: MedicationRequests and
    /// MedicationStatements (see [`Reader::linked`]); other related resources (an encounter, a
    /// procedure) are not kept.
    fn prescribed(&self, r: &Value) -> Read<Vec<Linked>> {
        let related = r.pointer("/context/related");
        self.linked(related, "context.related", &["MedicationRequest", "MedicationStatement"])
    }

    /// The resources of the types `kinds` a list of references (`field`) names: in this bundle,
    /// or published before by the same publisher (`Type/<id>`); each once. A `urn:` address that
    /// is not in the bundle is a dangling reference; a reference to another type is not kept.
    fn linked(&self, references: Option<&Value>, field: &'static str, kinds: &[&str]) -> Read<Vec<Linked>> {
        let mut found = Vec::new();
        for reference in references.and_then(Value::as_array).into_iter().flatten() {
            let text = reference.get("reference").and_then(Value::as_str).ok_or(Problem::MissingField(field))?;
            let named = match self.by_reference.get(text) {
                Some(position) => self.named.get(position).cloned().map(Linked::InBundle),
                None if text.starts_with("urn:") => return Err(Problem::DanglingReference(text.to_string())),
                None => Some(Linked::Published(text.to_string())),
            };
            let Some(named) = named else { continue };
            let of_kind = named
                .source()
                .split_once('/')
                .is_some_and(|(kind, id)| kinds.contains(&kind) && !id.is_empty() && !id.contains('/'));
            if of_kind && !found.contains(&named) {
                found.push(named);
            }
        }
        Ok(found)
    }
}

/// A title without the extension of a file name (`Ordonnance.pdf` → `Ordonnance`).
fn without_file_extension(title: &str) -> String {
    let lower = title.to_ascii_lowercase();
    [".pdf", ".jpg", ".jpeg", ".png", ".txt"]
        .iter()
        .find_map(|ext| lower.ends_with(ext).then(|| &title[..title.len() - ext.len()]))
        .filter(|stem| !stem.trim().is_empty())
        .unwrap_or(title)
        .to_string()
}

/// The document a DocumentReference corrects: `relatesTo` with code `replaces`, whose target is
/// `DocumentReference/<id>` (an earlier publication, so not in this bundle).
fn replaced_document(r: &Value) -> Read<Option<SourceId>> {
    let Some(relation) = r
        .get("relatesTo")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|rel| rel.get("code").and_then(Value::as_str) == Some("replaces"))
    else {
        return Ok(None);
    };
    let target = relation
        .get("target")
        .and_then(|t| t.get("reference"))
        .and_then(Value::as_str)
        .ok_or(Problem::MissingField("relatesTo.target"))?;
    match target.strip_prefix("DocumentReference/") {
        Some(id) if !id.is_empty() && !id.contains('/') => Ok(Some(target.to_string())),
        _ => Err(Problem::DanglingReference(target.to_string())),
    }
}

/// Whether a resource is kept, by its `status`: `true` for a status in `keep`, `false` for one
/// in `skip` (withdrawn, not done, superseded), and a problem for a missing or unknown status.
fn kept(r: &Value, keep: &[&str], skip: &[&str]) -> Read<bool> {
    let status = r.get("status").and_then(Value::as_str).ok_or(Problem::MissingField("status"))?;
    if keep.contains(&status) {
        Ok(true)
    } else if skip.contains(&status) {
        Ok(false)
    } else {
        Err(Problem::UnknownCode { field: "status", code: status.to_string() })
    }
}

fn dangling(reference: &Value) -> Problem {
    Problem::DanglingReference(reference.get("reference").and_then(Value::as_str).unwrap_or_default().to_string())
}

fn patient(source: SourceId, r: &Value) -> Read<PatientEntry> {
    let names = r.get("name").and_then(Value::as_array).ok_or(Problem::MissingField("name"))?;
    let name = names
        .iter()
        .find(|n| n.get("use").and_then(Value::as_str) == Some("official"))
        .or_else(|| names.first())
        .ok_or(Problem::MissingField("name"))?;
    let family = name.get("family").and_then(Value::as_str).unwrap_or_default().to_string();
    let given = joined(name.get("given"));
    if family.trim().is_empty() && given.trim().is_empty() {
        return Err(Problem::MissingField("name.family"));
    }
    let birth_date = r
        .get("birthDate")
        .map(|d| {
            d.as_str()
                .and_then(|d| d.parse::<jiff::civil::Date>().ok())
                .ok_or(Problem::InvalidField { field: "birthDate", reason: Reason::NotADate })
        })
        .transpose()?;
    let gender = match r.get("gender") {
        None => None,
        Some(value) => match value.as_str() {
            Some(code @ ("male" | "female" | "other" | "unknown")) => Some(code.to_string()),
            _ => {
                let code = value.as_str().map_or_else(|| value.to_string(), str::to_string);
                return Err(Problem::UnknownCode { field: "gender", code });
            }
        },
    };
    let addresses = r
        .get("address")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(address)
        .take(MAX_ADDRESSES)
        .collect();
    Ok(PatientEntry { source, identifiers: identifiers(r), family, given, birth_date, gender, addresses })
}

/// At most this many addresses are kept of a patient.
const MAX_ADDRESSES: usize = 5;

/// An address's known fields, each kept only as a line of at most 200 characters (none left:
/// not an address).
fn address(a: &Value) -> Option<crate::fhir::Address> {
    let text = |field: &str| {
        a.get(field).and_then(Value::as_str).and_then(|t| crate::text::single_line(t, 200)).map(str::to_string)
    };
    let line = a
        .get("line")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(|l| crate::text::single_line(l, 200).map(str::to_string))
        .take(4)
        .collect();
    let found = crate::fhir::Address {
        use_: text("use").filter(|u| matches!(u.as_str(), "home" | "work" | "temp" | "old" | "billing")),
        text: text("text"),
        line,
        city: text("city"),
        district: text("district"),
        state: text("state"),
        postal_code: text("postalCode"),
        country: text("country"),
    };
    // Only a use, nothing of where: not kept.
    let bare = crate::fhir::Address { use_: found.use_.clone(), ..Default::default() };
    (found != bare).then_some(found)
}

fn author(source: SourceId, kind: &str, r: &Value) -> Read<AuthorEntry> {
    let (kind, name, name_parts) = if kind == "Practitioner" {
        let name =
            r.get("name").and_then(Value::as_array).and_then(|n| n.first()).ok_or(Problem::MissingField("name"))?;
        let parts = [
            joined(name.get("prefix")),
            joined(name.get("given")),
            name.get("family").and_then(Value::as_str).unwrap_or_default().to_string(),
        ];
        let whole = parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" ");
        let [prefix, given, family] = parts;
        (AuthorKind::Practitioner, whole, Some(crate::fhir::NameParts { prefix, given, family }))
    } else {
        (AuthorKind::Organization, r.get("name").and_then(Value::as_str).unwrap_or_default().to_string(), None)
    };
    if name.trim().is_empty() {
        return Err(Problem::MissingField("name"));
    }
    Ok(AuthorEntry { source, kind, name, identifiers: identifiers(r), name_parts })
}

fn identifiers(r: &Value) -> Vec<Identifier> {
    r.get("identifier")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|i| {
            let system = i.get("system").and_then(Value::as_str)?;
            let value = i.get("value").and_then(Value::as_str)?;
            Some(Identifier { system: system.to_string(), value: value.to_string() })
        })
        .collect()
}

fn joined(parts: Option<&Value>) -> String {
    parts.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")
}

/// A CodeableConcept's first coding, with a readable display.
fn coding(concept: Option<&Value>, field: &'static str) -> Read<Coding> {
    let concept = concept.ok_or(Problem::MissingField(field))?;
    let text = concept.get("text").and_then(Value::as_str);
    let first = concept.get("coding").and_then(Value::as_array).and_then(|c| c.first());
    let code = first.and_then(|c| c.get("code")).and_then(Value::as_str).filter(|c| !c.trim().is_empty());
    let Some(code) = code else { return Err(Problem::MissingField(field)) };
    let display = first.and_then(|c| c.get("display")).and_then(Value::as_str).or(text).unwrap_or(code);
    Ok(Coding {
        system: first.and_then(|c| c.get("system")).and_then(Value::as_str).map(str::to_string),
        code: code.to_string(),
        display: display.to_string(),
    })
}

fn value(item: &Value) -> Read<Option<ResultValue>> {
    if let Some(quantity) = item.get("valueQuantity") {
        let value = quantity
            .get("value")
            .ok_or(Problem::MissingField("valueQuantity.value"))?
            .as_f64()
            .filter(|v| v.is_finite())
            .ok_or(Problem::InvalidField { field: "valueQuantity.value", reason: Reason::NotANumber })?;
        let unit = quantity.get("unit").or_else(|| quantity.get("code")).and_then(Value::as_str).map(str::to_string);
        // The unit's code, when it is UCUM's (what software compares; `unit` is for people).
        let unit_code = (quantity.get("system").and_then(Value::as_str) == Some(UCUM_SYSTEM))
            .then(|| quantity.get("code").and_then(Value::as_str).map(str::to_string))
            .flatten();
        return Ok(Some(ResultValue::Quantity { value, unit, unit_code }));
    }
    if let Some(text) = item.get("valueString") {
        let text = text.as_str().ok_or(Problem::InvalidField { field: "valueString", reason: Reason::NotText })?;
        return Ok(Some(ResultValue::Text(text.to_string())));
    }
    if let Some(concept) = item.get("valueCodeableConcept") {
        // A concept sent as text only is kept with its text.
        let coded = concept.pointer("/coding/0/code").and_then(Value::as_str).is_some_and(|c| !c.trim().is_empty());
        if let (false, Some(text)) = (coded, concept.get("text").and_then(Value::as_str)) {
            return Ok(Some(ResultValue::Text(text.to_string())));
        }
        return Ok(Some(ResultValue::Coded(coding(Some(concept), "valueCodeableConcept")?)));
    }
    if let Some(number) = item.get("valueInteger") {
        let value =
            number.as_i64().ok_or(Problem::InvalidField { field: "valueInteger", reason: Reason::NotAnInteger })?;
        return Ok(Some(ResultValue::Quantity { value: value as f64, unit: None, unit_code: None }));
    }
    // Values Carnet has no better way to show: kept as the text they were sent as.
    for (field, kind) in [("valueBoolean", "boolean"), ("valueDateTime", "text"), ("valueTime", "text")] {
        if let Some(v) = item.get(field) {
            let text = match (kind, v) {
                ("boolean", Value::Bool(b)) => b.to_string(),
                (_, Value::String(s)) => s.clone(),
                _ => return Err(Problem::InvalidField { field, reason: Reason::NotText }),
            };
            return Ok(Some(ResultValue::Text(text)));
        }
    }
    Ok(None)
}

fn range(item: &Value) -> Read<Option<ReferenceRange>> {
    let Some(range) = item.get("referenceRange").and_then(Value::as_array).and_then(|r| r.first()) else {
        return Ok(None);
    };
    let bound = |key: &'static str| -> Read<Option<f64>> {
        match range.get(key).and_then(|b| b.get("value")) {
            None => Ok(None),
            Some(v) => v
                .as_f64()
                .map(Some)
                .ok_or(Problem::InvalidField { field: "referenceRange", reason: Reason::BoundNotANumber }),
        }
    };
    let (low, high) = (bound("low")?, bound("high")?);
    let text = range.get("text").and_then(Value::as_str).map(str::to_string);
    if let (Some(low), Some(high)) = (low, high) {
        if low > high {
            return Err(Problem::InvalidField { field: "referenceRange", reason: Reason::LowAboveHigh });
        }
    }
    Ok((low.is_some() || high.is_some() || text.is_some()).then_some(ReferenceRange { low, high, text }))
}

fn flag(item: &Value) -> Read<Option<Flag>> {
    let Some(code) = item
        .get("interpretation")
        .and_then(Value::as_array)
        .and_then(|i| i.first())
        .and_then(|i| i.get("coding"))
        .and_then(Value::as_array)
        .and_then(|c| c.first())
        .and_then(|c| c.get("code"))
        .and_then(Value::as_str)
    else {
        return Ok(None);
    };
    Flag::from_code(code)
        .map(Some)
        .ok_or_else(|| Problem::UnknownCode { field: "interpretation", code: code.to_string() })
}

fn effective(r: &Value) -> Read<Option<i64>> {
    if let Some(v) = r.get("effectiveDateTime") {
        return instant(v, "effectiveDateTime").map(Some);
    }
    if let Some(v) = r.get("effectiveInstant") {
        return instant(v, "effectiveInstant").map(Some);
    }
    if let Some(start) = r.get("effectivePeriod").and_then(|p| p.get("start")) {
        return instant(start, "effectivePeriod.start").map(Some);
    }
    Ok(None)
}

/// A FHIR dateTime or instant in ms since the epoch. A date without a time (or a partial date)
/// means its first moment, UTC.
fn instant(value: &Value, field: &'static str) -> Read<i64> {
    let invalid = Problem::InvalidField { field, reason: Reason::NotADateTime };
    let text = value.as_str().ok_or(invalid.clone())?;
    if let Ok(ts) = text.parse::<jiff::Timestamp>() {
        return Ok(ts.as_millisecond());
    }
    let padded = match text.len() {
        4 => format!("{text}-01-01"),
        7 => format!("{text}-01"),
        _ => text.to_string(),
    };
    let date: jiff::civil::Date = padded.parse().map_err(|_| invalid.clone())?;
    date.to_zoned(jiff::tz::TimeZone::UTC).map(|z| z.timestamp().as_millisecond()).map_err(|_| invalid)
}

fn attachment(a: &Value, field: &'static str) -> Read<Attachment> {
    let content_type = a
        .get("contentType")
        .and_then(Value::as_str)
        .filter(|c| !c.trim().is_empty())
        .ok_or(Problem::MissingField("attachment.contentType"))?;
    let data =
        a.get("data").and_then(Value::as_str).ok_or(Problem::InvalidField { field, reason: Reason::NoInlineData })?;
    let compact: String = data.chars().filter(|c| !c.is_whitespace()).collect();
    let data = STANDARD.decode(compact).map_err(|_| Problem::InvalidField { field, reason: Reason::NotBase64 })?;
    if data.is_empty() {
        return Err(Problem::InvalidField { field, reason: Reason::Empty });
    }
    Ok(Attachment {
        content_type: content_type.to_string(),
        title: a.get("title").and_then(Value::as_str).map(str::to_string),
        data,
    })
}

/// The text of an XHTML narrative, tags removed and white space folded.
fn plain_text(xhtml: &str) -> String {
    let mut text = String::with_capacity(xhtml.len());
    let mut in_tag = false;
    for c in xhtml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
