//! Home: the signed-in person's greeting, or the welcome page.

use leptos::prelude::*;

use super::PageTitle;
use crate::context::request_context;
use crate::i18n::{t, t_args};

#[component]
pub fn HomePage() -> impl IntoView {
    match request_context().viewer {
        Some(viewer) => {
            let account = viewer.account;
            let roles: Vec<String> = account.roles.iter().map(|r| t(r.message_id())).collect();
            view! {
                <PageTitle id="home-title"/>
                <h1>{t_args("home-greeting", &[("name", account.display_name.clone().into())])}</h1>
                <p>{t_args("home-roles", &[("roles", roles.join(", ").into())])}</p>
                <p><a href="/account">{t("home-account-hint")}</a></p>
            }
            .into_any()
        }
        None => view! {
            <PageTitle id="home-title"/>
            <h1>{t("home-signed-out-title")}</h1>
            <p class="lead">{t("site-tagline")}</p>
            <p>{t("home-signed-out-text")}</p>
            <p><a class="button primary" href="/signin">{t("nav-sign-in")}</a></p>
        }
        .into_any(),
    }
}
