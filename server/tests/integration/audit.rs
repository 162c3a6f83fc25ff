//! The audit log as an attacker with database access meets it: rows edited, deleted, inserted,
//! reordered, the chain recomputed, the tail cut, checkpoints forged — `carnet audit verify`
//! catches each and names the first bad position. And: an access whose audit row cannot be
//! written does not happen; the server signs checkpoints on its own.

use carnet_core::audit::chain::{StoredRow as Row, STORED_COLUMNS as COLUMNS};

use crate::harness::*;

crate::on_both_databases!(
    audit_verify_names_the_first_tampered_row,
    a_failed_audit_write_fails_the_access,
    the_server_signs_checkpoints_of_the_log,
    a_witnessed_checkpoint_catches_a_rewritten_tail,
);

/// Removes the protection as someone with the database's keys would.
async fn bypass_triggers(server: &TestServer, backend: &Backend) {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[
            "DROP TRIGGER audit_log_no_update",
            "DROP TRIGGER audit_log_no_delete",
            "DROP TRIGGER audit_checkpoints_no_update",
            "DROP TRIGGER audit_checkpoints_no_delete",
        ],
        Backend::Postgres(_) => {
            &["ALTER TABLE audit_log DISABLE TRIGGER USER", "ALTER TABLE audit_checkpoints DISABLE TRIGGER USER"]
        }
    };
    for sql in statements {
        sqlx::query(sql).execute(&server.db).await.unwrap();
    }
}

async fn all_rows(server: &TestServer) -> Vec<Row> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq")).fetch_all(&server.db).await.unwrap()
}

async fn put(server: &TestServer, row: &Row) {
    sqlx::query(&format!(
        "INSERT INTO audit_log ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    ))
    .bind(row.seq)
    .bind(row.at)
    .bind(&row.actor_kind)
    .bind(&row.actor_id)
    .bind(&row.actor_role)
    .bind(&row.on_behalf_of)
    .bind(&row.patient_id)
    .bind(&row.action)
    .bind(&row.target)
    .bind(&row.decision)
    .bind(&row.reason)
    .bind(&row.prev_hash)
    .bind(&row.hash)
    .execute(&server.db)
    .await
    .unwrap();
}

async fn remove(server: &TestServer, seq: i64) {
    sqlx::query("DELETE FROM audit_log WHERE seq = $1").bind(seq).execute(&server.db).await.unwrap();
}

async fn set_head(server: &TestServer, seq: i64, hash: &str) {
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(seq)
        .bind(hash)
        .execute(&server.db)
        .await
        .unwrap();
}

/// Rewrites the log as someone who knows the (public) hash format would: the decision of row
/// `seq` flipped, it and every later row rehashed so that the chain links again. Returns the
/// new last hash (for the head).
async fn rewrite_from(server: &TestServer, rows: &[Row], seq: i64) -> String {
    let mut prev = rows[(seq - 2) as usize].hash.clone();
    for row in rows.iter().filter(|r| r.seq >= seq) {
        let mut changed = row.clone();
        if row.seq == seq {
            changed.decision = if row.decision == "allow" { "deny".into() } else { "allow".into() };
        }
        changed.prev_hash = prev.clone();
        changed.hash = changed.hash_after(&prev);
        remove(server, row.seq).await;
        put(server, &changed).await;
        prev = changed.hash;
    }
    prev
}

/// `carnet audit verify`: Ok(stdout) when intact, Err(first bad position) otherwise.
async fn verify(server: &TestServer) -> Result<String, i64> {
    let output = server.cli_output(&["audit", "verify"]).await;
    let stdout = String::from_utf8(output.stdout).unwrap();
    if output.status.success() {
        assert!(stdout.contains("intact"), "{stdout}");
        return Ok(stdout);
    }
    let position = stdout
        .split("First bad position: ")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("verify names a position: {stdout}"));
    Err(position)
}

async fn audit_verify_names_the_first_tampered_row(backend: Backend) {
    let server = start(backend.clone()).await;
    let (patient, _) = demo_patient(&server).await;
    for path in ["/", "/results", "/documents", "/vaccinations", "/history"].repeat(2) {
        patient.get(path).await;
    }
    assert!(server.cli(&["audit", "checkpoint"]).await.starts_with("Signed a checkpoint at row"));
    for path in ["/results", "/documents", "/vaccinations", "/sharing"] {
        patient.get(path).await;
    }
    let intact = verify(&server).await.expect("an untouched log verifies");
    assert!(intact.contains("1 signed checkpoints"), "{intact}");
    bypass_triggers(&server, &backend).await;
    let rows = all_rows(&server).await;
    let checkpoint: i64 = sqlx::query_scalar("SELECT seq FROM audit_checkpoints").fetch_one(&server.db).await.unwrap();
    assert!(rows.len() > 12 && checkpoint > 6 && (checkpoint as usize) < rows.len());
    let (five, six) = (rows[4].clone(), rows[5].clone());

    // Edited: the decision turned around.
    let flipped = if five.decision == "allow" { "deny" } else { "allow" };
    sqlx::query("UPDATE audit_log SET decision = $1 WHERE seq = 5").bind(flipped).execute(&server.db).await.unwrap();
    assert_eq!(verify(&server).await, Err(5));
    sqlx::query("UPDATE audit_log SET decision = $1 WHERE seq = 5")
        .bind(&five.decision)
        .execute(&server.db)
        .await
        .unwrap();
    verify(&server).await.expect("restored");

    // Deleted.
    remove(&server, 5).await;
    assert_eq!(verify(&server).await, Err(5));
    put(&server, &five).await;
    verify(&server).await.expect("restored");

    // Reordered: rows 5 and 6 exchange places.
    remove(&server, 5).await;
    remove(&server, 6).await;
    put(&server, &Row { seq: 5, ..six.clone() }).await;
    put(&server, &Row { seq: 6, ..five.clone() }).await;
    assert_eq!(verify(&server).await, Err(5));
    remove(&server, 5).await;
    remove(&server, 6).await;
    put(&server, &five).await;
    put(&server, &six).await;
    verify(&server).await.expect("restored");

    // Inserted: a forged row in the middle (the rows after it moved down by one).
    let last = rows.last().unwrap().clone();
    for row in rows.iter().skip(6).rev() {
        remove(&server, row.seq).await;
        put(&server, &Row { seq: row.seq + 1, ..row.clone() }).await;
    }
    let mut forged = Row { seq: 7, reason: "consent".into(), prev_hash: six.hash.clone(), ..six.clone() };
    forged.hash = forged.hash_after(&six.hash);
    put(&server, &forged).await;
    set_head(&server, last.seq + 1, &last.hash).await;
    assert_eq!(verify(&server).await, Err(8), "row 8 no longer links to the row before it");
    remove(&server, 7).await;
    for row in rows.iter().skip(6) {
        remove(&server, row.seq + 1).await;
        put(&server, row).await;
    }
    set_head(&server, last.seq, &last.hash).await;
    verify(&server).await.expect("restored");

    // Inserted at the end with a made-up hash.
    put(&server, &Row { seq: last.seq + 1, prev_hash: last.hash.clone(), hash: "0".repeat(64), ..last.clone() }).await;
    assert_eq!(verify(&server).await, Err(last.seq + 1));
    remove(&server, last.seq + 1).await;
    verify(&server).await.expect("restored");

    // The tail cut back before the checkpoint, head and all: the signed checkpoint is past the end.
    for row in rows.iter().filter(|r| r.seq >= checkpoint) {
        remove(&server, row.seq).await;
    }
    let new_end = &rows[checkpoint as usize - 2];
    set_head(&server, new_end.seq, &new_end.hash).await;
    assert_eq!(verify(&server).await, Err(checkpoint));
    for row in rows.iter().filter(|r| r.seq >= checkpoint) {
        put(&server, row).await;
    }
    set_head(&server, last.seq, &last.hash).await;
    verify(&server).await.expect("restored");

    // Rewritten with every hash recomputed (the format is public): only the signed checkpoint
    // tells, at its position.
    let prev = rewrite_from(&server, &rows, 3).await;
    set_head(&server, last.seq, &prev).await;
    assert_eq!(verify(&server).await, Err(checkpoint));

    // A forged checkpoint signature is caught too.
    sqlx::query("UPDATE audit_checkpoints SET hash = $1").bind(&prev).execute(&server.db).await.unwrap();
    assert_eq!(verify(&server).await, Err(checkpoint), "its signature no longer verifies");
    server.stop().await;
}

async fn a_failed_audit_write_fails_the_access(backend: Backend) {
    let server = start(backend.clone()).await;
    let (patient, _) = demo_patient(&server).await;
    let (status, _) = patient.page("/results").await;
    assert_eq!(status, reqwest::StatusCode::OK);
    let professional: String =
        sqlx::query_scalar("SELECT account_id FROM professionals LIMIT 1").fetch_one(&server.db).await.unwrap();
    // The demo authorizes its professional; take it back to see whether a change goes through.
    sqlx::query("DELETE FROM consents").execute(&server.db).await.unwrap();
    let breaking: &[&str] = match backend {
        Backend::Sqlite => &[
            "CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END",
        ],
        Backend::Postgres(_) => &[
            "CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$",
            "CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_broken()",
        ],
    };
    for sql in breaking {
        sqlx::query(sql).execute(&server.db).await.unwrap();
    }
    // A read that cannot be audited is not served, nor any of the reads whose rows were to be
    // committed with it; a change that cannot be audited is not made.
    let reads = (0..8).map(|_| patient.page("/results"));
    for (status, page) in futures::future::join_all(reads).await {
        assert_eq!(status, reqwest::StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!page.contains("Glyc"), "no health data without its audit row");
    }
    let change =
        patient.post_form("/sharing/decide", &[("professional", &professional), ("change", "authorize")]).await;
    assert_eq!(change.status(), reqwest::StatusCode::INTERNAL_SERVER_ERROR);
    let consents: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consents").fetch_one(&server.db).await.unwrap();
    assert_eq!(consents, 0, "the change was rolled back with its audit row");
    sqlx::query("DROP TRIGGER audit_broken ON audit_log")
        .execute(&server.db)
        .await
        .or(sqlx::query("DROP TRIGGER audit_broken").execute(&server.db).await)
        .unwrap();
    let results_read = "SELECT COUNT(*) FROM audit_log WHERE action = 'read.results'";
    let before: i64 = sqlx::query_scalar(results_read).fetch_one(&server.db).await.unwrap();
    let reads = (0..8).map(|_| patient.page("/results"));
    for (status, _) in futures::future::join_all(reads).await {
        assert_eq!(status, reqwest::StatusCode::OK);
    }
    let after: i64 = sqlx::query_scalar(results_read).fetch_one(&server.db).await.unwrap();
    assert_eq!(after, before + 8, "each read that was served has its row");
    verify(&server).await.expect("nothing half-written");
    server.stop().await;
}

async fn the_server_signs_checkpoints_of_the_log(backend: Backend) {
    let server = start_with(backend, &[("CARNET_AUDIT_CHECKPOINT_SECONDS", "1")]).await;
    let (patient, _) = demo_patient(&server).await;
    patient.get("/results").await;
    let head: i64 = sqlx::query_scalar("SELECT seq FROM audit_head").fetch_one(&server.db).await.unwrap();
    let mut signed = 0;
    for _ in 0..50 {
        signed = sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(seq) FROM audit_checkpoints")
            .fetch_one(&server.db)
            .await
            .unwrap()
            .unwrap_or(0);
        if signed >= head {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(signed >= head, "a checkpoint covers the log within a few seconds ({signed} < {head})");
    verify(&server).await.expect("the server's checkpoints verify");
    // The append-only rule holds for checkpoints too.
    let refused = sqlx::query("DELETE FROM audit_checkpoints").execute(&server.db).await.unwrap_err().to_string();
    assert!(
        refused.contains("audit_checkpoints is append-only")
            || refused.contains("audit_checkpoints rows cannot be changed or deleted"),
        "refused by the trigger: {refused}"
    );
    if let Ok(truncated) =
        sqlx::query("TRUNCATE audit_checkpoints").execute(&server.db).await.map_err(|e| e.to_string())
    {
        // SQLite has no TRUNCATE; PostgreSQL's statement trigger refuses it.
        panic!("TRUNCATE audit_checkpoints was accepted: {truncated:?}");
    }
    server.stop().await;
}

/// Someone with the database's keys drops the triggers, rewrites the log (every hash
/// recomputed) or cuts its tail, deletes the checkpoints that would tell, and sets the head:
/// the log alone now verifies. A checkpoint exported earlier and kept outside the database
/// catches both, at its position; a witness file whose hash was edited is refused. The
/// checkpoints are signed by the audit key, which is not the sealing key.
async fn a_witnessed_checkpoint_catches_a_rewritten_tail(backend: Backend) {
    let server = start(backend.clone()).await;
    let (patient, _) = demo_patient(&server).await;
    for path in ["/", "/results", "/documents", "/vaccinations", "/history"] {
        patient.get(path).await;
    }
    let witness = server.data_dir.join("witness.json");
    let witness_arg = witness.to_str().unwrap();
    let exported = server.cli(&["audit", "checkpoint", "--export", witness_arg]).await;
    assert!(exported.contains("Wrote the checkpoint at row"), "{exported}");
    let witnessed: serde_json::Value = serde_json::from_slice(&std::fs::read(&witness).unwrap()).unwrap();
    let at = witnessed["seq"].as_i64().unwrap();
    // Signed by the audit key, a key of its own.
    let seal = std::fs::read_to_string(server.data_dir.join("seal.key")).unwrap();
    let audit = std::fs::read_to_string(server.data_dir.join("audit.key")).unwrap();
    assert_ne!(seal, audit);
    let key_ids: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT key_id FROM audit_checkpoints").fetch_all(&server.db).await.unwrap();
    assert_eq!(key_ids, [witnessed["key_id"].as_str().unwrap().to_string()]);
    let sealed_with: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT seal_key_id FROM documents").fetch_all(&server.db).await.unwrap();
    assert!(!sealed_with.contains(&key_ids[0]), "the sealing key signs documents, not the log");
    for path in ["/results", "/sharing"] {
        patient.get(path).await;
    }
    let with_witness = |file: &std::path::Path| {
        let file = file.to_str().unwrap().to_string();
        let server = &server;
        async move {
            let output = server.cli_output(&["audit", "verify", "--witness", &file]).await;
            (output.status.success(), String::from_utf8(output.stdout).unwrap())
        }
    };
    let (ok, said) = with_witness(&witness).await;
    assert!(ok && said.contains("It extends each of the 1 witnessed checkpoints"), "{said}");

    // The rewrite: row 2 on, every hash recomputed, the checkpoints gone, the head set.
    bypass_triggers(&server, &backend).await;
    let rows = all_rows(&server).await;
    let last = rows.last().unwrap().clone();
    let prev = rewrite_from(&server, &rows, 2).await;
    sqlx::query("DELETE FROM audit_checkpoints").execute(&server.db).await.unwrap();
    set_head(&server, last.seq, &prev).await;
    verify(&server).await.expect("without its checkpoints, the rewritten log alone verifies");
    let (ok, said) = with_witness(&witness).await;
    assert!(!ok && said.contains(&format!("First bad position: {at}.")) && said.contains("witnessed"), "{said}");

    // The tail cut before the witnessed row (checkpoints gone, head set): caught too.
    for row in rows.iter().filter(|r| r.seq >= at) {
        remove(&server, row.seq).await;
    }
    let before_cut: (i64, String) = sqlx::query_as("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        .fetch_one(&server.db)
        .await
        .unwrap();
    set_head(&server, before_cut.0, &before_cut.1).await;
    verify(&server).await.expect("the cut log alone verifies");
    let (ok, said) = with_witness(&witness).await;
    assert!(!ok && said.contains("past the end of the log"), "{said}");

    // A witness whose hash was edited to match is not the audit key's.
    let mut forged = witnessed.clone();
    forged["hash"] = serde_json::json!(before_cut.1);
    forged["seq"] = serde_json::json!(before_cut.0);
    let forged_file = server.data_dir.join("forged.json");
    std::fs::write(&forged_file, serde_json::to_vec(&forged).unwrap()).unwrap();
    let (ok, said) = with_witness(&forged_file).await;
    assert!(!ok && said.contains("not signed by this server's audit key"), "{said}");
    server.stop().await;
}
