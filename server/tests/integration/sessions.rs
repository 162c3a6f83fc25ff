//! Sessions: fixation, idle and absolute limits, language choice.

use reqwest::{header, StatusCode};

use crate::harness::*;

crate::on_both_databases!(
    the_session_id_changes_at_sign_in,
    signing_in_again_replaces_the_previous_sign_in,
    sessions_end_when_idle_and_at_the_cap,
    the_language_choice_is_kept,
);

async fn the_session_id_changes_at_sign_in(backend: Backend) {
    let server = start(backend).await;
    let token = server.invite("patient", "Camille Martin", "camille@example.org").await;
    let browser = Browser::new(&server);
    let mut device = Device::new();
    let done = enrol(&server, &browser, &mut device, &token).await;
    let cookie = done
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("carnet_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain-HTTP localhost development keeps cookies usable");

    // An attacker-chosen session id is never adopted.
    let planted = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let started: serde_json::Value = planted
        .post(server.url("/api/passkeys/sign-in/start"))
        .header(header::COOKIE, "carnet_session=attacker-chosen-value")
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let options = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = device.sign(&server.base, options);
    let finished = planted
        .post(server.url("/api/passkeys/sign-in/finish"))
        .header(header::COOKIE, "carnet_session=attacker-chosen-value")
        .json(&serde_json::json!({ "ceremony": started["ceremony"], "credential": credential }))
        .send()
        .await
        .unwrap();
    assert_eq!(finished.status(), StatusCode::OK);
    let issued = finished.headers()[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(issued.starts_with("carnet_session=") && !issued.contains("attacker-chosen-value"));
    server.stop().await;
}

async fn signing_in_again_replaces_the_previous_sign_in(backend: Backend) {
    let server = start(backend).await;
    let (browser, mut device) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    assert_eq!(sign_in(&server, &browser, &mut device).await.status(), StatusCode::OK);
    let open: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sign_ins WHERE ended_at IS NULL").fetch_one(&server.db).await.unwrap();
    assert_eq!(open, 1, "the enrolment's sign-in was ended when the browser signed in again");
    assert_eq!(browser.get("/account").await.status(), StatusCode::OK);
    server.stop().await;
}

async fn sessions_end_when_idle_and_at_the_cap(backend: Backend) {
    let server = start(backend).await;
    let (browser, mut device) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    assert_eq!(browser.get("/account").await.status(), StatusCode::OK);

    // 29 minutes idle: still signed in. 31: signed out.
    sqlx::query("UPDATE sign_ins SET last_seen_at = $1")
        .bind(now_ms() - 29 * 60_000)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(browser.get("/account").await.status(), StatusCode::OK);
    sqlx::query("UPDATE sign_ins SET last_seen_at = $1")
        .bind(now_ms() - 31 * 60_000)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(Browser::location(&browser.get("/account").await), "/signin");

    // Active all along, but signed in more than 12 hours ago: signed out.
    assert_eq!(sign_in(&server, &browser, &mut device).await.status(), StatusCode::OK);
    assert_eq!(browser.get("/account").await.status(), StatusCode::OK);
    sqlx::query("UPDATE sign_ins SET created_at = $1 WHERE ended_at IS NULL")
        .bind(now_ms() - 12 * 3_600_000 - 1)
        .execute(&server.db)
        .await
        .unwrap();
    assert_eq!(Browser::location(&browser.get("/account").await), "/signin");
    let ended: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sign_ins WHERE ended_at IS NULL").fetch_one(&server.db).await.unwrap();
    assert_eq!(ended, 0, "timed-out sign-ins are ended server-side");
    server.stop().await;
}

async fn the_language_choice_is_kept(backend: Backend) {
    let server = start(backend).await;
    // French by default, English when the browser prefers it.
    let (_, page) = Browser::new(&server).page("/").await;
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">"), "{}", &page[..80]);
    let english = Browser::with_language(&server, Some("en-GB,en;q=0.9"));
    let (_, page) = english.page("/signin").await;
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">") && page.contains("Sign in with a passkey"));

    // The switcher's choice beats Accept-Language, and is kept.
    let switched = english.post_form("/language", &[("lang", "fr"), ("return_to", "/signin")]).await;
    assert_eq!(Browser::location(&switched), "/signin");
    let (_, page) = english.page("/signin").await;
    assert!(page.contains("<html lang=\"fr\"") && page.contains("Se connecter avec une clé d'accès"));

    // Arabic reads right to left; Spanish is negotiated like the others.
    let (_, page) = Browser::with_language(&server, Some("ar-MA,ar;q=0.9,fr;q=0.5")).page("/signin").await;
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &page[..80]);
    assert!(page.contains("تسجيل الدخول بمفتاح مرور"));
    let (_, page) = Browser::with_language(&server, Some("es-ES")).page("/signin").await;
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">") && page.contains("Iniciar sesión con una llave de acceso"));

    // A signed-in person's choice is saved on the account.
    let (browser, mut device) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let back = browser.post_form("/language", &[("lang", "en"), ("return_to", "//evil.example/")]).await;
    assert_eq!(Browser::location(&back), "/", "only local return paths");
    let saved: Option<String> = sqlx::query_scalar("SELECT locale FROM accounts WHERE email = 'camille@example.org'")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(saved.as_deref(), Some("en"));
    let (_, home) = browser.page("/").await;
    assert!(home.contains("Hello, Camille Martin"));
    // An unknown language is refused, in the current one.
    let bad = browser.post_form("/language", &[("lang", "xx")]).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(bad.text().await.unwrap(), "The request is invalid.");

    // In Arabic, the pages mirror and the e-mails are written in Arabic too.
    browser.post_form("/language", &[("lang", "ar"), ("return_to", "/")]).await;
    let (_, home) = browser.page("/").await;
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\">") && home.contains("مرحبًا"));
    let added = add_passkey(&server, &browser, &mut device).await;
    assert_eq!(added.status(), StatusCode::OK);
    let mail = server.wait_for_mails("أُضيف مفتاح مرور", 1).await;
    assert!(mail.iter().any(|m| m.contains("Subject: أُضيف مفتاح مرور إلى حسابك في Carnet")), "{mail:?}");
    server.stop().await;
}
