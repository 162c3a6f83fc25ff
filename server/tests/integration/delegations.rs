//! Caregivers: a patient invites, the caregiver accepts (new account or existing one) and acts
//! for them within the scope, ended by either side or by the date chosen, every step audited and
//! told; protected settings, delegation chains, bad and replayed links refused; ending while the
//! caregiver reads leaves one state.

use reqwest::StatusCode;

use crate::harness::*;
use crate::sharing::{account_id, demo_record_id};

crate::on_both_databases!(
    caregivers_are_invited_accept_and_act_within_their_scope,
    delegations_end_by_either_side_or_by_date_and_links_cannot_be_replayed,
    ending_while_the_caregiver_reads_ends_in_one_state,
);

/// The patient invites `email` through the form; returns where the form sent them back to.
pub async fn invite(patient: &Browser, email: &str, scopes: &[&str], last_day: &str) -> String {
    let mut form = vec![("email", email), ("last_day", last_day)];
    form.extend(scopes.iter().map(|s| (*s, "on")));
    Browser::location(&patient.post_form("/caregivers/invite", &form).await)
}

/// The token of the latest invitation to `email`, read from its e-mail once delivered (the
/// database keeps only its hash).
pub async fn invitation_token(server: &TestServer, email: &str) -> String {
    let hash: String = sqlx::query_scalar(
        "SELECT invitation_hash FROM delegations WHERE invited_email = $1 ORDER BY created_at DESC LIMIT 1",
    )
    .bind(email)
    .fetch_one(&server.db)
    .await
    .unwrap();
    for _ in 0..100 {
        let tokens = server.mails().into_iter().filter(|m| m.contains(&format!("To: {email}"))).flat_map(|m| {
            m.match_indices("/invitations/")
                .map(|(at, found)| {
                    m[at + found.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
        });
        if let Some(token) = tokens.into_iter().find(|t| carnet_core::tokens::hash_token(t) == hash) {
            return token;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no invitation e-mail reached {email}");
}

/// A new caregiver joins through the invitation sent to `email`: account, then the link to
/// create their passkey, read from their mail (never handed to whoever holds the invitation),
/// passkey, signed in.
pub async fn join(server: &TestServer, token: &str, name: &str, email: &str) -> Browser {
    let browser = Browser::new(server);
    let joined = browser.post_form(&format!("/invitations/{token}/join"), &[("name", name)]).await;
    assert_eq!(Browser::location(&joined), "/signin?notice=joined");
    let sent = server.wait_for_mails(&format!("To: {email}"), 2).await;
    let enrol_link = sent
        .iter()
        .find_map(|mail| mail.split("/enrol/").nth(1))
        .map(|rest| rest.chars().take(43).collect::<String>())
        .expect("the passkey link went to the invited address");
    let mut device = Device::new();
    let done = enrol(server, &browser, &mut device, &enrol_link).await;
    assert_eq!(done.status(), StatusCode::OK, "{}", done.text().await.unwrap());
    browser
}

/// Audit rows of a record by an actor: (action, decision, reason, on_behalf_of).
async fn audited(server: &TestServer, patient: &str, actor: &str) -> Vec<(String, String, String, Option<String>)> {
    sqlx::query_as(
        "SELECT action, decision, reason, on_behalf_of FROM audit_log WHERE patient_id = $1 AND actor_id = $2 \
         ORDER BY seq",
    )
    .bind(patient)
    .bind(actor)
    .fetch_all(&server.db)
    .await
    .unwrap()
}

async fn delegation_id(server: &TestServer, email: &str) -> String {
    sqlx::query_scalar("SELECT id FROM delegations WHERE invited_email = $1 ORDER BY created_at DESC")
        .bind(email)
        .fetch_all(&server.db)
        .await
        .unwrap()
        .into_iter()
        .next()
        .expect("a delegation")
}

async fn caregivers_are_invited_accept_and_act_within_their_scope(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;

    // Bad input comes back to the form with the reason and what was typed; nothing is sent.
    let refused = |email: &'static str, scopes: &'static [&'static str], day: &'static str| {
        let patient = &patient;
        async move {
            let mut form = vec![("email", email), ("last_day", day)];
            form.extend(scopes.iter().map(|s| (*s, "on")));
            Browser::sent_back(patient.post_form("/caregivers/invite", &form).await).await
        }
    };
    let sent_back = refused("jean@", &["record", "upload"], "").await;
    assert_eq!(sent_back.problem, Problem::EmailInvalid);
    assert!(sent_back.page.contains("adresse e-mail n'est pas valide") && sent_back.kept("jean@"));
    let checked = |page: &str, scope: &str| {
        page.split(&format!("name=\"{scope}\""))
            .nth(1)
            .is_some_and(|rest| rest.split('>').next().unwrap().contains("checked"))
    };
    assert!(checked(&sent_back.page, "record") && checked(&sent_back.page, "upload"), "the boxes ticked stay ticked");
    assert!(!checked(&sent_back.page, "appointments"), "and the others stay unticked");
    assert_eq!(refused("camille.martin@example.org", &["record"], "").await.problem, Problem::DelegationOwnAddress);
    assert_eq!(refused("jean@example.org", &[], "").await.problem, Problem::DelegationNoScope);
    assert_eq!(refused("jean@example.org", &["record"], "2020-01-01").await.problem, Problem::DelegationEndPast);
    let bad_day = refused("jean@example.org", &["record"], "01/01/2099").await;
    assert!(bad_day.problem == Problem::DateInvalid && bad_day.kept("01/01/2099"));
    assert_eq!(count_delegations(&server).await, 0);

    // The invitation: stored, e-mailed, listed; a second one to the same address is refused.
    assert_eq!(invite(&patient, "Jean@Example.org", &["record"], "").await, "/caregivers?notice=invited");
    assert_eq!(refused("jean@example.org", &["record"], "").await.problem, Problem::DelegationAlreadyInvited);
    let (_, caregivers) = patient.page("/caregivers").await;
    assert!(caregivers.contains("jean@example.org") && caregivers.contains("Invitation envoyée"), "{caregivers}");
    let token = invitation_token(&server, "jean@example.org").await;

    // Opened signed out, the link shows who invites and for what; the new caregiver joins.
    let (status, invitation) = Browser::new(&server).page(&format!("/invitations/{token}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(invitation.contains("Camille Martin") && invitation.contains("consulter le dossier"), "{invitation}");
    let bad_name = Browser::new(&server).post_form(&format!("/invitations/{token}/join"), &[("name", " ")]).await;
    assert_eq!(Browser::sent_back(bad_name).await.problem, Problem::NameInvalid);
    let caregiver = join(&server, &token, "Jean Dupont", "jean@example.org").await;
    let caregiver_id = account_id(&server, "jean@example.org").await;
    server.wait_for_mails("Jean Dupont a accepté votre invitation", 1).await;

    // Acting for Camille: every page says so, the record reads, the first use is told once.
    assert_eq!(caregiver.get("/results").await.status(), StatusCode::NOT_FOUND, "nothing until they choose");
    let (_, helping) = caregiver.page("/helping").await;
    assert!(helping.contains("Camille Martin") && helping.contains("Agir pour cette personne"), "{helping}");
    let chose = caregiver.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(Browser::location(&chose), "/");
    let (status, home) = caregiver.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("Vous agissez pour : Camille Martin") && home.contains("Dossier de Camille Martin"));
    let (status, results) = caregiver.page("/results").await;
    assert_eq!(status, StatusCode::OK);
    assert!(results.contains("Glyc") && results.contains("Vous agissez pour : Camille Martin"));
    server.wait_for_mails("a ouvert votre dossier pour la première fois", 1).await;
    // Told once, however many reads follow.
    assert_eq!(caregiver.get("/vaccinations").await.status(), StatusCode::OK);
    assert_eq!(server.outbox_count("delegation-first-used").await, 1, "the notice is written by the read itself");

    // Outside the scope, and the settings that protect the patient: refused, as not found.
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["x".to_string()]);
    let upload = caregiver.post_multipart("/upload", &[("title", "X")], Some(("file", "x.pdf", pdf))).await;
    assert_eq!(upload.status(), StatusCode::NOT_FOUND);
    for page in ["/sharing", "/history", "/caregivers"] {
        assert_eq!(caregiver.get(page).await.status(), StatusCode::NOT_FOUND, "{page}");
    }
    assert_eq!(caregiver.get("/history.csv").await.status(), StatusCode::NOT_FOUND);
    // No delegation chain: a caregiver cannot invite someone else for the patient.
    let chain = caregiver.post_form("/caregivers/invite", &[("email", "other@example.org"), ("record", "on")]).await;
    assert_eq!(chain.status(), StatusCode::NOT_FOUND);
    let share =
        caregiver.post_form("/sharing/decide", &[("professional", &caregiver_id), ("change", "authorize")]).await;
    assert_eq!(share.status(), StatusCode::NOT_FOUND);
    assert_eq!(count_delegations(&server).await, 1);

    // Every step is in the log with the actor, the patient and the delegation.
    let delegation = format!("delegation:{}", delegation_id(&server, "jean@example.org").await);
    let rows = audited(&server, &record, &caregiver_id).await;
    let has = |action: &str, decision: &str, reason: &str| {
        rows.iter().any(|r| r.0 == action && r.1 == decision && r.2 == reason && r.3.as_deref() == Some(&delegation))
    };
    assert!(has("delegation.accept", "allow", "invitation"), "{rows:?}");
    assert!(has("read.results", "allow", "delegation"), "{rows:?}");
    assert!(has("write.upload", "deny", "out-of-scope"), "{rows:?}");
    assert!(has("read.history", "deny", "out-of-scope") && has("delegation.invite", "deny", "out-of-scope"));
    // And the patient sees it in "who saw my record".
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Jean Dupont") && history.contains("par la délégation que vous avez donnée"));

    // The patient ends it: the caregiver's very next request is refused, both are told.
    let id = delegation.trim_start_matches("delegation:").to_string();
    let ended = patient.post_form(&format!("/delegations/{id}/end"), &[("from", "caregivers")]).await;
    assert_eq!(Browser::location(&ended), "/caregivers?notice=ended");
    assert_eq!(caregiver.get("/results").await.status(), StatusCode::NOT_FOUND);
    let (_, home) = caregiver.page("/").await;
    assert!(!home.contains("Vous agissez pour"), "the banner goes with the delegation");
    let again = caregiver.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    server.wait_for_mails("ne peut plus agir pour vous", 1).await;
    server.wait_for_mails("Vous ne pouvez plus agir pour Camille Martin", 1).await;
    // Ending twice, or someone else's: not found.
    let twice = patient.post_form(&format!("/delegations/{id}/end"), &[]).await;
    assert_eq!(twice.status(), StatusCode::NOT_FOUND);
    server.stop().await;
}

async fn delegations_end_by_either_side_or_by_date_and_links_cannot_be_replayed(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    // Paul already has an account (he is a patient himself) and accepts signed in.
    let (paul, _) = enrolled_patient(&server, "Paul Martin", "paul@example.org").await;
    let paul_id = account_id(&server, "paul@example.org").await;
    let today = jiff::Zoned::now().with_time_zone(jiff::tz::TimeZone::get("Europe/Paris").unwrap()).date();
    assert_eq!(
        invite(&patient, "paul@example.org", &["upload"], &today.to_string()).await,
        "/caregivers?notice=invited"
    );
    let token = invitation_token(&server, "paul@example.org").await;

    // A guessed link is unknown; the patient cannot accept her own invitation.
    let (status, _) = paul.page("/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let own = patient.post_form(&format!("/invitations/{token}/accept"), &[]).await;
    let own = Browser::sent_back(own).await;
    assert_eq!(own.problem, Problem::DelegationOwnRecord);
    assert!(own.page.contains("Vous ne pouvez pas agir pour vous-même") && own.page.contains("Camille Martin"));

    // A link forwarded or intercepted is no use to anyone else: Eve, signed in, is told it was
    // sent to another address, and her accepting changes nothing.
    let (stranger, _) = enrolled_patient(&server, "Eve", "eve@example.org").await;
    let (_, seen) = stranger.page(&format!("/invitations/{token}")).await;
    assert!(seen.contains("Cette invitation a été envoyée à paul@example.org"), "{seen}");
    assert!(!seen.contains(&format!("/invitations/{token}/accept")), "no button to accept");
    let taken = Browser::sent_back(stranger.post_form(&format!("/invitations/{token}/accept"), &[]).await).await;
    assert_eq!(taken.problem, Problem::DelegationOtherAddress);
    let accepted_by: Option<String> =
        sqlx::query_scalar("SELECT delegate_account_id FROM delegations WHERE invited_email = 'paul@example.org'")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(accepted_by, None);

    // Paul accepts (and acts for her at once); the link cannot be used again, by anyone.
    let accepted = paul.post_form(&format!("/invitations/{token}/accept"), &[]).await;
    assert_eq!(Browser::location(&accepted), "/helping?notice=accepted");
    let (status, used) = paul.page(&format!("/invitations/{token}")).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(used.contains("déjà été acceptée"));
    let replay = stranger.post_form(&format!("/invitations/{token}/accept"), &[]).await;
    let replay = replay.text().await.unwrap();
    assert!(replay.contains("déjà été acceptée"), "{replay}");
    assert_eq!(stranger.get("/helping").await.status(), StatusCode::OK);
    let (_, eve_helps) = stranger.page("/helping").await;
    assert!(!eve_helps.contains("Camille"));

    // Upload only: he adds a document (authored by him), but does not read the record.
    let (_, home) = paul.page("/").await;
    assert!(home.contains("Vous agissez pour : Camille Martin"));
    assert_eq!(paul.get("/results").await.status(), StatusCode::NOT_FOUND);
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["x".to_string()]);
    let upload = paul
        .post_multipart("/upload", &[("title", "Ordonnance"), ("kind", "letter")], Some(("file", "o.pdf", pdf)))
        .await;
    assert_eq!(Browser::location(&upload), "/documents?notice=uploaded");
    let (_, documents) = patient.page("/documents").await;
    assert!(documents.contains("Ordonnance") && documents.contains("Paul Martin"), "the author is who added it");
    // What a caregiver added is news to the patient (her own uploads are not: record.rs).
    let (_, her_home) = patient.page("/").await;
    let new_items = her_home.split("Nouveau depuis votre dernière visite").nth(1).unwrap();
    assert!(new_items.split("<h2").next().unwrap().contains(">Ordonnance<"), "{her_home}");
    // Back to his own record: his own, not hers.
    paul.post_form("/acting-for", &[("patient", "")]).await;
    let (_, home) = paul.page("/").await;
    assert!(!home.contains("Vous agissez pour") && home.contains("Bonjour, Paul Martin"), "{home}");

    // Past the last day the patient chose, it no longer works (no job needed).
    paul.post_form("/acting-for", &[("patient", &record)]).await;
    sqlx::query("UPDATE delegations SET ends_at = $1 WHERE delegate_account_id = $2")
        .bind(now_ms() - 1)
        .bind(&paul_id)
        .execute(&server.db)
        .await
        .unwrap();
    let pdf = carnet_core::pdf::text_page("Trop tard", &["x".to_string()]);
    let late = paul.post_multipart("/upload", &[("title", "Trop tard")], Some(("file", "t.pdf", pdf))).await;
    assert_eq!(late.status(), StatusCode::NOT_FOUND, "refused, and not put in his own record instead");
    let (_, own) = paul.page("/documents").await;
    assert!(!own.contains("Trop tard") && !own.contains("Vous agissez pour"), "back to his own record after that");
    let (_, caregivers) = patient.page("/caregivers").await;
    assert!(caregivers.contains("Expiré"), "{caregivers}");

    // A new invitation replaces the expired delegation; a third one, while it runs, is refused.
    let renew = |scopes: &'static [&'static str]| {
        let (patient, server) = (&patient, &server);
        async move {
            assert_eq!(invite(patient, "paul@example.org", scopes, "").await, "/caregivers?notice=invited");
            invitation_token(server, "paul@example.org").await
        }
    };
    let second = renew(&["record"]).await;
    let accepted = paul.post_form(&format!("/invitations/{second}/accept"), &[]).await;
    assert_eq!(Browser::location(&accepted), "/helping?notice=accepted");
    assert_eq!(paul.get("/results").await.status(), StatusCode::OK);
    let third = renew(&["record", "upload"]).await;
    let conflict = paul.post_form(&format!("/invitations/{third}/accept"), &[]).await;
    assert_eq!(Browser::sent_back(conflict).await.problem, Problem::DelegationExists, "one running delegation at most");
    let running = delegation_of(&server, &paul_id).await;
    // Someone else cannot end it.
    let foreign = stranger.post_form(&format!("/delegations/{running}/end"), &[]).await;
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    let stopped = paul.post_form(&format!("/delegations/{running}/end"), &[("from", "helping")]).await;
    assert_eq!(Browser::location(&stopped), "/helping?notice=ended");
    assert_eq!(paul.get("/results").await.status(), StatusCode::NOT_FOUND);
    let rows = audited(&server, &record, &paul_id).await;
    assert!(rows.iter().any(|r| r.0 == "delegation.end" && r.2 == "delegate"), "{rows:?}");
    assert!(rows.iter().any(|r| r.0 == "write.upload" && r.2 == "delegation-ended"), "{rows:?}");
    server.stop().await;
}

async fn ending_while_the_caregiver_reads_ends_in_one_state(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    invite(&patient, "jean@example.org", &["record"], "").await;
    let caregiver =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Dupont", "jean@example.org").await;
    caregiver.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(caregiver.get("/results").await.status(), StatusCode::OK);
    let id = delegation_id(&server, "jean@example.org").await;

    // Reads race the end: they start before it and go on until after it was answered, so that
    // some overlap it. Each is answered whole (200 or 404, never an error), and once one is
    // refused none is served again: the end takes effect at one instant.
    let answered = std::sync::atomic::AtomicBool::new(false);
    let started = std::time::Instant::now();
    let reads = async {
        let mut seen = Vec::new();
        let mut after_end = 0;
        while after_end < 3 && seen.len() < 500 {
            if answered.load(std::sync::atomic::Ordering::SeqCst) {
                after_end += 1;
            }
            let from = started.elapsed();
            let status = caregiver.get("/results").await.status();
            seen.push((from, started.elapsed(), status));
        }
        seen
    };
    let end = async {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let from = started.elapsed();
        let status = patient.post_form(&format!("/delegations/{id}/end"), &[]).await.status();
        answered.store(true, std::sync::atomic::Ordering::SeqCst);
        (from, started.elapsed(), status)
    };
    let (seen, (end_from, end_to, ended)) = tokio::join!(reads, end);
    assert_eq!(ended, StatusCode::SEE_OTHER);
    let statuses: Vec<StatusCode> = seen.iter().map(|(_, _, s)| *s).collect();
    assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(seen.first().is_some_and(|(from, _, _)| *from < end_from), "a read started before the end");
    assert!(seen.last().is_some_and(|(_, to, _)| *to > end_to), "a read ended after the end was answered");
    assert_eq!(statuses.first(), Some(&StatusCode::OK), "served before the end");
    assert_eq!(statuses.last(), Some(&StatusCode::NOT_FOUND), "refused after it");
    let first_refusal = statuses.iter().position(|s| *s == StatusCode::NOT_FOUND).unwrap();
    assert!(
        statuses[first_refusal..].iter().all(|s| *s == StatusCode::NOT_FOUND),
        "no 200 after the first 404: {statuses:?}"
    );
    // Once the end is answered, nothing reads any more.
    for _ in 0..3 {
        assert_eq!(caregiver.get("/results").await.status(), StatusCode::NOT_FOUND);
    }
    let ended_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM delegations WHERE id = $1 AND ended_at IS NOT NULL")
        .bind(&id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(ended_rows, 1);
    server.stop().await;
}

async fn count_delegations(server: &TestServer) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM delegations").fetch_one(&server.db).await.unwrap()
}

/// The delegation a person holds and has not ended.
async fn delegation_of(server: &TestServer, account: &str) -> String {
    sqlx::query_scalar("SELECT id FROM delegations WHERE delegate_account_id = $1 AND ended_at IS NULL")
        .bind(account)
        .fetch_one(&server.db)
        .await
        .unwrap()
}
