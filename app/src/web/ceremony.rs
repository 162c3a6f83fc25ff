//! What every passkey ceremony endpoint shares (sign-in, enrolment, adding a passkey, a patient
//! approving an assisted session): the finishing body, and the rate limit per client address
//! ([`ClientAddress`]: behind a trusted proxy, from `X-Forwarded-For`; IPv6 per /64), counted
//! in the database so that it holds across nodes.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use carnet_core::{client_address, ratelimit};
use serde::Deserialize;

use super::errors::ApiError;
use super::Edge;
use crate::context::{AppState, RequestContext};

/// The client's address as the rate limits count it (see `carnet_core::client_address`).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress
where
    Edge: FromRef<S>,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let edge = Edge::from_ref(state);
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([127, 0, 0, 1]), |ConnectInfo(peer)| peer.ip());
        let forwarded: Vec<&str> =
            parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Ok(ClientAddress(edge.trusted_proxies.client(peer, &forwarded)))
    }
}

/// The browser's answer to a ceremony it was given.
#[derive(Deserialize)]
pub struct Finish<C> {
    pub ceremony: String,
    pub credential: C,
}

/// Counts one ceremony request from `client`; too many in the window is 429.
pub async fn limit(state: &AppState, edge: &Edge, ctx: &RequestContext, client: ClientAddress) -> Result<(), ApiError> {
    count(state, edge, ctx, &format!("ceremony:{}", client_address::bucket(client.0))).await
}

/// Counts the sign-in page's own start of a ceremony (the browser's passkey autofill, asked on
/// every visit of the page) in a budget of its own: opening the page does not spend the budget
/// of the sign-ins people ask for.
pub async fn limit_autofill(
    state: &AppState,
    edge: &Edge,
    ctx: &RequestContext,
    client: ClientAddress,
) -> Result<(), ApiError> {
    count(state, edge, ctx, &format!("autofill:{}", client_address::bucket(client.0))).await
}

async fn count(state: &AppState, edge: &Edge, ctx: &RequestContext, bucket: &str) -> Result<(), ApiError> {
    match ratelimit::hit(&state.db, bucket, edge.ceremony_limit).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(ApiError::new(ctx.locale, StatusCode::TOO_MANY_REQUESTS, "error-rate-limited")),
        Err(error) => Err(ApiError::from_core(ctx.locale, error)),
    }
}
