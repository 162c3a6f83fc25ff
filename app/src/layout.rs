//! The frame of every page: skip link, header with navigation and language switcher, footer.

use carnet_core::i18n::Locale;
use carnet_core::messaging::conversations::UNREAD_SHOWN;
use carnet_core::policy::AccountAction;
use leptos::prelude::*;

use crate::context::request_context;
use crate::i18n::{locale, t, t_args};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let ctx = request_context();
    let signed_in = ctx.viewer.is_some();
    let acting = ctx.acting.clone();
    let assisted = ctx.assisted.clone();
    // Which sections to offer is the policy's answer, asked once by the edge.
    let shows_record = ctx.may(AccountAction::UseRecordPages);
    let shows_sharing = ctx.may(AccountAction::ManageSharing);
    let shows_caregivers = ctx.may(AccountAction::ManageCaregivers);
    let shows_helping = ctx.may(AccountAction::Help);
    let shows_desk = ctx.may(AccountAction::UseDesk);
    let shows_account = ctx.may(AccountAction::ManageAccount);
    let is_professional = ctx.may(AccountAction::ListPatients);
    let shows_messages = shows_record || is_professional;
    let unread = ctx.unread_messages;
    // The count of unread messages: beside "Messages", and on the phone's "Menu" button, which
    // hides the links until opened. Past the count the header reads, "99+".
    let unread_badge = move || {
        (unread > 0).then(|| {
            let (shown, said) = match unread > UNREAD_SHOWN {
                true => (
                    t_args("nav-messages-count-more", &[("count", UNREAD_SHOWN.into())]),
                    t_args("nav-messages-unread-more", &[("count", UNREAD_SHOWN.into())]),
                ),
                false => (unread.to_string(), t_args("nav-messages-unread", &[("count", unread.into())])),
            };
            view! {
                " "
                <span class="count" aria-hidden="true">{shown}</span>
                <span class="visually-hidden">{said}</span>
            }
        })
    };
    // The same links twice: inline on wide screens, behind a "Menu" button on phones (a native
    // <details>, so it opens without JavaScript). CSS shows one of the two; the other is
    // `display: none`, hidden from assistive technologies too.
    let links = move || {
        view! {
            <ul>
                <li><a href="/">{t("nav-home")}</a></li>
                {shows_messages.then(|| view! {
                    <li>
                        <a href="/messages">
                            {t("nav-messages")}
                            {unread_badge()}
                        </a>
                    </li>
                })}
                {shows_record.then(|| view! {
                    <li><a href="/health">{t("nav-health")}</a></li>
                    <li><a href="/measurements">{t("nav-measurements")}</a></li>
                    <li><a href="/results">{t("nav-results")}</a></li>
                    <li><a href="/documents">{t("nav-documents")}</a></li>
                    <li><a href="/vaccinations">{t("nav-vaccinations")}</a></li>
                    <li><a href="/appointments">{t("nav-appointments")}</a></li>
                })}
                {shows_sharing.then(|| view! { <li><a href="/sharing">{t("nav-sharing")}</a></li> })}
                {shows_caregivers.then(|| view! { <li><a href="/caregivers">{t("nav-caregivers")}</a></li> })}
                {shows_helping.then(|| view! { <li><a href="/helping">{t("nav-helping")}</a></li> })}
                {shows_desk.then(|| view! { <li><a href="/desk">{t("nav-desk")}</a></li> })}
                {is_professional.then(|| view! {
                    <li><a href="/patients">{t("nav-patients")}</a></li>
                    <li><a href="/publish">{t("nav-publish")}</a></li>
                    <li><a href="/agenda">{t("nav-agenda")}</a></li>
                })}
                {if signed_in {
                    view! {
                        {shows_account.then(|| view! { <li><a href="/account">{t("nav-account")}</a></li> })}
                        <li>
                            <form method="post" action="/signout">
                                <button type="submit" class="link-button">{t("nav-sign-out")}</button>
                            </form>
                        </li>
                    }
                        .into_any()
                } else {
                    view! { <li><a href="/signin">{t("nav-sign-in")}</a></li> }.into_any()
                }}
            </ul>
        }
    };
    view! {
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">{t("site-name")}</a>
            <nav class="nav-wide" aria-label=t("nav-label")>{links()}</nav>
            <details class="nav-phone">
                <summary>
                    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                        <path d="M1 3h14M1 8h14M1 13h14" stroke="currentColor" stroke-width="2"/>
                    </svg>
                    {t("nav-menu")}
                    {unread_badge()}
                </summary>
                <nav aria-label=t("nav-label")>{links()}</nav>
            </details>
            <LanguageSwitcher return_to=ctx.path_and_query.clone()/>
        </header>
        {acting.map(|a| view! {
            <div class="acting-for" role="region" aria-label=t("acting-region-label")>
                <p>{t_args("acting-for", &[("name", a.patient_name.into())])}</p>
                <form method="post" action="/acting-for" class="inline">
                    <input type="hidden" name="patient" value=""/>
                    <button type="submit" class="link-button">{t("acting-back-to-mine")}</button>
                </form>
                " · "
                <a href="/helping">{t("acting-switch")}</a>
            </div>
        })}
        {assisted.map(|a| view! {
            <div class="acting-for assisted" role="region" aria-label=t("assisted-region-label")>
                <p>{t_args("assisted-banner", &[("staff", a.staff_name.into()), ("patient", a.patient_name.into())])}</p>
                <form method="post" action="/desk/assist/end" class="inline">
                    <button type="submit" class="button danger">{t("assisted-end")}</button>
                </form>
            </div>
        })}
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
        </footer>
    }
}

/// One button per other language; a plain form, so it works without JavaScript.
#[component]
pub fn LanguageSwitcher(return_to: String) -> impl IntoView {
    let current = locale();
    let others: Vec<Locale> = Locale::ALL.into_iter().filter(|l| *l != current).collect();
    view! {
        <form class="language-switcher" method="post" action="/language">
            <input type="hidden" name="return_to" value=return_to/>
            <span class="visually-hidden">{t("language-label")}</span>
            {others
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=l.tag()
                            lang=l.tag()
                            class="link-button"
                            title=t_args("language-switch", &[("language", l.endonym().into())])
                        >
                            {l.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}
