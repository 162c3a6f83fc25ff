//! The professional's forms of the Patients page: asking a patient for access
//! (`POST /patients/request`) and emergency access (`POST /patients/emergency`), each naming the
//! patient by INS and birth date. A refusal sends the form back with what was typed; no such
//! patient and a block look the same.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::record::publish::PatientNamed;
use carnet_core::sharing::professional;
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use crate::context::AppState;
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::ProfessionalActor;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new().route("/patients/request", post(request_access)).route("/patients/emergency", post(emergency))
}

/// The patient a professional names: INS and birth date, as typed.
#[derive(Deserialize, Serialize)]
pub struct NamedPatientForm {
    ins: String,
    birth: String,
    /// Why (emergency access only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    reason: String,
}

pub async fn request_access(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Redirect, AppError> {
    let patient = PatientNamed::parse(&form.ins, &form.birth)
        .map_err(|e| AppError::from(e).send_back("/patients", "request", &form))?;
    professional::request_access(&state.db, &actor, &patient).await?;
    Ok(Redirect::to(&Notice::Requested.on("/patients")))
}

pub async fn emergency(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Redirect, AppError> {
    let send_back = |error: Error| match error {
        // No such patient, or a block: the same refusal.
        Error::NotFound => AppError::Problem(StatusCode::BAD_REQUEST, Problem::EmergencyRefused),
        error => AppError::from(error),
    };
    let opened = async {
        let patient = PatientNamed::parse(&form.ins, &form.birth)?;
        professional::open_emergency(&state.db, &actor, &patient, &form.reason).await
    };
    let patient_id = opened.await.map_err(|e| send_back(e).send_back("/patients", "emergency", &form))?;
    Ok(Redirect::to(&format!("/patients/{patient_id}")))
}
