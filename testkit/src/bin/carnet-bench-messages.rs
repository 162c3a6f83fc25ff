//! Messages benchmark: starts a release `carnet serve` with a fresh database and gives one
//! professional 10,000 conversations (one per patient who authorized them) and one thread of
//! 1,000 messages, another professional 10 conversations of 10 messages; the rows are written
//! in bulk with the shape `messaging` writes them. Then `wrk` reads both inboxes (first page,
//! a page deep in the list, a subject search) and both threads (newest page, oldest page), as
//! the professionals, signed in with a software passkey. Pages hold 50 rows found by index, so
//! their time should not grow with the inbox: the figures go to
//! `docs/benchmarks/messages-{sqlite,postgres}.md`. Run it with `cargo xtask bench --messages
//! [--postgres]`.
//!
//! Usage: carnet-bench-messages [--postgres] [--seconds N] [--connections N]

use carnet_testkit::bench::{self, Load};
use carnet_testkit::{enrol, workspace_root, Browser, Device, TestServer};

const BIG_INBOX: usize = 10_000;
const BIG_THREAD: usize = 1_000;
const SMALL: usize = 10;

#[tokio::main]
async fn main() {
    let options = bench::Options::from_args().await;
    let binary = workspace_root().join("target/release/carnet");
    let server = TestServer::start(&binary, options.backend.clone(), &[("CARNET_LOG", "error")]).await;
    let (busy, busy_cookie) = professional(&server, "Dr Busy", "busy@example.org").await;
    let (small, small_cookie) = professional(&server, "Dr Small", "small@example.org").await;

    let started = std::time::Instant::now();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    let mut tx = server.db.begin().await.unwrap();
    // Each patient authorized the professional and has one conversation with them, of one
    // message; the first patient's conversation is the long thread.
    for (professional, patients, prefix, kind) in [(&busy, BIG_INBOX, "busy", 1), (&small, SMALL, "small", 2)] {
        for n in 0..patients {
            let patient = format!("{prefix}-patient-{n:05}");
            let at = now - (patients - n) as i64 * 60_000;
            sqlx::query(
                "INSERT INTO patients (id, family_name, given_names, birth_date, created_at) VALUES ($1, $2, 'Test', '1980-01-01', $3)",
            )
            .bind(&patient)
            .bind(format!("Patient{n}"))
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO consents (patient_id, professional_id, status, changed_at) VALUES ($1, $2, 'authorized', $3)",
            )
            .bind(&patient)
            .bind(professional)
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
            let conversation = id(kind, 0, n);
            let messages = match n {
                0 if prefix == "busy" => BIG_THREAD,
                _ if prefix == "small" => SMALL,
                _ => 1,
            };
            sqlx::query(
                "INSERT INTO conversations (id, patient_id, professional_id, subject, started_by, started_at, \
                 last_message_at, care_unread) VALUES ($1, $2, $3, $4, $3, $5, $6, 1)",
            )
            .bind(&conversation)
            .bind(&patient)
            .bind(professional)
            .bind(format!("Question {n} sur un résultat"))
            .bind(at - messages as i64 * 1_000)
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
            for m in 0..messages {
                sqlx::query(
                    "INSERT INTO messages (id, conversation_id, side, author_id, author_name, body, sent_at) \
                     VALUES ($1, $2, 'care', $3, 'Dr', $4, $5)",
                )
                .bind(id(kind, m + 1, n))
                .bind(&conversation)
                .bind(professional)
                .bind("Bonjour,\nvoici la réponse à votre question. Bien cordialement.")
                .bind(at - (messages - m) as i64 * 1_000)
                .execute(&mut *tx)
                .await
                .unwrap();
            }
        }
    }
    tx.commit().await.unwrap();
    if matches!(options.backend, carnet_testkit::Backend::Postgres(_)) {
        sqlx::query("ANALYZE").execute(&server.db).await.unwrap();
    }
    let fill_seconds = started.elapsed().as_secs_f64();

    // A page deep in the big inbox: the 5,000th conversation's cursor, as the "older" link makes.
    let (deep_at, deep_id): (i64, String) = sqlx::query_as(
        "SELECT last_message_at, id FROM conversations WHERE professional_id = $1 \
         ORDER BY last_message_at DESC, id DESC LIMIT 1 OFFSET 5000",
    )
    .bind(&busy)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let (oldest_at, oldest_id): (i64, String) = sqlx::query_as(
        "SELECT sent_at, id FROM messages WHERE conversation_id = $1 ORDER BY sent_at, id LIMIT 1 OFFSET 50",
    )
    .bind(id(1, 0, 0))
    .fetch_one(&server.db)
    .await
    .unwrap();
    let deep = format!("/messages?inbox_before={deep_at}.{deep_id}");
    let oldest = format!("/messages/{}?before={oldest_at}.{oldest_id}", id(1, 0, 0));

    let cookie = |c: &String| Some(format!("Cookie: {c}"));
    let pages = [
        ("Inbox, 10 conversations", "/messages".to_string(), cookie(&small_cookie)),
        ("Inbox, 10,000 conversations", "/messages".to_string(), cookie(&busy_cookie)),
        ("Inbox, 10,000 conversations, 100th page", deep, cookie(&busy_cookie)),
        (
            "Inbox, 10,000 conversations, subject search",
            "/messages?q=question%209999".to_string(),
            cookie(&busy_cookie),
        ),
        ("Thread, 10 messages", format!("/messages/{}", id(2, 0, 0)), cookie(&small_cookie)),
        ("Thread, 1,000 messages, newest page", format!("/messages/{}", id(1, 0, 0)), cookie(&busy_cookie)),
        ("Thread, 1,000 messages, oldest page", oldest, cookie(&busy_cookie)),
    ];
    let mut tables = Vec::new();
    for (threads, connections) in [("1", "1".to_string()), ("2", options.connections.clone())] {
        let load = Load { threads, connections: &connections, seconds: &options.seconds, script: None };
        let runs: Vec<bench::Run> = pages
            .iter()
            .map(|(name, path, header)| bench::wrk(name, &server.url(path), header.as_deref(), &load))
            .collect();
        tables.push((threads, connections, runs));
    }
    server.stop().await;

    let backend_name = options.backend_name;
    let machine = bench::machine();
    let seconds = &options.seconds;
    let mut report = format!(
        "# Messages benchmark ({backend_name})\n\n\
         Generated by `cargo xtask bench --messages` (`testkit/src/bin/carnet-bench-messages.rs`): release \
         build, fresh {backend_name} database. One professional has {BIG_INBOX} conversations (one per \
         patient, each of whom authorized them) and one thread of {BIG_THREAD} messages; another has {SMALL} \
         conversations of {SMALL} messages (rows written in bulk, {fill_seconds:.0} s, with the shape the \
         portal writes). `wrk` for {seconds} s per row, on the same machine as the server ({machine}). \
         Inbox pages list 50 conversations of the records the professional may read (the policy's rule in \
         SQL); a thread page is an audited read of 50 messages. Pages are found by index from a cursor, \
         so the time of a page should not depend on how many rows are behind it.\n"
    );
    for (threads, connections, runs) in &tables {
        report.push_str(&format!("\n## `wrk --threads {threads} --connections {connections}`\n\n"));
        report.push_str(&bench::table(runs));
    }
    options.write_report("messages", &report);
}

/// A UUID-shaped id (as the portal's, which the pages' cursors expect): of the `kind`th
/// professional's `n`th conversation (`m` = 0) or its `m`th message.
fn id(kind: usize, m: usize, n: usize) -> String {
    format!("{kind:08x}-{m:04x}-4000-8000-{n:012x}")
}

/// Invites a professional, enrols a software passkey; their account id and session cookie.
async fn professional(server: &TestServer, name: &str, email: &str) -> (String, String) {
    let token = server.invite("professional", name, email).await;
    let browser = Browser::new(server);
    let done = enrol(server, &browser, &mut Device::new(), &token).await;
    let cookie = bench::session_cookie(&done);
    let id =
        sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(&server.db).await.unwrap();
    (id, cookie)
}
