//! Consent per professional: authorize, revoke, block (which wins over everything), requests,
//! emergency access, hidden documents, "who saw my record" and its CSV, concurrent changes.

use reqwest::StatusCode;

use crate::harness::*;

crate::on_both_databases!(
    patients_decide_who_reads_their_record,
    professionals_ask_and_patients_answer,
    emergency_access_is_reasoned_time_boxed_and_told,
    hidden_documents_stay_with_the_patient_and_their_author,
    who_saw_my_record_lists_others_filters_and_exports_safe_csv,
    concurrent_grants_and_revokes_end_in_one_state,
    long_histories_page_newest_first_without_gaps,
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
    assert_eq!(decide(&patient, &doctor_id, "authorize").await, "/sharing?notice=authorize");
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
    let (_, results) = doctor.page(&format!("/patients/{record}/results")).await;
    assert!(results.contains("Camille Martin") && results.contains("Glyc"), "the record, with whose it is");
    // Her first read is told to the patient, once.
    doctor.get(&format!("/patients/{record}")).await;
    let told = server.wait_for_mails("pour la première fois", 1).await;
    assert!(told[0].contains("/history") && !told[0].contains("Glyc"), "a link, no health detail");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(server.mails().iter().filter(|m| m.contains("pour la première fois")).count(), 1);

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
    for forged in ["", "nobody", "' OR 1=1 --", &patient_id] {
        assert_eq!(decide(&patient, forged, "authorize").await, "/sharing?error=sharing-unknown-professional");
    }
    assert_eq!(decide(&patient, &doctor_id, "approve").await, "/sharing?error=sharing-no-request");
    let odd = patient.post_form("/sharing/decide", &[("professional", &doctor_id), ("change", "promote")]).await;
    assert_eq!(odd.status(), StatusCode::BAD_REQUEST);
    let (_, page) = patient.page("/sharing?error=sharing-unknown-professional").await;
    assert!(page.contains("n'est pas dans l'annuaire"), "a localized error");
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
    let back = Browser::location(&bad);
    assert!(back.starts_with("/patients?form=request&error=health-id-invalid") && back.contains("ins=12345"), "{back}");
    let (_, page) = doctor.page(&back).await;
    assert!(page.contains("numéro INS n'est pas valide") && page.contains("value=\"12345\""));

    // Pending: listed on both sides, still no access.
    let (_, mine) = doctor.page("/patients").await;
    assert!(mine.contains("Camille") && mine.contains("Demande en attente"), "{mine}");
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    let (_, sharing) = patient.page("/sharing").await;
    assert!(sharing.contains("Dr Paul Girard") && sharing.contains("Demandé le"));

    // Refused, asked again, approved.
    assert_eq!(decide(&patient, &doctor_id, "refuse").await, "/sharing?notice=refuse");
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    doctor.post_form("/patients/request", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH)]).await;
    assert_eq!(decide(&patient, &doctor_id, "approve").await, "/sharing?notice=approve");
    assert_eq!(reads(&doctor, &record).await, StatusCode::OK);
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
    for (reason, error) in [("", "emergency-reason-missing"), ("   ", "emergency-reason-missing")] {
        let back = Browser::location(&emergency(reason).await);
        assert!(back.starts_with(&format!("/patients?form=emergency&error={error}")), "{back}");
    }
    let enormous = "x".repeat(5000);
    let refused = doctor
        .post_form("/patients/emergency", &[("ins", DEMO_INS), ("birth", DEMO_BIRTH), ("reason", &enormous)])
        .await;
    assert!(Browser::location(&refused).contains("error=emergency-reason-invalid"));
    let (_, page) = doctor.page("/patients?form=emergency&error=emergency-reason-missing").await;
    assert!(page.contains("Indiquez le motif"));
    assert_eq!(reads(&doctor, &record).await, StatusCode::NOT_FOUND);
    // An unknown patient looks like any refusal.
    let unknown = doctor
        .post_form("/patients/emergency", &[("ins", "184037512345690"), ("birth", DEMO_BIRTH), ("reason", "Coma")])
        .await;
    assert!(Browser::location(&unknown).contains("error=emergency-refused"));

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
    assert!(history.contains("class=\"emergency\"") && history.contains("Unconscious in the emergency department"));
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
    assert!(Browser::location(&emergency("Third episode").await).contains("error=emergency-refused"));
    let opened: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM emergency_accesses WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(opened, 2);
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
    server.stop().await;
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
    assert!(history.contains("A lu les résultats") && history.contains("autorisé par vous"));
    assert!(history.contains("Refusé") && history.contains("non autorisé"), "the probe is visible");
    assert!(!history.contains("le patient</span>"), "the patient's own reads are not listed");
    // The person filter offers everyone who appears, but not the patient.
    let owner_id = account_id(&server, "camille.martin@example.org").await;
    assert!(history.contains(&format!("<option value=\"{doctor_id}\"")), "{history}");
    assert!(!history.contains(&format!("<option value=\"{owner_id}\"")));
    // Filter by person.
    let (_, only) = patient.page(&format!("/history?who={doctor_id}")).await;
    assert!(only.contains("A lu les résultats") && !only.contains("A lu les vaccinations"));
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
    let reads = |page: &str| page.matches("A lu les résultats").count();
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
    }
    server.stop().await;
}
