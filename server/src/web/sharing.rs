//! The forms behind sharing and traceability: a patient's decisions about professionals
//! (`POST /sharing/decide`; a block only from its confirmation page, `/sharing/block/{id}`), the
//! default for new documents (`POST /sharing/new-documents`), a document's visibility
//! (`POST /documents/{id}/visibility`), a professional's access request and emergency access
//! (`POST /patients/request`, `/patients/emergency`), and "who saw my record" as CSV
//! (`GET /history.csv`). Each answers with a redirect to its page: with a notice, or with the
//! reason and the fields as typed.

use axum::extract::{Extension, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::access;
use carnet_core::audit::history::{self, Filter};
use carnet_core::policy::AccountAction;
use carnet_core::policy::{Actor, ReadAction, ShareChange, Subject};
use carnet_core::record::publish::PatientNamed;
use carnet_core::sharing::professional;
use carnet_core::sharing::visibility::{self, Hidden};
use carnet_core::Problem;
use carnet_core::{sharing, Error};

use super::errors::{form_error, form_failed, FormBody};
use super::forms::{self, field, Fields};

/// The signed-in person as the actor (acting for whom they chose); someone signed out is sent
/// to sign in.
pub struct SignedInActor(pub Actor);

impl<S: Send + Sync> FromRequestParts<S> for SignedInActor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Response> {
        match parts.extensions.get::<RequestContext>().and_then(RequestContext::actor) {
            Some(actor) => Ok(SignedInActor(actor)),
            None => Err(Redirect::to("/signin").into_response()),
        }
    }
}

/// A signed-in professional as the actor; anyone else signed in gets "not found".
pub struct ProfessionalActor(pub Actor);

impl<S: Send + Sync> FromRequestParts<S> for ProfessionalActor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Response> {
        let SignedInActor(actor) = SignedInActor::from_request_parts(parts, state).await?;
        match parts.extensions.get::<RequestContext>() {
            Some(ctx) if ctx.may(AccountAction::ListPatients) => Ok(ProfessionalActor(actor)),
            ctx => Err(form_error(ctx.map(|c| c.locale).unwrap_or_default(), StatusCode::NOT_FOUND, "error-not-found")),
        }
    }
}

pub async fn decide(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let change = match field(&fields, "change") {
        "authorize" => ShareChange::Authorize,
        "revoke" => ShareChange::Revoke,
        "block" => ShareChange::Block,
        "unblock" => ShareChange::Unblock,
        "approve" => ShareChange::Approve,
        "refuse" => ShareChange::Refuse,
        _ => return form_error(ctx.locale, StatusCode::BAD_REQUEST, "error-bad-request"),
    };
    let name = field(&fields, "change");
    let confirm_page = format!("/sharing/block/{}", field(&fields, "professional"));
    if let Some(confirm) = (change == ShareChange::Block).then(|| forms::unconfirmed(&fields, &confirm_page)).flatten()
    {
        return confirm;
    }
    match sharing::decide(&state.db, &actor, field(&fields, "professional"), change).await {
        Ok(()) => Redirect::to(&format!("/sharing?notice={name}")).into_response(),
        Err(Error::Invalid(id)) => {
            Redirect::to(&format!("/sharing?error={}", id.message_id().trim_start_matches("error-"))).into_response()
        }
        Err(error) => failed(&ctx, error),
    }
}

pub async fn new_documents(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let hide = field(&fields, "hide") == "on";
    match visibility::set_hide_new_documents(&state.db, &actor, hide).await {
        Ok(()) => Redirect::to("/sharing?notice=preference").into_response(),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn document_visibility(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let hidden = Hidden {
        from_professionals: field(&fields, "professionals") == "on",
        from_representatives: field(&fields, "representatives") == "on",
    };
    match visibility::set(&state.db, &actor, &id, hidden).await {
        Ok(()) => Redirect::to(&format!("/documents/{id}?notice=visibility#visibility-title")).into_response(),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn request_access(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let patient = match PatientNamed::parse(field(&fields, "ins"), field(&fields, "birth")) {
        Ok(patient) => patient,
        Err(Error::Invalid(id)) => return back("request", id, &fields),
        Err(error) => return failed(&ctx, error),
    };
    match professional::request_access(&state.db, &actor, &patient).await {
        Ok(()) => Redirect::to("/patients?notice=requested").into_response(),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn emergency(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let opened = match PatientNamed::parse(field(&fields, "ins"), field(&fields, "birth")) {
        Ok(patient) => professional::open_emergency(&state.db, &actor, &patient, field(&fields, "reason")).await,
        Err(error) => Err(error),
    };
    match opened {
        Ok(patient_id) => Redirect::to(&format!("/patients/{patient_id}")).into_response(),
        Err(Error::Invalid(id)) => back("emergency", id, &fields),
        Err(Error::NotFound) => back("emergency", Problem::EmergencyRefused, &fields),
        Err(error) => failed(&ctx, error),
    }
}

/// "Who saw my record" as CSV, with the page's filter.
pub async fn history_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Query(query): Query<Fields>,
) -> Response {
    let Some(filter) =
        Filter::from_typed(field(&query, "from"), field(&query, "to"), field(&query, "who"), &state.zone)
    else {
        return form_error(ctx.locale, StatusCode::BAD_REQUEST, "error-date-invalid");
    };
    let csv = async {
        let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::History).await?;
        let csv = history::csv(&mut access, &filter, ctx.locale, &state.zone).await?;
        access.commit().await?;
        Ok::<_, Error>(csv)
    };
    match csv.await {
        Ok(csv) => {
            let mut response = (StatusCode::OK, csv).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"carnet-history.csv\""),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => failed(&ctx, error),
    }
}

/// Back to the professional's page with the reason and the fields as typed.
fn back(form: &str, error_id: Problem, fields: &Fields) -> Response {
    forms::back("/patients", form, error_id, fields)
}

fn failed(ctx: &RequestContext, error: Error) -> Response {
    form_failed(ctx.locale, error, "a sharing change")
}
