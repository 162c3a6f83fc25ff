//! Visits prepared before the day: a professional defines kinds of visit with instructions and
//! a pre-visit form (bad input refused); a patient books one, reads the instructions before
//! confirming and in the confirmation, fills in the form (prefilled from the health summary,
//! wrong answers sent back with what was typed) and signs it with a passkey, which seals a copy
//! in the record; the professional reads the answers with the appointment, as the policy
//! decides (their own appointment, never when blocked); a caregiver answers but never signs;
//! the answers leave in the export as a QuestionnaireResponse; video visits get their own room
//! from the operator's template.

use carnet_core::passkeys::RequestChallengeResponse;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, decide, demo_record_id};

crate::on_both_databases!(
    a_visit_is_prepared_answered_and_signed,
    only_the_patients_side_answers_and_only_its_professional_reads,
    video_visits_get_a_room_of_their_own,
);

/// The demo GP's id.
async fn benali(server: &TestServer) -> String {
    account_id(server, "karim.benali@example.org").await
}

/// The soonest free slot of `professional_id` held `visit`, at least three days ahead.
async fn free_slot(server: &TestServer, professional_id: &str, visit: &str) -> String {
    sqlx::query_scalar(
        "SELECT s.id FROM slots s WHERE s.professional_id = $1 AND s.visit = $2 AND s.withdrawn_at IS NULL \
         AND s.starts_at > $3 AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id \
         AND x.cancelled_at IS NULL) ORDER BY s.starts_at LIMIT 1",
    )
    .bind(professional_id)
    .bind(visit)
    .bind(now_ms() + 72 * 3_600_000)
    .fetch_one(&server.db)
    .await
    .unwrap()
}

/// Adds a question to `kind` in French; where it led.
async fn add_question(professional: &Browser, kind: &str, fields: &[(&str, &str)]) -> String {
    let mut form = vec![("lang", "fr")];
    form.extend_from_slice(fields);
    landed(professional.post_form(&format!("/agenda/visits/{kind}/questions"), &form).await).await
}

/// The id of the question of `kind` whose French words are `label`.
async fn question_id(server: &TestServer, kind: &str, label: &str) -> String {
    sqlx::query_scalar(
        "SELECT q.id FROM visit_questions q JOIN visit_question_texts t ON t.question_id = q.id \
         WHERE q.kind_id = $1 AND t.lang = 'fr' AND t.label = $2",
    )
    .bind(kind)
    .bind(label)
    .fetch_one(&server.db)
    .await
    .unwrap()
}

/// The decisions on reading a visit form by `actor`, in order: (decision, reason).
async fn form_reads(server: &TestServer, actor: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT decision, reason FROM audit_log WHERE action = 'read.visit-form' AND actor_id = $1 ORDER BY seq",
    )
    .bind(actor)
    .fetch_all(&server.db)
    .await
    .unwrap()
}

/// A page's text with apostrophes as typed (HTML writes them as entities).
fn text(page: &str) -> String {
    page.replace("&#x27;", "'").replace("&#39;", "'")
}

/// The appointment id a booking's redirect names.
fn booked(location: &str) -> String {
    let rest = location.strip_prefix("/appointments/").unwrap_or_else(|| panic!("not booked: {location}"));
    rest.split('?').next().unwrap().to_string()
}

/// A passkey signature of the form of `appointment` as the signing button performs it: the
/// finish response.
async fn sign(server: &TestServer, browser: &Browser, device: &mut Device, appointment: &str) -> reqwest::Response {
    sign_verifying(server, browser, device, appointment, true).await
}

/// The same, with an authenticator that verifies the user or one that only checks presence
/// (`verify_user` false: the options are altered as a device without verification would treat
/// them).
async fn sign_verifying(
    server: &TestServer,
    browser: &Browser,
    device: &mut Device,
    appointment: &str,
    verify_user: bool,
) -> reqwest::Response {
    let started = browser.post_json(&format!("/api/appointments/{appointment}/sign/start"), &json!({})).await;
    assert_eq!(started.status(), StatusCode::OK, "sign/start: {}", started.text().await.unwrap());
    let started: Value = started.json().await.unwrap();
    let options: RequestChallengeResponse = serde_json::from_value(started["options"].clone()).unwrap();
    assert_eq!(
        serde_json::to_value(options.public_key.user_verification).unwrap(),
        "required",
        "a signature needs the person, not only their device"
    );
    let options = if verify_user {
        options
    } else {
        let mut altered = serde_json::to_value(&options).unwrap();
        altered["publicKey"]["userVerification"] = json!("discouraged");
        serde_json::from_value(altered).unwrap()
    };
    let credential = device.sign(&server.base, options);
    let finish = json!({ "ceremony": started["ceremony"], "credential": credential });
    browser.post_json(&format!("/api/appointments/{appointment}/sign/finish"), &finish).await
}

async fn a_visit_is_prepared_answered_and_signed(backend: Backend) {
    let server = start_with(backend, &[("CARNET_CALENDAR_SECONDS", "1")]).await;
    let (patient, mut device) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let doctor_id = benali(&server).await;

    // The demo GP offers "Prise de sang à jeun"; he adds a consent form to sign, in two
    // languages. Bad input comes back with what was typed.
    let (_, kinds) = doctor.page("/agenda/visits").await;
    assert!(kinds.contains("Prise de sang à jeun") && kinds.contains("4 questions"), "{kinds}");
    let kind_form = |name: &'static str, instructions: &'static str, lang: &'static str| {
        let doctor = &doctor;
        async move {
            let form = [
                ("lang", lang),
                ("name", name),
                ("instructions", instructions),
                ("bring", "Carte Vitale\nDernière ordonnance"),
                ("visit", "in-person"),
                ("signature", "on"),
            ];
            landed(doctor.post_form("/agenda/visits", &form).await).await
        }
    };
    assert_eq!(kind_form(" ", "", "fr").await, sent_back_with(Problem::VisitKindName));
    assert_eq!(
        kind_form("Consultation", "<script>x</script>", "fr").await,
        sent_back_with(Problem::VisitKindInstructions)
    );
    assert_eq!(kind_form("Consultation", "", "de").await, sent_back_with(Problem::VisitKindLanguage));
    let back = Browser::sent_back(
        doctor
            .post_form("/agenda/visits", &[("lang", "fr"), ("name", "<b>x</b>"), ("instructions", "Venir tôt")])
            .await,
    )
    .await;
    assert!(back.problem == Problem::VisitKindName && back.kept("Venir tôt"), "nothing typed is lost");
    let added = kind_form("Consentement à l'intervention", "Arrivez 15 minutes en avance.", "fr").await;
    assert!(added.contains("notice=visit-kind-added"), "{added}");
    let kind = added.split("/agenda/visits/").nth(1).unwrap().split('?').next().unwrap().to_string();
    let english = [
        ("lang", "en"),
        ("name", "Consent to the procedure"),
        ("instructions", "Arrive 15 minutes early."),
        ("bring", "Health insurance card"),
        ("signature", "on"),
    ];
    let saved = landed(doctor.post_form(&format!("/agenda/visits/{kind}"), &english).await).await;
    assert!(saved.contains("notice=visit-kind-saved"), "{saved}");
    for (fields, problem) in [
        (vec![("item_type", "choice"), ("label", "Côté"), ("options", "Gauche")], Problem::VisitQuestionOptions),
        (vec![("item_type", "date"), ("label", "Quand ?"), ("prefill", "allergies")], Problem::VisitQuestionPrefill),
        (vec![("item_type", "file"), ("label", "Un fichier")], Problem::VisitQuestionType),
        (vec![("item_type", "text"), ("label", "")], Problem::VisitQuestionLabel),
    ] {
        assert_eq!(add_question(&doctor, &kind, &fields).await, sent_back_with(problem), "{fields:?}");
    }
    for fields in [
        vec![("item_type", "boolean"), ("label", "Consentez-vous à l'intervention ?"), ("required", "on")],
        vec![("item_type", "text"), ("label", "Vos allergies"), ("prefill", "allergies")],
        vec![("item_type", "choice"), ("label", "Côté opéré"), ("options", "Gauche\nDroit")],
        vec![("item_type", "number"), ("label", "Votre poids (kg)")],
        vec![("item_type", "date"), ("label", "Date de vos dernières règles")],
    ] {
        assert!(add_question(&doctor, &kind, &fields).await.contains("notice=question-added"), "{fields:?}");
    }
    let consent = question_id(&server, &kind, "Consentez-vous à l'intervention ?").await;
    let allergies = question_id(&server, &kind, "Vos allergies").await;
    let side = question_id(&server, &kind, "Côté opéré").await;
    let weight = question_id(&server, &kind, "Votre poids (kg)").await;
    let period = question_id(&server, &kind, "Date de vos dernières règles").await;
    // A choice worded in English must offer as many options.
    let word = |options: &'static str| {
        let (doctor, path) = (&doctor, format!("/agenda/visits/{kind}/questions/{side}"));
        async move {
            let form = [("lang", "en"), ("label", "Side operated on"), ("options", options)];
            landed(doctor.post_form(&path, &form).await).await
        }
    };
    assert_eq!(word("Left\nRight\nBoth").await, sent_back_with(Problem::VisitQuestionOptionsCount));
    assert!(word("Left\nRight").await.contains("notice=question-saved"));

    // Booking: the kinds come first, then the times for the one chosen; the instructions are
    // shown before confirming.
    let (_, choose) = patient.page(&format!("/book/{doctor_id}")).await;
    let choose = text(&choose);
    assert!(
        choose.contains("Pour quel type de visite ?") && choose.contains("Consentement à l'intervention"),
        "{choose}"
    );
    assert!(!choose.contains("class=\"button slot\""), "no time before the kind is chosen");
    let (_, times) = patient.page(&format!("/book/{doctor_id}?kind={kind}")).await;
    assert!(times.contains("class=\"button slot\"") && times.contains(&format!("?kind={kind}")), "{times}");
    let slot = free_slot(&server, &doctor_id, "in-person").await;
    let (_, confirm) = patient.page(&format!("/book/{doctor_id}/{slot}?kind={kind}")).await;
    let confirm = text(&confirm);
    assert!(confirm.contains("Arrivez 15 minutes en avance.") && confirm.contains("Dernière ordonnance"), "{confirm}");
    assert!(confirm.contains("remplir et à signer avant la visite"), "{confirm}");
    // A video time is refused for a visit held in person.
    let video_slot = free_slot(&server, &doctor_id, "video").await;
    let wrong = patient.post_form(&format!("/book/{doctor_id}/{video_slot}"), &[("key", "w-1"), ("kind", &kind)]).await;
    assert_eq!(landed(wrong).await, sent_back_with(Problem::VisitKindWrongSlot));
    let location =
        landed(patient.post_form(&format!("/book/{doctor_id}/{slot}"), &[("key", "v-1"), ("kind", &kind)]).await).await;
    let id = booked(&location);

    // The confirmation carries the instructions and says a form waits.
    let mail = server.wait_for_mails("Arrivez 15 minutes en avance.", 1).await.remove(0);
    assert!(mail.contains("To: camille.martin@example.org") && mail.contains("est confirmé"), "{mail}");
    assert!(mail.contains("Consentement à l'intervention") && mail.contains("Arrivez 15 minutes en avance."), "{mail}");
    assert!(mail.contains("Dernière ordonnance") && mail.contains("à remplir et à signer"), "{mail}");
    // So does the reminder the day before.
    sqlx::query("UPDATE appointments SET starts_at = $1, reminded_at = NULL WHERE id = $2")
        .bind(now_ms() + 20 * 3_600_000)
        .bind(&id)
        .execute(&server.db)
        .await
        .unwrap();
    let mails = server.wait_for_mails("Arrivez 15 minutes en avance.", 2).await;
    assert!(mails.iter().any(|m| m.contains("Rappel") && m.contains("Dernière ordonnance")), "{mails:?}");

    // The appointment's page says what to do before; the form is prefilled with her allergy.
    let path = format!("/appointments/{id}");
    let (_, page) = patient.page(&path).await;
    assert!(page.contains("Avant votre visite") && page.contains("Remplir le questionnaire"), "{page}");
    let (_, form) = patient.page(&format!("{path}/form")).await;
    let form = text(&form);
    assert!(form.contains("Allergie à la pénicilline") && form.contains("Prérempli depuis votre synthèse"), "{form}");
    assert!(form.contains("Consentez-vous à l'intervention ? (obligatoire)"), "{form}");

    // Wrong answers come back marked, with what was typed.
    let field = |q: &str| format!("q-{q}");
    let (fc, fa, fs, fw, fp) = (field(&consent), field(&allergies), field(&side), field(&weight), field(&period));
    let back = Browser::sent_back(
        patient
            .post_form(
                &format!("{path}/form"),
                &[(fa.as_str(), "Pénicilline"), (fw.as_str(), "soixante"), (fp.as_str(), "hier")],
            )
            .await,
    )
    .await;
    assert_eq!(back.problem, Problem::VisitFormAnswers);
    assert!(back.kept("soixante") && back.kept("Pénicilline"), "nothing typed is lost");
    for message in ["Cette question demande une réponse.", "Indiquez un nombre", "Indiquez une date"] {
        assert!(back.page.contains(message), "{message}: {}", back.page);
    }
    let answers = [
        (fc.as_str(), "yes"),
        (fa.as_str(), "Pénicilline (urticaire)"),
        (fs.as_str(), "2"),
        (fw.as_str(), "61,5"),
        (fp.as_str(), "2026-11-20"),
    ];
    let sent = landed(patient.post_form(&format!("{path}/form"), &answers).await).await;
    assert_eq!(sent, format!("{path}/form/sign"), "a form to sign goes to its signature");
    let stored: String = sqlx::query_scalar("SELECT answers FROM visit_forms WHERE patient_id = $1")
        .bind(demo_record_id(&server).await)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert!(stored.contains("61.5") && stored.contains("Droit") && stored.contains("2026-11-20"), "{stored}");

    // The professional reads the answers with the appointment; the read is audited as his.
    let (_, agenda) = doctor.page(&format!("/agenda/appointments/{id}")).await;
    assert!(
        agenda.contains("Pénicilline (urticaire)") && agenda.contains("Droit") && agenda.contains("Oui"),
        "{agenda}"
    );
    let audited = form_reads(&server, &doctor_id).await;
    assert_eq!(audited, [("allow".to_string(), "consent".to_string())]);

    // She signs with her passkey: a sealed copy joins her documents; the answers are final.
    let (_, to_sign) = patient.page(&format!("{path}/form/sign")).await;
    let to_sign = text(&to_sign);
    assert!(to_sign.contains("Signer avec ma clé d'accès"), "{to_sign}");
    assert!(to_sign.contains("61.5") && to_sign.contains("Droit"), "{to_sign}");
    // A passkey check without user verification signs nothing.
    let unverified = sign_verifying(&server, &patient, &mut device, &id, false).await;
    assert_eq!(unverified.status(), StatusCode::BAD_REQUEST);
    let signed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM visit_forms WHERE signed_at IS NOT NULL")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(signed, 0);
    let done = sign(&server, &patient, &mut device, &id).await;
    assert_eq!(done.status(), StatusCode::OK);
    let done: Value = done.json().await.unwrap();
    assert_eq!(done["redirect"], format!("{path}?notice=form-signed"));
    let (document, passkey): (String, String) =
        sqlx::query_as("SELECT document_id, passkey_id FROM visit_forms WHERE signed_at IS NOT NULL")
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert!(!passkey.is_empty());
    let (status, file) = patient.page(&format!("/documents/{document}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(file.contains("Questionnaire signé") && file.contains("Camille Martin"), "{file}");
    // Sealed: anyone holding the file can check it.
    let pdf = patient.get(&format!("/documents/{document}/download")).await.bytes().await.unwrap().to_vec();
    let anyone = Browser::new(&server);
    let location = Browser::location(&anyone.post_file("/verify", "file", "questionnaire.pdf", pdf).await);
    let (_, verdict) = anyone.page(&location).await;
    assert!(verdict.contains("Document authentique et intact") && verdict.contains("le patient lui-même"), "{verdict}");
    let (_, page) = patient.page(&path).await;
    assert!(page.contains("Signé par Camille Martin") && page.contains(&format!("/documents/{document}")), "{page}");
    let again = landed(patient.post_form(&format!("{path}/form"), &answers).await).await;
    assert_eq!(again, sent_back_with(Problem::VisitFormSigned));
    let twice = patient.post_json(&format!("/api/appointments/{id}/sign/start"), &json!({})).await;
    assert_eq!(twice.status(), StatusCode::BAD_REQUEST, "nothing left to sign");

    // The answers leave with the record, as valid FHIR.
    let export = patient.get("/export/record.json").await.bytes().await.unwrap();
    let path = server.data_dir.join("visits.json");
    std::fs::write(&path, &export).unwrap();
    validate_fhir_bundle(&path).unwrap_or_else(|report| panic!("{report}"));
    let exported: Value = serde_json::from_slice(&export).unwrap();
    let response = exported["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "QuestionnaireResponse")
        .expect("the answers are in the export");
    let items = response["item"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["answer"][0]["valueBoolean"], true);
    assert_eq!(items[2]["answer"][0]["valueCoding"]["display"], "Droit");
    assert_eq!(items[3]["answer"][0]["valueDecimal"], 61.5);
    assert_eq!(items[4]["answer"][0]["valueDate"], "2026-11-20");
    assert_eq!(response["extension"][0]["valueReference"]["reference"], format!("urn:uuid:{document}"));
    server.stop().await;
}

async fn only_the_patients_side_answers_and_only_its_professional_reads(backend: Backend) {
    let server = start(backend).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let doctor_id = benali(&server).await;
    let record = demo_record_id(&server).await;
    let kind: String = sqlx::query_scalar("SELECT id FROM visit_kinds WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let slot = free_slot(&server, &doctor_id, "in-person").await;
    let location =
        landed(patient.post_form(&format!("/book/{doctor_id}/{slot}"), &[("key", "p-1"), ("kind", &kind)]).await).await;
    let id = booked(&location);
    let fasting = question_id(&server, &kind, "Êtes-vous à jeun depuis 12 heures ?").await;
    let answer = [(format!("q-{fasting}"), "yes".to_string())];
    let answer: Vec<(&str, &str)> = answer.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();

    // A caregiver who manages her appointments but not her health profile is not shown the
    // answers (health facts) and cannot give them; one whose delegation covers the profile
    // answers for her. Nobody else does.
    let form_path = format!("/appointments/{id}/form");
    assert_eq!(invite(&patient, "jean@example.org", &["appointments"], "").await, "/caregivers?notice=invited");
    let jean =
        join(&server, &invitation_token(&server, "jean@example.org").await, "Jean Martin", "jean@example.org").await;
    assert_eq!(Browser::location(&jean.post_form("/acting-for", &[("patient", &record)]).await), "/");
    let (_, page) = jean.page(&format!("/appointments/{id}")).await;
    assert!(page.contains("votre délégation ne couvre pas") && !page.contains(&form_path), "{page}");
    assert_eq!(Browser::location(&jean.get(&form_path).await), format!("/appointments/{id}"), "no form to fill");
    assert_eq!(jean.post_form(&form_path, &answer).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        invite(&patient, "luc@example.org", &["appointments", "profile"], "").await,
        "/caregivers?notice=invited"
    );
    let caregiver =
        join(&server, &invitation_token(&server, "luc@example.org").await, "Luc Martin", "luc@example.org").await;
    assert_eq!(Browser::location(&caregiver.post_form("/acting-for", &[("patient", &record)]).await), "/");
    let (_, form) = caregiver.page(&form_path).await;
    assert!(form.contains("Allergie à la pénicilline"), "prefilled for a delegation that covers the profile");
    assert_eq!(
        landed(caregiver.post_form(&form_path, &answer).await).await,
        format!("/appointments/{id}?notice=form-sent")
    );
    let on_behalf: Option<String> =
        sqlx::query_scalar("SELECT on_behalf_of FROM visit_forms").fetch_one(&server.db).await.unwrap();
    assert!(on_behalf.is_some_and(|o| o.starts_with("delegation:")), "answered for her, and said so");
    // Jean sees that it is answered, not what.
    let (_, page) = jean.page(&format!("/appointments/{id}")).await;
    assert!(page.contains("Réponses envoyées le") && !page.contains("Êtes-vous à jeun"), "{page}");
    let (stranger, _) = enrolled_patient(&server, "Paul Petit", "paul@example.org").await;
    assert_eq!(stranger.post_form(&form_path, &answer).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(stranger.get(&form_path).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        doctor.post_form(&form_path, &answer).await.status(),
        StatusCode::NOT_FOUND,
        "the professional does not answer"
    );
    let (staff, _) = demo_account(&server, "staff").await;
    assert_eq!(
        staff.post_form(&form_path, &answer).await.status(),
        StatusCode::NOT_FOUND,
        "the desk, outside a session"
    );

    // Another professional, even one she authorized, does not read it.
    let (other, other_id) =
        crate::sharing::professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    decide(&patient, &other_id, "authorize").await;
    assert_eq!(other.get(&format!("/agenda/appointments/{id}")).await.status(), StatusCode::NOT_FOUND);

    // Without her consent, her GP reads the answers of his own appointment with her; once she
    // blocks him, the next request shows nothing of them.
    decide(&patient, &doctor_id, "revoke").await;
    let agenda_path = format!("/agenda/appointments/{id}");
    let (_, agenda) = doctor.page(&agenda_path).await;
    assert!(agenda.contains("Questionnaire avant la visite") && agenda.contains("Oui"), "{agenda}");
    decide(&patient, &doctor_id, "block").await;
    let (status, agenda) = doctor.page(&agenda_path).await;
    assert_eq!(status, StatusCode::OK, "the appointment stays in his agenda");
    assert!(!agenda.contains("Êtes-vous à jeun"), "{agenda}");
    let audited = form_reads(&server, &doctor_id).await;
    assert_eq!(audited, [("allow".into(), "appointment".into()), ("deny".into(), "blocked".into())]);

    // "Who saw my record" lists his read.
    let (_, history) = patient.page("/history").await;
    assert!(history.contains("Karim Benali"), "{history}");
    server.stop().await;
}

async fn video_visits_get_a_room_of_their_own(backend: Backend) {
    let server = start_with(backend, &[("CARNET_VIDEO_URL_TEMPLATE", "https://meet.example.org/carnet-{room}")]).await;
    let (patient, _) = demo_patient(&server).await;
    let (doctor, _) = demo_account(&server, "professional").await;
    let doctor_id = benali(&server).await;
    let mut links = Vec::new();
    for key in ["r-1", "r-2"] {
        let slot = free_slot(&server, &doctor_id, "video").await;
        let location = landed(patient.post_form(&format!("/book/{doctor_id}/{slot}"), &[("key", key)]).await).await;
        let id = booked(&location);
        let link: String = sqlx::query_scalar("SELECT video_link FROM appointments WHERE id = $1")
            .bind(&id)
            .fetch_one(&server.db)
            .await
            .unwrap();
        assert!(link.starts_with("https://meet.example.org/carnet-") && link.len() > 60, "{link}");
        // Ten minutes before, the page offers this room, not the professional's own address.
        sqlx::query("UPDATE appointments SET starts_at = $1, ends_at = $2 WHERE id = $3")
            .bind(now_ms() + 10 * 60_000)
            .bind(now_ms() + 40 * 60_000)
            .bind(&id)
            .execute(&server.db)
            .await
            .unwrap();
        let (_, page) = patient.page(&format!("/appointments/{id}")).await;
        assert!(page.contains(&format!("href=\"{link}\"")) && !page.contains("visio.example.org"), "{page}");
        // The professional joins the same room from the agenda.
        let (_, agenda) = doctor.page(&format!("/agenda/appointments/{id}")).await;
        assert!(agenda.contains(&format!("href=\"{link}\"")), "{agenda}");
        links.push(link);
    }
    assert_ne!(links[0], links[1], "a room per appointment");
    server.stop().await;
}
