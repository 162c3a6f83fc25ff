//! The web edge: one axum router with the Leptos pages and the actions their forms post (both
//! from `carnet-app`, each feature's beside its page), the passkey JSON API, the FHIR endpoint,
//! health probes, and the layers every request crosses (panic guard, compression,
//! origin check and security headers, body limit, timeout, sessions, request context).

mod context;
mod edge;
mod errors;
mod fhir;
mod health;
mod passkeys;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use carnet_app::context::AppState;
use carnet_app::web::{takes_files, Edge, WebState, BODY_LIMIT, UPLOAD_BODY_LIMIT};
use carnet_app::{shell, App};
use carnet_core::client_address::TrustedProxies;
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use crate::services::Services;
use crate::settings::Settings;

/// The largest body a route accepts: files and bundles on their routes, small bodies elsewhere.
pub fn body_limit(path: &str) -> usize {
    match path {
        fhir::PATH => fhir::FHIR_BODY_LIMIT,
        path if takes_files(path) => UPLOAD_BODY_LIMIT,
        _ => BODY_LIMIT,
    }
}

/// A request (including its body) taking longer than this is abandoned with 408, so slow
/// clients cannot hold connections open.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

pub async fn router(settings: &Settings, services: Services) -> anyhow::Result<Router> {
    let leptos_options = LeptosOptions::builder()
        .output_name("carnet")
        .site_root(settings.site_dir.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .build();
    let app = AppState {
        leptos_options,
        db: services.db.clone(),
        passkeys: services.passkeys,
        zone: services.zone,
        sealer: services.sealer,
    };
    let edge = Edge {
        public_origin: settings.public_origin().into(),
        public_url: settings.public_url.clone(),
        secure_cookies: settings.secure_cookies(),
        ceremony_limit: carnet_core::ratelimit::Limit { max: settings.ceremony_rate_limit, window_ms: 60_000 },
        trusted_proxies: TrustedProxies::parse(&settings.trusted_proxies)
            .map_err(|entry| anyhow::anyhow!("CARNET_TRUSTED_PROXIES: {entry:?} is not an address or network"))?,
        enrolment_ttl_hours: settings.enrolment_ttl_hours,
    };
    let state = WebState { app: app.clone(), edge: edge.clone() };

    let pages = {
        let options = app.leptos_options.clone();
        Router::new().leptos_routes(&app, generate_route_list(App), move || shell(options.clone()))
    };
    let routes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/api/passkeys/enrol/start", post(passkeys::enrol_start))
        .route("/api/passkeys/enrol/finish", post(passkeys::enrol_finish))
        .route("/api/passkeys/add/start", post(passkeys::add_start))
        .route("/api/passkeys/add/finish", post(passkeys::add_finish))
        .route("/api/passkeys/verify/start", post(passkeys::verify_start))
        .route("/api/passkeys/verify/finish", post(passkeys::verify_finish))
        .route("/api/passkeys/sign-in/start", post(passkeys::sign_in_start))
        .route("/api/passkeys/sign-in/finish", post(passkeys::sign_in_finish))
        .route(
            fhir::PATH,
            post(fhir::transaction)
                .fallback(fhir::method_not_allowed)
                .layer(DefaultBodyLimit::max(fhir::FHIR_BODY_LIMIT)),
        )
        .route("/api/{*rest}", axum::routing::any(errors::api_not_found))
        .merge(carnet_app::action_routes())
        .with_state(state.clone())
        .merge(pages.with_state(app.clone()))
        .fallback_service(
            Router::new().fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell)).with_state(app.clone()),
        )
        // Inside `attach`, so that the not-found page and a form sent back know who asks and in
        // which language.
        .layer(axum::middleware::from_fn_with_state(app.clone(), errors::error_pages))
        .layer(axum::middleware::from_fn_with_state(app.clone(), context::attach));

    // The site's files are served beside, not through, the session and request-context layers:
    // a stylesheet needs no database (no session read, no sign-in check that could wait on a
    // writer and fail the request), and ServeDir answers conditional requests with 304.
    let site_files = Router::new()
        .nest_service(
            "/pkg",
            tower_http::services::ServeDir::new(settings.site_dir.join("pkg")).precompressed_br().precompressed_gzip(),
        )
        .route_service("/favicon.svg", tower_http::services::ServeFile::new(settings.site_dir.join("favicon.svg")));

    let routes = match services.db.backend() {
        carnet_core::db::Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect_with(sqlite_session_options(services.db.url())?).await?;
            let store = SqliteStore::new(pool);
            store.migrate().await?;
            with_sessions(routes, store, settings)
        }
        carnet_core::db::Backend::Postgres => {
            let pool = sqlx::PgPool::connect(services.db.url()).await?;
            let store = PostgresStore::new(pool);
            store.migrate().await?;
            with_sessions(routes, store, settings)
        }
    };
    Ok(routes
        .merge(site_files)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(axum::middleware::from_fn_with_state(edge, edge::guard))
        // Pages and JSON are compressed for slow networks; static files come precompressed.
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(errors::panic_response)))
}

/// Sessions live in the same database. The cookie is HttpOnly, SameSite=Lax and Secure outside
/// local development; the stored record lasts at most the absolute session limit. Idle and
/// absolute limits are enforced by `carnet_core::sign_in` on every request.
fn with_sessions<S: SessionStore + Clone>(routes: Router, store: S, settings: &Settings) -> Router {
    let layer = SessionManagerLayer::new(store)
        .with_name(carnet_app::web::session::SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(settings.secure_cookies())
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(12)));
    routes.layer(layer)
}

fn sqlite_session_options(url: &str) -> anyhow::Result<sqlx::sqlite::SqliteConnectOptions> {
    use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
    use std::str::FromStr;
    Ok(SqliteConnectOptions::from_str(url)?
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(std::time::Duration::from_secs(5)))
}
