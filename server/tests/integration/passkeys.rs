//! Enrolment, sign-in, passkey management and the attacks on them.

use reqwest::StatusCode;
use serde_json::json;

use crate::harness::*;

crate::on_both_databases!(
    enrol_then_sign_out_and_sign_in_again,
    links_are_single_use_and_expire,
    a_link_opened_twice_creates_one_passkey,
    second_passkey_rename_and_removal,
    replayed_assertions_are_refused,
    an_assertion_cannot_sign_in_as_another_account,
    removing_a_passkey_ends_its_sessions,
    a_cloned_passkey_is_refused_when_its_counter_goes_back,
    changing_passkeys_needs_a_recent_passkey_check,
    signing_the_other_devices_out_needs_a_recent_passkey_check,
);

/// The signature counter of the stored passkey (webauthn-rs keeps it in the credential).
async fn stored_counter(server: &TestServer, account_email: &str) -> u64 {
    let stored: String = sqlx::query_scalar(
        "SELECT p.passkey FROM passkeys p JOIN accounts a ON a.id = p.account_id WHERE a.email = $1",
    )
    .bind(account_email)
    .fetch_one(&server.db)
    .await
    .unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    stored["cred"]["counter"].as_u64().expect("the credential's counter")
}

/// An authenticator copied from another (a cloned key) signs with a counter behind the one the
/// genuine key has reached: Carnet saves the counter at every sign-in, so it sees the counter go
/// back and refuses the clone, and says so in the audit log.
async fn a_cloned_passkey_is_refused_when_its_counter_goes_back(backend: Backend) {
    let server = start(backend).await;
    let (browser, mut device) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    for expected in [1, 2] {
        browser.post_form("/signout", &[]).await;
        assert_eq!(sign_in(&server, &browser, &mut device).await.status(), StatusCode::OK);
        assert_eq!(stored_counter(&server, "camille@example.org").await, expected, "the counter is saved");
    }
    // The genuine key has since been used elsewhere: the server saw it reach 1000.
    let stored: String = sqlx::query_scalar("SELECT passkey FROM passkeys").fetch_one(&server.db).await.unwrap();
    let mut stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    stored["cred"]["counter"] = json!(1000);
    sqlx::query("UPDATE passkeys SET passkey = $1").bind(stored.to_string()).execute(&server.db).await.unwrap();
    // This copy signs with counter 3: refused, no session.
    browser.post_form("/signout", &[]).await;
    let clone = sign_in(&server, &browser, &mut device).await;
    assert_ne!(clone.status(), StatusCode::OK, "a counter going back is refused");
    let (_, home) = browser.page("/").await;
    assert!(!home.contains("Bonjour, Camille Martin"), "not signed in");
    let refusals: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.sign-in' AND decision = 'deny' AND reason = 'bad-assertion'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert_eq!(refusals, 1, "the refusal is in the log");
    assert_eq!(stored_counter(&server, "camille@example.org").await, 1000, "the clone changed nothing");
    server.stop().await;
}

async fn enrol_then_sign_out_and_sign_in_again(backend: Backend) {
    let server = start(backend).await;
    let token = server.invite("patient", "Camille Martin", "camille@example.org").await;
    server.wait_for_mails("Subject: Votre invitation", 1).await;

    let browser = Browser::new(&server);
    let (status, page) = browser.page(&format!("/enrol/{token}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Bienvenue, Camille Martin."), "{page}");

    let mut device = Device::new();
    let done = enrol(&server, &browser, &mut device, &token).await;
    assert_eq!(done.status(), StatusCode::OK);
    let done: serde_json::Value = done.json().await.unwrap();
    assert_eq!(done["redirect"], "/");
    let (_, home) = browser.page("/").await;
    assert!(home.contains("Bonjour, Camille Martin"), "{home}");
    // Creating a passkey sends a security notice.
    server.wait_for_mails("a été ajoutée à votre compte Carnet le", 1).await;

    let out = browser.post_form("/signout", &[]).await;
    assert_eq!(Browser::location(&out), "/");
    let (_, home) = browser.page("/").await;
    assert!(!home.contains("Camille Martin") && home.contains("Bienvenue sur Carnet"));
    assert_eq!(Browser::location(&browser.get("/account").await), "/signin");

    let signed_in = sign_in(&server, &browser, &mut device).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let (_, home) = browser.page("/").await;
    assert!(home.contains("Bonjour, Camille Martin"));
    let (_, account) = browser.page("/account").await;
    assert!(account.contains("Clé d'accès 1") && account.contains("Dernière utilisation le"), "{account}");
    server.stop().await;
}

async fn links_are_single_use_and_expire(backend: Backend) {
    let server = start(backend).await;
    let (browser, _) = enrolled_patient(&server, "Ada Lovelace", "ada@example.org").await;
    // A used link: the page explains, the API refuses, nothing changes.
    let used = server.invite("patient", "Grace Hopper", "grace@example.org").await;
    let mut device = Device::new();
    assert_eq!(enrol(&server, &Browser::new(&server), &mut device, &used).await.status(), StatusCode::OK);
    let (status, page) = browser.page(&format!("/enrol/{used}")).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(page.contains("Lien déjà utilisé"), "{page}");
    let again = Browser::new(&server).post_json("/api/passkeys/enrol/start", &json!({ "token": used })).await;
    assert_eq!(again.status(), StatusCode::GONE);
    let body: serde_json::Value = again.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("déjà servi"));

    // An expired link.
    let expired = server.invite("patient", "Alan Turing", "alan@example.org").await;
    sqlx::query("UPDATE enrolment_links SET expires_at = $1 WHERE used_at IS NULL")
        .bind(now_ms() - 1)
        .execute(&server.db)
        .await
        .unwrap();
    let (status, page) = Browser::with_language(&server, Some("en")).page(&format!("/enrol/{expired}")).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(page.contains("Link expired"), "{page}");
    let start = Browser::new(&server).post_json("/api/passkeys/enrol/start", &json!({ "token": expired })).await;
    assert_eq!(start.status(), StatusCode::GONE);

    // An unknown link, well-formed or not.
    for token in ["A".repeat(43), "short".to_string()] {
        let (status, page) = browser.page(&format!("/enrol/{token}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(page.contains("Lien inconnu"));
    }
    let passkeys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys").fetch_one(&server.db).await.unwrap();
    assert_eq!(passkeys, 2);
    server.stop().await;
}

async fn a_link_opened_twice_creates_one_passkey(backend: Backend) {
    let server = start(backend).await;
    let token = server.invite("patient", "Camille Martin", "camille@example.org").await;
    // Two tabs start a ceremony from the same link; both complete on their devices.
    let (tab1, tab2) = (Browser::new(&server), Browser::new(&server));
    let mut started = Vec::new();
    for tab in [&tab1, &tab2] {
        let response = tab.post_json("/api/passkeys/enrol/start", &json!({ "token": token })).await;
        assert_eq!(response.status(), StatusCode::OK);
        started.push(response.json::<serde_json::Value>().await.unwrap());
    }
    let mut finished = Vec::new();
    for (tab, started) in [&tab1, &tab2].into_iter().zip(&started) {
        let options = serde_json::from_value(started["options"].clone()).unwrap();
        let credential = Device::new().register(&server.base, options);
        let body = json!({ "ceremony": started["ceremony"], "credential": credential });
        finished.push(tab.post_json("/api/passkeys/enrol/finish", &body).await.status());
    }
    assert_eq!(finished, [StatusCode::OK, StatusCode::GONE]);
    let passkeys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys").fetch_one(&server.db).await.unwrap();
    assert_eq!(passkeys, 1);
    assert_eq!(Browser::location(&tab2.get("/account").await), "/signin", "the second tab is not signed in");

    // A link that expires between the start and the finish says so.
    let token = server.invite("patient", "Ada Lovelace", "ada@example.org").await;
    let tab = Browser::with_language(&server, Some("en"));
    let started: serde_json::Value =
        tab.post_json("/api/passkeys/enrol/start", &json!({ "token": token })).await.json().await.unwrap();
    sqlx::query("UPDATE enrolment_links SET expires_at = $1 WHERE used_at IS NULL")
        .bind(now_ms() - 1)
        .execute(&server.db)
        .await
        .unwrap();
    let options = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = Device::new().register(&server.base, options);
    let late = tab
        .post_json("/api/passkeys/enrol/finish", &json!({ "ceremony": started["ceremony"], "credential": credential }))
        .await;
    assert_eq!(late.status(), StatusCode::GONE);
    assert_eq!(
        late.json::<serde_json::Value>().await.unwrap()["error"],
        "This link is no longer valid. Ask the reception desk for a new one."
    );
    server.stop().await;
}

async fn second_passkey_rename_and_removal(backend: Backend) {
    let server = start(backend).await;
    let (browser, _phone) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;

    // Only one passkey: it cannot be removed.
    let (_, account) = browser.page("/account").await;
    let ids = passkey_ids(&account);
    assert_eq!(ids.len(), 1);
    assert!(account.contains("C'est votre seule clé d'accès"));
    let refused = browser.post_form(&format!("/account/passkeys/{}/remove", ids[0]), &[]).await;
    let refused = Browser::sent_back(refused).await;
    assert_eq!(refused.problem, Problem::LastPasskey);
    assert!(refused.page.contains("Impossible de supprimer votre dernière clé"));
    assert_eq!(passkey_ids(&refused.page).len(), 1);

    // A second passkey, with its security e-mail.
    let mut laptop = Device::new();
    let added = add_passkey(&server, &browser, &mut laptop).await;
    assert_eq!(added.status(), StatusCode::OK);
    server.wait_for_mails("a été ajoutée à votre compte Carnet le", 2).await;
    let (_, account) = browser.page("/account").await;
    let ids = passkey_ids(&account);
    assert_eq!(ids.len(), 2);
    assert!(account.contains("Clé d'accès 2"));

    // Rename, with a bad name first.
    let bad = browser.post_form(&format!("/account/passkeys/{}/rename", ids[1]), &[("name", "   ")]).await;
    assert_eq!(Browser::sent_back(bad).await.problem, Problem::PasskeyNameInvalid);
    let ok = browser.post_form(&format!("/account/passkeys/{}/rename", ids[1]), &[("name", "Ordinateur <b>")]).await;
    assert_eq!(Browser::location(&ok), "/account?notice=passkey-renamed");
    let (_, account) = browser.page("/account").await;
    assert!(account.contains("Ordinateur &lt;b&gt;"), "names are escaped");

    // Someone else's passkey id looks like a missing one.
    let (other, _) = enrolled_patient(&server, "Mallory", "mallory@example.org").await;
    let theirs = other.post_form(&format!("/account/passkeys/{}/remove", ids[1]), &[]).await;
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);
    let theirs = other.post_form(&format!("/account/passkeys/{}/rename", ids[1]), &[("name", "x")]).await;
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);

    // Remove the second one.
    let removed = browser.post_form(&format!("/account/passkeys/{}/remove", ids[1]), &[]).await;
    assert_eq!(Browser::location(&removed), "/account?notice=passkey-removed");
    let (_, account) = browser.page("/account").await;
    assert_eq!(passkey_ids(&account), vec![ids[0].clone()]);
    server.stop().await;
}

async fn replayed_assertions_are_refused(backend: Backend) {
    let server = start(backend).await;
    let (_, mut device) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let attacker = Browser::new(&server);
    let browser = Browser::new(&server);
    let (ceremony, credential) = assertion(&server, &browser, &mut device).await;
    let body = json!({ "ceremony": ceremony, "credential": credential });
    assert_eq!(browser.post_json("/api/passkeys/sign-in/finish", &body).await.status(), StatusCode::OK);

    // The same ceremony and assertion again: the ceremony was consumed.
    let replay = attacker.post_json("/api/passkeys/sign-in/finish", &body).await;
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    // The old assertion with a fresh ceremony: the challenge does not match.
    let fresh = attacker.post_json("/api/passkeys/sign-in/start", &json!({})).await;
    let fresh: serde_json::Value = fresh.json().await.unwrap();
    let replay = attacker
        .post_json("/api/passkeys/sign-in/finish", &json!({ "ceremony": fresh["ceremony"], "credential": credential }))
        .await;
    assert_eq!(replay.status(), StatusCode::BAD_REQUEST);
    let message: serde_json::Value = replay.json().await.unwrap();
    assert_eq!(message["error"], "La vérification de la clé d'accès a échoué. Réessayez.");
    assert_eq!(Browser::location(&attacker.get("/account").await), "/signin");
    server.stop().await;
}

async fn an_assertion_cannot_sign_in_as_another_account(backend: Backend) {
    let server = start(backend).await;
    let (_, mut mallory) = enrolled_patient(&server, "Mallory", "mallory@example.org").await;
    let (_, _) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let camille_id: String = sqlx::query_scalar("SELECT id FROM accounts WHERE email = 'camille@example.org'")
        .fetch_one(&server.db)
        .await
        .unwrap();

    let browser = Browser::new(&server);
    let (ceremony, mut credential) = assertion(&server, &browser, &mut mallory).await;
    // Mallory's valid signature, claiming to be Camille.
    credential.response.user_handle = Some(uuid::Uuid::parse_str(&camille_id).unwrap().as_bytes().to_vec());
    let forged = browser
        .post_json("/api/passkeys/sign-in/finish", &json!({ "ceremony": ceremony, "credential": credential }))
        .await;
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    let (_, home) = browser.page("/").await;
    assert!(!home.contains("Camille") && !home.contains("Mallory"));

    // An unknown credential gets the very same answer (no hint that the account is unknown).
    let mut stranger = Device::new();
    let (_, mut credential) = assertion(&server, &browser, &mut mallory).await;
    let fake = stranger.register(&server.base, fake_creation_options(&server, &browser).await);
    credential.raw_id = fake.raw_id.clone();
    credential.id = fake.id.clone();
    let fresh: serde_json::Value =
        browser.post_json("/api/passkeys/sign-in/start", &json!({})).await.json().await.unwrap();
    let unknown = browser
        .post_json("/api/passkeys/sign-in/finish", &json!({ "ceremony": fresh["ceremony"], "credential": credential }))
        .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    let message: serde_json::Value = unknown.json().await.unwrap();
    assert_eq!(message["error"], "La vérification de la clé d'accès a échoué. Réessayez.");
    server.stop().await;
}

/// Registration options from a throwaway invitation (to mint a credential the server never stored).
async fn fake_creation_options(
    server: &TestServer,
    browser: &Browser,
) -> carnet_core::passkeys::CreationChallengeResponse {
    let token = server.invite("patient", "Stranger", &format!("s{}@example.org", now_ms())).await;
    let started: serde_json::Value =
        browser.post_json("/api/passkeys/enrol/start", &json!({ "token": token })).await.json().await.unwrap();
    serde_json::from_value(started["options"].clone()).unwrap()
}

async fn removing_a_passkey_ends_its_sessions(backend: Backend) {
    let server = start(backend).await;
    let (laptop_browser, _) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let mut phone = Device::new();
    assert_eq!(add_passkey(&server, &laptop_browser, &mut phone).await.status(), StatusCode::OK);

    // The phone signs in on its own browser.
    let phone_browser = Browser::new(&server);
    assert_eq!(sign_in(&server, &phone_browser, &mut phone).await.status(), StatusCode::OK);
    assert_eq!(phone_browser.get("/account").await.status(), StatusCode::OK);

    // From the laptop, the phone's passkey is removed: the phone's session ends at once.
    let (_, account) = laptop_browser.page("/account").await;
    let ids = passkey_ids(&account);
    let removed = laptop_browser.post_form(&format!("/account/passkeys/{}/remove", ids[1]), &[]).await;
    assert_eq!(Browser::location(&removed), "/account?notice=passkey-removed");
    assert_eq!(Browser::location(&phone_browser.get("/account").await), "/signin");
    assert_eq!(laptop_browser.get("/account").await.status(), StatusCode::OK);
    // And the removed passkey can no longer sign in.
    assert_eq!(sign_in(&server, &Browser::new(&server), &mut phone).await.status(), StatusCode::BAD_REQUEST);
    server.stop().await;
}

/// Someone finds a device left signed in: more than 5 minutes after the owner last used their
/// passkey, they can neither add a passkey of their own nor remove the owner's; their own
/// passkey does not pass "It's me". The owner's does, and then both work.
async fn changing_passkeys_needs_a_recent_passkey_check(backend: Backend) {
    let server = start(backend).await;
    let (browser, mut phone) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let mut laptop = Device::new();
    assert_eq!(add_passkey(&server, &browser, &mut laptop).await.status(), StatusCode::OK, "just signed in: fresh");
    let (_, account) = browser.page("/account").await;
    let ids = passkey_ids(&account);
    assert_eq!(ids.len(), 2);
    assert!(!account.contains("Confirmez que c'est bien vous"));

    // Six minutes later, someone else at the keyboard.
    sqlx::query("UPDATE sign_ins SET verified_at = $1").bind(now_ms() - 6 * 60_000).execute(&server.db).await.unwrap();
    let added = browser.post_json("/api/passkeys/add/start", &json!({})).await;
    assert_eq!(added.status(), StatusCode::FORBIDDEN);
    let said: serde_json::Value = added.json().await.unwrap();
    assert!(said["error"].as_str().unwrap().contains("confirmez d'abord que c'est bien vous"), "{said}");
    let removed = browser.post_form(&format!("/account/passkeys/{}/remove", ids[0]), &[]).await;
    assert_eq!(Browser::sent_back(removed).await.problem, Problem::VerifyFirst);
    let (_, account) = browser.page("/account").await;
    assert_eq!(passkey_ids(&account).len(), 2, "nothing removed");
    assert!(account.contains("Confirmez que c'est bien vous") && account.contains("/api/passkeys/verify/start"));
    assert!(!account.contains("/remove\""), "no remove button until it is confirmed");

    // "It's me" with a passkey that is not one of the account's (the intruder's own): refused.
    let (_, mut intruders) = enrolled_patient(&server, "Eve Intruse", "eve@example.org").await;
    assert_eq!(verify(&server, &browser, &mut intruders).await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(browser.post_json("/api/passkeys/add/start", &json!({})).await.status(), StatusCode::FORBIDDEN);

    // The owner's passkey: confirmed for 5 minutes, and the change goes through.
    let confirmed = verify(&server, &browser, &mut phone).await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let done: serde_json::Value = confirmed.json().await.unwrap();
    assert_eq!(done["redirect"], "/account?notice=verified#passkeys-title");
    let removed = browser.post_form(&format!("/account/passkeys/{}/remove", ids[1]), &[]).await;
    assert_eq!(Browser::location(&removed), "/account?notice=passkey-removed");
    server.stop().await;
}

/// "It's me": a passkey check of the signed-in person, signed by `device`.
async fn verify(server: &TestServer, browser: &Browser, device: &mut Device) -> reqwest::Response {
    let started = browser.post_json("/api/passkeys/verify/start", &json!({})).await;
    assert_eq!(started.status(), StatusCode::OK);
    let started: serde_json::Value = started.json().await.unwrap();
    let options = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = device.sign(&server.base, options);
    browser
        .post_json("/api/passkeys/verify/finish", &json!({ "ceremony": started["ceremony"], "credential": credential }))
        .await
}

/// The account page lists the devices signed in; signing the others out needs a recent passkey
/// check. Someone who finds a device left signed in cannot sign the owner out of her other
/// devices; the owner, once she confirmed it is her, can, and their next request is signed out.
async fn signing_the_other_devices_out_needs_a_recent_passkey_check(backend: Backend) {
    let server = start(backend).await;
    let (laptop, mut phone) = enrolled_patient(&server, "Camille Martin", "camille@example.org").await;
    let tablet = Browser::new(&server);
    assert_eq!(sign_in(&server, &tablet, &mut phone).await.status(), StatusCode::OK);
    let (_, account) = laptop.page("/account").await;
    assert!(account.contains("Appareils connectés") && account.contains("(cet appareil)"), "{account}");
    assert!(account.contains("Déconnecter l&#39;autre appareil") || account.contains("Déconnecter l'autre appareil"));

    // Six minutes later, someone else at the laptop: refused, the tablet still signed in.
    sqlx::query("UPDATE sign_ins SET verified_at = $1").bind(now_ms() - 6 * 60_000).execute(&server.db).await.unwrap();
    let tried = laptop.post_form("/account/sessions/end-others", &[]).await;
    assert_eq!(Browser::sent_back(tried).await.problem, Problem::VerifyFirst);
    assert_eq!(tablet.get("/account").await.status(), StatusCode::OK, "nothing ended");
    let (_, account) = laptop.page("/account").await;
    assert!(!account.contains("/account/sessions/end-others"), "no button until it is confirmed");

    // The owner confirms with her passkey: the tablet's next request is signed out, not the laptop.
    assert_eq!(verify(&server, &laptop, &mut phone).await.status(), StatusCode::OK);
    let ended = laptop.post_form("/account/sessions/end-others", &[]).await;
    assert_eq!(Browser::location(&ended), "/account?notice=others-signed-out#devices-title");
    assert_eq!(Browser::location(&tablet.get("/account").await), "/signin");
    assert_eq!(laptop.get("/account").await.status(), StatusCode::OK);
    let (_, account) = laptop.page("/account").await;
    assert!(!account.contains("/account/sessions/end-others"), "no other device left");
    server.stop().await;
}
