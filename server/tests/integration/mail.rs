//! E-mail as people receive it: a consultation's publications reach the patient as one message
//! that counts the new items; every message is marked as automated, has an id in the portal's
//! domain and an HTML part that says what the text says (checked for every message any test
//! reads, by `TestServer::mails`).

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::harness::*;

crate::on_both_databases!(a_consultations_publications_reach_the_patient_as_one_email);

const DEMO_INS: &str = "2 84 03 75 123 456 40";
const NOTICE: &str = "Du nouveau dans votre carnet";

/// Messages to the demo patient telling her of something new.
fn notices(server: &TestServer) -> Vec<String> {
    server.mails().into_iter().filter(|m| m.contains(NOTICE) && m.contains("To: camille.martin@example.org")).collect()
}

/// Waits until the outbox has nothing left to send.
async fn outbox_drained(server: &TestServer) {
    for _ in 0..200 {
        let unsent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .fetch_one(&server.db)
            .await
            .unwrap();
        if unsent == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox was not emptied");
}

async fn a_consultations_publications_reach_the_patient_as_one_email(backend: Backend) {
    const HOLD_SECONDS: u64 = 8;
    let server = start_with(backend, &[("CARNET_MAIL_GROUP_SECONDS", "8")]).await;
    let (_patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    // The demo record's own notice (sent at once) is out of the way.
    outbox_drained(&server).await;
    let before = notices(&server).len();

    // A consultation: a result, a report and a vaccination, published one after the other.
    let started = Instant::now();
    let taken_at = format!("{}T08:15", jiff::Zoned::now().date().yesterday().unwrap());
    let result = doctor
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
    assert_eq!(Browser::location(&result), "/publish?notice=published");
    let pdf = carnet_core::pdf::text_page("Compte rendu de consultation", &["Examen normal.".to_string()]);
    let fields = [
        ("ins", DEMO_INS),
        ("birth", "1984-03-02"),
        ("title", "Compte rendu de consultation"),
        ("kind", "report"),
        ("date", "2026-01-15"),
    ];
    let report = doctor.post_multipart("/publish/report", &fields, Some(("file", "cr.pdf", pdf))).await;
    assert_eq!(Browser::location(&report), "/publish?notice=published");
    let vaccination = doctor
        .post_form(
            "/publish/vaccination",
            &[("ins", DEMO_INS), ("birth", "1984-03-02"), ("vaccine", "187"), ("date", "2026-02-01"), ("dose", "1")],
        )
        .await;
    assert_eq!(Browser::location(&vaccination), "/publish?notice=published");
    let published_in = started.elapsed();
    assert!(published_in < Duration::from_secs(HOLD_SECONDS - 2), "publishing took {published_in:?}: too slow to test");

    // Held: nothing is sent while more may come.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(notices(&server).len(), before, "the notice waits for the rest of the consultation");
    let (held, items): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(MAX(items), 0) FROM outbox WHERE sent_at IS NULL AND group_key IS NOT NULL",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!((held, items), (1, 3), "one notice, written in each publication's transaction, counting three items");

    // Then one e-mail, counting the three, with no health detail.
    let deadline = Instant::now() + Duration::from_secs(HOLD_SECONDS + 15);
    while notices(&server).len() == before {
        assert!(Instant::now() < deadline, "the grouped notice was never sent");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let all = notices(&server);
    assert_eq!(all.len(), before + 1, "one e-mail for the consultation");
    let mail = all.iter().find(|m| m.contains("3 nouveaux éléments ont été ajoutés")).expect("the count is told");
    for detail in ["HbA1c", "Hémoglobine", "Compte rendu", "Zona", "6,4"] {
        assert!(!mail.contains(detail), "{detail} in {mail}");
    }

    // The next publication is a new notice, not one already sent.
    let again = doctor
        .post_form(
            "/publish/results",
            &[
                ("ins", DEMO_INS),
                ("birth", "1984-03-02"),
                ("taken_at", &taken_at),
                ("code0", "1558-6"),
                ("value0", "0,9"),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let deadline = Instant::now() + Duration::from_secs(HOLD_SECONDS + 15);
    while notices(&server).len() == before + 1 {
        assert!(Instant::now() < deadline, "the next notice was never sent");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(notices(&server).iter().any(|m| m.contains("Un nouvel élément a été ajouté")));
    server.stop().await;
}
