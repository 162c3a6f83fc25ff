//! Renewal requests: the patient asks the prescriber of a current treatment to renew it; the
//! prescriber, who may read the record, answers in their space; whoever asked is e-mailed, with
//! no health details. Refused with a reason the patient can act on (no Carnet prescriber, no
//! access, already waiting), not found for what is not a prescribed treatment of theirs.

use reqwest::StatusCode;
use serde_json::json;

use crate::corrections::{publish, token};
use crate::harness::*;
use crate::sharing::{decide, demo_record_id, professional, DEMO_BIRTH, DEMO_INS};

crate::on_both_databases!(renewals_go_to_the_prescriber_who_answers_in_their_space,);

/// The id of the demo record's item whose name starts with `prefix`.
pub(crate) async fn item_id(server: &TestServer, prefix: &str) -> String {
    sqlx::query_scalar("SELECT id FROM profile_items WHERE display LIKE $1 AND withdrawn_at IS NULL")
        .bind(format!("{prefix}%"))
        .fetch_one(&server.db)
        .await
        .unwrap()
}

async fn renewals_go_to_the_prescriber_who_answers_in_their_space(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let ask = |id: String, message: &'static str| {
        let patient = &patient;
        async move { landed(patient.post_form(&format!("/health/items/{id}/renewal"), &[("message", message)]).await).await }
    };
    let (amlodipine, iron) = (item_id(&server, "Amlodipine").await, item_id(&server, "Sulfate ferreux").await);

    // The demo: a request for her blood pressure treatment waits, said beside it.
    let (_, health) = patient.page("/health").await;
    assert!(health.contains("Renouvellement demandé le") && health.contains("en attente de réponse"), "{health}");
    assert_eq!(ask(amlodipine.clone(), "").await, sent_back_with(Problem::RenewalPending));

    // What is not a treatment her doctor prescribed and she still takes is not found.
    patient.post_form("/health/declare", &[("kind", "medication"), ("name", "Magnésium")]).await;
    let past = item_id(&server, "Ibuprofène").await;
    let allergy = item_id(&server, "Allergie à la pénicilline").await;
    for id in [item_id(&server, "Magnésium").await, past, allergy, "no-such-item".to_string()] {
        let sent = patient.post_form(&format!("/health/items/{id}/renewal"), &[("message", "")]).await;
        assert_eq!(sent.status(), StatusCode::NOT_FOUND, "{id}");
    }
    // Her GP may not read her record: she is told to authorize him first.
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Karim Benali"));
    let benali = crate::sharing::account_id(&server, "karim.benali@example.org").await;
    decide(&patient, &benali, "revoke").await;
    assert_eq!(ask(iron.clone(), "").await, sent_back_with(Problem::RenewalNotReadable));
    decide(&patient, &benali, "authorize").await;
    assert_eq!(ask(iron.clone(), "<b>vite</b>").await, sent_back_with(Problem::RenewalMessage));
    assert_eq!(
        ask(iron.clone(), "Je n'en ai plus que pour trois jours").await,
        format!("/health/items/{iron}?notice=renewal-requested")
    );
    let told = server.wait_for_mails("Un patient vous demande un renouvellement", 2).await;
    assert!(told.iter().all(|m| m.contains("To: karim.benali@example.org")), "{told:?}");
    assert!(told.iter().all(|m| !m.contains("Sulfate") && !m.contains("Amlodipine") && !m.contains("Camille")));

    // A treatment whose prescriber is not a Carnet account: she is told to ask at her visit.
    let lab = token(&server, "Clinique du Parc").await;
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": DEMO_INS }],
            "name": [{ "family": "Martin" }], "birthDate": DEMO_BIRTH } },
        { "fullUrl": "urn:uuid:dr", "resource": { "resourceType": "Practitioner", "id": "dr",
            "identifier": [{ "system": "urn:oid:1.2.250.1.71.4.2.1", "value": "810009999999" }],
            "name": [{ "family": "Parc", "given": ["Louise"] }] } },
        { "fullUrl": "urn:uuid:mr", "resource": { "resourceType": "MedicationRequest", "id": "mr-1",
            "status": "active", "intent": "order", "medicationCodeableConcept": { "text": "Metformine 500 mg" },
            "subject": { "reference": "urn:uuid:p" }, "authoredOn": "2026-11-02",
            "requester": { "reference": "urn:uuid:dr" } } }
    ] });
    let (status, answer) = publish(&server, &lab, serde_json::to_vec(&bundle).unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(ask(item_id(&server, "Metformine").await, "").await, sent_back_with(Problem::RenewalNoPrescriber));

    // Her GP sees both requests in his space, with her message; another doctor answers nothing.
    let (_, space) = doctor.page("/patients").await;
    let requests = space.split("id=\"renewals-title\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(requests.contains("Camille Martin") && requests.contains("Amlodipine"), "{requests}");
    assert!(requests.contains("Je n&#x27;en ai plus que pour trois jours") || requests.contains("Je n'en ai plus"));
    let request: String = sqlx::query_scalar("SELECT id FROM renewal_requests WHERE item_id = $1")
        .bind(&iron)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let answer_path = format!("/patients/{record}/renewals/{request}/answer");
    let (stranger, stranger_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    let tried = stranger.post_form(&answer_path, &[("decision", "decline"), ("note", "")]).await;
    assert_eq!(tried.status(), StatusCode::NOT_FOUND, "not hers to answer, nor her patient");
    decide(&patient, &stranger_id, "authorize").await;
    let tried = stranger.post_form(&answer_path, &[("decision", "decline"), ("note", "")]).await;
    assert_eq!(tried.status(), StatusCode::NOT_FOUND, "her patient, but not her prescription");
    let (_, theirs) = stranger.page("/patients").await;
    assert!(!theirs.contains("Sulfate ferreux"), "only the prescriber is asked");

    // He accepts with a note: she is e-mailed (no health details) and reads it beside the treatment.
    let answered =
        doctor.post_form(&answer_path, &[("decision", "accept"), ("note", "Ordonnance déposée à l'accueil")]).await;
    assert_eq!(Browser::location(&answered), "/patients?notice=renewal-answered#renewals-title");
    let mails = server.wait_for_mails("Votre demande de renouvellement a reçu une réponse", 1).await;
    assert!(mails[0].contains("To: camille.martin@example.org") && !mails[0].contains("Sulfate"));
    let (_, health) = patient.page("/health").await;
    assert!(health.contains("Renouvellement accepté par Karim Benali"), "{health}");
    assert!(health.contains("Ordonnance déposée à l"), "{health}");
    let again = doctor.post_form(&answer_path, &[("decision", "decline"), ("note", "")]).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND, "answered once");
    // Answered, the treatment may be asked for again.
    let (_, page) = patient.page(&format!("/health/items/{iron}")).await;
    assert!(page.contains("id=\"renewal-title\""), "{page}");
    let decisions: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, decision FROM audit_log WHERE patient_id = $1 AND action LIKE 'profile.%renewal' ORDER BY seq",
    )
    .bind(&record)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert!(decisions.contains(&("profile.answer-renewal".into(), "allow".into())), "{decisions:?}");
    assert!(
        decisions.contains(&("profile.answer-renewal".into(), "deny".into())),
        "the stranger's first try: {decisions:?}"
    );
    server.stop().await;
}
