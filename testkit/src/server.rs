//! A real `carnet serve` process with its own data folder and a fresh SQLite file or
//! PostgreSQL database, plus helpers to run subcommands against it and read its mail.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use reqwest::Client;
use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use url::Url;

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
                note_skipped();
                None
            }
        }
    }
}

/// Where skipped tests are noted, one line each (`CARNET_TEST_SKIPPED_LOG`, set by `cargo
/// xtask test`, which counts them in its closing line: a test passing without having run must
/// not look like one that ran).
pub const SKIPPED_LOG_ENV: &str = "CARNET_TEST_SKIPPED_LOG";

pub(crate) fn note_skipped() {
    use std::io::Write;
    let Some(path) = std::env::var_os(SKIPPED_LOG_ENV) else { return };
    let name = std::thread::current().name().unwrap_or("a test").to_string();
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(file, "{name}");
    }
}

/// A running `carnet serve` with its own data folder and database.
pub struct TestServer {
    pub base: Url,
    pub data_dir: PathBuf,
    pub database_url: String,
    admin: Option<(String, String)>,
    binary: PathBuf,
    process: tokio::process::Child,
    pub db: AnyPool,
}

/// Starts `binary serve` listening on `listen`'s port for the deployment at `public`, and waits
/// until it answers.
async fn serve(
    binary: &std::path::Path,
    listen: &Url,
    public: &Url,
    data_dir: &std::path::Path,
    database_url: &str,
    extra_env: &[(&str, &str)],
) -> tokio::process::Child {
    let mut command = tokio::process::Command::new(binary);
    command
        .arg("serve")
        .env("CARNET_ADDR", format!("127.0.0.1:{}", listen.port().unwrap()))
        .env("CARNET_PUBLIC_URL", public.as_str())
        .env("CARNET_DATA_DIR", data_dir)
        .env("CARNET_DATABASE_URL", database_url)
        .env("CARNET_SITE_DIR", workspace_root().join("target/site"))
        .env("CARNET_LOG", "warn")
        // "Something new in your record" e-mails wait 5 minutes for more by default; tests that
        // check grouping set a hold of their own in `extra_env`.
        .env("CARNET_MAIL_GROUP_SECONDS", "1")
        .stdout(Stdio::null())
        .kill_on_drop(true);
    for (k, v) in extra_env {
        command.env(k, v);
    }
    let process = command.spawn().expect("spawning carnet");
    let client = Client::new();
    let healthz = listen.join("/healthz").unwrap();
    for _ in 0..300 {
        if client.get(healthz.clone()).send().await.is_ok_and(|r| r.status().is_success()) {
            return process;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("carnet did not start on {listen}");
}

/// A second serving process of a [`TestServer`]'s deployment.
pub struct Node {
    pub base: Url,
    _process: tokio::process::Child,
}

/// The repository root (where `target/site` is).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl TestServer {
    /// Starts `binary serve` with a fresh database and extra `CARNET_*` settings.
    pub async fn start(binary: impl Into<PathBuf>, backend: Backend, extra_env: &[(&str, &str)]) -> TestServer {
        let binary = binary.into();
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
        let process = serve(&binary, &base, &base, &data_dir, &database_url, extra_env).await;
        let db = AnyPoolOptions::new().max_connections(2).connect(&database_url).await.unwrap();
        TestServer { base, data_dir, database_url, admin, binary, process, db }
    }

    /// Another `carnet serve` process on the same database and data folder, as a second node
    /// of one deployment (same public address; it listens on a port of its own). Stopped when
    /// the returned node is dropped.
    pub async fn another_node(&self) -> Node {
        self.another_node_with(&[]).await
    }

    /// [`TestServer::another_node`] with these extra settings (a deployment's nodes share them).
    pub async fn another_node_with(&self, extra_env: &[(&str, &str)]) -> Node {
        let base = Url::parse(&format!("http://localhost:{}", free_port())).unwrap();
        let process = serve(&self.binary, &base, &self.base, &self.data_dir, &self.database_url, extra_env).await;
        Node { base, _process: process }
    }

    /// Kills the server process (as a crash would) and starts it again on the same address,
    /// data folder and database, with these extra settings.
    pub async fn restart(&mut self, extra_env: &[(&str, &str)]) {
        let _ = self.process.kill().await;
        self.process = serve(&self.binary, &self.base, &self.base, &self.data_dir, &self.database_url, extra_env).await;
    }

    /// The raw `.eml` files written to the mail folder.
    pub fn raw_mails(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(self.data_dir.join("mail")) {
            for entry in entries.flatten() {
                if entry.path().extension().is_some_and(|e| e == "eml") {
                    out.push(std::fs::read_to_string(entry.path()).unwrap());
                }
            }
        }
        out
    }

    pub fn url(&self, path: &str) -> Url {
        self.base.join(path).unwrap()
    }

    /// The origin browsers send for our own pages.
    pub fn origin(&self) -> String {
        self.base.origin().ascii_serialization()
    }

    /// Runs a `carnet` subcommand against this server's database, whatever its outcome.
    pub async fn cli_output(&self, args: &[&str]) -> std::process::Output {
        self.cli_output_with(args, &[]).await
    }

    /// [`TestServer::cli_output`] with these extra settings (an operator's shell has the
    /// deployment's settings, e.g. its SMTP server).
    pub async fn cli_output_with(&self, args: &[&str], extra_env: &[(&str, &str)]) -> std::process::Output {
        tokio::process::Command::new(&self.binary)
            .args(args)
            .envs(extra_env.iter().copied())
            .env("CARNET_PUBLIC_URL", self.base.as_str())
            .env("CARNET_DATA_DIR", &self.data_dir)
            .env("CARNET_DATABASE_URL", &self.database_url)
            .env("CARNET_LOG", "warn")
            .output()
            .await
            .unwrap()
    }

    /// Runs a `carnet` subcommand that must succeed; returns its stdout.
    pub async fn cli(&self, args: &[&str]) -> String {
        let output = self.cli_output(args).await;
        assert!(output.status.success(), "carnet {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// Creates an account with `carnet invite` and returns its enrolment token.
    pub async fn invite(&self, role: &str, name: &str, email: &str) -> String {
        self.invite_with(&["--role", role, "--name", name, "--email", email]).await
    }

    /// `carnet invite` with these arguments; returns the enrolment token it printed.
    pub async fn invite_with(&self, args: &[&str]) -> String {
        let mut all = vec!["invite"];
        all.extend_from_slice(args);
        let out = self.cli(&all).await;
        let url = out.lines().find_map(|l| l.strip_prefix("Enrolment link: ")).expect("invite prints the link");
        url.rsplit('/').next().unwrap().to_string()
    }

    /// Messages written to the mail folder, decoded (see [`decode_mail`]). Each is first checked
    /// to be marked as automated mail with an HTML part ([`crate::mail::check_automated_mail`]).
    pub fn mails(&self) -> Vec<String> {
        let domain = self.base.host_str().unwrap_or_default();
        self.raw_mails()
            .iter()
            // A file still being written lacks its closing MIME boundary: read it next time.
            .filter(|raw| raw.ends_with("--\r\n"))
            .map(|raw| {
                crate::mail::check_automated_mail(raw, domain);
                crate::mail::decode_mail(raw)
            })
            .collect()
    }

    /// How many messages of `kind` (`first-read`, `appointment-reminder`…) were written to the
    /// outbox. The outbox row is written in the transaction of what causes it, so once that
    /// request has answered the count is final: a "never twice" check needs no waiting. (Their
    /// text is not kept once delivered: count by kind, read the text in [`TestServer::mails`].)
    pub async fn outbox_count(&self, kind: &str) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = $1").bind(kind).fetch_one(&self.db).await.unwrap()
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

    /// A POST announcing a `length`-byte body of `content_type` but sending only the headers
    /// and a few bytes, as a slow or hostile client would: the status and the whole answer.
    pub async fn announced_post(&self, path: &str, content_type: &str, length: usize) -> (u16, String) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let port = self.base.port().unwrap();
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: {}\r\nAccept-Language: en\r\n\
             Content-Type: {content_type}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n{{\"a\":",
            self.origin()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
        let answer = String::from_utf8_lossy(&answer).to_string();
        let status = answer.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        (status, answer)
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
