//! What every passkey ceremony endpoint shares (sign-in, enrolment, adding a passkey, a patient
//! approving an assisted session): the finishing body, and the rate limit per client address,
//! counted in the database so that it holds across nodes.

use std::net::SocketAddr;

use axum::http::StatusCode;
use carnet_core::ratelimit;
use serde::Deserialize;

use super::errors::ApiError;
use super::Edge;
use crate::context::{AppState, RequestContext};

/// The browser's answer to a ceremony it was given.
#[derive(Deserialize)]
pub struct Finish<C> {
    pub ceremony: String,
    pub credential: C,
}

/// Counts one ceremony request from `peer`; too many in the window is 429.
pub async fn limit(state: &AppState, edge: &Edge, ctx: &RequestContext, peer: SocketAddr) -> Result<(), ApiError> {
    let bucket = format!("ceremony:{}", peer.ip());
    match ratelimit::hit(&state.db, &bucket, edge.ceremony_limit).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(ApiError::new(ctx.locale, StatusCode::TOO_MANY_REQUESTS, "error-rate-limited")),
        Err(error) => Err(ApiError::from_core(ctx.locale, error)),
    }
}
