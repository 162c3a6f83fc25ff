//! The reception desk (staff; enrolment, recovery and minors' records for admins too): enrol a
//! patient, start a recovery, create a minor's record and propose its representatives, approve
//! or refuse a colleague's proposal, start an assisted session, mark the device as a kiosk. An assisted session's approval page (`/desk/assist/:id`) and the
//! handover of an enrolment or recovery link as a QR code (`/desk/handover`, shown once). Every action is a
//! plain form; approving with a passkey needs JavaScript, approving with a code does not.

pub mod actions;

use carnet_core::desk::assisted::{self, Desk, CODE_ATTEMPTS};
use carnet_core::desk::enrolment::HandoverKey;
use carnet_core::desk::representatives::{self, Waiting};
use carnet_core::enrolment::Purpose;
use carnet_core::policy::AccountAction;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::forms::{PatientFields, Typed};
use super::{ceremony_texts, once, redirect_to, NeedsJavaScript, NotFound, PageTitle};
use crate::context::{app_state, request_context};
use crate::i18n::{civil_date, datetime, t, t_args};
use crate::islands::PasskeySignIn;
use crate::notice::{notice_view, Notice};

#[component]
pub fn DeskPage() -> impl IntoView {
    let ctx = request_context();
    if ctx.viewer.is_none() {
        redirect_to("/signin");
        return ().into_any();
    }
    // Staff do everything here; an admin enrols, recovers and creates minors' records but runs
    // no assisted session (the policy says which).
    if !ctx.may(AccountAction::UseDesk) {
        return view! { <NotFound/> }.into_any();
    }
    let staff = ctx.may(AccountAction::RunAssistedSession);
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Enrolled => Some(t("notice-desk-enrolled")),
        Notice::RecoverySent => Some(t("notice-desk-recovery-sent")),
        Notice::MinorCreated => Some(t("notice-desk-minor-created")),
        Notice::MinorRepresentativesProposed => Some(t("notice-desk-representatives-proposed")),
        Notice::RepresentativeApproved => Some(t("notice-desk-representative-approved")),
        Notice::RepresentativeRefused => Some(t("notice-desk-representative-refused")),
        Notice::KioskOn => Some(t("notice-desk-kiosk-on")),
        Notice::KioskOff => Some(t("notice-desk-kiosk-off")),
        _ => None,
    });
    let field = |form: &'static str, name: &'static str| typed.get(form, name);
    let waiting = {
        let (db, viewer) = (app_state().map(|s| s.db.clone()), ctx.viewer.clone());
        once(async move {
            let (Some(db), Some(viewer)) = (db, viewer) else { return Vec::new() };
            let actor = carnet_core::policy::Actor::person(&viewer.account);
            representatives::waiting(&db, &actor).await.unwrap_or_else(|error| {
                tracing::error!(%error, "could not list the representatives waiting for approval");
                Vec::new()
            })
        })
    };
    let (waiting_error, zone) = (typed.clone(), app_state().map(|s| s.zone.clone()));
    view! {
        <PageTitle id="desk-title"/>
        <h1>{t("desk-title")}</h1>
        <p class="lead">{t("desk-intro")}</p>
        {notice.map(notice_view)}

        <Suspense>
            {move || {
                let (waiting, typed, zone) = (waiting.clone(), waiting_error.clone(), zone.clone());
                Suspend::new(async move {
                    match zone {
                        Some(zone) => waiting_section(waiting.await, &typed, &zone),
                        None => ().into_any(),
                    }
                })
            }}
        </Suspense>

        {staff.then(|| view! {
            <section aria-labelledby="assist-title">
                <h2 id="assist-title">{t("desk-assist-title")}</h2>
                <p>{t("desk-assist-intro")}</p>
                {typed.error_for("assist")}
                <form method="post" action="/desk/assist#assist-error">
                    <PatientFields form="assist" typed=typed.clone()/>
                    <p><button type="submit" class="button primary">{t("desk-assist-button")}</button></p>
                </form>
            </section>
        })}

        <section aria-labelledby="enrol-title">
            <h2 id="enrol-title">{t("desk-enrol-title")}</h2>
            <p>{t("desk-enrol-intro")}</p>
            {typed.error_for("enrol")}
            <form method="post" action="/desk/enrol#enrol-error">
                <p>
                    <label for="enrol-name">{t("desk-name-label")}</label>
                    <input id="enrol-name" name="name" required maxlength="100" autocomplete="off" aria-invalid=typed.invalid("enrol", "name") aria-describedby=typed.described_by("enrol", "name", None)
                            value=field("enrol", "name")/>
                </p>
                <p>
                    <label for="enrol-email">{t("desk-email-label")}</label>
                    <input id="enrol-email" name="email" type="email" required maxlength="254" autocomplete="off"
                        aria-invalid=typed.invalid("enrol", "email") aria-describedby=typed.described_by("enrol", "email", None)
                            value=field("enrol", "email")/>
                </p>
                <PatientFields form="enrol" typed=typed.clone()/>
                <HandoverChoice form="enrol" legend="desk-handover-legend" typed=typed.clone()/>
                <p><button type="submit" class="button primary">{t("desk-enrol-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="recover-title">
            <h2 id="recover-title">{t("desk-recover-title")}</h2>
            <p>{t("desk-recover-intro")}</p>
            {typed.error_for("recover")}
            <form method="post" action="/desk/recover#recover-error">
                <PatientFields form="recover" typed=typed.clone()/>
                <HandoverChoice form="recover" legend="desk-recover-handover-legend" typed=typed.clone()/>
                <p><button type="submit" class="button">{t("desk-recover-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="minor-title">
            <h2 id="minor-title">{t("desk-minor-title")}</h2>
            <p>{t("desk-minor-intro")}</p>
            {typed.error_for("minor")}
            <form method="post" action="/desk/minor#minor-error">
                <p>
                    <label for="minor-given">{t("desk-given-label")}</label>
                    <input id="minor-given" name="given" required maxlength="100" autocomplete="off" aria-invalid=typed.invalid("minor", "given") aria-describedby=typed.described_by("minor", "given", None)
                            value=field("minor", "given")/>
                </p>
                <p>
                    <label for="minor-family">{t("desk-family-label")}</label>
                    <input id="minor-family" name="family" required maxlength="100" autocomplete="off" aria-invalid=typed.invalid("minor", "family") aria-describedby=typed.described_by("minor", "family", None)
                            value=field("minor", "family")/>
                </p>
                <PatientFields form="minor" typed=typed.clone()/>
                <p>
                    <label for="minor-own-email">{t("desk-minor-email-label")}</label>
                    <input id="minor-own-email" name="own_email" type="email" maxlength="254" autocomplete="off"
                        aria-describedby="minor-own-email-hint" value=field("minor", "own_email")/>
                    <span class="hint" id="minor-own-email-hint">{t("desk-minor-email-hint")}</span>
                </p>
                {[1i64, 2].into_iter().map(|n| {
                    let (name, email) = (format!("rep{n}_name"), format!("rep{n}_email"));
                    view! {
                        <fieldset>
                            <legend>{t_args("desk-representative-legend", &[("number", n.into())])}</legend>
                            <p>
                                <label for=format!("minor-{name}")>{t("desk-name-label")}</label>
                                <input id=format!("minor-{name}") name=name.clone() maxlength="100" autocomplete="off"
                                    required=n == 1 value=typed.get("minor", &name)/>
                            </p>
                            <p>
                                <label for=format!("minor-{email}")>{t("desk-email-label")}</label>
                                <input id=format!("minor-{email}") name=email.clone() type="email" maxlength="254"
                                    autocomplete="off" required=n == 1 value=typed.get("minor", &email)/>
                            </p>
                        </fieldset>
                    }
                }).collect_view()}
                <EvidenceChoice typed=typed.clone()/>
                <p><button type="submit" class="button primary">{t("desk-minor-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="kiosk-title">
            <h2 id="kiosk-title">{t("desk-kiosk-title")}</h2>
            <p>{if ctx.kiosk { t("desk-kiosk-on") } else { t("desk-kiosk-off") }}</p>
            <form method="post" action="/desk/kiosk">
                <input type="hidden" name="kiosk" value=if ctx.kiosk { "off" } else { "on" }/>
                <button type="submit" class="button">
                    {if ctx.kiosk { t("desk-kiosk-unmark") } else { t("desk-kiosk-mark") }}
                </button>
            </form>
        </section>
    }
    .into_any()
}

/// The proposals of legal representatives waiting for a second person of the desk: each with
/// what was seen, by whom, and the buttons this person may use (approve and refuse; withdraw
/// only, for their own). Nothing when none waits.
fn waiting_section(waiting: Vec<Waiting>, typed: &Typed, zone: &carnet_core::i18n::Zone) -> AnyView {
    if waiting.is_empty() && typed.problem("waiting").is_none() {
        return ().into_any();
    }
    view! {
        <section aria-labelledby="waiting-title">
            <h2 id="waiting-title">{t("desk-waiting-title")}</h2>
            <p>{t("desk-waiting-intro")}</p>
            {typed.error_for("waiting")}
            <ul class="cards">
                {waiting.into_iter().map(|w| {
                    let birth = w.minor_birth_date.parse().map(civil_date).unwrap_or_default();
                    let action = |verb: &str| format!("/desk/representatives/{}/{verb}", w.id);
                    view! {
                        <li class="card">
                            <h3>{t_args("desk-waiting-who", &[
                                ("representative", w.representative_name.clone().into()),
                                ("minor", w.minor_name.clone().into()),
                            ])}</h3>
                            <p>{t_args("desk-waiting-email", &[("email", w.representative_email.clone().into())])}</p>
                            <p>{t_args("desk-waiting-birth", &[("birth", birth.into())])}</p>
                            <p>{t(&format!("desk-evidence-seen-{}", w.evidence.as_str()))}</p>
                            <p class="meta">{t_args("desk-waiting-proposed", &[
                                ("staff", w.proposed_by.clone().into()),
                                ("time", datetime(w.proposed_at, zone).into()),
                            ])}</p>
                            {if w.mine {
                                view! {
                                    <p class="hint">{t("desk-waiting-yours")}</p>
                                    <form method="post" action=action("refuse") class="inline">
                                        <button type="submit" class="button">{t("desk-waiting-withdraw")}</button>
                                    </form>
                                }.into_any()
                            } else {
                                view! {
                                    <div class="actions">
                                        <form method="post" action=action("approve") class="inline">
                                            <button type="submit" class="button primary">{t("desk-waiting-approve")}</button>
                                        </form>
                                        <form method="post" action=action("refuse") class="inline">
                                            <button type="submit" class="button danger">{t("desk-waiting-refuse")}</button>
                                        </form>
                                    </div>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// The document staff saw proving the representatives' link to the minor (one is required).
#[component]
fn EvidenceChoice(typed: Typed) -> impl IntoView {
    let chosen = typed.get("minor", "evidence");
    let described = typed.described_by("minor", "evidence", Some("minor-evidence-hint"));
    view! {
        <fieldset aria-describedby=described>
            <legend>{t("desk-evidence-legend")}</legend>
            <p class="hint" id="minor-evidence-hint">{t("desk-evidence-hint")}</p>
            {representatives::Evidence::ALL.into_iter().map(|evidence| {
                let value = evidence.as_str();
                let id = format!("minor-evidence-{value}");
                view! {
                    <p>
                        <input id=id.clone() type="radio" name="evidence" value=value required
                            checked=chosen == value aria-invalid=typed.invalid("minor", "evidence")/>
                        " " <label for=id>{t(&format!("desk-evidence-{value}"))}</label>
                    </p>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// How the patient gets the link a desk form makes: by e-mail, or now as a QR code on the
/// handover page. `form` names the form (for ids and what was typed), `legend` the question.
#[component]
fn HandoverChoice(form: &'static str, legend: &'static str, typed: Typed) -> impl IntoView {
    let print = typed.get(form, "handover") == "print";
    let (email_id, print_id) = (format!("{form}-handover-email"), format!("{form}-handover-print"));
    view! {
        <fieldset>
            <legend>{t(legend)}</legend>
            <p>
                <input id=email_id.clone() type="radio" name="handover" value="email" checked=!print/>
                " " <label for=email_id>{t("desk-handover-email")}</label>
            </p>
            <p>
                <input id=print_id.clone() type="radio" name="handover" value="print" checked=print/>
                " " <label for=print_id>{t("desk-handover-print")}</label>
            </p>
        </fieldset>
    }
}

#[component]
pub fn AssistPage() -> impl IntoView {
    let ctx = request_context();
    let (Some(viewer), Some(state)) = (ctx.viewer.clone(), app_state()) else {
        redirect_to("/signin");
        return ().into_any();
    };
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let notice = Notice::asked().filter(|n| *n == Notice::CodeSent);
    let error = Typed::sent_back().problem("code");
    let pending = {
        let (db, id) = (state.db.clone(), id.clone());
        let actor = carnet_core::policy::Actor::person(&viewer.account);
        let sign_in_id = viewer.sign_in_id.clone();
        once(async move {
            assisted::pending(&db, Desk { actor: &actor, sign_in_id: &sign_in_id }, &id).await.map_err(|error| {
                if !matches!(error, carnet_core::Error::NotFound) {
                    tracing::error!(%error, "could not read an assisted session");
                }
            })
        })
    };
    view! {
        <Suspense>
            {move || {
                let (pending, id, zone) = (pending.clone(), id.clone(), state.zone.clone());
                Suspend::new(async move {
                    let Ok(session) = pending.await else { return view! { <NotFound/> }.into_any() };
                    view! {
                        <PageTitle id="assist-title"/>
                        <h1>{t("assist-title")}</h1>
                        <p class="lead">{t_args("assist-lead", &[("patient", session.patient_name.clone().into())])}</p>
                        <p>{t("assist-what")}</p>

                        <section aria-labelledby="passkey-approval-title">
                            <h2 id="passkey-approval-title">{t("assist-passkey-title")}</h2>
                            <p>{t("assist-passkey-intro")}</p>
                            <NeedsJavaScript/>
                            <PasskeySignIn
                                start_url=format!("/api/desk/assist/{id}/approve/start")
                                finish_url=format!("/api/desk/assist/{id}/approve/finish")
                                field_label=String::new()
                                field_hint=String::new()
                                texts=ceremony_texts("assist-passkey-button", "signin-working", "assist-passkey-failed")
                            />
                        </section>

                        <section aria-labelledby="code-title">
                            <h2 id="code-title">{t("assist-code-title")}</h2>
                            <p>{t("assist-code-intro")}</p>
                            {notice.map(|_| notice_view(t("notice-desk-code-sent")))}
                            {error.map(|problem| view! {
                                <p class="notice error" role="alert" id="assist-code-error">
                                    {t_args(problem.message_id(), &[("attempts", CODE_ATTEMPTS.into())])}
                                </p>
                            })}
                            {session.code_expires_at.map(|until| view! {
                                <form method="post" action=format!("/desk/assist/{id}/verify#code-title")>
                                    <p>
                                        <label for="assist-code">{t("assist-code-label")}</label>
                                        <input id="assist-code" name="code" required inputmode="numeric" pattern="[0-9 ]{6,7}"
                                            maxlength="7" autocomplete="one-time-code" aria-invalid=error.is_some().then_some("true")
                                            aria-describedby=if error.is_some() { "assist-code-error assist-code-hint" } else { "assist-code-hint" }/>
                                        <span class="hint" id="assist-code-hint">
                                            {t_args("assist-code-hint", &[("time", datetime(until, &zone).into())])}
                                        </span>
                                    </p>
                                    <p><button type="submit" class="button primary">{t("assist-code-verify")}</button></p>
                                </form>
                            })}
                            <form method="post" action=format!("/desk/assist/{id}/code")>
                                <button type="submit" class="button">
                                    {if session.codes_sent == 0 { t("assist-code-send") } else { t("assist-code-resend") }}
                                </button>
                            </form>
                        </section>
                    }
                        .into_any()
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The enrolment or recovery link made at the desk, once: as a QR code the patient scans with
/// their own phone (where their passkey will live), and as text; printable.
#[component]
pub fn HandoverPage() -> impl IntoView {
    let ctx = request_context();
    if !ctx.may(AccountAction::EnrolAtDesk) {
        return view! { <NotFound/> }.into_any();
    }
    let Some(link) = ctx.handover else {
        // Shown once: a reload (or someone else) gets the desk back, not the link.
        redirect_to("/desk");
        return ().into_any();
    };
    let (title, intro, qr_label) = match link.purpose {
        Purpose::Enrol => ("handover-title", "handover-intro", "handover-qr-label"),
        Purpose::Recovery => ("handover-recovery-title", "handover-recovery-intro", "handover-recovery-qr-label"),
    };
    // The link is made again here from what the session kept (an id) and the server's key.
    let url = app_state()
        .map(|s| s.db.portal_link(&format!("/enrol/{}", link.token(&HandoverKey::of(&s.sealer)))))
        .unwrap_or_default();
    let qr = carnet_core::qr::svg(&url, &t(qr_label)).unwrap_or_default();
    view! {
        <PageTitle id=title/>
        <h1>{t(title)}</h1>
        <p class="lead">{t(intro)}</p>
        <div class="qr-code" inner_html=qr></div>
        <p class="handover-link"><code>{url}</code></p>
        <p class="hint">{t("handover-hint")}</p>
        <p class="no-print"><a class="button" href="/desk">{t("handover-done")}</a></p>
    }
    .into_any()
}
