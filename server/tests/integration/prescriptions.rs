//! Prescriptions and the treatments they contain: a publisher names them in the
//! DocumentReference's `context.related`; the treatment line says which prescription it comes
//! from and the prescription's page lists its treatments — each side only to whoever may read
//! it (a caregiver's scopes, a document hidden from professionals, an item hidden from them). A
//! prescription naming a treatment the record does not hold is refused whole; a corrected one
//! keeps its treatments.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::corrections::{publish, token};
use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::renewals::item_id;
use crate::sharing::{decide, demo_record_id, professional, DEMO_BIRTH, DEMO_INS};

crate::on_both_databases!(
    a_prescription_names_its_treatments_to_whoever_may_read_both,
    publishers_link_treatments_sent_before_and_unknown_ones_are_refused,
    professionals_publish_a_prescription_and_its_treatments_from_the_portal,
);

/// The `<main>` of a page.
fn main_of(page: &str) -> &str {
    page.split("<main").nth(1).and_then(|m| m.split("</main>").next()).unwrap_or_default()
}

async fn document_id(server: &TestServer, title: &str) -> String {
    sqlx::query_scalar(
        "SELECT id FROM documents d WHERE title = $1 AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id)",
    )
    .bind(title)
    .fetch_one(&server.db)
    .await
    .unwrap()
}

async fn a_prescription_names_its_treatments_to_whoever_may_read_both(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let prescription = document_id(&server, "Ordonnance").await;
    let (amlodipine, iron) = (item_id(&server, "Amlodipine").await, item_id(&server, "Sulfate ferreux").await);
    let link = format!("href=\"/documents/{prescription}\"");

    // The patient: each current treatment of the demo says which prescription it comes from…
    let (_, health) = patient.page("/health").await;
    for item in [&amlodipine, &iron] {
        let line = health.split(&format!("id=\"item-{item}\"")).nth(1).unwrap().split("</li>").next().unwrap();
        assert!(line.contains("Prescrit sur :") && line.contains(&link) && line.contains("Ordonnance du"), "{line}");
    }
    let past = item_id(&server, "Ibuprofène").await;
    let line = health.split(&format!("id=\"item-{past}\"")).nth(1).unwrap().split("</li>").next().unwrap();
    assert!(!line.contains("Prescrit sur"), "not on that prescription: {line}");
    // …the treatment's own page too, and the prescription lists them, each leading to its line.
    let (_, own) = patient.page(&format!("/health/items/{iron}")).await;
    assert!(own.contains(&link), "{own}");
    let (status, page) = patient.page(&format!("/documents/{prescription}")).await;
    assert_eq!(status, StatusCode::OK);
    let listed = main_of(&page).split("Traitements de cette ordonnance").nth(1).expect("the treatments are listed");
    for (item, name) in [(&amlodipine, "Amlodipine 5 mg"), (&iron, "Sulfate ferreux 80 mg")] {
        assert!(listed.contains(&format!("href=\"/health#item-{item}\"")) && listed.contains(name), "{listed}");
    }
    assert!(listed.contains("1 comprimé le matin"), "the dosage as prescribed: {listed}");
    let (_, letter) =
        patient.page(&format!("/documents/{}", document_id(&server, "Compte rendu de consultation").await)).await;
    assert!(!letter.contains("Traitements de cette ordonnance"), "a letter contains no treatment");

    // A caregiver who reads the profile but not the record sees the treatments, not where
    // they come from; one who reads the record but not the profile sees the prescription, not
    // the treatments linked to it.
    invite(&patient, "anne@example.org", &["profile"], "").await;
    let anne =
        join(&server, &invitation_token(&server, "anne@example.org").await, "Anne Martin", "anne@example.org").await;
    anne.post_form("/acting-for", &[("patient", &record)]).await;
    let (status, health) = anne.page("/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(health.contains("Amlodipine") && !health.contains("Prescrit sur") && !health.contains(&prescription));
    assert_eq!(anne.get(&format!("/documents/{prescription}")).await.status(), StatusCode::NOT_FOUND);
    invite(&patient, "jean@example.org", &["record"], "").await;
    let jean =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Dupont", "jean@example.org").await;
    jean.post_form("/acting-for", &[("patient", &record)]).await;
    let (status, page) = jean.page(&format!("/documents/{prescription}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("Traitements de cette ordonnance") && !page.contains("Amlodipine"), "{page}");

    // A professional she authorized sees both; once she hides the prescription from
    // professionals, the treatments stay and the link goes; an item she hides leaves the list.
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    decide(&patient, &doctor_id, "authorize").await;
    let (_, health) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(health.contains(&link), "{health}");
    let (_, page) = doctor.page(&format!("/documents/{prescription}")).await;
    let listed = main_of(&page).split("Traitements de cette ordonnance").nth(1).expect("listed for her doctor");
    assert!(listed.contains(&format!("href=\"/patients/{record}/health#item-{amlodipine}\"")), "{listed}");
    let hidden = patient.post_form(&format!("/documents/{prescription}/visibility"), &[("professionals", "on")]).await;
    assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
    let (_, health) = doctor.page(&format!("/patients/{record}/health")).await;
    assert!(health.contains("Amlodipine") && !health.contains(&prescription), "hidden: no link");
    patient.post_form(&format!("/documents/{prescription}/visibility"), &[]).await;
    // A treatment its publisher withdraws leaves the prescription's list.
    let withdrawal = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "demo-patient",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": DEMO_INS }],
            "name": [{ "family": "Martin", "given": ["Camille"] }], "birthDate": DEMO_BIRTH } },
        { "fullUrl": "urn:uuid:demo-med-iron", "resource": { "resourceType": "MedicationRequest", "id": "demo-med-iron",
            "status": "entered-in-error", "intent": "order", "medicationCodeableConcept": { "text": "Sulfate ferreux" },
            "subject": { "reference": "urn:uuid:p" } } },
    ] });
    let path = server.data_dir.join("withdrawal.json");
    std::fs::write(&path, serde_json::to_vec(&withdrawal).unwrap()).unwrap();
    let output = server.cli_output(&["import-fhir", &path.display().to_string()]).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    let (_, page) = doctor.page(&format!("/documents/{prescription}")).await;
    let listed = main_of(&page).split("Traitements de cette ordonnance").nth(1).unwrap();
    assert!(listed.contains("Amlodipine") && !listed.contains("Sulfate ferreux"), "{listed}");
    // Reading the health summary is one audited read of the profile, whatever it links to.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE actor_id = $1 AND patient_id = $2 AND decision = 'allow' ORDER BY seq",
    )
    .bind(&doctor_id)
    .bind(&record)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(actions, ["read.profile", "read.document", "read.profile", "read.document"], "{actions:?}");
    server.stop().await;
}

/// A prescription for the demo patient, `id` its publisher's id, with a PDF of `text`, naming
/// `related`; with `with_treatment`, a MedicationRequest `rx-new` in the same bundle.
fn prescription(id: &str, text: &str, related: &[&str], with_treatment: bool) -> Vec<u8> {
    let pdf = carnet_core::pdf::text_page("Ordonnance", &[text.to_string()]);
    let related: Vec<Value> = related.iter().map(|r| json!({ "reference": r })).collect();
    let mut entries = vec![
        json!({ "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": DEMO_BIRTH } }),
        json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "DocumentReference", "id": id,
            "status": "current",
            "type": { "coding": [{ "system": "http://loinc.org", "code": "57833-6", "display": "Prescription" }] },
            "subject": { "reference": "urn:uuid:p" }, "date": "2026-11-30T09:00:00+01:00",
            "content": [{ "attachment": { "contentType": "application/pdf", "title": "Ordonnance de ville.pdf",
                "data": base64_of(&pdf) } }],
            "context": { "related": related } } }),
    ];
    if with_treatment {
        entries.push(json!({ "fullUrl": "urn:uuid:rx-new", "resource": { "resourceType": "MedicationRequest",
            "id": "rx-new", "status": "active", "intent": "order",
            "medicationCodeableConcept": { "text": "Metformine 500 mg, comprimé" },
            "subject": { "reference": "urn:uuid:p" }, "authoredOn": "2026-11-30",
            "dosageInstruction": [{ "text": "1 comprimé matin et soir" }] } }));
    }
    serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "transaction", "entry": entries })).unwrap()
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The displays of the treatments linked to the shown version of the publisher's document.
async fn linked(server: &TestServer) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT p.display FROM prescription_treatments pt JOIN profile_items p ON p.id = pt.item_id \
         JOIN documents d ON d.id = pt.document_id WHERE d.file_name = 'Ordonnance de ville.pdf' \
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id) ORDER BY p.display",
    )
    .fetch_all(&server.db)
    .await
    .unwrap()
}

async fn publishers_link_treatments_sent_before_and_unknown_ones_are_refused(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let token = token(&server, "Cabinet Médical des Lilas").await;
    let documents = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM documents").fetch_one(&server.db).await.unwrap();
        n
    };
    let before = documents().await;

    // A treatment the publisher never sent: the whole publication is refused, saying why.
    let (status, outcome) =
        publish(&server, &token, prescription("rx-doc", "Metformine", &["MedicationRequest/rx-none"], false)).await;
    assert!(status.is_client_error(), "{status}");
    assert!(
        outcome.to_string().contains("A treatment this prescription names (context.related) is not in this record"),
        "{outcome}"
    );
    // Another publisher's treatment is not this one's to name (the demo's, by its id).
    let (status, _) = publish(
        &server,
        &token,
        prescription("rx-doc", "Amlodipine", &["MedicationRequest/demo-med-amlodipine"], false),
    )
    .await;
    assert!(status.is_client_error(), "{status}");
    // A reference into the bundle that is not in it is dangling, named so.
    let (status, outcome) = publish(&server, &token, prescription("rx-doc", "?", &["urn:uuid:nowhere"], false)).await;
    assert!(status.is_client_error() && outcome.to_string().contains("urn:uuid:nowhere"), "{outcome}");
    assert_eq!(documents().await, before, "nothing of the refused publications is kept");

    // The treatment in the same bundle; other related resources (an encounter) are not kept.
    let (status, outcome) = publish(
        &server,
        &token,
        prescription("rx-doc", "Metformine 500 mg", &["urn:uuid:rx-new", "Encounter/e1"], true),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(linked(&server).await, ["Metformine 500 mg, comprimé"]);
    // Corrected with another file and no treatments named: the new version keeps them.
    let (status, outcome) =
        publish(&server, &token, prescription("rx-doc", "Metformine 500 mg (corrigée)", &[], false)).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(documents().await, before + 2, "a new version, the first kept");
    assert_eq!(linked(&server).await, ["Metformine 500 mg, comprimé"]);
    // A later prescription names the treatment published before, by its id.
    let (status, outcome) =
        publish(&server, &token, prescription("rx-doc-2", "Renouvellement", &["MedicationRequest/rx-new"], false))
            .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    let links: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM prescription_treatments").fetch_one(&server.db).await.unwrap();
    assert_eq!(links, 2 + 3, "the demo's two, this publisher's three (first, corrected, renewed)");
    server.stop().await;
}

async fn professionals_publish_a_prescription_and_its_treatments_from_the_portal(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let treatments = || async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM profile_items WHERE kind = 'medication'")
            .fetch_one(&server.db)
            .await
            .unwrap();
        n
    };
    let before = treatments().await;
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["Metformine 500 mg".to_string()]);
    let send = |rows: Vec<(&'static str, &'static str)>, file: Vec<u8>| {
        let doctor = &doctor;
        let record = record.clone();
        async move {
            let mut fields = vec![("patient", record.as_str()), ("date", "2026-11-30")];
            fields.extend(rows);
            doctor.post_multipart("/publish/prescription", &fields, Some(("file", "ordonnance.pdf", file))).await
        }
    };
    // The form is offered from the record, the patient already chosen.
    let (_, page) = doctor.page(&format!("/patients/{record}/publish")).await;
    assert!(page.contains("Une ordonnance (PDF et traitements)") && page.contains("name=\"dosage3\""), "{page}");

    // Bad input: the form comes back with the reason and what was typed; nothing is stored.
    for (rows, problem) in [
        (vec![], Problem::PrescriptionEmpty),
        (vec![("name0", "<b>Metformine</b>")], Problem::ProfileName),
        (vec![("name0", "Metformine"), ("dosage0", "x\ny")], Problem::ProfileDetail),
        (vec![("name0", "Metformine"), ("days0", "0")], Problem::PrescriptionDays),
        (vec![("name0", "Metformine"), ("days0", "400")], Problem::PrescriptionDays),
        (vec![("name0", "Metformine"), ("days0", "trois")], Problem::PrescriptionDays),
    ] {
        let back = Browser::sent_back(send(rows.clone(), pdf.clone()).await).await;
        assert_eq!(back.problem, problem, "{rows:?}");
        if let Some((_, name)) = rows.first() {
            assert!(back.kept(name), "what was typed is kept: {rows:?}");
        }
    }
    let back = Browser::sent_back(send(vec![("name0", "Metformine")], b"GIF89a".to_vec()).await).await;
    assert_eq!(back.problem, Problem::PublishNotPdf);
    assert_eq!(treatments().await, before);

    // Two treatments (the empty rows skipped), one for 30 days.
    let sent = send(
        vec![
            ("name0", "Metformine 500 mg, comprimé"),
            ("dosage0", "1 comprimé matin et soir"),
            ("name2", "Vitamine D3 100 000 UI, ampoule"),
            ("dosage2", "1 ampoule"),
            ("days2", "30"),
        ],
        pdf.clone(),
    )
    .await;
    assert_eq!(Browser::location(&sent), format!("/patients/{record}/publish?notice=published"));
    assert_eq!(treatments().await, before + 2);
    let (_, health) = patient.page("/health").await;
    let current = health.split("Traitements en cours").nth(1).unwrap().split("Maladies et problèmes").next().unwrap();
    assert!(
        current.contains("Metformine 500 mg, comprimé") && current.contains("1 comprimé matin et soir"),
        "{current}"
    );
    assert!(current.contains("Karim Benali"), "the prescriber: {current}");
    let prescription: String = sqlx::query_scalar(
        "SELECT d.id FROM documents d JOIN prescription_treatments pt ON pt.document_id = d.id \
         JOIN profile_items p ON p.id = pt.item_id WHERE p.display = 'Metformine 500 mg, comprimé'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert!(current.contains(&format!("href=\"/documents/{prescription}\"")), "{current}");
    let (_, page) = patient.page(&format!("/documents/{prescription}")).await;
    let listed = main_of(&page).split("Traitements de cette ordonnance").nth(1).expect("listed");
    assert!(listed.contains("Metformine 500 mg") && listed.contains("Vitamine D3 100 000 UI"), "{listed}");
    assert!(main_of(&page).contains("<h1>Ordonnance</h1>") && page.contains("Scellé, inchangé"), "{page}");
    // The 30 days are the treatment's validity: it ends 30 days after the prescription.
    let (started, ended): (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT started_at, ended_at FROM profile_items WHERE display LIKE 'Vitamine D3%'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(ended.unwrap() - started.unwrap(), 30 * 86_400_000);
    // Its prescriber may be asked for a renewal, as for any treatment they prescribed.
    let metformin: String = sqlx::query_scalar("SELECT id FROM profile_items WHERE display LIKE 'Metformine%'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, item) = patient.page(&format!("/health/items/{metformin}")).await;
    assert!(item.contains("id=\"renewal-title\""), "{item}");
    server.stop().await;
}
