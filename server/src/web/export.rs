//! `GET /export/record.json`: the signed-in patient's whole record as one FHIR R4 bundle, to
//! keep or to give to other health software (the right to data portability). A minor's legal
//! representative acting for the minor gets the minor's; nobody else gets anything ("not
//! found"). The export is decided and audited by the policy like any read.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use carnet_app::context::AppState;
use carnet_core::access;
use carnet_core::clock::now_ms;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::export;

use super::errors::AppError;
use super::extract::SignedInActor;

pub async fn record(State(state): State<AppState>, SignedInActor(actor): SignedInActor) -> Result<Response, AppError> {
    let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Export).await?;
    let bundle = export::fhir_bundle(&mut access, &state.sealer, now_ms()).await?;
    access.commit().await?;
    let disposition = format!("attachment; filename=\"carnet-record-{}.json\"", state.db.today());
    let headers = [
        (header::CONTENT_TYPE, "application/fhir+json; charset=utf-8".to_string()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "no-store".to_string()),
    ];
    Ok((headers, bundle.to_string()).into_response())
}
