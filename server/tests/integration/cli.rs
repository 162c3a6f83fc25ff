//! The `carnet` subcommands operators use.

use serde_json::Value;

use crate::harness::*;

crate::on_both_databases!(demo_accounts_are_idempotent_with_fresh_links, invite_refuses_bad_input);

async fn demo_accounts_are_idempotent_with_fresh_links(backend: Backend) {
    let server = start(backend).await;
    let first: Value = serde_json::from_str(&server.cli(&["demo", "--json"]).await).unwrap();
    let second: Value = serde_json::from_str(&server.cli(&["demo", "--json"]).await).unwrap();
    let roles: Vec<&str> = first.as_array().unwrap().iter().map(|a| a["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["patient", "professional", "staff", "caregiver"]);
    for (a, b) in first.as_array().unwrap().iter().zip(second.as_array().unwrap()) {
        assert_eq!(a["email"], b["email"]);
        assert_eq!(a["name"], b["name"]);
        assert_ne!(a["enrol_url"], b["enrol_url"], "each run prints a fresh link");
        assert!(a["enrol_url"].as_str().unwrap().starts_with(server.base.as_str().trim_end_matches('/')));
    }
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts").fetch_one(&server.db).await.unwrap();
    assert_eq!(accounts, 4);
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
