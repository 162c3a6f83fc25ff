//! The health record: FHIR import (counts, idempotence, atomic refusal), what patients see,
//! that one patient can never read another's record, and document seals.

use reqwest::{header, StatusCode};
use serde_json::{json, Value};

use crate::harness::*;

crate::on_both_databases!(
    synthea_bundles_import_with_matching_counts_and_only_once,
    malformed_bundles_are_refused_whole,
    the_demo_patient_sees_their_record,
    a_patient_never_reads_another_patients_record,
    seals_prove_a_file_unchanged,
    published_rows_and_the_audit_log_cannot_be_changed,
    patients_add_their_own_documents,
    professionals_publish_through_the_portal,
    software_publishes_through_fhir_with_a_token,
    home_counts_new_results_up_to_a_cap,
    a_result_without_range_then_one_with_range_both_import,
);

/// What a bundle holds, counted straight from its JSON (independently of the reader).
fn expected_counts(bundle: &Value) -> Value {
    let resources: Vec<&Value> = bundle["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let of = |t: &str| resources.iter().filter(|r| r["resourceType"] == t).count();
    let results: usize = resources
        .iter()
        .filter(|r| r["resourceType"] == "Observation")
        // Every category (surveys, social history… too); a panel that only groups its members
        // is not a result.
        .filter(|r| r.get("hasMember").is_none() || r.get("component").is_some() || r.get("valueQuantity").is_some())
        .map(|r| r["component"].as_array().map_or(1, Vec::len))
        .sum();
    let documents: usize = resources
        .iter()
        .map(|r| match r["resourceType"].as_str() {
            Some("DocumentReference") => 1,
            Some("DiagnosticReport") => r["presentedForm"].as_array().map_or(0, Vec::len),
            _ => 0,
        })
        .sum();
    let profile: usize = [
        "AllergyIntolerance",
        "Condition",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Encounter",
        "ImagingStudy",
    ]
    .iter()
    .map(|t| of(t))
    .sum();
    json!({
        "patients": of("Patient"),
        "authors": of("Practitioner") + of("Organization"),
        "results": results,
        "reports": of("DiagnosticReport"),
        "documents": documents,
        "vaccinations": of("Immunization"),
        "profile": profile,
    })
}

fn synthea_files() -> Vec<std::path::PathBuf> {
    let dir = workspace_root().join("testdata/fhir/synthea");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    files
}

async fn count(server: &TestServer, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&server.db).await.unwrap()
}

async fn synthea_bundles_import_with_matching_counts_and_only_once(backend: Backend) {
    let server = start(backend).await;
    let files = synthea_files();
    let paths: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let mut args = vec!["import-fhir", "--json"];
    args.extend(paths.iter().map(String::as_str));
    let first: Value = serde_json::from_str(&server.cli(&args).await).unwrap();
    let mut totals = [0i64; 6];
    for (outcome, file) in first.as_array().unwrap().iter().zip(&files) {
        let bundle: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
        let expected = expected_counts(&bundle);
        let report = &outcome["imported"];
        for kind in ["patients", "authors", "results", "reports", "documents", "vaccinations", "profile"] {
            assert_eq!(report[kind]["read"], expected[kind], "{}: {kind} read", file.display());
            if kind != "authors" {
                assert_eq!(report[kind]["added"], expected[kind], "{}: {kind} added", file.display());
            }
        }
        assert!(report["ignored"]["Claim"].as_u64().unwrap() > 0, "unkept types are counted");
        for (i, kind) in ["patients", "results", "reports", "documents", "vaccinations", "profile"].iter().enumerate() {
            totals[i] += expected[kind].as_i64().unwrap();
        }
    }
    let tables = ["patients", "results", "reports", "documents", "vaccinations", "profile_items"];
    for (table, total) in tables.iter().zip(totals) {
        assert_eq!(count(&server, table).await, total, "{table}");
    }
    // Again: everything is read, nothing is added, the tables do not move.
    let second: Value = serde_json::from_str(&server.cli(&args).await).unwrap();
    for outcome in second.as_array().unwrap() {
        for kind in ["patients", "authors", "results", "reports", "documents", "vaccinations", "profile"] {
            assert_eq!(outcome["imported"][kind]["added"], 0, "{kind} on re-import");
        }
    }
    for (table, total) in tables.iter().zip(totals) {
        assert_eq!(count(&server, table).await, total, "{table} after re-import");
    }
    // Each import of each bundle was decided and audited.
    let audited: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'write.import' AND decision = 'allow'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(audited, 10);
    server.stop().await;
}

/// A valid INS: the 13-character body with its key.
fn ins(body: &str) -> String {
    let n: u64 = body.parse().unwrap();
    format!("{body}{:02}", 97 - n % 97)
}

/// A small bundle for one patient known by INS: two glucose results (one high), a PDF letter,
/// a vaccination.
fn patient_bundle(tag: &str, health_id: &str, birth: &str, glucose: f64) -> Value {
    let patient = format!("urn:uuid:{tag}-patient");
    let pdf = carnet_core::pdf::text_page(&format!("Courrier {tag}"), &["Bonjour.".to_string()]);
    use base64::Engine;
    let data = base64::engine::general_purpose::STANDARD.encode(pdf);
    json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": patient, "resource": { "resourceType": "Patient", "id": format!("{tag}-patient"),
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": health_id }],
            "name": [{ "family": tag, "given": ["Test"] }], "birthDate": birth } },
        { "fullUrl": format!("urn:uuid:{tag}-o1"), "resource": { "resourceType": "Observation", "id": format!("{tag}-o1"),
            "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "1558-6", "display": "Glycémie à jeun" }] },
            "subject": { "reference": patient }, "effectiveDateTime": "2025-01-10T08:00:00+01:00",
            "valueQuantity": { "value": 0.9, "unit": "g/L" },
            "referenceRange": [{ "low": { "value": 0.7 }, "high": { "value": 1.1 } }] } },
        { "fullUrl": format!("urn:uuid:{tag}-o2"), "resource": { "resourceType": "Observation", "id": format!("{tag}-o2"),
            "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "1558-6", "display": "Glycémie à jeun" }] },
            "subject": { "reference": patient }, "effectiveDateTime": "2026-01-10T08:00:00+01:00",
            "valueQuantity": { "value": glucose, "unit": "g/L" },
            "referenceRange": [{ "low": { "value": 0.7 }, "high": { "value": 1.1 } }] } },
        { "fullUrl": format!("urn:uuid:{tag}-d1"), "resource": { "resourceType": "DocumentReference", "id": format!("{tag}-d1"),
            "status": "current", "type": { "coding": [{ "system": "http://loinc.org", "code": "11488-4", "display": "Consult note" }] },
            "subject": { "reference": patient }, "date": "2026-01-12T10:00:00+01:00",
            "content": [{ "attachment": { "contentType": "application/pdf", "title": format!("courrier-{tag}.pdf"), "data": data } }] } },
        { "fullUrl": format!("urn:uuid:{tag}-i1"), "resource": { "resourceType": "Immunization", "id": format!("{tag}-i1"),
            "status": "completed", "vaccineCode": { "coding": [{ "system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "dTcaP" }] },
            "patient": { "reference": patient }, "occurrenceDateTime": "2015-06-01" } }
    ] })
}

fn write_bundle(server: &TestServer, name: &str, bundle: &Value) -> String {
    let path = server.data_dir.join(name);
    std::fs::write(&path, serde_json::to_vec(bundle).unwrap()).unwrap();
    path.display().to_string()
}

async fn malformed_bundles_are_refused_whole(backend: Backend) {
    let server = start(backend).await;
    let good = write_bundle(&server, "good.json", &patient_bundle("Alpha", &ins("1840575123456"), "1984-05-01", 1.0));
    // Valid entries first, then a result pointing at nobody: nothing of it may be stored.
    let mut dangling = patient_bundle("Beta", &ins("2900675123457"), "1990-06-01", 1.0);
    dangling["entry"].as_array_mut().unwrap().push(json!({ "fullUrl": "urn:uuid:x", "resource": {
        "resourceType": "Observation", "id": "x", "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
        "code": { "coding": [{ "code": "1558-6" }] }, "subject": { "reference": "urn:uuid:nobody" },
        "effectiveDateTime": "2026-01-01", "valueQuantity": { "value": 1 } } }));
    let dangling = write_bundle(&server, "dangling.json", &dangling);
    let mut unknown_flag = patient_bundle("Gamma", &ins("1700175123458"), "1970-01-01", 1.0);
    unknown_flag["entry"][2]["resource"]["interpretation"] = json!([{ "coding": [{ "code": "WEIRD" }] }]);
    let unknown_flag = write_bundle(&server, "flag.json", &unknown_flag);
    let not_json = server.data_dir.join("not.json");
    std::fs::write(&not_json, b"{ this is not json").unwrap();
    let not_fhir = write_bundle(&server, "patient.json", &json!({ "resourceType": "Patient", "id": "p" }));
    let too_large = server.data_dir.join("large.json");
    std::fs::write(&too_large, vec![b' '; 21 * 1024 * 1024]).unwrap();
    let not_json = not_json.display().to_string();
    let too_large = too_large.display().to_string();

    let output = server
        .cli_output(&[
            "import-fhir",
            &good,
            &dangling,
            &unknown_flag,
            &not_json,
            &not_fhir,
            &too_large,
            "/no/such/file",
        ])
        .await;
    assert!(!output.status.success(), "refusals make the command fail");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stdout.contains("good.json: imported"), "{stdout}");
    assert!(
        stdout
            .contains("dangling.json: refused, nothing imported: entry 5 (Observation): reference \"urn:uuid:nobody\""),
        "{stdout}"
    );
    assert!(stdout.contains("flag.json: refused, nothing imported: entry 2 (Observation): interpretation has the unknown code \"WEIRD\""), "{stdout}");
    assert!(stdout.contains("not.json: refused, nothing imported: not JSON (line 1, column 3)"), "{stdout}");
    assert!(stdout.contains("patient.json: refused, nothing imported: not a FHIR Bundle"), "{stdout}");
    assert!(stdout.contains("large.json: refused, nothing imported: larger than 20 MB"), "{stdout}");
    assert!(stdout.contains("/no/such/file: refused, nothing imported: cannot read"), "{stdout}");
    assert!(stderr.contains("6 of 7 files refused"), "{stderr}");
    // Only the good bundle is in the database.
    assert_eq!(count(&server, "patients").await, 1);
    assert_eq!(count(&server, "results").await, 2);
    assert_eq!(count(&server, "documents").await, 1);
    assert_eq!(count(&server, "vaccinations").await, 1);
    server.stop().await;
}

async fn the_demo_patient_sees_their_record(backend: Backend) {
    let server = start(backend).await;
    let (browser, _) = demo_patient(&server).await;

    let (status, home) = browser.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("Nouveau depuis votre dernière visite"), "{home}");
    assert!(home.contains("Résultats hors des valeurs de référence"));
    let out_of_range = home.split("Résultats hors des valeurs de référence").nth(1).unwrap();
    let out_of_range = out_of_range.split("Vaccinations à faire").next().unwrap();
    for test in ["Glycémie à jeun", "Cholestérol LDL", "Ferritine", "Tension systolique", "Tension diastolique"] {
        assert!(out_of_range.contains(&format!(">{test}<")), "{test} listed as out of range");
    }
    for normal in ["Hémoglobine", "Créatinine", "TSH", "Poids"] {
        assert!(!out_of_range.contains(&format!(">{normal}<")), "{normal} is within range");
    }
    assert!(out_of_range.contains("1,18 g/L") && out_of_range.contains("Élevé") && out_of_range.contains("Bas"));
    let vaccinations = home.split("Vaccinations à faire").nth(1).unwrap();
    let vaccinations = vaccinations.split("Dépistages et bilans à faire").next().unwrap();
    assert!(vaccinations.contains("Rougeole, oreillons, rubéole (ROR)") && vaccinations.contains("À rattraper"));
    assert_eq!(vaccinations.matches("class=\"card\"").count(), 1, "only MMR is to catch up");
    let new_items = home.split("Nouveau depuis votre dernière visite").nth(1).unwrap();
    assert!(new_items.contains("8 nouveaux résultats") && new_items.contains("Ordonnance"), "first visit: all is new");

    // Results: grouped, searchable, filterable by date.
    let (_, results) = browser.page("/results").await;
    assert!(results.contains("Analyses de laboratoire") && results.contains("Mesures (tension, poids…)"));
    assert!(results.contains("Hémoglobine") && results.contains("Poids"));
    let (_, searched) = browser.page("/results?q=GLYC").await;
    assert!(searched.contains("Glycémie à jeun") && !searched.contains("Hémoglobine"), "search ignores case");
    let (_, nothing) = browser.page("/results?q=%25").await;
    assert!(nothing.contains("Aucune analyse ne correspond"), "% is matched literally");
    let today = jiff::Zoned::now().date();
    let from = today.checked_sub(jiff::Span::new().days(60)).unwrap();
    let (_, period) = browser.page(&format!("/results?from={from}&to={today}")).await;
    // One visit in the last 60 days (9 results and her smoking status), her eight weekly home
    // blood pressures since (two values each), and a header.
    assert_eq!(period.matches("<tr>").count(), 1 + 10 + 8 * 2, "the last 60 days");
    // Observations of other categories have their own section, a coded value shown as its text.
    let lifestyle = results.split("Mode de vie (tabac, alcool…)").nth(1).expect("a lifestyle section");
    assert!(
        lifestyle.contains("Statut tabagique") && lifestyle.contains("Ancienne fumeuse (arrêt en 2015)"),
        "{lifestyle}"
    );
    let (status, bad) = browser.page("/results?from=not-a-date").await;
    assert_eq!(status, StatusCode::OK);
    assert!(bad.contains("Une des dates n'est pas valide"));

    // A test's page: its trend and its history.
    let series_link = results.split("href=\"/results/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let (status, series) = browser.page(&format!("/results/{series_link}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(series.contains("<svg") && series.contains("trend-band") && series.contains("<polyline"), "trend chart");
    assert!(series.contains("<table") && series.matches("<tr>").count() == 9, "8 results and a header");

    // Documents: three sealed lab reports, an X-ray's report, a letter, a prescription.
    let (_, documents) = browser.page("/documents").await;
    assert_eq!(documents.matches("Scellé, inchangé").count(), 6, "{documents}");
    let (_, prescriptions) = browser.page("/documents?kind=prescription").await;
    assert_eq!(prescriptions.matches("class=\"card\"").count(), 1);
    let doc_id = documents.split("href=\"/documents/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let (status, page) = browser.page(&format!("/documents/{doc_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Scellé, inchangé") && page.contains("Télécharger"));
    let file = browser.get(&format!("/documents/{doc_id}/file")).await;
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()[header::CONTENT_TYPE], "application/pdf");
    assert!(file.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("inline; filename="));
    let csp = file.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
    assert!(csp.starts_with("sandbox;") && csp.contains("default-src 'none'"), "{csp}");
    assert_eq!(file.headers()[header::CACHE_CONTROL], "no-store");
    assert!(file.bytes().await.unwrap().starts_with(b"%PDF-"));
    let download = browser.get(&format!("/documents/{doc_id}/download")).await;
    assert!(download.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment;"));
    assert_eq!(download.headers()[header::CONTENT_TYPE], "application/octet-stream");

    // Vaccinations: the record and what is due.
    let (_, vaccinations) = browser.page("/vaccinations").await;
    assert!(vaccinations.contains("dTcaP") && vaccinations.contains("R4523"), "lot shown");
    assert!(vaccinations.contains("1 dose à rattraper") && vaccinations.contains("Calendrier des vaccinations"));
    assert!(!vaccinations.contains("En retard"), "nothing of a 42-year-old's childhood is overdue");

    // Every page read was decided and audited for this patient.
    let reads: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT action FROM audit_log WHERE decision = 'allow' AND reason = 'owner' ORDER BY action",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    for action in
        ["read.document", "read.documents", "read.result-history", "read.results", "read.summary", "read.vaccinations"]
    {
        assert!(reads.iter().any(|a| a == action), "{action} audited: {reads:?}");
    }

    // Signed out, record pages send to sign-in and files are not served.
    let stranger = Browser::new(&server);
    assert_eq!(Browser::location(&stranger.get("/results").await), "/signin");
    assert_eq!(Browser::location(&stranger.get(&format!("/documents/{doc_id}/file")).await), "/signin");
    // What she adds herself is not news to her on Home (all else was new on her first visit).
    let pdf = carnet_core::pdf::text_page("Bilan de kinésithérapie", &["x".to_string()]);
    let upload = browser
        .post_multipart(
            "/upload",
            &[("title", "Bilan de kinésithérapie"), ("kind", "other")],
            Some(("file", "k.pdf", pdf)),
        )
        .await;
    assert_eq!(Browser::location(&upload), "/documents?notice=uploaded");
    let (_, home) = browser.page("/").await;
    let new_items = home.split("Nouveau depuis votre dernière visite").nth(1).unwrap().split("<h2").next().unwrap();
    assert!(new_items.contains("Ordonnance") && !new_items.contains("kinésithérapie"), "{new_items}");
    let (_, documents) = browser.page("/documents").await;
    assert!(documents.contains("Bilan de kinésithérapie"), "listed with the documents all the same");
    server.stop().await;
}

/// Two patients whose records were imported before they enrolled, each taking theirs by INS.
async fn two_patients(server: &TestServer) -> ((Browser, Device), (Browser, Device)) {
    let (a_ins, b_ins) = (ins("1840575123456"), ins("2900675123457"));
    let a = write_bundle(server, "a.json", &patient_bundle("Alpha", &a_ins, "1984-05-01", 1.3));
    let b = write_bundle(server, "b.json", &patient_bundle("Beta", &b_ins, "1990-06-01", 0.95));
    server.cli(&["import-fhir", &a, &b]).await;
    let mut out = Vec::new();
    for (name, email, health_id, birth) in [
        ("Test Alpha", "alpha@example.org", &a_ins, "1984-05-01"),
        ("Test Beta", "beta@example.org", &b_ins, "1990-06-01"),
    ] {
        let args =
            ["--role", "patient", "--name", name, "--email", email, "--health-id", health_id, "--birth-date", birth];
        out.push(enrolled(server, &server.invite_with(&args).await).await);
    }
    let b = out.pop().unwrap();
    let a = out.pop().unwrap();
    (a, b)
}

/// A page's status and body with this response's nonce (from its CSP) blanked out, so that two
/// answers can be compared.
async fn page_without_nonce(browser: &Browser, path: &str) -> (StatusCode, String) {
    let response = browser.get(path).await;
    let status = response.status();
    let nonce = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(|csp| csp.split("'nonce-").nth(1))
        .and_then(|rest| rest.split('\'').next())
        .map(str::to_string);
    let body = response.text().await.unwrap();
    (
        status,
        match nonce {
            Some(nonce) => body.replace(&nonce, "NONCE"),
            None => body,
        },
    )
}

async fn a_patient_never_reads_another_patients_record(backend: Backend) {
    let server = start(backend).await;
    let ((alice, _), (bob, _)) = two_patients(&server).await;
    // Each sees their own record (taken over by INS at enrolment).
    let (_, alice_results) = alice.page("/results").await;
    assert!(alice_results.contains("1,3 g/L") && !alice_results.contains("0,95"), "{alice_results}");
    let (_, bob_results) = bob.page("/results").await;
    assert!(bob_results.contains("0,95 g/L"));
    let bob_series = bob_results.split("href=\"/results/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let (_, bob_documents) = bob.page("/documents").await;
    let bob_doc = bob_documents.split("href=\"/documents/").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(bob.get(&format!("/documents/{bob_doc}/file")).await.status(), StatusCode::OK);

    // Alice tries Bob's ids: the answers are exactly those for ids that do not exist.
    let missing = uuid::Uuid::new_v4().to_string();
    for (theirs, nobodys) in [
        (format!("/results/{bob_series}"), format!("/results/{missing}")),
        (format!("/documents/{bob_doc}"), format!("/documents/{missing}")),
        (format!("/documents/{bob_doc}/file"), format!("/documents/{missing}/file")),
        (format!("/documents/{bob_doc}/download"), format!("/documents/{missing}/download")),
    ] {
        let (status_theirs, body_theirs) = page_without_nonce(&alice, &theirs).await;
        let (status_nobodys, body_nobodys) = page_without_nonce(&alice, &nobodys).await;
        assert_eq!(status_theirs, StatusCode::NOT_FOUND, "{theirs}");
        assert_eq!(status_nobodys, StatusCode::NOT_FOUND, "{nobodys}");
        // The pages differ only by the address they were asked for (the language switcher
        // returns there) and the per-response nonce.
        let same = |body: &str, path: &str| body.replace(path, "PATH");
        assert_eq!(same(&body_theirs, &theirs), same(&body_nobodys, &nobodys), "{theirs} looks like a missing id");
        assert!(!body_theirs.contains("Beta") && !body_theirs.contains("PDF"), "nothing of Bob's leaks");
    }
    // A forged paging cursor or query changes nothing either.
    let (status, page) = alice.page(&format!("/results/{bob_series}?before=9999999999999.{missing}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains("0,95"));

    // The attempts are in the audit log, as denials on Bob's record.
    let bob_patient: String = sqlx::query_scalar(
        "SELECT p.id FROM patients p JOIN accounts a ON a.id = p.account_id WHERE a.email = 'beta@example.org'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    let denials: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE patient_id = $1 AND decision = 'deny' AND reason = 'no-access'",
    )
    .bind(&bob_patient)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(denials, 5, "four probes and the forged cursor");
    server.stop().await;
}

async fn seals_prove_a_file_unchanged(backend: Backend) {
    let server = start(backend.clone()).await;
    let (browser, _) = demo_patient(&server).await;
    let (_, documents) = browser.page("/documents?kind=report").await;
    let doc_id = documents.split("href=\"/documents/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let pdf = browser.get(&format!("/documents/{doc_id}/download")).await.bytes().await.unwrap().to_vec();

    // On /verify, signed out: the untouched file is recognised, with its author.
    let anyone = Browser::new(&server);
    let (status, form) = anyone.page("/verify").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("enctype=\"multipart/form-data\""));
    let answer = anyone.post_file("/verify", "file", "bilan.pdf", pdf.clone()).await;
    let location = Browser::location(&answer);
    assert_eq!(location, format!("/verify/{}", carnet_core::seal::sha256_hex(&pdf)));
    let (_, verdict) = anyone.page(&location).await;
    assert!(verdict.contains("Document authentique et intact"), "{verdict}");
    assert!(verdict.contains("Laboratoire de biologie Paris Centre"));
    assert!(!verdict.contains("Camille"), "the verdict does not say whose record it is in");

    // One flipped byte and it is not recognised.
    let mut flipped = pdf.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    let (_, verdict) =
        anyone.page(&Browser::location(&anyone.post_file("/verify", "file", "bilan.pdf", flipped.clone()).await)).await;
    assert!(verdict.contains("Document non reconnu"), "{verdict}");

    // The same from the command line, offline: exit 0 for the file, non-zero for the copy.
    let good = server.data_dir.join("bilan.pdf");
    let bad = server.data_dir.join("bilan-modifie.pdf");
    std::fs::write(&good, &pdf).unwrap();
    std::fs::write(&bad, &flipped).unwrap();
    let out = server.cli(&["verify-document", &good.display().to_string()]).await;
    assert!(out.contains("sealed by this Carnet") && out.contains("Laboratoire de biologie Paris Centre"), "{out}");
    let refused = server.cli_output(&["verify-document", &bad.display().to_string()]).await;
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no document with these bytes was sealed here"));

    // Someone with the database's keys alters the stored author (the immutability trigger set
    // aside): the unchanged file is now told apart as "seal invalid", not as unknown.
    let disable = match &backend {
        Backend::Postgres(_) => "ALTER TABLE documents DISABLE TRIGGER documents_immutable",
        _ => "DROP TRIGGER documents_no_update",
    };
    sqlx::query(disable).execute(&server.db).await.unwrap();
    sqlx::query("UPDATE documents SET author_name = 'Laboratoire Faussaire' WHERE id = $1")
        .bind(&doc_id)
        .execute(&server.db)
        .await
        .unwrap();
    let (_, verdict) =
        anyone.page(&Browser::location(&anyone.post_file("/verify", "file", "bilan.pdf", pdf.clone()).await)).await;
    assert!(verdict.contains("Sceau invalide") && !verdict.contains("Faussaire"), "{verdict}");
    let broken = server.cli_output(&["verify-document", &good.display().to_string()]).await;
    assert!(!broken.status.success());
    assert!(String::from_utf8_lossy(&broken.stderr).contains("its seal does not verify"), "{broken:?}");

    // Bad input on /verify: no file, an empty file, a file too large.
    let empty = Browser::sent_back(anyone.post_file("/verify", "file", "vide.pdf", Vec::new()).await).await;
    assert_eq!(empty.problem, Problem::UploadMissing);
    assert!(empty.page.contains("Choisissez un fichier."));
    let other_field = anyone.post_file("/verify", "other", "x.pdf", b"%PDF-1.4".to_vec()).await;
    assert_eq!(Browser::sent_back(other_field).await.problem, Problem::UploadMissing);
    let (status, answer) = server.announced_post("/verify", "multipart/form-data; boundary=x", 11 * 1024 * 1024).await;
    assert_eq!(status, 413, "refused from the announced length, before reading: {answer}");
    assert!(answer.contains("The request is too large."));
    // Just over 10 MB of file within the envelope limit: read, and refused by the handler.
    let big = anyone.post_file("/verify", "file", "gros.pdf", vec![b'a'; 10 * 1024 * 1024 + 10]).await;
    assert_eq!(Browser::sent_back(big).await.problem, Problem::UploadTooLarge);
    let (_, junk) = anyone.page("/verify/not-a-hash").await;
    assert!(junk.contains("Document non reconnu"));
    server.stop().await;
}

async fn published_rows_and_the_audit_log_cannot_be_changed(backend: Backend) {
    let server = start(backend.clone()).await;
    demo_patient(&server).await;
    // Each statement is refused by the table's own trigger (its message says so), not by some
    // other constraint that happens to fail first.
    let postgres = matches!(backend, Backend::Postgres(_));
    let mut statements = vec![
        ("UPDATE documents SET author_name = 'Someone else'", "documents"),
        ("DELETE FROM documents", "documents"),
        ("UPDATE blobs SET size = 0", "blobs"),
        ("DELETE FROM blobs", "blobs"),
        ("UPDATE audit_log SET decision = 'deny'", "audit_log"),
        ("DELETE FROM audit_log", "audit_log"),
    ];
    if postgres {
        // Row triggers do not see TRUNCATE: statement triggers refuse it.
        statements.extend([
            ("TRUNCATE documents CASCADE", "documents"),
            ("TRUNCATE blobs CASCADE", "blobs"),
            ("TRUNCATE audit_log", "audit_log"),
        ]);
    }
    for (statement, table) in statements {
        let refused = sqlx::query(statement).execute(&server.db).await.expect_err(statement).to_string();
        let expected = if postgres {
            format!("{table} rows cannot be changed or deleted")
        } else if table == "audit_log" {
            "audit_log is append-only".to_string()
        } else {
            format!("{table} are immutable")
        };
        assert!(refused.contains(&expected), "{statement}: refused by '{refused}', not by the trigger");
    }
    assert!(count(&server, "documents").await > 0 && count(&server, "audit_log").await > 0);
    // The chain links every row to the one before it.
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq").fetch_all(&server.db).await.unwrap();
    for pair in rows.windows(2) {
        assert_eq!(pair[1].0, pair[0].0 + 1, "no gaps");
        assert_eq!(pair[1].1, pair[0].2, "each row names the previous hash");
    }
    server.stop().await;
}

async fn patients_add_their_own_documents(backend: Backend) {
    let mut server = start(backend).await;
    let (browser, _) = demo_patient(&server).await;
    let before = count(&server, "documents").await;
    let (status, form) = browser.page("/upload").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("enctype=\"multipart/form-data\"") && form.contains("name=\"title\""));
    let pdf = carnet_core::pdf::text_page("Compte rendu d'hospitalisation", &["Sortie le 3 mars.".to_string()]);
    let upload = |title: &'static str, file_name: &'static str, bytes: Vec<u8>| {
        let browser = &browser;
        async move {
            let answer = browser
                .post_multipart("/upload", &[("title", title), ("kind", "letter")], Some(("file", file_name, bytes)))
                .await;
            Browser::location(&answer)
        }
    };

    // A PDF with a hostile path for a name: stored, cleaned, marked as the patient's own.
    assert_eq!(upload("CR hôpital", "../../etc/CR hôpital.pdf", pdf.clone()).await, "/documents?notice=uploaded");
    let (_, documents) = browser.page("/documents?notice=uploaded").await;
    assert!(documents.contains("Le document a été ajouté à votre dossier."));
    assert!(documents.contains("CR hôpital") && documents.contains("Document ajouté par le patient"));
    let id = documents.split("href=\"/documents/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let file = browser.get(&format!("/documents/{id}/file")).await;
    assert_eq!(file.headers()[header::CONTENT_TYPE], "application/pdf");
    // Anyone holding the file can check its seal, and learns no patient's name from it.
    let anyone = Browser::new(&server);
    let checked = anyone.post_file("/verify", "file", "cr.pdf", pdf.clone()).await;
    let (_, verified) = anyone.page(&Browser::location(&checked)).await;
    assert!(verified.contains("le patient lui-même"), "{verified}");
    assert!(!verified.contains("Camille") && !verified.contains("Martin"), "{verified}");
    let disposition = file.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().to_string();
    assert!(disposition.contains("filename*=UTF-8''CR%20h%C3%B4pital.pdf"), "{disposition}");
    assert_eq!(file.bytes().await.unwrap().to_vec(), pdf);
    // A PNG is taken too, whatever its name says.
    let png = [b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 64]].concat();
    assert_eq!(upload("Radio du genou", "photo.pdf", png).await, "/documents?notice=uploaded");
    // The same file again (a double tap on a slow network): the document already there.
    let again = upload("CR hôpital (2)", "cr.pdf", pdf.clone()).await;
    assert_eq!(again, format!("/documents/{id}?notice=already-added"));
    let (_, shown) = browser.page(&again).await;
    assert!(shown.contains("Ce fichier était déjà dans le dossier"), "{shown}");

    // Refusals come back to the form with the reason and what was typed.
    let html_as_pdf = b"<html><script>alert(1)</script></html>".to_vec();
    let refused = |title: &'static str, file_name: &'static str, bytes: Vec<u8>| {
        let browser = &browser;
        async move {
            let fields = [("title", title), ("kind", "letter")];
            Browser::sent_back(browser.post_multipart("/upload", &fields, Some(("file", file_name, bytes))).await).await
        }
    };
    let lie = refused("Faux PDF", "faux.pdf", html_as_pdf).await;
    assert_eq!(lie.problem, Problem::UploadType);
    assert!(lie.page.contains("son contenu a été vérifié") && lie.kept("Faux PDF"), "title kept");
    assert!(lie.page.contains("value=\"letter\" selected"), "kind kept");
    assert_eq!(refused("Vide", "vide.pdf", Vec::new()).await.problem, Problem::UploadMissing);
    let control = refused("Nom piégé", "CR\u{7}.pdf", pdf.clone()).await;
    assert!(control.problem == Problem::BadRequest && control.kept("Nom piégé"), "malformed part, title kept");
    assert_eq!(refused("  ", "a.pdf", pdf.clone()).await.problem, Problem::UploadTitle);
    assert_eq!(refused("Deux\nlignes", "a.pdf", pdf.clone()).await.problem, Problem::UploadTitle);
    let mut big = pdf.clone();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    assert_eq!(refused("Gros", "gros.pdf", big).await.problem, Problem::UploadTooLarge);
    let no_file = browser.post_multipart("/upload", &[("title", "Sans fichier")], None).await;
    assert_eq!(Browser::sent_back(no_file).await.problem, Problem::UploadMissing);
    assert_eq!(count(&server, "documents").await, before + 2, "only the two good files were stored");

    // The files a patient adds take at most the quota (settable; 1 MB here): past it, refused.
    server.restart(&[("CARNET_UPLOAD_QUOTA_MB", "1")]).await;
    let mut scan = pdf.clone();
    scan.resize(1024 * 1024, b' ');
    let full = refused("Scanner", "scanner.pdf", scan).await;
    assert_eq!(full.problem, Problem::UploadQuota);
    assert!(full.kept("Scanner"), "title kept");
    assert_eq!(count(&server, "documents").await, before + 2);

    // Someone without a record of their own has nowhere to upload to; signed out, to sign-in.
    let (professional, _) =
        enrolled(&server, &server.invite("professional", "Dr Lina Haddad", "lina@example.org").await).await;
    let refused = professional.post_multipart("/upload", &[("title", "X")], Some(("file", "x.pdf", pdf.clone()))).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let stranger = Browser::new(&server);
    let refused = stranger.post_multipart("/upload", &[("title", "X")], Some(("file", "x.pdf", pdf))).await;
    assert_eq!(Browser::location(&refused), "/signin");
    assert_eq!(count(&server, "documents").await, before + 2);
    server.stop().await;
}

const DEMO_INS: &str = "2 84 03 75 123 456 40";

async fn professionals_publish_through_the_portal(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let (status, page) = doctor.page("/publish").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Des résultats d'analyses") && page.contains("Glycémie à jeun (g/L)"));
    assert_eq!(patient.page("/publish").await.0, StatusCode::NOT_FOUND, "not a professional's page");
    let mails_before = server.mails().len();

    // Results: one row filled, French decimal comma, catalogue range applied.
    let yesterday = jiff::Zoned::now().date().yesterday().unwrap();
    let taken_at = format!("{yesterday}T08:15");
    let published = doctor
        .post_form(
            "/publish/results",
            &[
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("taken_at", &taken_at),
                ("code0", "4548-4"),
                ("value0", "6,4"),
            ],
        )
        .await;
    assert_eq!(Browser::location(&published), "/publish?notice=published");
    let (_, results) = patient.page("/results?q=HbA1c").await;
    assert!(
        results.contains("Hémoglobine glyquée (HbA1c)") && results.contains("6,4 %") && results.contains("Élevé"),
        "{results}"
    );
    server.wait_for_mails("Du nouveau dans votre carnet", 1).await;

    // A report as a PDF: sealed, authored by the professional.
    let pdf = carnet_core::pdf::text_page("Échographie abdominale", &["Foie normal.".to_string()]);
    let fields = [
        ("ins", DEMO_INS),
        ("birth", "1984-03-02"),
        ("title", "Échographie abdominale"),
        ("kind", "imaging"),
        ("date", "2026-01-15"),
    ];
    let report = doctor.post_multipart("/publish/report", &fields, Some(("file", "echo.pdf", pdf.clone()))).await;
    assert_eq!(Browser::location(&report), "/publish?notice=published");
    let (_, imaging) = patient.page("/documents?kind=imaging").await;
    assert!(
        imaging.contains("Échographie abdominale")
            && imaging.contains("Karim Benali")
            && imaging.contains("Scellé, inchangé")
    );
    let not_pdf =
        doctor.post_multipart("/publish/report", &fields, Some(("file", "echo.pdf", b"GIF89a".to_vec()))).await;
    assert_eq!(Browser::sent_back(not_pdf).await.problem, Problem::PublishNotPdf);

    // A vaccination from the catalogue.
    let vaccination = doctor
        .post_form(
            "/publish/vaccination",
            &[
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("vaccine", "187"),
                ("date", "2026-02-01"),
                ("dose", "1"),
                ("lot", "ZX123"),
            ],
        )
        .await;
    assert_eq!(Browser::location(&vaccination), "/publish?notice=published");
    let (_, vaccinations) = patient.page("/vaccinations").await;
    assert!(vaccinations.contains("Zona (vaccin recombinant)") && vaccinations.contains("ZX123"));

    // Mistakes come back to the form with the reason and what was typed; nothing is stored.
    let results_before = count(&server, "results").await;
    for (fields, error) in [
        (
            vec![
                ("ins", DEMO_INS),
                ("birth", "1984-03-03"),
                ("taken_at", taken_at.as_str()),
                ("code0", "1558-6"),
                ("value0", "1"),
            ],
            "publish-no-record",
        ),
        (
            vec![
                ("ins", "2 84 03 75 123 456 41"),
                ("birth", "1984-03-02"),
                ("taken_at", taken_at.as_str()),
                ("code0", "1558-6"),
                ("value0", "1"),
            ],
            "health-id-invalid",
        ),
        (
            vec![
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("taken_at", taken_at.as_str()),
                ("code0", "1558-6"),
                ("value0", "beaucoup"),
            ],
            "publish-value-invalid",
        ),
        (
            vec![
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("taken_at", "2999-01-01T00:00"),
                ("code0", "1558-6"),
                ("value0", "1"),
            ],
            "publish-date-invalid",
        ),
        (vec![("ins", DEMO_INS), ("birth", "1984-03-02"), ("taken_at", taken_at.as_str())], "publish-no-results"),
    ] {
        let answer = doctor.post_form("/publish/results", &fields).await;
        let sent_back = Browser::sent_back(answer).await;
        assert_eq!(sent_back.problem.message_id(), format!("error-{error}"));
        assert!(sent_back.kept(fields[0].1), "the INS typed is kept");
    }
    assert_eq!(count(&server, "results").await, results_before);

    // A patient cannot publish, even into their own record.
    let refused = patient
        .post_form(
            "/publish/results",
            &[
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("taken_at", &taken_at),
                ("code0", "1558-6"),
                ("value0", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert_eq!(count(&server, "results").await, results_before);
    let decisions: Vec<(String, String)> =
        sqlx::query_as("SELECT decision, reason FROM audit_log WHERE action = 'write.publish' ORDER BY seq")
            .fetch_all(&server.db)
            .await
            .unwrap();
    let allowed = decisions.iter().filter(|(d, r)| d == "allow" && r == "professional").count();
    assert_eq!(allowed, 3, "{decisions:?}");
    assert!(decisions.contains(&("deny".into(), "unknown-record".into())), "the unknown patient is audited");
    assert!(decisions.contains(&("deny".into(), "no-access".into())), "the patient's attempt is audited");
    // The publications' notice (grouped, held a second in tests) is sent.
    for _ in 0..100 {
        if server.mails().len() > mails_before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(server.mails().len() > mails_before);
    server.stop().await;
}

/// A transaction bundle for the demo patient from a lab's software: a result, a report with
/// its PDF, a vaccination, and a letter (optionally correcting an earlier one).
fn lab_bundle(tag: &str, birth: &str, replaces: Option<&str>) -> Value {
    use base64::Engine;
    let pdf = carnet_core::pdf::text_page(&format!("Courrier {tag}"), &["Texte.".to_string()]);
    let data = base64::engine::general_purpose::STANDARD.encode(pdf);
    let mut letter = json!({ "resourceType": "DocumentReference", "id": format!("{tag}-letter"), "status": "current",
        "type": { "coding": [{ "system": "http://loinc.org", "code": "11488-4", "display": "Courrier" }] },
        "subject": { "reference": "urn:uuid:p" }, "date": "2026-02-01T10:00:00+01:00", "author": [{ "reference": "urn:uuid:lab" }],
        "content": [{ "attachment": { "contentType": "application/pdf", "title": format!("Courrier {tag}"), "data": data } }] });
    if let Some(old) = replaces {
        letter["relatesTo"] =
            json!([{ "code": "replaces", "target": { "reference": format!("DocumentReference/{old}") } }]);
    }
    json!({ "resourceType": "Bundle", "type": "transaction", "entry": [
        { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "284037512345640" }],
            "name": [{ "family": "Martin" }], "birthDate": birth } },
        { "fullUrl": "urn:uuid:lab", "resource": { "resourceType": "Organization", "id": "lab", "name": "Labo Nord" } },
        { "fullUrl": format!("urn:uuid:{tag}-o"), "resource": { "resourceType": "Observation", "id": format!("{tag}-o"), "status": "final",
            "category": [{ "coding": [{ "code": "laboratory" }] }],
            "code": { "coding": [{ "system": "http://loinc.org", "code": "1988-5", "display": "CRP" }] },
            "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-02-01T08:00:00+01:00",
            "valueQuantity": { "value": 12.5, "unit": "mg/L" }, "referenceRange": [{ "high": { "value": 5 } }] } },
        { "fullUrl": format!("urn:uuid:{tag}-r"), "resource": { "resourceType": "DiagnosticReport", "id": format!("{tag}-r"), "status": "final",
            "code": { "coding": [{ "code": "11502-2", "display": "Bilan inflammatoire" }] }, "subject": { "reference": "urn:uuid:p" },
            "effectiveDateTime": "2026-02-01T08:00:00+01:00", "result": [{ "reference": format!("urn:uuid:{tag}-o") }],
            "text": { "div": "<div>CRP élevée &amp; à contrôler.</div>" } } },
        { "fullUrl": format!("urn:uuid:{tag}-i"), "resource": { "resourceType": "Immunization", "id": format!("{tag}-i"), "status": "completed",
            "vaccineCode": { "coding": [{ "system": "http://hl7.org/fhir/sid/cvx", "code": "140", "display": "Grippe" }] },
            "patient": { "reference": "urn:uuid:p" }, "occurrenceDateTime": "2025-10-20" } },
        { "fullUrl": format!("urn:uuid:{tag}-letter"), "resource": letter }
    ] })
}

async fn software_publishes_through_fhir_with_a_token(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let created = server.cli(&["token", "create", "--organisation", "Labo Nord"]).await;
    let secret = created.lines().find(|l| l.starts_with("carnet_")).expect("the token is printed").to_string();
    let token_id = created.split_whitespace().nth(1).unwrap().to_string();
    let client = reqwest::Client::new();
    let post = |token: Option<String>, body: Vec<u8>, language: &'static str, media: &'static str| {
        let mut request = client
            .post(server.url("/fhir/r4"))
            .header(header::CONTENT_TYPE, media)
            .header(header::ACCEPT_LANGUAGE, language)
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        async move {
            let response = request.send().await.unwrap();
            let status = response.status();
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/fhir+json");
            let answer: Value = response.json().await.unwrap();
            let text = match answer["resourceType"].as_str() {
                Some("OperationOutcome") => answer["issue"][0]["diagnostics"].as_str().unwrap().to_string(),
                // A stored transaction: each entry's status, in order.
                _ => {
                    assert_eq!((status, answer["type"].as_str()), (StatusCode::OK, Some("transaction-response")));
                    let statuses: Vec<&str> = answer["entry"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|e| e["response"]["status"].as_str().unwrap())
                        .collect();
                    statuses.join(", ")
                }
            };
            (status, text)
        }
    };
    let bundle = serde_json::to_vec(&lab_bundle("a", "1984-03-02", None)).unwrap();
    let fhir = "application/fhir+json";

    // A valid token: stored, the patient sees it and is told; sending it again adds nothing.
    let documents_before = count(&server, "documents").await;
    // The answer names each entry: the patient and the lab were there, the rest is created.
    let (status, text) = post(Some(secret.clone()), bundle.clone(), "fr", fhir).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(text, "200 OK, 201 Created, 201 Created, 201 Created, 201 Created, 201 Created");
    let (_, again) = post(Some(secret.clone()), bundle.clone(), "en", fhir).await;
    assert_eq!(again, "200 OK, 200 OK, 200 OK, 200 OK, 200 OK, 200 OK", "sending it again changes nothing");
    // A collection (an export, say) is answered with what was added.
    let mut collection = lab_bundle("g", "1984-03-02", None);
    collection["type"] = json!("collection");
    let (status, text) = post(Some(secret.clone()), serde_json::to_vec(&collection).unwrap(), "fr", fhir).await;
    assert_eq!(status, StatusCode::OK, "{text}");
    assert_eq!(text, "Enregistré : 1 résultats, 1 comptes rendus, 2 documents, 1 vaccinations ajoutés.");
    assert_eq!(count(&server, "documents").await, documents_before + 4, "each bundle's letter and report narrative");
    let (_, results) = patient.page("/results?q=crp").await;
    assert!(results.contains("12,5 mg/L") && results.contains("Élevé"));
    let (_, letters) = patient.page("/documents?kind=letter").await;
    assert!(letters.contains("Courrier a") && letters.contains("Labo Nord"));
    server.wait_for_mails("Du nouveau dans votre carnet", 1).await;

    // A correction names the letter it replaces: both stay, each says so.
    let correction = serde_json::to_vec(&lab_bundle("b", "1984-03-02", Some("a-letter"))).unwrap();
    assert_eq!(post(Some(secret.clone()), correction, "fr", fhir).await.0, StatusCode::OK);
    let (_, letters) = patient.page("/documents?kind=letter").await;
    assert!(letters.contains("Courrier b") && letters.contains("Courrier a"));
    assert_eq!(letters.matches("Remplacé par une version corrigée").count(), 1);
    let unknown_target = serde_json::to_vec(&lab_bundle("c", "1984-03-02", Some("nothing"))).unwrap();
    let (status, text) = post(Some(secret.clone()), unknown_target, "en", fhir).await;
    assert_eq!(
        (status, text.as_str()),
        (StatusCode::BAD_REQUEST, "The document this one corrects (relatesTo replaces) is not in this record.")
    );

    // Refusals, each localized and storing nothing.
    let stored = (count(&server, "results").await, count(&server, "documents").await);
    let (status, text) =
        post(Some(secret.clone()), serde_json::to_vec(&lab_bundle("d", "1984-03-03", None)).unwrap(), "en", fhir).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{text}");
    assert!(text.starts_with("No record matches this INS and birth date"));
    let mut dangling = lab_bundle("e", "1984-03-02", None);
    dangling["entry"][3]["resource"]["result"][0]["reference"] = json!("urn:uuid:nothing");
    let (status, text) = post(Some(secret.clone()), serde_json::to_vec(&dangling).unwrap(), "fr", fhir).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        text,
        "entrée 3 (DiagnosticReport) : la référence « urn:uuid:nothing » ne désigne rien d'utilisable dans ce Bundle"
    );
    let mut no_ins = lab_bundle("f", "1984-03-02", None);
    no_ins["entry"][0]["resource"]["identifier"] = json!([]);
    let (status, text) = post(Some(secret.clone()), serde_json::to_vec(&no_ins).unwrap(), "en", fhir).await;
    assert_eq!((status, text.as_str()), (StatusCode::BAD_REQUEST, "The patient must be named by INS and birth date."));
    let (status, _) = post(Some(secret.clone()), b"not json".to_vec(), "en", fhir).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, text) = post(Some(secret.clone()), bundle.clone(), "en", "text/plain").await;
    assert_eq!(
        (status, text.as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Send a FHIR Bundle as JSON (Content-Type: application/fhir+json).")
    );
    assert_eq!((count(&server, "results").await, count(&server, "documents").await), stored);

    // No token, a made-up token, then a revoked one: refused, nothing read.
    let (status, text) = post(None, bundle.clone(), "en", fhir).await;
    assert_eq!((status, text.as_str()), (StatusCode::UNAUTHORIZED, "API token missing, invalid or revoked."));
    let forged = format!("carnet_{}", "A".repeat(43));
    assert_eq!(post(Some(forged), bundle.clone(), "en", fhir).await.0, StatusCode::UNAUTHORIZED);
    server.cli(&["token", "revoke", &token_id]).await;
    assert_eq!(post(Some(secret.clone()), bundle.clone(), "en", fhir).await.0, StatusCode::UNAUTHORIZED);
    let listed = server.cli(&["token", "list"]).await;
    assert!(listed.contains(&token_id) && listed.contains("revoked") && !listed.contains(&secret));
    let revoke_again = server.cli_output(&["token", "revoke", &token_id]).await;
    assert!(!revoke_again.status.success());

    // The organisation's publications are audited as such.
    let by_organisation: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_kind = 'organisation' AND reason = 'organisation-token' AND decision = 'allow'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert!(by_organisation >= 3, "{by_organisation}");
    let stored_hash: String =
        sqlx::query_scalar("SELECT token_hash FROM api_tokens").fetch_one(&server.db).await.unwrap();
    assert!(!stored_hash.contains(&secret[7..]), "only the hash is stored");
    server.stop().await;
}

async fn home_counts_new_results_up_to_a_cap(backend: Backend) {
    let server = start(backend).await;
    let health_id = ins("1840575123456");
    let mut bundle = patient_bundle("Alpha", &health_id, "1984-05-01", 1.0);
    let entries = bundle["entry"].as_array_mut().unwrap();
    let template = entries[1].clone();
    for i in 0..150 {
        let mut observation = template.clone();
        observation["fullUrl"] = json!(format!("urn:uuid:many-{i}"));
        observation["resource"]["id"] = json!(format!("many-{i}"));
        observation["resource"]["effectiveDateTime"] = json!(format!("2020-01-01T08:{:02}:{:02}Z", i / 60, i % 60));
        entries.push(observation);
    }
    let file = write_bundle(&server, "many.json", &bundle);
    server.cli(&["import-fhir", &file]).await;
    let args = [
        "--role",
        "patient",
        "--name",
        "Test Alpha",
        "--email",
        "a@example.org",
        "--health-id",
        &health_id,
        "--birth-date",
        "1984-05-01",
    ];
    let (browser, _) = enrolled(&server, &server.invite_with(&args).await).await;
    let (_, home) = browser.page("/").await;
    assert!(home.contains("Plus de 99 nouveaux résultats"), "152 new glucose results, counted up to the cap");
    let (_, series) = browser.page("/results").await;
    assert!(series.contains("152 résultats"), "the test's own count is exact");
    server.stop().await;
}

/// A result without a reference range, then one with: both stored, on either database (sqlx's
/// `Any` driver once declared the first one's missing bound as a `float4` for PostgreSQL and
/// refused the second's; see `NULL_DOUBLE` in `core/src/record/results.rs`).
async fn a_result_without_range_then_one_with_range_both_import(backend: Backend) {
    let server = start(backend).await;
    let mut bundle = patient_bundle("Delta", &ins("1840575123456"), "1984-05-01", 1.3);
    bundle["entry"][1]["resource"].as_object_mut().unwrap().remove("referenceRange");
    let path = write_bundle(&server, "ranges.json", &bundle);
    let output = server.cli_output(&["import-fhir", &path]).await;
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let bounds: Vec<(Option<f64>, Option<f64>)> =
        sqlx::query_as("SELECT range_low, range_high FROM results ORDER BY effective_at")
            .fetch_all(&server.db)
            .await
            .unwrap();
    assert_eq!(bounds, [(None, None), (Some(0.7), Some(1.1))]);
    server.stop().await;
}
