//! Enrolment and recovery: someone opens the link they were sent (or scanned at the desk) and
//! creates their first passkey, or a new one that replaces every passkey they had. Opening the
//! page checks the link and changes nothing; a used, expired or unknown link gets its own
//! explanation.

use carnet_core::enrolment::{self, Purpose};
use carnet_core::error::LinkProblem;
use carnet_core::Error;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{ceremony_texts, once, set_status, NeedsJavaScript, PageTitle, TextTitle};
use crate::context::app_state;
use crate::i18n::{t, t_args};
use crate::islands::NewPasskey;

#[component]
pub fn EnrolPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let checked = {
        let (token, state) = (token.clone(), app_state());
        once(async move {
            let state = state.ok_or(None)?;
            enrolment::check_with_purpose(&state.db, &token).await.map_err(|error| match error {
                Error::Link(problem) => Some(problem),
                error => {
                    tracing::error!(%error, "enrolment page: could not check the link");
                    None
                }
            })
        })
    };
    view! {
        <Suspense>
            {move || {
                let (token, checked) = (token.clone(), checked.clone());
                Suspend::new(async move {
                    match checked.await {
                        Ok((account, Purpose::Recovery)) => view! {
                            <PageTitle id="recovery-title"/>
                            <h1>{t("recovery-title")}</h1>
                            <p class="lead">
                                {t_args("recovery-welcome", &[("name", account.display_name.into())])}
                            </p>
                            <p class="notice warning" id="recovery-old-passkeys">{t("recovery-old-passkeys")}</p>
                            <p>{t("recovery-found-device")}</p>
                            <p>{t("enrol-intro")}</p>
                            <NeedsJavaScript/>
                            <NewPasskey
                                start_url="/api/passkeys/enrol/start".to_string()
                                finish_url="/api/passkeys/enrol/finish".to_string()
                                token=token
                                texts=ceremony_texts("recovery-button", "enrol-working", "enrol-failed")
                            />
                        }
                            .into_any(),
                        Ok((account, Purpose::Enrol)) => view! {
                            <PageTitle id="enrol-title"/>
                            <h1>{t("enrol-title")}</h1>
                            <p class="lead">
                                {t_args("enrol-welcome", &[("name", account.display_name.into())])}
                            </p>
                            <p>{t("enrol-intro")}</p>
                            <NeedsJavaScript/>
                            <NewPasskey
                                start_url="/api/passkeys/enrol/start".to_string()
                                finish_url="/api/passkeys/enrol/finish".to_string()
                                token=token
                                texts=ceremony_texts("enrol-button", "enrol-working", "enrol-failed")
                            />
                        }
                            .into_any(),
                        Err(problem) => link_problem("link", problem).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The explanation for a link that cannot be used (`None`: the store failed), with its status.
/// `kind` names the link's texts: `<kind>-unknown-title`, `<kind>-unknown-text`, and so on.
pub(super) fn link_problem(kind: &str, problem: Option<LinkProblem>) -> impl IntoView {
    let (status, problem) = match problem {
        Some(LinkProblem::Unknown) => (http::StatusCode::NOT_FOUND, "unknown"),
        Some(LinkProblem::Used) => (http::StatusCode::GONE, "used"),
        Some(LinkProblem::Expired) => (http::StatusCode::GONE, "expired"),
        None => (http::StatusCode::INTERNAL_SERVER_ERROR, ""),
    };
    set_status(status);
    let (title, text) = match problem {
        "" => ("error-title".to_string(), "error-internal".to_string()),
        problem => (format!("{kind}-{problem}-title"), format!("{kind}-{problem}-text")),
    };
    view! {
        <TextTitle text=t(&title)/>
        <h1>{t(&title)}</h1>
        <p>{t(&text)}</p>
        <p><a href="/">{t("back-home")}</a></p>
    }
}
