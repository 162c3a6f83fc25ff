//! Corrections and withdrawals of published results, tried as laboratories would send them
//! through `POST /fhir/r4`: two laboratories using the same id, a correction that replaces the
//! value shown (the old one kept in the history, the patient told without health details), a
//! withdrawal (`entered-in-error`) that takes the result out of lists and the export, and a third
//! laboratory trying to withdraw another's result.

use reqwest::{header, StatusCode};
use serde_json::{json, Value};

use crate::harness::*;

crate::on_both_databases!(
    a_laboratory_corrects_and_withdraws_only_its_own_results,
    a_vaccination_is_corrected_or_withdrawn_by_its_publisher_only,
    a_publisher_deletes_its_own_result_by_id,
    fhir_answers_name_each_entry_and_refusals_are_operation_outcomes,
    a_minors_representatives_are_told_of_new_and_corrected_items,
    a_publisher_writes_only_as_itself,
    failed_identifications_are_limited_per_publisher_and_reported,
    failed_identifications_sent_at_once_are_counted_one_after_the_other,
    a_corrected_report_replaces_the_one_shown,
    a_result_stored_before_codes_were_kept_is_not_corrected_by_its_codes,
);

/// An organisation's API token, as `carnet token create` prints it.
pub(crate) async fn token(server: &TestServer, organisation: &str) -> String {
    let created = server.cli(&["token", "create", "--organisation", organisation]).await;
    created.lines().find(|l| l.starts_with("carnet_")).expect("the token is printed").to_string()
}

/// A transaction with one potassium result for the demo patient, under the laboratory's id `id`.
fn potassium(id: &str, status: &str, value: f64) -> Vec<u8> {
    potassium_for(("284037512345640", "1984-03-02"), id, status, value)
}

/// The same for the patient of (INS, birth date).
fn potassium_for((ins, birth): (&str, &str), id: &str, status: &str, value: f64) -> Vec<u8> {
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": ins }],
            "name": [{ "family": "Martin" }], "birthDate": birth } },
        { "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "Observation", "id": id, "status": status,
            "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "2823-3", "display": "Potassium" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-30T08:00:00+01:00",
            "valueQuantity": { "value": value, "unit": "mmol/L" },
            "referenceRange": [{ "low": { "value": 3.5 }, "high": { "value": 5.0 } }] } }
    ] });
    serde_json::to_vec(&bundle).unwrap()
}

pub(crate) async fn publish(server: &TestServer, token: &str, body: Vec<u8>) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .post(server.url("/fhir/r4"))
        .header(header::CONTENT_TYPE, "application/fhir+json")
        .header(header::ACCEPT_LANGUAGE, "en")
        .bearer_auth(token)
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status(), response.json().await.unwrap())
}

/// How many publications the audit log holds refused for `reason`, about no record.
async fn refused(server: &TestServer, reason: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'write.publish' AND decision = 'deny' \
         AND patient_id IS NULL AND actor_kind = 'organisation' AND reason = $1",
    )
    .bind(reason)
    .fetch_one(&server.db)
    .await
    .unwrap()
}

/// The potassium results the laboratories sent (by their key), with their value and whether
/// they are withdrawn; and how many earlier values are kept.
async fn stored(server: &TestServer) -> (Vec<(String, Option<f64>, bool)>, i64) {
    let rows: Vec<(String, Option<f64>, Option<i64>)> = sqlx::query_as(
        "SELECT r.source, r.value_number, r.withdrawn_at FROM results r JOIN result_series s ON s.id = r.series_id \
         WHERE s.code = '2823-3' AND r.source LIKE 'org:%' ORDER BY r.source",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM result_versions").fetch_one(&server.db).await.unwrap();
    (rows.into_iter().map(|(source, value, withdrawn)| (source, value, withdrawn.is_some())).collect(), versions)
}

/// The potassium test's page, found from the results list.
async fn potassium_page(patient: &Browser) -> String {
    let (_, list) = patient.page("/results?q=potassium").await;
    let at = list.find("href=\"/results/").expect("the potassium test is listed") + "href=\"".len();
    let path: String = list[at..].chars().take_while(|c| *c != '"').collect();
    patient.page(&path).await.1
}

/// Each entry's `response.status` in a transaction-response.
fn statuses(answer: &Value) -> Vec<&str> {
    answer["entry"].as_array().unwrap().iter().map(|e| e["response"]["status"].as_str().unwrap()).collect()
}

/// The potassium values of 30 November 2026 in an exported record.
fn exported_potassium(export: &str) -> Vec<f64> {
    let bundle: Value = serde_json::from_str(export).unwrap();
    let entries = bundle["entry"].as_array().unwrap();
    entries
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Observation" && r["code"]["coding"][0]["code"] == "2823-3")
        .filter(|r| r["effectiveDateTime"].as_str().is_some_and(|d| d.starts_with("2026-11-30")))
        .filter_map(|r| r["valueQuantity"]["value"].as_f64())
        .collect()
}

async fn a_laboratory_corrects_and_withdraws_only_its_own_results(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (north, south, other) =
        (token(&server, "Labo Nord").await, token(&server, "Labo Sud").await, token(&server, "Labo Est").await);

    // Two laboratories both call their result "Observation/k": two results, one for each.
    let (status, answer) = publish(&server, &north, potassium("k", "final", 4.1)).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "201 Created"]));
    let north_key = stored(&server).await.0[0].0.clone();
    assert_eq!(publish(&server, &south, potassium("k", "final", 5.9)).await.0, StatusCode::OK);
    let (rows, versions) = stored(&server).await;
    assert_eq!(rows.len(), 2, "one result per laboratory: {rows:?}");
    assert!(rows.iter().all(|(_, _, withdrawn)| !withdrawn) && versions == 0);
    let page = potassium_page(&patient).await;
    assert!(page.contains("4,1 mmol/L") && page.contains("5,9 mmol/L"), "both shown");

    // The same result again changes nothing; a corrected value replaces the one shown, the old one
    // stays in the history, the patient is told without the value.
    let (status, answer) = publish(&server, &north, potassium("k", "final", 4.1)).await;
    assert_eq!((status, answer["type"].as_str()), (StatusCode::OK, Some("transaction-response")));
    assert_eq!(statuses(&answer), ["200 OK", "200 OK"], "the patient, and the result as it was");
    assert_eq!(stored(&server).await.1, 0, "the same value is not a correction");
    let (status, answer) = publish(&server, &north, potassium("k", "amended", 4.4)).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "200 OK"]), "updated");
    let (rows, versions) = stored(&server).await;
    assert_eq!(versions, 1, "the replaced value is kept");
    let value_of = |north: bool| rows.iter().find(|(key, ..)| (*key == north_key) == north).map(|(_, value, _)| *value);
    assert_eq!((value_of(true), value_of(false)), (Some(Some(4.4)), Some(Some(5.9))), "North's corrected: {rows:?}");
    let page = potassium_page(&patient).await;
    assert!(page.contains("4,4 mmol/L") && page.contains("5,9 mmol/L"), "{page}");
    assert!(page.contains("par Labo Nord"), "who corrected it");
    assert!(page.contains("Publié auparavant : ") && page.contains("4,1 mmol/L"), "the previous value");
    let mails = server.wait_for_mails("Une correction dans votre carnet", 1).await;
    assert!(mails.iter().all(|m| !m.contains("4,4") && !m.contains("4,1") && !m.contains("Potassium")));

    // Withdrawn by its publisher: out of the export and what the test shows as standing; marked in
    // the history.
    assert_eq!(publish(&server, &south, potassium("k", "entered-in-error", 5.9)).await.0, StatusCode::OK);
    let (rows, _) = stored(&server).await;
    assert_eq!(rows.iter().filter(|(_, _, withdrawn)| *withdrawn).count(), 1);
    assert!(rows.iter().any(|(_, value, withdrawn)| *value == Some(5.9) && *withdrawn));
    let page = potassium_page(&patient).await;
    assert!(page.contains("Retiré par Labo Sud"), "{page}");
    let (_, export) = patient.page("/export/record.json").await;
    assert_eq!(exported_potassium(&export), [4.4], "the export carries only what stands");

    // Another laboratory sending the same id reaches neither result; nor does a withdrawal sent twice.
    let before = stored(&server).await;
    assert_eq!(publish(&server, &other, potassium("k", "entered-in-error", 4.4)).await.0, StatusCode::OK);
    assert_eq!(publish(&server, &south, potassium("k", "entered-in-error", 5.9)).await.0, StatusCode::OK);
    assert_eq!(stored(&server).await, before, "nothing changed");
    let page = potassium_page(&patient).await;
    assert!(page.contains("4,4 mmol/L"));

    // Both withdrawn: the test leaves the results list, and its own page still tells what
    // happened. Sent again as it was, North's result stands again.
    publish(&server, &north, potassium("k", "entered-in-error", 4.4)).await;
    let (_, list) = patient.page("/results?q=potassium").await;
    assert!(!list.contains("Potassium"), "no test with nothing standing");
    let series: String =
        sqlx::query_scalar("SELECT id FROM result_series WHERE code = '2823-3'").fetch_one(&server.db).await.unwrap();
    let (status, page) = patient.page(&format!("/results/{series}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Retiré par Labo Nord") && page.contains("Retiré par Labo Sud"), "{page}");
    assert!(!page.contains("Dernier résultat"), "nothing stands to be the latest");
    let versions_before = stored(&server).await.1;
    publish(&server, &north, potassium("k", "final", 4.4)).await;
    let (rows, versions) = stored(&server).await;
    assert_eq!(versions, versions_before, "standing again is not a correction");
    assert!(rows.iter().any(|(key, value, withdrawn)| *key == north_key && *value == Some(4.4) && !withdrawn));
    assert!(patient.page("/results?q=potassium").await.1.contains("4,4 mmol/L"));
    server.stop().await;
}

async fn fhir_answers_name_each_entry_and_refusals_are_operation_outcomes(backend: Backend) {
    let server = start(backend).await;
    let _ = demo_patient(&server).await;
    let lab = token(&server, "Labo Nord").await;
    let client = reqwest::Client::new();
    let fhir = |body: Vec<u8>| {
        client
            .post(server.url("/fhir/r4"))
            .header(header::CONTENT_TYPE, "application/fhir+json")
            .header(header::ACCEPT_LANGUAGE, "en")
            .body(body)
    };
    let outcome = |answer: &Value| {
        assert_eq!(answer["resourceType"], "OperationOutcome", "{answer}");
        answer["issue"][0].clone()
    };

    // "bearer" in any case; a batch gets a batch-response; what Carnet does not keep is said so.
    let mut bundle: Value = serde_json::from_slice(&potassium("b1", "final", 4.2)).unwrap();
    bundle["type"] = json!("batch");
    bundle["entry"].as_array_mut().unwrap().push(json!({ "fullUrl": "urn:uuid:plan",
        "resource": { "resourceType": "CarePlan", "id": "plan", "subject": { "reference": "urn:uuid:p" } } }));
    let response = fhir(serde_json::to_vec(&bundle).unwrap())
        .header(header::AUTHORIZATION, format!("bearer {lab}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["type"], "batch-response");
    assert_eq!(statuses(&answer), ["200 OK", "201 Created", "200 OK"]);
    let not_kept = &answer["entry"][2]["response"]["outcome"]["issue"][0];
    assert_eq!(
        (not_kept["severity"].as_str(), not_kept["expression"][0].as_str()),
        (Some("information"), Some("Bundle.entry[2]"))
    );

    // A refusal names the entry at fault.
    let mut dangling: Value = serde_json::from_slice(&potassium("b2", "final", 4.2)).unwrap();
    dangling["entry"][1]["resource"]["subject"]["reference"] = json!("urn:uuid:nobody");
    let response = fhir(serde_json::to_vec(&dangling).unwrap()).bearer_auth(&lab).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let issue = outcome(&response.json().await.unwrap());
    assert_eq!(issue["expression"][0], "Bundle.entry[1]", "{issue}");
    // Each refusal of a known publisher is in the audit log, though it named no record.
    assert_eq!(refused(&server, "bundle-malformed").await, 1);
    let plain = client.post(server.url("/fhir/r4")).header(header::CONTENT_TYPE, "text/plain").bearer_auth(&lab);
    let response = plain.body("{}").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(refused(&server, "bundle-media-type").await, 1);

    // Another method, or a body announced too large: OperationOutcomes too, nothing read.
    let response = client.get(server.url("/fhir/r4")).header(header::ACCEPT_LANGUAGE, "en").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[header::ALLOW], "POST");
    assert_eq!(outcome(&response.json().await.unwrap())["diagnostics"], "Send a FHIR Bundle with POST.");
    let response = fhir(Vec::new())
        .bearer_auth(&lab)
        .header(header::CONTENT_LENGTH, (30 * 1024 * 1024).to_string())
        .send()
        .await
        .expect("answered before the body is read");
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(outcome(&response.json().await.unwrap())["code"], "too-costly");
    server.stop().await;
}

/// A transaction with one flu vaccination for the demo patient, under the publisher's id `id`.
fn flu_shot(id: &str, status: &str, lot: &str) -> Vec<u8> {
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "284037512345640" }],
            "name": [{ "family": "Martin" }], "birthDate": "1984-03-02" } },
        { "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "Immunization", "id": id, "status": status,
            "vaccineCode": { "coding": [{ "system": "http://hl7.org/fhir/sid/cvx", "code": "140", "display": "Grippe" }] },
            "patient": { "reference": "urn:uuid:p" }, "occurrenceDateTime": "2026-11-02", "lotNumber": lot } }
    ] });
    serde_json::to_vec(&bundle).unwrap()
}

async fn a_vaccination_is_corrected_or_withdrawn_by_its_publisher_only(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (pharmacy, other) = (token(&server, "Pharmacie du Centre").await, token(&server, "Labo Est").await);

    let (status, answer) = publish(&server, &pharmacy, flu_shot("v", "completed", "FLU-111")).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "201 Created"]));
    let (_, page) = patient.page("/vaccinations").await;
    assert!(page.contains("FLU-111"));

    // Sent again with the right lot: corrected in place, said so, the patient told.
    let (_, answer) = publish(&server, &pharmacy, flu_shot("v", "completed", "FLU-222")).await;
    assert_eq!(statuses(&answer), ["200 OK", "200 OK"]);
    let (_, page) = patient.page("/vaccinations").await;
    assert!(page.contains("FLU-222") && !page.contains("FLU-111"), "one vaccination, corrected");
    assert!(page.contains("par Pharmacie du Centre"), "{page}");
    server.wait_for_mails("Une correction dans votre carnet", 1).await;

    // Another publisher's withdrawal under the same id reaches nothing; the pharmacy's does.
    let (_, answer) = publish(&server, &other, flu_shot("v", "entered-in-error", "FLU-222")).await;
    assert_eq!(statuses(&answer), ["200 OK", "200 OK"]);
    assert!(patient.page("/vaccinations").await.1.contains("FLU-222"), "still there");
    publish(&server, &pharmacy, flu_shot("v", "entered-in-error", "FLU-222")).await;
    let (_, page) = patient.page("/vaccinations").await;
    assert!(!page.contains("FLU-222"), "withdrawn from the list");
    let (_, export) = patient.page("/export/record.json").await;
    assert!(!export.contains("FLU-222"), "and from the export");
    server.stop().await;
}

/// A transaction of DELETE entries, one per address.
fn deletions(urls: &[&str]) -> Vec<u8> {
    let entries: Vec<Value> = urls.iter().map(|url| json!({ "request": { "method": "DELETE", "url": url } })).collect();
    serde_json::to_vec(&json!({ "resourceType": "Bundle", "type": "transaction", "entry": entries })).unwrap()
}

async fn a_publisher_deletes_its_own_result_by_id(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (north, south) = (token(&server, "Labo Nord").await, token(&server, "Labo Sud").await);
    publish(&server, &north, potassium("k", "final", 4.1)).await;
    publish(&server, &south, potassium("k", "final", 5.9)).await;

    // DELETE names only the sender's id: their result goes, the other laboratory's stays.
    let (status, answer) = publish(&server, &north, deletions(&["Observation/k"])).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK"]));
    let (rows, _) = stored(&server).await;
    let withdrawn: Vec<Option<f64>> = rows.iter().filter(|(_, _, w)| *w).map(|(_, v, _)| *v).collect();
    assert_eq!(withdrawn, [Some(4.1)], "{rows:?}");
    let page = potassium_page(&patient).await;
    assert!(page.contains("Retiré par Labo Nord") && page.contains("5,9 mmol/L"));
    server.wait_for_mails("Une correction dans votre carnet", 1).await;

    // Again, or an id the sender never used: nothing changes. A search is not an address.
    let before = stored(&server).await;
    let (_, answer) = publish(&server, &north, deletions(&["Observation/k", "Observation/never"])).await;
    assert_eq!(statuses(&answer), ["200 OK", "200 OK"]);
    assert_eq!(stored(&server).await, before);
    let (status, answer) = publish(&server, &north, deletions(&["Observation?code=2823-3"])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["issue"][0]["expression"][0], "Bundle.entry[0]");
    assert_eq!(stored(&server).await, before);
    server.stop().await;
}

/// A child's record has no account: what a laboratory publishes in it, and corrects, is told
/// to both legal representatives, in the child's name and without health details.
async fn a_minors_representatives_are_told_of_new_and_corrected_items(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let (desk, _) = demo_account(&server, "staff").await;
    let child = ("215067512345674", "2015-06-01");
    let form = [
        ("given", "Léa"),
        ("family", "Martin"),
        ("birth", child.1),
        ("ins", child.0),
        ("own_email", ""),
        ("rep1_name", "Camille Martin"),
        ("rep1_email", "camille.martin@example.org"),
        ("rep2_name", "Hugo Martin"),
        ("rep2_email", "hugo@example.org"),
        ("evidence", "family-record-book"),
    ];
    let made = desk.post_form("/desk/minor", &form).await;
    assert_eq!(Browser::location(&made), "/desk?notice=minor-created#waiting-title");
    assert_eq!(crate::desk::approve_waiting(&crate::desk::colleague(&server).await).await, 2);

    let lab = token(&server, "Laboratoire Bioline").await;
    let own_notices = server.outbox_count("record-updated").await + server.outbox_count("record-corrected").await;
    let (status, _) = publish(&server, &lab, potassium_for(child, "k1", "final", 4.2)).await;
    assert_eq!(status, StatusCode::OK);
    let told = server.wait_for_mails("Du nouveau dans le carnet de santé de Léa Martin", 2).await;
    assert!(told.iter().any(|m| m.contains("To: camille.martin@example.org")), "{told:?}");
    assert!(told.iter().any(|m| m.contains("To: hugo@example.org")), "{told:?}");
    assert!(told.iter().all(|m| !m.contains("otassium") && !m.contains("4,2")), "no health details");

    let (status, _) = publish(&server, &lab, potassium_for(child, "k1", "corrected", 5.9)).await;
    assert_eq!(status, StatusCode::OK);
    let corrected = server.wait_for_mails("Une correction dans le carnet de santé de Léa Martin", 2).await;
    assert!(corrected.iter().any(|m| m.contains("To: camille.martin@example.org")), "{corrected:?}");
    assert!(corrected.iter().any(|m| m.contains("To: hugo@example.org")), "{corrected:?}");
    assert!(corrected.iter().all(|m| !m.contains("otassium") && !m.contains("5,9")), "no health details");
    // One notice of each kind per representative; Camille's own record was not touched, and she
    // was told nothing about it.
    assert_eq!(server.outbox_count("record-updated-for").await, 2);
    assert_eq!(server.outbox_count("record-corrected-for").await, 2);
    let own_now = server.outbox_count("record-updated").await + server.outbox_count("record-corrected").await;
    assert_eq!(own_now, own_notices);
    server.stop().await;
}

/// A laboratory's software names a Carnet account as the author (to pass for a professional
/// of the portal) or another laboratory's practitioner: the first is refused naming the entry,
/// nothing stored; the second is recorded under the laboratory that sent it, never merged
/// with the other laboratory's author of the same identifier.
async fn a_publisher_writes_only_as_itself(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let north = token(&server, "Labo Nord").await;
    let south = token(&server, "Labo Sud").await;
    let doctor = crate::sharing::account_id(&server, "camille.martin@example.org").await;
    let with_author = |id: &str, system: &str, value: &str, name: &str| {
        let mut bundle: Value = serde_json::from_slice(&potassium(id, "final", 4.2)).unwrap();
        bundle["entry"].as_array_mut().unwrap().push(json!({ "fullUrl": "urn:uuid:dr", "resource": {
            "resourceType": "Practitioner", "id": "dr",
            "identifier": [{ "system": system, "value": value }], "name": [{ "family": name }] } }));
        bundle["entry"][1]["resource"]["performer"] = json!([{ "reference": "urn:uuid:dr" }]);
        serde_json::to_vec(&bundle).unwrap()
    };
    let authors = || async {
        let keys: Vec<(String, String)> = sqlx::query_as("SELECT match_key, name FROM authors ORDER BY match_key")
            .fetch_all(&server.db)
            .await
            .unwrap();
        keys
    };
    let before = (stored(&server).await, authors().await);

    let (status, answer) =
        publish(&server, &north, with_author("a1", "urn:carnet:account", &doctor, "Dr Camille Martin")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["issue"][0]["expression"][0], "Bundle.entry[2]", "{answer}");
    assert_eq!(answer["issue"][0]["code"], "forbidden", "{answer}");
    assert_eq!((stored(&server).await, authors().await), before, "nothing stored");
    assert_eq!(refused(&server, "author-claimed").await, 1, "and the attempt logged");

    // Both laboratories name the practitioner 810001234567 differently: two authors, each theirs.
    let rpps = "urn:oid:1.2.250.1.71.4.2.1";
    let (status, _) = publish(&server, &north, with_author("a2", rpps, "810001234567", "Dr Nord")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = publish(&server, &south, with_author("a3", rpps, "810001234567", "Dr Usurpé")).await;
    assert_eq!(status, StatusCode::OK);
    let named: Vec<(String, String)> =
        authors().await.into_iter().filter(|(key, _)| key.ends_with("|810001234567")).collect();
    assert_eq!(named.len(), 2, "{named:?}");
    assert!(named.iter().all(|(key, _)| key.starts_with("org:")), "under each organisation: {named:?}");
    assert!(named.iter().any(|(_, name)| name == "Dr Nord") && named.iter().any(|(_, name)| name == "Dr Usurpé"));
    server.stop().await;
}

/// A laboratory probing identities: an unknown INS and a birth date that does not match get
/// the same answer; after 20 in the hour its publications are refused (even a right one) while
/// another laboratory's go on; the operator's report names it.
async fn failed_identifications_are_limited_per_publisher_and_reported(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let prober = token(&server, "Labo Curieux").await;
    let honest = token(&server, "Labo Honnête").await;

    let (unknown_status, unknown) =
        publish(&server, &prober, potassium_for(("185057512345673", "1985-05-01"), "x", "final", 4.2)).await;
    let (mismatch_status, mismatch) =
        publish(&server, &prober, potassium_for(("284037512345640", "1984-03-03"), "x", "final", 4.2)).await;
    assert_eq!((unknown_status, mismatch_status), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(unknown, mismatch, "no way to tell an unknown INS from a wrong birth date");
    for day in 4..22 {
        let birth = format!("1984-03-{day:02}");
        let (status, _) =
            publish(&server, &prober, potassium_for(("284037512345640", &birth), "x", "final", 4.2)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    // Twenty failed: even the right identity is refused for the rest of the hour, nothing stored.
    let before = stored(&server).await;
    let (status, answer) = publish(&server, &prober, potassium("right", "final", 4.2)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{answer}");
    assert_eq!(answer["issue"][0]["code"], "throttled");
    assert_eq!(stored(&server).await, before);
    assert_eq!(refused(&server, "identify-limit").await, 1);
    let (status, _) = publish(&server, &honest, potassium("fine", "final", 4.2)).await;
    assert_eq!(status, StatusCode::OK, "another publisher is not held back");

    let report = server.cli(&["audit", "identifications", "--days", "1"]).await;
    let line = report.lines().find(|l| l.contains("Labo Curieux")).unwrap_or_else(|| panic!("{report}"));
    assert_eq!(line.split_whitespace().next(), Some("20"), "{report}");
    assert!(!report.contains("Labo Honnête"), "{report}");
    server.stop().await;
}

/// Thirty probes sent at once, none of them counted yet when the others start: the limit still
/// lets exactly twenty reach the records (each publisher's publications are taken one after the
/// other), the rest are refused as over the limit, and every one is in the audit log.
async fn failed_identifications_sent_at_once_are_counted_one_after_the_other(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let prober = token(&server, "Labo Pressé").await;
    let probes = (0..30).map(|day| {
        let birth = format!("1984-04-{:02}", day + 1);
        let (server, prober) = (&server, &prober);
        async move { publish(server, prober, potassium_for(("284037512345640", &birth), "x", "final", 4.2)).await.0 }
    });
    let statuses = futures::future::join_all(probes).await;
    let count = |status| statuses.iter().filter(|s| **s == status).count();
    assert_eq!((count(StatusCode::NOT_FOUND), count(StatusCode::TOO_MANY_REQUESTS)), (20, 10), "{statuses:?}");
    assert_eq!(refused(&server, "identify-limit").await, 10);
    let unknown: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE reason = 'unknown-record'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(unknown, 20);
    server.stop().await;
}

/// A transaction with the demo patient's echography report, its file `pdf` (the report's id `id`).
fn echography(id: &str, status: &str, pdf: &[u8]) -> Vec<u8> {
    use base64::Engine;
    let data = base64::engine::general_purpose::STANDARD.encode(pdf);
    let bundle = json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "284037512345640" }],
            "name": [{ "family": "Martin" }], "birthDate": "1984-03-02" } },
        { "fullUrl": format!("urn:uuid:{id}"), "resource": { "resourceType": "DiagnosticReport", "id": id,
            "status": status, "code": { "coding": [{ "system": "http://loinc.org", "code": "24558-9", "display": "Échographie abdominale" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-30T08:00:00+01:00",
            "presentedForm": [{ "contentType": "application/pdf", "title": "echo.pdf", "data": data }] } }
    ] });
    serde_json::to_vec(&bundle).unwrap()
}

/// A radiology practice sends a report, then a corrected file for it: the new version is what
/// the documents list shows, the first is kept (sealed) and says it was replaced, the patient is
/// told of a correction; the same file again changes nothing. A version the patient hid from
/// professionals stays hidden when it is corrected.
async fn a_corrected_report_replaces_the_one_shown(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let practice = token(&server, "Imagerie Rive Gauche").await;
    let first = carnet_core::pdf::text_page("Échographie", &["Foie de taille normale.".to_string()]);
    let second = carnet_core::pdf::text_page("Échographie", &["Foie de taille normale. Rate normale.".to_string()]);
    let versions = || async {
        let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT id, source, replaces_id FROM documents WHERE source LIKE 'org:%' ORDER BY recorded_at, id",
        )
        .fetch_all(&server.db)
        .await
        .unwrap();
        rows
    };

    let (status, answer) = publish(&server, &practice, echography("e1", "final", &first)).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "201 Created"]));
    let original = versions().await;
    assert_eq!(original.len(), 1);
    let first_id = original[0].0.clone();
    // The patient hides it from professionals before the correction comes.
    let hide = patient.post_form(&format!("/documents/{first_id}/visibility"), &[("professionals", "on")]).await;
    assert!(Browser::location(&hide).starts_with(&format!("/documents/{first_id}?notice=visibility")));
    let corrections_before = server.outbox_count("record-corrected").await;

    let (status, answer) = publish(&server, &practice, echography("e1", "amended", &second)).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "200 OK"]));
    let both = versions().await;
    assert_eq!(both.len(), 2, "{both:?}");
    let new_id = both[1].0.clone();
    assert_eq!(both[1].2.as_deref(), Some(first_id.as_str()), "the new version replaces the first");
    assert!(both[1].1.starts_with(&format!("{}@", both[0].1)), "{both:?}");
    let hidden: i64 =
        sqlx::query_scalar("SELECT hidden_from_professionals FROM document_visibility WHERE document_id = $1")
            .bind(&new_id)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(hidden, 1, "hidden like the version it corrects");
    assert_eq!(server.outbox_count("record-corrected").await, corrections_before + 1);

    // The first version says it was corrected and links to the new one, which links back.
    let (_, old_page) = patient.page(&format!("/documents/{first_id}")).await;
    assert!(old_page.contains("Ce document a été corrigé") && old_page.contains(&format!("/documents/{new_id}")));
    let (_, new_page) = patient.page(&format!("/documents/{new_id}")).await;
    assert!(new_page.contains("Ce document corrige une version précédente"), "{new_page}");
    let (_, list) = patient.page("/documents").await;
    assert!(list.contains("Remplacé par une version corrigée"), "{list}");

    // The same file again, or another practice's report under the same id: nothing changes here.
    let (status, answer) = publish(&server, &practice, echography("e1", "amended", &second)).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "200 OK"]));
    assert_eq!(versions().await.len(), 2);
    let other = token(&server, "Imagerie Rive Droite").await;
    publish(&server, &other, echography("e1", "final", &first)).await;
    let all = versions().await;
    assert_eq!(all.len(), 3);
    assert!(all[2].2.is_none(), "another practice's report is its own, replacing nothing");
    server.stop().await;
}

/// A result stored before Carnet kept unit and value codes (migration 0028) sent again as it was,
/// now with its UCUM code: the code is filled in, nothing is corrected, nobody is told.
async fn a_result_stored_before_codes_were_kept_is_not_corrected_by_its_codes(backend: Backend) {
    let server = start(backend).await;
    demo_patient(&server).await;
    let lab = token(&server, "Labo Nord").await;
    let mut bundle: Value = serde_json::from_slice(&potassium("k", "final", 4.1)).unwrap();
    bundle["entry"][1]["resource"]["valueQuantity"] =
        json!({ "value": 4.1, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" });
    let body = serde_json::to_vec(&bundle).unwrap();
    assert_eq!(publish(&server, &lab, body.clone()).await.0, StatusCode::OK);
    // As a row stored before the migration reads.
    sqlx::query("UPDATE results SET unit_code = NULL WHERE source LIKE '%Observation/k'")
        .execute(&server.db)
        .await
        .unwrap();
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&server.db).await.unwrap();
    let (status, answer) = publish(&server, &lab, body).await;
    assert_eq!((status, statuses(&answer)), (StatusCode::OK, vec!["200 OK", "200 OK"]), "unchanged");
    let (code, corrected): (Option<String>, Option<i64>) =
        sqlx::query_as("SELECT unit_code, corrected_at FROM results WHERE source LIKE '%Observation/k'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!((code.as_deref(), corrected), (Some("mmol/L"), None));
    assert_eq!(stored(&server).await.1, 0, "no earlier value kept: nothing was replaced");
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(&server.db).await.unwrap();
    assert_eq!(after, mails, "nobody is told of a correction that is none");
    server.stop().await;
}
