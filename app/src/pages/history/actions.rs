//! "Who saw my record" as CSV (`GET /history.csv`), with the page's filter; read through the
//! policy like the page.

use axum::extract::{Extension, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use carnet_core::access;
use carnet_core::audit::history::{self, Filter};
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::Problem;
use serde::Deserialize;

use crate::context::{AppState, RequestContext};
use crate::web::errors::AppError;
use crate::web::extract::SignedInActor;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new().route("/history.csv", get(history_csv))
}

/// "Who saw my record"'s filter, as the page's form sends it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HistoryQuery {
    from: String,
    to: String,
    who: String,
}

/// "Who saw my record" as CSV, with the page's filter: the whole log of the record, read from a
/// snapshot that holds no lock writers wait on (a long history takes a while).
pub async fn history_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Query(query): Query<HistoryQuery>,
) -> Result<Response, AppError> {
    let filter = Filter::from_typed(&query.from, &query.to, &query.who, &state.zone)
        .ok_or(AppError::Problem(StatusCode::BAD_REQUEST, Problem::DateInvalid))?;
    let mut access = access::open_long_read(&state.db, &actor, Subject::OwnRecord, ReadAction::History).await?;
    let csv = history::csv(&mut access, &filter, ctx.locale, &state.zone).await?;
    access.commit().await?;
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
        (header::CONTENT_DISPOSITION, "attachment; filename=\"carnet-history.csv\""),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, csv).into_response())
}
