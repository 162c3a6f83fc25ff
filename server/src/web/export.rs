//! `GET /export/record.json`: the signed-in patient's whole record as one FHIR R4 bundle, to
//! keep or to give to other health software (the right to data portability). A minor's legal
//! representative acting for the minor gets the minor's; nobody else gets anything ("not
//! found"). The export is decided and audited by the policy like any read.

use axum::extract::{Extension, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::access;
use carnet_core::clock::now_ms;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::export;
use carnet_core::Error;

use super::errors::form_failed;
use super::extract::SignedInActor;

pub async fn record(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
) -> Response {
    let now = now_ms();
    let bundle = async {
        let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Export).await?;
        let bundle = export::fhir_bundle(&mut access, &state.sealer, now).await?;
        access.commit().await?;
        Ok::<_, Error>(bundle)
    };
    match bundle.await {
        Ok(bundle) => {
            let day = state.db.today();
            let mut response = (StatusCode::OK, bundle.to_string()).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/fhir+json; charset=utf-8"));
            if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"carnet-record-{day}.json\"")) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => form_failed(ctx.locale, error, "a record export"),
    }
}
