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
    assert!(allergies.contains("Noté par Dr Karim Benali") && allergies.contains("SNOMED CT 91936005"), "{allergies}");
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
    assert_eq!(reads(&server, &record, &camille).await, ["allow"]);

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
}

async fn profile_of(server: &TestServer, record: &str) -> Vec<Compared> {
    let mut rows: Vec<Compared> = sqlx::query_as(
        "SELECT p.kind, p.code_system, p.code, p.display, p.status, p.verification, p.category, \
         p.criticality, p.severity, p.detail, p.started_at, p.ended_at, p.asserted_at, a.name AS author, pl.name AS place FROM profile_items p \
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
    let before = profile_of(&server, &record).await;
    assert!(before.len() > 40, "{}", before.len());

    let export = patient.get("/export/record.json").await;
    assert_eq!(export.status(), StatusCode::OK);
    let bytes = export.bytes().await.unwrap();
    let exported: Value = serde_json::from_slice(&bytes).unwrap();
    let types: Vec<&str> =
        exported["entry"].as_array().unwrap().iter().filter_map(|e| e["resource"]["resourceType"].as_str()).collect();
    for kind in ["AllergyIntolerance", "Condition", "MedicationRequest", "Procedure", "Encounter"] {
        assert!(types.contains(&kind), "{kind} exported");
    }

    // Into an empty Carnet: the same items, field by field.
    let other = start(backend).await;
    let path = other.data_dir.join("export.json");
    std::fs::write(&path, &bytes).unwrap();
    let output = other.cli_output(&["import-fhir", &path.display().to_string()]).await;
    let said = |bytes: &[u8]| String::from_utf8_lossy(bytes).to_string();
    assert!(output.status.success(), "{}{}", said(&output.stdout), said(&output.stderr));
    let imported: String = sqlx::query_scalar("SELECT id FROM patients").fetch_one(&other.db).await.unwrap();
    assert_eq!(profile_of(&other, &imported).await, before);
    other.stop().await;
    server.stop().await;
}
