//! The `carnet` subcommands operators use.

use serde_json::Value;

use crate::harness::*;

crate::on_both_databases!(
    demo_accounts_are_idempotent_with_fresh_links,
    invite_refuses_bad_input,
    import_never_merges_two_people,
);

async fn demo_accounts_are_idempotent_with_fresh_links(backend: Backend) {
    let server = start(backend).await;
    let first: Value = serde_json::from_str(&server.cli(&["demo", "--json"]).await).unwrap();
    let second: Value = serde_json::from_str(&server.cli(&["demo", "--json"]).await).unwrap();
    let roles: Vec<&str> = first.as_array().unwrap().iter().map(|a| a["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["patient", "professional", "staff", "staff-colleague", "caregiver"]);
    for (a, b) in first.as_array().unwrap().iter().zip(second.as_array().unwrap()) {
        assert_eq!(a["email"], b["email"]);
        assert_eq!(a["name"], b["name"]);
        assert_ne!(a["enrol_url"], b["enrol_url"], "each run prints a fresh link");
        assert!(a["enrol_url"].as_str().unwrap().starts_with(server.base.as_str().trim_end_matches('/')));
    }
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts").fetch_one(&server.db).await.unwrap();
    assert_eq!(accounts, 5);
    // The record is seeded once: run again (a moment later, so its dates, counted back from
    // now, differ), it corrects nothing.
    let count = |sql: &'static str| {
        let db = server.db.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&db).await.unwrap() }
    };
    assert!(count("SELECT COUNT(*) FROM results").await > 0, "the first run seeded the record");
    assert_eq!(count("SELECT COUNT(*) FROM result_versions").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM results WHERE corrected_at IS NOT NULL").await, 0);
    // The link works.
    let link = second[0]["enrol_url"].as_str().unwrap();
    let (status, page) =
        Browser::new(&server).page(link.strip_prefix(server.base.as_str().trim_end_matches('/')).unwrap()).await;
    assert_eq!(status, reqwest::StatusCode::OK);
    assert!(page.contains("Camille Martin"));
    server.stop().await;
}

async fn invite_refuses_bad_input(backend: Backend) {
    let server = start(backend).await;
    server.invite("professional", "Karim Benali", "karim@example.org").await;
    for args in [
        ["invite", "--role", "wizard", "--name", "X", "--email", "x@example.org"],
        ["invite", "--role", "patient", "--name", " ", "--email", "x@example.org"],
        ["invite", "--role", "patient", "--name", "X", "--email", "not-an-email"],
        ["invite", "--role", "patient", "--name", "X", "--email", "KARIM@example.org"],
    ] {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_carnet"))
            .args(args)
            .env("CARNET_DATA_DIR", &server.data_dir)
            .env("CARNET_DATABASE_URL", &server.database_url)
            .output()
            .await
            .unwrap();
        assert!(!output.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("carnet: ") && !stderr.contains("panicked"), "{stderr}");
    }
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts").fetch_one(&server.db).await.unwrap();
    assert_eq!(accounts, 1);
    server.stop().await;
}

/// `carnet import-fhir` meets a bundle whose patient has a record's identifier but not its INS,
/// birth date or family name: the file is refused naming the trait, nothing of it is stored,
/// and the record is as it was. The same person (family name in other case and accents) is
/// recognised.
async fn import_never_merges_two_people(backend: Backend) {
    let server = start(backend).await;
    let bundle = |ins: &str, birth: &str, family: &str| {
        serde_json::json!({ "resourceType": "Bundle", "type": "collection", "entry": [
            { "fullUrl": "urn:uuid:p", "resource": { "resourceType": "Patient", "id": "p",
                "identifier": [{ "system": "https://example.org/mrn", "value": "MRN-42" },
                               { "system": "urn:oid:1.2.250.1.213.1.4.8", "value": ins }],
                "name": [{ "family": family, "given": ["Alix"] }], "birthDate": birth } },
            { "fullUrl": "urn:uuid:o", "resource": { "resourceType": "Observation", "id": format!("o-{ins}-{birth}-{family}"),
                "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
                "code": { "coding": [{ "system": "http://loinc.org", "code": "2823-3", "display": "Potassium" }] },
                "subject": { "reference": "urn:uuid:p" }, "effectiveDateTime": "2026-11-30T08:00:00+01:00",
                "valueQuantity": { "value": 4.2, "unit": "mmol/L" } } }
        ] })
    };
    let import = |name: &str, ins: &str, birth: &str, family: &str| {
        let file = server.data_dir.join(name);
        std::fs::write(&file, serde_json::to_vec(&bundle(ins, birth, family)).unwrap()).unwrap();
        let server = &server;
        async move { server.cli_output(&["import-fhir", file.to_str().unwrap()]).await }
    };
    let state = || async {
        let patients: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM patients").fetch_one(&server.db).await.unwrap();
        let results: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM results").fetch_one(&server.db).await.unwrap();
        let identifiers: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM patient_identifiers").fetch_one(&server.db).await.unwrap();
        (patients, results, identifiers)
    };
    assert!(import("first.json", "280047512345658", "1980-04-02", "Durand").await.status.success());
    let before = state().await;
    assert_eq!(before, (1, 1, 2));

    for (file, ins, birth, family, trait_named) in [
        ("ins.json", "179037512345743", "1980-04-02", "Durand", "INS"),
        ("birth.json", "280047512345658", "1980-04-03", "Durand", "birth date"),
        ("family.json", "280047512345658", "1980-04-02", "Dupont", "family name"),
    ] {
        let output = import(file, ins, birth, family).await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!output.status.success(), "{stdout}");
        let line = stdout.lines().find(|l| l.starts_with(&*server.data_dir.join(file).to_string_lossy())).unwrap();
        assert!(line.contains("refused, nothing imported") && line.contains(trait_named), "{line}");
        assert_eq!(state().await, before, "{file}: nothing merged, nothing stored");
    }
    // The same person, written another way: recognised, the new result added to her record.
    assert!(import("again.json", "280047512345658", "1980-04-02", "DURAND").await.status.success());
    assert_eq!(state().await, (1, 2, 2));
    server.stop().await;
}
