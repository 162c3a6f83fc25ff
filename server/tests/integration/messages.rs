//! Messages with the care team: the patient's side and the professional write, read and
//! answer; files go with them and the patient keeps one in their documents; notices carry no
//! health content and come at most once an hour; the policy decides who may start, read and
//! write (consent, block, the conversation's parties, a caregiver's scope, a practice), every
//! read is in the audit log, and bad input is refused with nothing stored.

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id, professional};

crate::on_both_databases!(
    the_patient_and_the_doctor_write_read_and_keep_files,
    the_policy_decides_who_starts_reads_and_writes,
    caregivers_and_practices_write_and_read_as_the_policy_says,
    bad_messages_are_refused_and_nothing_is_stored,
    the_professional_publishes_a_file_he_sent_as_his_sealed_document,
);

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

/// Sends a message form; returns where it landed.
async fn send(browser: &Browser, path: &str, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> String {
    let file = file.map(|(name, bytes)| ("file", name, bytes.to_vec()));
    landed(browser.post_multipart(path, fields, file).await).await
}

/// The conversation id in a landing address (`/messages/<id>?notice=…`).
fn conversation_of(landing: &str) -> String {
    landing.trim_start_matches("/messages/").split(['?', '#']).next().unwrap().to_string()
}

async fn count(server: &TestServer, sql: &str, bind: &str) -> i64 {
    sqlx::query_scalar(sql).bind(bind).fetch_one(&server.db).await.unwrap()
}

/// Mails of the new-message notice sent to `email`.
fn notices_to(server: &TestServer, email: &str) -> Vec<String> {
    server
        .mails()
        .into_iter()
        .filter(|m| m.contains("Vous avez un nouveau message dans Carnet") && m.contains(&format!("To: {email}")))
        .collect()
}

/// Waits until `n` notices reached `email` (they leave through the outbox, a moment later).
async fn wait_for_notices(server: &TestServer, email: &str, n: usize) -> Vec<String> {
    for _ in 0..100 {
        let found = notices_to(server, email);
        if found.len() >= n {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("expected {n} notices to {email}, found {}", notices_to(server, email).len());
}

async fn the_patient_and_the_doctor_write_read_and_keep_files(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let benali = account_id(&server, "karim.benali@example.org").await;

    // The demo: Camille asked about her blood count and her GP answered; she has not read it.
    let (_, home) = patient.page("/").await;
    assert!(home.contains("(1 message non lu)"), "the navigation counts it");
    let (_, inbox) = patient.page("/messages").await;
    assert!(inbox.contains("Question sur mon bilan sanguin") && inbox.contains("1 nouveau"), "{inbox}");
    let demo: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (status, thread) = patient.page(&format!("/messages/{demo}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(thread.contains("Oui, continuez un mois de plus"), "{thread}");
    assert!(thread.contains("Lu par le soignant le"), "the doctor read her question to answer it");
    assert!(thread.contains("Pas pour les urgences"), "the line about emergencies");
    let (_, home) = patient.page("/").await;
    assert!(!home.contains("message non lu"), "read now");

    // She writes to him with a file; he gets a notice without any health content. (The demo's
    // two messages were told to each of them first.)
    wait_for_notices(&server, "karim.benali@example.org", 1).await;
    wait_for_notices(&server, "camille.martin@example.org", 1).await;
    let before = notices_to(&server, "karim.benali@example.org").len();
    assert_eq!(before, 1);
    let subject = "Résultat de ferritine";
    let body = "Bonjour,\nvoici le compte rendu demandé : https://example.org/aide.\nMerci";
    let landing = send(
        &patient,
        "/messages/new",
        &[("to", &format!("professional:{benali}")), ("subject", subject), ("body", body)],
        Some(("ferritine.pdf", PDF)),
    )
    .await;
    assert!(landing.ends_with("?notice=message-sent#latest"), "{landing}");
    let conversation = conversation_of(&landing);
    let notices = wait_for_notices(&server, "karim.benali@example.org", before + 1).await;
    let notice = notices.last().unwrap();
    for secret in ["ferritine", "Ferritine", "Camille", "Martin", "compte rendu"] {
        assert!(!notice.contains(secret), "a notice tells nothing of the message: {secret}\n{notice}");
    }
    // A second message within the hour: no second notice.
    let again = send(&patient, &format!("/messages/{conversation}"), &[("body", "Et aussi : merci !")], None).await;
    assert!(again.starts_with(&format!("/messages/{conversation}?notice=message-sent")));
    // (His answer's notice to her leaves after it would have: once it is there, none came.)
    send(&doctor, &format!("/messages/{conversation}"), &[("body", "Bien reçu.")], None).await;
    wait_for_notices(&server, "camille.martin@example.org", 2).await;
    assert_eq!(notices_to(&server, "karim.benali@example.org").len(), before + 1, "one an hour");

    // Her next message waits unread in his inbox: her side says so until he reads it.
    send(&patient, &format!("/messages/{conversation}"), &[("body", "Une dernière chose.")], None).await;
    let (_, his) = doctor.page("/messages").await;
    assert!(his.contains(subject) && his.contains("Camille Martin") && his.contains("1 nouveau"), "{his}");
    let (_, page) = patient.page(&format!("/messages/{conversation}")).await;
    assert!(page.contains("Pas encore lu"));
    let (_, read) = doctor.page(&format!("/messages/{conversation}")).await;
    assert!(read.contains("ferritine.pdf") && read.contains("href=\"https://example.org/aide\""), "{read}");
    assert!(!read.contains("<a href=\"https://example.org/aide.\""), "the full stop is not in the link");
    let (_, page) = patient.page(&format!("/messages/{conversation}")).await;
    assert!(page.contains("Lu par le soignant le") && !page.contains("Pas encore lu"));
    // His read is a read of her record, in her history.
    let reads = count(
        &server,
        "SELECT COUNT(*) FROM audit_log WHERE patient_id = $1 AND action = 'read.messages' AND decision = 'allow' \
         AND actor_id = (SELECT id FROM accounts WHERE email = 'karim.benali@example.org')",
        &record,
    )
    .await;
    assert!(reads >= 1);
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("a lu vos messages"), "who saw my record says it");

    // He answers with a prescription; she keeps it in her documents, once.
    let answered = send(
        &doctor,
        &format!("/messages/{conversation}"),
        &[("body", "Voici l'ordonnance.")],
        Some(("ordo.pdf", PDF)),
    )
    .await;
    assert!(answered.contains("notice=message-sent"));
    let file: String = sqlx::query_scalar(
        "SELECT f.id FROM message_attachments f JOIN messages g ON g.id = f.message_id \
         WHERE g.conversation_id = $1 AND f.file_name = 'ordo.pdf'",
    )
    .bind(&conversation)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let served = patient.get(&format!("/messages/{conversation}/files/{file}")).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert!(served.headers()["content-security-policy"].to_str().unwrap().starts_with("sandbox"));
    assert_eq!(served.bytes().await.unwrap().as_ref(), PDF);
    let save = format!("/messages/{conversation}/files/{file}/save");
    assert_eq!(
        Browser::location(&patient.post_form(&save, &[]).await),
        format!("/messages/{conversation}?notice=saved-to-documents")
    );
    patient.post_form(&save, &[]).await;
    let saved =
        count(&server, "SELECT COUNT(*) FROM documents WHERE patient_id = $1 AND source LIKE 'message/%'", &record)
            .await;
    assert_eq!(saved, 1, "saved once, whatever the clicks");
    let (_, documents) = patient.page("/documents").await;
    assert!(documents.contains("ordo.pdf"), "{documents}");
    // A professional keeps nothing in her documents.
    assert_eq!(doctor.post_form(&save, &[]).await.status(), StatusCode::NOT_FOUND);

    // She archives it; his next message brings it back. Search finds it by its subject.
    let archived = patient.post_form(&format!("/messages/archive/{conversation}"), &[("archived", "1")]).await;
    assert_eq!(Browser::location(&archived), "/messages?notice=archived");
    let (_, current) = patient.page("/messages").await;
    assert!(!current.contains(subject));
    let (_, archive) = patient.page("/messages?archived=1").await;
    assert!(archive.contains(subject));
    send(&doctor, &format!("/messages/{conversation}"), &[("body", "Bon courage.")], None).await;
    let (_, found) = patient.page("/messages?q=FERRITINE").await;
    assert!(found.contains(subject) && !found.contains("Question sur mon bilan"), "{found}");

    // They leave with her record: each message a Communication, threaded, with its file.
    let export: serde_json::Value = patient.get("/export/record.json").await.json().await.unwrap();
    let communications: Vec<&serde_json::Value> = export["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Communication")
        .collect();
    let stored = count(
        &server,
        "SELECT COUNT(*) FROM messages g JOIN conversations m ON m.id = g.conversation_id WHERE m.patient_id = $1",
        &record,
    )
    .await;
    assert_eq!(communications.len() as i64, stored);
    let prescription = communications
        .iter()
        .find(|c| c["payload"][0]["contentString"] == "Voici l'ordonnance.")
        .expect("his answer is exported");
    assert_eq!(prescription["payload"][1]["contentAttachment"]["title"], "ordo.pdf");
    assert_eq!(prescription["sender"]["display"], "Karim Benali");
    assert_eq!(prescription["topic"]["text"], subject);
    assert!(prescription["inResponseTo"][0]["reference"].as_str().unwrap().starts_with("urn:uuid:"));

    // Messages are never changed nor deleted, not even from the database's console.
    let message: String = sqlx::query_scalar("SELECT id FROM messages WHERE conversation_id = $1 LIMIT 1")
        .bind(&conversation)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert!(sqlx::query("DELETE FROM messages WHERE id = $1").bind(&message).execute(&server.db).await.is_err());
    assert!(sqlx::query("UPDATE messages SET body = 'x' WHERE id = $1")
        .bind(&message)
        .execute(&server.db)
        .await
        .is_err());
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

async fn the_policy_decides_who_starts_reads_and_writes(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let benali = account_id(&server, "karim.benali@example.org").await;
    let conversation: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let thread = format!("/messages/{conversation}");
    let (stranger, stranger_id) = professional(&server, "Dr Lina Haddad", "lina@example.org", "20000000002").await;
    let (other, _) = enrolled_patient(&server, "Other Patient", "other@example.org").await;
    let (staff, _) = enrolled(&server, &server.invite("staff", "Desk Staff", "desk@example.org").await).await;

    // Nobody else reads or writes it, not even a professional she authorized: it is not theirs.
    for (who, browser) in [("stranger", &stranger), ("other patient", &other), ("staff", &staff)] {
        assert_eq!(browser.get(&thread).await.status(), StatusCode::NOT_FOUND, "{who}");
        let wrote = browser.post_multipart(&thread, &[("body", "Bonjour")], None).await;
        assert_eq!(wrote.status(), StatusCode::NOT_FOUND, "{who}");
    }
    decide(&patient, &stranger_id, "authorize").await;
    assert_eq!(stranger.get(&thread).await.status(), StatusCode::NOT_FOUND, "authorized, but not her conversation");
    let (_, inbox) = stranger.page("/messages").await;
    assert!(!inbox.contains("Question sur mon bilan"));
    let refusals: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, reason FROM audit_log WHERE patient_id = $1 AND actor_id = $2 AND decision = 'deny' ORDER BY seq",
    )
    .bind(&record)
    .bind(&stranger_id)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(refusals.first().map(|r| r.1.as_str()), Some("no-consent"));
    assert_eq!(refusals.last(), Some(&("read.messages".to_string(), "not-party".to_string())));

    // She blocks her GP: from the next request, he reads and writes nothing of it.
    decide(&patient, &benali, "block").await;
    assert_eq!(doctor.get(&thread).await.status(), StatusCode::NOT_FOUND);
    let wrote = doctor.post_multipart(&thread, &[("body", "Bonjour")], None).await;
    assert_eq!(wrote.status(), StatusCode::NOT_FOUND);
    let (_, inbox) = doctor.page("/messages").await;
    assert!(!inbox.contains("Question sur mon bilan"), "gone from his inbox too");
    // …and she cannot write to him either.
    let tried = patient
        .post_multipart(
            "/messages/new",
            &[("to", &format!("professional:{benali}")), ("subject", "Bonjour"), ("body", "Bonjour")],
            None,
        )
        .await;
    assert_eq!(landed(tried).await, sent_back_with(Problem::MessageNotTheirProfessional));
    decide(&patient, &benali, "unblock").await;
    decide(&patient, &benali, "authorize").await;
    assert_eq!(doctor.get(&thread).await.status(), StatusCode::OK);

    // A professional who does not take patients' first messages: she is told so, he can start.
    let turned_off = stranger.post_form("/messages/settings", &[("absence_reply", "")]).await;
    assert_eq!(Browser::location(&turned_off), "/messages/settings?notice=message-settings");
    let (_, new) = patient.page("/messages/new").await;
    assert!(new.contains("Ne reçoivent pas de messages de patients") && new.contains("Lina Haddad"), "{new}");
    let tried = patient
        .post_multipart(
            "/messages/new",
            &[("to", &format!("professional:{stranger_id}")), ("subject", "Bonjour"), ("body", "Bonjour")],
            None,
        )
        .await;
    assert_eq!(landed(tried).await, sent_back_with(Problem::MessageNotAccepting));
    // Audited as the refusal it is, naming whom she tried to write to.
    let (decision, reason, target): (String, String, Option<String>) = sqlx::query_as(
        "SELECT decision, reason, target FROM audit_log WHERE action = 'message.start' ORDER BY seq DESC LIMIT 1",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!((decision.as_str(), reason.as_str()), ("deny", "not-accepting"));
    assert_eq!(target, Some(format!("professional:{stranger_id}")));
    let started = send(
        &stranger,
        &format!("/messages/with/{record}"),
        &[("subject", "Votre échographie"), ("body", "Le compte rendu est normal.")],
        None,
    )
    .await;
    assert!(started.contains("notice=message-sent"), "{started}");
    let (_, hers) = patient.page("/messages").await;
    assert!(hers.contains("Votre échographie"));
    // She answers in the conversation he started.
    let replied =
        send(&patient, &format!("/messages/{}", conversation_of(&started)), &[("body", "Merci docteur.")], None).await;
    assert!(replied.contains("notice=message-sent"), "{replied}");

    // His absence reply answers her, once a day.
    doctor
        .post_form(
            "/messages/settings",
            &[("accepts", "on"), ("notices", "on"), ("absence_reply", "Absent jusqu'au 3 janvier.")],
        )
        .await;
    send(&patient, &thread, &[("body", "Une autre question.")], None).await;
    send(&patient, &thread, &[("body", "Et encore une.")], None).await;
    let (_, page) = patient.page(&thread).await;
    assert_eq!(page.matches("Absent jusqu").count(), 1, "once a day");
    assert!(page.contains("Karim Benali (réponse automatique)"));
    assert!(server.cli_output(&["audit", "verify"]).await.status.success());
    server.stop().await;
}

async fn caregivers_and_practices_write_and_read_as_the_policy_says(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = demo_record_id(&server).await;
    let conversation: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let thread = format!("/messages/{conversation}");

    // A caregiver whose delegation does not cover messages reads none; one whose does writes
    // for her, shown as such on both sides.
    invite(&patient, "paul@example.org", &["record"], "").await;
    let paul =
        join(&server, &invitation_token(&server, "paul@example.org").await, "Paul Martin", "paul@example.org").await;
    paul.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(paul.get(&thread).await.status(), StatusCode::NOT_FOUND);
    invite(&patient, "jean@example.org", &["messages"], "").await;
    let jean =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Martin", "jean@example.org").await;
    jean.post_form("/acting-for", &[("patient", &record)]).await;
    let (status, _) = jean.page(&thread).await;
    assert_eq!(status, StatusCode::OK);
    send(&jean, &thread, &[("body", "Je pose la question pour ma mère.")], None).await;
    let (_, his) = doctor.page(&thread).await;
    assert!(his.contains("Jean Martin, pour Camille Martin"), "{his}");
    let (_, hers) = patient.page(&thread).await;
    assert!(hers.contains("Jean Martin, pour Camille Martin"));
    let through: Option<String> = sqlx::query_scalar(
        "SELECT on_behalf_of FROM audit_log WHERE action = 'message.write' AND actor_id = \
         (SELECT id FROM accounts WHERE email = 'jean@example.org')",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert!(through.is_some_and(|t| t.starts_with("delegation:")));

    // A practice: she writes to it; a member who may read her record reads it, another does not.
    let (colleague, colleague_id) = professional(&server, "Dr Nadia Roche", "nadia@example.org", "20000000007").await;
    let (outsider, _) = professional(&server, "Dr Paul Vidal", "vidal@example.org", "20000000008").await;
    assert!(server.cli_output(&["practice", "create", "Cabinet des Lilas"]).await.status.success());
    for email in ["karim.benali@example.org", "nadia@example.org", "vidal@example.org"] {
        let added = server.cli_output(&["practice", "add", "Cabinet des Lilas", email]).await;
        assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    }
    assert!(!server
        .cli_output(&["practice", "add", "Cabinet des Lilas", "camille.martin@example.org"])
        .await
        .status
        .success());
    decide(&patient, &colleague_id, "authorize").await;
    let practice: String = sqlx::query_scalar("SELECT id FROM practices WHERE name = 'Cabinet des Lilas'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, new) = patient.page("/messages/new").await;
    assert!(new.contains("Cabinet des Lilas"), "{new}");
    let landing = send(
        &patient,
        "/messages/new",
        &[
            ("to", &format!("practice:{practice}")),
            ("subject", "Horaires du cabinet"),
            ("body", "Êtes-vous ouverts samedi ?"),
        ],
        None,
    )
    .await;
    let to_practice = format!("/messages/{}", conversation_of(&landing));
    let (_, inbox) = colleague.page("/messages").await;
    assert!(inbox.contains("Horaires du cabinet"));
    assert!(inbox.contains("(1 message non lu)"), "the practice's message counts in her header: {inbox}");
    assert_eq!(colleague.get(&to_practice).await.status(), StatusCode::OK);
    let (_, inbox) = outsider.page("/messages").await;
    assert!(!inbox.contains("Horaires du cabinet"), "a member she did not authorize sees nothing");
    assert!(!inbox.contains("non lu"), "nor counts it");
    assert_eq!(outsider.get(&to_practice).await.status(), StatusCode::NOT_FOUND);

    // A busy inbox, half hers and half the practice's: the header counts up to 99, then says
    // "99+"; the pages list every conversation once, newest first, across both.
    fill_inbox(&server, &colleague_id, &practice, 70).await;
    let mut listed = Vec::new();
    let mut path = "/messages".to_string();
    loop {
        let (status, page) = colleague.page(&path).await;
        assert_eq!(status, StatusCode::OK);
        if listed.is_empty() {
            assert!(page.contains("(plus de 99 messages non lus)"), "{page}");
            // Beside "Messages" in both menus, and on the phone's closed "Menu" button.
            assert_eq!(page.matches(">99+</span>").count(), 3, "{page}");
        }
        let on_page: Vec<String> = page
            .split("<li class=\"conversation")
            .skip(1)
            .map(|item| {
                let subject = item.split("Lot ").nth(1).map(|rest| format!("Lot {}", &rest[..3]));
                subject.unwrap_or_else(|| "other".to_string())
            })
            .collect();
        assert!(on_page.len() <= 50, "{}", on_page.len());
        listed.extend(on_page);
        match page.split("\" rel=\"next\"").next().and_then(|before| before.rsplit("href=\"").next()) {
            Some(next) if page.contains("rel=\"next\"") => path = next.replace("&amp;", "&"),
            _ => break,
        }
    }
    let expected: Vec<String> =
        std::iter::once("other".to_string()).chain((0..70).rev().map(|n| format!("Lot {n:03}"))).collect();
    assert_eq!(listed, expected);
    server.stop().await;
}

/// Gives the professional `n` patients who authorized them, each with a conversation whose
/// counter says two messages wait unread (the header reads the counter; no thread is opened),
/// every other one with their practice; the older the lower its number.
async fn fill_inbox(server: &TestServer, professional_id: &str, practice_id: &str, n: usize) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    for i in 0..n {
        let (patient, at) = (format!("busy-{i:03}"), now - (n - i) as i64 * 60_000);
        sqlx::query(
            "INSERT INTO patients (id, family_name, given_names, birth_date, created_at) VALUES ($1, 'Busy', 'P', '1980-01-01', 0)",
        )
        .bind(&patient)
        .execute(&server.db)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO consents (patient_id, professional_id, status, changed_at) VALUES ($1, $2, 'authorized', 0)",
        )
        .bind(&patient)
        .bind(professional_id)
        .execute(&server.db)
        .await
        .unwrap();
        let (professional, practice) = match i % 2 {
            0 => (Some(professional_id), None),
            _ => (None, Some(practice_id)),
        };
        sqlx::query(
            "INSERT INTO conversations (id, patient_id, professional_id, practice_id, subject, started_by, started_at, \
             last_message_at, care_unread) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 2)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(&patient)
        .bind(professional)
        .bind(practice)
        .bind(format!("Lot {i:03}"))
        .bind(professional_id)
        .bind(at)
        .execute(&server.db)
        .await
        .unwrap();
    }
}

async fn bad_messages_are_refused_and_nothing_is_stored(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let conversation: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let thread = format!("/messages/{conversation}");
    let messages = || count(&server, "SELECT COUNT(*) FROM messages WHERE conversation_id = $1", &conversation);
    let stored = messages().await;
    let huge = "a".repeat(1024 * 1024);
    let long = "é".repeat(5001);
    for (body, file, problem) in [
        ("", None, Problem::MessageBody),
        ("   \n  ", None, Problem::MessageBody),
        (huge.as_str(), None, Problem::MessageBody),
        (long.as_str(), None, Problem::MessageBody),
        ("<script>alert(1)</script>", None, Problem::MessageBody),
        ("bip\u{7}", None, Problem::MessageBody),
        ("Voici", Some(("faux.pdf", b"<html>not a pdf</html>".as_slice())), Problem::UploadType),
    ] {
        let sent = patient.post_multipart(&thread, &[("body", body)], file.map(|(n, b)| ("file", n, b.to_vec()))).await;
        let back = Browser::sent_back(sent).await;
        assert_eq!(back.problem, problem, "{}", body.chars().take(20).collect::<String>());
    }
    // What was typed comes back (a reasonable text), the file never.
    let sent = patient.post_multipart(&thread, &[("body", "<b>gras</b> et la suite")], None).await;
    let back = Browser::sent_back(sent).await;
    assert!(back.kept("<b>gras</b> et la suite"), "typed text kept, escaped in the textarea");
    assert_eq!(messages().await, stored, "nothing stored");
    // Someone else's conversation, or none: not found, the same.
    for id in ["no-such-conversation", "00000000-0000-0000-0000-000000000000"] {
        assert_eq!(patient.get(&format!("/messages/{id}")).await.status(), StatusCode::NOT_FOUND);
    }
    let (_, missing) = patient.page("/messages/new").await;
    assert!(missing.contains("Sujet"));
    let bad_subject = patient
        .post_multipart(
            "/messages/new",
            &[("to", "professional:x"), ("subject", "<i>x</i>"), ("body", "Bonjour")],
            None,
        )
        .await;
    assert_eq!(landed(bad_subject).await, sent_back_with(Problem::MessageSubject));
    server.stop().await;
}

async fn the_professional_publishes_a_file_he_sent_as_his_sealed_document(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let record = crate::sharing::demo_record_id(&server).await;
    let conversation: String = sqlx::query_scalar("SELECT id FROM conversations WHERE patient_id = $1")
        .bind(&record)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let path = format!("/messages/{conversation}");
    send(&doctor, &path, &[("body", "Votre compte rendu.")], Some(("compte-rendu.pdf", PDF))).await;
    send(&patient, &path, &[("body", "Et ma prise de sang.")], Some(("mon-bilan.pdf", PDF))).await;
    let file_of = |name: &'static str| {
        let server = &server;
        async move {
            sqlx::query_scalar::<_, String>("SELECT id FROM message_attachments WHERE file_name = $1")
                .bind(name)
                .fetch_one(&server.db)
                .await
                .unwrap()
        }
    };
    let (his, hers) = (file_of("compte-rendu.pdf").await, file_of("mon-bilan.pdf").await);
    let publish = |file: &str| format!("{path}/files/{file}/publish");

    // He is offered to publish his own file, not hers.
    let (_, thread) = doctor.page(&path).await;
    assert!(thread.contains(&publish(&his)) && !thread.contains(&publish(&hers)), "{thread}");
    // Nobody else publishes it: not the patient, not a professional she authorized who is not
    // in the conversation, not him with her file.
    let (other, other_id) =
        crate::sharing::professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    crate::sharing::decide(&patient, &other_id, "authorize").await;
    for (who, file) in [(&patient, &his), (&other, &his), (&doctor, &hers)] {
        let refused = who.post_form(&publish(file), &[("kind", "report")]).await;
        assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    }
    let none: i64 =
        count(&server, "SELECT COUNT(*) FROM documents WHERE patient_id = $1 AND source LIKE 'message/%'", &record)
            .await;
    assert_eq!(none, 0);

    // He publishes it as a report: a document of hers, his, sealed; once, however many clicks.
    let done = doctor.post_form(&publish(&his), &[("kind", "report")]).await;
    assert_eq!(Browser::location(&done), format!("{path}?notice=published"));
    doctor.post_form(&publish(&his), &[("kind", "letter")]).await;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT d.id, d.kind, d.origin FROM documents d WHERE d.patient_id = $1 AND d.source LIKE 'message/%'",
    )
    .bind(&record)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(rows.len(), 1, "published once");
    let (document, kind, origin) = rows[0].clone();
    assert_eq!((kind.as_str(), origin.as_str()), ("report", "professional"));
    let (_, page) = patient.page(&format!("/documents/{document}")).await;
    assert!(page.contains("compte-rendu.pdf") && page.contains("Karim Benali"), "{page}");
    let anyone = Browser::new(&server);
    let verdict =
        anyone.page(&Browser::location(&anyone.post_file("/verify", "file", "cr.pdf", PDF.to_vec()).await)).await.1;
    assert!(verdict.contains("Document authentique et intact") && verdict.contains("Karim Benali"), "{verdict}");
    // The thread says where it is; she has nothing left to save.
    let (_, thread) = doctor.page(&path).await;
    assert!(thread.contains("Dans le dossier du patient") && !thread.contains(&publish(&his)), "{thread}");
    let (_, hers_thread) = patient.page(&path).await;
    assert!(hers_thread.contains(&format!("/documents/{document}")), "{hers_thread}");
    let audited: i64 = count(
        &server,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'write.publish' AND decision = 'allow' AND patient_id = $1",
        &record,
    )
    .await;
    assert!(audited >= 1, "the publication is audited");
    server.stop().await;
}
