//! "Who saw my record": every access to and change of the patient's record by anyone else, each
//! told as a sentence — who, in which capacity, did or tried what, when, and what happened
//! (allowed or refused and why, the answer to a request, an emergency's reason) — filtered by
//! dates and person, a page at a time, and downloadable as CSV (`/history.csv` with the same
//! filter).

pub mod actions;

use carnet_core::access;
use carnet_core::audit::history::{self, Event, Filter, HistoryPage as Page, Person};
use carnet_core::policy::{ReadAction, Subject};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{next_page_link, query_string, record_page, PageTitle};
use crate::context::AppState;
use crate::i18n::{datetime, locale, t, t_args};

/// The filter as typed in the query (`from`, `to`: dates; `who`: an actor id; `before`: where
/// the page starts).
#[derive(Clone, Default)]
struct Typed {
    from: String,
    to: String,
    who: String,
}

impl Typed {
    /// The filter in instants of the clinic's zone; `None` if a date is not one.
    pub fn filter(&self, zone: &jiff::tz::TimeZone) -> Option<Filter> {
        Filter::from_typed(&self.from, &self.to, &self.who, zone)
    }

    /// The filter as query parameters.
    fn params(&self) -> [(&'static str, String); 3] {
        [("from", self.from.clone()), ("to", self.to.clone()), ("who", self.who.clone())]
    }
}

fn typed_from(get: impl Fn(&str) -> Option<String>) -> Typed {
    let get = |k: &str| get(k).unwrap_or_default().chars().take(64).collect::<String>();
    Typed { from: get("from"), to: get("to"), who: get("who") }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let (typed, before) = use_query_map()
        .with_untracked(|q| (typed_from(|k| q.get(k)), q.get("before").and_then(|b| b.parse::<i64>().ok())));
    let load = {
        let typed = typed.clone();
        move |state: AppState, actor| async move {
            let filter = typed.filter(&state.zone);
            let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::History).await?;
            let people = history::people(&mut access).await?;
            let page = match &filter {
                Some(filter) => Some(history::page(&mut access, filter, before).await?),
                None => None,
            };
            access.commit().await?;
            Ok((people, page))
        }
    };
    let render = move |(people, page): (Vec<Person>, Option<Page>), state: AppState| {
        let zone = state.zone.clone();
        let query = query_string(&typed.params());
        let csv = if query.is_empty() { "/history.csv".to_string() } else { format!("/history.csv?{query}") };
        view! {
            <PageTitle id="history-title"/>
            <h1>{t("history-title")}</h1>
            <p class="lead">{t("history-intro")}</p>
            <form class="filters" method="get" action="/history" role="search">
                <p>
                    <label for="history-from">{t("history-from-label")}</label>
                    <input id="history-from" name="from" type="date" value=typed.from.clone()/>
                </p>
                <p>
                    <label for="history-to">{t("history-to-label")}</label>
                    <input id="history-to" name="to" type="date" value=typed.to.clone()/>
                </p>
                <p>
                    <label for="history-who">{t("history-who-label")}</label>
                    <select id="history-who" name="who">
                        <option value="">{t("history-who-anyone")}</option>
                        {people.iter().map(|p| view! {
                            <option value=p.actor_id.clone() selected=typed.who == p.actor_id>
                                {history::actor_label(&p.actor_kind, &p.name, locale())}
                            </option>
                        }).collect_view()}
                    </select>
                </p>
                <p><button type="submit" class="button">{t("history-filter")}</button></p>
            </form>
            <p><a class="button" href=csv download="">{t("history-csv")}</a></p>
            {match page {
                None => view! { <p class="notice error" role="alert">{t("error-date-invalid")}</p> }.into_any(),
                Some(page) if page.events.is_empty() => view! { <p>{t("history-empty")}</p> }.into_any(),
                Some(page) => {
                    view! {
                        <ol class="cards history" aria-label=t("history-table-caption")>
                            {page.events.iter().map(|e| event_item(e, &zone)).collect_view()}
                        </ol>
                        {next_page_link("/history", &typed.params(), page.next.map(|seq| seq.to_string()))}
                    }
                        .into_any()
                }
            }}
        }
    };
    record_page(load, render)
}

/// One event, as a sentence: who did or tried what, then what happened.
fn event_item(e: &Event, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let told = history::tell(e, locale());
    let class = if e.is_emergency() { "card emergency" } else { "card" };
    // Each event keeps its place in the log as an anchor (`#event-<seq>`): a line can be
    // pointed at, and the pages' order checked against the log's.
    view! {
        <li class=class id=format!("event-{}", e.seq)>
            <p class="meta">
                {datetime(e.at, zone)}
                {e.is_emergency().then(|| view! { " " <span class="badge flag-out">{t("history-emergency")}</span> })}
            </p>
            <p>{told.what}</p>
            {(!e.target_label.is_empty()).then(|| view! {
                <p class="meta">{t_args("history-about", &[("about", e.target_label.clone().into())])}</p>
            })}
            {e.emergency_reason.clone().map(|r| view! {
                <p class="meta">{t_args("history-emergency-reason", &[("reason", r.into())])}</p>
            })}
            <p><strong>{told.outcome}</strong></p>
        </li>
    }
}
