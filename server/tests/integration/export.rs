//! The patient's export: the whole record as one FHIR R4 bundle that Carnet's own FHIR reader
//! accepts, with every result, vaccination and visible document (files byte for byte), audited
//! as a read; refused ("not found", audited as denied) to professionals with consent,
//! caregivers and everyone else; streamed from a snapshot, so a slow download keeps no writer
//! waiting and shows the record as it was when it started.

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id, professional, DEMO_INS};

crate::on_both_databases!(
    patients_export_their_whole_record_and_nobody_else_can,
    a_slow_export_download_keeps_no_writer_waiting,
);

async fn count(server: &TestServer, table: &str, record: &str) -> usize {
    let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} WHERE patient_id = $1"))
        .bind(record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    n as usize
}

/// The export decisions logged since `before`: (actor, decision).
async fn exports_since(server: &TestServer, before: i64) -> Vec<(String, String)> {
    sqlx::query_as("SELECT actor_id, decision FROM audit_log WHERE seq > $1 AND action = 'read.export' ORDER BY seq")
        .bind(before)
        .fetch_all(&server.db)
        .await
        .unwrap()
}

async fn audit_head(server: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT seq FROM audit_head").fetch_one(&server.db).await.unwrap()
}

async fn patients_export_their_whole_record_and_nobody_else_can(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let patient_id = account_id(&server, "camille.martin@example.org").await;

    // The account page offers it.
    let (_, account) = patient.page("/account").await;
    assert!(account.contains("href=\"/export/record.json\"") && account.contains("Mes données"), "{account}");

    let before = audit_head(&server).await;
    let response = patient.get("/export/record.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/fhir+json; charset=utf-8");
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(disposition.starts_with("attachment; filename=\"carnet-record-"), "{disposition}");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body = response.bytes().await.unwrap();
    assert_eq!(exports_since(&server, before).await, vec![(patient_id.clone(), "allow".to_string())]);

    // Valid FHIR as Carnet reads it, and all of it.
    let bundle = carnet_core::fhir::read_bundle(&body).expect("the export reads as a FHIR bundle");
    assert_eq!(bundle.patients.len(), 1);
    assert!(bundle.patients[0].identifiers.iter().any(|i| i.value == DEMO_INS));
    assert!(bundle.patients[0].birth_date.is_some());
    assert_eq!(bundle.results.len(), count(&server, "results", &record).await);
    assert!(!bundle.results.is_empty());
    assert_eq!(bundle.vaccinations.len(), count(&server, "vaccinations", &record).await);
    assert!(!bundle.vaccinations.is_empty());
    assert_eq!(bundle.documents.len(), count(&server, "documents", &record).await);
    // Ranges, flags and performers survive.
    assert!(bundle.results.iter().any(|r| r.range.is_some()));
    assert!(bundle.results.iter().any(|r| r.flag.is_some_and(|f| f.is_out_of_range())));
    let performed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM results WHERE patient_id = $1 AND performer_id IS NOT NULL")
            .bind(&record)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert!(performed > 0);
    assert_eq!(bundle.results.iter().filter(|r| r.performer.is_some()).count(), performed as usize);
    // Each file is the one the patient downloads from its page, byte for byte.
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let entries = json["entry"].as_array().unwrap();
    for document in entries.iter().filter(|e| e["resource"]["resourceType"] == "DocumentReference") {
        let id = document["resource"]["id"].as_str().unwrap();
        let file = patient.get(&format!("/documents/{id}/download")).await.bytes().await.unwrap();
        let exported = bundle.documents.iter().find(|d| d.source == format!("DocumentReference/{id}")).unwrap();
        assert_eq!(exported.content.data, file.to_vec(), "document {id}");
    }

    // A professional the patient authorized reads the record, but does not take a copy of it.
    let (doctor, doctor_id) = professional(&server, "Dr Authorized", "authorized@example.org", "20000000001").await;
    decide(&patient, &doctor_id, "authorize").await;
    assert_eq!(doctor.get(&format!("/patients/{record}/results")).await.status(), StatusCode::OK);
    // A caregiver with every scope, acting for her, neither.
    invite(&patient, "jean@example.org", &["record", "appointments", "upload"], "").await;
    let token = invitation_token(&server, "jean@example.org").await;
    let caregiver = join(&server, &token, "Jean Dupont", "jean@example.org").await;
    caregiver.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(caregiver.get("/results").await.status(), StatusCode::OK, "the caregiver reads the record");
    let caregiver_id = account_id(&server, "jean@example.org").await;
    let (_, account) = caregiver.page("/account").await;
    assert!(!account.contains("/export/record.json"), "no export link for a caregiver");

    for (who, browser, id) in [("professional", &doctor, &doctor_id), ("caregiver", &caregiver, &caregiver_id)] {
        let before = audit_head(&server).await;
        let refused = browser.get("/export/record.json").await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND, "{who}");
        let text = refused.text().await.unwrap();
        // The site's not-found page; nothing of the record (the caregiver's page says, as every
        // page does while acting for her, whom they act for).
        assert!(text.contains("<h1>Page introuvable</h1>") && !text.contains("resourceType"), "{who}: {text}");
        let main = text.split("<main").nth(1).and_then(|m| m.split("</main>").next()).unwrap_or_default();
        assert!(!main.contains("Camille") && !text.contains("Glyc"), "{who}: {text}");
        assert_eq!(exports_since(&server, before).await, vec![(id.clone(), "deny".to_string())], "{who}");
    }
    // Signed out: sent to sign in, nothing logged against the record.
    let anonymous = Browser::new(&server);
    let before = audit_head(&server).await;
    let signed_out = anonymous.get("/export/record.json").await;
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);
    assert_eq!(Browser::location(&signed_out), "/signin");
    assert!(exports_since(&server, before).await.is_empty());
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

/// A bundle for the demo patient: a potassium result `id`, and `files` documents of `mb` MB each.
fn publication(id: &str, files: usize, mb: usize) -> Vec<u8> {
    use base64::Engine;
    let mut entries = vec![
        serde_json::json!({ "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": "1984-03-02" } }),
        serde_json::json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "Observation", "id": id,
            "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "2823-3", "display": "Potassium" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-12-01T08:00:00+01:00",
            "valueQuantity": { "value": 4.4, "unit": "mmol/L" } } }),
    ];
    for n in 0..files {
        // Distinct files that do not compress, as scans.
        let mut file = format!("%PDF-1.4\n%{id}-{n}\n").into_bytes();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D + n as u64;
        while file.len() < mb * 1024 * 1024 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            file.extend_from_slice(&state.to_le_bytes());
        }
        file.truncate(mb * 1024 * 1024);
        entries.push(serde_json::json!({ "fullUrl": format!("urn:uuid:{id}-d{n}"), "resource": {
            "resourceType": "DocumentReference", "id": format!("{id}-d{n}"), "status": "current",
            "type": { "coding": [{ "system": "http://loinc.org", "code": "11502-2", "display": "Compte rendu" }] },
            "subject": { "reference": "urn:uuid:p" }, "date": "2026-12-01T08:00:00+01:00",
            "content": [{ "attachment": { "contentType": "application/pdf", "title": format!("Scanner {n}"),
                "data": base64::engine::general_purpose::STANDARD.encode(&file) } }] } }));
    }
    serde_json::to_vec(&serde_json::json!({ "resourceType": "Bundle", "type": "transaction", "entry": entries }))
        .unwrap()
}

/// A patient downloads her export over a slow line (she reads its first piece, then waits):
/// meanwhile a laboratory publishes to her record and she changes her sharing, neither kept
/// waiting for the download to end (it reads a snapshot, holding no lock writers need). The
/// bundle, once read, is the record as it was when the download started: every document, not
/// the result published during it.
async fn a_slow_export_download_keeps_no_writer_waiting(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let created = server.cli(&["token", "create", "--organisation", "Imagerie Lente"]).await;
    let token = created.lines().find(|l| l.starts_with("carnet_")).unwrap().to_string();
    let publish = |body: Vec<u8>| {
        let (server, token) = (&server, &token);
        async move {
            reqwest::Client::new()
                .post(server.url("/fhir/r4"))
                .header(reqwest::header::CONTENT_TYPE, "application/fhir+json")
                .bearer_auth(token)
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(publish(publication("scans", 2, 6)).await, StatusCode::OK);

    let mut download = patient.get("/export/record.json").await;
    assert_eq!(download.status(), StatusCode::OK);
    let mut text = download.chunk().await.unwrap().expect("the first piece").to_vec();
    assert!(text.starts_with(br#"{"resourceType":"Bundle""#));
    let quickly = std::time::Duration::from_secs(3);
    let published = tokio::time::timeout(quickly, publish(publication("during", 0, 0))).await;
    assert_eq!(published.expect("the laboratory is not kept waiting"), StatusCode::OK);
    let (doctor, doctor_id) = professional(&server, "Dr Ana Ruiz", "ana.ruiz@example.org", "10000000077").await;
    drop(doctor);
    let shared = tokio::time::timeout(quickly, decide(&patient, &doctor_id, "authorize")).await;
    assert_eq!(shared.expect("nor is the patient"), "/sharing?notice=authorize");

    while let Some(piece) = download.chunk().await.unwrap() {
        text.extend_from_slice(&piece);
    }
    let bundle = carnet_core::fhir::read_bundle(&text).expect("a whole bundle");
    // Compressed as a browser asks for it, it is whole too (the stream ends once, however the
    // compression layer polls it).
    let compressed = patient.get_encoded("/export/record.json", "br").await;
    assert_eq!(compressed.headers()[reqwest::header::CONTENT_ENCODING], "br");
    assert!(compressed.bytes().await.expect("the whole compressed answer").len() > 1024 * 1024);
    let scans = bundle.documents.iter().filter(|d| d.content.data.len() == 6 * 1024 * 1024).count();
    assert_eq!(scans, 2, "every document, each whole");
    let during = count_where(&server, "SELECT COUNT(*) FROM results WHERE source LIKE '%during%'").await;
    assert_eq!(during, 1, "published during the download");
    assert_eq!(
        bundle.results.len(),
        count_where(&server, "SELECT COUNT(*) FROM results WHERE withdrawn_at IS NULL").await - 1,
        "the record as it was when the download started"
    );
    server.stop().await;
}

async fn count_where(server: &TestServer, sql: &str) -> usize {
    let n: i64 = sqlx::query_scalar(sql).fetch_one(&server.db).await.unwrap();
    n as usize
}
