//! Passkey islands: create a passkey (enrolment link or account page) and sign in (button and
//! browser autofill, a.k.a. conditional mediation).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The translated texts a ceremony widget shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CeremonyTexts {
    /// The button's label.
    pub action: String,
    /// Shown on the button while the ceremony runs.
    pub working: String,
    /// Shown when the server refused without saying why.
    pub failed: String,
    /// The person cancelled, or the browser timed out.
    pub cancelled: String,
    /// No WebAuthn in this browser.
    pub unsupported: String,
    /// The server could not be reached.
    pub network: String,
}

/// A button that creates a passkey. `start_url`/`finish_url` are the JSON endpoints of the flow;
/// `token` is the enrolment link's token (empty when a signed-in person adds a passkey).
#[island]
pub fn NewPasskey(start_url: String, finish_url: String, token: String, texts: CeremonyTexts) -> impl IntoView {
    let (busy, set_busy) = signal(false);
    let (message, set_message) = signal(String::new());
    let label = {
        let texts = texts.clone();
        move || if busy.get() { texts.working.clone() } else { texts.action.clone() }
    };
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let (start_url, finish_url, token, texts) =
                (start_url.clone(), finish_url.clone(), token.clone(), texts.clone());
            set_busy.set(true);
            set_message.set(String::new());
            leptos::task::spawn_local(async move {
                let token = (!token.is_empty()).then_some(token);
                match super::browser::register(&start_url, &finish_url, token.as_deref()).await {
                    Ok(redirect) => super::browser::go(&redirect),
                    Err(failure) => {
                        set_message.set(failure.message(&texts));
                        set_busy.set(false);
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&start_url, &finish_url, &token, set_busy, set_message);
    };
    view! {
        <div class="ceremony">
            <button type="button" class="button primary" on:click=on_click disabled=move || busy.get()>
                {label}
            </button>
            <p class="ceremony-message" role="alert">{move || message.get()}</p>
        </div>
    }
}

/// The sign-in widget: a field where the browser offers passkeys (autofill) and a button that
/// opens the passkey dialog. With an empty `field_label`, the button alone (a patient approving
/// an assisted session at the desk); `start_url`/`finish_url` are the flow's JSON endpoints.
#[island]
pub fn PasskeySignIn(
    start_url: String,
    finish_url: String,
    field_label: String,
    field_hint: String,
    texts: CeremonyTexts,
) -> impl IntoView {
    let with_field = !field_label.is_empty();
    let (busy, set_busy) = signal(false);
    let (message, set_message) = signal(String::new());
    let label = {
        let texts = texts.clone();
        move || if busy.get() { texts.working.clone() } else { texts.action.clone() }
    };

    #[cfg(feature = "hydrate")]
    let autofill = StoredValue::new_local(None::<web_sys::AbortController>);

    // Autofill: start a conditional request as soon as the island wakes up.
    #[cfg(feature = "hydrate")]
    if with_field {
        let (texts, start_url, finish_url) = (texts.clone(), start_url.clone(), finish_url.clone());
        Effect::new(move |_| {
            let (texts, start_url, finish_url) = (texts.clone(), start_url.clone(), finish_url.clone());
            let controller = web_sys::AbortController::new().ok();
            let signal = controller.as_ref().map(|c| c.signal());
            autofill.set_value(controller);
            leptos::task::spawn_local(async move {
                match super::browser::sign_in(&start_url, &finish_url, true, signal.as_ref()).await {
                    Ok(redirect) => super::browser::go(&redirect),
                    // Aborted by the button, or no autofill in this browser: the button remains.
                    Err(super::browser::Failure::Cancelled | super::browser::Failure::Unsupported) => {}
                    Err(failure) => set_message.set(failure.message(&texts)),
                }
            });
        });
    }

    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if let Some(controller) = autofill.get_value() {
                controller.abort();
            }
            let (texts, start_url, finish_url) = (texts.clone(), start_url.clone(), finish_url.clone());
            set_busy.set(true);
            set_message.set(String::new());
            leptos::task::spawn_local(async move {
                match super::browser::sign_in(&start_url, &finish_url, false, None).await {
                    Ok(redirect) => super::browser::go(&redirect),
                    Err(failure) => {
                        set_message.set(failure.message(&texts));
                        set_busy.set(false);
                    }
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&texts, &start_url, &finish_url, set_busy, set_message);
    };
    view! {
        <div class="ceremony signin">
            {with_field.then(|| view! {
                <label for="signin-username">{field_label}</label>
                <input
                    id="signin-username"
                    name="username"
                    type="email"
                    autocomplete="username webauthn"
                    aria-describedby="signin-username-hint"
                />
                <p id="signin-username-hint" class="hint">{field_hint}</p>
            })}
            <button type="button" class="button primary" on:click=on_click disabled=move || busy.get()>
                {label}
            </button>
            <p class="ceremony-message" role="alert">{move || message.get()}</p>
        </div>
    }
}
