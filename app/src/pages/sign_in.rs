//! Sign-in with a passkey: browser autofill on the field, or the button.

use leptos::prelude::*;

use super::{ceremony_texts, redirect_to, NeedsJavaScript, PageTitle};
use crate::context::request_context;
use crate::i18n::t;
use crate::islands::PasskeySignIn;
use crate::notice::{notice_view, Notice};

#[component]
pub fn SignInPage() -> impl IntoView {
    if request_context().viewer.is_some() {
        redirect_to("/");
    }
    view! {
        <PageTitle id="signin-title"/>
        <h1>{t("signin-title")}</h1>
        // Someone who just joined from an invitation: their passkey link is in their mail.
        {(Notice::asked() == Some(Notice::Joined)).then(|| notice_view(t("notice-joined")))}
        <p>{t("signin-intro")}</p>
        <NeedsJavaScript/>
        <PasskeySignIn
            start_url="/api/passkeys/sign-in/start".to_string()
            finish_url="/api/passkeys/sign-in/finish".to_string()
            field_label=t("signin-username-label")
            field_hint=t("signin-username-hint")
            texts=ceremony_texts("signin-button", "signin-working", "signin-failed")
        />
        <p class="hint">{t("signin-no-account")}</p>
    }
}
