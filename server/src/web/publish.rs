//! Professionals' publication forms: `POST /publish/results`, `/publish/report` (multipart, a
//! PDF) and `/publish/vaccination`. The patient is named by INS and birth date (`ins`, `birth`),
//! or chosen from a record the professional may read (`patient`: its id; its INS and birth date
//! are read through the policy, and a record they may not read is "not found", like one that
//! does not exist). Each builds a bundle (`carnet_core::record::publish`) and stores it through
//! the import with the Publish action, which asks the policy and audits. The answer is a
//! redirect to the form's page (`/publish`, or `/patients/<id>/publish`): with a notice, or with
//! the reason and every field typed.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Extension, Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::fhir::Bundle;
use carnet_core::policy::{Actor, WriteAction};
use carnet_core::record::documents::Kind;
use carnet_core::record::import::{self, Links};
use carnet_core::record::publish::{self, PatientNamed, Publisher, RecordIdentity, ResultRow, RESULT_ROWS};
use carnet_core::Error;
use carnet_core::Problem;

use super::errors::{form_error, FormBody};
use super::forms::{self, field, Fields};
use super::{multipart, Edge};

pub async fn results(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let rows: Vec<ResultRow> = (0..RESULT_ROWS)
        .map(|i| ResultRow {
            code: field(&fields, &format!("code{i}")).to_string(),
            value: field(&fields, &format!("value{i}")).to_string(),
            low: field(&fields, &format!("low{i}")).to_string(),
            high: field(&fields, &format!("high{i}")).to_string(),
        })
        .collect();
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        publish::results(patient, by, field(&fields, "taken_at"), &rows, &state.zone, |code| {
            ctx.locale.t(&publish::lab_test_message(code))
        })
    };
    store(&state, &edge, &ctx, "results", &fields, build).await
}

pub async fn vaccination(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        let f = |name| field(&fields, name);
        publish::vaccination(patient, by, f("vaccine"), f("date"), f("dose"), f("lot"), &state.zone, |code| {
            ctx.locale.t(&publish::vaccine_message(code))
        })
    };
    store(&state, &edge, &ctx, "vaccination", &fields, build).await
}

pub async fn report(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let form = match multipart::read(form, &["patient", "ins", "birth", "title", "kind", "date"]).await {
        Ok(form) => form,
        Err((error_id, partial)) => return back(&form_page(&partial.text), "report", error_id, &partial.text),
    };
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        let kind = Kind::from_stored(form.get("kind")).unwrap_or(Kind::Report);
        publish::report(patient, by, form.get("title"), kind, form.get("date"), &form.bytes, &state.zone)
    };
    store(&state, &edge, &ctx, "report", &form.text, build).await
}

/// Names the patient, builds the bundle and stores it as a publication by the signed-in person.
async fn store(
    state: &AppState,
    edge: &Edge,
    ctx: &RequestContext,
    form: &'static str,
    fields: &Fields,
    build: impl FnOnce(&PatientNamed, &Publisher<'_>) -> carnet_core::Result<Bundle>,
) -> Response {
    let Some(viewer) = &ctx.viewer else { return Redirect::to("/signin").into_response() };
    let actor = Actor::person(&viewer.account);
    let page = form_page(fields);
    let patient = match field(fields, "patient") {
        "" => PatientNamed::parse(field(fields, "ins"), field(fields, "birth")),
        // Chosen from the record: who it is comes from the record, through the policy.
        chosen => match publish::named_in_record(&state.db, &actor, chosen).await {
            Ok(RecordIdentity { named: Some(named), .. }) => Ok(named),
            Ok(RecordIdentity { named: None, .. }) => Err(Error::Invalid(Problem::PublishNoIns)),
            Err(Error::NotFound) => return form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"),
            Err(error) => return internal(ctx, error),
        },
    };
    let publisher = Publisher { account_id: &viewer.account.id, name: &viewer.account.display_name };
    let bundle = patient.and_then(|patient| build(&patient, &publisher));
    let bundle = match bundle {
        Ok(bundle) => bundle,
        Err(Error::Invalid(id)) => return back(&page, form, id, fields),
        Err(error) => return internal(ctx, error),
    };
    let links = Links { public_url: &edge.public_url };
    match import::import(&state.db, &state.sealer, &links, &actor, WriteAction::Publish, &bundle).await {
        Ok(_) => Redirect::to(&format!("{page}?notice=published")).into_response(),
        // A professional is always allowed to publish, so this is an unknown patient; anyone
        // else gets what they would get for any page they may not see.
        Err(Error::NotFound) if ctx.may(carnet_core::policy::AccountAction::Publish) => {
            back(&page, form, Problem::PublishNoRecord, fields)
        }
        Err(Error::NotFound) => form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"),
        Err(Error::Invalid(id)) => back(&page, form, id, fields),
        Err(error) => internal(ctx, error),
    }
}

/// The page the form was sent from: the patient's publishing page when they were chosen from
/// their record, else `/publish`. An id goes into the address only if it looks like one; the
/// page asks the policy again before showing anything.
fn form_page(fields: &Fields) -> String {
    match field(fields, "patient") {
        "" => "/publish".to_string(),
        chosen if chosen.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
            format!("/patients/{chosen}/publish")
        }
        _ => "/publish".to_string(),
    }
}

/// Back to the form's page with the reason and the fields as typed.
fn back(page: &str, form: &str, error_id: Problem, fields: &Fields) -> Response {
    forms::back(page, form, error_id, fields)
}

fn internal(ctx: &RequestContext, error: Error) -> Response {
    tracing::error!(%error, "a publication failed");
    form_error(ctx.locale, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
}
