//! Test harness: spawn a server, talk to it like a browser, and hold a software passkey.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use carnet_core::passkeys::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
};
use reqwest::{header, Client, Response, StatusCode};
use serde_json::{json, Value};
use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use url::Url;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_rs_proto::AllowCredentials;

const DEFAULT_POSTGRES: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Which database a test server uses.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// Admin URL of a reachable PostgreSQL server.
    Postgres(String),
}

impl Backend {
    /// PostgreSQL if reachable; otherwise `None` (test skipped, said loudly) or a failure when
    /// PostgreSQL is required.
    pub async fn postgres() -> Option<Backend> {
        let url = std::env::var("CARNET_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES.into());
        sqlx::any::install_default_drivers();
        let reachable =
            tokio::time::timeout(Duration::from_secs(5), AnyPoolOptions::new().max_connections(1).connect(&url))
                .await
                .ok()
                .and_then(Result::ok);
        match reachable {
            Some(pool) => {
                pool.close().await;
                Some(Backend::Postgres(url))
            }
            None if std::env::var_os("CARNET_TEST_REQUIRE_POSTGRES").is_some() => {
                panic!("PostgreSQL is required (CARNET_TEST_REQUIRE_POSTGRES) but {url} is unreachable")
            }
            None => {
                eprintln!(
                    "SKIPPED: PostgreSQL at {url} is unreachable; set CARNET_TEST_POSTGRES_URL to run this test on it"
                );
                None
            }
        }
    }
}

/// A running `carnet serve` with its own data folder and database.
pub struct TestServer {
    pub base: Url,
    pub data_dir: PathBuf,
    pub database_url: String,
    admin: Option<(String, String)>,
    process: tokio::process::Child,
    pub db: AnyPool,
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl TestServer {
    pub async fn start(backend: Backend) -> TestServer {
        Self::start_with(backend, &[]).await
    }

    /// Starts a server with extra `CARNET_*` settings.
    pub async fn start_with(backend: Backend, extra_env: &[(&str, &str)]) -> TestServer {
        sqlx::any::install_default_drivers();
        let id = uuid::Uuid::new_v4().simple().to_string();
        let data_dir = std::env::temp_dir().join(format!("carnet-test-{id}"));
        std::fs::create_dir_all(&data_dir).unwrap();
        let (database_url, admin) = match &backend {
            Backend::Sqlite => (format!("sqlite://{}/carnet.db", data_dir.display()), None),
            Backend::Postgres(admin_url) => {
                let name = format!("carnet_test_{id}");
                let admin = AnyPoolOptions::new().max_connections(1).connect(admin_url).await.unwrap();
                sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
                admin.close().await;
                let mut url = Url::parse(admin_url).unwrap();
                url.set_path(&name);
                (url.to_string(), Some((admin_url.clone(), name)))
            }
        };
        let port = free_port();
        let base = Url::parse(&format!("http://localhost:{port}")).unwrap();
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_carnet"));
        command
            .arg("serve")
            .env("CARNET_ADDR", format!("127.0.0.1:{port}"))
            .env("CARNET_PUBLIC_URL", base.as_str())
            .env("CARNET_DATA_DIR", &data_dir)
            .env("CARNET_DATABASE_URL", &database_url)
            .env("CARNET_SITE_DIR", workspace_root().join("target/site"))
            .env("CARNET_LOG", "warn")
            .stdout(Stdio::null())
            .kill_on_drop(true);
        for (k, v) in extra_env {
            command.env(k, v);
        }
        let process = command.spawn().expect("spawning carnet");
        let client = Client::new();
        let healthz = base.join("/healthz").unwrap();
        let mut ready = false;
        for _ in 0..300 {
            if client.get(healthz.clone()).send().await.is_ok_and(|r| r.status().is_success()) {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(ready, "carnet did not start on {base}");
        let db = AnyPoolOptions::new().max_connections(2).connect(&database_url).await.unwrap();
        TestServer { base, data_dir, database_url, admin, process, db }
    }

    pub fn url(&self, path: &str) -> Url {
        self.base.join(path).unwrap()
    }

    /// The origin browsers send for our own pages.
    pub fn origin(&self) -> String {
        self.base.origin().ascii_serialization()
    }

    /// Runs a `carnet` subcommand against this server's database; returns stdout.
    pub async fn cli(&self, args: &[&str]) -> String {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_carnet"))
            .args(args)
            .env("CARNET_PUBLIC_URL", self.base.as_str())
            .env("CARNET_DATA_DIR", &self.data_dir)
            .env("CARNET_DATABASE_URL", &self.database_url)
            .env("CARNET_LOG", "warn")
            .output()
            .await
            .unwrap();
        assert!(output.status.success(), "carnet {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// Creates an account with `carnet invite` and returns its enrolment token.
    pub async fn invite(&self, role: &str, name: &str, email: &str) -> String {
        let out = self.cli(&["invite", "--role", role, "--name", name, "--email", email]).await;
        let url = out.lines().find_map(|l| l.strip_prefix("Enrolment link: ")).expect("invite prints the link");
        url.rsplit('/').next().unwrap().to_string()
    }

    /// Messages written to the mail folder, decoded (see [`decode_mail`]).
    pub fn mails(&self) -> Vec<String> {
        let dir = self.data_dir.join("mail");
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                if entry.path().extension().is_some_and(|e| e == "eml") {
                    out.push(decode_mail(&std::fs::read_to_string(entry.path()).unwrap()));
                }
            }
        }
        out
    }

    /// Waits until at least `n` mails whose text contains `needle` are written.
    pub async fn wait_for_mails(&self, needle: &str, n: usize) -> Vec<String> {
        for _ in 0..100 {
            let found: Vec<String> = self.mails().into_iter().filter(|m| m.contains(needle)).collect();
            if found.len() >= n {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("expected {n} mail(s) containing {needle:?}, found {:?}", self.mails().len());
    }

    /// Stops the server and removes its data (and PostgreSQL database).
    pub async fn stop(mut self) {
        self.db.close().await;
        let _ = self.process.kill().await;
        if let Some((admin_url, name)) = &self.admin {
            let admin = AnyPoolOptions::new().max_connections(1).connect(admin_url).await.unwrap();
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await.unwrap();
            admin.close().await;
        }
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// A browser: cookie jar, no automatic redirects, same-origin headers on POST.
pub struct Browser {
    pub client: Client,
    origin: String,
    base: Url,
}

impl Browser {
    pub fn new(server: &TestServer) -> Browser {
        Self::with_language(server, None)
    }

    pub fn with_language(server: &TestServer, accept_language: Option<&str>) -> Browser {
        let mut headers = header::HeaderMap::new();
        headers.insert(header::ACCEPT, "text/html,application/json".parse().unwrap());
        if let Some(lang) = accept_language {
            headers.insert(header::ACCEPT_LANGUAGE, lang.parse().unwrap());
        }
        let client = Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .build()
            .unwrap();
        Browser { client, origin: server.origin(), base: server.base.clone() }
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.base.join(path).unwrap()).send().await.unwrap()
    }

    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.client
            .post(self.base.join(path).unwrap())
            .header(header::ORIGIN, &self.origin)
            .header("sec-fetch-site", "same-origin")
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client
            .post(self.base.join(path).unwrap())
            .header(header::ORIGIN, &self.origin)
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Where a redirect points, asserting it is one.
    pub fn location(response: &Response) -> String {
        assert!(response.status().is_redirection(), "expected a redirect, got {}", response.status());
        response.headers()[header::LOCATION].to_str().unwrap().to_string()
    }
}

/// A passkey authenticator that behaves like a discoverable (resident-key) one.
///
/// webauthn-authenticator-rs's SoftPasskey signs real ceremonies but cannot store resident keys:
/// this shim keeps the credential ids and user handles itself, picks its credential when the
/// server sends an empty allow-list, and returns the user handle as a platform passkey would.
/// The user handle is not covered by the signature, which the "other account" test relies on.
pub struct Device {
    authenticator: SoftPasskey,
    credentials: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Device {
    pub fn new() -> Device {
        Device { authenticator: SoftPasskey::new(true), credentials: Vec::new() }
    }

    pub fn register(&mut self, origin: &Url, mut options: CreationChallengeResponse) -> RegisterPublicKeyCredential {
        let user_handle: Vec<u8> = options.public_key.user.id.clone().into();
        let selection = options.public_key.authenticator_selection.as_mut().expect("authenticator selection");
        assert!(selection.require_resident_key, "Carnet must ask for discoverable credentials");
        selection.require_resident_key = false;
        selection.resident_key = None;
        let credential = self.authenticator.do_registration(origin.clone(), options).expect("registration");
        self.credentials.push((credential.raw_id.clone().into(), user_handle));
        credential
    }

    pub fn sign(&mut self, origin: &Url, mut options: RequestChallengeResponse) -> PublicKeyCredential {
        let (credential_id, user_handle) = self.credentials.last().expect("a registered credential").clone();
        assert!(options.public_key.allow_credentials.is_empty(), "sign-in must be discoverable");
        options.public_key.allow_credentials =
            vec![AllowCredentials { type_: "public-key".into(), id: credential_id.into(), transports: None }];
        let mut credential = self.authenticator.do_authentication(origin.clone(), options).expect("assertion");
        credential.response.user_handle = Some(user_handle.into());
        credential
    }
}

/// Enrols `device` through the link `token`, in `browser`. Returns the finish response.
pub async fn enrol(server: &TestServer, browser: &Browser, device: &mut Device, token: &str) -> Response {
    let started = browser.post_json("/api/passkeys/enrol/start", &json!({ "token": token })).await;
    assert_eq!(started.status(), StatusCode::OK, "enrol/start");
    let started: Value = started.json().await.unwrap();
    let options: CreationChallengeResponse = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = device.register(&server.base, options);
    browser
        .post_json("/api/passkeys/enrol/finish", &json!({ "ceremony": started["ceremony"], "credential": credential }))
        .await
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
    let started = browser.post_json("/api/passkeys/add/start", &json!({})).await;
    assert_eq!(started.status(), StatusCode::OK, "add/start");
    let started: Value = started.json().await.unwrap();
    let options: CreationChallengeResponse = serde_json::from_value(started["options"].clone()).unwrap();
    let credential = device.register(&server.base, options);
    browser
        .post_json("/api/passkeys/add/finish", &json!({ "ceremony": started["ceremony"], "credential": credential }))
        .await
}

/// A patient enrolled and signed in: (browser, device).
pub async fn enrolled_patient(server: &TestServer, name: &str, email: &str) -> (Browser, Device) {
    let token = server.invite("patient", name, email).await;
    let browser = Browser::new(server);
    let mut device = Device::new();
    let done = enrol(server, &browser, &mut device, &token).await;
    assert_eq!(done.status(), StatusCode::OK, "enrol/finish: {}", done.text().await.unwrap());
    (browser, device)
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

/// A written `.eml` as readable text: headers with RFC 2047 words decoded, then the
/// quoted-printable body decoded.
pub fn decode_mail(raw: &str) -> String {
    use base64::Engine;
    let (head, body) = raw.split_once("\r\n\r\n").or_else(|| raw.split_once("\n\n")).unwrap_or((raw, ""));
    let mut headers = String::new();
    for word in head.split(' ') {
        let decoded = word
            .strip_prefix("=?utf-8?b?")
            .and_then(|w| w.strip_suffix("?="))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .and_then(|b| String::from_utf8(b).ok());
        headers.push_str(&decoded.unwrap_or_else(|| word.to_string()));
        headers.push(' ');
    }
    let mut bytes = Vec::new();
    let body = body.replace("=\r\n", "").replace("=\n", "");
    let raw = body.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'=' && i + 2 < raw.len() {
            if let Ok(byte) = u8::from_str_radix(&body[i + 1..i + 3], 16) {
                bytes.push(byte);
                i += 3;
                continue;
            }
        }
        bytes.push(raw[i]);
        i += 1;
    }
    format!("{headers}\n\n{}", String::from_utf8_lossy(&bytes))
}
