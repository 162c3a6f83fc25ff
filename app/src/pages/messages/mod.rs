//! Messages with the care team: the inbox (`/messages`: the patient's side's conversations and,
//! for a professional, their patients'), writing a first message (`/messages/new` from the
//! patient's side, `/patients/:pid/messages` from a professional), a conversation
//! (`/messages/:id`: the thread, its files, the reply), and the settings
//! (`/messages/settings`). Plain forms with a file field (multipart), no script.

pub mod actions;

use carnet_core::messaging::conversations::{self, Filter, Listing, Message, Recipient, Summary, Thread};
use carnet_core::messaging::settings::{self, Settings, MAX_ABSENCE_REPLY_CHARS};
use carnet_core::messaging::{Cursor, Side, MAX_BODY_CHARS, MAX_SUBJECT_CHARS};
use carnet_core::policy::{AccountAction, Actor, Subject};
use carnet_core::record::documents::MAX_UPLOAD_BYTES;
use carnet_core::text::{pieces, Piece};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::forms::{textarea_text, Typed};
use super::{next_page_link, query_string, record_page, PageTitle, TextTitle};
use crate::context::{request_context, AppState};
use crate::i18n::{datetime, t, t_args};
use crate::notice::{notice_view, Notice};

/// The filter of a list, from the address: archived or not, a subject search, a page (where
/// the list's own cursor, `cursor`, says it starts).
fn filter_from_query(cursor: &str) -> Filter {
    let query = use_query_map();
    query.with_untracked(|q| Filter {
        archived: q.get("archived").as_deref() == Some("1"),
        search: q.get("q").unwrap_or_default().chars().take(100).collect(),
        before: q.get(cursor).as_deref().and_then(Cursor::parse),
    })
}

/// The notices the messages' pages show.
fn notice() -> Option<impl IntoView> {
    let text = match Notice::asked()? {
        Notice::MessageSent => t("notice-message-sent"),
        Notice::Archived => t("notice-message-archived"),
        Notice::Unarchived => t("notice-message-unarchived"),
        Notice::SavedToDocuments => t("notice-message-saved"),
        Notice::Published => t("notice-message-published"),
        Notice::MessageSettings => t("notice-message-settings"),
        _ => return None,
    };
    Some(notice_view(text))
}

/// The line every page where one writes to the care team carries.
fn not_for_emergencies() -> impl IntoView {
    view! { <p class="notice warning" id="messages-emergency">{t("messages-emergency")}</p> }
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let ctx = request_context();
    let patient_side = ctx.may(AccountAction::UseRecordPages);
    let care_side = ctx.may(AccountAction::ListPatients);
    // Each list pages on its own (someone can have both).
    let filter = filter_from_query("before");
    let (listed, inbox_filter) = (filter.clone(), filter_from_query("inbox_before"));
    let load = move |state: AppState, actor: Actor| async move {
        let own = match patient_side {
            true => match conversations::of_record(&state.db, &actor, Subject::OwnRecord, &listed).await {
                Ok(listing) => Some(listing),
                // Acting for someone whose delegation does not cover messages: not this section.
                Err(carnet_core::Error::NotFound) => None,
                Err(other) => return Err(other),
            },
            false => None,
        };
        let inbox = match care_side {
            true => Some(conversations::inbox(&state.db, &actor, &inbox_filter).await?),
            false => None,
        };
        match (own, inbox) {
            (None, None) => Err(carnet_core::Error::NotFound),
            found => Ok(found),
        }
    };
    let render = move |(own, inbox): (Option<Listing>, Option<Listing>), state: AppState| {
        let filter = filter.clone();
        let params = vec![
            ("archived", if filter.archived { "1".to_string() } else { String::new() }),
            ("q", filter.search.clone()),
        ];
        let (own_next, inbox_next) = (
            own.as_ref().and_then(|l| l.next.as_ref().map(Cursor::to_param)),
            inbox.as_ref().and_then(|l| l.next.as_ref().map(Cursor::to_param)),
        );
        let zone = state.zone.clone();
        let zone_inbox = state.zone.clone();
        let archived = filter.archived;
        view! {
            <PageTitle id="messages-title"/>
            <h1>{t("messages-title")}</h1>
            {notice()}
            <p class="lead">{t(if patient_side { "messages-intro" } else { "messages-intro-care" })}</p>
            <nav class="tabs" aria-label=t("messages-tabs-label")>
                <a href="/messages" aria-current=(!archived).then_some("page")>{t("messages-tab-current")}</a>
                <a href="/messages?archived=1" aria-current=archived.then_some("page")>{t("messages-tab-archived")}</a>
            </nav>
            <form class="filters" method="get" action="/messages" role="search">
                {archived.then(|| view! { <input type="hidden" name="archived" value="1"/> })}
                <p>
                    <label for="messages-q">{t("messages-search-label")}</label>
                    <input id="messages-q" name="q" type="search" maxlength="100" value=filter.search.clone()/>
                </p>
                <p><button type="submit" class="button">{t("messages-search-button")}</button></p>
            </form>
            {own.map(|listing| view! {
                <section aria-labelledby="messages-own-title">
                    <h2 id="messages-own-title">{t("messages-own-title")}</h2>
                    <p><a class="button primary" href="/messages/new">{t("messages-new-button")}</a></p>
                    {conversation_list(listing.conversations, Side::Patient, &zone)}
                    {next_page_link("/messages", &params, own_next.clone())}
                </section>
            })}
            {inbox.map(|listing| view! {
                <section aria-labelledby="messages-inbox-title">
                    <h2 id="messages-inbox-title">{t("messages-inbox-title")}</h2>
                    {conversation_list(listing.conversations, Side::Care, &zone_inbox)}
                    {inbox_next.clone().map(|next| {
                        let mut params = params.clone();
                        params.push(("inbox_before", next));
                        view! {
                            <p class="pager">
                                <a href=format!("/messages?{}", query_string(&params)) rel="next">{t("pager-older")}</a>
                            </p>
                        }
                    })}
                </section>
            })}
            <p><a href="/messages/settings">{t("messages-settings-link")}</a></p>
        }
    };
    record_page(load, render)
}

/// A list of conversations: subject, with whom (the patient's side) or whose record (the care
/// side), the last activity, what is unread.
fn conversation_list(conversations: Vec<Summary>, side: Side, zone: &carnet_core::i18n::Zone) -> impl IntoView {
    if conversations.is_empty() {
        return view! { <p>{t("messages-none")}</p> }.into_any();
    }
    view! {
        <ul class="conversations">
            {conversations
                .into_iter()
                .map(|c| {
                    // Names in their own direction (<bdi>): a Latin name beside an Arabic date
                    // would otherwise take the date's first number with it.
                    let who = match side {
                        Side::Patient => view! { <bdi>{c.with_name.clone()}</bdi> }.into_any(),
                        Side::Care if c.with_practice => {
                            view! { <bdi>{c.patient_name.clone()}</bdi> " · " <bdi>{c.with_name.clone()}</bdi> }
                                .into_any()
                        }
                        Side::Care => view! { <bdi>{c.patient_name.clone()}</bdi> }.into_any(),
                    };
                    let unread = c.unread;
                    let class = if unread > 0 { "conversation unread" } else { "conversation" };
                    view! {
                        <li class=class>
                            <a href=format!("/messages/{}", c.id) dir="auto">{c.subject.clone()}</a>
                            {(unread > 0).then(|| view! {
                                " " <span class="badge">{t_args("messages-unread", &[("count", unread.into())])}</span>
                            })}
                            <br/>
                            <span class="meta">{who} " · " {datetime(c.last_message_at, zone)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// An instant as `<time datetime>` gives it.
fn iso(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}

/// A message's text as shown: its lines kept (by the style), its links as links, everything
/// else as text.
fn body_view(body: &str) -> impl IntoView {
    pieces(body)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.to_string().into_any(),
            Piece::Link(link) => {
                view! { <a href=link.to_string() rel="noopener noreferrer nofollow">{link.to_string()}</a> }.into_any()
            }
        })
        .collect_view()
}

/// The text and file fields every message form has.
#[component]
fn MessageFields(form: &'static str, typed: Typed, #[prop(optional)] emergency: bool) -> impl IntoView {
    let body_id = format!("{form}-body");
    let file_id = format!("{form}-file");
    let hint_id = format!("{form}-file-hint");
    let body = textarea_text(&typed.get_long(form, "body", MAX_BODY_CHARS));
    view! {
            <p>
                <label for=body_id.clone()>{t("messages-body-label")}</label>
                <textarea id=body_id name="body" rows="6" required dir="auto" maxlength=MAX_BODY_CHARS.to_string()
                    aria-invalid=typed.invalid(form, "body")
                    aria-describedby=typed.described_by(form, "body", emergency.then_some("messages-emergency"))
    >{body}</textarea>
            </p>
            <p>
                <label for=file_id.clone()>{t("messages-file-label")}</label>
                <input id=file_id name="file" type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                    aria-invalid=typed.invalid(form, "file")
                    aria-describedby=typed.described_by(form, "file", Some(&hint_id))/>
                <span class="hint" id=hint_id.clone()>
                    {t_args("messages-file-hint", &[("size", ((MAX_UPLOAD_BYTES / (1024 * 1024)) as i64).into())])}
                </span>
            </p>
        }
}

/// The subject field of a first message.
#[component]
fn SubjectField(form: &'static str, typed: Typed) -> impl IntoView {
    let id = format!("{form}-subject");
    view! {
        <p>
            <label for=id.clone()>{t("messages-subject-label")}</label>
            <input id=id name="subject" required maxlength=MAX_SUBJECT_CHARS.to_string()
                aria-invalid=typed.invalid(form, "subject")
                aria-describedby=typed.described_by(form, "subject", None)
                value=typed.get(form, "subject")/>
        </p>
    }
}

#[component]
pub fn NewMessagePage() -> impl IntoView {
    let typed = Typed::sent_back();
    let load = |state: AppState, actor: Actor| async move { conversations::recipients(&state.db, &actor).await };
    let render = move |recipients: Vec<Recipient>, _: AppState| {
        let typed = typed.clone();
        let chosen = typed.get("message", "to");
        let (open, closed): (Vec<Recipient>, Vec<Recipient>) = recipients.into_iter().partition(|r| r.accepting);
        let only_one = open.len() == 1;
        let form = (!open.is_empty()).then(|| {
            let typed = typed.clone();
            view! {
                <form method="post" action="/messages/new#message-error" enctype="multipart/form-data">
                    <fieldset aria-describedby=typed.described_by("message", "to", None)>
                        <legend>{t("messages-to-legend")}</legend>
                        {open
                            .into_iter()
                            .enumerate()
                            .map(|(i, r)| {
                                let value = r.to.to_param();
                                let id = format!("message-to-{i}");
                                let checked = value == chosen || only_one;
                                let detail = r.specialty.as_deref().map(|s| t(&format!("specialty-{s}")))
                                    .unwrap_or_else(|| t("messages-practice"));
                                view! {
                                    <p class="choice">
                                        <input id=id.clone() type="radio" name="to" value=value required checked=checked/>
                                        " "
                                        <label for=id>{r.name} <span class="meta">" · " {detail}</span></label>
                                    </p>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <SubjectField form="message" typed=typed.clone()/>
                    <MessageFields form="message" typed=typed.clone() emergency=true/>
                    <p><button type="submit" class="button primary">{t("messages-send-button")}</button></p>
                </form>
            }
        });
        view! {
            <PageTitle id="messages-new-title"/>
            <p class="breadcrumb"><a href="/messages">{t("messages-back")}</a></p>
            <h1>{t("messages-new-title")}</h1>
            {not_for_emergencies()}
            {typed.error_for("message")}
            {form.map(IntoAny::into_any).unwrap_or_else(|| view! {
                <p>{t("messages-no-recipient")}</p>
                <p><a href="/sharing">{t("messages-no-recipient-sharing")}</a></p>
            }.into_any())}
            {(!closed.is_empty()).then(|| view! {
                <h2>{t("messages-closed-title")}</h2>
                <ul>
                    {closed.into_iter().map(|r| view! { <li>{r.name}</li> }).collect_view()}
                </ul>
                <p class="hint">{t("messages-closed-hint")}</p>
            })}
        }
    };
    record_page(load, render)
}

#[component]
pub fn PatientMessagesPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let pid = use_params_map().with_untracked(|p| p.get("pid")).unwrap_or_default();
    let patient = pid.clone();
    let load = move |state: AppState, actor: Actor| async move {
        let filter = Filter::default();
        let listing = conversations::of_record(&state.db, &actor, Subject::Patient(&patient), &filter).await?;
        let mut access = carnet_core::access::open_read(
            &state.db,
            &actor,
            Subject::Patient(&patient),
            carnet_core::policy::ReadAction::Identity,
        )
        .await?;
        let name = carnet_core::record::patients::profile(&mut access).await?.full_name();
        access.commit().await?;
        Ok((listing, name))
    };
    let render = move |(listing, name): (Listing, String), state: AppState| {
        let typed = typed.clone();
        let title = t_args("messages-patient-title", &[("name", name.clone().into())]);
        view! {
            <TextTitle text=title.clone()/>
            <p class="breadcrumb"><a href=format!("/patients/{pid}")>{t_args("record-of", &[("name", name.into())])}</a></p>
            <h1>{title}</h1>
            {conversation_list(listing.conversations, Side::Care, &state.zone)}
            <section aria-labelledby="messages-write-title">
                <h2 id="messages-write-title">{t("messages-write-title")}</h2>
                {typed.error_for("message")}
                <form method="post" action=format!("/messages/with/{pid}#message-error") enctype="multipart/form-data">
                    <SubjectField form="message" typed=typed.clone()/>
                    <MessageFields form="message" typed=typed.clone()/>
                    <p><button type="submit" class="button primary">{t("messages-send-button")}</button></p>
                </form>
            </section>
        }
    };
    record_page(load, render)
}

#[component]
pub fn ConversationPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let id = use_params_map().with_untracked(|p| p.get("id")).unwrap_or_default();
    let before = use_query_map().with_untracked(|q| q.get("before")).as_deref().and_then(Cursor::parse);
    let conversation = id.clone();
    let viewer = request_context().viewer.map(|v| v.account.id).unwrap_or_default();
    let load = move |state: AppState, actor: Actor| async move {
        conversations::thread(&state.db, &actor, &conversation, before.as_ref()).await
    };
    let render = move |thread: Thread, state: AppState| {
        let typed = typed.clone();
        let Thread { conversation, side, messages, older } = thread;
        let zone = state.zone.clone();
        let base = format!("/messages/{}", conversation.id);
        let with = match side {
            Side::Patient => t_args("messages-with", &[("name", conversation.with_name.clone().into())]),
            Side::Care => t_args("messages-about", &[("name", conversation.patient_name.clone().into())]),
        };
        let archived = conversation.archived;
        let archive_value = if archived { "0" } else { "1" };
        let last = messages.len().saturating_sub(1);
        view! {
            <TextTitle text=conversation.subject.clone()/>
            <p class="breadcrumb"><a href="/messages">{t("messages-back")}</a></p>
            <h1 dir="auto">{conversation.subject.clone()}</h1>
            {notice()}
            <p class="lead">
                {match side {
                    Side::Care => view! { <a href=format!("/patients/{}", conversation.patient_id)>{with}</a> }.into_any(),
                    Side::Patient => with.into_any(),
                }}
            </p>
            {older.map(|cursor| view! {
                <p class="pager">
                    <a href=format!("{base}?before={}", cursor.to_param()) rel="prev">{t("messages-older")}</a>
                </p>
            })}
            <ol class="thread">
                {messages
                    .into_iter()
                    .enumerate()
                    .map(|(i, m)| message_view(m, side, &viewer, &base, &zone, i == last))
                    .collect_view()}
            </ol>
            <section aria-labelledby="messages-reply-title">
                <h2 id="messages-reply-title">{t("messages-reply-title")}</h2>
                {(side == Side::Patient).then(not_for_emergencies)}
                {typed.error_for("reply")}
                <form method="post" action=format!("{base}#reply-error") enctype="multipart/form-data">
                    <MessageFields form="reply" typed=typed.clone() emergency=side == Side::Patient/>
                    <p><button type="submit" class="button primary">{t("messages-send-button")}</button></p>
                </form>
            </section>
            <form method="post" action=format!("/messages/archive/{}", conversation.id) class="inline">
                <input type="hidden" name="archived" value=archive_value/>
                <button type="submit" class="button">
                    {t(if archived { "messages-unarchive-button" } else { "messages-archive-button" })}
                </button>
            </form>
        }
    };
    record_page(load, render)
}

/// "Publish in the record as …": the kind of document, and the button (the file's name for
/// screen readers).
fn publish_form(href: &str, file_id: &str, file_name: &str) -> impl IntoView {
    use carnet_core::record::documents::Kind;
    let select = format!("publish-kind-{file_id}");
    view! {
        <form method="post" action=format!("{href}/publish") class="publish">
            <label for=select.clone()>{t("messages-file-publish-as")}</label>
            " "
            <select id=select name="kind">
                {[Kind::Report, Kind::Prescription, Kind::Letter, Kind::Other].into_iter().map(|kind| view! {
                    <option value=kind.as_str()>{t(kind.message_id())}</option>
                }).collect_view()}
            </select>
            " "
            <button type="submit" class="button">
                {t("messages-file-publish")}
                " "<span class="visually-hidden">{file_name.to_string()}</span>
            </button>
        </form>
    }
}

/// One message of a thread: who wrote it (for whom), when, its text and files (the patient's side
/// keeps what the care side sent in their documents; the professional who sent a file publishes
/// it into the record), and — on the patient's side, for their own messages — whether the care
/// side read it. `viewer`: the reader's account.
fn message_view(
    m: Message,
    side: Side,
    viewer: &str,
    base: &str,
    zone: &carnet_core::i18n::Zone,
    latest: bool,
) -> impl IntoView {
    let author = match (&m.for_patient, m.automatic) {
        (_, true) => t_args("messages-automatic", &[("name", m.author_name.clone().into())]),
        (Some(patient), false) => {
            t_args("messages-for", &[("name", m.author_name.clone().into()), ("patient", patient.clone().into())])
        }
        (None, false) => m.author_name.clone(),
    };
    let mine = m.side == side;
    let read = match (mine, m.side, m.read_at) {
        (true, Side::Patient, Some(at)) => Some(t_args("messages-read-on", &[("date", datetime(at, zone).into())])),
        (true, Side::Patient, None) => Some(t("messages-not-read")),
        _ => None,
    };
    let files = m.attachments;
    // The patient's side keeps what the care side sent (their own files they have already).
    let may_save = side == Side::Patient && !mine;
    // Who sent a file on the care side publishes it into the record as their own document.
    let may_publish = side == Side::Care && m.author_id == viewer && !m.automatic;
    let class = if mine { "message mine" } else { "message theirs" };
    view! {
        <li class=class id=latest.then_some("latest")>
            <p class="meta"><strong>{author}</strong> " · " <time datetime=iso(m.sent_at)>{datetime(m.sent_at, zone)}</time></p>
            <p class="message-body" dir="auto">{body_view(&m.body)}</p>
            {(!files.is_empty()).then(|| view! {
                <ul class="attachments">
                    {files.into_iter().map(|f| {
                        let href = format!("{base}/files/{}", f.id);
                        let saved = f.document_id.clone();
                        view! {
                            <li>
                                <a href=href.clone() download>{f.file_name.clone()}</a>
                                " "
                                <span class="meta">{t_args("messages-file-size", &[("size", (f.size.max(1024) / 1024).into())])}</span>
                                {match (saved, may_save) {
                                    (Some(document), _) if side == Side::Patient => Some(view! {
                                        " · " <a href=format!("/documents/{document}")>{t("messages-file-saved")}</a>
                                    }.into_any()),
                                    (Some(_), _) => Some(view! { " · " <span class="meta">{t("messages-file-in-record")}</span> }.into_any()),
                                    (None, _) if may_publish => Some(publish_form(&href, &f.id, &f.file_name).into_any()),
                                    (None, true) => Some(view! {
                                        " · "
                                        <form method="post" action=format!("{href}/save") class="inline">
                                            <button type="submit" class="link-button">
                                                {t("messages-file-save")}
                                                " "<span class="visually-hidden">{f.file_name.clone()}</span>
                                            </button>
                                        </form>
                                    }.into_any()),
                                    (None, false) => None,
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {read.map(|text| view! { <p class="meta read">{text}</p> })}
        </li>
    }
}

#[component]
pub fn MessageSettingsPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let professional = request_context().may(AccountAction::ListPatients);
    let load = |state: AppState, actor: Actor| async move { settings::of(&state.db, &actor).await };
    let render = move |current: Settings, _: AppState| {
        let typed = typed.clone();
        let sent = typed.problem("settings").is_some();
        let reply = match sent {
            true => typed.get_long("settings", "absence_reply", MAX_ABSENCE_REPLY_CHARS),
            false => current.absence_reply.clone().unwrap_or_default(),
        };
        let notices = if sent { !typed.get("settings", "notices").is_empty() } else { current.notices };
        let accepts = if sent { !typed.get("settings", "accepts").is_empty() } else { current.accepts_patients };
        view! {
                    <PageTitle id="messages-settings-title"/>
                    <p class="breadcrumb"><a href="/messages">{t("messages-back")}</a></p>
                    <h1>{t("messages-settings-title")}</h1>
                    {notice()}
                    {typed.error_for("settings")}
                    <form method="post" action="/messages/settings#settings-error">
                        <p class="choice">
                            <input id="settings-notices" type="checkbox" name="notices" value="on" checked=notices/>
                            " "
                            <label for="settings-notices">{t("messages-settings-notices")}</label>
                        </p>
                        {professional.then(|| view! {
                            <p class="choice">
                                <input id="settings-accepts" type="checkbox" name="accepts" value="on" checked=accepts/>
                                " "
                                <label for="settings-accepts">{t("messages-settings-accepts")}</label>
                            </p>
                            <p>
                                <label for="settings-reply">{t("messages-settings-reply-label")}</label>
                                <textarea id="settings-reply" name="absence_reply" rows="4"
                                    maxlength=MAX_ABSENCE_REPLY_CHARS.to_string()
                                    aria-invalid=typed.invalid("settings", "absence_reply")
                                    aria-describedby=typed.described_by("settings", "absence_reply", Some("settings-reply-hint"))
        >{textarea_text(&reply)}</textarea>
                                <span class="hint" id="settings-reply-hint">{t("messages-settings-reply-hint")}</span>
                            </p>
                        })}
                        <p><button type="submit" class="button primary">{t("messages-settings-button")}</button></p>
                    </form>
                }
    };
    record_page(load, render)
}
