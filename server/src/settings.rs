//! Settings: command-line flags or `CARNET_*` environment variables, with embedded defaults
//! so that `carnet` runs with none of them set. `carnet --help` lists them all.

use std::net::SocketAddr;
use std::path::PathBuf;

use url::Url;

#[derive(clap::Args, Debug, Clone)]
pub struct Settings {
    /// Database: `sqlite://PATH` (embedded; default: `carnet.db` in the data folder) or
    /// `postgres://USER@HOST/DB` (several nodes sharing one database).
    #[arg(long, env = "CARNET_DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Address the web server listens on.
    #[arg(long, env = "CARNET_ADDR", default_value = "127.0.0.1:3000", global = true)]
    pub addr: SocketAddr,

    /// The address people use to reach Carnet: the passkeys' origin (its host is the WebAuthn
    /// relying-party id) and the base of links in e-mails. Use a domain name, not an IP.
    #[arg(long, env = "CARNET_PUBLIC_URL", default_value = "http://localhost:3000", global = true)]
    pub public_url: Url,

    /// Folder for the embedded database and, without SMTP, outgoing mail (`mail/*.eml`).
    #[arg(long, env = "CARNET_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Folder of the built site assets (`pkg/carnet.js`, `pkg/carnet.wasm`, `pkg/carnet.css`):
    /// where `cargo xtask site` or `cargo leptos build` put them.
    #[arg(long, env = "CARNET_SITE_DIR", default_value = "target/site", global = true)]
    pub site_dir: PathBuf,

    /// SMTP server for outgoing mail, e.g. `smtps://user:password@smtp.example.org`. Unset: mail
    /// is written as `.eml` files under the data folder.
    #[arg(long, env = "CARNET_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of outgoing mail.
    #[arg(long, env = "CARNET_MAIL_FROM", default_value = "Carnet <carnet@localhost>", global = true)]
    pub mail_from: String,

    /// How long a "something new in your record" e-mail waits for more before it is sent, in
    /// seconds: what is published for one person meanwhile (a consultation's results, report and
    /// vaccination) goes out as one e-mail counting the new items.
    #[arg(long, env = "CARNET_MAIL_GROUP_SECONDS", default_value_t = 300, global = true)]
    pub mail_group_seconds: u64,

    /// The Ed25519 key that seals published documents (created on first start). Every node
    /// must use the same file. Default: `seal.key` in the data folder.
    #[arg(long, env = "CARNET_SEAL_KEY", global = true)]
    pub seal_key: Option<PathBuf>,

    /// The Ed25519 key that signs the audit log's checkpoints (created on first start), kept
    /// apart from the sealing key so that either can be rotated or guarded on its own. Every
    /// node must use the same file. Default: `audit.key` in the data folder.
    #[arg(long, env = "CARNET_AUDIT_KEY", global = true)]
    pub audit_key: Option<PathBuf>,

    /// Time zone in which dates and times are shown (IANA name).
    #[arg(long, env = "CARNET_TIME_ZONE", default_value = "Europe/Paris", global = true)]
    pub time_zone: String,

    /// How much space the files added from a patient's side (uploads) may take per record, in
    /// megabytes. Publications by professionals do not count.
    #[arg(long, env = "CARNET_UPLOAD_QUOTA_MB", default_value_t = 200, global = true)]
    pub upload_quota_mb: i64,

    /// Where video consultations take place: an https address with `{room}` where each
    /// appointment's own random room name goes (for example `https://meet.jit.si/carnet-{room}`).
    /// Set, every video appointment gets its own link from it; unset, the professional's own
    /// teleconsultation address is used. Carnet does not host video.
    #[arg(long, env = "CARNET_VIDEO_URL_TEMPLATE", global = true)]
    pub video_url_template: Option<String>,

    /// Lifetime of enrolment links, in hours.
    #[arg(long, env = "CARNET_ENROLMENT_TTL_HOURS", default_value_t = 72, global = true)]
    pub enrolment_ttl_hours: i64,

    /// The reverse proxies in front of Carnet, as addresses or networks separated by commas
    /// (`10.0.0.0/8, ::1`): only a request from one of them has its client's address taken from
    /// `X-Forwarded-For`. Empty (the default): the peer is the client, and the header is ignored.
    #[arg(long, env = "CARNET_TRUSTED_PROXIES", default_value = "", global = true)]
    pub trusted_proxies: String,

    /// Passkey ceremonies one client address may start per minute.
    #[arg(long, env = "CARNET_CEREMONY_RATE_LIMIT", default_value_t = 30, global = true)]
    pub ceremony_rate_limit: i64,

    /// How often a serving node signs a checkpoint of the audit log, in seconds (only when the
    /// log grew since the last one). Rows after the last checkpoint are protected by the hash
    /// chain alone until the next.
    #[arg(long, env = "CARNET_AUDIT_CHECKPOINT_SECONDS", default_value_t = 300, global = true)]
    pub audit_checkpoint_seconds: u64,

    /// How often a serving node sends the reminders that are due and extends the professionals'
    /// slots to the coming weeks, in seconds.
    #[arg(long, env = "CARNET_CALENDAR_SECONDS", default_value_t = 60, global = true)]
    pub calendar_seconds: u64,

    /// Log filter (`info`, `debug`, `carnet_server=debug,sqlx=warn`, …). Logs never contain
    /// health data.
    #[arg(long, env = "CARNET_LOG", default_value = "info,sqlx=warn", global = true)]
    pub log: String,
}

impl Settings {
    /// The database URL, defaulting to a SQLite file in the data folder.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("carnet.db").display()),
        }
    }

    /// The sealing key's path, defaulting to `seal.key` in the data folder.
    pub fn seal_key_path(&self) -> PathBuf {
        self.seal_key.clone().unwrap_or_else(|| self.data_dir.join("seal.key"))
    }

    pub fn audit_key_path(&self) -> PathBuf {
        self.audit_key.clone().unwrap_or_else(|| self.data_dir.join("audit.key"))
    }

    /// Cookies are `Secure` except when Carnet is served on this machine over plain HTTP.
    pub fn secure_cookies(&self) -> bool {
        let local = matches!(self.public_url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
        !(local && self.public_url.scheme() == "http")
    }

    /// `scheme://host[:port]` of the public URL, as browsers send it in `Origin`.
    pub fn public_origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }
}
