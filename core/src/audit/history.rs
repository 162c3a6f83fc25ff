//! "Who saw my record": the record's slice of the audit log — every access and change by anyone
//! but the patient, allowed or refused — newest first, filtered by dates and person, one page
//! at a time (keyset on the sequence number, index `audit_log_patient`), or whole as CSV; and
//! how each event is told ([`tell`]): who, in which capacity, did or tried what, and what
//! happened — for a request for access, the patient's answer.
//!
//! Reading it is itself a decision of the policy ([`ReadAction::History`], the patient only).
//!
//! [`ReadAction::History`]: crate::policy::ReadAction::History

use crate::access::Access;
use crate::db::Backend;
use crate::i18n::{Locale, Zone};
use crate::policy::{DocumentFilter, Read};
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
    /// What the actor acted through, when it was for the patient (`delegation:<id>`,
    /// `assisted:<id>`).
    pub on_behalf_of: Option<String>,
    /// For a request for access: the patient's first answer after it (`share.approve`,
    /// `share.refuse`, `share.authorize`, `share.block`), if any.
    pub request_answer: Option<String>,
    /// For a request for access: the patient's decision about the professional now
    /// (`requested`, `authorized`, …), if any.
    pub consent_now: Option<String>,
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

type EventRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The patient's decisions that answer a request for access (index `audit_log_answers`, whose
/// condition is this very list: keep them identical).
const ANSWERS: &str = "('share.approve', 'share.refuse', 'share.authorize', 'share.block')";

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
    // What the policy keeps out of this viewer's sight stays out of the history too (a document
    // hidden from legal representatives: not even its title).
    let representative = matches!(grant.document_filter(), DocumentFilter::Representative);
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
         COALESCE((SELECT d.title FROM documents d WHERE d.id = l.target AND d.patient_id = l.patient_id \
                   AND NOT ($8 = 1 AND EXISTS (SELECT 1 FROM document_visibility v WHERE v.document_id = d.id \
                   AND v.hidden_from_representatives = 1))), \
                  (SELECT s.display FROM result_series s WHERE s.id = l.target AND s.patient_id = l.patient_id), \
                  (SELECT a.display_name FROM accounts a WHERE l.action LIKE 'share.%' AND a.id = l.target), \
                  (SELECT r.name FROM representative_appointments r \
                   WHERE l.action LIKE 'desk.representative-%' AND r.id = l.target), ''), \
         l.decision, l.reason, \
         (SELECT e.reason FROM emergency_accesses e WHERE l.action = 'access.emergency' AND e.id = l.target), \
         l.on_behalf_of, \
         CASE WHEN l.action = 'access.request' AND l.decision = 'allow' THEN \
           (SELECT o.action FROM audit_log o WHERE o.patient_id = l.patient_id AND o.target = l.actor_id \
            AND o.action IN {ANSWERS} AND o.seq > l.seq AND o.decision = 'allow' ORDER BY o.seq LIMIT 1) END, \
         CASE WHEN l.action = 'access.request' THEN \
           (SELECT c.status FROM consents c WHERE c.patient_id = l.patient_id AND c.professional_id = l.actor_id) END \
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
        .bind(i64::from(representative))
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
            request_answer: r.12,
            consent_now: r.13,
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

/// The Fluent id telling an action done ("history-action-read-results": "read your results").
pub fn action_message(action: &str) -> String {
    format!("history-action-{}", action.replace('.', "-"))
}

/// The Fluent id telling an action tried and refused ("history-tried-read-results": "tried to
/// read your results").
pub fn tried_message(action: &str) -> String {
    format!("history-tried-{}", action.replace('.', "-"))
}

/// The Fluent id of why a decision went the way it did ("history-reason-consent"). Two reasons
/// read differently by role: a document hidden from a legal representative (not from
/// professionals), and what an assisted session (not a delegation) does not cover.
pub fn reason_message(reason: &str, role: &str) -> String {
    match (reason, role) {
        ("hidden-document", "representative") => "history-reason-hidden-document-representative".into(),
        ("out-of-scope", "staff") => "history-reason-out-of-scope-staff".into(),
        _ => format!("history-reason-{reason}"),
    }
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

/// An event as the patient reads it: one sentence saying who, in which capacity, did or tried
/// what ("Dr Karim Benali (health professional) tried to download a complete copy of your
/// record"), and one saying what happened ("Refused: you blocked this professional").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Told {
    pub what: String,
    pub outcome: String,
}

/// Tells an event in `locale`. Every action and reason Carnet logs has its words; one it does
/// not know (a newer version's, read by an older one) is told in general terms, never by its id.
pub fn tell(e: &Event, locale: Locale) -> Told {
    let (action_id, fallback) = if e.allowed {
        (action_message(&e.action), "history-action-unknown")
    } else {
        (tried_message(&e.action), "history-tried-unknown")
    };
    let action = message_or(locale, &action_id, fallback);
    let what = locale.t_args("history-event", &[("who", who(e, locale).into()), ("action", action.into())]);
    Told { what, outcome: outcome(e, locale) }
}

/// Who acted, and in which capacity: a professional, someone at the desk at the patient's side,
/// someone acting for the patient, an organisation's software, Carnet's technical team.
fn who(e: &Event, locale: Locale) -> String {
    if e.actor_kind == "operator" {
        return locale.t("history-by-operator");
    }
    let name = actor_label(&e.actor_kind, &e.actor_name, locale);
    let through = e.on_behalf_of.as_deref().and_then(|o| o.split_once(':')).map(|(kind, _)| kind);
    // Desk and delegation steps name the session or delegation themselves: not "for you".
    let about_itself = e.action.starts_with("desk.") || e.action.starts_with("delegation.");
    let id = match (e.role.as_str(), through) {
        ("staff", Some("assisted")) if !about_itself => "history-by-assisting",
        ("caregiver", Some("delegation")) if !about_itself => "history-by-caregiver",
        ("representative", _) if !about_itself => "history-by-representative",
        ("professional", _) => "history-by-professional",
        ("staff", _) => "history-by-staff",
        ("caregiver", _) => "history-by-caregiver-role",
        ("representative", _) => "history-by-representative-role",
        ("organisation", _) => "history-by-organisation",
        ("patient", _) => "history-by-patient",
        ("admin", _) => "history-by-admin",
        _ => "history-by-person",
    };
    locale.t_args(id, &[("name", name.into())])
}

/// What happened: allowed or refused and why; for a request for access, the patient's answer.
fn outcome(e: &Event, locale: Locale) -> String {
    if e.action == "access.request" && e.allowed {
        let id = match (e.request_answer.as_deref(), e.consent_now.as_deref()) {
            (Some("share.approve" | "share.authorize"), _) => "history-request-accepted",
            (Some("share.refuse"), _) => "history-request-refused",
            (Some(_), _) => "history-request-blocked",
            (None, Some("requested")) => "history-request-waiting",
            (None, _) => "history-request-unanswered",
        };
        return locale.t(id);
    }
    let why = message_or(locale, &reason_message(&e.reason, &e.role), "history-reason-unknown");
    let id = if e.allowed { "history-outcome-allowed" } else { "history-outcome-refused" };
    locale.t_args(id, &[("why", why.into())])
}

/// The message `id`, or `fallback` when no language has it.
fn message_or(locale: Locale, id: &str, fallback: &str) -> String {
    locale.try_t(id).unwrap_or_else(|| locale.t(fallback))
}

/// Every event the filter selects, as CSV (RFC 4180, a header line, times in the clinic's zone
/// as ISO 8601), each told as on the page. Cells that a spreadsheet would run as a formula are
/// defused (see [`crate::text::csv_line`]).
pub async fn csv(access: &mut Access<Read>, filter: &Filter, locale: Locale, zone: &Zone) -> Result<String> {
    let header: Vec<String> = [
        "history-csv-time",
        "history-csv-who",
        "history-csv-role",
        "history-csv-action",
        "history-csv-about",
        "history-csv-decision",
        "history-csv-emergency",
        "history-csv-emergency-reason",
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
            let told = tell(e, locale);
            out.push_str(&csv_line(&[
                time,
                actor_label(&e.actor_kind, &e.actor_name, locale),
                message_or(locale, &role_message(&e.role), "history-role-none"),
                told.what,
                e.target_label.clone(),
                told.outcome,
                yes_no(e.is_emergency()),
                e.emergency_reason.clone().unwrap_or_default(),
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
    use crate::policy::{ReadAction, WriteAction};

    /// Every action the audit log can hold about a record.
    fn actions() -> Vec<String> {
        let mut actions: Vec<String> = ReadAction::ALL.iter().map(|a| a.as_str().to_string()).collect();
        actions.extend(WriteAction::ALL.iter().map(|a| a.as_str().to_string()));
        actions.extend(["auth.sign-in", "delegation.accept"].map(String::from));
        actions.extend(crate::desk::ACTIONS.iter().map(|a| a.to_string()));
        actions.extend(crate::appointments::ACTIONS.iter().map(|a| a.to_string()));
        actions.sort();
        actions.dedup();
        actions
    }

    /// Every reason a decision can be logged with: the policy's, the desk's, the agenda's, the
    /// sign-in's and the delegations' own steps.
    fn reasons() -> Vec<&'static str> {
        let mut reasons: Vec<&'static str> = crate::policy::reasons().collect();
        reasons.extend(crate::desk::REASONS);
        reasons.extend(crate::appointments::REASONS);
        reasons.extend(["passkey", "enrolment", "bad-assertion", "user-handle-mismatch", "invitation", "delegate"]);
        reasons.sort();
        reasons.dedup();
        reasons
    }

    /// Every role an event can be logged under.
    fn roles() -> Vec<&'static str> {
        let mut roles: Vec<&'static str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        roles.extend(["organisation", "operator", "none", "person", "representative"]);
        roles
    }

    fn event(action: &str, allowed: bool, reason: &str, role: &str) -> Event {
        Event {
            seq: 1,
            at: 0,
            actor_kind: if role == "operator" { "operator" } else { "account" }.into(),
            actor_id: "a1".into(),
            actor_name: "Karim Benali".into(),
            role: role.into(),
            action: action.into(),
            target_label: String::new(),
            allowed,
            reason: reason.into(),
            emergency_reason: None,
            on_behalf_of: None,
            request_answer: None,
            consent_now: None,
        }
    }

    /// Nothing of what the log stores shows through: no message id, no action or reason id, no
    /// internal name.
    fn assert_plain(text: &str, locale: Locale, context: &str) {
        assert!(!text.trim().is_empty(), "{}: {context} tells nothing", locale.tag());
        assert!(
            !text.contains("history-") && !text.contains("localization key"),
            "{}: {context}: {text}",
            locale.tag()
        );
        for action in actions() {
            assert!(!text.contains(&action), "{}: {context} shows the id {action}: {text}", locale.tag());
        }
        for reason in reasons().into_iter().filter(|r| r.contains('-')) {
            assert!(!text.contains(reason), "{}: {context} shows the id {reason}: {text}", locale.tag());
        }
        for raw in ["delegation:", "assisted:", "exploitant", "Exploitant"] {
            assert!(!text.contains(raw), "{}: {context} shows {raw}: {text}", locale.tag());
        }
    }

    #[test]
    fn every_action_outcome_and_reason_is_told_in_every_language() {
        let (actions, reasons) = (actions(), reasons());
        assert!(actions.len() >= 42 && reasons.len() >= 29, "{} actions, {} reasons", actions.len(), reasons.len());
        for locale in Locale::ALL {
            for action in &actions {
                // Each action has its own words, done and tried (not the general fallback).
                for id in [action_message(action), tried_message(action)] {
                    assert!(locale.try_t(&id).is_some(), "{}: no message {id}", locale.tag());
                }
                for allowed in [true, false] {
                    for reason in &reasons {
                        let told = tell(&event(action, allowed, reason, "professional"), locale);
                        let context = format!("{action} {} {reason}", if allowed { "allowed" } else { "refused" });
                        assert_plain(&told.what, locale, &context);
                        assert_plain(&told.outcome, locale, &context);
                    }
                }
            }
            for reason in &reasons {
                for role in roles() {
                    let id = reason_message(reason, role);
                    assert!(locale.try_t(&id).is_some(), "{}: no message {id}", locale.tag());
                }
            }
        }
    }

    #[test]
    fn every_capacity_is_told_in_every_language() {
        for locale in Locale::ALL {
            for role in roles() {
                for through in [None, Some("delegation:d1"), Some("assisted:s1")] {
                    for action in ["read.results", "desk.assist-start", "delegation.accept"] {
                        let e =
                            Event { on_behalf_of: through.map(String::from), ..event(action, true, "assisted", role) };
                        let told = tell(&e, locale);
                        assert_plain(&told.what, locale, &format!("{role} {through:?} {action}"));
                        assert!(
                            role == "operator" || told.what.contains("Karim Benali"),
                            "{}: the name is missing: {}",
                            locale.tag(),
                            told.what
                        );
                    }
                }
                assert!(locale.try_t(&role_message(role)).is_some(), "{}: no name for {role}", locale.tag());
            }
            for specialty in crate::sharing::directory::SPECIALTIES {
                let id = crate::sharing::directory::specialty_message(specialty);
                assert!(locale.try_t(&id).is_some(), "{}: no message {id}", locale.tag());
            }
        }
    }

    #[test]
    fn lines_say_who_tried_what_and_what_happened() {
        let fr = Locale::Fr;
        let refused = event("read.export", false, "blocked", "professional");
        let told = tell(&refused, fr);
        assert!(told.what.contains("Karim Benali") && told.what.contains("a tenté de télécharger"), "{}", told.what);
        assert!(told.outcome.starts_with("Refusé") && told.outcome.contains("bloqué"), "{}", told.outcome);
        let done = tell(&event("read.export", true, "representative", "representative"), fr);
        assert!(done.what.contains("a téléchargé") && !done.what.contains("tenté"), "{}", done.what);

        // At the desk, a refusal says the session does not allow it, not a delegation.
        let assisted = Event {
            on_behalf_of: Some("assisted:s1".into()),
            ..event("share.authorize", false, "out-of-scope", "staff")
        };
        let told = tell(&assisted, fr);
        assert!(told.what.contains("en vous accompagnant") && told.what.contains("a tenté"), "{}", told.what);
        assert!(
            told.outcome.contains("session accompagnée") && !told.outcome.contains("délégation"),
            "{}",
            told.outcome
        );
        let delegated = Event {
            on_behalf_of: Some("delegation:d1".into()),
            ..event("write.upload", false, "out-of-scope", "caregiver")
        };
        assert!(tell(&delegated, fr).outcome.contains("délégation"));

        // A request for access is told with the patient's answer, never as access granted.
        let asked = |answer: Option<&str>, now: Option<&str>| {
            let e = Event {
                request_answer: answer.map(String::from),
                consent_now: now.map(String::from),
                ..event("access.request", true, "professional", "professional")
            };
            tell(&e, fr).outcome
        };
        assert_eq!(asked(None, Some("requested")), "En attente de votre réponse");
        assert_eq!(asked(Some("share.approve"), Some("authorized")), "Vous avez accepté");
        assert_eq!(asked(Some("share.refuse"), None), "Vous avez refusé");
        assert_eq!(asked(Some("share.block"), Some("blocked")), "Vous avez bloqué ce professionnel");
        assert!(!asked(None, Some("authorized")).contains("Autoris"));
        let blocked = tell(&event("access.request", false, "blocked", "professional"), fr);
        assert!(blocked.what.contains("a tenté") && blocked.outcome.starts_with("Refusé"), "{blocked:?}");

        // The operator is named as what it is, with what it did.
        let import = Event { actor_kind: "operator".into(), ..event("write.import", true, "operator", "operator") };
        let told = tell(&import, fr);
        assert!(told.what.starts_with("L'équipe technique") && told.what.contains("importé"), "{}", told.what);

        // An action or reason from a newer version is told in general terms.
        let unknown = tell(&event("read.hologram", false, "moon-phase", "professional"), fr);
        assert_plain(&unknown.what, fr, "unknown");
        assert_plain(&unknown.outcome, fr, "unknown");
        assert!(!unknown.what.contains("hologram") && !unknown.outcome.contains("moon"));
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
