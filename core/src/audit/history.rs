//! "Who saw my record": the record's slice of the audit log — every access and change by anyone
//! but the patient, allowed or refused — newest first, filtered by dates and person, one page
//! at a time (keyset on the sequence number, index `audit_log_patient`), or whole as CSV.
//!
//! Reading it is itself a decision of the policy ([`ReadAction::History`], the patient only).
//!
//! [`ReadAction::History`]: crate::policy::ReadAction::History

use crate::db::Backend;
use crate::i18n::{Locale, Zone};
use crate::policy::{Access, Read};
use crate::text::csv_line;
use crate::Result;

/// Events per page.
pub const PAGE_SIZE: i64 = 50;

/// Rows read per query when writing the CSV.
const CSV_BATCH: i64 = 1_000;

/// One access or change, as the patient sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub seq: i64,
    pub at: i64,
    /// 'account', 'organisation' or 'operator'.
    pub actor_kind: String,
    pub actor_id: String,
    /// The person's or organisation's name ('' for the operator).
    pub actor_name: String,
    /// The role acted under ('professional', 'organisation', …).
    pub role: String,
    /// What was done ('read.results', 'access.emergency', …).
    pub action: String,
    /// What it was about: a document's title or a test's name, when it names one.
    pub target_label: String,
    pub allowed: bool,
    /// Why it was allowed or refused ('consent', 'emergency', 'blocked', …).
    pub reason: String,
    /// The reason the professional gave, for the opening of an emergency access.
    pub emergency_reason: Option<String>,
    /// What the actor acted through, when it was for the patient (`delegation:<id>`).
    pub on_behalf_of: Option<String>,
}

impl Event {
    /// Under an emergency access (its opening, or a read it allowed).
    pub fn is_emergency(&self) -> bool {
        self.reason == "emergency" || self.action == "access.emergency"
    }
}

/// Which events to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// From this instant (ms, inclusive).
    pub from: Option<i64>,
    /// Until this instant (ms, exclusive).
    pub until: Option<i64>,
    /// Only this actor's events.
    pub actor_id: Option<String>,
}

impl Filter {
    /// The filter for dates typed as `YYYY-MM-DD` in the clinic's zone (`to` inclusive; either
    /// may be empty) and an actor id (empty: anyone). `None` if a date is not a date.
    pub fn from_typed(from: &str, to: &str, actor_id: &str, zone: &Zone) -> Option<Filter> {
        let (from, until) = crate::clock::day_range(from, to, zone)?;
        let actor_id = Some(actor_id.trim().to_string()).filter(|a| !a.is_empty());
        Some(Filter { from, until, actor_id })
    }
}

/// A page of events and where the next one starts (the last sequence number shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryPage {
    pub events: Vec<Event>,
    pub next: Option<i64>,
}

/// Someone who appears in the record's history (for the person filter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub actor_kind: String,
    pub actor_id: String,
    pub name: String,
}

type EventRow =
    (i64, i64, String, String, String, String, String, String, String, String, Option<String>, Option<String>);

/// Events strictly before `before` (a sequence number), newest first.
pub async fn page(access: &mut Access<Read>, filter: &Filter, before: Option<i64>) -> Result<HistoryPage> {
    let mut events = events(access, filter, before, PAGE_SIZE + 1).await?;
    let next = if events.len() as i64 > PAGE_SIZE {
        events.truncate(PAGE_SIZE as usize);
        events.last().map(|e| e.seq)
    } else {
        None
    };
    Ok(HistoryPage { events, next })
}

async fn events(access: &mut Access<Read>, filter: &Filter, before: Option<i64>, limit: i64) -> Result<Vec<Event>> {
    let owner = owner_account(access).await?;
    let (tx, grant) = access.parts();
    // Newest first through an index, so that a long history costs what one page costs: without a
    // person, the partial index of others' rows (patient, seq) WHERE reason <> 'owner'; with
    // one, (patient, actor, seq). How to say it differs by database. SQLite seeks the index from
    // `patient_id = ? AND seq < ?`. PostgreSQL, told `patient_id = $1 ORDER BY seq`, may walk the
    // whole log backwards by seq instead, betting the patient's rows are spread evenly (540 ms
    // for a heavy patient in a log of a million rows); row-value bounds in index order leave it
    // the index as the only ordered path, and it seeks from them. Names and labels are scalar
    // subqueries rather than joins, which keeps planning cheap.
    let with_person = filter.actor_id.is_some();
    let (range, order) = match (Backend::of_connection(tx), with_person) {
        (Backend::Sqlite, false) => ("l.patient_id = $1 AND l.seq < $3 AND $6 = ''", "l.seq DESC"),
        (Backend::Sqlite, true) => ("l.patient_id = $1 AND l.actor_id = $6 AND l.seq < $3", "l.seq DESC"),
        (Backend::Postgres, false) => (
            "(l.patient_id, l.seq) < ($1, $3) AND (l.patient_id, l.seq) > ($1, 0) AND $6 = ''",
            "l.patient_id DESC, l.seq DESC",
        ),
        (Backend::Postgres, true) => (
            "(l.patient_id, l.actor_id, l.seq) < ($1, $6, $3) AND (l.patient_id, l.actor_id, l.seq) > ($1, $6, 0)",
            "l.patient_id DESC, l.actor_id DESC, l.seq DESC",
        ),
    };
    let sql = format!(
        "SELECT l.seq, l.at, l.actor_kind, l.actor_id, \
         COALESCE((SELECT a.display_name FROM accounts a WHERE l.actor_kind = 'account' AND a.id = l.actor_id), \
                  (SELECT o.name FROM organisations o WHERE l.actor_kind = 'organisation' AND o.id = l.actor_id), ''), \
         l.actor_role, l.action, \
         COALESCE((SELECT d.title FROM documents d WHERE d.id = l.target AND d.patient_id = l.patient_id), \
                  (SELECT s.display FROM result_series s WHERE s.id = l.target AND s.patient_id = l.patient_id), ''), \
         l.decision, l.reason, \
         (SELECT e.reason FROM emergency_accesses e WHERE l.action = 'access.emergency' AND e.id = l.target), \
         l.on_behalf_of \
         FROM audit_log l \
         WHERE {range} AND l.reason <> 'owner' AND NOT (l.actor_kind = 'account' AND l.actor_id = $2) \
         AND l.at >= $4 AND l.at < $5 ORDER BY {order} LIMIT $7"
    );
    let rows: Vec<EventRow> = sqlx::query_as(&sql)
        .bind(grant.patient_id())
        .bind(owner)
        .bind(before.unwrap_or(i64::MAX))
        .bind(filter.from.unwrap_or(i64::MIN))
        .bind(filter.until.unwrap_or(i64::MAX))
        .bind(filter.actor_id.as_deref().unwrap_or(""))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Event {
            seq: r.0,
            at: r.1,
            actor_kind: r.2,
            actor_id: r.3,
            actor_name: r.4,
            role: r.5,
            action: r.6,
            target_label: r.7,
            allowed: r.8 == "allow",
            reason: r.9,
            emergency_reason: r.10,
            on_behalf_of: r.11,
        })
        .collect())
}

/// Everyone but the patient who appears in the record's history (at most 200, by name).
///
/// A loose index scan: each step of the recursion seeks the next distinct actor in the index
/// `(patient_id, actor_id, seq)`, so the cost grows with the number of people, not of rows
/// (a record with 100,000 rows and a handful of readers takes a handful of seeks).
pub async fn people(access: &mut Access<Read>) -> Result<Vec<Person>> {
    let owner = owner_account(access).await?;
    let (tx, grant) = access.parts();
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "WITH RECURSIVE actors(id, n) AS ( \
           SELECT MIN(actor_id), 1 FROM audit_log WHERE patient_id = $1 \
           UNION ALL \
           SELECT (SELECT MIN(l.actor_id) FROM audit_log l WHERE l.patient_id = $1 AND l.actor_id > actors.id), n + 1 \
           FROM actors WHERE actors.id IS NOT NULL AND n < 201) \
         SELECT k.actor_kind, k.actor_id, COALESCE(a.display_name, o.name, '') AS name FROM ( \
           SELECT (SELECT l.actor_kind FROM audit_log l WHERE l.patient_id = $1 AND l.actor_id = actors.id \
             ORDER BY l.patient_id, l.actor_id, l.seq LIMIT 1) AS actor_kind, actors.id AS actor_id \
           FROM actors WHERE actors.id IS NOT NULL AND actors.id <> $2) k \
         LEFT JOIN accounts a ON k.actor_kind = 'account' AND a.id = k.actor_id \
         LEFT JOIN organisations o ON k.actor_kind = 'organisation' AND o.id = k.actor_id \
         ORDER BY name, k.actor_id LIMIT 200",
    )
    .bind(grant.patient_id())
    .bind(owner)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(actor_kind, actor_id, name)| Person { actor_kind, actor_id, name }).collect())
}

async fn owner_account(access: &mut Access<Read>) -> Result<String> {
    let (tx, grant) = access.parts();
    let owner: Option<String> = sqlx::query_scalar("SELECT account_id FROM patients WHERE id = $1")
        .bind(grant.patient_id())
        .fetch_one(&mut **tx)
        .await?;
    Ok(owner.unwrap_or_default())
}

/// The Fluent id naming an action ("history-action-read-results").
pub fn action_message(action: &str) -> String {
    format!("history-action-{}", action.replace('.', "-"))
}

/// The Fluent id naming a reason ("history-reason-consent").
pub fn reason_message(reason: &str) -> String {
    format!("history-reason-{reason}")
}

/// The Fluent id naming a role acted under ("history-role-professional").
pub fn role_message(role: &str) -> String {
    format!("history-role-{role}")
}

/// The name shown for an actor (the operator has no name of its own).
pub fn actor_label(event_kind: &str, name: &str, locale: Locale) -> String {
    match (event_kind, name) {
        ("operator", _) => locale.t("history-actor-operator"),
        (_, "") => locale.t("history-actor-unknown"),
        (_, name) => name.to_string(),
    }
}

/// Every event the filter selects, as CSV (RFC 4180, a header line, times in the clinic's zone
/// as ISO 8601). Cells that a spreadsheet would run as a formula are defused (see
/// [`crate::text::csv_line`]).
pub async fn csv(access: &mut Access<Read>, filter: &Filter, locale: Locale, zone: &Zone) -> Result<String> {
    let header: Vec<String> = [
        "history-csv-time",
        "history-csv-who",
        "history-csv-role",
        "history-csv-action",
        "history-csv-about",
        "history-csv-decision",
        "history-csv-reason",
        "history-csv-emergency",
        "history-csv-emergency-reason",
        "history-csv-on-behalf-of",
    ]
    .iter()
    .map(|id| locale.t(id))
    .collect();
    let mut out = csv_line(&header);
    let mut before = None;
    loop {
        let batch = events(access, filter, before, CSV_BATCH).await?;
        for e in &batch {
            let time = jiff::Timestamp::from_millisecond(e.at)
                .map(|t| t.to_zoned(zone.clone()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
                .unwrap_or_default();
            let yes_no = |b: bool| locale.t(if b { "history-csv-yes" } else { "history-csv-no" });
            out.push_str(&csv_line(&[
                time,
                actor_label(&e.actor_kind, &e.actor_name, locale),
                locale.t(&role_message(&e.role)),
                locale.t(&action_message(&e.action)),
                e.target_label.clone(),
                locale.t(if e.allowed { "history-allowed" } else { "history-refused" }),
                locale.t(&reason_message(&e.reason)),
                yes_no(e.is_emergency()),
                e.emergency_reason.clone().unwrap_or_default(),
                e.on_behalf_of.clone().unwrap_or_default(),
            ]));
        }
        match batch.last() {
            Some(last) if batch.len() as i64 == CSV_BATCH => before = Some(last.seq),
            _ => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Role;
    use crate::policy::{ReadAction, WriteAction, REASONS};

    #[test]
    fn every_action_reason_and_role_has_a_message_in_every_language() {
        let mut ids: Vec<String> = ReadAction::ALL.iter().map(|a| action_message(a.as_str())).collect();
        ids.extend(WriteAction::ALL.iter().map(|a| action_message(a.as_str())));
        ids.push(action_message("auth.sign-in"));
        ids.push(action_message("delegation.accept"));
        ids.extend(crate::desk::ACTIONS.iter().map(|a| action_message(a)));
        ids.extend(crate::desk::REASONS.iter().map(|r| reason_message(r)));
        ids.extend(crate::appointments::ACTIONS.iter().map(|a| action_message(a)));
        ids.extend(crate::appointments::REASONS.iter().map(|r| reason_message(r)));
        ids.extend(
            REASONS
                .iter()
                .chain(&["passkey", "enrolment", "bad-assertion", "user-handle-mismatch", "invitation", "delegate"])
                .map(|r| reason_message(r)),
        );
        ids.extend(Role::ALL.iter().map(|r| role_message(r.as_str())));
        ids.extend(["organisation", "operator", "none", "person", "representative"].iter().map(|r| role_message(r)));
        ids.extend(
            crate::sharing::directory::SPECIALTIES.iter().map(|s| crate::sharing::directory::specialty_message(s)),
        );
        for locale in Locale::ALL {
            for id in &ids {
                assert_ne!(&locale.t(id), id, "{} lacks {id}", locale.tag());
            }
        }
    }

    #[test]
    fn typed_filters_read_dates_and_the_person() {
        let zone = crate::i18n::clinic_zone("Europe/Paris").unwrap();
        let f = Filter::from_typed("2026-03-29", "", "", &zone).unwrap();
        assert!(f.from.is_some() && f.until.is_none() && f.actor_id.is_none());
        assert_eq!(Filter::from_typed("", "", " a1 ", &zone).unwrap().actor_id.as_deref(), Some("a1"));
        assert!(Filter::from_typed("29/03/2026", "", "", &zone).is_none());
    }
}
