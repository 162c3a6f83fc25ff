//! Consent per professional: authorize, revoke, block (which wins over everything), requests
//! (which tell the professional nothing of a record's existence), emergency access, hidden
//! documents, "who saw my record" and its CSV, concurrent changes; publishing from a record;
//! refusals answered with the site's not-found page.

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;

crate::on_both_databases!(
    patients_decide_who_reads_their_record,
    professionals_ask_and_patients_answer,
    emergency_access_is_reasoned_time_boxed_and_told,
    hidden_documents_stay_with_the_patient_and_their_author,
    who_saw_my_record_lists_others_filters_and_exports_safe_csv,
    concurrent_grants_and_revokes_end_in_one_state,
    long_histories_page_newest_first_without_gaps,
    a_request_tells_the_professional_nothing_about_the_record,
    professionals_publish_from_the_record,
    refusals_to_a_browser_are_the_sites_not_found_page,
);

/// The demo patient's INS and birth date (`carnet demo`).
pub const DEMO_INS: &str = "284037512345640";
pub const DEMO_BIRTH: &str = "1984-03-02";

/// A professional invited into the directory, enrolled and signed in: (browser, account id).
pub async fn professional(server: &TestServer, name: &str, email: &str, rpps: &str) -> (Browser, String) {
    let args = ["--role", "professional", "--name", name, "--email", email, "--rpps", rpps, "--city", "Lyon"];
    let (browser, _) = enrolled(server, &server.invite_with(&args).await).await;
    (browser, account_id(server, email).await)
}

pub async fn account_id(server: &TestServer, email: &str) -> String {
    sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(&server.db).await.unwrap()
}

/// The demo patient's record id.
pub async fn demo_record_id(server: &TestServer) -> String {
    sqlx::query_scalar(
        "SELECT p.id FROM patients p JOIN accounts a ON a.id = p.account_id WHERE a.email = 'camille.martin@example.org'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap()
}

/// The patient's decision about a professional, through the Sharing page's form (a block through
/// its confirmation page's). Returns where the form sent the patient back to.
pub async fn decide(patient: &Browser, professional_id: &str, change: &str) -> String {
    let mut form = vec![("professional", professional_id), ("change", change)];
    if change == "block" {
        form.push(("confirmed", "yes"));
    }
    Browser::location(&patient.post_form("/sharing/decide", &form).await)
}

/// The status of a page of the demo record, as the professional gets it.
async fn reads(professional: &Browser, record: &str) -> StatusCode {
    professional.get(&format!("/patients/{record}/results")).await.status()
}

async fn patients_decide_who_reads_their_record(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Alice Moreau", "alice.moreau@example.org", "10000000001").await;

    // Not authorized: the record is "not found", like one that does not exist.
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    assert_eq!(
        doctor.get("/patients/00000000-0000-0000-0000-000000000000/results").await.status(),
        StatusCode::NOT_FOUND
    );

    // The patient finds her in the directory and authorizes her.
    let (_, found) = patient.page("/sharing?q=moreau").await;
    assert!(found.contains("Dr Alice Moreau") && found.contains("RPPS 10000000001"), "{found}");
    let (_, by_rpps) = patient.page("/sharing?q=10000000001").await;
    assert!(by_rpps.contains("Dr Alice Moreau"));
    // (Her GP's first read, when he set her target in the demo, was told before.)
    let first_reads = server.outbox_count("first-read").await;
    assert_eq!(decide(&patient, &doctor_id, "authorize").await, "/sharing?notice=authorize");
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    let (_, results) = doctor.page(&format!("/patients/{record}/results")).await;
    assert!(results.contains("Camille Martin") && results.contains("Glyc"), "the record, with whose it is");
    // Her first read is told to the patient, once.
    doctor.get(&format!("/patients/{record}")).await;
    let told = server.wait_for_mails("pour la première fois", 1).await;
    assert!(told[0].contains("/history") && !told[0].contains("Glyc"), "a link, no health detail");
    // Read again: still one notice (written, or not, in the read's own transaction).
    doctor.get(&format!("/patients/{record}/results")).await;
    assert_eq!(server.outbox_count("first-read").await, first_reads + 1);

    // The Sharing page lists her; blocking her takes a confirmation: the button opens a page
    // that says whom and what it changes; a post without the confirmation changes nothing.
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Dr Alice Moreau") && sharing.contains("Autorisé le"), "{sharing}");
    let confirm_path = format!("/sharing/block/{doctor_id}");
    assert!(sharing.contains(&format!("href=\"{confirm_path}\"")), "{sharing}");
    let one_tap = patient.post_form("/sharing/decide", &[("professional", &doctor_id), ("change", "block")]).await;
    assert_eq!((one_tap.status(), Browser::location(&one_tap)), (StatusCode::SEE_OTHER, confirm_path.clone()));
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK, "not blocked without the confirmation");
    let (status, confirm) = patient.page(&confirm_path).await;
    assert_eq!(status, StatusCode::OK);
    let confirm = confirm.replace("&#x27;", "'").replace("&#39;", "'");
    for said in [
        "Bloquer Dr Alice Moreau ?",
        "10000000001",
        "Peut lire votre dossier",
        "Dr Alice Moreau ne peut plus lire votre dossier, même en urgence",
        "Vous pourrez le débloquer",
        "name=\"confirmed\" value=\"yes\"",
        "href=\"/sharing\"",
    ] {
        assert!(confirm.contains(said), "{said}: {confirm}");
    }
    assert_eq!(patient.get("/sharing/block/nobody").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(doctor.get(&confirm_path).await.status(), StatusCode::NOT_FOUND, "a professional has no sharing page");
    assert_eq!(decide(&patient, &doctor_id, "block").await, "/sharing?notice=block");
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    let (_, my_patients) = doctor.page("/patients").await;
    assert!(!my_patients.contains("Camille"), "a blocking patient is not in her list");
    // Unblocking does not authorize again.
    decide(&patient, &doctor_id, "unblock").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    decide(&patient, &doctor_id, "authorize").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    decide(&patient, &doctor_id, "revoke").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);

    // Bad input: unknown or forged professionals, non-professionals, answers to no request,
    // unknown changes. Clear errors; nothing changes.
    let patient_id = account_id(&server, "camille.martin@example.org").await;
    let refused = |professional: String, change: &'static str| {
        let patient = &patient;
        async move {
            let form = [("professional", professional.as_str()), ("change", change)];
            Browser::sent_back(patient.post_form("/sharing/decide", &form).await).await
        }
    };
    for forged in ["", "nobody", "' OR 1=1 --", &patient_id] {
        let sent_back = refused(forged.to_string(), "authorize").await;
        assert_eq!(sent_back.problem, Problem::SharingUnknownProfessional);
        assert!(sent_back.page.contains("n'est pas dans l'annuaire"), "a localized error");
    }
    assert_eq!(refused(doctor_id.clone(), "approve").await.problem, Problem::SharingNoRequest);
    let odd = patient.post_form("/sharing/decide", &[("professional", &doctor_id), ("change", "promote")]).await;
    assert_eq!(odd.status(), StatusCode::BAD_REQUEST);
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    // A professional cannot change a patient's sharing (she has no record: not found).
    let attempt = doctor.post_form("/sharing/decide", &[("professional", &doctor_id), ("change", "authorize")]).await;
    assert_eq!(attempt.status(), StatusCode::NOT_FOUND);
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    server.stop().await;
}

async fn professionals_ask_and_patients_answer(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Paul Girard", "paul.girard@example.org", "10000000002").await;

    // A request for someone who does not exist gets the same answer, and nothing is stored.
    let unknown = doctor.post_form("/patients/request", &[("ins", "184037512345690"), ("birth", "1984-03-02")]).await;
    let known = doctor.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(Browser::location(&unknown), "/patients?notice=requested");
    assert_eq!(Browser::location(&known), "/patients?notice=requested");
    let mail = server.wait_for_mails("demande à lire votre dossier", 1).await;
    assert!(mail[0].contains("/sharing"));
    // Bad identity: a localized error, the fields kept.
    let bad = doctor.post_form("/patients/request", &[("ins", "12345"), ("birth", DEMO_BIRTH)]).await;
    let sent_back = Browser::sent_back(bad).await;
    assert_eq!(sent_back.problem, Problem::HealthIdInvalid);
    assert!(
        sent_back.page.contains("numéro INS n'est pas valide") && sent_back.kept("12345") && sent_back.kept(DEMO_BIRTH)
    );
    // The form is a typed struct: a field missing or misspelt is refused, never read as empty.
    let misspelt = doctor.post_form("/patients/request", &[("inss", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(misspelt.status(), StatusCode::BAD_REQUEST);

    // Pending: the patient sees who asks; the professional sees both requests as typed, and no
    // name from the record; still no access.
    let (_, mine) = doctor.page("/patients").await;
    assert!(!mine.contains("Camille"), "{mine}");
    assert!(mine.contains(DEMO_INS) && mine.contains("184037512345690") && mine.contains("02/03/1984"), "{mine}");
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Dr Paul Girard") && sharing.contains("Demandé le"));
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Dr Paul Girard (professionnel de santé) vous a demandé l'accès à votre dossier"));
    assert!(history.contains("En attente de votre réponse"), "{history}");

    // Refused, asked again, approved.
    assert_eq!(decide(&patient, &doctor_id, "refuse").await, "/sharing?notice=refuse");
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    let (_, mine) = doctor.page("/patients").await;
    assert!(mine.contains(DEMO_INS) && !mine.contains("Camille"), "a refusal changes nothing in her list");
    doctor.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(decide(&patient, &doctor_id, "approve").await, "/sharing?notice=approve");
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    // Accepted: the patient is in her list by name; the request as typed is gone; the unknown
    // one stays as it was.
    let (_, mine) = doctor.page("/patients").await;
    assert!(mine.contains("Camille Martin") && !mine.contains(DEMO_INS) && mine.contains("184037512345690"), "{mine}");
    // The patient's history tells each request with its answer, never as access granted.
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Vous avez refusé") && history.contains("Vous avez accepté"), "{history}");
    assert!(!history.contains("En attente de votre réponse"), "{history}");
    // Asking again once authorized changes nothing; a blocked professional's request is
    // answered the same, refused in the log, and never shown as pending.
    doctor.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    decide(&patient, &doctor_id, "block").await;
    let blocked = doctor.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(Browser::location(&blocked), "/patients?notice=requested");
    let (_, sharing) = patient.page("/sharing").await;
    assert!(!sharing.contains("Demandé le"), "no pending request from a blocked professional");
    let denied: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND action = 'access.request' AND decision = 'deny' \
         AND reason = 'blocked'",
    )
    .bind(&doctor_id)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(denied, 1);
    // Patients and staff cannot use the professionals' forms.
    let by_patient = patient.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(by_patient.status(), StatusCode::NOT_FOUND);
    assert_eq!(patient.get("/patients").await.status(), StatusCode::NOT_FOUND);
    server.stop().await;
}

async fn emergency_access_is_reasoned_time_boxed_and_told(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Emma Roux", "emma.roux@example.org", "10000000003").await;
    let emergency = |reason: &'static str| {
        let doctor = &doctor;
        async move {
            doctor
                .post_form("/patients/emergency", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH), ("reason", reason)])
                .await
        }
    };

    // No reason, a blank one, or an enormous one: refused with a clear error, no access.
    for reason in ["", "   "] {
        let sent_back = Browser::sent_back(emergency(reason).await).await;
        assert_eq!(sent_back.problem, Problem::EmergencyReasonMissing);
        assert!(sent_back.page.contains("Indiquez le motif") && sent_back.kept(DEMO_INS), "the INS is kept");
    }
    let enormous = "x".repeat(5000);
    let refused = doctor
        .post_form("/patients/emergency", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH), ("reason", &enormous)])
        .await;
    assert_eq!(Browser::sent_back(refused).await.problem, Problem::EmergencyReasonInvalid);
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    // An unknown patient looks like any refusal.
    let unknown = doctor
        .post_form("/patients/emergency", &[("ins", "184037512345690"), ("birth", DEMO_BIRTH), ("reason", "Coma")])
        .await;
    assert_eq!(Browser::sent_back(unknown).await.problem, Problem::EmergencyRefused);

    // With a reason: access at once, for four hours, and the patient is told.
    let opened = emergency("Unconscious in the emergency department").await;
    assert_eq!(Browser::location(&opened), format!("/patients/{record}"));
    let (status, overview) = doctor.page(&format!("/patients/{record}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(overview.contains("Accès en urgence"), "the emergency is shown to the professional too");
    let mail = server.wait_for_mails("accès en urgence à votre dossier", 1).await;
    assert!(!mail[0].contains("Unconscious"), "the reason is on the portal, not in the mail");
    let (started, ends): (i64, i64) =
        sqlx::query_as("SELECT started_at, expires_at FROM emergency_accesses WHERE professional_id = $1")
            .bind(&doctor_id)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(ends - started, 4 * 3_600_000);
    // It stands out in the patient's history, with the reason.
    let (_, history) = patient.page("/history").await;
    assert!(
        history.contains("class=\"card emergency\"") && history.contains("Unconscious in the emergency department")
    );
    assert!(history.contains("Dr Emma Roux (professionnel de santé) a ouvert un accès en urgence à votre dossier"));
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Accès en urgence en cours") && sharing.contains("Dr Emma Roux"));

    // When it ends, access ends.
    sqlx::query("UPDATE emergency_accesses SET expires_at = $1 WHERE professional_id = $2")
        .bind(now_ms() - 1)
        .bind(&doctor_id)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    // A patient who blocked the professional stays protected: no emergency access opens, and
    // one already running stops.
    emergency("Second episode").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    decide(&patient, &doctor_id, "block").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    assert_eq!(Browser::sent_back(emergency("Third episode").await).await.problem, Problem::EmergencyRefused);
    let opened: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM emergency_accesses WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(opened, 2);
    // Unblocking does not bring back the emergency access the block ended.
    decide(&patient, &doctor_id, "unblock").await;
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND, "the block ended it for good");
    let running: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM emergency_accesses WHERE professional_id = $1 AND expires_at > $2")
            .bind(&doctor_id)
            .bind(now_ms())
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(running, 0);
    server.stop().await;
}

async fn hidden_documents_stay_with_the_patient_and_their_author(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (author, author_id) = professional(&server, "Dr Léa Petit", "lea.petit@example.org", "10000000004").await;
    let (reader, reader_id) = professional(&server, "Dr Marc Blanc", "marc.blanc@example.org", "10000000005").await;
    decide(&patient, &author_id, "authorize").await;
    decide(&patient, &reader_id, "authorize").await;

    // The author publishes a report; the patient hides it from professionals.
    let published = author
        .post_multipart(
            "/publish/report",
            &[
                ("ins", DEMO_INS),
                ("birth", DEMO_BIRTH),
                ("title", "Compte rendu confidentiel"),
                ("kind", "report"),
                ("date", "2026-01-10"),
            ],
            Some(("file", "cr.pdf", carnet_core::pdf::text_page("Compte rendu", &["Confidentiel".into()]))),
        )
        .await;
    assert_eq!(Browser::location(&published), "/publish?notice=published");
    let doc: String = sqlx::query_scalar("SELECT id FROM documents WHERE title = 'Compte rendu confidentiel'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, before) = reader.page(&format!("/patients/{record}/documents")).await;
    assert!(before.contains("Compte rendu confidentiel"));
    let hide = patient.post_form(&format!("/documents/{doc}/visibility"), &[("professionals", "on")]).await;
    assert_eq!(Browser::location(&hide), format!("/documents/{doc}?notice=visibility#visibility-title"));

    // The other professional no longer sees it anywhere; its author and the patient do.
    let (_, list) = reader.page(&format!("/patients/{record}/documents")).await;
    assert!(!list.contains("Compte rendu confidentiel"), "{list}");
    let (_, overview) = reader.page(&format!("/patients/{record}")).await;
    assert!(!overview.contains("Compte rendu confidentiel"));
    for path in [format!("/documents/{doc}"), format!("/documents/{doc}/file"), format!("/documents/{doc}/download")] {
        assert_eq!(reader.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(author.get(&path).await.status(), StatusCode::OK, "{path}");
        assert_eq!(patient.get(&path).await.status(), StatusCode::OK, "{path}");
    }
    let (_, own) = patient.page(&format!("/documents/{doc}")).await;
    let checkbox = |page: &str, id: &str| -> String {
        let at = page.find(&format!("id=\"{id}\"")).expect("the checkbox");
        let start = page[..at].rfind('<').unwrap();
        page[start..at + page[at..].find('>').unwrap()].to_string()
    };
    assert!(checkbox(&own, "hide-professionals").contains("checked"), "the patient sees the choice");
    assert!(!checkbox(&own, "hide-representatives").contains("checked"));
    let reason: String = sqlx::query_scalar(
        "SELECT reason FROM audit_log WHERE actor_id = $1 AND target = $2 AND decision = 'deny' ORDER BY seq DESC",
    )
    .bind(&reader_id)
    .bind(&doc)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(reason, "hidden-document");
    // Shown again: visible again.
    patient.post_form(&format!("/documents/{doc}/visibility"), &[]).await;
    assert_eq!(reader.get(&format!("/documents/{doc}")).await.status(), StatusCode::OK);
    // Someone else's document cannot be hidden or shown by another patient.
    let (other, _) = enrolled_patient(&server, "Other Patient", "other@example.org").await;
    let meddling = other.post_form(&format!("/documents/{doc}/visibility"), &[("professionals", "on")]).await;
    assert_eq!(meddling.status(), StatusCode::NOT_FOUND);
    assert_eq!(reader.get(&format!("/documents/{doc}")).await.status(), StatusCode::OK);

    // New documents can start hidden.
    let saved = patient.post_form("/sharing/new-documents", &[("hide", "on")]).await;
    assert_eq!(Browser::location(&saved), "/sharing?notice=preference");
    author
        .post_multipart(
            "/publish/report",
            &[
                ("ins", DEMO_INS),
                ("birth", DEMO_BIRTH),
                ("title", "Nouveau compte rendu"),
                ("kind", "report"),
                ("date", "2026-01-11"),
            ],
            Some(("file", "cr2.pdf", carnet_core::pdf::text_page("Compte rendu", &["Nouveau".into()]))),
        )
        .await;
    let (_, list) = reader.page(&format!("/patients/{record}/documents")).await;
    assert!(!list.contains("Nouveau compte rendu"));
    let (_, list) = author.page(&format!("/patients/{record}/documents")).await;
    assert!(list.contains("Nouveau compte rendu"), "its author still sees it");

    // The patient's list says which documents are hidden, in words; a professional's never shows
    // the patient's choices.
    let (_, mine) = patient.page("/documents").await;
    assert!(card(&mine, "Nouveau compte rendu").contains("Masqué aux professionnels"), "{mine}");
    assert!(!card(&mine, "Compte rendu confidentiel").contains("Masqué aux"), "shown again: no mark");
    assert!(!list.contains("Masqué aux"), "{list}");
    // The document's page promises what the rule does.
    let new_doc: String = sqlx::query_scalar("SELECT id FROM documents WHERE title = 'Nouveau compte rendu'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, page) = patient.page(&format!("/documents/{new_doc}")).await;
    assert!(page.contains("pour le professionnel qui l'a rédigé, tant qu'il a accès à votre dossier"), "{page}");
    assert!(page.contains("Masqué aux professionnels"));

    // A professional is also the author of what a bundle attributes to the national identifier
    // of their RPPS number: the demo GP wrote the demo record's consultation letter, and still
    // reads it once the patient hides it; another professional she authorized does not.
    let (gp, _) = demo_account(&server, "professional").await;
    let letter: String = sqlx::query_scalar(
        "SELECT id FROM documents WHERE title LIKE 'Compte rendu de consultation%' AND patient_id = $1",
    )
    .bind(&record)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let hide = patient.post_form(&format!("/documents/{letter}/visibility"), &[("professionals", "on")]).await;
    assert_eq!(hide.status(), StatusCode::SEE_OTHER);
    for path in [format!("/documents/{letter}"), format!("/documents/{letter}/file")] {
        assert_eq!(gp.get(&path).await.status(), StatusCode::OK, "{path}");
        assert_eq!(reader.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let (_, gp_list) = gp.page(&format!("/patients/{record}/documents")).await;
    assert!(gp_list.contains("Compte rendu de consultation"));
    let (_, reader_list) = reader.page(&format!("/patients/{record}/documents")).await;
    assert!(!reader_list.contains("Compte rendu de consultation"));
    // Without consent, being the author opens nothing.
    let gp_id = account_id(&server, "karim.benali@example.org").await;
    decide(&patient, &gp_id, "revoke").await;
    assert_eq!(gp.get(&format!("/documents/{letter}")).await.status(), StatusCode::NOT_FOUND);
    server.stop().await;
}

/// The card of the list item titled `title` in a page.
fn card<'a>(page: &'a str, title: &str) -> &'a str {
    let at = page.find(&format!(">{title}</a>")).unwrap_or_else(|| panic!("no card {title}"));
    let start = page[..at].rfind("<li").unwrap();
    &page[start..at + page[at..].find("</li>").unwrap()]
}

async fn who_saw_my_record_lists_others_filters_and_exports_safe_csv(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let hostile = "=HYPERLINK(\"http://evil.example/\",\"Dr\")";
    let (doctor, doctor_id) = professional(&server, hostile, "hostile@example.org", "10000000006").await;
    let (prober, _) = professional(&server, "Dr Nina Faure", "nina.faure@example.org", "10000000007").await;
    decide(&patient, &doctor_id, "authorize").await;
    doctor.get(&format!("/patients/{record}/results")).await;
    prober.get(&format!("/patients/{record}/vaccinations")).await;
    patient.get("/results").await;

    let (status, history) = patient.page("/history").await;
    assert_eq!(status, StatusCode::OK);
    assert!(history.contains("HYPERLINK") && history.contains("Dr Nina Faure"), "{history}");
    // Each line says who did or tried what, and what happened.
    assert!(history.contains("(professionnel de santé) a lu vos résultats"), "{history}");
    assert!(history.contains("Autorisé : vous avez autorisé ce professionnel à lire votre dossier"));
    assert!(
        history.contains("Dr Nina Faure (professionnel de santé) a tenté de lire vos vaccinations"),
        "the probe is told as an attempt: {history}"
    );
    assert!(
        history.contains("Refusé : vous n&#x27;avez pas autorisé ce professionnel")
            || history.contains("Refusé : vous n'avez pas autorisé ce professionnel"),
        "{history}"
    );
    assert!(!history.contains("a lu vos vaccinations"), "a refused read never reads as done");
    assert!(
        !history.contains("c&#x27;est votre propre dossier") && !history.contains("c'est votre propre dossier"),
        "the patient's own reads are not listed"
    );
    // The person filter offers everyone who appears, but not the patient.
    let owner_id = account_id(&server, "camille.martin@example.org").await;
    assert!(history.contains(&format!("<option value=\"{doctor_id}\"")), "{history}");
    assert!(!history.contains(&format!("<option value=\"{owner_id}\"")));
    // Filter by person.
    let (_, only) = patient.page(&format!("/history?who={doctor_id}")).await;
    assert!(only.contains("a lu vos résultats") && !only.contains("vos vaccinations"));
    // Filter by dates: a period in the past has nothing; bad dates say so.
    let (_, past) = patient.page("/history?from=2001-01-01&to=2001-12-31").await;
    assert!(past.contains("Personne d'autre n'a accédé"));
    let (_, bad) = patient.page("/history?from=31/12/2001").await;
    assert!(bad.contains("dates n'est pas valide"));

    // CSV: a header, one line per event, the hostile name defused.
    let csv = patient.get("/history.csv").await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("\"Date et heure\",\"Qui\""), "{}", lines[0]);
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Dr\"\")\""), "{text}");
    assert!(!lines.iter().any(|l| l.split(',').any(|cell| cell.starts_with("\"=") || cell.starts_with('='))));
    // Each line tells the event as the page does, with no internal id.
    assert!(text.contains("Dr Nina Faure (professionnel de santé) a tenté de lire vos vaccinations"), "{text}");
    assert!(text.contains("Refusé : vous n'avez pas autorisé ce professionnel"), "{text}");
    assert!(!text.contains("read.") && !text.contains("no-consent") && !text.contains("delegation:"), "{text}");
    let only_csv = patient.get(&format!("/history.csv?who={doctor_id}")).await.text().await.unwrap();
    assert!(only_csv.lines().count() >= 2 && !only_csv.contains("Nina"));
    // Nobody else reads someone's history: a professional has no record of their own.
    assert_eq!(doctor.get("/history").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(doctor.get("/history.csv").await.status(), StatusCode::NOT_FOUND);
    server.stop().await;
}

async fn concurrent_grants_and_revokes_end_in_one_state(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Hugo Lambert", "hugo.lambert@example.org", "10000000008").await;
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'share.%'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (patient_ref, doctor_ref) = (&patient, doctor_id.as_str());
    let changes = (0..20).map(|i| async move {
        let change = if i % 2 == 0 { "authorize" } else { "revoke" };
        patient_ref.post_form("/sharing/decide", &[("professional", doctor_ref), ("change", change)]).await
    });
    for done in futures::future::join_all(changes).await {
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
    }
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'share.%'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(after - before, 20, "every change is audited");
    // One final state, and the policy, the Sharing page and the professional agree on it.
    let status: String = sqlx::query_scalar("SELECT status FROM consents WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let (_, sharing) = patient.page("/sharing").await;
    let listed = sharing.contains("Dr Hugo Lambert");
    match status.as_str() {
        "authorized" => {
            assert!(listed);
            assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
        }
        "none" => {
            assert!(!listed);
            assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
        }
        other => panic!("unexpected final state {other}"),
    }
    assert!(server.cli_output(&["audit", "verify"]).await.status.success(), "the chain holds under concurrency");
    server.stop().await;
}

async fn long_histories_page_newest_first_without_gaps(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Long Reader", "long@example.org", "10000000009").await;
    decide(&patient, &doctor_id, "authorize").await;
    for _ in 0..70 {
        doctor.get(&format!("/patients/{record}/results")).await;
        // The patient's own reads in between never show, and never push others' off a page.
        patient.get("/results").await;
    }
    let reads = |page: &str| page.matches("a lu vos résultats").count();
    // The events a page lists, in its order (each line is anchored by its place in the log).
    let events = |page: &str| -> Vec<i64> {
        page.split("id=\"event-").skip(1).map(|rest| rest.split('"').next().unwrap().parse().unwrap()).collect()
    };
    // What the log says the doctor's reads are, newest first.
    let logged: Vec<i64> = sqlx::query_scalar(
        "SELECT seq FROM audit_log WHERE patient_id = $1 AND actor_id = $2 AND action = 'read.results' ORDER BY seq DESC",
    )
    .bind(&record)
    .bind(&doctor_id)
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(logged.len(), 70);
    for filter in ["", &format!("who={doctor_id}")] {
        let (_, first) = patient.page(&format!("/history?{filter}")).await;
        assert_eq!(reads(&first), 50, "a full first page ({filter})");
        let next =
            first.split("rel=\"next\"").next().unwrap().rsplit("href=\"").next().unwrap().split('"').next().unwrap();
        let next = next.replace("&amp;", "&");
        assert!(next.starts_with("/history?") && next.contains("before="), "{next}");
        let (_, second) = patient.page(&next).await;
        assert_eq!(reads(&second), 20, "the rest on the second page ({filter})");
        assert!(!second.contains("rel=\"next\""));
        // Newest first, page after page, none missing and none twice: the pages' events, read
        // in order, are the log's rows in order (the doctor's reads; other lines, such as the
        // authorization, stay in their place among them).
        let listed: Vec<i64> = events(&first).into_iter().chain(events(&second)).collect();
        assert!(listed.windows(2).all(|w| w[0] > w[1]), "newest first across pages ({filter}): {listed:?}");
        let doctors: Vec<i64> = listed.iter().copied().filter(|seq| logged.contains(seq)).collect();
        assert_eq!(doctors, logged, "every read once, in order ({filter})");
    }
    server.stop().await;
}

/// A page with what differs from one render to the next (the script nonce) and the given
/// values (names, typed identifiers) replaced by placeholders.
fn normalised(page: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find("nonce=\"") {
        out.push_str(&rest[..at + 7]);
        rest = &rest[at + 7..];
        rest = &rest[rest.find('"').unwrap()..];
    }
    out.push_str(rest);
    values.iter().fold(out, |page, (value, placeholder)| page.replace(value, placeholder))
}

/// A valid INS no record has (same birth year and month as the demo patient's).
const UNKNOWN_INS: &str = "184037512345690";

async fn a_request_tells_the_professional_nothing_about_the_record(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (asks_known, _) = professional(&server, "Dr Anne Known", "known@example.org", "10000000021").await;
    let (asks_unknown, _) = professional(&server, "Dr Anne Other", "other@example.org", "10000000022").await;

    // One asks for the demo patient's record, the other for a record that does not exist.
    let known = asks_known.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    let unknown = asks_unknown.post_form("/patients/request", &[("ins", UNKNOWN_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(known.status(), unknown.status());
    assert_eq!(Browser::location(&known), Browser::location(&unknown));
    assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
    // The patient is asked (her side differs, as it must).
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Dr Anne Known") && !sharing.contains("Dr Anne Other"));
    // Sent at the same instant, so that the pages can be compared whole.
    sqlx::query("UPDATE access_requests SET requested_at = $1").bind(now_ms()).execute(&server.db).await.unwrap();

    // Every page of theirs is the same, byte for byte, but for their names and what they typed.
    for path in ["/patients?notice=requested", "/patients", "/", "/publish"] {
        let ((known_status, known_page), (unknown_status, unknown_page)) =
            (asks_known.page(path).await, asks_unknown.page(path).await);
        assert_eq!((known_status, unknown_status), (StatusCode::OK, StatusCode::OK), "{path}");
        let known_page = normalised(&known_page, &[("Dr Anne Known", "NAME"), (DEMO_INS, "INS")]);
        let unknown_page = normalised(&unknown_page, &[("Dr Anne Other", "NAME"), (UNKNOWN_INS, "INS")]);
        assert_eq!(known_page, unknown_page, "{path}");
    }
    let (_, listed) = asks_known.page("/patients").await;
    assert!(listed.contains(DEMO_INS) && listed.contains("02/03/1984") && !listed.contains("Camille"), "{listed}");

    // Until the patient lets her read: then, and only then, the name.
    let known_id = account_id(&server, "known@example.org").await;
    decide(&patient, &known_id, "approve").await;
    let (_, listed) = asks_known.page("/patients").await;
    assert!(listed.contains("Camille Martin") && !listed.contains(DEMO_INS), "{listed}");
    server.stop().await;
}

async fn professionals_publish_from_the_record(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    let (doctor, doctor_id) = professional(&server, "Dr Lina Haddad", "lina.haddad@example.org", "10000000031").await;
    let yesterday = jiff::Zoned::now().date().yesterday().unwrap();
    let taken_at = format!("{yesterday}T08:15");
    let vitals = |pid: &str| {
        [
            ("patient", pid.to_string()),
            ("taken_at", taken_at.clone()),
            ("code0", "8480-6".to_string()),
            ("value0", "151".to_string()),
            ("code1", "8462-4".to_string()),
            ("value1", "91".to_string()),
            ("code2", "29463-7".to_string()),
            ("value2", "68,5".to_string()),
        ]
    };
    let post_vitals = |pid: String| {
        let (doctor, fields) = (&doctor, vitals(&pid));
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            doctor.post_form("/publish/results", &fields).await
        }
    };

    // Without the patient's consent, her publishing page and its forms answer exactly as for a
    // record that does not exist: the not-found page; nothing is published.
    let nobody = "00000000-0000-0000-0000-000000000000";
    let mut answers = Vec::new();
    for pid in [record.as_str(), nobody] {
        let (status, page) = doctor.page(&format!("/patients/{pid}/publish")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{pid}");
        let posted = post_vitals(pid.to_string()).await;
        assert_eq!(posted.status(), StatusCode::NOT_FOUND, "{pid}");
        let posted = posted.text().await.unwrap();
        assert!(posted.contains("Page introuvable") && page.contains("Page introuvable"));
        answers.push((normalised(&page, &[(pid, "PID")]), normalised(&posted, &[])));
    }
    assert_eq!(answers[0], answers[1], "refused and unknown look the same");
    let published = || {
        let (db, record) = (server.db.clone(), record.clone());
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM results r JOIN result_series s ON s.id = r.series_id \
                 WHERE r.patient_id = $1 AND s.code = '8480-6' AND r.source LIKE 'account:%|publication/%'",
            )
            .bind(record)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    assert_eq!(published().await, 0);

    // With consent: from the record, a button; the page names the patient; nothing to retype.
    decide(&patient, &doctor_id, "authorize").await;
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    assert!(
        overview.contains(&format!("href=\"/patients/{record}/publish\""))
            && overview.contains("Publier pour ce patient")
    );
    let (status, page) = doctor.page(&format!("/patients/{record}/publish")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Publier pour Camille Martin") && page.contains("Née le 02/03/1984")
            || page.contains("Né(e) le 02/03/1984"),
        "{page}"
    );
    assert!(page.contains(&format!("name=\"patient\" value=\"{record}\"")) && !page.contains("name=\"ins\""), "{page}");
    assert!(page.contains("Pression artérielle systolique (mmHg)") && page.contains("Poids (kg)"), "vital signs");
    assert!(page.contains("Glycémie à jeun (g/L)"), "and the laboratory tests");

    // Vital signs published from the record land in it, as measurements.
    let sent = post_vitals(record.clone()).await;
    assert_eq!(Browser::location(&sent), format!("/patients/{record}/publish?notice=published"));
    let (_, done) = doctor.page(&Browser::location(&sent)).await;
    assert!(done.contains("Publié dans le dossier de Camille Martin."), "{done}");
    assert_eq!(published().await, 1);
    let (_, results) = patient.page("/results?q=systolique").await;
    assert!(results.contains("151 mmHg") && results.contains("Élevé"), "above the usual 140 mmHg: {results}");
    let (_, weight) = patient.page("/results?q=Poids").await;
    assert!(weight.contains("68,5 kg") && weight.contains("Mesures"), "{weight}");

    // Bad input comes back to the same page, with the reason and what was typed.
    let bad = doctor
        .post_form(
            "/publish/results",
            &[("patient", &record), ("taken_at", &taken_at), ("code0", "8867-4"), ("value0", "fast")],
        )
        .await;
    let sent_back = Browser::sent_back(bad).await;
    assert_eq!(sent_back.problem, Problem::PublishValueInvalid);
    assert!(sent_back.kept("fast") && sent_back.page.contains("Publier pour"), "the record's own form, as typed");

    // A report and a vaccination, the same way.
    let pdf = carnet_core::pdf::text_page("Consultation", &["Suivi.".to_string()]);
    let fields =
        [("patient", record.as_str()), ("title", "Lettre de suivi"), ("kind", "letter"), ("date", "2026-01-15")];
    let report = doctor.post_multipart("/publish/report", &fields, Some(("file", "lettre.pdf", pdf))).await;
    assert_eq!(Browser::location(&report), format!("/patients/{record}/publish?notice=published"));
    let vaccination = doctor
        .post_form("/publish/vaccination", &[("patient", &record), ("vaccine", "115"), ("date", "2026-01-15")])
        .await;
    assert_eq!(Browser::location(&vaccination), format!("/patients/{record}/publish?notice=published"));
    let (_, documents) = patient.page("/documents").await;
    assert!(documents.contains("Lettre de suivi") && documents.contains("Dr Lina Haddad"));

    // The patient sees who read her identity to publish, and what was published.
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Dr Lina Haddad (professionnel de santé) a lu votre identité"), "{history}");
    assert!(history.contains("Dr Lina Haddad (professionnel de santé) a publié dans votre dossier"));

    // The professional's view of the record speaks to the professional.
    let (_, results) = doctor.page(&format!("/patients/{record}/results")).await;
    assert!(results.contains("<h1>Résultats de Camille Martin</h1>"), "{results}");
    let (_, overview) = doctor.page(&format!("/patients/{record}")).await;
    assert!(!overview.contains("votre médecin") && !overview.contains("Votre dernier résultat"), "{overview}");
    assert!(!overview.contains("Aucun de vos") && !overview.contains("parlez-en"), "{overview}");
    let (_, vaccinations) = doctor.page(&format!("/patients/{record}/vaccinations")).await;
    assert!(vaccinations.contains("Vaccinations de Camille Martin"), "{vaccinations}");
    assert!(!vaccinations.contains("Votre médecin") && !vaccinations.contains("votre médecin"), "{vaccinations}");
    let (_, documents) = doctor.page(&format!("/patients/{record}/documents")).await;
    assert!(documents.contains("<h1>Documents de Camille Martin</h1>"), "{documents}");

    // Consent withdrawn: not found again, and nothing more is published.
    decide(&patient, &doctor_id, "revoke").await;
    assert_eq!(doctor.page(&format!("/patients/{record}/publish")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(post_vitals(record.clone()).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(published().await, 1);
    // Patients do not have the page.
    assert_eq!(patient.page(&format!("/patients/{record}/publish")).await.0, StatusCode::NOT_FOUND);
    server.stop().await;
}

/// Asserts that a response is the site's not-found page: status 404, HTML, in the layout.
async fn is_not_found_page(response: reqwest::Response, what: &str) {
    assert_eq!(response.status(), StatusCode::NOT_FOUND, "{what}");
    let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/html"), "{what}: {content_type}");
    let page = response.text().await.unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<html lang=\"fr\" dir=\"ltr\""), "{what}: {page}");
    assert!(page.contains("class=\"site-header\"") && page.contains("href=\"/pkg/carnet.css\""), "{what}: the layout");
    assert!(page.contains("<h1>Page introuvable</h1>"), "{what}: {page}");
}

async fn refusals_to_a_browser_are_the_sites_not_found_page(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let record = demo_record_id(&server).await;
    // A caregiver who may read the record, not add to it, acting for the patient.
    invite(&patient, "jean@example.org", &["record"], "").await;
    let caregiver =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Dupont", "jean@example.org").await;
    caregiver.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(caregiver.get("/results").await.status(), StatusCode::OK);

    // The upload form by its address, and the form sent anyway; the export.
    is_not_found_page(caregiver.get("/upload").await, "the upload form").await;
    let pdf = carnet_core::pdf::text_page("Ordonnance", &["x".to_string()]);
    let upload = caregiver.post_multipart("/upload", &[("title", "X")], Some(("file", "x.pdf", pdf))).await;
    is_not_found_page(upload, "an upload").await;
    is_not_found_page(caregiver.get("/export/record.json").await, "the export").await;
    // Files and form posts of things one may not see or that do not exist.
    is_not_found_page(caregiver.get("/documents/nothing/file").await, "a file").await;
    is_not_found_page(caregiver.post_form("/patients/request", &[("ins", DEMO_INS)]).await, "a professional's form")
        .await;
    is_not_found_page(caregiver.get("/history.csv").await, "the history as CSV").await;
    // Opening the form was tried, and refused, in the patient's eyes too.
    let caregiver_id = account_id(&server, "jean@example.org").await;
    let refused: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND action = 'write.upload' AND decision = 'deny'",
    )
    .bind(&caregiver_id)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(refused, 2, "the form, then the upload");

    // The patient still gets her form, and checking it leaves no row (nothing was done).
    let rows = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = 'write.upload'")
            .fetch_one(&server.db)
            .await
            .unwrap()
    };
    let before = rows().await;
    let (status, form) = patient.page("/upload").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("action=\"/upload\""));
    assert_eq!(rows().await, before);

    // The JSON and FHIR endpoints keep answering in their own formats.
    let api = caregiver.get("/api/nothing").await;
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert!(api.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    server.stop().await;
}
