//! HTTP load benchmark: starts a release `carnet serve` with a fresh database, fills it through
//! `carnet import-fhir` with many ordinary patients and one with ten years of results (10,000),
//! gives that patient's record 100,000 audit rows by two professionals (through the real chain),
//! signs both patients in with a software passkey, then runs `wrk` against `/healthz`, Home,
//! Results and "who saw my record" for each; measures in-process what the audit row adds to a
//! record read, and how long `carnet audit verify` takes. The figures go to
//! `docs/benchmarks/http-{sqlite,postgres}.md`. Run it with `cargo xtask bench [--postgres]`.
//!
//! Usage: carnet-bench [--postgres] [--seconds N] [--connections N] [--patients N]

use carnet_core::access;
use carnet_core::accounts::Role;
use carnet_core::audit::chain::{append, Entry};
use carnet_core::db::Db;
use carnet_core::policy::{Actor, ReadAction, Subject};
use carnet_core::record::results;
use carnet_testkit::bench::{self, Load};
use carnet_testkit::{enrol, workspace_root, Browser, Device, TestServer};
use serde_json::{json, Value};

/// Audit rows on the heavy patient's record (reads by one professional, refusals of another).
const HEAVY_AUDIT_ROWS: usize = 100_000;

/// Iterations of each in-process measurement of the audit's cost.
const AUDIT_COST_ROUNDS: usize = 2_000;

/// Results of the heavy patient: ten years of 25 tests, 400 times.
const HEAVY_RESULTS: usize = 10_000;
const TESTS: [(&str, &str, f64, f64); 25] = [
    ("1558-6", "Glycémie à jeun", 0.7, 1.1),
    ("4548-4", "HbA1c", 4.0, 6.0),
    ("2093-3", "Cholestérol total", 1.5, 2.0),
    ("13457-7", "LDL", 0.5, 1.6),
    ("2085-9", "HDL", 0.4, 0.9),
    ("2571-8", "Triglycérides", 0.5, 1.5),
    ("2160-0", "Créatinine", 5.7, 11.1),
    ("718-7", "Hémoglobine", 12.0, 16.0),
    ("6690-2", "Leucocytes", 4.0, 10.0),
    ("777-3", "Plaquettes", 150.0, 400.0),
    ("3016-3", "TSH", 0.4, 4.0),
    ("2276-4", "Ferritine", 15.0, 150.0),
    ("1988-5", "CRP", 0.0, 5.0),
    ("2951-2", "Sodium", 136.0, 145.0),
    ("2823-3", "Potassium", 3.5, 5.1),
    ("2075-0", "Chlore", 98.0, 107.0),
    ("17861-6", "Calcium", 2.2, 2.6),
    ("1742-6", "ALAT", 7.0, 40.0),
    ("1920-8", "ASAT", 8.0, 40.0),
    ("2324-2", "Gamma-GT", 8.0, 61.0),
    ("6768-6", "Phosphatases alcalines", 40.0, 130.0),
    ("1975-2", "Bilirubine", 3.0, 21.0),
    ("3094-0", "Urée", 2.5, 7.5),
    ("2345-7", "Glucose", 0.7, 1.1),
    ("789-8", "Hématies", 4.2, 5.9),
];

#[tokio::main]
async fn main() {
    let options = bench::Options::from_args().await;
    let (seconds, connections, backend_name) =
        (options.seconds.clone(), options.connections.clone(), options.backend_name);
    let backend = options.backend.clone();
    let patients: usize = options.flag("--patients").and_then(|n| n.parse().ok()).unwrap_or(2_000);
    let binary = workspace_root().join("target/release/carnet");
    let server = TestServer::start(&binary, backend, &[("CARNET_LOG", "error")]).await;

    // The data, through the real import: ordinary patients in bundles of 500, then the heavy one.
    let started = std::time::Instant::now();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    let mut files = Vec::new();
    for (batch, first) in (0..patients).step_by(500).enumerate() {
        let bundle = ordinary_patients(first, (first + 500).min(patients), now);
        let path = server.data_dir.join(format!("ordinary-{batch}.json"));
        std::fs::write(&path, serde_json::to_vec(&bundle).unwrap()).unwrap();
        files.push(path.display().to_string());
    }
    let heavy_path = server.data_dir.join("heavy.json");
    std::fs::write(&heavy_path, serde_json::to_vec(&heavy_patient(now)).unwrap()).unwrap();
    files.push(heavy_path.display().to_string());
    let mut args = vec!["import-fhir"];
    args.extend(files.iter().map(String::as_str));
    server.cli(&args).await;
    let fill_seconds = started.elapsed().as_secs_f64();
    let total_results: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM results").fetch_one(&server.db).await.unwrap();
    let heavy_count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM results r JOIN patient_identifiers i ON i.patient_id = r.patient_id WHERE i.value = $1",
    )
    .bind(ins(9_999_999))
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(heavy_count as usize, HEAVY_RESULTS);

    // Both patients sign in: the session cookie each browser got at enrolment.
    let heavy = signed_in(&server, "Heavy Patient", "heavy@example.org", &ins(9_999_999)).await;
    let ordinary = signed_in(&server, "Ordinary Patient", "ordinary@example.org", &ins(0)).await;

    // The heavy record's history: 100,000 rows by two professionals, appended through the chain.
    let db = Db::connect(&server.database_url).await.expect("opening the benchmark's database");
    let heavy_record: String = sqlx::query_scalar("SELECT patient_id FROM patient_identifiers WHERE value = $1")
        .bind(ins(9_999_999))
        .fetch_one(&server.db)
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let reader = professional(&server, "Dr Reader", "reader@example.org").await;
    let prober = professional(&server, "Dr Prober", "prober@example.org").await;
    fill_audit(&db, &heavy_record, &reader, &prober).await;
    let audit_fill_seconds = started.elapsed().as_secs_f64();
    // Fresh statistics after the bulk fill, as autovacuum would gather on a database that grew
    // over years (SQLite plans without them).
    if matches!(db.backend(), carnet_core::db::Backend::Postgres) {
        sqlx::query("ANALYZE").execute(&server.db).await.unwrap();
    }
    let started = std::time::Instant::now();
    let verified = server.cli(&["audit", "verify"]).await;
    let verify_seconds = started.elapsed().as_secs_f64();
    let audit_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(&server.db).await.unwrap();
    assert!(verified.contains("intact"), "{verified}");
    let heavy_account: String = sqlx::query_scalar("SELECT id FROM accounts WHERE email = 'heavy@example.org'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let costs = audit_cost(&db, &heavy_account).await;
    let who_reader = format!("/history?who={reader}");

    let cookie = |c: &String| Some(format!("Cookie: {c}"));
    let pages = [
        ("liveness probe", "/healthz", None),
        ("Home, ordinary patient (10 results)", "/", cookie(&ordinary)),
        ("Home, heavy patient (10,000 results)", "/", cookie(&heavy)),
        ("Results, ordinary patient", "/results", cookie(&ordinary)),
        ("Results, heavy patient", "/results", cookie(&heavy)),
        ("Who saw my record, ordinary patient", "/history", cookie(&ordinary)),
        ("Who saw my record, heavy patient (100,000 rows)", "/history", cookie(&heavy)),
        ("Who saw my record, heavy patient, one person's", who_reader.as_str(), cookie(&heavy)),
    ];
    // Once with one connection (what one request costs), once with many (what the server holds).
    let mut tables = Vec::new();
    for (threads, connections) in [("1", "1".to_string()), ("2", connections.clone())] {
        let load = Load { threads, connections: &connections, seconds: &seconds, script: None };
        let runs: Vec<bench::Run> = pages
            .iter()
            .map(|(name, path, header)| bench::wrk(name, &server.url(path), header.as_deref(), &load))
            .collect();
        tables.push((threads, connections, runs));
    }
    server.stop().await;

    let machine = bench::machine();
    let mut report = format!(
        "# HTTP benchmark ({backend_name})\n\n\
         Generated by `cargo xtask bench` (`testkit/src/bin/carnet-bench.rs`): release build, fresh \
         {backend_name} database filled through `carnet import-fhir` with {patients} ordinary patients \
         (10 results each) and one patient with {HEAVY_RESULTS} results over ten years \
         ({total_results} results in all; the import took {fill_seconds:.0} s). `wrk` for {seconds} s per \
         row, on the same machine as the server ({machine}), so client and server share the \
         CPU. Every page request reads the record through the policy in a snapshot; its audit row is \
         committed by the node's group commit before the page is sent. The heavy patient is measured on a first visit, the worst case for \
         \"new since your last visit\".\n"
    );
    for (threads, connections, runs) in &tables {
        report.push_str(&format!("\n## `wrk --threads {threads} --connections {connections}`\n\n"));
        report.push_str(&bench::table(runs));
    }
    report.push_str(&format!(
        "\n## The audit log\n\n\
         The heavy record holds {HEAVY_AUDIT_ROWS} audit rows by two professionals (appended through the \
         chain in {audit_fill_seconds:.0} s); the log holds {audit_rows} rows in all. `carnet audit verify` \
         recomputed the whole chain in {verify_seconds:.1} s.\n\n\
         What the audit row adds to a record read, measured in-process against the same database \
         ({AUDIT_COST_ROUNDS} rounds each, one after another, while the server idles):\n\n\
         | step | p50 | p90 |\n|---|---|---|\n\
         | the Results page's data for the heavy patient, audited (policy decision, read, audit row, commit) | {} | {} |\n\
         | the audit row alone (begin, append, durable commit) | {} | {} |\n\
         | an empty write transaction (begin, commit) | {} | {} |\n",
        costs[0].0, costs[0].1, costs[1].0, costs[1].1, costs[2].0, costs[2].1
    ));
    options.write_report("http", &report);
}

/// A valid INS (key computed) for patient number `n`.
fn ins(n: u64) -> String {
    let body = 1_800_175_000_000 + n;
    format!("{body}{:02}", 97 - body % 97)
}

fn patient_entry(n: u64) -> Value {
    json!({ "fullUrl": format!("urn:uuid:patient-{n}"), "resource": { "resourceType": "Patient", "id": format!("patient-{n}"),
        "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": ins(n) }],
        "name": [{ "family": format!("Patient{n}"), "given": ["Test"] }], "birthDate": "1980-01-01" } })
}

fn observation(n: u64, i: usize, test: (&str, &str, f64, f64), at_ms: i64) -> Value {
    let (code, name, low, high) = test;
    // Mostly in range, now and then out of it.
    let value = low + (high - low) * (((i * 37 + n as usize * 11) % 120) as f64 / 100.0);
    let at = jiff::Timestamp::from_millisecond(at_ms).unwrap().to_string();
    json!({ "fullUrl": format!("urn:uuid:obs-{n}-{i}"), "resource": { "resourceType": "Observation", "id": format!("obs-{n}-{i}"),
        "status": "final", "category": [{ "coding": [{ "code": "laboratory" }] }],
        "code": { "coding": [{ "system": "http://loinc.org", "code": code, "display": name }] },
        "subject": { "reference": format!("urn:uuid:patient-{n}") }, "effectiveDateTime": at,
        "valueQuantity": { "value": (value * 100.0).round() / 100.0, "unit": "u" },
        "referenceRange": [{ "low": { "value": low }, "high": { "value": high } }] } })
}

/// Patients `first..last`, 10 results each (the first patient is the ordinary one measured).
fn ordinary_patients(first: usize, last: usize, now: i64) -> Value {
    let mut entries = Vec::new();
    for n in first as u64..last as u64 {
        entries.push(patient_entry(n));
        for i in 0..10 {
            entries.push(observation(n, i, TESTS[i % TESTS.len()], now - (i as i64 + 1) * 86_400_000 * 30));
        }
    }
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

/// One patient with ten years of results.
fn heavy_patient(now: i64) -> Value {
    let n = 9_999_999;
    let mut entries = vec![patient_entry(n)];
    let ten_years = 3_650 * 86_400_000i64;
    for i in 0..HEAVY_RESULTS {
        let visit = (i / TESTS.len()) as i64;
        let at = now - ten_years + visit * (ten_years / (HEAVY_RESULTS / TESTS.len()) as i64);
        entries.push(observation(n, i, TESTS[i % TESTS.len()], at));
    }
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

/// Invites a patient onto the record with this INS, enrols a software passkey and returns the
/// session cookie.
async fn signed_in(server: &TestServer, name: &str, email: &str, ins: &str) -> String {
    let args =
        ["--role", "patient", "--name", name, "--email", email, "--health-id", ins, "--birth-date", "1980-01-01"];
    let token = server.invite_with(&args).await;
    let browser = Browser::new(server);
    let done = enrol(server, &browser, &mut Device::new(), &token).await;
    let cookie = bench::session_cookie(&done);
    let (_, results) = browser.page("/results").await;
    assert!(results.contains("Glycémie à jeun"), "the benchmark must measure a record's pages");
    cookie
}

/// Invites a professional (no passkey needed: the benchmark writes their audit rows itself)
/// and returns their account id.
async fn professional(server: &TestServer, name: &str, email: &str) -> String {
    server.invite("professional", name, email).await;
    sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(&server.db).await.unwrap()
}

/// Appends the heavy record's history: nine reads by `reader` for each refusal of `prober`,
/// 1,000 rows per transaction.
async fn fill_audit(db: &Db, patient_id: &str, reader: &str, prober: &str) {
    for batch in 0..HEAVY_AUDIT_ROWS / 1_000 {
        let mut tx = db.begin().await.unwrap();
        for i in 0..1_000 {
            let allowed = (batch * 1_000 + i) % 10 != 0;
            let entry = Entry {
                actor_kind: "account",
                actor_id: if allowed { reader } else { prober },
                actor_role: "professional",
                on_behalf_of: None,
                patient_id: Some(patient_id),
                action: if i % 2 == 0 { "read.results" } else { "read.document" },
                target: None,
                allowed,
                reason: if allowed { "consent" } else { "no-consent" },
            };
            append(&mut tx, &entry).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
}

/// p50 and p90 of three steps: an audited read of the Results page's data, the audit row
/// alone, and an empty write transaction.
async fn audit_cost(db: &Db, account_id: &str) -> Vec<(String, String)> {
    let actor = Actor::Person { account_id: account_id.to_string(), roles: vec![Role::Patient], acting_for: None };
    let mut timings = vec![Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..AUDIT_COST_ROUNDS {
        let started = std::time::Instant::now();
        let mut access = access::open_read(db, &actor, Subject::OwnRecord, ReadAction::Results).await.unwrap();
        let series = results::series(&mut access, &results::NameSearch::default()).await.unwrap();
        access.commit().await.unwrap();
        assert!(!series.is_empty());
        timings[0].push(started.elapsed());

        let started = std::time::Instant::now();
        let mut tx = db.begin().await.unwrap();
        let entry = Entry {
            actor_kind: "account",
            actor_id: account_id,
            actor_role: "patient",
            on_behalf_of: None,
            patient_id: None,
            action: "read.results",
            target: None,
            allowed: true,
            reason: "owner",
        };
        append(&mut tx, &entry).await.unwrap();
        tx.commit().await.unwrap();
        timings[1].push(started.elapsed());

        let started = std::time::Instant::now();
        db.begin().await.unwrap().commit().await.unwrap();
        timings[2].push(started.elapsed());
    }
    timings
        .into_iter()
        .map(|mut t| {
            t.sort();
            let at =
                |q: f64| format!("{:.2}ms", t[((t.len() as f64 * q) as usize).min(t.len() - 1)].as_secs_f64() * 1e3);
            (at(0.5), at(0.9))
        })
        .collect()
}
