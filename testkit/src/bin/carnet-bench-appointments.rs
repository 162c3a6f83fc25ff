//! Appointments benchmark: starts a release `carnet serve` with a fresh database, gives it 1,000
//! professionals (14 specialties, 20 cities, a place each, weekday mornings in 20-minute slots:
//! eight weeks of slot rows) and 100,000 booked appointments for 10,000 patients, signs in 20
//! patients and one professional with a software passkey, then runs `wrk` against search, a
//! professional's free slots, booking (a Lua script posting the confirmation form for a different
//! slot each time, as the 20 patients in turn) and the professional's agenda. The figures go to
//! `docs/benchmarks/appointments-{sqlite,postgres}.md`. Run it with
//! `cargo xtask bench --appointments [--postgres]`.
//!
//! Usage: carnet-bench-appointments [--postgres] [--seconds N] [--connections N]

use carnet_core::accounts::{self, DisplayName, Email, Role};
use carnet_core::appointments::agenda::{self, NewPlace};
use carnet_core::db::Db;
use carnet_core::policy::Actor;
use carnet_core::sharing::directory::{self, SPECIALTIES};
use carnet_testkit::bench::{self, Load};
use carnet_testkit::{enrol, workspace_root, Browser, Device, TestServer};

const PROFESSIONALS: usize = 1_000;
const PATIENTS: usize = 10_000;
const APPOINTMENTS: usize = 100_000;
const SIGNED_IN_PATIENTS: usize = 20;
const CITIES: [&str; 20] = [
    "Paris",
    "Marseille",
    "Lyon",
    "Toulouse",
    "Nice",
    "Nantes",
    "Montpellier",
    "Strasbourg",
    "Bordeaux",
    "Lille",
    "Rennes",
    "Reims",
    "Toulon",
    "Grenoble",
    "Dijon",
    "Angers",
    "Nîmes",
    "Brest",
    "Tours",
    "Limoges",
];
const LANGUAGES: [&str; 4] = ["fr", "fr,en", "fr,ar", "fr,es,en"];

#[tokio::main]
async fn main() {
    let options = bench::Options::from_args().await;
    let (seconds, connections, backend_name) =
        (options.seconds.clone(), options.connections.clone(), options.backend_name);
    let backend = options.backend.clone();
    let binary = workspace_root().join("target/release/carnet");
    let env = [("CARNET_LOG", "error"), ("CARNET_CEREMONY_RATE_LIMIT", "100000")];
    let server = TestServer::start(&binary, backend, &env).await;
    let db = Db::connect(&server.database_url).await.expect("opening the benchmark's database");

    // One professional who signs in (to measure the agenda), then 999 more written directly.
    let started = std::time::Instant::now();
    let token = server
        .invite_with(&[
            "--role",
            "professional",
            "--name",
            "Dr Agenda",
            "--email",
            "agenda@example.org",
            "--city",
            "Lyon",
        ])
        .await;
    let doctor = Browser::new(&server);
    let doctor_cookie = bench::session_cookie(&enrol(&server, &doctor, &mut Device::new(), &token).await);
    let mut professionals: Vec<String> =
        vec![sqlx::query_scalar("SELECT id FROM accounts WHERE email = 'agenda@example.org'")
            .fetch_one(&server.db)
            .await
            .unwrap()];
    for n in 1..PROFESSIONALS {
        let mut tx = db.begin().await.unwrap();
        let name = DisplayName::parse(&format!("Dr Pro {n}")).unwrap();
        let email = Email::parse(&format!("pro{n}@example.org")).unwrap();
        let account = accounts::create(&mut tx, &name, &email, &[Role::Professional]).await.unwrap();
        directory::set_entry(&mut tx, &account.id, None, SPECIALTIES[n % SPECIALTIES.len()], CITIES[n % CITIES.len()])
            .await
            .unwrap();
        tx.commit().await.unwrap();
        professionals.push(account.id);
    }
    for (n, id) in professionals.iter().enumerate() {
        let actor = Actor::Person { account_id: id.clone(), roles: vec![Role::Professional], acting_for: None };
        let city = CITIES[n % CITIES.len()];
        let street = format!("{n} rue de la Santé");
        let place = NewPlace::parse("Cabinet", &street, "75014", city, "01 45 00 00 00", "Europe/Paris").unwrap();
        let place_id = agenda::add_place(&db, &actor, &place).await.unwrap();
        // Monday to Friday, 09:00–12:00, 20-minute slots: written as rows, then made into slots
        // once (through the app each opening would refresh the slots itself).
        let mut tx = db.begin().await.unwrap();
        for weekday in 1..=5i64 {
            sqlx::query(
                "INSERT INTO availability_rules (id, professional_id, place_id, weekday, start_minute, end_minute, \
                 slot_minutes, visit, created_at) VALUES ($1, $2, $3, $4, 540, 720, 20, 'in-person', 0)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(id)
            .bind(&place_id)
            .bind(weekday)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        sqlx::query("UPDATE professionals SET languages = $1 WHERE account_id = $2")
            .bind(LANGUAGES[n % LANGUAGES.len()])
            .bind(id)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    agenda::refresh_everyone(&db).await.unwrap();
    let slots: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM slots").fetch_one(&server.db).await.unwrap();
    let professionals_seconds = started.elapsed().as_secs_f64();

    // 10,000 patients (records without accounts) and 100,000 bookings spread over the slots.
    let started = std::time::Instant::now();
    let mut patients = Vec::with_capacity(PATIENTS);
    for batch in 0..PATIENTS / 500 {
        let mut tx = db.begin().await.unwrap();
        for i in 0..500 {
            let id = format!("bench-patient-{}", batch * 500 + i);
            sqlx::query(
                "INSERT INTO patients (id, account_id, family_name, given_names, birth_date, created_at) \
                 VALUES ($1, NULL, $2, 'Test', '1980-01-01', 0)",
            )
            .bind(&id)
            .bind(format!("Patient{}", batch * 500 + i))
            .execute(&mut *tx)
            .await
            .unwrap();
            patients.push(id);
        }
        tx.commit().await.unwrap();
    }
    let every: Vec<(String, String, i64, i64)> =
        sqlx::query_as("SELECT id, professional_id, starts_at, ends_at FROM slots ORDER BY starts_at, professional_id")
            .fetch_all(&server.db)
            .await
            .unwrap();
    let step = (every.len() / APPOINTMENTS).max(1);
    let mut booked = 0;
    for chunk in every.iter().step_by(step).take(APPOINTMENTS).collect::<Vec<_>>().chunks(1_000) {
        let mut tx = db.begin().await.unwrap();
        for (slot_id, professional_id, starts_at, ends_at) in chunk {
            let id = uuid::Uuid::new_v4().to_string();
            sqlx::query(
                "INSERT INTO appointments (id, slot_id, patient_id, professional_id, starts_at, ends_at, reason, \
                 booked_by, idempotency_key, created_at, calendar_uid, reminded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 'Suivi', 'bench', $1, 0, $1, 0)",
            )
            .bind(&id)
            .bind(slot_id)
            .bind(&patients[booked % PATIENTS])
            .bind(professional_id)
            .bind(starts_at)
            .bind(ends_at)
            .execute(&mut *tx)
            .await
            .unwrap();
            booked += 1;
        }
        tx.commit().await.unwrap();
    }
    assert_eq!(booked, APPOINTMENTS);
    if matches!(db.backend(), carnet_core::db::Backend::Postgres) {
        sqlx::query("ANALYZE").execute(&server.db).await.unwrap();
    }
    let appointments_seconds = started.elapsed().as_secs_f64();

    // Twenty patients sign in; the booking script posts the confirmation form as each in turn.
    let mut cookies = Vec::new();
    for n in 0..SIGNED_IN_PATIENTS {
        cookies.push(signed_in_cookie(&server, n).await);
    }
    let free: Vec<(String, String)> = sqlx::query_as(
        "SELECT s.professional_id, s.id FROM slots s WHERE s.starts_at > $1 AND NOT EXISTS \
         (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL) ORDER BY s.id LIMIT 20000",
    )
    .bind(carnet_core::clock::now_ms() + 3_600_000)
    .fetch_all(&server.db)
    .await
    .unwrap();
    let script = server.data_dir.join("book.lua");
    std::fs::write(&script, booking_script(&server.origin(), &cookies, &free)).unwrap();

    let first = &professionals[1];
    let slots_path = format!("/book/{first}");
    let patient_cookie = format!("Cookie: {}", cookies[0]);
    let doctor_header = format!("Cookie: {doctor_cookie}");
    let pages: [(&str, String, &str); 5] = [
        ("search, all professionals (50 soonest shown)", "/book".into(), &patient_cookie),
        ("search by specialty", "/book?specialty=cardiology".into(), &patient_cookie),
        (
            "search by specialty, city and language",
            "/book?specialty=cardiology&city=Lyon&language=en".into(),
            &patient_cookie,
        ),
        ("one professional's free slots, a week", slots_path, &patient_cookie),
        ("the professional's agenda, a week", "/agenda?view=week".into(), &doctor_header),
    ];
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments").fetch_one(&server.db).await.unwrap();
    let mut tables = Vec::new();
    for (threads, connections) in [("1", "1".to_string()), ("2", connections.clone())] {
        let load = Load { threads, connections: &connections, seconds: &seconds, script: None };
        let mut runs: Vec<bench::Run> =
            pages.iter().map(|(name, path, header)| bench::wrk(name, &server.url(path), Some(header), &load)).collect();
        let posting = Load { script: Some(&script), ..load };
        runs.push(bench::wrk("booking: the confirmation form posted", &server.url("/book"), None, &posting));
        tables.push((threads, connections, runs));
    }
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments").fetch_one(&server.db).await.unwrap();
    let doubles: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT slot_id FROM appointments WHERE cancelled_at IS NULL GROUP BY slot_id \
         HAVING COUNT(*) > 1) d",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(doubles, 0, "never two bookings on one slot");
    server.stop().await;

    let mut report = format!(
        "# Appointments benchmark ({backend_name})\n\n\
         Generated by `cargo xtask bench --appointments` (`testkit/src/bin/carnet-bench-appointments.rs`): \
         release build, fresh {backend_name} database with {PROFESSIONALS} professionals ({} specialties, \
         {} cities, weekday mornings in 20-minute slots: {slots} slot rows for eight weeks, made in \
         {professionals_seconds:.0} s) and {APPOINTMENTS} booked appointments for {PATIENTS} patients \
         (written in {appointments_seconds:.0} s). `wrk` for {seconds} s per row, on the same machine as \
         the server ({}), so client and server share the CPU. Every booking request goes through the \
         policy, is audited, takes the slot with one conditional insert and queues the confirmation \
         (with its `.ics`) in the same transaction; the script posts the confirmation form \
         (`POST /book/<professional>/<slot>`) for a different free slot each time, as \
         {SIGNED_IN_PATIENTS} signed-in patients in turn, so some answers are \"taken\" or \
         \"too many with this professional\" (a redirect either way). {} bookings were made during the \
         runs; no slot was ever booked twice.\n",
        SPECIALTIES.len(),
        CITIES.len(),
        bench::machine(),
        after - before,
    );
    for (threads, connections, runs) in &tables {
        report.push_str(&format!("\n## `wrk --threads {threads} --connections {connections}`\n\n"));
        report.push_str(&bench::table(runs));
    }
    options.write_report("appointments", &report);
}

/// A Lua script for `wrk`: each request posts the confirmation form for the next slot in the
/// list, as the next signed-in patient, with a fresh form key.
fn booking_script(origin: &str, cookies: &[String], free: &[(String, String)]) -> String {
    let quoted = |items: Vec<String>| items.iter().map(|i| format!("\"{i}\"")).collect::<Vec<_>>().join(",\n");
    let paths = quoted(free.iter().map(|(pid, slot)| format!("/book/{pid}/{slot}")).collect());
    let cookies = quoted(cookies.to_vec());
    format!(
        "local paths = {{\n{paths}\n}}\nlocal cookies = {{\n{cookies}\n}}\n\
         local n = 0\n\
         local thread_id = 0\n\
         function setup(thread) thread_id = thread_id + 1; thread:set(\"tid\", thread_id) end\n\
         function request()\n\
           n = n + 1\n\
           local i = ((tid or 1) * 7919 + n * 2) % #paths + 1\n\
           local body = \"reason=&key=b\" .. (tid or 1) .. \"-\" .. n .. \"-\" .. math.random(1, 1000000000)\n\
           return wrk.format(\"POST\", paths[i], {{[\"Content-Type\"] = \"application/x-www-form-urlencoded\", \
         [\"Origin\"] = \"{origin}\", [\"Sec-Fetch-Site\"] = \"same-origin\", [\"Cookie\"] = cookies[n % #cookies + 1]}}, body)\n\
         end\n"
    )
}

/// The session cookie of booking patient `n`, signed in again with a fresh passkey enrolment
/// (the test kit's browser keeps its cookie to itself).
async fn signed_in_cookie(server: &TestServer, n: usize) -> String {
    let token = server
        .invite_with(&[
            "--role",
            "patient",
            "--name",
            &format!("Booker {n}"),
            "--email",
            &format!("booker{n}@example.org"),
        ])
        .await;
    let browser = Browser::new(server);
    bench::session_cookie(&enrol(server, &browser, &mut Device::new(), &token).await)
}
