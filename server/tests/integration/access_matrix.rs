//! The access matrix: every route that reads a patient's record × every kind of person who may
//! or may not read it. Each answer is either the page or "not found" (sign-in for someone signed
//! out), and each decision, allowed or refused, is in the audit log with its actor and record.

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id, professional, DEMO_BIRTH, DEMO_INS};

crate::on_both_databases!(
    every_route_answers_every_actor_as_the_policy_says,
    the_patients_side_routes_answer_every_actor_as_the_policy_says,
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allow,
    NotFound,
    SignIn,
}

/// Someone in the matrix: how they are known, their browser, their account (none when signed
/// out), and what every route must answer them.
struct Who {
    name: &'static str,
    browser: Browser,
    account: Option<String>,
    expect: Expect,
}

async fn every_route_answers_every_actor_as_the_policy_says(backend: Backend) {
    let server = start(backend).await;
    let (owner, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let series: String = sqlx::query_scalar("SELECT id FROM result_series WHERE patient_id = $1 ORDER BY id LIMIT 1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let document: String = sqlx::query_scalar(
        "SELECT id FROM documents WHERE patient_id = $1 AND origin = 'professional' ORDER BY id LIMIT 1",
    )
    .bind(&record)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let routes = [
        format!("/patients/{record}"),
        format!("/patients/{record}/results"),
        format!("/results/{series}"),
        format!("/patients/{record}/documents"),
        format!("/documents/{document}"),
        format!("/documents/{document}/file"),
        format!("/documents/{document}/download"),
        format!("/patients/{record}/vaccinations"),
        format!("/patients/{record}/health"),
        format!("/patients/{record}/measurements"),
        format!("/patients/{record}/measurements/blood-pressure"),
    ];
    // The overview reads the record's summary, then its key facts from the health profile: two
    // decisions, each audited; once refused, nothing more is asked.
    let overview = routes[0].clone();

    // The cast.
    let (other_patient, _) = enrolled_patient(&server, "Other Patient", "other@example.org").await;
    let (authorized, authorized_id) =
        professional(&server, "Dr Authorized", "authorized@example.org", "20000000001").await;
    let (unauthorized, unauthorized_id) =
        professional(&server, "Dr Stranger", "stranger@example.org", "20000000002").await;
    let (blocked, blocked_id) = professional(&server, "Dr Blocked", "blocked@example.org", "20000000003").await;
    let (revoked, revoked_id) = professional(&server, "Dr Revoked", "revoked@example.org", "20000000004").await;
    let (emergency, emergency_id) = professional(&server, "Dr Emergency", "emergency@example.org", "20000000005").await;
    let (no_reason, no_reason_id) = professional(&server, "Dr No Reason", "noreason@example.org", "20000000006").await;
    let (staff, _) = enrolled(&server, &server.invite("staff", "Desk Staff", "desk@example.org").await).await;
    let (admin, _) = enrolled(&server, &server.invite("admin", "Admin Person", "admin@example.org").await).await;
    decide(&owner, &authorized_id, "authorize").await;
    decide(&owner, &blocked_id, "authorize").await;
    decide(&owner, &blocked_id, "block").await;
    // Revoked while signed in elsewhere: it read the record, then the patient revoked it.
    decide(&owner, &revoked_id, "authorize").await;
    assert_eq!(revoked.get(&routes[1]).await.status(), StatusCode::OK);
    decide(&owner, &revoked_id, "revoke").await;
    let opened = emergency
        .post_form("/patients/emergency", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH), ("reason", "Unconscious")])
        .await;
    assert_eq!(Browser::location(&opened), format!("/patients/{record}"));
    let refused =
        no_reason.post_form("/patients/emergency", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH), ("reason", "")]).await;
    assert_eq!(Browser::sent_back(refused).await.problem, Problem::EmergencyReasonMissing);

    let owner_id = account_id(&server, "camille.martin@example.org").await;
    let other_id = account_id(&server, "other@example.org").await;
    let staff_id = account_id(&server, "desk@example.org").await;
    let admin_id = account_id(&server, "admin@example.org").await;
    let cast = vec![
        Who { name: "patient (owner)", browser: owner, account: Some(owner_id), expect: Expect::Allow },
        Who { name: "other patient", browser: other_patient, account: Some(other_id), expect: Expect::NotFound },
        Who {
            name: "authorized professional",
            browser: authorized,
            account: Some(authorized_id),
            expect: Expect::Allow,
        },
        Who {
            name: "unauthorized professional",
            browser: unauthorized,
            account: Some(unauthorized_id),
            expect: Expect::NotFound,
        },
        Who { name: "blocked professional", browser: blocked, account: Some(blocked_id), expect: Expect::NotFound },
        Who {
            name: "revoked in another session",
            browser: revoked,
            account: Some(revoked_id),
            expect: Expect::NotFound,
        },
        Who { name: "emergency with a reason", browser: emergency, account: Some(emergency_id), expect: Expect::Allow },
        Who {
            name: "emergency without a reason",
            browser: no_reason,
            account: Some(no_reason_id),
            expect: Expect::NotFound,
        },
        Who { name: "reception staff", browser: staff, account: Some(staff_id), expect: Expect::NotFound },
        Who { name: "admin", browser: admin, account: Some(admin_id), expect: Expect::NotFound },
        Who { name: "anonymous", browser: Browser::new(&server), account: None, expect: Expect::SignIn },
    ];

    let mut wrong = Vec::new();
    for who in &cast {
        for route in &routes {
            let before: i64 = sqlx::query_scalar("SELECT seq FROM audit_head").fetch_one(&server.db).await.unwrap();
            let response = who.browser.get(route).await;
            let status = response.status();
            let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_string());
            let body = response.text().await.unwrap();
            let answered = match (status, location.as_deref()) {
                (StatusCode::OK, _) => Expect::Allow,
                (StatusCode::NOT_FOUND, _) => Expect::NotFound,
                (StatusCode::SEE_OTHER, Some("/signin")) => Expect::SignIn,
                _ => {
                    wrong.push(format!("{} GET {route}: unexpected {status}", who.name));
                    continue;
                }
            };
            if answered != who.expect {
                wrong.push(format!("{} GET {route}: {answered:?}, expected {:?}", who.name, who.expect));
            }
            if answered != Expect::Allow && body.contains("Camille") {
                wrong.push(format!("{} GET {route}: refused, yet the body names the patient", who.name));
            }
            // The decision is in the log: one row, this actor, this record, this outcome.
            let decisions: Vec<(String, Option<String>, String)> = sqlx::query_as(
                "SELECT actor_id, patient_id, decision FROM audit_log WHERE seq > $1 AND action LIKE 'read.%' ORDER BY seq",
            )
            .bind(before)
            .fetch_all(&server.db)
            .await
            .unwrap();
            let expected = match (&who.account, who.expect) {
                (None, _) => vec![],
                (Some(id), Expect::Allow) => {
                    let reads = if *route == overview { 2 } else { 1 };
                    vec![(id.clone(), Some(record.clone()), "allow".to_string()); reads]
                }
                (Some(id), _) => vec![(id.clone(), Some(record.clone()), "deny".to_string())],
            };
            if decisions != expected {
                wrong.push(format!("{} GET {route}: audit rows {decisions:?}, expected {expected:?}", who.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {} cells wrong:\n{}", wrong.len(), cast.len() * routes.len(), wrong.join("\n"));
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

/// The routes of the patient's side that name something in the record — one appointment (with
/// a pre-visit form), its form, and a conversation with the care team — for every kind of
/// person: the patient; a caregiver whose delegation covers appointments and the health profile
/// but not messages; the
/// GP the appointment and the conversation are with; a professional the patient authorized who
/// is party to neither; another patient; the desk outside a session; an administrator; someone
/// signed out. Each answer is the page or not-found (sign-in when signed out), and each decision
/// is in the audit log, this actor, this record, this outcome.
async fn the_patients_side_routes_answer_every_actor_as_the_policy_says(backend: Backend) {
    let server = start(backend).await;
    let (owner, _) = demo_patient(&server).await;
    let (gp, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let gp_id = account_id(&server, "karim.benali@example.org").await;
    let kind: String = sqlx::query_scalar("SELECT id FROM visit_kinds WHERE professional_id = $1")
        .bind(&gp_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let slot: String = sqlx::query_scalar(
        "SELECT s.id FROM slots s WHERE s.professional_id = $1 AND s.visit = 'in-person' AND s.starts_at > $2 \
         ORDER BY s.starts_at LIMIT 1",
    )
    .bind(&gp_id)
    .bind(now_ms() + 72 * 3_600_000)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let booked = owner.post_form(&format!("/book/{gp_id}/{slot}"), &[("key", "m-1"), ("kind", &kind)]).await;
    let appointment =
        Browser::location(&booked).trim_start_matches("/appointments/").split('?').next().unwrap().to_string();
    let conversation: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let routes = [
        format!("/appointments/{appointment}"),
        format!("/appointments/{appointment}/form"),
        format!("/messages/{conversation}"),
    ];

    assert_eq!(
        invite(&owner, "jean@example.org", &["appointments", "profile"], "").await,
        "/caregivers?notice=invited"
    );
    let caregiver =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Martin", "jean@example.org").await;
    assert_eq!(Browser::location(&caregiver.post_form("/acting-for", &[("patient", &record)]).await), "/");
    let (other_patient, _) = enrolled_patient(&server, "Other Patient", "other@example.org").await;
    let (authorized, authorized_id) =
        professional(&server, "Dr Authorized", "authorized@example.org", "20000000001").await;
    decide(&owner, &authorized_id, "authorize").await;
    let (staff, _) = enrolled(&server, &server.invite("staff", "Desk Staff", "desk@example.org").await).await;
    let (admin, _) = enrolled(&server, &server.invite("admin", "Admin Person", "admin@example.org").await).await;

    use Expect::{Allow as A, NotFound as N, SignIn as S};
    let cast: Vec<(&str, Browser, Option<String>, [Expect; 3])> = vec![
        ("patient (owner)", owner, Some(account_id(&server, "camille.martin@example.org").await), [A, A, A]),
        (
            "caregiver, appointments and profile",
            caregiver,
            Some(account_id(&server, "jean@example.org").await),
            [A, A, N],
        ),
        ("the GP of both", gp, Some(gp_id.clone()), [N, N, A]),
        ("authorized professional, party to neither", authorized, Some(authorized_id), [N, N, N]),
        ("other patient", other_patient, Some(account_id(&server, "other@example.org").await), [N, N, N]),
        ("reception staff, no session", staff, Some(account_id(&server, "desk@example.org").await), [N, N, N]),
        ("admin", admin, Some(account_id(&server, "admin@example.org").await), [N, N, N]),
        ("anonymous", Browser::new(&server), None, [S, S, S]),
    ];
    let mut wrong = Vec::new();
    for (name, browser, account, expects) in &cast {
        for (route, expect) in routes.iter().zip(expects) {
            let before: i64 = sqlx::query_scalar("SELECT seq FROM audit_head").fetch_one(&server.db).await.unwrap();
            let response = browser.get(route).await;
            let status = response.status();
            let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_string());
            let body = response.text().await.unwrap();
            let answered = match (status, location.as_deref()) {
                (StatusCode::OK, _) => Expect::Allow,
                (StatusCode::NOT_FOUND, _) => Expect::NotFound,
                (StatusCode::SEE_OTHER, Some("/signin")) => Expect::SignIn,
                _ => {
                    wrong.push(format!("{name} GET {route}: unexpected {status}"));
                    continue;
                }
            };
            if answered != *expect {
                wrong.push(format!("{name} GET {route}: {answered:?}, expected {expect:?}"));
            }
            // (A caregiver's pages name the person they act for: what is refused is the content.)
            let tells = ["Prise de sang", "Question sur mon bilan sanguin", "ferritine"];
            if answered != Expect::Allow && tells.iter().any(|t| body.contains(t)) {
                wrong.push(format!("{name} GET {route}: refused, yet the body tells of the record"));
            }
            // Every decision of the request is this actor's on this record, with this outcome;
            // a refusal is told once.
            let decisions: Vec<(String, Option<String>, String)> = sqlx::query_as(
                "SELECT actor_id, patient_id, decision FROM audit_log WHERE seq > $1 AND action LIKE 'read.%' ORDER BY seq",
            )
            .bind(before)
            .fetch_all(&server.db)
            .await
            .unwrap();
            let outcome = if answered == Expect::Allow { "allow" } else { "deny" };
            let fits = match account {
                None => decisions.is_empty(),
                Some(id) => {
                    !decisions.is_empty()
                        && (outcome == "allow" || decisions.len() == 1)
                        && decisions.iter().all(|d| d == &(id.clone(), Some(record.clone()), outcome.to_string()))
                }
            };
            if !fits {
                wrong.push(format!("{name} GET {route}: audit rows {decisions:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {} cells wrong:\n{}", wrong.len(), cast.len() * routes.len(), wrong.join("\n"));
    server.stop().await;
}
