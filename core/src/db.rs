//! The one store handle: a sqlx `Any` pool over SQLite (embedded default) or PostgreSQL.
//!
//! Every query in Carnet is a runtime query written once, with `$n` placeholders, and runs on
//! both backends. What differs between them lives here (connection settings, how a write
//! transaction starts, row locks) and in `migrations/sqlite` vs `migrations/postgres`.
//!
//! Integers are read as they are stored, without `CAST`: a PostgreSQL `INTEGER` column or
//! integer literal is an int4, a `BIGINT` or `COUNT(*)` an int8, every SQLite integer 64-bit,
//! and the `Any` driver decodes any of them into an `i64` (sqlx 0.8.6, `any/types/int.rs`). It
//! does not turn a boolean into a number, nor a number into a `bool`, so a select list says
//! `CASE WHEN … THEN 1 ELSE 0 END` where PostgreSQL would produce a boolean (`EXISTS`, `=`).

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{Any, AnyPool, Executor, Transaction};

use crate::{Error, Result};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// SQLite settings Carnet refuses to run without (see `docs/architecture.md`).
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend behind a connection (inside a transaction, where the `Db` is not at hand).
    pub fn of_connection(conn: &sqlx::AnyConnection) -> Backend {
        if conn.backend_name().eq_ignore_ascii_case("sqlite") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        }
    }

    /// Which backend a `CARNET_DATABASE_URL` names.
    pub fn of_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(Error::Config("CARNET_DATABASE_URL must start with sqlite: or postgres://".into()))
        }
    }
}

/// A pool plus the knowledge of which dialect is behind it. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    /// Where write transactions run. On SQLite, a pool of one connection: SQLite lets one writer
    /// in at a time, and the pool hands its connection out first come, first served (sqlx's
    /// acquire is fair), so writers wait their turn in order instead of spinning in the busy
    /// handler. On PostgreSQL, the same pool as `pool`.
    writer: AnyPool,
    /// This node's audit writer: rows of reads and refusals, committed in groups
    /// ([`crate::audit::writer`]).
    audit: crate::audit::writer::AuditWriter,
    backend: Backend,
    url: String,
    /// The portal's public address, for links in e-mails written inside a transaction (the
    /// first read of a record is told to the patient in the transaction of that read).
    portal_url: Option<std::sync::Arc<url::Url>>,
    /// The clinic's time zone: what "today" is for rules that depend on the date (a minor's
    /// representatives act for them until the day they turn 18).
    zone: Option<std::sync::Arc<jiff::tz::TimeZone>>,
    /// How long a "something new in your record" notice waits for more before it is sent, in
    /// milliseconds (see `mail::enqueue_grouped`).
    notice_hold_ms: i64,
    upload_quota_bytes: i64,
    /// Where video consultations take place, with `{room}` for each appointment's own room
    /// (`CARNET_VIDEO_URL_TEMPLATE`), if the operator set it.
    video_template: Option<std::sync::Arc<str>>,
}

/// The default of [`Db::notice_hold_ms`]: five minutes, long enough for a consultation's
/// publications to reach the patient as one e-mail.
pub const DEFAULT_NOTICE_HOLD_MS: i64 = 5 * 60 * 1000;

/// The default of [`Db::upload_quota_bytes`]: 200 MB, some twenty scanned letters a year for
/// ten years.
pub const DEFAULT_UPLOAD_QUOTA_BYTES: i64 = 200 * 1024 * 1024;

impl Db {
    /// Connects, applies the SQLite settings on every connection, and checks them.
    pub async fn connect(url: &str) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        let url = match backend {
            Backend::Sqlite => sqlite_url_creating_dir(url)?,
            Backend::Postgres => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool_of = |connections: u32| {
            AnyPoolOptions::new().max_connections(connections).acquire_timeout(Duration::from_secs(10)).after_connect(
                move |conn, _meta| {
                    Box::pin(async move {
                        if backend == Backend::Sqlite {
                            conn.execute(SQLITE_PRAGMAS).await?;
                        }
                        Ok(())
                    })
                },
            )
        };
        let (pool, writer) = match backend {
            Backend::Sqlite => {
                let pool = pool_of(8).connect_with(options.clone()).await?;
                (pool, pool_of(1).connect_with(options).await?)
            }
            Backend::Postgres => {
                let pool = pool_of(16).connect_with(options).await?;
                (pool.clone(), pool)
            }
        };
        let audit = crate::audit::writer::AuditWriter::start(writer.clone(), backend);
        let db = Db {
            pool,
            writer,
            audit,
            backend,
            url,
            portal_url: None,
            video_template: None,
            zone: None,
            notice_hold_ms: DEFAULT_NOTICE_HOLD_MS,
            upload_quota_bytes: DEFAULT_UPLOAD_QUOTA_BYTES,
        };
        if backend == Backend::Sqlite {
            db.check_sqlite_settings().await?;
        }
        Ok(db)
    }

    /// The same handle, with the portal's public address for links in e-mails.
    pub fn with_portal_url(mut self, portal_url: &url::Url) -> Db {
        self.portal_url = Some(std::sync::Arc::new(portal_url.clone()));
        self
    }

    /// The same handle, with the clinic's time zone (UTC if never given).
    pub fn with_zone(mut self, zone: &jiff::tz::TimeZone) -> Db {
        self.zone = Some(std::sync::Arc::new(zone.clone()));
        self
    }

    /// The same handle, holding "something new in your record" notices `ms` milliseconds for
    /// others to the same person.
    pub fn with_notice_hold(mut self, ms: i64) -> Db {
        self.notice_hold_ms = ms.max(0);
        self
    }

    /// With another limit on the files added from a patient's side, per record.
    /// Video appointments get their own link from `template` (checked by
    /// `appointments::parse_video_template`).
    pub fn with_video_template(mut self, template: &str) -> Db {
        self.video_template = Some(template.into());
        self
    }

    /// A new video consultation's link: the template with a random room name of its own (too
    /// long to guess), or `None` without a template (the professional's address serves).
    pub fn new_video_link(&self) -> Option<String> {
        let template = self.video_template.as_deref()?;
        let room: String = crate::tokens::random_token().chars().filter(char::is_ascii_alphanumeric).collect();
        Some(template.replace("{room}", &room))
    }

    pub fn with_upload_quota(mut self, bytes: i64) -> Db {
        self.upload_quota_bytes = bytes.max(0);
        self
    }

    /// How many bytes of files a record may hold that were added from the patient's side.
    pub fn upload_quota_bytes(&self) -> i64 {
        self.upload_quota_bytes
    }

    /// How long a "something new in your record" notice waits for others, in milliseconds.
    pub fn notice_hold_ms(&self) -> i64 {
        self.notice_hold_ms
    }

    /// The clinic's time zone.
    pub fn zone(&self) -> jiff::tz::TimeZone {
        self.zone.as_deref().cloned().unwrap_or(jiff::tz::TimeZone::UTC)
    }

    /// Today's date in the clinic's time zone.
    pub fn today(&self) -> jiff::civil::Date {
        crate::clock::now().to_zoned(self.zone()).date()
    }

    /// An absolute link to `path` on the portal (the path alone if no address was given).
    pub fn portal_link(&self, path: &str) -> String {
        match &self.portal_url {
            Some(base) => base.join(path).map(String::from).unwrap_or_else(|_| path.to_string()),
            None => path.to_string(),
        }
    }

    /// The pool for reads (and, on PostgreSQL, everything).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The pool for a write outside a transaction (one statement): on SQLite, the writers'
    /// queue ([`Db::begin`]).
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// This node's audit writer.
    pub(crate) fn audit_writer(&self) -> &crate::audit::writer::AuditWriter {
        &self.audit
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL the pool was opened with (for a second, typed pool such as the session store's).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Applies pending migrations of this backend's dialect.
    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Starts a write transaction. On SQLite it is `BEGIN IMMEDIATE` on the writers' connection
    /// ([`Db::writer`]): writers queue for it in the order they came, and a transaction that reads
    /// then writes holds the write lock up front instead of failing to upgrade under contention.
    ///
    /// On SQLite the begin runs in a task of its own. sqlx 0.8.6 awaits once more after the
    /// worker has executed a custom `BEGIN`; a caller cancelled right there (a client that hung
    /// up) leaves no `Transaction` to roll back, and the pooled connection stays inside a
    /// transaction for good: every later `begin_with` on it fails. A task is not cancelled with
    /// its caller: it finishes, and if nobody takes its transaction, dropping it rolls back.
    pub async fn begin(&self) -> Result<Transaction<'static, Any>> {
        begin_write(&self.writer, self.backend).await
    }

    /// A read-only transaction: one consistent snapshot, without SQLite's write lock (a
    /// deferred transaction that only reads; on PostgreSQL, repeatable read). For reads that
    /// can last (an export streamed to a slow client).
    /// Started in a task of its own, as [`Db::begin`] is, for the same reason (a custom `BEGIN`).
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN DEFERRED",
            Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
        };
        let pool = self.pool.clone();
        Ok(tokio::spawn(async move { pool.begin_with(begin).await })
            .await
            .map_err(|e| Error::Config(format!("a transaction's start was interrupted: {e}")))??)
    }

    /// Serialises writers on one account within `tx` (PostgreSQL row lock; SQLite already
    /// serialises every write transaction through `BEGIN IMMEDIATE`).
    pub async fn lock_account(&self, tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE").bind(account_id).execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Serialises one publisher's publications within `tx` (an organisation's, or a
    /// professional's account: PostgreSQL row lock; SQLite serialises every write transaction).
    pub async fn lock_publisher(&self, tx: &mut Transaction<'static, Any>, actor: &crate::policy::Actor) -> Result<()> {
        match actor {
            crate::policy::Actor::Person { account_id, .. } => self.lock_account(tx, account_id).await,
            crate::policy::Actor::Organisation { id } if self.backend == Backend::Postgres => {
                sqlx::query("SELECT id FROM organisations WHERE id = $1 FOR UPDATE")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Is the database reachable? (`/readyz`)
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Checks a reading connection and the writers' connection (which the audit log's
    /// durability rests on).
    async fn check_sqlite_settings(&self) -> Result<()> {
        for pool in [&self.pool, &self.writer] {
            let mut conn = pool.acquire().await?;
            let settings = SqliteSettings::read(&mut conn).await?;
            if let Some(problem) = settings.too_weak() {
                return Err(Error::Config(format!("{problem}; refusing to start")));
            }
        }
        Ok(())
    }
}

/// A write transaction on `writer` ([`Db::begin`]).
pub(crate) async fn begin_write(writer: &AnyPool, backend: Backend) -> Result<Transaction<'static, Any>> {
    Ok(match backend {
        Backend::Sqlite => {
            let pool = writer.clone();
            tokio::spawn(async move { pool.begin_with("BEGIN IMMEDIATE").await })
                .await
                .map_err(|e| Error::Config(format!("a transaction's start was interrupted: {e}")))??
        }
        Backend::Postgres => writer.begin().await?,
    })
}

/// The settings of one SQLite connection that durability and integrity depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SqliteSettings {
    journal_mode: String,
    /// 2 = FULL, 3 = EXTRA (stronger still).
    synchronous: i64,
    foreign_keys: i64,
    busy_timeout: i64,
}

impl SqliteSettings {
    async fn read(conn: &mut sqlx::AnyConnection) -> Result<SqliteSettings> {
        Ok(SqliteSettings {
            journal_mode: sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&mut *conn).await?,
            synchronous: sqlx::query_scalar("PRAGMA synchronous").fetch_one(&mut *conn).await?,
            foreign_keys: sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(&mut *conn).await?,
            busy_timeout: sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(&mut *conn).await?,
        })
    }

    /// What is too weak to run on, if anything: WAL, synchronous FULL or stronger, foreign keys
    /// on, and a busy timeout.
    fn too_weak(&self) -> Option<String> {
        let SqliteSettings { journal_mode, synchronous, foreign_keys, busy_timeout } = self;
        let weak =
            !journal_mode.eq_ignore_ascii_case("wal") || *synchronous < 2 || *foreign_keys != 1 || *busy_timeout <= 0;
        weak.then(|| {
            format!(
                "SQLite settings are too weak (journal_mode={journal_mode}, synchronous={synchronous}, \
                 foreign_keys={foreign_keys}, busy_timeout={busy_timeout})"
            )
        })
    }
}

/// SQLite URLs: make sure the folder exists and the file is created if missing
/// (sqlx defaults to not creating it).
fn sqlite_url_creating_dir(url: &str) -> Result<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path == ":memory:" {
        // Not a file: nothing to create (and never accepted to run on: no WAL in memory).
        return Ok(url.to_string());
    }
    if !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| Error::Config(format!("cannot create {}: {e}", parent.display())))?;
            }
        }
    }
    let query = if query.contains("mode=") {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".to_string()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_is_chosen_by_scheme() {
        assert_eq!(Backend::of_url("sqlite://data/carnet.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::of_url("postgres://u@h/db").unwrap(), Backend::Postgres);
        assert!(Backend::of_url("mysql://u@h/db").is_err());
    }

    #[test]
    fn sqlite_urls_create_the_file() {
        let dir = std::env::temp_dir().join(format!("carnet-db-test-{}", std::process::id()));
        let url = format!("sqlite://{}/x/carnet.db", dir.display());
        let out = sqlite_url_creating_dir(&url).unwrap();
        assert!(out.ends_with("carnet.db?mode=rwc"), "{out}");
        assert!(dir.join("x").is_dir());
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Callers cancelled while their transaction starts (clients hanging up under load) must not
    /// leave a pooled connection inside a transaction.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cancelled_begins_leave_no_connection_in_a_transaction() {
        let dir = std::env::temp_dir().join(format!("carnet-db-cancel-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        // Many begins, each abandoned after a different (tiny) delay, while others hold the lock.
        let mut tasks = Vec::new();
        for i in 0..200u64 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                let attempt = async {
                    let tx = db.begin().await?;
                    tokio::time::sleep(std::time::Duration::from_micros(200)).await;
                    tx.commit().await.map_err(Error::from)
                };
                let _ = tokio::time::timeout(std::time::Duration::from_micros(i * 37 % 900), attempt).await;
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        // Every connection of the pool can still start a transaction.
        let mut held = Vec::new();
        for _ in 0..8 {
            held.push(db.begin().await.expect("a connection was left inside a transaction"));
            let tx = held.pop().unwrap();
            tx.rollback().await.unwrap();
        }
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Writers wait for SQLite's single writer in the order they came (an in-process queue),
    /// not in whatever order the busy handler's retries happen to win.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn writers_take_their_turn_in_the_order_they_came() {
        let dir = std::env::temp_dir().join(format!("carnet-db-fifo-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/f.db", dir.display())).await.unwrap();
        let first = db.begin().await.unwrap();
        let order = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut writers = Vec::new();
        for n in 0..12 {
            let (db, order) = (db.clone(), order.clone());
            writers.push(tokio::spawn(async move {
                let tx = db.begin().await.unwrap();
                order.lock().unwrap().push(n);
                tokio::time::sleep(Duration::from_millis(2)).await;
                tx.commit().await.unwrap();
            }));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        first.commit().await.unwrap();
        for writer in writers {
            writer.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), (0..12).collect::<Vec<_>>());
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// Every connection the pool opens has the settings, not only the first: all of them are
    /// held at once, so the pool has to open each.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_sqlite_connection_has_the_required_settings() {
        let dir = std::env::temp_dir().join(format!("carnet-db-pragma-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        let mut held = Vec::new();
        for _ in 0..8 {
            held.push(db.pool().acquire().await.unwrap());
        }
        assert_eq!(db.pool().size(), 8, "eight connections open at once");
        for conn in held.iter_mut() {
            let settings = SqliteSettings::read(conn).await.unwrap();
            assert_eq!(
                settings,
                SqliteSettings { journal_mode: "wal".into(), synchronous: 2, foreign_keys: 1, busy_timeout: 5000 }
            );
        }
        drop(held);
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn weaker_sqlite_settings_are_named_and_refused() {
        let good = SqliteSettings { journal_mode: "wal".into(), synchronous: 2, foreign_keys: 1, busy_timeout: 5000 };
        assert_eq!(good.too_weak(), None);
        assert_eq!(SqliteSettings { synchronous: 3, ..good.clone() }.too_weak(), None, "EXTRA is stronger");
        for weak in [
            SqliteSettings { journal_mode: "delete".into(), ..good.clone() },
            SqliteSettings { journal_mode: "memory".into(), ..good.clone() },
            SqliteSettings { synchronous: 1, ..good.clone() },
            SqliteSettings { synchronous: 0, ..good.clone() },
            SqliteSettings { foreign_keys: 0, ..good.clone() },
            SqliteSettings { busy_timeout: 0, ..good.clone() },
        ] {
            let problem = weak.too_weak().unwrap_or_else(|| panic!("{weak:?} accepted"));
            assert!(problem.contains("too weak"), "{problem}");
        }
    }

    /// Migrations 0028 and 0029 widen `result_series.category` and `profile_items.kind` by
    /// editing SQLite's schema text: a record stored before keeps its rows, every connection open
    /// then accepts the new values and still refuses unknown ones.
    #[tokio::test]
    async fn widening_checks_keeps_a_sqlite_record_and_its_connections() {
        let dir = std::env::temp_dir().join(format!("carnet-db-0028-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        let before = Migrator {
            migrations: std::borrow::Cow::Owned(
                SQLITE_MIGRATIONS.migrations.iter().filter(|m| m.version < 28).cloned().collect(),
            ),
            ..Migrator::DEFAULT
        };
        before.run(db.pool()).await.unwrap();
        for sql in [
            "INSERT INTO patients (id, family_name, given_names, created_at) VALUES ('p', 'Martin', 'Camille', 0)",
            "INSERT INTO result_series (id, patient_id, code_system, code, display, category, latest_result_id, \
             latest_effective_at, latest_recorded_at, result_count) VALUES ('s', 'p', 'http://loinc.org', '1558-6', \
             'Glycémie', 'laboratory', 'r', 1, 1, 1)",
            "INSERT INTO results (id, patient_id, series_id, source, value_number, effective_at, recorded_at) \
             VALUES ('r', 'p', 's', 'import|Observation/1', 1.18, 1, 1)",
        ] {
            sqlx::query(sql).execute(db.pool()).await.unwrap();
        }
        // A connection that read the old schema, held across the migration.
        let mut held = db.pool().acquire().await.unwrap();
        sqlx::query("SELECT COUNT(*) FROM result_series").execute(&mut *held).await.unwrap();
        db.migrate().await.unwrap();
        let insert = |id: &str, category: &str| {
            format!(
                "INSERT INTO result_series (id, patient_id, code_system, code, display, category, latest_result_id, \
                 latest_effective_at, latest_recorded_at, result_count) VALUES ('{id}', 'p', '', '{id}', 'x', \
                 '{category}', 'r', 1, 1, 1)"
            )
        };
        sqlx::query(&insert("held", "survey")).execute(&mut *held).await.unwrap();
        let item = |id: &str, kind: &str| {
            format!(
                "INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, \
                 recorded_at) VALUES ('{id}', 'p', '{id}', '{kind}', '', '', 'x', 'available', 1)"
            )
        };
        sqlx::query(&item("study", "imaging")).execute(&mut *held).await.unwrap();
        sqlx::query(&item("study-2", "imaging")).execute(db.pool()).await.unwrap();
        assert!(sqlx::query(&item("bogus", "horoscope")).execute(db.pool()).await.is_err());
        sqlx::query(&insert("other", "social-history")).execute(db.pool()).await.unwrap();
        assert!(sqlx::query(&insert("bogus", "astrology")).execute(&mut *held).await.is_err());
        let kept: (String, f64) = sqlx::query_as(
            "SELECT s.category, r.value_number FROM results r JOIN result_series s ON s.id = r.series_id WHERE r.id = 'r'",
        )
        .fetch_one(db.pool())
        .await
        .unwrap();
        assert_eq!(kept, ("laboratory".to_string(), 1.18));
        let check: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(db.pool()).await.unwrap();
        assert_eq!(check, "ok");
        drop(held);
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// A database where WAL cannot take (an in-memory one) is refused at start, not run on.
    #[tokio::test]
    async fn carnet_refuses_to_start_on_sqlite_without_wal() {
        let refused = Db::connect("sqlite::memory:").await.unwrap_err();
        let message = refused.to_string();
        assert!(message.contains("journal_mode=memory") && message.contains("refusing to start"), "{message}");
    }
}
