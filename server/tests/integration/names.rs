//! Names Carnet owns are translated; names publishers send are shown as sent, with their code
//! (issue 16): a vaccine and a test published through the portal's form read in English,
//! Spanish and Arabic; the same codes sent through FHIR with the publisher's own names keep
//! them. A default passkey name follows the reader's language too.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::harness::*;

crate::on_both_databases!(a_reader_sees_carnets_names_in_their_language_and_a_publishers_as_sent_with_the_code);

/// A valid INS (13 digits and their key).
pub(crate) fn ins(body: &str) -> String {
    let n: u64 = body.parse().unwrap();
    format!("{body}{:02}", 97 - n % 97)
}

/// A record with no result and no vaccination, its patient enrolled: their browser (French).
pub(crate) async fn empty_record(server: &TestServer, health_id: &str, birth: &str, email: &str) -> Browser {
    let bundle = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": health_id }],
            "name": [{ "family": "Durand", "given": ["Alix"] }], "birthDate": birth } }
    ] });
    let file = server.data_dir.join(format!("{email}.json"));
    std::fs::write(&file, serde_json::to_vec(&bundle).unwrap()).unwrap();
    server.cli(&["import-fhir", file.to_str().unwrap()]).await;
    let args = [
        "--role",
        "patient",
        "--name",
        "Alix Durand",
        "--email",
        email,
        "--health-id",
        health_id,
        "--birth-date",
        birth,
    ];
    enrolled(server, &server.invite_with(&args).await).await.0
}

/// A lab's software sending, by FHIR, a result and a vaccination whose codes are in Carnet's
/// catalogue, with its own names.
fn lab_bundle(health_id: &str, birth: &str, tag: &str, loinc: &str, test_name: &str) -> Value {
    json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": health_id }],
            "name": [{ "family": "Durand" }], "birthDate": birth } },
        { "fullUrl": format!("urn:uuid:{tag}-o"), "resource": { "resourceType": "Observation", "id": format!("{tag}-o"), "status": "final",
            "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": loinc, "display": test_name }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-02-01T08:00:00+01:00",
            "valueQuantity": { "value": 3.2, "unit": "mg/L" } } },
        { "fullUrl": format!("urn:uuid:{tag}-i"), "resource": { "resourceType": "Immunization", "id": format!("{tag}-i"), "status": "completed",
            "vaccineCode": { "coding": [{ "system": "http://hl7.org/fhir/sid/cvx", "code": "08", "display": "Engerix B 20 µg" }] },
            "patient": { "reference": "urn:uuid:p" }, "occurrenceDateTime": "2025-10-20" } }
    ] })
}

async fn speak(browser: &Browser, lang: &str) {
    let answer = browser.post_form("/language", &[("lang", lang), ("return_to", "/")]).await;
    assert_eq!(answer.status(), StatusCode::SEE_OTHER);
}

async fn a_reader_sees_carnets_names_in_their_language_and_a_publishers_as_sent_with_the_code(backend: Backend) {
    let server = start(backend).await;
    let (health_id, birth) = (ins("2900675123457"), "1990-06-01");
    let patient = empty_record(&server, &health_id, birth, "alix@example.org").await;
    let (doctor, _) = demo_account(&server, "professional").await;

    // Through the portal's form (in French): a hepatitis B vaccination and a fasting glucose.
    let yesterday = jiff::Zoned::now().date().yesterday().unwrap();
    let published = doctor
        .post_form(
            "/publish/vaccination",
            &[
                ("ins", &health_id),
                ("birth", birth),
                ("vaccine", "08"),
                ("date", "2026-01-10"),
                ("dose", "1"),
                ("lot", "HB1"),
            ],
        )
        .await;
    assert_eq!(Browser::location(&published), "/publish?notice=published");
    let taken_at = format!("{yesterday}T08:15");
    let published = doctor
        .post_form(
            "/publish/results",
            &[("ins", &health_id), ("birth", birth), ("taken_at", &taken_at), ("code0", "1558-6"), ("value0", "0,95")],
        )
        .await;
    assert_eq!(Browser::location(&published), "/publish?notice=published");

    // Through FHIR: the same vaccine code and another catalogue test, with the lab's names.
    let created = server.cli(&["token", "create", "--organisation", "Labo Nord"]).await;
    let secret = created.lines().find(|l| l.starts_with("carnet_")).unwrap().to_string();
    let send = |bundle: Value| {
        reqwest::Client::new()
            .post(server.url("/fhir/r4"))
            .header(reqwest::header::CONTENT_TYPE, "application/fhir+json")
            .bearer_auth(&secret)
            .body(serde_json::to_vec(&bundle).unwrap())
            .send()
    };
    let sent = send(lab_bundle(&health_id, birth, "a", "1988-5", "CRP ultrasensible")).await.unwrap();
    assert_eq!(sent.status(), StatusCode::OK, "{}", sent.text().await.unwrap());

    // English: Carnet's names translated, without a code; the lab's as sent, with theirs.
    speak(&patient, "en").await;
    let (_, vaccinations) = patient.page("/vaccinations").await;
    assert!(vaccinations.contains(">Hepatitis B<"), "the portal's vaccine in English: {vaccinations}");
    assert!(!vaccinations.contains("Hépatite B"), "not the French stored with it");
    assert!(
        vaccinations.contains("Engerix B 20 µg") && vaccinations.contains("CVX code 08"),
        "the lab's, with its code"
    );
    assert_eq!(vaccinations.matches("CVX code 08").count(), 1, "only the sent name carries its code");
    let (_, results) = patient.page("/results").await;
    assert!(results.contains(">Fasting glucose<") && !results.contains("Glycémie à jeun"), "{results}");
    assert!(results.contains("CRP ultrasensible") && results.contains("LOINC code 1988-5"));
    assert!(!results.contains("C-reactive protein") && !results.contains("LOINC code 1558-6"));
    let (_, found) = patient.page("/results?q=glucose").await;
    assert!(found.contains(">Fasting glucose<"), "found by its name in the reader's language");
    let series = results.split("href=\"/results/").find(|p| p.contains(">Fasting glucose<")).unwrap();
    let series = series.split('"').next().unwrap();
    let (_, page) = patient.page(&format!("/results/{series}")).await;
    assert!(
        page.contains("<h1><bdi>Fasting glucose</bdi></h1>") && page.contains("History: Fasting glucose"),
        "{page}"
    );
    let (_, home) = patient.page("/").await;
    assert!(home.contains(">Fasting glucose<") && home.contains("CRP ultrasensible"));

    // Spanish and Arabic.
    speak(&patient, "es").await;
    let (_, results) = patient.page("/results").await;
    assert!(results.contains(">Glucosa en ayunas<") && results.contains("código LOINC 1988-5"));
    speak(&patient, "ar").await;
    let (_, results) = patient.page("/results").await;
    assert!(results.contains(">سكر الدم على الريق<") && results.contains("CRP ultrasensible"));
    let (_, vaccinations) = patient.page("/vaccinations").await;
    assert!(vaccinations.contains(">التهاب الكبد ب<") && vaccinations.contains("رمز CVX"));

    // The lab then sends a fasting glucose of its own naming: the test is the lab's from now on.
    let sent = send(lab_bundle(&health_id, birth, "b", "1558-6", "GLU jeun")).await.unwrap();
    assert_eq!(sent.status(), StatusCode::OK, "{}", sent.text().await.unwrap());
    speak(&patient, "en").await;
    let (_, results) = patient.page("/results").await;
    assert!(results.contains("GLU jeun") && results.contains("LOINC code 1558-6"), "{results}");
    assert!(!results.contains("Fasting glucose"));

    // The export keeps what was stored.
    let export = patient.get("/export/record.json").await.text().await.unwrap();
    assert!(export.contains("Hépatite B") && export.contains("Engerix B 20 µg"));

    // A default passkey name, stored in French at enrolment, reads in English.
    let (_, account) = patient.page("/account").await;
    assert!(account.contains(">Passkey 1<") && !account.contains("Clé d"), "{account}");
    server.stop().await;
}
