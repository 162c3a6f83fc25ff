//! Professionals' publication forms: `POST /publish/results`, `/publish/report` (multipart, a
//! PDF), `/publish/prescription` (multipart: a PDF and the treatments it contains),
//! `/publish/profile` (an allergy, a health problem, a procedure done, a hospital stay or an emergency visit) and `/publish/vaccination`. The patient is named by INS and birth date (`ins`, `birth`),
//! or chosen from a record the professional may read (`patient`: its id; its INS and birth date
//! are read through the policy, and a record they may not read is "not found", like one that
//! does not exist). Each builds a bundle (`carnet_core::record::publish`) and stores it through
//! the import with the Publish action, which asks the policy and audits. The answer is a
//! redirect to the form's page (`/publish`, or `/patients/<id>/publish`) with a notice, or an
//! [`AppError`]: the form sent back with the problem and every field typed.

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::fhir::Bundle;
use carnet_core::policy::{Actor, WriteAction};
use carnet_core::record::documents::Kind;
use carnet_core::record::import::{self, Links};
use carnet_core::record::publish::{
    self, PatientNamed, Publisher, RecordIdentity, ResultRow, TreatmentRow, PRESCRIPTION_ROWS, RESULT_ROWS,
};
use carnet_core::Error;
use carnet_core::Problem;

use crate::web::errors::{AppError, FormBody};
use crate::web::forms::{field, Fields};
use crate::web::{multipart, Edge, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/publish/results", post(results))
        .route("/publish/vaccination", post(vaccination))
        .route("/publish/report", post(report))
        .route("/publish/prescription", post(prescription))
        .route("/publish/profile", post(profile))
}

pub async fn results(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    // Numbered rows (`code0`, `value0`, …): a form whose fields are counted, read as a map.
    FormBody(fields): FormBody<Fields>,
) -> Result<Redirect, AppError> {
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
) -> Result<Redirect, AppError> {
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
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let fields = ["patient", "ins", "birth", "title", "kind", "date", "hide_representatives"];
    let form = read_file_form(request, &fields, "report").await?;
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        let report = publish::ReportForm {
            title: form.get("title"),
            kind: Kind::from_stored(form.get("kind")).unwrap_or(Kind::Report),
            date: form.get("date"),
            bytes: &form.bytes,
            hidden_from_representatives: form.get("hide_representatives") == "on",
        };
        publish::report(patient, by, &report, &state.zone)
    };
    store(&state, &edge, &ctx, "report", &form.text, build).await
}

pub async fn prescription(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let rows = |name| (0..PRESCRIPTION_ROWS).map(move |i| format!("{name}{i}"));
    let mut names: Vec<String> = ["patient", "ins", "birth", "date", "hide_representatives"].map(String::from).to_vec();
    names.extend(rows("name").chain(rows("dosage")).chain(rows("days")));
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let form = read_file_form(request, &names, "prescription").await?;
    let treatments: Vec<TreatmentRow> = (0..PRESCRIPTION_ROWS)
        .map(|i| TreatmentRow {
            name: form.get(&format!("name{i}")).to_string(),
            dosage: form.get(&format!("dosage{i}")).to_string(),
            days: form.get(&format!("days{i}")).to_string(),
        })
        .collect();
    let title = ctx.locale.t("publish-prescription-document-title");
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        let prescription = publish::PrescriptionForm {
            title: &title,
            date: form.get("date"),
            rows: &treatments,
            bytes: &form.bytes,
            hidden_from_representatives: form.get("hide_representatives") == "on",
        };
        publish::prescription(patient, by, &prescription, &state.zone)
    };
    store(&state, &edge, &ctx, "prescription", &form.text, build).await
}

pub async fn profile(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(fields): FormBody<Fields>,
) -> Result<Redirect, AppError> {
    let build = |patient: &PatientNamed, by: &Publisher<'_>| {
        let f = |name| field(&fields, name);
        let form = publish::ProfileForm {
            kind: f("kind"),
            name: f("name"),
            detail: f("detail"),
            since: f("since"),
            until: f("until"),
            place: f("place"),
            high_risk: f("high_risk") == "on",
        };
        publish::profile_item(patient, by, &form, state.db.today())
    };
    store(&state, &edge, &ctx, "profile", &fields, build).await
}

/// Reads a form with a file (multipart): its text `fields` and the file; a body that cannot be
/// read sends the form back with the problem and what could be read of it.
async fn read_file_form(
    request: axum::extract::Request,
    fields: &[&str],
    form: &'static str,
) -> Result<multipart::FileForm, AppError> {
    multipart::read(request, fields).await.map_err(|(problem, partial)| {
        AppError::Problem(StatusCode::BAD_REQUEST, problem).send_back(&form_page(&partial.text), form, &partial.text)
    })
}

/// Names the patient, builds the bundle and stores it as a publication by the signed-in person.
async fn store(
    state: &AppState,
    edge: &Edge,
    ctx: &RequestContext,
    form: &'static str,
    fields: &Fields,
    build: impl FnOnce(&PatientNamed, &Publisher<'_>) -> carnet_core::Result<Bundle>,
) -> Result<Redirect, AppError> {
    let Some(viewer) = &ctx.viewer else { return Ok(Redirect::to("/signin")) };
    let actor = Actor::person(&viewer.account);
    let page = form_page(fields);
    let sent_back = |error: AppError| error.send_back(&page, form, fields);
    let patient = match field(fields, "patient") {
        "" => PatientNamed::parse(field(fields, "ins"), field(fields, "birth")).map_err(|e| sent_back(e.into()))?,
        // Chosen from the record: who it is comes from the record, through the policy.
        chosen => match publish::named_in_record(&state.db, &actor, chosen).await? {
            RecordIdentity { named: Some(named), .. } => named,
            RecordIdentity { named: None, .. } => {
                return Err(sent_back(AppError::Problem(StatusCode::BAD_REQUEST, Problem::PublishNoIns)))
            }
        },
    };
    let publisher = Publisher { account_id: &viewer.account.id, name: &viewer.account.display_name };
    let bundle = build(&patient, &publisher).map_err(|e| sent_back(e.into()))?;
    let links = Links { public_url: &edge.public_url };
    match import::import(&state.db, &state.sealer, &links, &actor, WriteAction::Publish, &bundle).await {
        Ok(_) => Ok(Redirect::to(&Notice::Published.on(&page))),
        // A professional is always allowed to publish, so this is an unknown patient; anyone
        // else gets what they would get for any page they may not see.
        Err(Error::NotFound) if ctx.may(carnet_core::policy::AccountAction::Publish) => {
            Err(sent_back(AppError::Problem(StatusCode::BAD_REQUEST, Problem::PublishNoRecord)))
        }
        Err(error) => Err(sent_back(error.into())),
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
