//! Whole ceremonies as a browser island performs them: enrol, sign in, add a passkey.

use carnet_core::passkeys::{CreationChallengeResponse, PublicKeyCredential, RequestChallengeResponse};
use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

use crate::browser::Browser;
use crate::device::Device;
use crate::server::TestServer;

/// Enrols `device` through the link `token`, in `browser`. Returns the finish response.
pub async fn enrol(server: &TestServer, browser: &Browser, device: &mut Device, token: &str) -> Response {
    register(server, browser, device, "enrol", json!({ "token": token })).await
}

/// A registration round trip on `/api/passkeys/{flow}/start|finish`, as the island does it.
async fn register(server: &TestServer, browser: &Browser, device: &mut Device, flow: &str, start: Value) -> Response {
    let started = browser.post_json(&format!("/api/passkeys/{flow}/start"), &start).await;
    assert_eq!(started.status(), StatusCode::OK, "{flow}/start");
    let started: Value = started.json().await.unwrap();
    let options: CreationChallengeResponse = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = device.register(&server.base, options);
    let finish = json!({ "ceremony": started["ceremony"], "credential": credential });
    browser.post_json(&format!("/api/passkeys/{flow}/finish"), &finish).await
}

/// Starts a sign-in and signs the challenge: (ceremony id, assertion).
pub async fn assertion(server: &TestServer, browser: &Browser, device: &mut Device) -> (Value, PublicKeyCredential) {
    let started = browser.post_json("/api/passkeys/sign-in/start", &json!({ "conditional": false })).await;
    assert_eq!(started.status(), StatusCode::OK, "sign-in/start");
    let started: Value = started.json().await.unwrap();
    let options: RequestChallengeResponse = serde_json::from_value(started["options"].clone()).unwrap();
    (started["ceremony"].clone(), device.sign(&server.base, options))
}

/// Signs in with `device`. Returns the finish response.
pub async fn sign_in(server: &TestServer, browser: &Browser, device: &mut Device) -> Response {
    let (ceremony, credential) = assertion(server, browser, device).await;
    browser.post_json("/api/passkeys/sign-in/finish", &json!({ "ceremony": ceremony, "credential": credential })).await
}

/// Adds a passkey on `device` for the signed-in `browser`. Returns the finish response.
pub async fn add_passkey(server: &TestServer, browser: &Browser, device: &mut Device) -> Response {
    register(server, browser, device, "add", json!({})).await
}

/// A fresh browser and device enrolled through the link `token`, signed in.
pub async fn enrolled(server: &TestServer, token: &str) -> (Browser, Device) {
    let browser = Browser::new(server);
    let mut device = Device::new();
    let done = enrol(server, &browser, &mut device, token).await;
    assert_eq!(done.status(), StatusCode::OK, "enrol/finish: {}", done.text().await.unwrap());
    (browser, device)
}

/// A patient enrolled and signed in: (browser, device).
pub async fn enrolled_patient(server: &TestServer, name: &str, email: &str) -> (Browser, Device) {
    let token = server.invite("patient", name, email).await;
    enrolled(server, &token).await
}

/// A demo person (`carnet demo`, which also writes the demo patient's record) of `role`
/// (`patient`, `professional`, `staff`, `caregiver`), enrolled and signed in.
pub async fn demo_account(server: &TestServer, role: &str) -> (Browser, Device) {
    let accounts: Value = serde_json::from_str(&server.cli(&["demo", "--json"]).await).unwrap();
    let account = accounts.as_array().unwrap().iter().find(|a| a["role"] == role).expect("a demo account of that role");
    let token = account["enrol_url"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    enrolled(server, &token).await
}

/// The demo patient, with the demo record, enrolled and signed in.
pub async fn demo_patient(server: &TestServer) -> (Browser, Device) {
    demo_account(server, "patient").await
}

/// The `id`s of the passkeys listed on the account page, in order.
pub fn passkey_ids(account_page: &str) -> Vec<String> {
    account_page
        .match_indices("/account/passkeys/")
        .filter_map(|(i, _)| {
            let rest = &account_page[i + "/account/passkeys/".len()..];
            let id = rest.split('/').next()?;
            rest[id.len()..].starts_with("/rename").then(|| id.to_string())
        })
        .collect()
}

/// Now, in the store's unit (ms since the epoch).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}
