//! Who is acting, as the form handlers receive it: the policy's actor for the request (resolved
//! by `context::attach`), or the way to sign in; a professional's tools only for someone the
//! policy lets list patients.

use crate::context::RequestContext;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use carnet_core::policy::{AccountAction, Actor};

use super::errors::form_error;

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
