//! The health profile's resources: AllergyIntolerance, Condition (a disability among them),
//! MedicationRequest and MedicationStatement, Procedure, Encounter, ImagingStudy,
//! FamilyMemberHistory and Consent (advance directives, the position on organ donation), each
//! read as a [`ProfileEntry`] (or, sent `entered-in-error`, as a [`Withdrawal`] of what its
//! publisher sent before under that id). What Carnet's export marks as declared by the patient
//! ([`DECLARED_TAG`]) says so ([`ProfileEntry::declared`]).
//!
//! Codes that FHIR binds to a fixed list (statuses, criticality, severity) are checked, and an
//! unknown one refuses the bundle with its entry named; codes of a terminology (SNOMED CT,
//! RxNorm…) are kept as sent with their system, or as text when only a text is sent.

use base64::Engine as _;
use serde_json::Value;

use super::{instant, Read, Reader};
use crate::fhir::error::{Problem, Reason};
use crate::fhir::{
    Coding, ProfileEntry, ProfileKind, SourceId, TargetEntry, Withdrawal, DECLARED_TAG, DICOM_SYSTEM, LOINC_SYSTEM,
    RESTRICTED, SNOMED_SYSTEM,
};

/// The resource types read here, in [`super::read_bundle`]'s last pass (after the people they
/// name).
pub(super) const RESOURCE_TYPES: [&str; 9] = [
    "AllergyIntolerance",
    "Condition",
    "MedicationRequest",
    "MedicationStatement",
    "Procedure",
    "Encounter",
    "ImagingStudy",
    "FamilyMemberHistory",
    "Consent",
];

/// SNOMED CT's "Disability": the category that makes a Condition a disability.
pub(crate) const DISABILITY_CODE: &str = "21134002";

/// The status a reader gives a resource that is not kept (a consent that is not about advance
/// care, or no longer in force): nothing is stored, nothing withdrawn.
const NOT_KEPT: &str = "";

const FAMILY_HISTORY_STATUS: &[&str] = &["partial", "completed", "entered-in-error", "health-unknown"];
const CONSENT_STATUS: &[&str] = &["draft", "proposed", "active", "rejected", "inactive", "entered-in-error"];

const ALLERGY_CLINICAL: &[&str] = &["active", "inactive", "resolved"];
const CONDITION_CLINICAL: &[&str] = &["active", "recurrence", "relapse", "inactive", "remission", "resolved"];
const ALLERGY_VERIFICATION: &[&str] = &["unconfirmed", "confirmed", "refuted", "entered-in-error"];
const CONDITION_VERIFICATION: &[&str] =
    &["unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"];
const ALLERGY_CATEGORY: &[&str] = &["food", "medication", "environment", "biologic"];
const CRITICALITY: &[&str] = &["low", "high", "unable-to-assess"];
const SEVERITY: &[&str] = &["mild", "moderate", "severe"];
const MEDICATION_REQUEST_STATUS: &[&str] =
    &["active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"];
const MEDICATION_STATEMENT_STATUS: &[&str] =
    &["active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"];
const PROCEDURE_STATUS: &[&str] =
    &["preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"];
const ENCOUNTER_STATUS: &[&str] = &[
    "planned",
    "arrived",
    "triaged",
    "in-progress",
    "onleave",
    "finished",
    "cancelled",
    "entered-in-error",
    "unknown",
];
const IMAGING_STATUS: &[&str] = &["registered", "available", "cancelled", "entered-in-error", "unknown"];

/// The status that withdraws what the publisher sent before.
const ENTERED_IN_ERROR: &str = "entered-in-error";

impl Reader<'_> {
    pub(super) fn profile_item(&mut self, resource_type: &str, source: SourceId, r: &Value) -> Read<()> {
        let (kind, patient_field) = match resource_type {
            "AllergyIntolerance" => (ProfileKind::Allergy, "patient"),
            "Condition" => (ProfileKind::Condition, "subject"),
            "MedicationRequest" | "MedicationStatement" => (ProfileKind::Medication, "subject"),
            "Procedure" => (ProfileKind::Procedure, "subject"),
            "ImagingStudy" => (ProfileKind::Imaging, "subject"),
            "FamilyMemberHistory" => (ProfileKind::FamilyHistory, "patient"),
            // Which consent it is, read below.
            "Consent" => (ProfileKind::Directive, "patient"),
            _ => (ProfileKind::Encounter, "subject"),
        };
        let patient = self.patient_of(r, patient_field)?;
        let mut entry = ProfileEntry::new(source, patient, kind);
        let status = match resource_type {
            "AllergyIntolerance" | "Condition" => self.allergy_or_condition(&mut entry, r)?,
            "MedicationRequest" | "MedicationStatement" => self.medication(&mut entry, resource_type, r)?,
            "Procedure" => self.procedure(&mut entry, r)?,
            "ImagingStudy" => self.imaging(&mut entry, r)?,
            "FamilyMemberHistory" => family_history(&mut entry, r)?,
            "Consent" => self.consent(&mut entry, r)?,
            _ => self.encounter(&mut entry, r)?,
        };
        if status == NOT_KEPT {
            return Ok(());
        }
        entry.declared = has_code(r.pointer("/meta/tag"), DECLARED_TAG);
        entry.patient_note = self.patients_note(r)?;
        entry.restricted = has_code(r.pointer("/meta/security"), RESTRICTED);
        if let (Some(start), Some(end)) = (entry.started_at, entry.ended_at) {
            if end < start {
                let field = match kind {
                    ProfileKind::Condition => "abatement[x]",
                    ProfileKind::Procedure => "performedPeriod",
                    ProfileKind::Encounter => "period",
                    _ => "period",
                };
                return Err(Problem::InvalidField { field, reason: Reason::EndBeforeStart });
            }
        }
        if status == ENTERED_IN_ERROR {
            self.bundle.withdrawn_profile.push(Withdrawal { source: entry.source, patient });
        } else {
            entry.status = status;
            self.bundle.profile.push(entry);
        }
        Ok(())
    }

    /// Reads an allergy or a problem into `entry`; returns its status (`entered-in-error` when
    /// its verification says so).
    fn allergy_or_condition(&self, entry: &mut ProfileEntry, r: &Value) -> Read<String> {
        let allergy = entry.kind == ProfileKind::Allergy;
        let (clinical, verification) = if allergy {
            (ALLERGY_CLINICAL, ALLERGY_VERIFICATION)
        } else {
            (CONDITION_CLINICAL, CONDITION_VERIFICATION)
        };
        let verification = status_concept(r, "verificationStatus", verification)?;
        if verification.as_deref() == Some(ENTERED_IN_ERROR) {
            return Ok(ENTERED_IN_ERROR.to_string());
        }
        // An allergy has a clinical status unless refuted (ait-1); a problem needs one only on a
        // problem list (con-3): a diagnosis sent without one is kept as of unknown course.
        let status = match status_concept(r, "clinicalStatus", clinical)? {
            Some(status) => status,
            None if verification.as_deref() == Some("refuted") => "inactive".to_string(),
            None if !allergy => "unknown".to_string(),
            None => return Err(Problem::MissingField("clinicalStatus")),
        };
        entry.verification = verification;
        entry.code = concept(r.get("code"), "code")?;
        entry.started_at = date_or_period_start(r, "onsetDateTime", "onsetPeriod")?;
        entry.asserted_at = r.get("recordedDate").map(|v| instant(v, "recordedDate")).transpose()?;
        entry.author = self.optional_author(r.get("recorder"), "recorder")?;
        if entry.author.is_none() {
            entry.author = self.optional_author(r.get("asserter"), "asserter")?;
        }
        if allergy {
            entry.category = r
                .get("category")
                .and_then(Value::as_array)
                .and_then(|c| c.first())
                .map(|c| code_in(c, "category", ALLERGY_CATEGORY))
                .transpose()?;
            entry.criticality = r.get("criticality").map(|c| code_in(c, "criticality", CRITICALITY)).transpose()?;
            let reactions = r.get("reaction").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
            let manifestations: Vec<String> = reactions
                .iter()
                .flat_map(|reaction| reaction.get("manifestation").and_then(Value::as_array).into_iter().flatten())
                .map(|m| concept(Some(m), "reaction.manifestation").map(|c| c.display))
                .collect::<Read<_>>()?;
            entry.detail = (!manifestations.is_empty()).then(|| manifestations.join(", "));
            entry.severity = reactions
                .iter()
                .filter_map(|reaction| reaction.get("severity"))
                .next()
                .map(|s| code_in(s, "reaction.severity", SEVERITY))
                .transpose()?;
        } else if has_code(r.get("category"), (SNOMED_SYSTEM, DISABILITY_CODE)) {
            // A disability: what to adapt is its first note (as Carnet's export writes it).
            entry.kind = ProfileKind::Disability;
            let by_patient = |note: &&Value| self.names_patient(note.get("authorReference"));
            let notes = r.get("note").and_then(Value::as_array).into_iter().flatten();
            entry.detail = notes
                .filter(|note| !by_patient(note))
                .find_map(|note| note.get("text").and_then(Value::as_str))
                .map(str::to_string);
        } else {
            entry.ended_at = date_or_period_start(r, "abatementDateTime", "abatementPeriod")?;
            entry.category = first_concept_code(r.get("category"));
        }
        Ok(status)
    }

    /// A consent about advance care (scope `adr`): advance directives (LOINC 42348-3), their
    /// text attached or their document referred to; or the position on organ donation (article
    /// L1232-1), from its provision: permit (agrees), deny (refuses), deny of named organs.
    /// Another consent, or one not in force, is not kept.
    fn consent(&self, entry: &mut ProfileEntry, r: &Value) -> Read<String> {
        let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", CONSENT_STATUS)?;
        let advance_care = r
            .pointer("/scope/coding")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|c| c.get("code").and_then(Value::as_str) == Some("adr"));
        // No longer in force (revoked, refused): what it stated before is withdrawn.
        let status =
            if matches!(status.as_str(), "inactive" | "rejected") { ENTERED_IN_ERROR.to_string() } else { status };
        if !advance_care || !matches!(status.as_str(), "active" | ENTERED_IN_ERROR) {
            return Ok(NOT_KEPT.to_string());
        }
        let directives = has_code(r.get("category"), (LOINC_SYSTEM, "42348-3"));
        let organs = r.pointer("/policyRule/text").and_then(Value::as_str).is_some_and(|t| t.contains("L1232-1"));
        if directives {
            if let Some(reference) = r.get("sourceReference") {
                // A reference by name only (a paper kept elsewhere) leads to no document.
                if reference.get("reference").is_some() {
                    let references = Value::Array(vec![reference.clone()]);
                    let linked = self.linked(Some(&references), "sourceReference", &["DocumentReference"])?;
                    entry.document = linked.into_iter().next();
                }
                let words = reference.get("display").and_then(Value::as_str).unwrap_or_default();
                entry.code.display = words.trim().to_string();
            } else if let Some(attachment) = r.get("sourceAttachment") {
                // The directives' text (as Carnet writes it), up to the length a patient may
                // write; a file attached another way is named by its title.
                let plain = attachment
                    .get("contentType")
                    .and_then(Value::as_str)
                    .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/plain"));
                let data = attachment.get("data").and_then(Value::as_str).filter(|_| plain);
                entry.code.display = match data {
                    Some(data) => {
                        let compact: String = data.chars().filter(|c| !c.is_whitespace()).collect();
                        let bytes = base64::engine::general_purpose::STANDARD.decode(compact).map_err(|_| {
                            Problem::InvalidField { field: "sourceAttachment.data", reason: Reason::NotBase64 }
                        })?;
                        let text = String::from_utf8_lossy(&bytes);
                        text.trim().chars().take(crate::record::health_profile::MAX_DIRECTIVE_CHARS).collect()
                    }
                    None => attachment.get("title").and_then(Value::as_str).unwrap_or_default().to_string(),
                };
            }
        } else if organs {
            entry.kind = ProfileKind::OrganDonation;
            let provision = r.get("provision");
            let denied = match provision.and_then(|p| p.get("type")).and_then(Value::as_str) {
                Some("deny") => true,
                Some("permit") => false,
                // Neither permits nor denies: no position to keep.
                _ => return Ok(NOT_KEPT.to_string()),
            };
            let named = provision.map(|p| first_concept_text(p.get("code")));
            entry.code.display = match (denied, named.flatten()) {
                (false, _) => "agrees".to_string(),
                (true, None) => "refuses".to_string(),
                (true, Some(organs)) => {
                    entry.detail = Some(organs);
                    "refuses-some".to_string()
                }
            };
        } else {
            return Ok(NOT_KEPT.to_string());
        }
        Ok(if status == ENTERED_IN_ERROR { status } else { "active".to_string() })
    }

    fn medication(&self, entry: &mut ProfileEntry, resource_type: &str, r: &Value) -> Read<String> {
        let request = resource_type == "MedicationRequest";
        let statuses = if request { MEDICATION_REQUEST_STATUS } else { MEDICATION_STATEMENT_STATUS };
        let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", statuses)?;
        entry.category = Some(if request { "request" } else { "statement" }.to_string());
        entry.code = match (r.get("medicationCodeableConcept"), r.get("medicationReference")) {
            (Some(concept_value), _) => concept(Some(concept_value), "medicationCodeableConcept")?,
            (None, Some(reference)) => {
                let position = self.resolve(reference, "medicationReference")?;
                self.medications.get(&position).cloned().ok_or_else(|| super::dangling(reference))?
            }
            (None, None) => return Err(Problem::MissingField("medication[x]")),
        };
        let dosage = r.get(if request { "dosageInstruction" } else { "dosage" }).and_then(Value::as_array);
        let texts: Vec<&str> = dosage
            .into_iter()
            .flatten()
            .filter_map(|d| d.get("text").or_else(|| d.get("patientInstruction")).and_then(Value::as_str))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        entry.detail = (!texts.is_empty()).then(|| texts.join(" ; "));
        if request {
            entry.asserted_at = r.get("authoredOn").map(|v| instant(v, "authoredOn")).transpose()?;
            let validity = r.get("dispenseRequest").and_then(|d| d.get("validityPeriod"));
            entry.started_at = match validity.and_then(|p| p.get("start")) {
                Some(start) => Some(instant(start, "dispenseRequest.validityPeriod.start")?),
                None => entry.asserted_at,
            };
            entry.ended_at = validity
                .and_then(|p| p.get("end"))
                .map(|e| instant(e, "dispenseRequest.validityPeriod.end"))
                .transpose()?;
            entry.author = self.optional_author(r.get("requester"), "requester")?;
        } else {
            entry.started_at = date_or_period_start(r, "effectiveDateTime", "effectivePeriod")?;
            entry.ended_at = period_end(r, "effectivePeriod")?;
            entry.asserted_at = r.get("dateAsserted").map(|v| instant(v, "dateAsserted")).transpose()?;
            entry.author = self.optional_author(r.get("informationSource"), "informationSource")?;
        }
        Ok(status)
    }

    fn procedure(&self, entry: &mut ProfileEntry, r: &Value) -> Read<String> {
        let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", PROCEDURE_STATUS)?;
        entry.code = concept(r.get("code"), "code")?;
        entry.started_at = date_or_period_start(r, "performedDateTime", "performedPeriod")?;
        entry.ended_at = period_end(r, "performedPeriod")?;
        entry.detail = first_concept_text(r.get("reasonCode"));
        let performer =
            r.get("performer").and_then(Value::as_array).and_then(|p| p.first()).and_then(|p| p.get("actor"));
        entry.author = self.optional_author(performer, "performer.actor")?;
        if entry.author.is_none() {
            entry.author = self.optional_author(r.get("recorder"), "recorder")?;
        }
        Ok(status)
    }

    fn encounter(&self, entry: &mut ProfileEntry, r: &Value) -> Read<String> {
        let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", ENCOUNTER_STATUS)?;
        let class = r.get("class").ok_or(Problem::MissingField("class"))?;
        let class_code = class
            .get("code")
            .and_then(Value::as_str)
            .filter(|c| !c.trim().is_empty())
            .ok_or(Problem::MissingField("class.code"))?;
        entry.category = Some(class_code.to_string());
        entry.code = match r.get("type").and_then(Value::as_array).and_then(|t| t.first()) {
            Some(kind) => concept(Some(kind), "type")?,
            None => Coding {
                system: class.get("system").and_then(Value::as_str).map(str::to_string),
                code: class_code.to_string(),
                display: class.get("display").and_then(Value::as_str).unwrap_or(class_code).to_string(),
            },
        };
        entry.started_at =
            r.get("period").and_then(|p| p.get("start")).map(|s| instant(s, "period.start")).transpose()?;
        entry.ended_at = period_end(r, "period")?;
        entry.detail = first_concept_text(r.get("reasonCode"));
        let attending =
            r.get("participant").and_then(Value::as_array).and_then(|p| p.first()).and_then(|p| p.get("individual"));
        entry.author = self.optional_author(attending, "participant.individual")?;
        entry.place = self.optional_author(r.get("serviceProvider"), "serviceProvider")?;
        Ok(status)
    }

    /// An imaging study: its procedure (else its first series' modality) named by its
    /// description when it has one, its modality, the part of the body examined, when it started,
    /// who read it.
    fn imaging(&self, entry: &mut ProfileEntry, r: &Value) -> Read<String> {
        let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", IMAGING_STATUS)?;
        let series = r.get("series").and_then(Value::as_array).and_then(|s| s.first());
        let modality = series.and_then(|s| s.get("modality"));
        entry.category = modality.and_then(|m| m.get("code")).and_then(Value::as_str).map(str::to_string);
        entry.code = match (r.get("procedureCode").and_then(Value::as_array).and_then(|p| p.first()), modality) {
            (Some(procedure), _) => concept(Some(procedure), "procedureCode")?,
            (None, Some(modality)) => {
                let code =
                    modality.get("code").and_then(Value::as_str).ok_or(Problem::MissingField("series.modality"))?;
                Coding {
                    // A modality is DICOM's unless it says otherwise.
                    system: Some(modality.get("system").and_then(Value::as_str).unwrap_or(DICOM_SYSTEM).to_string()),
                    code: code.to_string(),
                    display: modality.get("display").and_then(Value::as_str).unwrap_or(code).to_string(),
                }
            }
            (None, None) => return Err(Problem::MissingField("procedureCode")),
        };
        if let Some(description) = r.get("description").and_then(Value::as_str).filter(|d| !d.trim().is_empty()) {
            entry.code.display = description.to_string();
        }
        // The part of the body in words (a code alone would tell a patient nothing).
        let body_site = series.and_then(|s| s.get("bodySite"));
        entry.detail = body_site.and_then(|b| b.get("display")).and_then(Value::as_str).map(str::to_string);
        entry.started_at = r.get("started").map(|s| instant(s, "started")).transpose()?;
        // Who read the images (the doctor who asked for them did not).
        let interpreter = r.get("interpreter").and_then(Value::as_array).and_then(|i| i.first());
        entry.author = self.optional_author(interpreter, "interpreter")?;
        Ok(status)
    }

    /// A Goal that sets target ranges for measurements (each `target` whose `measure` is coded
    /// in LOINC and whose `detailRange` has a bound: a blood pressure's goal has two), in force
    /// (`active` or `accepted`); any other goal (to stop smoking, one completed) is not kept.
    pub(super) fn goal(&mut self, source: SourceId, r: &Value) -> Read<()> {
        let status =
            r.get("lifecycleStatus").and_then(Value::as_str).ok_or(Problem::MissingField("lifecycleStatus"))?;
        let patient = self.patient_of(r, "subject")?;
        if !matches!(status, "active" | "accepted") {
            return Ok(());
        }
        // Who set it: an author of the bundle, else the name the reference gives.
        let set_by = r.get("expressedBy").and_then(|by| {
            let author = by
                .get("reference")
                .and_then(Value::as_str)
                .and_then(|text| self.by_reference.get(text))
                .and_then(|position| self.authors.get(position));
            match author {
                Some(author) => Some(self.bundle.authors[*author].name.clone()),
                None => by.get("display").and_then(Value::as_str).map(str::to_string),
            }
        });
        let when = r.get("startDate").or_else(|| r.get("statusDate"));
        let set_at = when.map(|w| instant(w, "startDate")).transpose()?;
        for target in r.get("target").and_then(Value::as_array).into_iter().flatten() {
            let code = target
                .pointer("/measure/coding")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|c| c.get("system").and_then(Value::as_str) == Some(LOINC_SYSTEM))
                .and_then(|c| c.get("code").and_then(Value::as_str));
            let (Some(code), Some(range)) = (code, target.get("detailRange")) else { continue };
            let bound = |name: &str| -> Read<Option<f64>> {
                match range.get(name).and_then(|b| b.get("value")) {
                    None => Ok(None),
                    Some(value) => value
                        .as_f64()
                        .filter(|v| v.is_finite())
                        .map(Some)
                        .ok_or(Problem::InvalidField { field: "target.detailRange", reason: Reason::BoundNotANumber }),
                }
            };
            let (low, high) = (bound("low")?, bound("high")?);
            match (low, high) {
                (None, None) => continue,
                (Some(low), Some(high)) if low > high => {
                    return Err(Problem::InvalidField { field: "target.detailRange", reason: Reason::LowAboveHigh });
                }
                _ => {}
            }
            let unit = ["low", "high"].iter().find_map(|name| {
                let quantity = range.get(*name)?;
                quantity.get("code").or_else(|| quantity.get("unit")).and_then(Value::as_str).map(str::to_string)
            });
            self.bundle.targets.push(TargetEntry {
                source: format!("{source}#{code}"),
                patient,
                code: code.to_string(),
                low,
                high,
                unit,
                set_by: set_by.clone(),
                set_at,
            });
        }
        Ok(())
    }

    /// Whether a reference names the bundle's patient.
    fn names_patient(&self, reference: Option<&Value>) -> bool {
        reference
            .and_then(|r| r.get("reference"))
            .and_then(Value::as_str)
            .and_then(|text| self.by_reference.get(text))
            .is_some_and(|position| self.patients.contains_key(position))
    }

    /// The note the bundle's patient wrote on a resource (`note.authorReference` naming them),
    /// with its time.
    fn patients_note(&self, r: &Value) -> Read<Option<(String, Option<i64>)>> {
        for note in r.get("note").and_then(Value::as_array).into_iter().flatten() {
            let by_patient = self.names_patient(note.get("authorReference"));
            if let (true, Some(text)) = (by_patient, note.get("text").and_then(Value::as_str)) {
                let time = note.get("time").map(|t| instant(t, "note.time")).transpose()?;
                return Ok(Some((text.to_string(), time)));
            }
        }
        Ok(None)
    }

    /// The author a reference names, if it is one: a reference to another kind of resource of
    /// the bundle (a patient who declared an item, a related person) names no author; one to
    /// nothing in the bundle is refused.
    fn optional_author(&self, reference: Option<&Value>, field: &'static str) -> Read<Option<usize>> {
        let Some(reference) = reference.filter(|r| r.get("reference").is_some()) else { return Ok(None) };
        let position = self.resolve(reference, field)?;
        Ok(self.authors.get(&position).copied())
    }
}

/// An illness in the family: the first condition (else who it was), as one line.
fn family_history(entry: &mut ProfileEntry, r: &Value) -> Read<String> {
    let status = code_in(r.get("status").ok_or(Problem::MissingField("status"))?, "status", FAMILY_HISTORY_STATUS)?;
    entry.code = match r.pointer("/condition/0/code") {
        Some(condition) => concept(Some(condition), "condition.code")?,
        None => concept(r.get("relationship"), "relationship")?,
    };
    Ok(if status == ENTERED_IN_ERROR { status } else { "active".to_string() })
}

/// Whether a list of codings (`meta.tag`, `meta.security`) or of CodeableConcepts holds
/// (system, code).
pub(super) fn has_code(list: Option<&Value>, (system, code): (&str, &str)) -> bool {
    let matches = |c: &Value| {
        c.get("system").and_then(Value::as_str) == Some(system) && c.get("code").and_then(Value::as_str) == Some(code)
    };
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .any(|item| matches(item) || item.get("coding").and_then(Value::as_array).into_iter().flatten().any(matches))
}

/// A CodeableConcept as a [`Coding`]: its first coding with a code, else its text alone (an
/// empty code), so that nothing a publisher names is lost.
pub(super) fn concept(value: Option<&Value>, field: &'static str) -> Read<Coding> {
    let value = value.ok_or(Problem::MissingField(field))?;
    let text = value.get("text").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
    let coded = value
        .get("coding")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|c| c.get("code").and_then(Value::as_str).is_some_and(|c| !c.trim().is_empty()));
    match (coded, text) {
        (Some(coding), _) => {
            let code = coding.get("code").and_then(Value::as_str).unwrap_or_default().trim();
            let display = coding.get("display").and_then(Value::as_str).or(text).unwrap_or(code);
            Ok(Coding {
                system: coding.get("system").and_then(Value::as_str).map(str::to_string),
                code: code.to_string(),
                display: display.to_string(),
            })
        }
        (None, Some(text)) => Ok(Coding { system: None, code: String::new(), display: text.to_string() }),
        (None, None) => Err(Problem::MissingField(field)),
    }
}

/// A code that must be one of `allowed`.
fn code_in(value: &Value, field: &'static str, allowed: &[&str]) -> Read<String> {
    let code = value.as_str().ok_or(Problem::MissingField(field))?;
    if allowed.contains(&code) {
        Ok(code.to_string())
    } else {
        Err(Problem::UnknownCode { field, code: code.to_string() })
    }
}

/// A status sent as a CodeableConcept (clinicalStatus, verificationStatus): its first code,
/// which must be one of `allowed`.
fn status_concept(r: &Value, field: &'static str, allowed: &[&str]) -> Read<Option<String>> {
    let Some(value) = r.get(field) else { return Ok(None) };
    let code = value
        .get("coding")
        .and_then(Value::as_array)
        .and_then(|c| c.first())
        .and_then(|c| c.get("code"))
        .ok_or(Problem::MissingField(field))?;
    code_in(code, field, allowed).map(Some)
}

/// HL7's condition categories (problem-list-item, encounter-diagnosis): the only ones kept.
const CONDITION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/condition-category";

/// A condition's category from HL7's list, if it has one (other systems' categories are not
/// kept: the export names this system).
fn first_concept_code(list: Option<&Value>) -> Option<String> {
    list?
        .as_array()?
        .iter()
        .flat_map(|concept| concept.get("coding").and_then(Value::as_array).into_iter().flatten())
        .find(|coding| coding.get("system").and_then(Value::as_str) == Some(CONDITION_CATEGORY))
        .and_then(|coding| coding.get("code").and_then(Value::as_str))
        .map(str::to_string)
}

/// The readable name of the first CodeableConcept of a list (a reason).
fn first_concept_text(list: Option<&Value>) -> Option<String> {
    let first = list?.as_array()?.first()?;
    concept(Some(first), "reasonCode").ok().map(|c| c.display)
}

/// A `[x]` that is a dateTime or a Period: the instant, or the period's start.
fn date_or_period_start(r: &Value, date_field: &'static str, period_field: &'static str) -> Read<Option<i64>> {
    if let Some(value) = r.get(date_field) {
        return instant(value, date_field).map(Some);
    }
    r.get(period_field).and_then(|p| p.get("start")).map(|s| instant(s, period_field)).transpose()
}

fn period_end(r: &Value, period_field: &'static str) -> Read<Option<i64>> {
    r.get(period_field).and_then(|p| p.get("end")).map(|e| instant(e, period_field)).transpose()
}
