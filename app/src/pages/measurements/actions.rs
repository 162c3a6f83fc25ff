//! The measurements' forms: the patient's side enters a reading (`POST /measurements/{kind}`);
//! a professional sets a test's target (`POST /patients/{pid}/measurements/targets/{code}`).
//! Each answers with a redirect to the measurement's page and a notice, or the form sent back
//! with the problem and what was typed.

use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::record::measurements::{self, Entry, TargetForm};
use serde::{Deserialize, Serialize};

use crate::context::AppState;
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/measurements/{kind}", post(record))
        .route("/patients/{pid}/measurements/targets/{code}", post(target))
}

/// A reading as the form sends it (the measurement is in the address).
#[derive(Deserialize, Serialize, Default)]
pub struct ReadingForm {
    #[serde(default)]
    value: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    diastolic: String,
    #[serde(default)]
    taken_at: String,
}

pub async fn record(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(kind): Path<String>,
    FormBody(form): FormBody<ReadingForm>,
) -> Result<Redirect, AppError> {
    // No such measurement: no page to send the form back to.
    measurements::Kind::from_slug(&kind).ok_or(carnet_core::Error::NotFound)?;
    let entry = Entry { kind: &kind, value: &form.value, diastolic: &form.diastolic, taken_at: &form.taken_at };
    let page = format!("/measurements/{kind}");
    let kind = measurements::record(&state.db, &actor, &entry)
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "measure", &form))?;
    Ok(Redirect::to(&Notice::Measured.on(&format!("/measurements/{}", kind.as_str()))))
}

#[derive(Deserialize, Serialize, Default)]
pub struct TargetBounds {
    /// The test's code again, so that the form sent back is the right one of a page's two.
    #[serde(default)]
    code: String,
    #[serde(default)]
    low: String,
    #[serde(default)]
    high: String,
}

pub async fn target(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((pid, code)): Path<(String, String)>,
    FormBody(form): FormBody<TargetBounds>,
) -> Result<Redirect, AppError> {
    let target = TargetForm { code: &code, low: &form.low, high: &form.high };
    // Sent back to the measurement's page, when the code is one; otherwise not found.
    let kind = measurements::Kind::of_code(&code).ok_or(carnet_core::Error::NotFound)?;
    let page = format!("/patients/{pid}/measurements/{}", kind.as_str());
    measurements::set_target(&state.db, &actor, &pid, &target)
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "target", &TargetBounds { code: code.clone(), ..form }))?;
    Ok(Redirect::to(&Notice::TargetSet.on(&format!("{page}#track-{code}"))))
}
