//! The demo patient's record, written as a FHIR R4 collection bundle and stored through the same
//! import as any other: four years of blood tests every six months (some out of range, trends
//! worth a look), blood pressure and weight, sealed PDF lab reports, a consultation letter and a
//! prescription, vaccinations with one to catch up (the second MMR dose), and a health profile:
//! an allergy, two current problems and a past one, current and past treatments, an operation,
//! a hospital stay and an emergency visit with its X-ray and the radiologist's report.
//!
//! Dates are relative to today, sources are stable, so running `carnet demo` again adds nothing.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use carnet_core::pdf;
use serde_json::{json, Value};

/// The demo patient's INS (valid key) and birth date.
pub const DEMO_HEALTH_ID: &str = "284037512345640";
pub const DEMO_BIRTH_DATE: &str = "1984-03-02";

/// The demo professional's RPPS number (made up, 11 digits). The demo record's GP, who wrote its
/// reports, is named by the national identifier made of it (`8` + RPPS), so the demo
/// professional is recognised as their author (he keeps seeing a report the patient hides).
pub const DEMO_RPPS: &str = "10101234567";

const LAB: &str = "urn:uuid:demo-org-lab";
const DOCTOR: &str = "urn:uuid:demo-practitioner-benali";
const PATIENT: &str = "urn:uuid:demo-patient";
const HOSPITAL: &str = "urn:uuid:demo-org-hospital";
const RADIOLOGIST: &str = "urn:uuid:demo-practitioner-morel";
const SNOMED: &str = "http://snomed.info/sct";
const ATC: &str = "http://www.whocc.no/atc";

/// A test: LOINC code, French name, unit, range, and its value at each visit (oldest first).
struct Test {
    code: &'static str,
    name: &'static str,
    unit: &'static str,
    low: Option<f64>,
    high: Option<f64>,
    values: [f64; 8],
}

const TESTS: [Test; 6] = [
    Test {
        code: "1558-6",
        name: "Glycémie à jeun",
        unit: "g/L",
        low: Some(0.70),
        high: Some(1.10),
        values: [0.92, 0.95, 0.97, 1.01, 1.04, 1.06, 1.09, 1.18],
    },
    Test {
        code: "13457-7",
        name: "Cholestérol LDL",
        unit: "g/L",
        low: None,
        high: Some(1.60),
        values: [1.42, 1.48, 1.45, 1.55, 1.52, 1.61, 1.58, 1.72],
    },
    Test {
        code: "718-7",
        name: "Hémoglobine",
        unit: "g/dL",
        low: Some(12.0),
        high: Some(16.0),
        values: [13.8, 13.5, 13.9, 13.4, 13.6, 13.2, 13.5, 13.4],
    },
    Test {
        code: "2160-0",
        name: "Créatinine",
        unit: "mg/L",
        low: Some(5.7),
        high: Some(11.1),
        values: [7.9, 8.1, 8.0, 8.4, 8.2, 8.6, 8.3, 8.5],
    },
    Test {
        code: "3016-3",
        name: "TSH",
        unit: "mUI/L",
        low: Some(0.4),
        high: Some(4.0),
        values: [1.9, 2.1, 1.8, 2.4, 2.2, 2.0, 2.3, 2.1],
    },
    Test {
        code: "2276-4",
        name: "Ferritine",
        unit: "µg/L",
        low: Some(15.0),
        high: Some(150.0),
        values: [48.0, 41.0, 37.0, 30.0, 26.0, 21.0, 16.0, 11.0],
    },
];

/// Systolic, diastolic (mmHg) and weight (kg) at each visit.
const VITALS: [(f64, f64, f64); 8] = [
    (118.0, 76.0, 64.0),
    (121.0, 78.0, 64.5),
    (119.0, 77.0, 65.2),
    (124.0, 80.0, 66.0),
    (127.0, 82.0, 66.4),
    (131.0, 84.0, 67.1),
    (135.0, 86.0, 67.8),
    (142.0, 91.0, 68.3),
];

const DAY_MS: i64 = 86_400_000;

fn instant(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}

/// `dd/mm/yyyy`, as the demo's French documents write dates.
fn french_date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).strftime("%d/%m/%Y").to_string())
        .unwrap_or_default()
}

fn french_decimal(value: f64) -> String {
    let text = format!("{value}");
    text.replace('.', ",")
}

fn entry(full_url: String, resource: Value) -> Value {
    json!({ "fullUrl": full_url, "resource": resource })
}

/// A PDF with `heading` on its page, attached under the file name `file_name`.pdf.
fn pdf_attachment(heading: &str, file_name: &str, lines: &[String]) -> Value {
    json!({ "contentType": "application/pdf", "title": format!("{file_name}.pdf"),
            "data": STANDARD.encode(pdf::text_page(heading, lines)) })
}

/// The bundle, with visits ending about two weeks before `now_ms`.
pub fn bundle(now_ms: i64) -> Value {
    let mut entries = vec![
        entry(
            PATIENT.into(),
            json!({ "resourceType": "Patient", "id": "demo-patient",
                "identifier": [{ "system": carnet_core::record::patients::INS_SYSTEM, "value": DEMO_HEALTH_ID }],
                "name": [{ "use": "official", "family": "Martin", "given": ["Camille"] }],
                "gender": "female", "birthDate": DEMO_BIRTH_DATE }),
        ),
        entry(
            LAB.into(),
            json!({ "resourceType": "Organization", "id": "demo-org-lab",
                "identifier": [{ "system": "urn:oid:1.2.250.1.71.4.2.2", "value": "750000001" }],
                "name": "Laboratoire de biologie Paris Centre" }),
        ),
        entry(
            DOCTOR.into(),
            json!({ "resourceType": "Practitioner", "id": "demo-practitioner-benali",
                "identifier": [{ "system": "urn:oid:1.2.250.1.71.4.2.1", "value": format!("8{DEMO_RPPS}") }],
                "name": [{ "family": "Benali", "given": ["Karim"], "prefix": ["Dr"] }] }),
        ),
    ];
    let visits: Vec<i64> = (0..8).map(|k| now_ms - 15 * DAY_MS - (7 - k) * 182 * DAY_MS).collect();
    for (visit, at) in visits.iter().enumerate() {
        let mut in_report = Vec::new();
        let mut report_lines = vec![
            "Patiente : Camille MARTIN, née le 02/03/1984".to_string(),
            format!("Prélèvement du {}", french_date(*at)),
            String::new(),
        ];
        for test in &TESTS {
            let id = format!("demo-obs-{}-{visit}", test.code);
            let value = test.values[visit];
            let mut range = json!({});
            if let Some(low) = test.low {
                range["low"] = json!({ "value": low, "unit": test.unit });
            }
            if let Some(high) = test.high {
                range["high"] = json!({ "value": high, "unit": test.unit });
            }
            entries.push(entry(
                format!("urn:uuid:{id}"),
                json!({ "resourceType": "Observation", "id": id, "status": "final",
                    "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }] }],
                    "code": { "coding": [{ "system": "http://loinc.org", "code": test.code, "display": test.name }] },
                    "subject": { "reference": PATIENT }, "effectiveDateTime": instant(*at),
                    "issued": instant(at + DAY_MS), "performer": [{ "reference": LAB }],
                    "valueQuantity": { "value": value, "unit": test.unit }, "referenceRange": [range] }),
            ));
            in_report.push(json!({ "reference": format!("urn:uuid:{id}") }));
            let bounds = match (test.low, test.high) {
                (Some(l), Some(h)) => format!("{} – {}", french_decimal(l), french_decimal(h)),
                (None, Some(h)) => format!("< {}", french_decimal(h)),
                (Some(l), None) => format!("> {}", french_decimal(l)),
                (None, None) => String::new(),
            };
            report_lines.push(format!(
                "{} : {} {} (valeurs de référence : {bounds})",
                test.name,
                french_decimal(value),
                test.unit
            ));
        }
        let (systolic, diastolic, weight) = VITALS[visit];
        let bp_id = format!("demo-bp-{visit}");
        entries.push(entry(
            format!("urn:uuid:{bp_id}"),
            json!({ "resourceType": "Observation", "id": bp_id, "status": "final",
                "category": [{ "coding": [{ "code": "vital-signs" }] }],
                "code": { "coding": [{ "system": "http://loinc.org", "code": "85354-9", "display": "Tension artérielle" }] },
                "subject": { "reference": PATIENT }, "effectiveDateTime": instant(*at), "performer": [{ "reference": DOCTOR }],
                "component": [
                    { "code": { "coding": [{ "system": "http://loinc.org", "code": "8480-6", "display": "Tension systolique" }] },
                      "valueQuantity": { "value": systolic, "unit": "mmHg" },
                      "referenceRange": [{ "low": { "value": 90 }, "high": { "value": 140 } }] },
                    { "code": { "coding": [{ "system": "http://loinc.org", "code": "8462-4", "display": "Tension diastolique" }] },
                      "valueQuantity": { "value": diastolic, "unit": "mmHg" },
                      "referenceRange": [{ "low": { "value": 60 }, "high": { "value": 90 } }] }
                ] }),
        ));
        let weight_id = format!("demo-weight-{visit}");
        entries.push(entry(
            format!("urn:uuid:{weight_id}"),
            json!({ "resourceType": "Observation", "id": weight_id, "status": "final",
                "category": [{ "coding": [{ "code": "vital-signs" }] }],
                "code": { "coding": [{ "system": "http://loinc.org", "code": "29463-7", "display": "Poids" }] },
                "subject": { "reference": PATIENT }, "effectiveDateTime": instant(*at),
                "valueQuantity": { "value": weight, "unit": "kg" } }),
        ));
        // A lab report per visit; the last three come with their sealed PDF.
        let report_id = format!("demo-report-{visit}");
        let mut report = json!({ "resourceType": "DiagnosticReport", "id": report_id, "status": "final",
            "code": { "coding": [{ "system": "http://loinc.org", "code": "11502-2", "display": "Bilan sanguin" }] },
            "subject": { "reference": PATIENT }, "effectiveDateTime": instant(*at), "issued": instant(at + DAY_MS),
            "performer": [{ "reference": LAB }], "result": in_report });
        if visit >= 5 {
            report_lines.push(String::new());
            report_lines.push("Validé par le Laboratoire de biologie Paris Centre.".into());
            let heading = format!("Bilan sanguin du {}", french_date(*at));
            let file_name = format!("Bilan sanguin du {}", french_date(*at).replace('/', "-"));
            report["presentedForm"] = json!([pdf_attachment(&heading, &file_name, &report_lines)]);
        }
        entries.push(entry(format!("urn:uuid:{report_id}"), report));
    }
    let last = visits[7];
    let letter = [
        "Consultation de suivi.",
        "Glycémie à jeun à 1,18 g/L et LDL à 1,72 g/L : contrôle dans trois mois,",
        "conseils hygiéno-diététiques donnés. Ferritine basse : supplémentation en fer.",
        "Tension à 142/91 mmHg : amlodipine 5 mg, automesure tensionnelle à domicile.",
        "",
        "Dr Karim Benali, médecine générale",
    ];
    let prescription = [
        "Amlodipine 5 mg : 1 comprimé le matin, pendant 3 mois.",
        "Fer (sulfate ferreux) 80 mg : 1 comprimé par jour pendant 3 mois.",
        "Bilan sanguin de contrôle dans 3 mois : glycémie à jeun, LDL, ferritine.",
        "",
        "Dr Karim Benali",
    ];
    // The prescription names the treatments it contains (the health profile's MedicationRequests).
    let prescribed = json!({ "related": [{ "reference": "urn:uuid:demo-med-amlodipine" },
        { "reference": "urn:uuid:demo-med-iron" }] });
    for (id, code, title, lines, context) in [
        ("demo-letter", "11488-4", "Compte rendu de consultation", &letter[..], None),
        ("demo-prescription", "57833-6", "Ordonnance", &prescription[..], Some(&prescribed)),
    ] {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let mut document = json!({ "resourceType": "DocumentReference", "id": id, "status": "current",
            "type": { "coding": [{ "system": "http://loinc.org", "code": code, "display": title }] },
            "subject": { "reference": PATIENT }, "date": instant(last + 2 * DAY_MS),
            "author": [{ "reference": DOCTOR }],
            "content": [{ "attachment": pdf_attachment(title, title, &lines) }] });
        if let Some(context) = context {
            document["context"] = context.clone();
        }
        entries.push(entry(format!("urn:uuid:{id}"), document));
    }
    // Childhood and adult vaccinations (CVX). One MMR dose only: the second is to catch up.
    for (id, code, display, date, lot) in [
        ("demo-imm-mmr-1", "03", "ROR (rougeole, oreillons, rubéole)", "1985-03-20", None),
        ("demo-imm-hepb-1", "08", "Hépatite B", "1996-10-02", None),
        ("demo-imm-hepb-2", "08", "Hépatite B", "1996-11-04", None),
        ("demo-imm-hepb-3", "08", "Hépatite B", "1997-04-07", None),
        ("demo-imm-dtp-25", "115", "dTcaP (diphtérie, tétanos, coqueluche, poliomyélite)", "2009-05-12", Some("R4523")),
        ("demo-imm-covid-1", "208", "COVID-19 (Comirnaty)", "2021-06-03", Some("FE2083")),
        ("demo-imm-covid-2", "208", "COVID-19 (Comirnaty)", "2021-07-08", Some("FF0479")),
    ] {
        let mut immunization = json!({ "resourceType": "Immunization", "id": id, "status": "completed",
            "vaccineCode": { "coding": [{ "system": "http://hl7.org/fhir/sid/cvx", "code": code, "display": display }] },
            "patient": { "reference": PATIENT }, "occurrenceDateTime": date });
        if let Some(lot) = lot {
            immunization["lotNumber"] = json!(lot);
            immunization["performer"] = json!([{ "actor": { "reference": DOCTOR } }]);
        }
        entries.push(entry(format!("urn:uuid:{id}"), immunization));
    }
    // Her smoking status, as her GP noted it (social history, a coded value).
    entries.push(entry(
        "urn:uuid:demo-smoking".into(),
        json!({ "resourceType": "Observation", "id": "demo-smoking", "status": "final",
            "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "social-history" }] }],
            "code": concept("http://loinc.org", "72166-2", "Statut tabagique"),
            "subject": { "reference": PATIENT }, "effectiveDateTime": instant(last), "performer": [{ "reference": DOCTOR }],
            "valueCodeableConcept": concept(SNOMED, "8517006", "Ancienne fumeuse (arrêt en 2015)") }),
    ));
    entries.extend(health_profile(last));
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

fn concept(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code, "display": display }], "text": display })
}

fn status(system: &str, code: &str) -> Value {
    json!({ "coding": [{ "system": format!("http://terminology.hl7.org/CodeSystem/{system}"), "code": code }] })
}

/// The health profile: what Dr Benali and the hospital recorded. The blood pressure rising over
/// the visits made a hypertension, treated since the last one; the ferritin falling, an iron
/// deficiency, treated by the prescription's iron.
fn health_profile(last_visit: i64) -> Vec<Value> {
    let mut entries = vec![entry(
        HOSPITAL.into(),
        json!({ "resourceType": "Organization", "id": "demo-org-hospital",
            "identifier": [{ "system": "urn:oid:1.2.250.1.71.4.2.2", "value": "690000011" }],
            "name": "Hôpital Saint-Joseph, Lyon" }),
    )];
    entries.push(entry(
        RADIOLOGIST.into(),
        json!({ "resourceType": "Practitioner", "id": "demo-practitioner-morel",
            "name": [{ "family": "Morel", "given": ["Claire"], "prefix": ["Dr"] }] }),
    ));
    let doctor = json!({ "reference": DOCTOR });
    let patient = json!({ "reference": PATIENT });
    entries.push(entry(
        "urn:uuid:demo-allergy-penicillin".into(),
        json!({ "resourceType": "AllergyIntolerance", "id": "demo-allergy-penicillin",
            "clinicalStatus": status("allergyintolerance-clinical", "active"),
            "verificationStatus": status("allergyintolerance-verification", "confirmed"),
            "type": "allergy", "category": ["medication"], "criticality": "high",
            "code": concept(SNOMED, "91936005", "Allergie à la pénicilline"),
            "patient": patient, "onsetDateTime": "2003-06-14", "recordedDate": "2019-02-11",
            "recorder": doctor,
            "reaction": [{ "manifestation": [concept(SNOMED, "126485001", "Urticaire généralisée")],
                "severity": "severe" }] }),
    ));
    for (id, code, display, clinical, onset, abatement) in [
        ("demo-condition-hypertension", "38341003", "Hypertension artérielle", "active", instant(last_visit), None),
        ("demo-condition-iron", "87522002", "Carence en fer", "active", instant(last_visit - 182 * DAY_MS), None),
        (
            "demo-condition-appendicitis",
            "85189001",
            "Appendicite aiguë",
            "resolved",
            "2003-06-12".to_string(),
            Some("2003-06-20"),
        ),
    ] {
        let mut condition = json!({ "resourceType": "Condition", "id": id,
            "clinicalStatus": status("condition-clinical", clinical),
            "verificationStatus": status("condition-ver-status", "confirmed"),
            "code": concept(SNOMED, code, display), "subject": patient, "onsetDateTime": onset,
            "recorder": doctor });
        if let Some(abatement) = abatement {
            condition["abatementDateTime"] = json!(abatement);
        }
        entries.push(entry(format!("urn:uuid:{id}"), condition));
    }
    for (id, code, display, request_status, authored, dosage) in [
        (
            "demo-med-amlodipine",
            "C08CA01",
            "Amlodipine 5 mg, comprimé",
            "active",
            last_visit + 2 * DAY_MS,
            "1 comprimé le matin",
        ),
        (
            "demo-med-iron",
            "B03AA07",
            "Sulfate ferreux 80 mg, comprimé",
            "active",
            last_visit + 2 * DAY_MS,
            "1 comprimé par jour pendant 3 mois",
        ),
        (
            "demo-med-ibuprofen",
            "M01AE01",
            "Ibuprofène 400 mg, comprimé",
            "completed",
            last_visit - 540 * DAY_MS,
            "1 comprimé 3 fois par jour pendant 5 jours",
        ),
    ] {
        entries.push(entry(
            format!("urn:uuid:{id}"),
            json!({ "resourceType": "MedicationRequest", "id": id, "status": request_status, "intent": "order",
                "medicationCodeableConcept": concept(ATC, code, display), "subject": patient,
                "authoredOn": instant(authored), "requester": doctor,
                "dosageInstruction": [{ "text": dosage }] }),
        ));
    }
    entries.push(entry(
        "urn:uuid:demo-procedure-appendectomy".into(),
        json!({ "resourceType": "Procedure", "id": "demo-procedure-appendectomy", "status": "completed",
            "code": concept(SNOMED, "80146002", "Appendicectomie"), "subject": patient,
            "performedDateTime": "2003-06-13", "reasonCode": [{ "text": "Appendicite aiguë" }] }),
    ));
    for (id, class, kind, reason, start, end) in [
        (
            "demo-stay-appendicitis",
            "IMP",
            "Hospitalisation en chirurgie digestive",
            "Appendicite aiguë",
            "2003-06-12T22:40:00+02:00",
            "2003-06-20T11:00:00+02:00",
        ),
        (
            "demo-stay-ankle",
            "EMER",
            "Passage aux urgences",
            "Entorse de la cheville gauche",
            "2019-09-07T15:10:00+02:00",
            "2019-09-07T19:30:00+02:00",
        ),
    ] {
        entries.push(entry(
            format!("urn:uuid:{id}"),
            json!({ "resourceType": "Encounter", "id": id, "status": "finished",
                "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": class },
                "type": [{ "text": kind }], "subject": patient,
                "period": { "start": start, "end": end }, "reasonCode": [{ "text": reason }],
                "serviceProvider": { "reference": HOSPITAL } }),
        ));
    }
    // The X-ray of that emergency visit, and the radiologist's report that reads it.
    entries.push(entry(
        "urn:uuid:demo-imaging-ankle".into(),
        json!({ "resourceType": "ImagingStudy", "id": "demo-imaging-ankle", "status": "available",
            "subject": patient, "started": "2019-09-07T16:05:00+02:00",
            "description": "Radiographie de la cheville gauche", "interpreter": [{ "reference": RADIOLOGIST }],
            "numberOfSeries": 1, "numberOfInstances": 2,
            "series": [{ "uid": "1.2.250.1.999.1.20190907.1", "modality": { "system": carnet_core::fhir::DICOM_SYSTEM,
                "code": "DX", "display": "Digital Radiography" },
                "bodySite": { "system": SNOMED, "code": "51636004", "display": "Cheville gauche" },
                "numberOfInstances": 2 }] }),
    ));
    let conclusion = [
        "Radiographie de la cheville gauche, face et profil.",
        "Pas de fracture. Pas d'épanchement articulaire.",
        "Conclusion : entorse bénigne du ligament latéral externe.",
        "",
        "Dr Claire Morel, radiologue",
    ]
    .map(String::from);
    entries.push(entry(
        "urn:uuid:demo-report-ankle".into(),
        json!({ "resourceType": "DiagnosticReport", "id": "demo-report-ankle", "status": "final",
            "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD" }] }],
            "code": concept("http://loinc.org", "18748-4", "Radiographie de la cheville gauche"), "subject": patient,
            "effectiveDateTime": "2019-09-07T16:05:00+02:00", "issued": "2019-09-07T17:30:00+02:00",
            "performer": [{ "reference": RADIOLOGIST }], "imagingStudy": [{ "reference": "urn:uuid:demo-imaging-ankle" }],
            "presentedForm": [pdf_attachment("Radiographie de la cheville gauche", "Radiographie cheville gauche", &conclusion)] }),
    ));
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_bundle_reads_and_has_what_the_demo_promises() {
        let bytes = serde_json::to_vec(&bundle(1_790_000_000_000)).unwrap();
        let read = carnet_core::fhir::read_bundle(&bytes).unwrap();
        assert_eq!(read.patients.len(), 1);
        assert_eq!(read.results.len(), 8 * (TESTS.len() + 3) + 1, "every visit's results, and the smoking status");
        assert_eq!(read.reports.len(), 8 + 1, "the blood tests, and the X-ray's report");
        assert_eq!(read.reports.iter().filter(|r| !r.presented.is_empty()).count(), 3 + 1);
        assert_eq!(
            read.reports[8].imaging,
            [carnet_core::fhir::Linked::InBundle("ImagingStudy/demo-imaging-ankle".into())]
        );
        assert_eq!(read.documents.len(), 2);
        let prescribed: Vec<_> = read.documents[1].treatments.iter().map(|t| t.source()).collect();
        assert_eq!(prescribed, ["MedicationRequest/demo-med-amlodipine", "MedicationRequest/demo-med-iron"]);
        assert_eq!(read.vaccinations.len(), 7);
        let kinds: Vec<_> = read.profile.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "allergy",
                "condition",
                "condition",
                "condition",
                "medication",
                "medication",
                "medication",
                "procedure",
                "encounter",
                "encounter",
                "imaging"
            ]
        );
        carnet_core::record::patients::HealthId::parse(DEMO_HEALTH_ID).expect("the demo INS is valid");
    }
}
