//! The Account page's actions (plain form posts, they work without JavaScript): sign out, choose
//! the language (also the switcher in every page's footer), rename and remove a passkey, each
//! answered with a redirect (303) back to a page with a notice or an [`AppError`] (the account
//! page again with the problem); and leaving with one's data: `GET /export/record.json`, the
//! whole record as one FHIR R4 bundle (the right to data portability). A minor's legal
//! representative acting for the minor gets the minor's; nobody else gets anything ("not
//! found"). The export is decided and audited by the policy like any read, and streamed.

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use carnet_core::access;
use carnet_core::clock::now_ms;
use carnet_core::i18n::Locale;
use carnet_core::passkeys::{self, PasskeyName};
use carnet_core::policy::AccountAction;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::export;
use carnet_core::Problem;
use carnet_core::{accounts, sign_in};
use futures::StreamExt;
use serde::Deserialize;
use tower_sessions::Session;

use crate::web::errors::{form_error, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::Fields;
use crate::web::session::{self, LANGUAGE_COOKIE};
use crate::web::{Edge, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/signout", post(sign_out))
        .route("/language", post(set_language))
        .route("/account/passkeys/{id}/rename", post(rename_passkey))
        .route("/account/passkeys/{id}/remove", post(remove_passkey))
        .route("/account/sessions/end-others", post(end_other_sessions))
        .route("/export/record.json", get(export_record))
}

/// Signs out. On a kiosk, or at the end of an assisted session, nothing of the site is left in
/// the browser either (see [`session::cleared`]).
pub async fn sign_out(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
) -> Response {
    if let Some(viewer) = &ctx.viewer {
        let ended = async {
            if let Some(running) = &ctx.assisted {
                carnet_core::desk::assisted::end(&state.db, &viewer.account.id, &running.id).await?;
            }
            sign_in::end(&state.db, &viewer.sign_in_id).await
        };
        if let Err(error) = ended.await {
            tracing::error!(%error, "could not end a sign-in");
            return form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal");
        }
    }
    let _ = session.flush().await;
    let response = Redirect::to("/").into_response();
    if ctx.kiosk || ctx.assisted.is_some() {
        crate::web::session::cleared(&edge, response)
    } else {
        response
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    return_to: String,
}

pub async fn set_language(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(form): FormBody<LanguageForm>,
) -> Response {
    let Some(locale) = Locale::from_tag(&form.lang) else {
        return form_error(ctx.locale, StatusCode::BAD_REQUEST, "error-bad-request");
    };
    if let Some(viewer) = &ctx.viewer {
        if let Err(error) = accounts::set_locale(&state.db, &viewer.account.id, locale).await {
            tracing::error!(%error, "could not save the language");
            return form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal");
        }
    }
    let cookie = session::cookie(&edge, LANGUAGE_COOKIE, Some(locale.tag()));
    ([(header::SET_COOKIE, cookie)], Redirect::to(&local_path(&form.return_to))).into_response()
}

/// Only paths on this site: anything else (other hosts, `//host`, schemes) goes home.
fn local_path(candidate: &str) -> String {
    let ok = candidate.starts_with('/') && !candidate.starts_with("//") && !candidate.contains('\\');
    if ok && !candidate.chars().any(char::is_control) {
        candidate.to_string()
    } else {
        "/".to_string()
    }
}

#[derive(Deserialize)]
pub struct RenameForm {
    name: String,
}

pub async fn rename_passkey(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
    FormBody(form): FormBody<RenameForm>,
) -> Result<Redirect, AppError> {
    let Some(account_id) = own_account(&ctx)? else { return Ok(Redirect::to("/signin")) };
    let name = PasskeyName::parse(&form.name)
        .map_err(|_| AppError::Problem(StatusCode::BAD_REQUEST, Problem::PasskeyNameInvalid))
        .map_err(|e| e.send_back("/account", "passkey", &Fields::new()))?;
    passkeys::rename(&state.db, account_id, &id, &name).await?;
    Ok(Redirect::to(&Notice::PasskeyRenamed.on("/account")))
}

pub async fn remove_passkey(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let Some(account_id) = own_account(&ctx)? else { return Ok(Redirect::to("/signin")) };
    // Removing a passkey could lock the owner out: only just after they proved it is them.
    let sign_in_id = freshly_verified(&ctx, "passkey")?;
    passkeys::remove(&state.db, account_id, &id, sign_in_id)
        .await
        .map_err(|e| AppError::from(e).send_back("/account", "passkey", &Fields::new()))?;
    Ok(Redirect::to(&Notice::PasskeyRemoved.on("/account")))
}

/// Signs out every other device of the account (a phone lost, a computer left signed in), only
/// just after the person proved with a passkey that it is them: someone who found a device
/// signed in cannot sign the owner out everywhere else.
pub async fn end_other_sessions(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
) -> Result<Redirect, AppError> {
    let Some(account_id) = own_account(&ctx)? else { return Ok(Redirect::to("/signin")) };
    let sign_in_id = freshly_verified(&ctx, "devices")?;
    carnet_core::sign_in::end_others(&state.db, account_id, sign_in_id).await?;
    Ok(Redirect::to(&Notice::OthersSignedOut.on("/account#devices-title")))
}

/// The sign-in of a person who proved with a passkey in the last 5 minutes that they are there;
/// otherwise the account page's `form` comes back asking them to ("It's me" first).
fn freshly_verified<'a>(ctx: &'a RequestContext, form: &'static str) -> Result<&'a str, AppError> {
    match &ctx.viewer {
        Some(viewer) if viewer.freshly_verified(carnet_core::clock::now_ms()) => Ok(&viewer.sign_in_id),
        _ => {
            let refused = AppError::Problem(StatusCode::FORBIDDEN, carnet_core::Problem::VerifyFirst);
            Err(refused.send_back("/account", form, &Fields::new()))
        }
    }
}

/// The account whose passkeys the person may change: their own, unless the policy says no (an
/// assisted session, where the desk's device is the patient's for a while: not found). `None`
/// when signed out.
fn own_account(ctx: &RequestContext) -> Result<Option<&str>, AppError> {
    match &ctx.viewer {
        None => Ok(None),
        Some(viewer) if ctx.may(AccountAction::ManageAccount) => Ok(Some(&viewer.account.id)),
        Some(_) => Err(AppError::NotFound),
    }
}

/// The whole record as one FHIR R4 bundle, to keep or to give to other health software. It is
/// streamed as it is written (one document at a time in memory), from a snapshot that holds no
/// lock writers wait on, however slow the download.
pub async fn export_record(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
) -> Result<Response, AppError> {
    let access = access::open_long_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Export).await?;
    let mut export = export::Export::new(access, &state.sealer, now_ms());
    // The first piece is written before the answer starts, so that a failure there is an error
    // page; a failure later can only cut the download short (logged).
    let first = export.next_piece().await?.unwrap_or_default();
    let rest = futures::stream::unfold(Some(export), |export| async move {
        let mut export = export?;
        match export.next_piece().await {
            Ok(Some(piece)) => Some((Ok(piece), Some(export))),
            Ok(None) => {
                if let Err(error) = export.finish().await {
                    tracing::error!(%error, "could not end the export's snapshot");
                }
                None
            }
            Err(error) => {
                tracing::error!(%error, "the export failed while being sent");
                Some((Err(std::io::Error::other("the export failed")), None))
            }
        }
    });
    // Fused: a body may be polled again after its end (the compression layer does), and an
    // unfolded stream must not be.
    let body = futures::stream::once(async move { Ok::<_, std::io::Error>(first) }).chain(rest).fuse();
    let disposition = format!("attachment; filename=\"carnet-record-{}.json\"", state.db.today());
    let headers = [
        (header::CONTENT_TYPE, "application/fhir+json; charset=utf-8".to_string()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "no-store".to_string()),
    ];
    Ok((headers, axum::body::Body::from_stream(body)).into_response())
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn return_paths_stay_on_site() {
        assert_eq!(local_path("/account?x=1"), "/account?x=1");
        assert_eq!(local_path("//evil.example/"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
    }
}
