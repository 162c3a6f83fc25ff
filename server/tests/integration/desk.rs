//! The reception desk: assisted sessions approved by code (wrong, replayed, expired and
//! exhausted codes; idle and maximum limits; what staff may not do in them; staff without one
//! see nothing), enrolment with a printed handover, recovery (e-mailed, or handed over in person
//! as a QR code: the old passkey works until the new one is made, then never again), and
//! minors' records whose representatives are appointed by two people at the desk (never one of
//! its own), are refused hidden documents and, at 18, everything.

use reqwest::{header, StatusCode};

use crate::harness::*;
use crate::sharing::{account_id, demo_record_id, DEMO_BIRTH, DEMO_INS};

crate::on_both_databases!(
    the_desk_cannot_hand_a_record_to_someone_else,
    staff_help_a_present_patient_who_approves_with_a_code,
    assisted_sessions_are_short_and_their_codes_limited,
    the_desk_enrols_recovers_and_creates_minors_records,
    the_desk_hands_a_recovery_link_over_in_person,
    a_minors_authorizations_end_at_18_unless_the_young_adult_keeps_them,
    appointing_a_representative_takes_two_people_and_never_one_of_the_desk,
);

/// The demo's reception staff member, signed in: (browser, device).
async fn staff(server: &TestServer) -> (Browser, Device) {
    demo_account(server, "staff").await
}

/// The demo's second person at the desk, signed in: appointing a legal representative takes two.
pub(crate) async fn colleague(server: &TestServer) -> Browser {
    demo_account(server, "staff-colleague").await.0
}

/// The ids of the representatives' appointments on the desk's page that `viewer` may `verb`
/// (`approve`, `refuse`).
pub(crate) async fn waiting_ids(viewer: &Browser, verb: &str) -> Vec<String> {
    let (_, page) = viewer.page("/desk").await;
    let suffix = format!("/{verb}\"");
    page.split("action=\"/desk/representatives/")
        .skip(1)
        .filter_map(|rest| rest.split_once(&suffix).map(|(id, _)| id.to_string()))
        .filter(|id| !id.contains('"'))
        .collect()
}

/// Approves every appointment waiting on the desk's page, as `colleague`; returns how many.
pub(crate) async fn approve_waiting(colleague: &Browser) -> usize {
    let ids = waiting_ids(colleague, "approve").await;
    for id in &ids {
        let approved = colleague.post_form(&format!("/desk/representatives/{id}/approve"), &[]).await;
        assert_eq!(Browser::location(&approved), "/desk?notice=representative-approved#waiting-title");
    }
    ids.len()
}

/// Starts an assisted session for the demo patient; returns its id.
async fn start_session(staff: &Browser) -> String {
    let started = staff.post_form("/desk/assist", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    let page = Browser::location(&started);
    assert!(page.starts_with("/desk/assist/"), "{page}");
    page.trim_start_matches("/desk/assist/").to_string()
}

/// Sends a code and reads it from the patient's mail (the `n`th code sent to her).
async fn send_code(server: &TestServer, staff: &Browser, id: &str, n: usize) -> String {
    let sent = staff.post_form(&format!("/desk/assist/{id}/code"), &[]).await;
    assert!(Browser::location(&sent).contains("notice=code-sent"), "{}", Browser::location(&sent));
    let mails = server.wait_for_mails("lisez-lui ce code", n).await;
    let codes: Vec<String> = mails
        .iter()
        .filter_map(|m| m.split("lisez-lui ce code :").nth(1))
        .map(|rest| rest.trim_start().chars().take(6).collect())
        .collect();
    // The newest code is the one no earlier session row still holds; read it from the database.
    let hash: String = sqlx::query_scalar("SELECT code_hash FROM assisted_sessions WHERE id = $1")
        .bind(id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    codes.into_iter().find(|c| code_hash(id, c) == hash).expect("the code just sent")
}

/// What the server stores of a code (SHA-256 of the session id and the code).
fn code_hash(id: &str, code: &str) -> String {
    carnet_core::tokens::hash_token(&format!("{id}:{code}"))
}

async fn verify(staff: &Browser, id: &str, code: &str) -> Result<String, Problem> {
    Browser::outcome(staff.post_form(&format!("/desk/assist/{id}/verify"), &[("code", code)]).await).await
}

async fn staff_help_a_present_patient_who_approves_with_a_code(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (desk, _) = staff(&server).await;
    let staff_id = account_id(&server, "sophie.leroy@example.org").await;

    // Without an approved session, staff see no health data.
    assert_eq!(desk.get(&format!("/patients/{record}/results")).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(desk.get("/results").await.status(), StatusCode::NOT_FOUND);
    let (_, page) = desk.page("/desk").await;
    assert!(page.contains("Aider un patient présent"), "{page}");

    // Bad identities: the form comes back with the reason and what was typed.
    let bad = desk.post_form("/desk/assist", &[("ins", "123"), ("birth", DEMO_BIRTH)]).await;
    let bad = Browser::sent_back(bad).await;
    assert!(bad.problem == Problem::HealthIdInvalid && bad.kept("123") && bad.kept(DEMO_BIRTH));
    let nobody = desk.post_form("/desk/assist", &[("ins", "184037512345690"), ("birth", DEMO_BIRTH)]).await;
    let nobody = Browser::sent_back(nobody).await;
    assert_eq!(nobody.problem, Problem::DeskNoAccount);
    assert!(nobody.page.contains("Aucun compte patient ne correspond") && nobody.kept("184037512345690"));

    // A session waits for the patient's approval; before it, still nothing.
    let id = start_session(&desk).await;
    let (status, approval) = desk.page(&format!("/desk/assist/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(approval.contains("Vous allez aider Camille Martin"), "{approval}");
    assert_eq!(desk.get("/results").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(verify(&desk, &id, "123456").await, Err(Problem::DeskCodeExpired), "no code sent yet");
    // Another person's session page is not found.
    assert_eq!(patient.get(&format!("/desk/assist/{id}")).await.status(), StatusCode::NOT_FOUND);

    // The code, e-mailed to the patient and read back: a wrong one is refused, the right one works.
    let code = send_code(&server, &desk, &id, 1).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(verify(&desk, &id, wrong).await, Err(Problem::DeskCodeWrong));
    assert_eq!(verify(&desk, &id, &format!("{} {}", &code[..3], &code[3..])).await, Ok("/".into()));
    let (_, home) = desk.page("/").await;
    assert!(home.contains("Accompagné par Sophie Leroy — pour Camille Martin"), "{home}");
    let (status, results) = desk.page("/results").await;
    assert_eq!(status, StatusCode::OK);
    assert!(results.contains("Glyc"));
    assert_eq!(desk.get("/history").await.status(), StatusCode::OK, "reading is what the patient asks");
    // What she hid from professionals is hidden from the desk too, and out of its reach.
    let hidden = [("kind", "medication"), ("name", "Millepertuis"), ("hidden", "on")];
    assert!(Browser::location(&patient.post_form("/health/declare", &hidden).await).contains("notice=declared"));
    let herb: String = sqlx::query_scalar("SELECT id FROM profile_items WHERE display = 'Millepertuis'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (status, profile) = desk.page("/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(profile.contains("Allergie à la pénicilline") && !profile.contains("Millepertuis"), "{profile}");
    assert_eq!(desk.get(&format!("/health/items/{herb}")).await.status(), StatusCode::NOT_FOUND);
    for action in ["remove", "note", "edit"] {
        let tried = desk.post_form(&format!("/health/items/{herb}/{action}"), &[("name", "x"), ("note", "x")]).await;
        assert_eq!(tried.status(), StatusCode::NOT_FOUND, "{action}");
    }
    // A copy of the whole record does not leave on the desk's device.
    assert_eq!(desk.get("/export/record.json").await.status(), StatusCode::NOT_FOUND);
    // Booking at her side: the appointment is hers, made through the session.
    let karim = account_id(&server, "karim.benali@example.org").await;
    let slot: String = sqlx::query_scalar(
        "SELECT id FROM slots WHERE professional_id = $1 AND starts_at > $2 ORDER BY starts_at LIMIT 1",
    )
    .bind(&karim)
    .bind(now_ms() + 3_600_000)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let booked = desk.post_form(&format!("/book/{karim}/{slot}"), &[("key", "desk-1")]).await;
    assert!(Browser::location(&booked).ends_with("?notice=booked"), "{}", Browser::location(&booked));
    let (booked_for, through): (String, Option<String>) =
        sqlx::query_as("SELECT patient_id, on_behalf_of FROM appointments WHERE idempotency_key = 'desk-1'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!((booked_for, through), (record.clone(), Some(format!("assisted:{id}"))));
    // The code works once.
    let replay = desk.post_form(&format!("/desk/assist/{id}/verify"), &[("code", &code)]).await;
    assert_eq!(replay.status(), StatusCode::NOT_FOUND);

    // Never credentials, sharing or caregivers.
    assert_eq!(desk.get("/account").await.status(), StatusCode::NOT_FOUND);
    let add = desk.post_json("/api/passkeys/add/start", &serde_json::json!({})).await;
    assert_eq!(add.status(), StatusCode::NOT_FOUND);
    let share = desk.post_form("/sharing/decide", &[("professional", &staff_id), ("change", "authorize")]).await;
    assert_eq!(share.status(), StatusCode::NOT_FOUND);
    let invite = desk.post_form("/caregivers/invite", &[("email", "x@example.org"), ("record", "on")]).await;
    assert_eq!(invite.status(), StatusCode::NOT_FOUND);

    // Audited with the staff member as actor and the session as what they acted through.
    let rows: Vec<(String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT action, decision, reason, on_behalf_of FROM audit_log WHERE patient_id = $1 AND actor_id = $2 ORDER BY seq",
    )
    .bind(&record)
    .bind(&staff_id)
    .fetch_all(&server.db)
    .await
    .unwrap();
    let through = format!("assisted:{id}");
    let has = |action: &str, decision: &str, reason: &str| {
        rows.iter().any(|r| r.0 == action && r.1 == decision && r.2 == reason && r.3.as_deref() == Some(&through))
    };
    assert!(has("desk.assist-start", "allow", "identity-checked") && has("desk.assist-approve", "allow", "code"));
    assert!(has("read.results", "allow", "assisted"), "{rows:?}");
    assert!(has("share.authorize", "deny", "out-of-scope") && has("delegation.invite", "deny", "out-of-scope"));
    assert!(rows.iter().any(|r| r.0 == "read.results" && r.1 == "deny" && r.3.is_none()), "before: refused");
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Sophie Leroy") && history.contains("session accompagnée que vous avez approuvée"));

    // One button ends it and leaves nothing behind.
    let ended = desk.post_form("/desk/assist/end", &[]).await;
    assert_eq!(Browser::location(&ended), "/?notice=session-ended");
    assert_eq!(ended.headers()["clear-site-data"], "\"cache\", \"storage\"");
    let cookies: Vec<&str> = ended.headers().get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("carnet_session=;") && c.contains("Max-Age=0")), "{cookies:?}");
    assert_eq!(Browser::location(&desk.get("/results").await), "/signin");
    let (_, home) = desk.page("/").await;
    assert!(!home.contains("Camille"));
    server.stop().await;
}

async fn assisted_sessions_are_short_and_their_codes_limited(backend: Backend) {
    let server = start(backend).await;
    let (_, mut patients_phone) = demo_patient(&server).await;
    let (desk, mut device) = staff(&server).await;

    // Approval with a passkey: only the patient's works, and the ceremony signs nobody in.
    let id = start_session(&desk).await;
    let approve = || {
        let (desk, server, id) = (&desk, &server, id.clone());
        let started = async move {
            let started = desk.post_json(&format!("/api/desk/assist/{id}/approve/start"), &serde_json::json!({})).await;
            assert_eq!(started.status(), StatusCode::OK);
            started.json::<serde_json::Value>().await.unwrap()
        };
        async move {
            let started = started.await;
            let options = serde_json::from_value(started["options"].clone()).unwrap();
            (started["ceremony"].clone(), server.base.clone(), options)
        }
    };
    let (ceremony, origin, options) = approve().await;
    let staff_own = device.sign(&origin, options);
    let body = serde_json::json!({ "ceremony": ceremony, "credential": staff_own });
    let refused = desk.post_json(&format!("/api/desk/assist/{id}/approve/finish"), &body).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "the staff member's own passkey approves nothing");
    let (ceremony, origin, options) = approve().await;
    let hers = patients_phone.sign(&origin, options);
    let body = serde_json::json!({ "ceremony": ceremony, "credential": hers });
    let as_sign_in = Browser::new(&server).post_json("/api/passkeys/sign-in/finish", &body).await;
    assert_eq!(as_sign_in.status(), StatusCode::BAD_REQUEST, "an approval ceremony never signs in");
    let (ceremony, origin, options) = approve().await;
    let body = serde_json::json!({ "ceremony": ceremony, "credential": patients_phone.sign(&origin, options) });
    let approved = desk.post_json(&format!("/api/desk/assist/{id}/approve/finish"), &body).await;
    assert_eq!(approved.status(), StatusCode::OK);
    assert_eq!(desk.get("/results").await.status(), StatusCode::OK);
    let by: String = sqlx::query_scalar("SELECT approved_by FROM assisted_sessions WHERE id = $1")
        .bind(&id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(by, "passkey");
    let ended = desk.post_form("/desk/assist/end", &[]).await;
    assert_eq!(Browser::location(&ended), "/?notice=session-ended");
    assert_eq!(sign_in(&server, &desk, &mut device).await.status(), StatusCode::OK);

    // Five wrong codes spend the code; a new one works. Three codes per session at most.
    let id = start_session(&desk).await;
    let first = send_code(&server, &desk, &id, 1).await;
    let wrong = if first == "999999" { "888888" } else { "999999" };
    for _ in 0..5 {
        assert_eq!(verify(&desk, &id, wrong).await, Err(Problem::DeskCodeWrong));
    }
    assert_eq!(verify(&desk, &id, &first).await, Err(Problem::DeskCodeAttempts), "spent after five");
    let second = send_code(&server, &desk, &id, 2).await;
    sqlx::query("UPDATE assisted_sessions SET code_expires_at = $1 WHERE id = $2")
        .bind(now_ms() - 1)
        .bind(&id)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(verify(&desk, &id, &second).await, Err(Problem::DeskCodeExpired), "ten minutes, then no more");
    let third = send_code(&server, &desk, &id, 3).await;
    let fourth = desk.post_form(&format!("/desk/assist/{id}/code"), &[]).await;
    assert_eq!(Browser::sent_back(fourth).await.problem, Problem::DeskCodeLimit);
    assert_eq!(verify(&desk, &id, &third).await, Ok("/".into()));
    assert_eq!(desk.get("/results").await.status(), StatusCode::OK);

    // Five minutes without a request: over, and the desk is signed out.
    sqlx::query("UPDATE assisted_sessions SET last_seen_at = $1 WHERE id = $2")
        .bind(now_ms() - 5 * 60_000 - 1000)
        .bind(&id)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(Browser::location(&desk.get("/results").await), "/signin");

    // Thirty minutes after approval, whatever the activity: over too.
    assert_eq!(sign_in(&server, &desk, &mut device).await.status(), StatusCode::OK);
    let id = start_session(&desk).await;
    let code = send_code(&server, &desk, &id, 4).await;
    assert_eq!(verify(&desk, &id, &code).await, Ok("/".into()));
    assert_eq!(desk.get("/results").await.status(), StatusCode::OK);
    sqlx::query("UPDATE assisted_sessions SET approved_at = $1 WHERE id = $2")
        .bind(now_ms() - 30 * 60_000 - 1000)
        .bind(&id)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(Browser::location(&desk.get("/results").await), "/signin");
    let ended: Option<i64> = sqlx::query_scalar("SELECT ended_at FROM assisted_sessions WHERE id = $1")
        .bind(&id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert!(ended.is_some());

    // A kiosk: marked from the desk page; five idle minutes end any session on it (thirty
    // elsewhere); signing out leaves nothing behind.
    assert_eq!(sign_in(&server, &desk, &mut device).await.status(), StatusCode::OK);
    let marked = desk.post_form("/desk/kiosk", &[("kiosk", "on")]).await;
    assert_eq!(Browser::location(&marked), "/desk?notice=kiosk-on");
    let (_, page) = desk.page("/desk").await;
    assert!(page.contains("Cet appareil est une borne"), "{page}");
    let staff_id = crate::sharing::account_id(&server, "sophie.leroy@example.org").await;
    let idle = |minutes: i64| {
        let (server, staff_id) = (&server, &staff_id);
        async move {
            sqlx::query("UPDATE sign_ins SET last_seen_at = $1 WHERE account_id = $2 AND ended_at IS NULL")
                .bind(now_ms() - minutes * 60_000)
                .bind(staff_id)
                .execute(&server.db)
                .await
                .unwrap();
        }
    };
    idle(4).await;
    assert_eq!(desk.get("/desk").await.status(), StatusCode::OK, "four minutes: still on");
    idle(6).await;
    assert_eq!(Browser::location(&desk.get("/desk").await), "/signin", "six minutes: over on a kiosk");
    assert_eq!(sign_in(&server, &desk, &mut device).await.status(), StatusCode::OK);
    let out = desk.post_form("/signout", &[]).await;
    assert_eq!(out.headers()["clear-site-data"], "\"cache\", \"storage\"");
    assert_eq!(Browser::location(&desk.get("/desk").await), "/signin");
    server.stop().await;
}

async fn the_desk_enrols_recovers_and_creates_minors_records(backend: Backend) {
    let server = start(backend).await;
    let (camille, _) = demo_patient(&server).await;
    let (desk, _) = staff(&server).await;

    // Not for patients.
    assert_eq!(camille.get("/desk").await.status(), StatusCode::NOT_FOUND);
    let refused = camille
        .post_form(
            "/desk/enrol",
            &[("name", "X"), ("email", "x@example.org"), ("ins", DEMO_INS), ("birth", DEMO_BIRTH)],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // Enrolment with the link handed over as a QR code, shown once.
    let ins = "185057512345673";
    let enrol = |email: &'static str, ins: &'static str, handover: &'static str| {
        let desk = &desk;
        async move {
            let form = [
                ("name", "Marc Petit"),
                ("email", email),
                ("ins", ins),
                ("birth", "1985-05-01"),
                ("handover", handover),
            ];
            Browser::outcome(desk.post_form("/desk/enrol", &form).await).await
        }
    };
    assert_eq!(enrol("marc@", ins, "print").await, Err(Problem::EmailInvalid));
    assert_eq!(enrol("camille.martin@example.org", ins, "print").await, Err(Problem::EmailTaken));
    assert_eq!(enrol("marc@example.org", ins, "print").await, Ok("/desk/handover".into()));
    let (status, handover) = desk.page("/desk/handover").await;
    assert_eq!(status, StatusCode::OK);
    assert!(handover.contains("<svg") && handover.contains("role=\"img\""), "{handover}");
    let token = handover.split("/enrol/").nth(1).unwrap().chars().take(43).collect::<String>();
    assert_eq!(Browser::location(&desk.get("/desk/handover").await), "/desk", "shown once");
    let (marc, _) = enrolled(&server, &token).await;
    let (_, home) = marc.page("/").await;
    assert!(home.contains("Marc Petit"));
    assert_eq!(enrol("other@example.org", ins, "email").await, Err(Problem::HealthIdTaken));

    // Recovery: a link to the patient's own address; her sessions end; her lost passkeys too.
    let recover = desk.post_form("/desk/recover", &[("ins", ins), ("birth", "1985-05-01")]).await;
    assert_eq!(Browser::location(&recover), "/desk?notice=recovery-sent");
    assert_eq!(Browser::location(&marc.get("/account").await), "/signin", "sessions ended");
    let mail = server.wait_for_mails("la récupération de votre compte", 1).await;
    let link = mail[0].split("/enrol/").nth(1).unwrap().chars().take(43).collect::<String>();
    let old_passkeys: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM passkeys p JOIN accounts a ON a.id = p.account_id WHERE a.email = 'marc@example.org'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(old_passkeys, 1);
    let (recovered, _) = enrolled(&server, &link).await;
    assert_eq!(recovered.get("/account").await.status(), StatusCode::OK);
    let passkeys: Vec<String> = sqlx::query_scalar(
        "SELECT p.id FROM passkeys p JOIN accounts a ON a.id = p.account_id WHERE a.email = 'marc@example.org'",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(passkeys.len(), 1, "the lost passkey was replaced");
    let unknown = desk.post_form("/desk/recover", &[("ins", "184037512345690"), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(Browser::sent_back(unknown).await.problem, Problem::DeskNoAccount);

    // A minor's record with two representatives: Camille (who has an account) and someone new.
    let child_ins = "215067512345674";
    let minor = |birth: &'static str, rep2: &'static str| {
        let desk = &desk;
        async move {
            let form = [
                ("given", "Léa"),
                ("family", "Martin"),
                ("birth", birth),
                ("ins", child_ins),
                ("own_email", "lea@example.org"),
                ("rep1_name", "Camille Martin"),
                ("rep1_email", "camille.martin@example.org"),
                ("rep2_name", "Hugo Martin"),
                ("rep2_email", rep2),
                ("evidence", "family-record-book"),
            ];
            Browser::outcome(desk.post_form("/desk/minor", &form).await).await
        }
    };
    assert_eq!(minor("1990-01-01", "hugo@example.org").await, Err(Problem::DeskNotMinor));
    assert_eq!(minor("2015-06-01", "CAMILLE.martin@example.org").await, Err(Problem::DeskRepresentativesSame));
    assert_eq!(minor("2015-06-01", "hugo@example.org").await, Ok("/desk?notice=minor-created#waiting-title".into()));
    assert_eq!(approve_waiting(&colleague(&server).await).await, 2);
    server.wait_for_mails("maintenant agir pour Léa Martin", 2).await;
    server.wait_for_mails("To: hugo@example.org", 2).await; // his enrolment link, and the notice

    // Camille acts for Léa: the record, its sharing (a representative decides it), an upload.
    let child: String = sqlx::query_scalar(
        "SELECT p.id FROM patients p JOIN patient_identifiers i ON i.patient_id = p.id WHERE i.value = $1",
    )
    .bind(child_ins)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let (_, helping) = camille.page("/helping").await;
    assert!(helping.contains("Léa Martin") && helping.contains("en tant que représentant légal"), "{helping}");
    assert_eq!(Browser::location(&camille.post_form("/acting-for", &[("patient", &child)]).await), "/");
    assert_eq!(camille.get("/results").await.status(), StatusCode::OK);
    assert_eq!(camille.get("/sharing").await.status(), StatusCode::OK);
    let pdf = carnet_core::pdf::text_page("Carnet de santé", &["x".to_string()]);
    let upload = camille
        .post_multipart("/upload", &[("title", "Carnet de santé"), ("kind", "letter")], Some(("file", "c.pdf", pdf)))
        .await;
    assert_eq!(Browser::location(&upload), "/documents?notice=uploaded");
    let (_, documents) = camille.page("/documents").await;
    let doc = documents.split("href=\"/documents/").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(camille.get(&format!("/documents/{doc}")).await.status(), StatusCode::OK);
    // Hidden from legal representatives: no representative sees it any more.
    let hide = camille.post_form(&format!("/documents/{doc}/visibility"), &[("representatives", "on")]).await;
    assert!(Browser::location(&hide).starts_with(&format!("/documents/{doc}?notice=visibility")));
    assert_eq!(camille.get(&format!("/documents/{doc}")).await.status(), StatusCode::NOT_FOUND);
    let (_, documents) = camille.page("/documents").await;
    assert!(!documents.contains("Carnet de santé"));
    // Nor its title in the record's history, where her own reads of it are listed.
    let (_, history) = camille.page("/history").await;
    assert!(history.contains("Camille Martin") && !history.contains("Carnet de santé"), "{history}");
    // The representative takes a copy of the minor's record, without what is hidden from them.
    let export = camille.get("/export/record.json").await;
    assert_eq!(export.status(), StatusCode::OK);
    let bundle = carnet_core::fhir::read_bundle(&export.bytes().await.unwrap()).unwrap();
    assert!(bundle.patients[0].identifiers.iter().any(|i| i.value == child_ins));
    assert!(bundle.documents.iter().all(|d| d.title != "Carnet de santé"));
    // A representative does not resign from the portal.
    let representation: String =
        sqlx::query_scalar("SELECT id FROM delegations WHERE patient_id = $1 AND delegate_account_id = $2")
            .bind(&child)
            .bind(account_id(&server, "camille.martin@example.org").await)
            .fetch_one(&server.db)
            .await
            .unwrap();
    let resign = camille.post_form(&format!("/delegations/{representation}/end"), &[("from", "helping")]).await;
    assert_eq!(resign.status(), StatusCode::NOT_FOUND);
    // A doctor the representative authorizes reads the child's record, then opens an emergency
    // access: the child has no account, so both representatives are told, in the child's name.
    let (doctor, doctor_id) =
        crate::sharing::professional(&server, "Dr Ana Ruiz", "ana.ruiz@example.org", "10000000077").await;
    crate::sharing::decide(&camille, &doctor_id, "authorize").await;
    assert_eq!(doctor.get(&format!("/patients/{child}/results")).await.status(), StatusCode::OK);
    let told = server.wait_for_mails("a consulté pour la première fois le dossier de Léa Martin", 2).await;
    assert!(told.iter().any(|m| m.contains("To: camille.martin@example.org")));
    assert!(told.iter().any(|m| m.contains("To: hugo@example.org")));
    let first_read: Option<i64> =
        sqlx::query_scalar("SELECT first_read_at FROM consents WHERE patient_id = $1 AND professional_id = $2")
            .bind(&child)
            .bind(&doctor_id)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert!(first_read.is_some(), "marked as told: someone was");
    // The doctor publishes two reports for Léa, one hidden from her legal representatives (a
    // consultation she asked to keep to herself): Camille sees the other only, and no title of
    // the hidden one anywhere; the doctor, its author, still reads it.
    let publish = |title: &'static str, hidden: bool| {
        let doctor = &doctor;
        async move {
            let pdf = carnet_core::pdf::text_page(title, &["x".to_string()]);
            let mut fields = vec![
                ("ins", child_ins),
                ("birth", "2015-06-01"),
                ("title", title),
                ("kind", "letter"),
                ("date", "2026-01-15"),
            ];
            if hidden {
                fields.push(("hide_representatives", "on"));
            }
            let sent = doctor.post_multipart("/publish/report", &fields, Some(("file", "c.pdf", pdf))).await;
            assert_eq!(Browser::location(&sent), "/publish?notice=published");
        }
    };
    publish("Compte rendu de vaccination", false).await;
    publish("Consultation confidentielle", true).await;
    // A confidential prescription too (a contraception a minor may keep to herself): neither
    // the document nor the treatment it brings to her profile reaches her representatives.
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["x".to_string()]);
    let fields = [
        ("ins", child_ins),
        ("birth", "2015-06-01"),
        ("date", "2026-01-15"),
        ("name0", "Désogestrel 75 µg, comprimé"),
        ("dosage0", "1 comprimé par jour"),
        ("hide_representatives", "on"),
    ];
    let sent = doctor.post_multipart("/publish/prescription", &fields, Some(("file", "o.pdf", pdf))).await;
    assert_eq!(Browser::location(&sent), "/publish?notice=published");
    // Told of the one they can see only: a notice counting the hidden one would betray it.
    let told: Vec<i64> = sqlx::query_scalar("SELECT items FROM outbox WHERE kind = 'record-updated-for'")
        .fetch_all(&server.db)
        .await
        .unwrap();
    assert_eq!(told, [1, 1], "one item for each representative");
    let (_, documents) = camille.page("/documents").await;
    assert!(documents.contains("Compte rendu de vaccination"), "{documents}");
    assert!(!documents.contains("Consultation confidentielle"), "{documents}");
    let (_, history) = camille.page("/history").await;
    assert!(!history.contains("Consultation confidentielle"), "{history}");
    let (_, theirs) = doctor.page(&format!("/patients/{child}/documents")).await;
    assert!(theirs.contains("Consultation confidentielle"), "{theirs}");
    let (status, health) = camille.page("/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!health.contains("Désogestrel") && !health.contains("Ordonnance"), "{health}");
    let (_, health) = doctor.page(&format!("/patients/{child}/health")).await;
    assert!(health.contains("Désogestrel 75 µg") && health.contains("Prescrit sur :"), "{health}");
    // A prescription published without the box ticked, and hidden from the representatives
    // later: its treatment goes with it.
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["y".to_string()]);
    let fields = [("ins", child_ins), ("birth", "2015-06-01"), ("date", "2026-01-20"), ("name0", "Doxycycline 100 mg")];
    let sent = doctor.post_multipart("/publish/prescription", &fields, Some(("file", "d.pdf", pdf))).await;
    assert_eq!(Browser::location(&sent), "/publish?notice=published");
    let (_, health) = camille.page("/health").await;
    assert!(health.contains("Doxycycline 100 mg"), "{health}");
    let prescription: String = sqlx::query_scalar(
        "SELECT pt.document_id FROM prescription_treatments pt JOIN profile_items p ON p.id = pt.item_id \
         WHERE p.display = 'Doxycycline 100 mg'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    let hide = camille.post_form(&format!("/documents/{prescription}/visibility"), &[("representatives", "on")]).await;
    assert_eq!(hide.status(), StatusCode::SEE_OTHER);
    let (_, health) = camille.page("/health").await;
    assert!(!health.contains("Doxycycline"), "{health}");

    // Her own record is still hers.
    camille.post_form("/acting-for", &[("patient", "")]).await;
    assert_eq!(camille.get("/results").await.status(), StatusCode::OK);

    // At 18 the representatives' access ends by itself, on the very next request.
    camille.post_form("/acting-for", &[("patient", &child)]).await;
    assert_eq!(camille.get("/vaccinations").await.status(), StatusCode::OK);
    let paris = jiff::tz::TimeZone::get("Europe/Paris").unwrap();
    let eighteen_today =
        jiff::Zoned::now().with_time_zone(paris).date().checked_sub(jiff::Span::new().years(18)).unwrap();
    sqlx::query("UPDATE patients SET birth_date = $1 WHERE id = $2")
        .bind(eighteen_today.to_string())
        .bind(&child)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(camille.get("/vaccinations").await.status(), StatusCode::NOT_FOUND);
    let camille_id = account_id(&server, "camille.martin@example.org").await;
    let adult: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE patient_id = $1 AND actor_id = $2 AND reason = 'patient-adult'",
    )
    .bind(&child)
    .bind(&camille_id)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(adult, 1);
    let (_, helping) = camille.page("/helping").await;
    assert!(helping.contains("Expiré") && !helping.contains("Agir pour cette personne"), "{helping}");
    server.stop().await;
}

async fn the_desk_hands_a_recovery_link_over_in_person(backend: Backend) {
    let server = start(backend.clone()).await;
    let (desk, _) = staff(&server).await;
    let ins = "185057512345673";
    let enrol = [("name", "Marc Petit"), ("email", "marc@example.org"), ("ins", ins), ("birth", "1985-05-01")];
    let enrolled_at_desk = desk.post_form("/desk/enrol", &[enrol.as_slice(), &[("handover", "print")]].concat()).await;
    assert_eq!(Browser::location(&enrolled_at_desk), "/desk/handover");
    let (_, handover) = desk.page("/desk/handover").await;
    let token = handover.split("/enrol/").nth(1).unwrap().chars().take(43).collect::<String>();
    let (marc, mut old_phone) = enrolled(&server, &token).await;

    // The desk offers both ways for a recovery too.
    let (_, page) = desk.page("/desk").await;
    assert!(page.contains("id=\"recover-handover-print\"") && page.contains("id=\"recover-handover-email\""), "{page}");

    // Handed over in person: the link is shown once, as a QR code, and never e-mailed.
    let recover = [("ins", ins), ("birth", "1985-05-01"), ("handover", "print")];
    assert_eq!(Browser::location(&desk.post_form("/desk/recover", &recover).await), "/desk/handover");
    assert_eq!(Browser::location(&marc.get("/account").await), "/signin", "his sessions ended at once");
    let (status, handover) = desk.page("/desk/handover").await;
    assert_eq!(status, StatusCode::OK);
    assert!(handover.contains("Lien de récupération") && handover.contains("<svg"), "{handover}");
    assert!(handover.contains("QR code du lien de récupération"), "the QR code is named for what it is");
    let link = handover.split("/enrol/").nth(1).unwrap().chars().take(43).collect::<String>();
    assert_eq!(Browser::location(&desk.get("/desk/handover").await), "/desk", "shown once");
    let told = server.wait_for_mails("vous a remis en main propre", 1).await;
    assert!(told[0].contains("To: marc@example.org") && !told[0].contains(&link), "told, without the link");
    // The link is kept readable nowhere: not in any session (the desk's kept an id, from which
    // only the server's key makes the link), not in the outbox; it works for the visit only.
    let sessions_table = match backend {
        Backend::Sqlite => "tower_sessions",
        Backend::Postgres(_) => "tower_sessions.session",
    };
    let sessions: Vec<Vec<u8>> =
        sqlx::query_scalar(&format!("SELECT data FROM {sessions_table}")).fetch_all(&server.db).await.unwrap();
    assert!(!sessions.is_empty());
    assert!(sessions.iter().all(|data| !data.windows(link.len()).any(|w| w == link.as_bytes())), "not in a session");
    let in_outbox: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE body LIKE $1 OR html LIKE $1")
        .bind(format!("%{link}%"))
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(in_outbox, 0);
    let lifetime: i64 = sqlx::query_scalar(
        "SELECT expires_at - created_at FROM enrolment_links WHERE purpose = 'recovery' ORDER BY created_at DESC LIMIT 1",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(lifetime, 15 * 60 * 1000, "a handover works for 15 minutes");
    assert!(!server.mails().iter().any(|m| m.contains(&link)), "the link is never e-mailed");

    // The page he opens says what will happen to his old passkeys.
    let (status, recovery) = Browser::new(&server).page(&format!("/enrol/{link}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(recovery.contains("Créer une nouvelle clé d'accès"), "{recovery}");
    assert!(
        recovery.contains(
            "dès que vous aurez créé la nouvelle clé, toutes vos anciennes clés d'accès cesseront de fonctionner"
        ) && recovery.contains("D'ici là, elles fonctionnent encore."),
        "{recovery}"
    );
    let (_, english) = Browser::with_language(&server, Some("en")).page(&format!("/enrol/{link}")).await;
    assert!(english.contains("as soon as you create the new passkey, all your old passkeys will stop working"));

    // Which is what happens: the old passkey works until the new one is made…
    let still = sign_in(&server, &Browser::new(&server), &mut old_phone).await;
    assert_eq!(still.status(), StatusCode::OK, "until then the old passkey still works");
    let (recovered, mut new_phone) = enrolled(&server, &link).await;
    assert_eq!(recovered.get("/account").await.status(), StatusCode::OK);
    // …and never again afterwards, while the new one does.
    let refused = sign_in(&server, &Browser::new(&server), &mut old_phone).await;
    assert_ne!(refused.status(), StatusCode::OK, "the old passkey stopped working");
    let fresh = sign_in(&server, &Browser::new(&server), &mut new_phone).await;
    assert_eq!(fresh.status(), StatusCode::OK);
    server.stop().await;
}

/// Records imported before their person has an account: an adult's (Alix Durand), one without a
/// birth date on file; their ids by INS.
async fn unclaimed_records(server: &TestServer) -> (String, String) {
    let patient = |id: &str, ins: &str, birth: Option<&str>| {
        let mut resource = serde_json::json!({ "resourceType": "Patient", "id": id,
            "identifier": [{ "system": "urn:oid:1.2.250.1.213.1.4.8", "value": ins }],
            "name": [{ "family": "Durand", "given": ["Alix"] }] });
        if let Some(birth) = birth {
            resource["birthDate"] = serde_json::json!(birth);
        }
        serde_json::json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": resource })
    };
    let bundle = serde_json::json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        patient("a", ADULT_INS, Some("1980-04-02")), patient("b", NO_BIRTH_INS, None)] });
    let file = server.data_dir.join("unclaimed.json");
    std::fs::write(&file, serde_json::to_vec(&bundle).unwrap()).unwrap();
    server.cli(&["import-fhir", file.to_str().unwrap()]).await;
    let id = |ins: &'static str| async move {
        sqlx::query_scalar::<_, String>("SELECT patient_id FROM patient_identifiers WHERE value = $1")
            .bind(ins)
            .fetch_one(&server.db)
            .await
            .unwrap()
    };
    (id(ADULT_INS).await, id(NO_BIRTH_INS).await)
}

const ADULT_INS: &str = "280047512345658";
const NO_BIRTH_INS: &str = "179037512345743";

/// Who holds a record, and the desk's refused enrolments logged on it.
async fn holder_and_refusals(server: &TestServer, record: &str) -> (Option<String>, i64) {
    let holder: Option<String> = sqlx::query_scalar("SELECT account_id FROM patients WHERE id = $1")
        .bind(record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let refusals: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE patient_id = $1 AND action = 'desk.enrol' AND decision = 'deny' \
         AND reason = 'identity-not-matched'",
    )
    .bind(record)
    .fetch_one(&server.db)
    .await
    .unwrap();
    (holder, refusals)
}

/// Staff who know a patient's INS and birth date (both printed on many papers) try to enrol
/// themselves, or someone else, into that patient's record. Only the person whose identity is
/// the record's gets it; a minor's record and a record without a birth date on file never.
async fn the_desk_cannot_hand_a_record_to_someone_else(backend: Backend) {
    let server = start(backend).await;
    let (desk, _) = staff(&server).await;
    let (adult, no_birth) = unclaimed_records(&server).await;
    let accounts =
        || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM accounts").fetch_one(&server.db).await.unwrap() };
    let enrol = |name: &'static str, email: &'static str, ins: &'static str, birth: &'static str| {
        let desk = &desk;
        async move {
            let form = [("name", name), ("email", email), ("ins", ins), ("birth", birth)];
            Browser::outcome(desk.post_form("/desk/enrol", &form).await).await
        }
    };
    let before = accounts().await;

    // The staff member's own name, or the right name with another birth date: refused, the
    // record untouched, no account made, the attempt in the record's history.
    let mismatch = Err(Problem::DeskIdentityMismatch);
    assert_eq!(enrol("Sam Accueil", "sam.home@example.org", ADULT_INS, "1980-04-02").await, mismatch);
    assert_eq!(enrol("Alix Durand", "alix@example.org", ADULT_INS, "1980-04-03").await, mismatch);
    assert_eq!(enrol("Alix Durandal", "alix@example.org", ADULT_INS, "1980-04-02").await, mismatch, "a whole word");
    assert_eq!(holder_and_refusals(&server, &adult).await, (None, 3));
    // A record with no birth date on file cannot be checked: refused whatever is typed.
    assert_eq!(enrol("Alix Durand", "alix@example.org", NO_BIRTH_INS, "1980-04-02").await, mismatch);
    assert_eq!(holder_and_refusals(&server, &no_birth).await, (None, 1));
    assert_eq!(accounts().await, before, "no account left behind");
    let sent_back = desk
        .post_form(
            "/desk/enrol",
            &[("name", "Sam Accueil"), ("email", "s@example.org"), ("ins", ADULT_INS), ("birth", "1980-04-02")],
        )
        .await;
    let sent_back = Browser::sent_back(sent_back).await;
    assert!(sent_back.page.contains("ne lui correspond pas") && sent_back.kept("Sam Accueil"));

    // A minor's record, made at the desk with a representative, is never claimed there either.
    let minor = [
        ("given", "Tom"),
        ("family", "Durand"),
        ("birth", "2016-06-01"),
        ("ins", "216067512345823"),
        ("rep1_name", "Alix Durand"),
        ("rep1_email", "alix.parent@example.org"),
        ("evidence", "birth-certificate"),
    ];
    let made = desk.post_form("/desk/minor", &minor).await;
    assert_eq!(Browser::location(&made), "/desk?notice=minor-created#waiting-title");
    assert_eq!(
        enrol("Tom Durand", "tom@example.org", "216067512345823", "2016-06-01").await,
        Err(Problem::DeskMinorRecord)
    );

    // The person herself, her name typed in any case and without accents: her record.
    assert_eq!(
        enrol("alix DURAND", "alix@example.org", ADULT_INS, "1980-04-02").await,
        Ok("/desk?notice=enrolled".into())
    );
    let (holder, _) = holder_and_refusals(&server, &adult).await;
    assert!(holder.is_some(), "linked");
    assert_eq!(
        enrol("Alix Durand", "alix2@example.org", ADULT_INS, "1980-04-02").await,
        Err(Problem::HealthIdTaken),
        "and only once"
    );
    server.stop().await;
}

/// A minor's desk-made record, a representative who authorizes a doctor: at the 18th birthday
/// that authorization ends by itself (the doctor's next read is refused and logged as such, the
/// record leaves their patients), until the young adult, signed in, keeps it; a representative
/// who is a professional cannot authorize themselves on the child's record.
async fn a_minors_authorizations_end_at_18_unless_the_young_adult_keeps_them(backend: Backend) {
    let server = start(backend).await;
    let (camille, _) = demo_patient(&server).await;
    let (desk, _) = staff(&server).await;
    let (doctor, doctor_id) =
        crate::sharing::professional(&server, "Dr Ana Ruiz", "ana.ruiz@example.org", "10000000077").await;
    let colleague = colleague(&server).await;
    let minor = |given: &'static str, ins: &'static str, rep: &'static str| {
        let (desk, server, colleague) = (&desk, &server, &colleague);
        async move {
            let form = [
                ("given", given),
                ("family", "Martin"),
                ("birth", "2015-06-01"),
                ("ins", ins),
                ("rep1_name", "Représentant"),
                ("rep1_email", rep),
                ("evidence", "birth-certificate"),
            ];
            let made = Browser::outcome(desk.post_form("/desk/minor", &form).await).await;
            assert_eq!(made, Ok("/desk?notice=minor-created#waiting-title".to_string()));
            assert_eq!(approve_waiting(colleague).await, 1);
            sqlx::query_scalar::<_, String>("SELECT patient_id FROM patient_identifiers WHERE value = $1")
                .bind(ins)
                .fetch_one(&server.db)
                .await
                .unwrap()
        }
    };
    let lea = minor("Léa", "215067512345674", "camille.martin@example.org").await;
    camille.post_form("/acting-for", &[("patient", &lea)]).await;
    assert_eq!(crate::sharing::decide(&camille, &doctor_id, "authorize").await, "/sharing?notice=authorize");
    let reads = |record: String| {
        let doctor = &doctor;
        async move { doctor.get(&format!("/patients/{record}/results")).await.status() }
    };
    assert_eq!(reads(lea.clone()).await, StatusCode::OK);

    // Dr Ruiz is also a mother: acting for her son, she cannot let herself into his record.
    let tom = minor("Tom", "215067512345872", "ana.ruiz@example.org").await;
    doctor.post_form("/acting-for", &[("patient", &tom)]).await;
    let herself = doctor.post_form("/sharing/decide", &[("professional", &doctor_id), ("change", "authorize")]).await;
    assert_eq!(Browser::sent_back(herself).await.problem, Problem::SharingSelf);
    doctor.post_form("/acting-for", &[("patient", "")]).await;
    assert_eq!(reads(tom.clone()).await, StatusCode::NOT_FOUND);

    // Léa turns 18 today: the authorization her mother gave ends by itself.
    let paris = jiff::tz::TimeZone::get("Europe/Paris").unwrap();
    let eighteen_today =
        jiff::Zoned::now().with_time_zone(paris).date().checked_sub(jiff::Span::new().years(18)).unwrap().to_string();
    sqlx::query("UPDATE patients SET birth_date = $1 WHERE id = $2")
        .bind(&eighteen_today)
        .bind(&lea)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(reads(lea.clone()).await, StatusCode::NOT_FOUND);
    let ended: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE patient_id = $1 AND actor_id = $2 AND reason = 'minor-consent-ended'",
    )
    .bind(&lea)
    .bind(&doctor_id)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(ended, 1);
    let (_, patients) = doctor.page("/patients").await;
    assert!(!patients.contains("Léa"), "{patients}");

    // Léa, now with an account of her own, is asked on her home page and keeps it.
    let args = ["--role", "patient", "--name", "Léa Martin", "--email", "lea@example.org"];
    let more = ["--health-id", "215067512345674", "--birth-date", eighteen_today.as_str()];
    let (lea_browser, _) = enrolled(&server, &server.invite_with(&[args.as_slice(), &more].concat()).await).await;
    let (_, home) = lea_browser.page("/").await;
    assert!(home.contains("Depuis vos 18 ans, une autorisation donnée pour vous"), "{home}");
    let (_, sharing) = lea_browser.page("/sharing").await;
    assert!(sharing.contains("Autorisations données pendant votre minorité") && sharing.contains("Dr Ana Ruiz"));
    assert_eq!(crate::sharing::decide(&lea_browser, &doctor_id, "authorize").await, "/sharing?notice=authorize");
    assert_eq!(reads(lea.clone()).await, StatusCode::OK, "kept by the young adult herself");
    let (_, home) = lea_browser.page("/").await;
    assert!(!home.contains("Depuis vos 18 ans"), "nothing left to review");
    let (_, sharing) = lea_browser.page("/sharing").await;
    assert!(!sharing.contains("Autorisations données pendant votre minorité"));
    server.stop().await;
}

/// The minor's form as staff fill it for Léa Martin (born 2015), with one representative.
fn lea_form<'a>(family: &'a str, rep_name: &'a str, rep_email: &'a str, evidence: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("given", "Léa"),
        ("family", family),
        ("birth", "2015-06-01"),
        ("ins", "215067512345674"),
        ("own_email", ""),
        ("rep1_name", rep_name),
        ("rep1_email", rep_email),
        ("evidence", evidence),
    ]
}

/// (delegations of `patient_id`, its appointments waiting, audit rows refused with `reason`).
async fn appointment_state(server: &TestServer, patient_id: &str, reason: &str) -> (i64, i64, i64) {
    let count = |sql: &'static str, bind: String| {
        let db = &server.db;
        async move { sqlx::query_scalar::<_, i64>(sql).bind(bind).fetch_one(db).await.unwrap() }
    };
    (
        count("SELECT COUNT(*) FROM delegations WHERE patient_id = $1", patient_id.into()).await,
        count(
            "SELECT COUNT(*) FROM representative_appointments WHERE patient_id = $1 AND decided_at IS NULL",
            patient_id.into(),
        )
        .await,
        count("SELECT COUNT(*) FROM audit_log WHERE decision = 'deny' AND reason = $1", reason.into()).await,
    )
}

/// The attacks on a minor's record through the desk: a staff member makes themselves, or a
/// colleague, a representative (or the child, through the address kept for their 18th
/// birthday); approves their own proposal; someone outside the desk (a professional, a
/// representative) approves one; an address becomes a staff account between proposal and
/// approval. Each is refused, changes nothing and is logged. What goes through needs the
/// document's kind and a second person; everyone already acting for the child is told, and
/// sees it in the history; so is a recovery of the child's own account.
async fn appointing_a_representative_takes_two_people_and_never_one_of_the_desk(backend: Backend) {
    let server = start(backend).await;
    let (camille, _) = demo_patient(&server).await;
    let (sophie, _) = staff(&server).await;
    let nadia = colleague(&server).await;
    let child_exists = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM patient_identifiers WHERE value = '215067512345674'")
            .fetch_one(&server.db)
            .await
            .unwrap()
    };
    let refused_unlinked = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE patient_id IS NULL AND decision = 'deny' AND reason = 'staff-account'",
        )
        .fetch_one(&server.db)
        .await
        .unwrap()
    };

    // Sophie names herself, then her colleague, then keeps her own address as the child's.
    for (rep, own) in [
        ("sophie.leroy@example.org", ""),
        ("NADIA.haddad@example.org", ""),
        ("hugo@example.org", "sophie.leroy@example.org"),
    ] {
        let mut form = lea_form("Martin", "Quelqu'un", rep, "birth-certificate");
        form[4] = ("own_email", own);
        let sent = Browser::sent_back(sophie.post_form("/desk/minor", &form).await).await;
        assert_eq!(sent.problem, Problem::DeskStaffAccount, "{rep} {own}");
        assert!(sent.kept("Quelqu'un"), "what was typed is kept");
    }
    assert_eq!(child_exists().await, 0, "no record made");
    assert_eq!(refused_unlinked().await, 3, "each attempt logged");
    // No document named: refused, nothing made.
    let sent = Browser::sent_back(
        sophie.post_form("/desk/minor", &lea_form("Martin", "Camille Martin", "camille.martin@example.org", "")).await,
    )
    .await;
    assert_eq!(sent.problem, Problem::DeskEvidenceMissing);
    assert!(sent.kept("camille.martin@example.org"));
    assert_eq!(child_exists().await, 0);

    // Proposed with a family record book: the record exists, Camille cannot act for Léa yet.
    let proposal = lea_form("Martin", "Camille Martin", "camille.martin@example.org", "family-record-book");
    assert_eq!(
        Browser::location(&sophie.post_form("/desk/minor", &proposal).await),
        "/desk?notice=minor-created#waiting-title"
    );
    let lea: String = sqlx::query_scalar("SELECT patient_id FROM patient_identifiers WHERE value = '215067512345674'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, helping) = camille.page("/helping").await;
    assert!(!helping.contains("Léa Martin"), "not before a second person approves");
    assert_eq!(appointment_state(&server, &lea, "second-person-needed").await, (0, 1, 0));

    // Sophie approves her own proposal: refused and logged; she may only withdraw it.
    let (_, desk_page) = sophie.page("/desk").await;
    assert!(
        desk_page.contains("Retirer ma proposition") && desk_page.contains("Document présenté : livret de famille")
    );
    assert!(waiting_ids(&sophie, "approve").await.is_empty(), "no approve button for her own");
    let id = waiting_ids(&sophie, "refuse").await.pop().expect("her proposal, to withdraw");
    let own = sophie.post_form(&format!("/desk/representatives/{id}/approve"), &[]).await;
    assert_eq!(Browser::sent_back(own).await.problem, Problem::DeskSecondPersonNeeded);
    assert_eq!(appointment_state(&server, &lea, "second-person-needed").await, (0, 1, 1));
    // Outside the desk nobody decides: a professional, Camille herself. Not found, nothing changes.
    let (karim, _) = demo_account(&server, "professional").await;
    for outsider in [&karim, &camille] {
        let tried = outsider.post_form(&format!("/desk/representatives/{id}/approve"), &[]).await;
        assert_eq!(tried.status(), StatusCode::NOT_FOUND);
    }
    assert_eq!(appointment_state(&server, &lea, "second-person-needed").await, (0, 1, 1));

    // Nadia, having seen the book too, approves: Camille acts for Léa. Once only.
    assert_eq!(approve_waiting(&nadia).await, 1);
    let (_, helping) = camille.page("/helping").await;
    assert!(helping.contains("Léa Martin"), "{helping}");
    let again = nadia.post_form(&format!("/desk/representatives/{id}/approve"), &[]).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    assert_eq!(appointment_state(&server, &lea, "second-person-needed").await, (1, 0, 1));

    // Later, the father: the same child (her record is found, not made twice). A wrong family
    // name is refused and logged on her record; Camille twice is refused.
    let mismatch =
        sophie.post_form("/desk/minor", &lea_form("Dupont", "Hugo Martin", "hugo@example.org", "court-decision")).await;
    assert_eq!(Browser::sent_back(mismatch).await.problem, Problem::DeskIdentityMismatch);
    let twice = sophie
        .post_form("/desk/minor", &lea_form("MARTIN", "Camille Martin", "camille.martin@example.org", "court-decision"))
        .await;
    assert_eq!(Browser::sent_back(twice).await.problem, Problem::DeskAlreadyRepresentative);
    let hugo = lea_form("MARTIN", "Hugo Martin", "hugo@example.org", "court-decision");
    assert_eq!(
        Browser::location(&sophie.post_form("/desk/minor", &hugo).await),
        "/desk?notice=representatives-proposed#waiting-title"
    );
    assert_eq!(child_exists().await, 1);
    assert_eq!(appointment_state(&server, &lea, "identity-not-matched").await, (1, 1, 1));
    assert_eq!(approve_waiting(&nadia).await, 1);
    // Camille, already acting for Léa, is told who, by whom, on what document.
    let told = server.wait_for_mails("Un autre représentant légal a été désigné pour Léa Martin", 1).await;
    assert!(told[0].contains("To: camille.martin@example.org"), "{}", told[0]);
    assert!(
        told[0].contains("Hugo Martin") && told[0].contains("Nadia Haddad") && told[0].contains("décision de justice")
    );
    // Hugo gets his enrolment link, and the notice that he can act for Léa.
    server.wait_for_mails("To: hugo@example.org", 2).await;
    // And Camille sees the appointment in Léa's history.
    camille.post_form("/acting-for", &[("patient", &lea)]).await;
    let (_, history) = camille.page("/history").await;
    let approved = history.split("<li").find(|e| e.contains("a approuvé à l")).expect("the approval, listed");
    assert!(approved.contains("Nadia Haddad") && approved.contains("Hugo Martin"), "{approved}");
    assert!(approved.contains("une décision de justice"), "the document seen: {approved}");
    camille.post_form("/acting-for", &[("patient", "")]).await;

    // A proposal refused by the second person appoints no one.
    let stranger = lea_form("Martin", "Inconnu", "inconnu@example.org", "birth-certificate");
    assert_eq!(
        Browser::location(&sophie.post_form("/desk/minor", &stranger).await),
        "/desk?notice=representatives-proposed#waiting-title"
    );
    let id = waiting_ids(&nadia, "refuse").await.pop().unwrap();
    let refused = nadia.post_form(&format!("/desk/representatives/{id}/refuse"), &[]).await;
    assert_eq!(Browser::location(&refused), "/desk?notice=representative-refused#waiting-title");
    assert_eq!(appointment_state(&server, &lea, "x").await.0, 2, "Camille and Hugo only");

    // An address that becomes a staff account between proposal and approval: refused then too.
    let later = lea_form("Martin", "Futur Collègue", "futur@example.org", "birth-certificate");
    sophie.post_form("/desk/minor", &later).await;
    server.invite("staff", "Futur Collègue", "futur@example.org").await;
    let id = waiting_ids(&nadia, "approve").await.pop().unwrap();
    let tried = nadia.post_form(&format!("/desk/representatives/{id}/approve"), &[]).await;
    assert_eq!(Browser::sent_back(tried).await.problem, Problem::DeskStaffAccount);
    assert_eq!(appointment_state(&server, &lea, "staff-account").await, (2, 1, 4));

    // Léa has an account of her own; the desk starts its recovery: both parents are told.
    let lea_account = ["--role", "patient", "--name", "Léa Martin", "--email", "lea@example.org"];
    let more = ["--health-id", "215067512345674", "--birth-date", "2015-06-01"];
    enrolled(&server, &server.invite_with(&[lea_account.as_slice(), &more].concat()).await).await;
    let recover = sophie.post_form("/desk/recover", &[("ins", "215067512345674"), ("birth", "2015-06-01")]).await;
    assert_eq!(Browser::location(&recover), "/desk?notice=recovery-sent");
    let told = server.wait_for_mails("L'accueil a lancé la récupération du compte de Léa Martin", 2).await;
    assert!(told.iter().any(|m| m.contains("To: camille.martin@example.org") && m.contains("Sophie Leroy")));
    assert!(told.iter().any(|m| m.contains("To: hugo@example.org")));
    server.stop().await;
}
