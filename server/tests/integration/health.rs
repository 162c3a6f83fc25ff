//! The health profile (allergies, problems, treatments, procedures, stays): read through the
//! policy on the health summary page and at the top of a professional's overview, audited,
//! refused alike to strangers and to caregivers without the profile scope; corrected and
//! withdrawn by its publisher; refused whole when a bundle's item is wrong; exported and
//! imported back item by item.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id, professional};

crate::on_both_databases!(
    the_health_summary_is_read_through_the_policy,
    publishers_correct_and_withdraw_profile_items_and_bad_ones_are_refused,
    the_exported_profile_imports_back_item_by_item,
    patients_declare_edit_hide_and_remove_and_professionals_confirm,
    screenings_are_due_done_or_coming_by_age_and_sex,
    a_minor_hides_profile_items_from_their_representatives,
    imaging_studies_lead_to_the_report_that_reads_them,
    professionals_record_allergies_and_problems_from_the_portal,
    patients_declare_a_disability_their_organ_donation_position_and_directives_in_a_document,
);

/// The `<main>` of a page: what it says, without the header (which names whom one acts for).
fn main_of(page: &str) -> &str {
    page.split("<main").nth(1).and_then(|m| m.split("</main>").next()).unwrap_or_default()
}

/// The part of `page` between the headings `from` and `to` (or its end).
fn between<'a>(page: &'a str, from: &str, to: Option<&str>) -> &'a str {
    let rest = page.split(&format!(">{from}</h")).nth(1).unwrap_or_else(|| panic!("no heading {from}"));
    match to {
        Some(to) => rest.split(&format!(">{to}</h")).next().unwrap(),
        None => rest,
    }
}

async fn reads(server: &TestServer, patient: &str, actor: &str) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT decision FROM audit_log WHERE patient_id = $1 AND actor_id = $2 AND action = 'read.profile' ORDER BY seq",
    )
    .bind(patient)
    .bind(actor)
    .fetch_all(&server.db)
    .await
    .unwrap()
}

async fn the_health_summary_is_read_through_the_policy(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let camille = account_id(&server, "camille.martin@example.org").await;

    // Seeding the demo read her profile once (to ask for a renewal in her name).
    let before = reads(&server, &record, &camille).await;
    let (status, page) = patient.page("/health").await;
    assert_eq!(status, StatusCode::OK);
    let page = main_of(&page);
    assert!(page.contains("<h1>Mon profil de santé</h1>"), "{page}");
    // The most urgent first, each item under its section, with who recorded it and its code.
    let allergies = between(page, "Allergies et intolérances", Some("Traitements en cours"));
    for expected in ["Allergie à la pénicilline", "Risque élevé", "Réaction sévère", "Urticaire généralisée"]
    {
        assert!(allergies.contains(expected), "{expected}: {allergies}");
    }
    assert!(
        allergies.contains("Noté par Dr Karim Benali") && allergies.contains("code SNOMED CT 91936005"),
        "{allergies}"
    );
    let treatments = between(page, "Traitements en cours", Some("Maladies et problèmes de santé en cours"));
    assert!(treatments.contains("Amlodipine 5 mg") && treatments.contains("Sulfate ferreux 80 mg"), "{treatments}");
    assert!(treatments.contains("1 comprimé le matin") && !treatments.contains("Ibuprofène"), "{treatments}");
    let problems = between(page, "Maladies et problèmes de santé en cours", Some("Antécédents"));
    assert!(problems.contains("Hypertension artérielle") && problems.contains("Carence en fer"), "{problems}");
    assert!(!problems.contains("Appendicite"), "a resolved problem is history: {problems}");
    let history = between(page, "Antécédents", Some("Opérations et actes"));
    assert!(history.contains("Appendicite aiguë") && history.contains("2003"), "{history}");
    let procedures = between(page, "Opérations et actes", Some("Hospitalisations et passages aux urgences"));
    assert!(procedures.contains("Appendicectomie"), "{procedures}");
    let stays = between(page, "Hospitalisations et passages aux urgences", Some("Traitements passés"));
    assert!(stays.contains("Hospitalisation en chirurgie digestive") && stays.contains("Urgences"), "{stays}");
    assert!(stays.contains("Hôpital Saint-Joseph, Lyon") && stays.contains("Entorse de la cheville"), "{stays}");
    assert!(between(page, "Traitements passés", None).contains("Ibuprofène 400 mg"));
    assert_eq!(reads(&server, &record, &camille).await[before.len()..], ["allow"]);

    // Another patient gets the page any missing record gets, and the attempt is traced.
    let (stranger, _) = enrolled_patient(&server, "Paul Durand", "paul@example.org").await;
    let paul = account_id(&server, "paul@example.org").await;
    let (status, refused) = stranger.page(&format!("/patients/{record}/health")).await;
    let (missing_status, missing) = stranger.page("/patients/no-such-record/health").await;
    assert_eq!((status, missing_status), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(main_of(&refused), main_of(&missing), "refused and missing look the same");
    assert!(!refused.contains("pénicilline"));
    assert_eq!(reads(&server, &record, &paul).await, ["deny"]);

    // A professional without consent: not found; with it, the key facts open the overview.
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    assert_eq!(doctor.get(&format!("/patients/{record}/health")).await.status(), StatusCode::NOT_FOUND);
    decide(&patient, &doctor_id, "authorize").await;
    let (status, overview) = doctor.page(&format!("/patients/{record}")).await;
    assert_eq!(status, StatusCode::OK);
    let first = main_of(&overview).split("Derniers éléments").next().unwrap();
    assert!(first.contains("À savoir d'abord") && first.contains("Allergie à la pénicilline"), "{overview}");
    assert!(first.contains("Amlodipine") && first.contains("Hypertension artérielle"), "{overview}");
    assert!(!first.contains("Appendicectomie"), "the key facts only: {first}");
    let (status, whole) = doctor.page(&format!("/patients/{record}/health")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(whole.contains("Profil de santé de Camille Martin") && whole.contains("Ce que les professionnels"));
    assert_eq!(reads(&server, &record, &doctor_id).await, ["deny", "allow", "allow"]);

    // A caregiver who may read the record but not the profile; then one who may.
    invite(&patient, "jean@example.org", &["record"], "").await;
    let token = invitation_token(&server, "jean@example.org").await;
    let jean = join(&server, &token, "Jean Dupont", "jean@example.org").await;
    jean.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(jean.get("/results").await.status(), StatusCode::OK);
    let (status, page) = jean.page("/health").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains("pénicilline"));
    invite(&patient, "anne@example.org", &["profile"], "").await;
    let token = invitation_token(&server, "anne@example.org").await;
    let anne = join(&server, &token, "Anne Martin", "anne@example.org").await;
    anne.post_form("/acting-for", &[("patient", &record)]).await;
    let (status, page) = anne.page("/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Allergie à la pénicilline") && page.contains("<h1>Profil de santé</h1>"), "{page}");
    assert_eq!(anne.get("/results").await.status(), StatusCode::NOT_FOUND, "the profile scope is not the record's");
    let anne_id = account_id(&server, "anne@example.org").await;
    let through: Vec<Option<String>> = sqlx::query_scalar(
        "SELECT on_behalf_of FROM audit_log WHERE actor_id = $1 AND action = 'read.profile' AND decision = 'allow'",
    )
    .bind(&anne_id)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert!(through.len() == 1 && through[0].as_deref().is_some_and(|t| t.starts_with("delegation:")), "{through:?}");
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

const INS_SYSTEM: &str = "urn:oid:1.2.250.1.213.1.4.8";

/// A bundle for one patient with one allergy (`criticality`, `status` its verification).
fn allergy_bundle(criticality: &str, verification: &str) -> Value {
    json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": INS_SYSTEM, "value": "184057512345625" }],
            "name": [{ "family": "Roux", "given": ["Alice"] }], "birthDate": "1984-05-01" } },
        { "fullUrl": "urn:uuid:dr", "resource": { "resourceType": "Practitioner", "id": "dr",
            "name": [{ "family": "Petit", "given": ["Marc"] }] } },
        { "fullUrl": "urn:uuid:a1", "resource": { "resourceType": "AllergyIntolerance", "id": "a1",
            "clinicalStatus": { "coding": [{ "code": "active" }] },
            "verificationStatus": { "coding": [{ "code": verification }] },
            "criticality": criticality, "category": ["food"],
            "code": { "coding": [{ "system": "http://snomed.info/sct", "code": "91935009", "display": "Allergy to peanut" }] },
            "patient": { "reference": "urn:uuid:p" }, "recorder": { "reference": "urn:uuid:dr" },
            "reaction": [{ "manifestation": [{ "text": "Œdème de Quincke" }], "severity": "severe" }] } },
    ] })
}

fn write_bundle(server: &TestServer, name: &str, bundle: &Value) -> String {
    let path = server.data_dir.join(name);
    std::fs::write(&path, serde_json::to_vec(bundle).unwrap()).unwrap();
    path.display().to_string()
}

/// (criticality, corrected, withdrawn) of the allergy.
async fn allergy(server: &TestServer) -> (Option<String>, bool, bool) {
    let (criticality, corrected, withdrawn): (Option<String>, Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT criticality, corrected_at, withdrawn_at FROM profile_items WHERE kind = 'allergy' AND code = '91935009'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    (criticality, corrected.is_some(), withdrawn.is_some())
}

async fn publishers_correct_and_withdraw_profile_items_and_bad_ones_are_refused(backend: Backend) {
    let server = start(backend).await;
    let import = |name: &'static str, bundle: Value| {
        let path = write_bundle(&server, name, &bundle);
        let server = &server;
        async move {
            let output = server.cli_output(&["import-fhir", &path]).await;
            (output.status.success(), String::from_utf8_lossy(&output.stdout).to_string())
        }
    };
    let (ok, out) = import("first.json", allergy_bundle("low", "confirmed")).await;
    assert!(ok, "{out}");
    assert_eq!(allergy(&server).await, (Some("low".into()), false, false));
    // Sent again as it was: nothing changes; with another criticality: corrected in place.
    assert!(import("same.json", allergy_bundle("low", "confirmed")).await.0);
    assert_eq!(allergy(&server).await, (Some("low".into()), false, false));
    assert!(import("corrected.json", allergy_bundle("high", "confirmed")).await.0);
    assert_eq!(allergy(&server).await, (Some("high".into()), true, false));
    // Entered in error: withdrawn, kept out of the summary and the export.
    assert!(import("withdrawn.json", allergy_bundle("high", "entered-in-error")).await.0);
    assert!(allergy(&server).await.2);
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM profile_items").fetch_one(&server.db).await.unwrap();
    assert_eq!(rows, 1, "one item, corrected then withdrawn, never duplicated");

    // Wrong items refuse the whole bundle, naming the entry; nothing of it is stored.
    let mut ends_first = allergy_bundle("low", "confirmed");
    ends_first["entry"].as_array_mut().unwrap().push(json!({ "fullUrl": "urn:uuid:c1", "resource": {
        "resourceType": "Condition", "id": "c1", "clinicalStatus": { "coding": [{ "code": "resolved" }] },
        "code": { "text": "Fracture du poignet" }, "subject": { "reference": "urn:uuid:p" },
        "onsetDateTime": "2020-05-01", "abatementDateTime": "2019-05-01" } }));
    let (ok, out) = import("ends-first.json", ends_first).await;
    assert!(!ok && out.contains("entry 3 (Condition)") && out.contains("ends before it starts"), "{out}");
    let mut unknown_status = allergy_bundle("low", "confirmed");
    unknown_status["entry"][2]["resource"]["clinicalStatus"]["coding"][0]["code"] = json!("gone");
    let (ok, out) = import("unknown.json", unknown_status).await;
    assert!(!ok && out.contains("entry 2 (AllergyIntolerance)") && out.contains("gone"), "{out}");
    let mut elsewhere = allergy_bundle("low", "confirmed");
    elsewhere["entry"][2]["resource"]["recorder"] = json!({ "reference": "Practitioner/outside" });
    let (ok, out) = import("elsewhere.json", elsewhere).await;
    assert!(!ok && out.contains("entry 2 (AllergyIntolerance)") && out.contains("Practitioner/outside"), "{out}");
    assert!(allergy(&server).await.2, "the refused bundles brought nothing back");
    // A problem known by its text only is kept with it.
    let mut text_only = allergy_bundle("high", "entered-in-error");
    text_only["entry"].as_array_mut().unwrap().push(json!({ "fullUrl": "urn:uuid:c2", "resource": {
        "resourceType": "Condition", "id": "c2", "clinicalStatus": { "coding": [{ "code": "active" }] },
        "code": { "text": "Migraine avec aura" }, "subject": { "reference": "urn:uuid:p" } } }));
    assert!(import("text.json", text_only).await.0);
    let (code, display): (String, String) =
        sqlx::query_as("SELECT code, display FROM profile_items WHERE kind = 'condition'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!((code.as_str(), display.as_str()), ("", "Migraine avec aura"));
    server.stop().await;
}

/// What an item is, as a reader compares it (no ids, no times of storage): its fields, who
/// recorded it and where.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
struct Compared {
    kind: String,
    code_system: String,
    code: String,
    display: String,
    status: String,
    verification: Option<String>,
    category: Option<String>,
    criticality: Option<String>,
    severity: Option<String>,
    detail: Option<String>,
    started_at: Option<i64>,
    ended_at: Option<i64>,
    asserted_at: Option<i64>,
    author: Option<String>,
    place: Option<String>,
    /// Declared by the patient (`patient`) or sent by a publisher.
    origin: String,
    hidden_from_professionals: i64,
    /// The patient's note on it.
    note: Option<String>,
}

async fn profile_of(server: &TestServer, record: &str) -> Vec<Compared> {
    let mut rows: Vec<Compared> = sqlx::query_as(
        "SELECT p.kind, p.code_system, p.code, p.display, p.status, p.verification, p.category, \
         p.criticality, p.severity, p.detail, p.started_at, p.ended_at, p.asserted_at, a.name AS author, pl.name AS place, \
         p.origin, p.hidden_from_professionals, p.note FROM profile_items p \
         LEFT JOIN authors a ON a.id = p.author_id LEFT JOIN authors pl ON pl.id = p.place_id \
         WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL",
    )
    .bind(record)
    .fetch_all(&server.db)
    .await
    .unwrap();
    rows.sort();
    rows
}

/// The record's results, reports, vaccinations and the treatments each prescription contains as
/// a reader compares them (no ids, no times of storage), one line each.
const RECORD_ROWS: [(&str, &str); 7] = [
    (
        "measurements' targets",
        "SELECT t.code, t.low, t.high, COALESCE(a.display_name, t.set_by_name) FROM measurement_targets t \
         LEFT JOIN accounts a ON a.id = t.set_by WHERE t.patient_id = $1",
    ),
    (
        "directives' documents",
        "SELECT p.display, d.title, d.sha256 FROM profile_items p JOIN documents d ON d.id = p.document_id \
         WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL",
    ),
    (
        "imaging studies' reports",
        "SELECT p.display, p.category, p.detail, r.display, r.effective_at FROM profile_items p \
         JOIN reports r ON r.id = p.report_id WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL",
    ),
    (
        "prescribed treatments",
        "SELECT d.title, d.issued_at, p.display, p.detail FROM prescription_treatments pt \
         JOIN documents d ON d.id = pt.document_id JOIN profile_items p ON p.id = pt.item_id \
         WHERE d.patient_id = $1 AND p.withdrawn_at IS NULL",
    ),
    (
        "results",
        "SELECT s.code_system, s.code, s.display, s.category, r.value_number, r.value_text, r.unit, r.unit_code, \
         r.value_system, r.value_code, r.range_low, \
         r.range_high, r.range_text, r.flag, r.effective_at, r.issued_at, a.name, r.origin FROM results r \
         JOIN result_series s ON s.id = r.series_id LEFT JOIN authors a ON a.id = r.performer_id \
         WHERE r.patient_id = $1 AND r.withdrawn_at IS NULL",
    ),
    (
        "reports",
        "SELECT p.code_system, p.code, p.display, p.effective_at, p.issued_at, a.name, \
         (SELECT COUNT(*) FROM results r WHERE r.report_id = p.id AND r.withdrawn_at IS NULL) FROM reports p \
         LEFT JOIN authors a ON a.id = p.performer_id WHERE p.patient_id = $1",
    ),
    (
        "vaccinations",
        "SELECT v.vaccine_system, v.vaccine_code, v.vaccine_display, v.occurred_at, v.dose_number, v.lot, a.name \
         FROM vaccinations v LEFT JOIN authors a ON a.id = v.performer_id \
         WHERE v.patient_id = $1 AND v.withdrawn_at IS NULL",
    ),
];

/// The rows `sql` reads of `record`, each as one line of text, sorted.
async fn rows_of(server: &TestServer, sql: &str, record: &str) -> Vec<String> {
    use sqlx::{Column, Row, ValueRef};
    let rows = sqlx::query(sql).bind(record).fetch_all(&server.db).await.unwrap();
    let mut lines: Vec<String> = rows
        .iter()
        .map(|row| {
            (0..row.columns().len())
                .map(|i| {
                    if row.try_get_raw(i).unwrap().is_null() {
                        return "∅".to_string();
                    }
                    row.try_get::<String, _>(i)
                        .or_else(|_| row.try_get::<i64, _>(i).map(|n| n.to_string()))
                        .or_else(|_| row.try_get::<f64, _>(i).map(|n| n.to_string()))
                        .unwrap_or_else(|_| panic!("column {}", row.column(i).name()))
                })
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    lines.sort();
    lines
}

async fn the_exported_profile_imports_back_item_by_item(backend: Backend) {
    let server = start(backend.clone()).await;
    // The demo's profile plus every Synthea bundle's (all of their encounters, coded items,
    // treatments stopped and active), imported into the demo patient's record.
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    for file in std::fs::read_dir(workspace_root().join("testdata/fhir/synthea")).unwrap() {
        let mut bundle: Value = serde_json::from_slice(&std::fs::read(file.unwrap().path()).unwrap()).unwrap();
        let entries = bundle["entry"].as_array_mut().unwrap();
        let keep = ["Patient", "Practitioner", "Organization", "AllergyIntolerance", "Condition"];
        let keep_more = ["MedicationRequest", "Procedure", "Encounter"];
        entries.retain(|e| {
            let kind = e["resource"]["resourceType"].as_str().unwrap_or_default();
            keep.contains(&kind) || keep_more.contains(&kind)
        });
        for entry in entries.iter_mut().filter(|e| e["resource"]["resourceType"] == "Patient") {
            entry["resource"]["identifier"] = json!([{ "system": INS_SYSTEM, "value": crate::sharing::DEMO_INS }]);
            entry["resource"]["birthDate"] = json!("1984-03-02");
            entry["resource"]["name"] = json!([{ "use": "official", "family": "Martin", "given": ["Camille"] }]);
        }
        let path = write_bundle(&server, "synthea.json", &bundle);
        let output = server.cli_output(&["import-fhir", &path]).await;
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    }
    // A reading her blood pressure monitor sent.
    let device = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": INS_SYSTEM, "value": crate::sharing::DEMO_INS }],
            "name": [{ "family": "Martin", "given": ["Camille"] }], "birthDate": "1984-03-02" } },
        { "fullUrl": "urn:uuid:hr", "resource": { "resourceType": "Observation", "id": "hr", "status": "final",
            "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "vital-signs" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "8867-4", "display": "Heart rate" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-30T08:00:00+01:00",
            "device": { "display": "Tensiomètre" },
            "valueQuantity": { "value": 64, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min" } } } ] });
    let path = write_bundle(&server, "device.json", &device);
    assert!(server.cli_output(&["import-fhir", &path]).await.status.success());
    // And what she declared herself: every kind, one hidden from professionals, directives on
    // paper.
    let declarations: [&[(&str, &str)]; 9] = [
        &[("kind", "allergy"), ("name", "Arachide"), ("detail", "Œdème"), ("since", "2010-05-01")],
        &[("kind", "medication"), ("name", "Millepertuis"), ("detail", "Le soir"), ("hidden", "on")],
        &[("kind", "condition"), ("name", "Asthme"), ("since", "1990-01-01"), ("until", "2002-06-30")],
        &[("kind", "family-history"), ("name", "Ma mère : diabète de type 2")],
        &[("kind", "disability"), ("name", "Surdité"), ("detail", "Parler face à moi"), ("since", "1999-04-01")],
        &[("kind", "blood-group"), ("name", "O-")],
        &[("kind", "organ-donation"), ("name", "refuses-some"), ("detail", "Les cornées")],
        &[("kind", "directive"), ("name", "Pas d'acharnement.\nPersonne de confiance : ma sœur.")],
        &[("kind", "disability"), ("name", "Fauteuil roulant")],
    ];
    for fields in declarations {
        let to = landed(patient.post_form("/health/declare", fields).await).await;
        assert!(to.starts_with("/health?notice=declared"), "{fields:?}: {to}");
    }
    let pdf = carnet_core::pdf::text_page("Directives anticipées", &["Signées.".to_string()]);
    let paper = patient
        .post_multipart("/health/declare/directive-document", &[("name", "Signées")], Some(("file", "d.pdf", pdf)))
        .await;
    assert!(Browser::location(&paper).starts_with("/health?notice=declared"));
    // Her notes, on her doctor's item and on her own.
    for (display, note) in [("Allergie à la pénicilline", "Test cutané fait en 2020"), ("Arachide", "Depuis l'enfance")]
    {
        let id = item_id(&server, display).await;
        let noted = patient.post_form(&format!("/health/items/{id}/note"), &[("note", note)]).await;
        assert!(Browser::location(&noted).contains("notice=noted"), "{display}");
    }
    let before = profile_of(&server, &record).await;
    assert!(before.len() > 40, "{}", before.len());
    assert_eq!(before.iter().filter(|i| i.note.is_some()).count(), 2);
    assert_eq!(before.iter().filter(|i| i.origin == "patient").count(), 10);

    let export = patient.get("/export/record.json").await;
    assert_eq!(export.status(), StatusCode::OK);
    let bytes = export.bytes().await.unwrap();
    let exported: Value = serde_json::from_slice(&bytes).unwrap();
    let types: Vec<&str> =
        exported["entry"].as_array().unwrap().iter().filter_map(|e| e["resource"]["resourceType"].as_str()).collect();
    for kind in ["AllergyIntolerance", "Condition", "MedicationRequest", "Procedure", "Encounter"] {
        assert!(types.contains(&kind), "{kind} exported");
    }
    let person = exported["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "Patient");
    let person = &person.unwrap()["resource"];
    assert_eq!(
        (&person["identifier"][0]["system"], &person["identifier"][0]["value"]),
        (&json!(INS_SYSTEM), &json!(crate::sharing::DEMO_INS))
    );
    assert!(person["address"][0]["city"].is_string(), "{person}");

    // Valid FHIR R4 for an independent implementation of the model.
    let path = server.data_dir.join("export.json");
    std::fs::write(&path, &bytes).unwrap();
    validate_fhir_bundle(&path).unwrap_or_else(|report| panic!("{report}"));

    // Into an empty Carnet: the same items, field by field.
    let other = start(backend).await;
    let path = other.data_dir.join("export.json");
    std::fs::write(&path, &bytes).unwrap();
    let output = other.cli_output(&["import-fhir", &path.display().to_string()]).await;
    let said = |bytes: &[u8]| String::from_utf8_lossy(bytes).to_string();
    assert!(output.status.success(), "{}{}", said(&output.stdout), said(&output.stderr));
    let imported: String = sqlx::query_scalar("SELECT id FROM patients").fetch_one(&other.db).await.unwrap();
    let after = profile_of(&other, &imported).await;
    let missing: Vec<_> = before.iter().filter(|i| !after.contains(i)).collect();
    let extra: Vec<_> = after.iter().filter(|i| !before.contains(i)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "lost: {missing:#?}\nbrought: {extra:#?}");
    assert_eq!(after, before);
    // And the rest of the record: every result (a blood pressure's two parts too), report,
    // vaccination and prescribed treatment, field by field.
    for (what, sql) in RECORD_ROWS {
        let (sent, back) = (rows_of(&server, sql, &record).await, rows_of(&other, sql, &imported).await);
        assert!(!sent.is_empty(), "{what}");
        assert_eq!(back, sent, "{what}");
    }
    // Readings keep where they came from: the patient, a device, a publisher.
    let origins = "SELECT DISTINCT origin FROM results WHERE patient_id = $1";
    assert_eq!(rows_of(&other, origins, &imported).await, ["device", "patient", "publisher"]);
    // Who she is and who cared for her, as their publishers said it: her postal address, and
    // the practitioners' names in their parts (prefix, given names, family name).
    let address = "SELECT COALESCE(addresses, '') FROM patients WHERE id = $1";
    let (sent, back) = (rows_of(&server, address, &record).await, rows_of(&other, address, &imported).await);
    assert!(sent[0].contains("\"line\"") && sent[0].contains("\"postalCode\""), "{sent:?}");
    assert_eq!(back, sent);
    let names = "SELECT name, COALESCE(name_prefix, ''), COALESCE(name_given, ''), COALESCE(name_family, '') \
                 FROM authors WHERE kind = 'practitioner' AND $1 <> ''";
    let (sent, back) = (rows_of(&server, names, &record).await, rows_of(&other, names, &imported).await);
    assert!(back.iter().any(|n| n.starts_with("Dr. ") && n.ends_with(|c: char| c.is_alphabetic())), "{back:?}");
    assert!(back.iter().all(|n| sent.contains(n)), "{back:?} in {sent:?}");
    other.stop().await;
    server.stop().await;
}

/// The id of the item named `display` in the demo record.
async fn item_id(server: &TestServer, display: &str) -> String {
    sqlx::query_scalar("SELECT id FROM profile_items WHERE display = $1 AND withdrawn_at IS NULL")
        .bind(display)
        .fetch_one(&server.db)
        .await
        .unwrap()
}

async fn declared(server: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM profile_items WHERE origin = 'patient' AND withdrawn_at IS NULL")
        .fetch_one(&server.db)
        .await
        .unwrap()
}

async fn patients_declare_edit_hide_and_remove_and_professionals_confirm(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let declare = |fields: Vec<(&'static str, String)>| {
        let patient = &patient;
        async move {
            let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            landed(patient.post_form("/health/declare", &form).await).await
        }
    };
    let allergy = |name: &str, detail: &str, since: &str| {
        vec![("kind", "allergy".to_string()), ("name", name.into()), ("detail", detail.into()), ("since", since.into())]
    };

    // Bad input: a clear problem, the form sent back, nothing stored.
    let tomorrow = (jiff::Zoned::now().date().tomorrow().unwrap()).to_string();
    for (fields, problem) in [
        (allergy("", "", ""), Problem::ProfileName),
        (allergy("<script>alert(1)</script>", "", ""), Problem::ProfileName),
        (allergy("Arachide", &"x".repeat(600), ""), Problem::ProfileDetail),
        (allergy("Arachide", "", &tomorrow), Problem::ProfileDateFuture),
        (allergy("Arachide", "", "31/02/2020"), Problem::DateInvalid),
        (vec![("kind", "blood-group".into()), ("name", "Z+".into())], Problem::ProfileBloodGroup),
        (vec![("kind", "directive".into()), ("name", "é".repeat(4001))], Problem::ProfileText),
        (
            vec![
                ("kind", "condition".into()),
                ("name", "Asthme".into()),
                ("since", "2010-01-01".into()),
                ("until", "2000-01-01".into()),
            ],
            Problem::ProfileDatesOrder,
        ),
    ] {
        assert_eq!(declare(fields).await, sent_back_with(problem));
    }
    // What was typed comes back, in full (directives too), with the problem beside the form.
    let long = format!("{}…", "Je refuse l'acharnement. ".repeat(170));
    let back = patient.post_form("/health/declare", &[("kind", "directive"), ("name", &long)]).await;
    assert_eq!(back.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = back.text().await.unwrap();
    assert!(page.contains("4 000 caractères au plus") && page.contains(&long[..3000]), "kept as typed");
    assert_eq!(declared(&server).await, 0);

    // Declared: shown as the patient's, with what they said.
    let to = declare(allergy("Arachide", "Œdème de Quincke", "2010-05-01")).await;
    assert!(to.starts_with("/health?notice=declared#item-"), "{to}");
    let peanut = item_id(&server, "Arachide").await;
    let (_, page) = patient.page("/health").await;
    let allergies = between(main_of(&page), "Allergies et intolérances", Some("Traitements en cours"));
    assert!(allergies.contains("Arachide") && allergies.contains("Déclaré par vous"), "{allergies}");
    assert!(allergies.contains("Réaction : Œdème de Quincke") && allergies.contains("Depuis le 01/05/2010"));
    let hidden = vec![("kind", "medication".to_string()), ("name", "Millepertuis".into()), ("hidden", "on".into())];
    assert!(declare(hidden).await.starts_with("/health?notice=declared"));
    let herb = item_id(&server, "Millepertuis").await;
    for group in ["A+", "O-"] {
        declare(vec![("kind", "blood-group".into()), ("name", group.into())]).await;
    }
    let directive = "Je ne veux pas d'acharnement thérapeutique.\nPersonne de confiance : ma sœur, Julie Martin.";
    declare(vec![("kind", "directive".into()), ("name", directive.into())]).await;
    let (_, page) = patient.page("/health").await;
    let page = main_of(&page);
    assert!(page.contains("Caché aux professionnels"), "{page}");
    let blood = between(page, "Groupe sanguin", Some("Ajouter une information"));
    assert!(blood.contains("O-") && !blood.contains("A+"), "the latest blood group stands: {blood}");
    assert!(between(page, "Directives anticipées", Some("Antécédents")).contains("Personne de confiance"));

    // Edited, noted (a publisher's item too), removed.
    let edited = patient
        .post_form(&format!("/health/items/{peanut}/edit"), &[("name", "Arachide et noix de cajou"), ("detail", "")])
        .await;
    assert_eq!(landed(edited).await, format!("/health?notice=profile-edited#item-{peanut}"));
    // An edit refused for its input: sent back, nothing changed, the decision (the item was read
    // to know its kind) still in the audit log.
    let decisions = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'profile.declare'")
            .fetch_one(&server.db)
            .await
            .unwrap();
        n
    };
    let logged = decisions().await;
    let refused_edit = patient.post_form(&format!("/health/items/{peanut}/edit"), &[("name", "<b>Noix</b>")]).await;
    assert_eq!(landed(refused_edit).await, sent_back_with(Problem::ProfileName));
    assert_eq!(decisions().await, logged + 1);
    assert_eq!(item_id(&server, "Arachide et noix de cajou").await, peanut, "unchanged");
    let penicillin = item_id(&server, "Allergie à la pénicilline").await;
    let noted =
        patient.post_form(&format!("/health/items/{penicillin}/note"), &[("note", "Test cutané fait en 2020")]).await;
    assert_eq!(landed(noted).await, format!("/health?notice=noted#item-{penicillin}"));
    let bad_note = patient.post_form(&format!("/health/items/{penicillin}/note"), &[("note", "<img src=x>")]).await;
    assert_eq!(landed(bad_note).await, sent_back_with(Problem::ProfileNote));
    let (status, item_page) = patient.page(&format!("/health/items/{penicillin}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(item_page.contains("Test cutané fait en 2020") && !item_page.contains("Retirer cette information"));
    let refused = patient.post_form(&format!("/health/items/{penicillin}/remove"), &[]).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND, "a publisher's item is not the patient's to remove");
    let (_, page) = patient.page("/health").await;
    assert!(page.contains("Arachide et noix de cajou") && page.contains("Note : Test cutané fait en 2020"));

    // Nobody else changes it: another patient, a professional (even with consent), for this
    // record's items as for any.
    let (stranger, _) = enrolled_patient(&server, "Paul Durand", "paul@example.org").await;
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    decide(&patient, &doctor_id, "authorize").await;
    for (who, browser) in [("another patient", &stranger), ("a professional", &doctor)] {
        for action in ["remove", "edit", "note"] {
            let tried = browser
                .post_form(&format!("/health/items/{peanut}/{action}"), &[("name", "Rien"), ("note", "x")])
                .await;
            assert_eq!(tried.status(), StatusCode::NOT_FOUND, "{who} {action}");
        }
    }
    assert_eq!(item_id(&server, "Arachide et noix de cajou").await, peanut, "unchanged");

    // The professional sees what was declared, not what was hidden, and confirms it.
    let (_, page) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(page.contains("Arachide et noix de cajou") && page.contains("Déclaré par Camille Martin"), "{page}");
    assert!(!page.contains("Millepertuis"), "hidden from professionals");
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    let first = main_of(&overview).split("Derniers éléments").next().unwrap();
    assert!(first.contains("Groupe sanguin : O-") && first.contains("acharnement"), "{first}");
    let confirm = |id: &str| {
        let path = format!("/patients/{record}/health/items/{id}/confirm");
        let doctor = &doctor;
        async move { doctor.post_form(&path, &[]).await }
    };
    assert_eq!(confirm(&herb).await.status(), StatusCode::NOT_FOUND, "a hidden item is not found");
    assert_eq!(confirm(&penicillin).await.status(), StatusCode::NOT_FOUND, "only what the patient declared");
    assert_eq!(
        landed(confirm(&peanut).await).await,
        format!("/patients/{record}/health?notice=confirmed#item-{peanut}")
    );
    let (_, page) = patient.page("/health").await;
    assert!(page.contains("Confirmé par Dr Lina Haddad"), "{page}");
    let (outsider, outsider_id) = professional(&server, "Dr Stranger", "stranger@example.org", "20000000003").await;
    let tried = outsider.post_form(&format!("/patients/{record}/health/items/{peanut}/confirm"), &[]).await;
    assert_eq!(tried.status(), StatusCode::NOT_FOUND);

    // The export carries what she declared, as valid FHIR R4.
    let export = patient.get("/export/record.json").await.bytes().await.unwrap();
    let path = server.data_dir.join("declared.json");
    std::fs::write(&path, &export).unwrap();
    validate_fhir_bundle(&path).unwrap_or_else(|report| panic!("{report}"));
    let exported: Value = serde_json::from_slice(&export).unwrap();
    let types: Vec<&str> =
        exported["entry"].as_array().unwrap().iter().filter_map(|e| e["resource"]["resourceType"].as_str()).collect();
    assert!(types.contains(&"Consent") && types.contains(&"MedicationStatement"), "{types:?}");

    // Removed: out of the summary; the audit log has each step, allowed or refused.
    let removed = patient.post_form(&format!("/health/items/{herb}/remove"), &[]).await;
    assert_eq!(landed(removed).await, "/health?notice=profile-removed");
    let (_, page) = patient.page("/health").await;
    assert!(!page.contains("Millepertuis"));
    let camille = account_id(&server, "camille.martin@example.org").await;
    let rows = |actor: String, action: &'static str| {
        let server = &server;
        async move {
            let rows: Vec<String> =
                sqlx::query_scalar("SELECT decision FROM audit_log WHERE actor_id = $1 AND action = $2 ORDER BY seq")
                    .bind(actor)
                    .bind(action)
                    .fetch_all(&server.db)
                    .await
                    .unwrap();
            rows
        }
    };
    assert_eq!(rows(doctor_id.clone(), "profile.confirm").await, ["allow", "allow", "allow"]);
    assert_eq!(rows(outsider_id, "profile.confirm").await, ["deny"]);
    assert!(rows(camille, "profile.declare").await.iter().filter(|d| *d == "allow").count() >= 6);
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

async fn screenings_are_due_done_or_coming_by_age_and_sex(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    // Camille, a woman of 42 whose record shows no cervical screening: due, on Home and on her
    // profile; her 45 check-up is announced.
    let (_, home) = patient.page("/").await;
    let due = between(main_of(&home), "Dépistages et bilans à faire", None);
    assert!(due.contains("Dépistage du cancer du col de l'utérus (test HPV)") && due.contains("À faire"), "{due}");
    assert!(!due.contains("Bilan de prévention"), "only what is due is on Home: {due}");
    let (_, page) = patient.page("/health").await;
    let prevention = between(main_of(&page), "Dépistages et bilans de prévention", Some("Ajouter une information"));
    assert!(
        prevention.contains("Votre dossier n'en mentionne aucun.")
            && prevention.contains("Tous les 5 ans, de 30 à 65 ans")
    );
    assert!(prevention.contains("Bilan de prévention (45 à 50 ans)") && prevention.contains("À partir de 45 ans."));
    assert!(!prevention.contains("sein") && !prevention.contains("colorectal"), "not before 45: {prevention}");

    // A laboratory sends her HPV test of last spring: done, the next in five years.
    let taken = jiff::Zoned::now().date().checked_sub(jiff::Span::new().days(200)).unwrap();
    let next = taken.checked_add(jiff::Span::new().years(5)).unwrap();
    let bundle = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": INS_SYSTEM, "value": crate::sharing::DEMO_INS }],
            "name": [{ "family": "Martin", "given": ["Camille"] }], "birthDate": "1984-03-02" } },
        { "fullUrl": "urn:uuid:hpv", "resource": { "resourceType": "Observation", "id": "hpv", "status": "final",
            "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "21440-3", "display": "HPV (ADN)" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": taken.to_string(),
            "valueString": "Négatif" } } ] });
    let path = write_bundle(&server, "hpv.json", &bundle);
    assert!(server.cli_output(&["import-fhir", &path]).await.status.success());
    let (_, home) = patient.page("/").await;
    let due = between(main_of(&home), "Dépistages et bilans à faire", None);
    assert!(due.contains("Aucun dépistage ni bilan à faire pour le moment."), "{due}");
    let (_, page) = patient.page("/health").await;
    let prevention = between(main_of(&page), "Dépistages et bilans de prévention", Some("Ajouter une information"));
    let day = |d: jiff::civil::Date| d.strftime("%d/%m/%Y").to_string();
    assert!(prevention.contains(&format!("Fait le {}.", day(taken))), "{prevention}");
    assert!(prevention.contains(&format!("Le prochain à partir du {}.", day(next))), "{prevention}");

    // Someone whose birth date the portal does not know is told why nothing is advised.
    let (paul, _) = enrolled_patient(&server, "Paul Durand", "paul@example.org").await;
    let (_, page) = paul.page("/health").await;
    assert!(page.contains("Votre date de naissance n'est pas connue"), "{page}");
    // The export says who the record is (gender included).
    let export: Value = patient.get("/export/record.json").await.json().await.unwrap();
    let person =
        export["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "Patient").unwrap();
    assert_eq!(person["resource"]["gender"], "female");
    server.stop().await;
}

/// A minor keeps items of their health profile — one they declared, one a doctor sent — from
/// their legal representatives: a representative finds them nowhere (summary, item page,
/// forms, export) and cannot show them again; professionals and the minor still see them.
async fn a_minor_hides_profile_items_from_their_representatives(backend: Backend) {
    let server = start(backend).await;
    let (camille, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let sixteen = jiff::Zoned::now().date().checked_sub(jiff::Span::new().years(16)).unwrap().to_string();
    sqlx::query("UPDATE patients SET birth_date = $1 WHERE id = $2")
        .bind(&sixteen)
        .bind(&record)
        .execute(&server.db)
        .await
        .unwrap();
    // Jean joins as a caregiver, then becomes her legal representative (what a desk appointment
    // makes: a delegation of that kind; desk.rs proves how it is made).
    invite(&camille, "jean@example.org", &["record"], "").await;
    let token = invitation_token(&server, "jean@example.org").await;
    let jean = join(&server, &token, "Jean Martin", "jean@example.org").await;
    sqlx::query("UPDATE delegations SET kind = 'representative' WHERE invited_email = 'jean@example.org'")
        .execute(&server.db)
        .await
        .unwrap();
    jean.post_form("/acting-for", &[("patient", &record)]).await;
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    decide(&camille, &doctor_id, "authorize").await;

    let declared =
        camille.post_form("/health/declare", &[("kind", "medication"), ("name", "Pilule contraceptive")]).await;
    assert!(Browser::location(&declared).starts_with("/health?notice=declared"));
    let pill = item_id(&server, "Pilule contraceptive").await;
    let iron = item_id(&server, "Carence en fer").await;
    // Before: the representative sees both, the minor is offered the choice on each.
    let (_, theirs) = jean.page("/health").await;
    assert!(theirs.contains("Pilule contraceptive") && theirs.contains("Carence en fer"));
    let (_, own) = camille.page(&format!("/health/items/{iron}")).await;
    assert!(own.contains("Cacher à mes représentants légaux"), "{own}");
    for id in [&pill, &iron] {
        let hide = camille.post_form(&format!("/health/items/{id}/representatives"), &[("hide", "on")]).await;
        assert_eq!(Browser::location(&hide), format!("/health/items/{id}?notice=profile-visibility"));
    }
    let (_, own) = camille.page("/health").await;
    assert!(own.contains("Pilule contraceptive") && own.contains("Caché aux représentants légaux"), "{own}");

    // The representative: nowhere, not found alike, and nothing they send changes it.
    let (_, theirs) = jean.page("/health").await;
    assert!(!theirs.contains("Pilule contraceptive") && !theirs.contains("Carence en fer"), "{theirs}");
    assert!(theirs.contains("Hypertension artérielle"), "the rest is still theirs to read");
    for id in [&pill, &iron] {
        assert_eq!(jean.get(&format!("/health/items/{id}")).await.status(), StatusCode::NOT_FOUND);
        for (action, form) in [
            ("note", vec![("note", "vu")]),
            ("edit", vec![("name", "Autre chose")]),
            ("remove", vec![]),
            ("representatives", vec![]),
        ] {
            let sent = jean.post_form(&format!("/health/items/{id}/{action}"), &form).await;
            assert_eq!(sent.status(), StatusCode::NOT_FOUND, "{action}");
        }
    }
    // Nor may they hide, or show, anything else: the minor's decision alone.
    let hypertension = item_id(&server, "Hypertension artérielle").await;
    let tried = jean.post_form(&format!("/health/items/{hypertension}/representatives"), &[("hide", "on")]).await;
    assert_eq!(tried.status(), StatusCode::NOT_FOUND);
    let flags: Vec<(String, i64, Option<String>)> = sqlx::query_as(
        "SELECT display, hidden_from_representatives, note FROM profile_items \
         WHERE display IN ('Pilule contraceptive', 'Carence en fer', 'Hypertension artérielle') ORDER BY display",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(
        flags,
        [
            ("Carence en fer".to_string(), 1, None),
            ("Hypertension artérielle".to_string(), 0, None),
            ("Pilule contraceptive".to_string(), 1, None)
        ]
    );
    let refused: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'profile.hide-from-representatives' AND decision = 'deny' \
         AND actor_id = $1",
    )
    .bind(account_id(&server, "jean@example.org").await)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(refused, 3, "each attempt logged");
    // The copy a representative takes leaves them out too.
    let export = jean.get("/export/record.json").await;
    assert_eq!(export.status(), StatusCode::OK);
    let text = export.text().await.unwrap();
    assert!(!text.contains("Pilule contraceptive") && !text.contains("Carence en fer"));
    assert!(text.contains("Hypertension artérielle"));

    // Her doctor still sees what she hid from her parents; so does she.
    let (_, doctors) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(doctors.contains("Pilule contraceptive") && doctors.contains("Carence en fer"), "{doctors}");
    // She shows one again: her representative reads it once more.
    camille.post_form(&format!("/health/items/{iron}/representatives"), &[]).await;
    let (_, theirs) = jean.page("/health").await;
    assert!(theirs.contains("Carence en fer") && !theirs.contains("Pilule contraceptive"));

    // An adult has no representative to hide from: the choice is offered only on what is still
    // hidden, so that it can be undone.
    sqlx::query("UPDATE patients SET birth_date = '1980-01-01' WHERE id = $1")
        .bind(&record)
        .execute(&server.db)
        .await
        .unwrap();
    let (_, own) = camille.page(&format!("/health/items/{iron}")).await;
    assert!(!own.contains("Cacher à mes représentants légaux"), "{own}");
    let (_, own) = camille.page(&format!("/health/items/{pill}")).await;
    assert!(own.contains("Cacher à mes représentants légaux"));
    server.stop().await;
}

async fn imaging_studies_lead_to_the_report_that_reads_them(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let report: String = sqlx::query_scalar(
        "SELECT d.id FROM documents d JOIN reports r ON r.id = d.report_id WHERE r.display = 'Radiographie de la cheville gauche'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    let link = format!("href=\"/documents/{report}\"");

    // The patient: the X-ray of her emergency visit, what it is, where, who read it, its report.
    let (_, page) = patient.page("/health").await;
    let imaging = between(main_of(&page), "Examens d'imagerie", Some("Traitements passés"));
    for expected in [
        "Radiographie de la cheville gauche",
        "Radiographie</span>",
        "Région examinée : Cheville gauche",
        "Le 07/09/2019",
        "Noté par Dr Claire Morel",
        "Compte rendu :",
        &link,
    ] {
        assert!(imaging.contains(expected), "{expected}: {imaging}");
    }
    // A caregiver who reads the profile but not the record sees the study, not its report.
    invite(&patient, "anne@example.org", &["profile"], "").await;
    let anne =
        join(&server, &invitation_token(&server, "anne@example.org").await, "Anne Martin", "anne@example.org").await;
    anne.post_form("/acting-for", &[("patient", &record)]).await;
    let (_, page) = anne.page("/health").await;
    assert!(page.contains("Radiographie de la cheville gauche") && !page.contains(&report), "{page}");
    // Hidden from professionals, the report is not linked for them.
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    decide(&patient, &doctor_id, "authorize").await;
    let (_, page) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(page.contains(&link), "{page}");
    patient.post_form(&format!("/documents/{report}/visibility"), &[("professionals", "on")]).await;
    let (_, page) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(page.contains("Radiographie de la cheville gauche") && !page.contains(&report));

    // A report naming a study its publisher never sent is refused whole; one it sent before is
    // linked.
    let token = crate::corrections::token(&server, "Centre d'imagerie du Parc").await;
    let bundle = |entries: Vec<Value>| {
        let mut all = vec![json!({ "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": INS_SYSTEM, "value": crate::sharing::DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": "1984-03-02" } })];
        all.extend(entries);
        serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "transaction", "entry": all })).unwrap()
    };
    let study = json!({ "fullUrl": "urn:uuid:s1", "resource": { "resourceType": "ImagingStudy", "id": "s1",
        "status": "available", "subject": { "reference": "urn:uuid:p" }, "started": "2026-11-02T10:00:00+01:00",
        "description": "Échographie abdominale",
        "series": [{ "uid": "1.2.3.4", "modality": { "code": "US" } }] } });
    let report_naming = |study: &str| {
        json!({ "fullUrl": "urn:uuid:r1", "resource": { "resourceType": "DiagnosticReport",
        "id": "r1", "status": "final", "code": { "coding": [{ "system": "http://loinc.org", "code": "18748-4",
        "display": "Échographie abdominale" }] }, "subject": { "reference": "urn:uuid:p" },
        "effectiveDateTime": "2026-11-02T10:00:00+01:00", "imagingStudy": [{ "reference": study }],
        "text": { "status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Foie normal.</div>" } } })
    };
    let studies = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM profile_items WHERE kind = 'imaging'")
            .fetch_one(&server.db)
            .await
            .unwrap();
        n
    };
    let (status, outcome) =
        crate::corrections::publish(&server, &token, bundle(vec![report_naming("ImagingStudy/s1")])).await;
    assert!(status.is_client_error(), "{status}");
    assert!(outcome.to_string().contains("An imaging study this report names (imagingStudy) is not in this record"));
    assert_eq!(studies().await, 1, "nothing of it kept");
    let (status, outcome) = crate::corrections::publish(&server, &token, bundle(vec![study])).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    let (status, outcome) =
        crate::corrections::publish(&server, &token, bundle(vec![report_naming("ImagingStudy/s1")])).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    let linked: Option<String> = sqlx::query_scalar(
        "SELECT r.display FROM profile_items p JOIN reports r ON r.id = p.report_id WHERE p.display = 'Échographie abdominale'",
    )
    .fetch_optional(&server.db)
    .await
    .unwrap();
    assert_eq!(linked.as_deref(), Some("Échographie abdominale"));
    let (_, page) = patient.page("/health").await;
    assert!(page.contains("Échographie</span>") && page.contains("Échographie abdominale du 02/11/2026"), "{page}");
    server.stop().await;
}

async fn professionals_record_allergies_and_problems_from_the_portal(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let items = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM profile_items").fetch_one(&server.db).await.unwrap();
        n
    };
    let before = items().await;
    let send = |fields: Vec<(&'static str, &'static str)>| {
        let doctor = &doctor;
        let record = record.clone();
        async move {
            let mut all = vec![("patient", record.as_str())];
            all.extend(fields);
            doctor.post_form("/publish/profile", &all).await
        }
    };
    let (_, page) = doctor.page(&format!("/patients/{record}/publish")).await;
    assert!(page.contains("Une allergie, un problème de santé ou un acte"), "the form is offered from the record");

    // Bad input: the form comes back with the reason and what was typed; nothing is stored.
    let tomorrow = jiff::Zoned::now().date().tomorrow().unwrap().to_string();
    let tomorrow: &'static str = Box::leak(tomorrow.into_boxed_str());
    for (fields, problem) in [
        (vec![("kind", "allergy"), ("name", "")], Problem::ProfileName),
        (vec![("kind", "allergy"), ("name", "<img src=x>")], Problem::ProfileName),
        (vec![("kind", "horoscope"), ("name", "Arachide")], Problem::ProfileName),
        (vec![("kind", "allergy"), ("name", "Arachide"), ("since", tomorrow)], Problem::ProfileDateFuture),
        (
            vec![("kind", "condition"), ("name", "Asthme"), ("since", "2020-01-01"), ("until", "2019-01-01")],
            Problem::ProfileDatesOrder,
        ),
    ] {
        let back = Browser::sent_back(send(fields.clone()).await).await;
        assert_eq!(back.problem, problem, "{fields:?}");
    }
    assert_eq!(items().await, before);

    // A high-risk allergy and a healed problem, in the doctor's name.
    let sent = send(vec![
        ("kind", "allergy"),
        ("name", "Allergie à l'arachide"),
        ("detail", "Œdème de Quincke"),
        ("since", "2024-05-02"),
        ("high_risk", "on"),
    ])
    .await;
    assert_eq!(Browser::location(&sent), format!("/patients/{record}/publish?notice=published"));
    send(vec![
        ("kind", "condition"),
        ("name", "Asthme de l'enfance"),
        ("since", "1990-01-01"),
        ("until", "2002-06-30"),
    ])
    .await;
    // An operation done, with its reason: done, by this doctor, on that day.
    let sent = send(vec![
        ("kind", "procedure"),
        ("name", "Coloscopie"),
        ("detail", "Dépistage après un test positif"),
        ("since", "2025-03-14"),
    ])
    .await;
    assert_eq!(Browser::location(&sent), format!("/patients/{record}/publish?notice=published"));
    let future = send(vec![("kind", "procedure"), ("name", "Coloscopie"), ("since", tomorrow)]).await;
    assert_eq!(Browser::sent_back(future).await.problem, Problem::ProfileDateFuture, "recorded once done");
    // A stay in cardiology, at the hospital named.
    let sent = send(vec![
        ("kind", "stay"),
        ("name", "Hospitalisation en cardiologie"),
        ("detail", "Malaise"),
        ("since", "2025-06-02"),
        ("until", "2025-06-05"),
        ("place", "Hôpital de la Croix-Rousse"),
    ])
    .await;
    assert_eq!(Browser::location(&sent), format!("/patients/{record}/publish?notice=published"));
    assert_eq!(items().await, before + 4);
    let (_, page) = patient.page("/health").await;
    let page = main_of(&page);
    let procedures = between(page, "Opérations et actes", Some("Hospitalisations et passages aux urgences"));
    for expected in ["Coloscopie", "Motif : Dépistage après un test positif", "Le 14/03/2025", "Noté par Karim Benali"]
    {
        assert!(procedures.contains(expected), "{expected}: {procedures}");
    }
    let stays = between(page, "Hospitalisations et passages aux urgences", Some("Examens d'imagerie"));
    for expected in ["Hospitalisation en cardiologie", "Motif : Malaise", "Du 02/06/2025 au 05/06/2025", "Croix-Rousse"]
    {
        assert!(stays.contains(expected), "{expected}: {stays}");
    }
    let allergies = between(page, "Allergies et intolérances", Some("Traitements en cours"));
    for expected in ["Allergie à l&#x27;arachide", "Risque élevé", "Œdème de Quincke", "Noté par Dr Karim Benali"]
    {
        assert!(
            allergies.contains(expected) || allergies.contains(&expected.replace("&#x27;", "'")),
            "{expected}: {allergies}"
        );
    }
    let history = between(page, "Antécédents", Some("Opérations et actes"));
    assert!(history.contains("Asthme de l") && history.contains("2002"), "{history}");
    // What a doctor must know first, in an emergency too.
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    let first = main_of(&overview).split("Derniers éléments").next().unwrap();
    assert!(first.contains("arachide"), "{first}");
    server.stop().await;
}

/// The rest of the declared profile: a disability, the position on organ donation (the latest
/// stands), advance directives added as a file (which joins the documents): checked, shown to the
/// patient and, first thing, to a professional with consent — the document's link only to one
/// who sees the document — and exported as valid FHIR R4.
async fn patients_declare_a_disability_their_organ_donation_position_and_directives_in_a_document(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let declare = |fields: Vec<(&'static str, &'static str)>| {
        let patient = &patient;
        async move { landed(patient.post_form("/health/declare", &fields).await).await }
    };

    // Bad input: a position not offered, a refusal of some organs that does not say which.
    for (fields, problem) in [
        (vec![("kind", "organ-donation"), ("name", "maybe")], Problem::ProfileOrganDonation),
        (vec![("kind", "organ-donation"), ("name", "refuses-some")], Problem::ProfileOrgansRefused),
        (vec![("kind", "disability"), ("name", "<b>x</b>")], Problem::ProfileName),
    ] {
        assert_eq!(declare(fields).await, sent_back_with(problem));
    }
    assert_eq!(declared(&server).await, 0);

    let disability = vec![
        ("kind", "disability"),
        ("name", "Surdité"),
        ("detail", "Parler face à moi, écrire les consignes"),
        ("since", "1990-04-01"),
    ];
    assert!(declare(disability).await.starts_with("/health?notice=declared#item-"));
    declare(vec![("kind", "organ-donation"), ("name", "refuses-some"), ("detail", "Les cornées")]).await;
    declare(vec![("kind", "organ-donation"), ("name", "agrees")]).await;
    let (_, page) = patient.page("/health").await;
    let page = main_of(&page);
    let section = between(page, "Handicap", Some("Groupe sanguin"));
    assert!(section.contains("Surdité") && section.contains("Ce qu'il faut adapter : Parler face à moi"), "{section}");
    let organs = between(page, "Don d'organes", Some("Ajouter une information"));
    assert!(organs.contains("J'accepte de donner mes organes"), "{organs}");
    assert!(!organs.contains("cornées"), "the latest position stands: {organs}");

    // Directives on paper: not a document Carnet takes, then a PDF with a few words.
    let declare_file = |words: &'static str, name: &'static str, bytes: Vec<u8>| {
        let patient = &patient;
        async move {
            let fields = [("name", words)];
            landed(
                patient
                    .post_multipart("/health/declare/directive-document", &fields, Some(("file", name, bytes)))
                    .await,
            )
            .await
        }
    };
    let documents = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM documents").fetch_one(&server.db).await.unwrap();
        n
    };
    let before = documents().await;
    let refused = patient
        .post_multipart(
            "/health/declare/directive-document",
            &[("name", "Signées en 2024")],
            Some(("file", "d.txt", b"plain text".to_vec())),
        )
        .await;
    let back = Browser::sent_back(refused).await;
    assert_eq!(back.problem, Problem::UploadType);
    assert!(back.page.contains("Signées en 2024"), "the words typed come back");
    assert_eq!((documents().await, declared(&server).await), (before, 2), "nothing stored");
    let pdf = carnet_core::pdf::text_page("Directives anticipées", &["Pas d'acharnement.".to_string()]);
    let to = declare_file("Formulaire signé en 2024", "directives.pdf", pdf).await;
    assert!(to.starts_with("/health?notice=declared#item-"), "{to}");
    let document: String =
        sqlx::query_scalar("SELECT document_id FROM profile_items WHERE kind = 'directive' AND withdrawn_at IS NULL")
            .fetch_one(&server.db)
            .await
            .unwrap();
    let (_, page) = patient.page("/health").await;
    let directives = between(main_of(&page), "Directives anticipées", Some("Antécédents"));
    assert!(directives.contains("Formulaire signé en 2024") && directives.contains("Rédigées dans :"), "{directives}");
    assert!(directives.contains(&format!("href=\"/documents/{document}\"")), "{directives}");
    let (_, list) = patient.page("/documents").await;
    assert!(list.contains("Directives anticipées"), "the file is one of her documents");

    // A professional she authorized sees them first, and opens the document.
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    let first = main_of(&overview).split("Derniers éléments").next().unwrap();
    assert!(first.contains("Surdité") && first.contains(&format!("/documents/{document}")), "{first}");
    assert_eq!(doctor.get(&format!("/documents/{document}")).await.status(), StatusCode::OK);
    // Once she hides that document from professionals, they learn only that it exists.
    patient.post_form(&format!("/documents/{document}/visibility"), &[("professionals", "on")]).await;
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    let first = main_of(&overview).split("Derniers éléments").next().unwrap();
    assert!(!first.contains(&format!("/documents/{document}")) && first.contains("Formulaire signé"), "{first}");
    assert_eq!(doctor.get(&format!("/documents/{document}")).await.status(), StatusCode::NOT_FOUND);
    // The export: a disability as a Condition, the position as a Consent that permits, the
    // directives as a Consent pointing at their document; valid FHIR R4.
    let export = patient.get("/export/record.json").await.bytes().await.unwrap();
    let path = server.data_dir.join("declared.json");
    std::fs::write(&path, &export).unwrap();
    validate_fhir_bundle(&path).unwrap_or_else(|report| panic!("{report}"));
    let exported: Value = serde_json::from_slice(&export).unwrap();
    let resources: Vec<&Value> = exported["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let disability = resources.iter().find(|r| r["code"]["text"] == "Surdité").unwrap();
    assert_eq!(disability["category"][1]["coding"][0]["code"], "21134002");
    assert_eq!(disability["note"][0]["text"], "Parler face à moi, écrire les consignes");
    let consents: Vec<&&Value> = resources.iter().filter(|r| r["resourceType"] == "Consent").collect();
    assert!(consents.iter().any(|c| c["provision"]["type"] == "permit"), "{consents:?}");
    let on_paper = consents.iter().find(|c| c["sourceReference"].is_object()).unwrap();
    let target = on_paper["sourceReference"]["reference"].as_str().unwrap();
    let points_at = exported["entry"].as_array().unwrap().iter().find(|e| e["fullUrl"] == target).unwrap();
    assert_eq!(points_at["resource"]["resourceType"], "DocumentReference");

    // An insider: a publisher with a valid token sends items marked as the patient's own words,
    // as an export marks them. They are kept as the publisher's: only an operator moving a
    // record keeps what the patient declared.
    let token = crate::corrections::token(&server, "Laboratoire du Rhône").await;
    let declared_tag = json!({ "tag": [{ "system": "urn:carnet:origin", "code": "patient" }] });
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": INS_SYSTEM, "value": crate::sharing::DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": "1984-03-02" } },
        { "fullUrl": "urn:uuid:f", "resource": { "resourceType": "FamilyMemberHistory", "id": "f",
            "meta": declared_tag, "status": "completed", "patient": { "reference": "urn:uuid:p" },
            "relationship": { "text": "mère" }, "condition": [{ "code": { "text": "Ma mère : cancer du sein" } }] } },
        { "fullUrl": "urn:uuid:g", "resource": { "resourceType": "Observation", "id": "g", "meta": declared_tag,
            "status": "final", "code": { "coding": [{ "system": "http://loinc.org", "code": "882-1" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-02T10:00:00+01:00",
            "valueString": "AB+" } },
        { "fullUrl": "urn:uuid:w", "resource": { "resourceType": "Observation", "id": "w", "meta": declared_tag,
            "status": "final", "category": [{ "coding": [{ "code": "vital-signs" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "29463-7" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-02T10:00:00+01:00",
            "valueQuantity": { "value": 61.5, "unit": "kg" } } },
        { "fullUrl": "urn:uuid:o", "resource": { "resourceType": "Consent", "id": "o", "status": "active",
            "scope": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "adr" }] },
            "category": [{ "text": "Organ and tissue donation" }], "patient": { "reference": "urn:uuid:p" },
            "policyRule": { "text": "Code de la santé publique, article L1232-1" },
            "provision": { "type": "deny" } } } ] });
    let (status, outcome) = crate::corrections::publish(&server, &token, serde_json::to_vec(&bundle).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    let origins: Vec<(String, String)> = sqlx::query_as(
        "SELECT display, origin FROM profile_items WHERE display IN ('Ma mère : cancer du sein', 'AB+') ORDER BY display",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    // A blood group and a position on organ donation are the patient's word alone: not kept.
    assert_eq!(origins, [("Ma mère : cancer du sein".to_string(), "publisher".to_string())]);
    let (_, page) = patient.page("/health").await;
    let organs = between(main_of(&page), "Don d'organes", Some("Ajouter une information"));
    assert!(organs.contains("J'accepte de donner mes organes"), "hers stands: {organs}");
    let weight: String =
        sqlx::query_scalar("SELECT origin FROM results WHERE value_number = 61.5").fetch_one(&server.db).await.unwrap();
    assert_eq!(weight, "publisher", "a reading marked as the patient's, sent by a publisher");
    let (_, page) = patient.page("/health").await;
    let family = between(main_of(&page), "Antécédents familiaux", Some("Handicap"));
    assert!(family.contains("cancer du sein") && !family.contains("Déclaré par vous"), "{family}");
    server.stop().await;
}
