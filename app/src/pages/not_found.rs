//! The page for unknown addresses (and for anything the person may not see: same answer).

use leptos::prelude::*;

use super::{set_status, PageTitle};
use crate::i18n::t;

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(http::StatusCode::NOT_FOUND);
    view! {
        <PageTitle id="not-found-title"/>
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-text")}</p>
        <p><a href="/">{t("back-home")}</a></p>
    }
}
