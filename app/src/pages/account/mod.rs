//! The account page: passkeys (list, rename, remove, add), the devices signed in, and language.
//! Adding or removing a passkey, and signing the other devices out, need the person to have
//! proved with a passkey that they are there in the last 5 minutes ("It's me", `/api/passkeys/verify/*`): someone who finds a device left signed in
//! cannot add their own passkey or remove the owner's.
//! Changes are plain form posts to the server, answered by a redirect back here with a notice.

pub mod actions;

use carnet_core::passkeys;
use carnet_core::policy::AccountAction;
use leptos::prelude::*;

use super::forms::Typed;
use super::{ceremony_texts, once, redirect_to, NeedsJavaScript, NotFound, PageTitle};
use crate::context::{app_state, request_context};
use crate::i18n::{datetime, locale, t, t_args};
use crate::islands::{NewPasskey, PasskeySignIn};
use crate::layout::LanguageSwitcher;
use crate::notice::{notice_view, Notice};

#[component]
pub fn AccountPage() -> impl IntoView {
    let ctx = request_context();
    let (Some(viewer), Some(state)) = (ctx.viewer.clone(), app_state()) else {
        redirect_to("/signin");
        return ().into_any();
    };
    // During an assisted session the desk's device is the patient's: no credentials here (the
    // policy says no).
    if !ctx.may(AccountAction::ManageAccount) {
        return view! { <NotFound/> }.into_any();
    }
    // The whole record, to keep or take elsewhere: the patient's, or a minor's for a
    // representative acting for them (the policy decides again on download).
    let exports = ctx.may(AccountAction::Export);
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::PasskeyRenamed => Some(t("notice-passkey-renamed")),
        Notice::PasskeyRemoved => Some(t("notice-passkey-removed")),
        Notice::PasskeyAdded => Some(t("notice-passkey-added")),
        Notice::Verified => Some(t("notice-verified")),
        Notice::OthersSignedOut => Some(t("notice-others-signed-out")),
        Notice::LanguageChanged => Some(t("notice-language-changed")),
        _ => None,
    });
    let typed = Typed::sent_back();
    let fresh = viewer.freshly_verified(carnet_core::clock::now_ms());
    let listed = {
        let (db, account_id) = (state.db.clone(), viewer.account.id.clone());
        once(async move {
            passkeys::list(&db, &account_id)
                .await
                .map_err(|error| tracing::error!(%error, "account page: could not list passkeys"))
                .ok()
        })
    };
    let devices = {
        let (db, account_id, current) = (state.db.clone(), viewer.account.id.clone(), viewer.sign_in_id.clone());
        once(async move {
            carnet_core::sign_in::running(&db, &account_id, &current, Default::default())
                .await
                .map_err(|error| tracing::error!(%error, "account page: could not list the devices"))
                .ok()
        })
    };
    let devices_zone = state.zone.clone();
    let devices_typed = typed.clone();
    view! {
        <PageTitle id="account-title"/>
        <h1>{t("account-title")}</h1>
        <p>{viewer.account.display_name.clone()} " · " {viewer.account.email.clone()}</p>
        {notice.map(notice_view)}
        {typed.error_for("passkey")}

        <section aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">{t("account-passkeys-title")}</h2>
            <p>{t("account-passkeys-intro")}</p>
            {(!fresh).then(verify_first)}
            <Suspense>
                {move || {
                    let (listed, zone) = (listed.clone(), state.zone.clone());
                    Suspend::new(async move {
                        match listed.await {
                            Some(list) => passkey_list(list, fresh, &zone).into_any(),
                            None => view! { <p class="notice error">{t("error-internal")}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>

        <section aria-labelledby="add-passkey-title">
            <h2 id="add-passkey-title">{t("passkey-add-title")}</h2>
            <p>{t("passkey-add-intro")}</p>
            {if fresh {
                view! {
                    <NeedsJavaScript/>
                    <NewPasskey
                        start_url="/api/passkeys/add/start".to_string()
                        finish_url="/api/passkeys/add/finish".to_string()
                        token=String::new()
                        texts=ceremony_texts("passkey-add-button", "passkey-add-working", "passkey-add-failed")
                    />
                }
                    .into_any()
            } else {
                view! { <p><a href="#verify-title">{t("account-verify-title")}</a></p> }.into_any()
            }}
        </section>

        <section aria-labelledby="devices-title">
            <h2 id="devices-title">{t("account-devices-title")}</h2>
            <p>{t("account-devices-intro")}</p>
            {devices_typed.error_for("devices")}
            <Suspense>
                {move || {
                    let (devices, zone) = (devices.clone(), devices_zone.clone());
                    Suspend::new(async move {
                        match devices.await {
                            Some(list) => device_list(list, fresh, &zone).into_any(),
                            None => view! { <p class="notice error">{t("error-internal")}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>

        {exports.then(|| view! {
            <section aria-labelledby="export-title">
                <h2 id="export-title">{t("account-export-title")}</h2>
                <p>{t("account-export-intro")}</p>
                <p><a href="/export/record.json" download>{t("account-export-link")}</a></p>
            </section>
        })}

        <section aria-labelledby="language-title">
            <h2 id="language-title">{t("account-language-title")}</h2>
            <p>{t("account-language-intro")}</p>
            <LanguageSwitcher return_to=Notice::LanguageChanged.on("/account")/>
        </section>
    }
    .into_any()
}

/// The devices signed in to the account, this one first said so; a button to sign the others
/// out when there are others and the sign-in is `fresh`ly verified (else a link to "It's me").
fn device_list(
    mut list: Vec<carnet_core::sign_in::Device>,
    fresh: bool,
    zone: &carnet_core::i18n::Zone,
) -> impl IntoView {
    list.sort_by_key(|d| !d.current);
    let others = list.iter().filter(|d| !d.current).count();
    let items = list
        .into_iter()
        .map(|d| {
            let since = datetime(d.created_at, zone);
            let signed_in = match &d.passkey_name {
                Some(name) => t_args(
                    "account-device-signed-in-with",
                    &[("date", since.into()), ("passkey", passkeys::label(name, locale()).into())],
                ),
                None => t_args("account-device-signed-in", &[("date", since.into())]),
            };
            let seen = t_args("account-device-last-seen", &[("date", datetime(d.last_seen_at, zone).into())]);
            view! {
                <li class="card">
                    <p>{signed_in}{d.current.then(|| view! { " " <strong>{t("account-device-this-one")}</strong> })}</p>
                    <p class="meta">{seen}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="cards">{items}</ul>
        {(others > 0).then(|| if fresh {
            view! {
                <form method="post" action="/account/sessions/end-others">
                    <button type="submit" class="button danger">
                        {t_args("account-devices-end-others", &[("count", (others as i64).into())])}
                    </button>
                </form>
            }
            .into_any()
        } else {
            view! { <p><a href="#verify-title">{t("account-devices-verify-first")}</a></p> }.into_any()
        })}
    }
}

/// "It's me": a passkey check that makes the sign-in freshly verified for 5 minutes.
fn verify_first() -> impl IntoView {
    view! {
        <div class="notice warning">
            <h3 id="verify-title">{t("account-verify-title")}</h3>
            <p>{t("account-verify-intro")}</p>
            <NeedsJavaScript/>
            <PasskeySignIn
                start_url="/api/passkeys/verify/start".to_string()
                finish_url="/api/passkeys/verify/finish".to_string()
                field_label=String::new()
                field_hint=String::new()
                texts=ceremony_texts("account-verify-button", "account-verify-working", "account-verify-failed")
            />
        </div>
    }
}

/// The passkeys with their dates and their rename and remove forms (remove only when the
/// sign-in is `fresh`ly verified).
fn passkey_list(list: Vec<passkeys::PasskeySummary>, fresh: bool, zone: &carnet_core::i18n::Zone) -> impl IntoView {
    let only_one = list.len() == 1;
    let items = list
        .into_iter()
        .map(|p| {
            let created = t_args("passkey-created", &[("date", datetime(p.created_at, zone).into())]);
            let used = match p.last_used_at {
                Some(at) => t_args("passkey-last-used", &[("date", datetime(at, zone).into())]),
                None => t("passkey-never-used"),
            };
            let input_id = format!("passkey-name-{}", p.id);
            let label = p.label(locale());
            view! {
                <li class="passkey">
                    <h3>{label.clone()}</h3>
                    <p class="meta">{created} " · " {used}</p>
                    <form class="inline-form" method="post" action=format!("/account/passkeys/{}/rename", p.id)>
                        <label for=input_id.clone()>{t("passkey-name-label")}</label>
                        <input id=input_id name="name" value=label.clone() maxlength="64" required/>
                        <button
                            type="submit"
                            class="button"
                            aria-label=t_args("passkey-rename-label", &[("name", label.clone().into())])
                        >
                            {t("passkey-rename")}
                        </button>
                    </form>
                    {if only_one {
                        view! { <p class="hint">{t("passkey-only-one")}</p> }.into_any()
                    } else if !fresh {
                        ().into_any()
                    } else {
                        view! {
                            <form method="post" action=format!("/account/passkeys/{}/remove", p.id)>
                                <button
                                    type="submit"
                                    class="button danger"
                                    aria-label=t_args("passkey-remove-label", &[("name", label.clone().into())])
                                >
                                    {t("passkey-remove")}
                                </button>
                            </form>
                        }
                            .into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="passkeys">{items}</ul> }
}
