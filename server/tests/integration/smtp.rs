//! Delivery through a real SMTP server (aiosmtpd, see `testkit::SmtpServer`): a message the
//! server cannot deliver yet is kept and retried on its schedule, then arrives as people receive
//! it (headers, the HTML part beside the text); two nodes sharing one outbox deliver each message
//! exactly once.

use crate::harness::*;

crate::on_both_databases!(mail_reaches_a_real_smtp_server_retried_on_schedule_and_once_from_two_nodes);

async fn outbox_row(server: &TestServer, recipient: &str) -> Option<(i64, Option<i64>, i64, Option<String>)> {
    sqlx::query_as(
        "SELECT attempts, sent_at, next_attempt_at, last_error FROM outbox WHERE recipient = $1 AND claimed_until IS NULL",
    )
    .bind(recipient)
    .fetch_optional(&server.db)
    .await
    .unwrap()
}

async fn all_sent(server: &TestServer) -> bool {
    let unsent: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&server.db).await.unwrap();
    unsent == 0
}

async fn mail_reaches_a_real_smtp_server_retried_on_schedule_and_once_from_two_nodes(backend: Backend) {
    // The mail server is not there yet: nothing listens on its port. The operator's commands
    // have the deployment's settings, as the server has.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let smtp_url = format!("smtp://127.0.0.1:{port}");
    let settings = [("CARNET_SMTP_URL", smtp_url.as_str())];
    let server = start_with(backend, &settings).await;
    let invited = server
        .cli_output_with(
            &["invite", "--role", "patient", "--name", "Alix Durand", "--email", "alix@example.org"],
            &settings,
        )
        .await;
    assert!(invited.status.success(), "{invited:?}");
    let token = String::from_utf8_lossy(&invited.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Enrolment link: "))
        .and_then(|url| url.rsplit('/').next())
        .expect("the link is printed")
        .to_string();

    // Tried once (by the command, at once), refused, kept, and due again 30 seconds later.
    let (attempts, sent_at, next_attempt_at, last_error) =
        outbox_row(&server, "alix@example.org").await.expect("the message is kept");
    assert_eq!((attempts, sent_at), (1, None), "tried once, not sent");
    assert!(last_error.is_some_and(|e| !e.is_empty()), "why it failed is kept");
    let wait = next_attempt_at - now_ms();
    assert!((20_000..=30_000).contains(&wait), "the next attempt is 30 s after this one, {wait} ms from now");

    // The mail server comes up; the retry comes due (brought forward, not waited for), and the
    // server's worker sends it.
    let Some(smtp) = SmtpServer::start(Some(port)).await else { return };
    sqlx::query("UPDATE outbox SET next_attempt_at = 0 WHERE sent_at IS NULL").execute(&server.db).await.unwrap();
    let received = smtp.wait_for(1).await;
    let message = &received[0];
    assert!(message.contains("To: alix@example.org"), "{message}");
    assert!(message.contains("Auto-Submitted: auto-generated"), "{message}");
    assert!(
        message.lines().any(|l| l.starts_with("Message-ID: <") && l.trim_end().ends_with("@localhost>")),
        "{message}"
    );
    assert!(message.contains("multipart/alternative") && message.contains("text/html"), "text and HTML parts");
    assert!(decode_mail(message).contains(&format!("/enrol/{token}")), "the link arrives whole");
    // The server records the delivery just after the mail server accepted it: wait for that.
    let mut recorded = None;
    for _ in 0..50 {
        recorded = outbox_row(&server, "alix@example.org").await.map(|r| (r.0, r.1.is_some()));
        if recorded.is_some_and(|(_, sent)| sent) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(recorded, Some((2, true)), "sent on the second attempt");

    // Two nodes on one outbox, both delivering: Alix invites ten caregivers through the web;
    // each invitation arrives once.
    let second = server.another_node_with(&settings).await;
    let (alix, _device) = enrolled(&server, &token).await;
    for i in 0..10 {
        let form = [("email", format!("c{i}@example.org")), ("record", "on".into())];
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        alix.post_form("/caregivers/invite", &form).await;
    }
    let sent_to = |received: &[String], to: &str| received.iter().filter(|m| m.contains(&format!("To: {to}"))).count();
    for _ in 0..150 {
        if (0..10).all(|i| sent_to(&smtp.received(), &format!("c{i}@example.org")) >= 1) && all_sent(&server).await {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(all_sent(&server).await, "everything delivered");
    // One more message, queued after all the others were sent: both nodes have passed again by
    // the time it arrives, so a second copy of any invitation would have arrived too.
    alix.post_form("/caregivers/invite", &[("email", "last@example.org"), ("record", "on")]).await;
    for _ in 0..150 {
        if sent_to(&smtp.received(), "last@example.org") == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let received = smtp.received();
    assert_eq!(sent_to(&received, "last@example.org"), 1);
    for i in 0..10 {
        assert_eq!(sent_to(&received, &format!("c{i}@example.org")), 1, "c{i}@example.org: one copy");
    }
    drop(second);
    server.stop().await;
}
