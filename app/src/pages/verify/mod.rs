//! `/verify`: anyone (signed in or not) checks that a file was sealed by this Carnet and is
//! unchanged. The form posts the file; the server answers with a redirect to `/verify/<sha256>`,
//! the page that shows the outcome (so it works without JavaScript and can be reloaded).

pub mod actions;

use carnet_core::record::documents::{self, Origin, Verification};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::forms::Typed;
use super::{once, set_status, PageTitle};
use crate::context::app_state;
use crate::i18n::{datetime, t, t_args};

#[component]
pub fn VerifyPage() -> impl IntoView {
    let error = Typed::sent_back().problem("verify");
    let key = app_state().map(|s| (s.sealer.key_id().to_string(), s.sealer.public_key_hex()));
    view! {
        <PageTitle id="verify-title"/>
        <h1>{t("verify-title")}</h1>
        <p>{t("verify-intro")}</p>
        {error.map(|problem| view! { <p class="notice error" role="alert" id="verify-error">{t(problem.message_id())}</p> })}
        <form method="post" action="/verify" enctype="multipart/form-data">
            <p>
                <label for="verify-file">{t("verify-file-label")}</label>
                <input id="verify-file" name="file" type="file" required/>
            </p>
            <p><button type="submit" class="button primary">{t("verify-button")}</button></p>
        </form>
        {key.map(|(id, public)| view! { <KeyFacts key_id=id public_key=public/> })}
    }
}

#[component]
fn KeyFacts(key_id: String, public_key: String) -> impl IntoView {
    view! {
        <details>
            <summary>{t("verify-key-title")}</summary>
            <p>{t("verify-key-text")}</p>
            <dl class="facts">
                <dt>{t("verify-key-id")}</dt>
                <dd><code>{key_id}</code></dd>
                <dt>{t("verify-public-key")}</dt>
                <dd><code class="wrap">{public_key}</code></dd>
            </dl>
        </details>
    }
}

#[component]
pub fn VerifyResultPage() -> impl IntoView {
    let sha256 = use_params_map().with_untracked(|p| p.get("sha256").unwrap_or_default());
    let Some(state) = app_state() else { return ().into_any() };
    let zone = state.zone.clone();
    let checked = once(async move {
        documents::verify_hash(&state.db, &state.sealer, &sha256)
            .await
            .map_err(|error| tracing::error!(%error, "verify page: could not check the seal"))
            .ok()
    });
    view! {
        <Suspense>
            {move || {
                let (checked, zone) = (checked.clone(), zone.clone());
                Suspend::new(async move {
                    match checked.await {
                        Some(outcome) => outcome_view(outcome, &zone).into_any(),
                        None => {
                            set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
                            view! { <p class="notice error">{t("error-internal")}</p> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

fn outcome_view(outcome: Verification, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let (ok, heading, detail, sha256) = match outcome {
        Verification::Sealed { sha256, author_name, issued_at, kind, origin } => {
            // A page anyone may open names no patient: a file a patient added says only that.
            let author = match origin {
                Origin::Patient => t("verify-author-patient"),
                Origin::Professional if author_name.is_empty() => t("document-author-unknown"),
                Origin::Professional => author_name,
            };
            let detail = t_args(
                "verify-sealed-text",
                &[
                    ("kind", t(kind.message_id()).into()),
                    ("author", author.into()),
                    ("date", datetime(issued_at, zone).into()),
                ],
            );
            (true, "verify-sealed-title", detail, sha256)
        }
        Verification::Unknown { sha256 } => (false, "verify-unknown-title", t("verify-unknown-text"), sha256),
        Verification::Broken { sha256 } => (false, "verify-broken-title", t("verify-broken-text"), sha256),
    };
    view! {
        <PageTitle id="verify-title"/>
        <h1>{t("verify-title")}</h1>
        <div class=if ok { "notice success" } else { "notice error" } role="status">
            <h2>{t(heading)}</h2>
            <p>{detail}</p>
        </div>
        <p class="meta">{t("verify-fingerprint")} " " <code class="wrap">{sha256}</code></p>
        <p><a href="/verify">{t("verify-another")}</a></p>
    }
}
