//! The one door to health data. Every read or write of a patient's record starts here:
//! [`open_read`] / [`open_write`] decide whether the actor may do the action on that record,
//! append the decision (allowed or denied) to the audit log, and hand back an [`Access`] that
//! holds the transaction and the [`Grant`]. Record functions (`crate::record`) take the access,
//! and read only the granted patient's rows; without one there is no way to reach them.
//!
//! A denial is committed to the audit log and returned as [`Error::NotFound`], the same answer
//! as for something that does not exist, so ids leak nothing.
//!
//! The rules (delegations come with issue 5):
//!
//! | action | allowed for |
//! |---|---|
//! | read anything in a record | the patient whose account the record is linked to |
//! | read a record | a professional the patient authorized and did not block; or one with an emergency access still running, unless blocked |
//! | read a document hidden from professionals | the patient, and the professional who wrote it |
//! | read "who saw my record", change sharing | the patient only |
//! | publish results, reports, vaccinations | professionals; organisations through an API token |
//! | upload a document | the patient, into their own record |
//! | ask for access, open an emergency access | professionals the patient has not blocked |
//! | import | the operator (the `carnet` command line) |
//!
//! Consent is read from the database on every decision, so a change takes effect on the
//! professional's very next request. The first read by each professional, and every emergency
//! access, is e-mailed to the patient (in the transaction of the read or of the access).

use std::marker::PhantomData;

use sqlx::{Any, Transaction};

use crate::accounts::{Account, Role};
use crate::audit::chain as audit;
use crate::clock::now_ms;
use crate::db::Db;
use crate::{Error, Result};

/// Who is asking. The actor is always the one acting; "on behalf of" is a separate fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in person.
    Person { account_id: String, roles: Vec<Role> },
    /// Software of an organisation, authenticated by an API token.
    Organisation { id: String },
    /// Whoever runs the `carnet` command line on the server (an operator).
    Operator,
}

impl Actor {
    pub fn person(account: &Account) -> Actor {
        Actor::Person { account_id: account.id.clone(), roles: account.roles.clone() }
    }

    fn kind(&self) -> &'static str {
        match self {
            Actor::Person { .. } => "account",
            Actor::Organisation { .. } => "organisation",
            Actor::Operator => "operator",
        }
    }

    fn id(&self) -> &str {
        match self {
            Actor::Person { account_id, .. } => account_id,
            Actor::Organisation { id } => id,
            Actor::Operator => "cli",
        }
    }

    fn has_role(&self, role: Role) -> bool {
        matches!(self, Actor::Person { roles, .. } if roles.contains(&role))
    }

    fn account_id(&self) -> Option<&str> {
        match self {
            Actor::Person { account_id, .. } => Some(account_id),
            _ => None,
        }
    }
}

/// Reading part of a record. The name is what the audit log shows ("which page").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadAction {
    /// The home page's summary (new items, out-of-range results, vaccinations due).
    Summary,
    Results,
    /// One test's history (target: the series).
    ResultHistory,
    Documents,
    /// One document, its details or its file (target: the document).
    Document,
    Vaccinations,
    /// The sharing page: who may read the record, who is blocked, who asked.
    Sharing,
    /// "Who saw my record": the record's slice of the audit log.
    History,
}

impl ReadAction {
    pub const ALL: [ReadAction; 8] = [
        ReadAction::Summary,
        ReadAction::Results,
        ReadAction::ResultHistory,
        ReadAction::Documents,
        ReadAction::Document,
        ReadAction::Vaccinations,
        ReadAction::Sharing,
        ReadAction::History,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReadAction::Summary => "read.summary",
            ReadAction::Results => "read.results",
            ReadAction::ResultHistory => "read.result-history",
            ReadAction::Documents => "read.documents",
            ReadAction::Document => "read.document",
            ReadAction::Vaccinations => "read.vaccinations",
            ReadAction::Sharing => "read.sharing",
            ReadAction::History => "read.history",
        }
    }

    /// Only the patient reads these (never a professional, whatever their consent).
    fn is_patients_own(self) -> bool {
        matches!(self, ReadAction::Sharing | ReadAction::History)
    }
}

/// Adding to a record, or changing who may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteAction {
    /// A bundle imported by the operator.
    Import,
    /// Results, a report or a vaccination published by a professional or an organisation.
    Publish,
    /// A document the patient adds themselves.
    Upload,
    /// A patient's decision about sharing (target: the professional or the document).
    Share(ShareChange),
    /// A professional asks the patient for access.
    RequestAccess,
    /// A professional opens an emergency access (target: the emergency access).
    Emergency,
}

/// The sharing decisions a patient makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareChange {
    Authorize,
    Revoke,
    Block,
    Unblock,
    Approve,
    Refuse,
    HideDocument,
    ShowDocument,
    /// Whether new documents start hidden from professionals.
    HideNewDocuments,
}

impl WriteAction {
    pub const ALL: [WriteAction; 14] = [
        WriteAction::Import,
        WriteAction::Publish,
        WriteAction::Upload,
        WriteAction::Share(ShareChange::Authorize),
        WriteAction::Share(ShareChange::Revoke),
        WriteAction::Share(ShareChange::Block),
        WriteAction::Share(ShareChange::Unblock),
        WriteAction::Share(ShareChange::Approve),
        WriteAction::Share(ShareChange::Refuse),
        WriteAction::Share(ShareChange::HideDocument),
        WriteAction::Share(ShareChange::ShowDocument),
        WriteAction::Share(ShareChange::HideNewDocuments),
        WriteAction::RequestAccess,
        WriteAction::Emergency,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WriteAction::Import => "write.import",
            WriteAction::Publish => "write.publish",
            WriteAction::Upload => "write.upload",
            WriteAction::Share(change) => match change {
                ShareChange::Authorize => "share.authorize",
                ShareChange::Revoke => "share.revoke",
                ShareChange::Block => "share.block",
                ShareChange::Unblock => "share.unblock",
                ShareChange::Approve => "share.approve",
                ShareChange::Refuse => "share.refuse",
                ShareChange::HideDocument => "share.hide-document",
                ShareChange::ShowDocument => "share.show-document",
                ShareChange::HideNewDocuments => "share.hide-new-documents",
            },
            WriteAction::RequestAccess => "access.request",
            WriteAction::Emergency => "access.emergency",
        }
    }
}

/// Whose record, named directly or through something in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    /// The record linked to the actor's own account.
    OwnRecord,
    Patient(&'a str),
    /// The record a document belongs to.
    Document(&'a str),
    /// The record a result series (one test's history) belongs to.
    Series(&'a str),
}

/// Marker types: what a grant allows.
#[derive(Debug)]
pub struct Read;
#[derive(Debug)]
pub struct Write;

/// Under which rule a grant was given: what the record functions show depends on it (a
/// professional never sees documents hidden from professionals, unless they wrote them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// The patient, on their own record.
    Owner,
    /// A professional, with the patient's consent or through an emergency access.
    Professional { account_id: String, emergency: bool },
    /// Someone adding to the record (a publisher, an organisation, the operator).
    Writer,
}

/// Permission to act on one patient's record, made only by this module.
#[derive(Debug)]
pub struct Grant<K> {
    patient_id: String,
    viewer: Viewer,
    _kind: PhantomData<K>,
}

impl<K> Grant<K> {
    pub fn patient_id(&self) -> &str {
        &self.patient_id
    }

    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    /// The account whose authorship lets them see documents hidden from professionals, when the
    /// viewer is restricted to visible documents; `None` when every document is shown.
    pub(crate) fn hidden_documents_rule(&self) -> Option<&str> {
        match &self.viewer {
            Viewer::Professional { account_id, .. } => Some(account_id),
            Viewer::Owner | Viewer::Writer => None,
        }
    }
}

/// A granted access: the transaction the decision is audited in, and the grant. Commit it when
/// done: a read's audit row is appended then, in the same transaction, just before it commits
/// (if the append fails, the commit does not happen and the access fails). Dropped without a
/// commit, the access and its audit row are rolled back together.
pub struct Access<K> {
    tx: Transaction<'static, Any>,
    grant: Grant<K>,
    audit: Option<audit::Pending>,
}

impl<K> Access<K> {
    pub fn patient_id(&self) -> &str {
        &self.grant.patient_id
    }

    pub fn viewer(&self) -> &Viewer {
        &self.grant.viewer
    }

    pub async fn commit(mut self) -> Result<()> {
        if let Some(pending) = self.audit.take() {
            audit::append(&mut self.tx, &pending.entry()).await?;
        }
        self.tx.commit().await?;
        Ok(())
    }

    /// The transaction and the grant, for the record functions of this crate.
    pub(crate) fn parts(&mut self) -> (&mut Transaction<'static, Any>, &Grant<K>) {
        (&mut self.tx, &self.grant)
    }
}

/// Decides and audits a read, in a transaction of its own that the access carries.
pub async fn open_read(db: &Db, actor: &Actor, subject: Subject<'_>, action: ReadAction) -> Result<Access<Read>> {
    let mut tx = db.begin().await?;
    let facts = resolve(&mut tx, actor, subject).await?;
    let decision = match &facts {
        Some(record) if record.is_owned_by(actor) => Decision::allow("patient", "owner", Viewer::Owner),
        Some(_) if action.is_patients_own() => Decision::deny(default_role(actor), "owner-only"),
        Some(record) => professional_read(actor, record),
        None => Decision::deny(default_role(actor), "unknown-record"),
    };
    let first_read = matches!(&decision, Decision { allowed: true, reason: "consent", .. });
    let (grant, audit) =
        record(&mut tx, actor, subject, action.as_str(), None, facts, decision, Append::WhenCommitted).await?;
    match grant {
        Some(grant) => {
            if first_read {
                notify_first_read(&mut tx, db, actor, &grant.patient_id).await?;
            }
            Ok(Access { tx, grant, audit })
        }
        None => {
            tx.commit().await?;
            Err(Error::NotFound)
        }
    }
}

/// Decides and audits a write, in a transaction of its own that the access carries.
pub async fn open_write(db: &Db, actor: &Actor, subject: Subject<'_>, action: WriteAction) -> Result<Access<Write>> {
    open_write_on(db, actor, subject, action, None).await
}

/// [`open_write`] naming what the change is about in the audit row (the professional a
/// consent is about, the emergency access opened), when the subject does not say it.
pub async fn open_write_on(
    db: &Db,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
    target: Option<&str>,
) -> Result<Access<Write>> {
    let mut tx = db.begin().await?;
    match authorize_write_on(&mut tx, actor, subject, action, target).await {
        Ok(grant) => Ok(Access { tx, grant, audit: None }),
        Err(Error::NotFound) => {
            tx.commit().await?;
            Err(Error::NotFound)
        }
        Err(other) => Err(other),
    }
}

/// Decides and audits a write inside a transaction the caller already holds (an import writes
/// several records atomically). A denial is [`Error::NotFound`]; the caller decides whether to
/// commit the audit row.
pub(crate) async fn authorize_write_in(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
) -> Result<Grant<Write>> {
    authorize_write_on(tx, actor, subject, action, None).await
}

async fn authorize_write_on(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
    target: Option<&str>,
) -> Result<Grant<Write>> {
    let facts = resolve(tx, actor, subject).await?;
    let decision = match &facts {
        None => Decision::deny(default_role(actor), "unknown-record"),
        Some(record) => match action {
            WriteAction::Import if *actor == Actor::Operator => Decision::allow("operator", "operator", Viewer::Writer),
            WriteAction::Publish if actor.has_role(Role::Professional) => {
                Decision::allow("professional", "professional", Viewer::Writer)
            }
            WriteAction::Publish if matches!(actor, Actor::Organisation { .. }) => {
                Decision::allow("organisation", "organisation-token", Viewer::Writer)
            }
            WriteAction::Upload | WriteAction::Share(_) if record.is_owned_by(actor) => {
                Decision::allow("patient", "owner", Viewer::Owner)
            }
            WriteAction::RequestAccess | WriteAction::Emergency if actor.has_role(Role::Professional) => {
                match record.consent.as_deref() {
                    Some("blocked") => Decision::deny("professional", "blocked"),
                    _ => Decision::allow("professional", "professional", Viewer::Writer),
                }
            }
            _ => Decision::deny(default_role(actor), "no-access"),
        },
    };
    let (grant, _) = record(tx, actor, subject, action.as_str(), target, facts, decision, Append::Now).await?;
    grant.ok_or(Error::NotFound)
}

/// A professional reading someone else's record: consent, block, emergency, hidden documents.
fn professional_read(actor: &Actor, record: &RecordFacts) -> Decision {
    let Some(account_id) = actor.account_id().filter(|_| actor.has_role(Role::Professional)) else {
        return Decision::deny(default_role(actor), "no-access");
    };
    let viewer = |emergency| Viewer::Professional { account_id: account_id.to_string(), emergency };
    let (reason, emergency) = match (record.consent.as_deref(), record.emergency) {
        (Some("blocked"), _) => return Decision::deny("professional", "blocked"),
        (Some("authorized"), _) => ("consent", false),
        (_, true) => ("emergency", true),
        _ => return Decision::deny("professional", "no-consent"),
    };
    if record.document_hidden_from_actor {
        return Decision::deny("professional", "hidden-document");
    }
    Decision::allow("professional", reason, viewer(emergency))
}

/// What a rule decided: allowed or not, the role the actor acted under, the reason (all three
/// go to the audit log), and the viewer a grant is made for.
#[derive(Debug)]
struct Decision {
    allowed: bool,
    role: &'static str,
    reason: &'static str,
    viewer: Viewer,
}

impl Decision {
    fn allow(role: &'static str, reason: &'static str, viewer: Viewer) -> Decision {
        Decision { allowed: true, role, reason, viewer }
    }

    fn deny(role: &'static str, reason: &'static str) -> Decision {
        Decision { allowed: false, role, reason, viewer: Viewer::Writer }
    }
}

/// When an allowed decision's row is appended: now (writes, which hold their locks anyway), or
/// when the access commits (reads). Refusals are always appended now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Append {
    Now,
    WhenCommitted,
}

/// Appends the decision to the audit log, or hands it back to append at commit (`append`).
/// Returns the grant when allowed, and the decision still to append.
#[allow(clippy::too_many_arguments)]
async fn record<K>(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
    action: &'static str,
    target: Option<&str>,
    facts: Option<RecordFacts>,
    decision: Decision,
    append: Append,
) -> Result<(Option<Grant<K>>, Option<audit::Pending>)> {
    let entry = audit::Entry {
        actor_kind: actor.kind(),
        actor_id: actor.id(),
        actor_role: decision.role,
        on_behalf_of: None,
        patient_id: facts.as_ref().map(|p| p.id.as_str()),
        action,
        target: target.or(target_of(subject)),
        allowed: decision.allowed,
        reason: decision.reason,
    };
    let pending = if decision.allowed && append == Append::WhenCommitted {
        Some(audit::Pending::of(&entry))
    } else {
        audit::append(tx, &entry).await?;
        None
    };
    let grant = facts.filter(|_| decision.allowed).map(|p| Grant {
        patient_id: p.id,
        viewer: decision.viewer,
        _kind: PhantomData,
    });
    Ok((grant, pending))
}

/// The role an actor is logged under when no rule applied.
fn default_role(actor: &Actor) -> &'static str {
    match actor {
        Actor::Person { roles, .. } => roles.first().map_or("none", |r| r.as_str()),
        Actor::Organisation { .. } => "organisation",
        Actor::Operator => "operator",
    }
}

fn target_of(subject: Subject<'_>) -> Option<&str> {
    match subject {
        Subject::OwnRecord | Subject::Patient(_) => None,
        Subject::Document(id) | Subject::Series(id) => Some(id),
    }
}

/// What a decision needs to know about the record a subject names, read in one query.
struct RecordFacts {
    id: String,
    account_id: Option<String>,
    /// The patient's decision about this actor ('authorized', 'blocked', …), if any.
    consent: Option<String>,
    /// Whether this actor has an emergency access to the record running now.
    emergency: bool,
    /// The subject is a document hidden from professionals that this actor did not write.
    document_hidden_from_actor: bool,
}

impl RecordFacts {
    fn is_owned_by(&self, actor: &Actor) -> bool {
        matches!((actor, &self.account_id), (Actor::Person { account_id, .. }, Some(owner)) if owner == account_id)
    }
}

#[derive(sqlx::FromRow)]
struct FactsRow {
    id: String,
    account_id: Option<String>,
    consent: Option<String>,
    emergencies: i64,
    hidden: i64,
}

/// Author key of documents a signed-in professional published (see `record::publish`).
pub(crate) const ACCOUNT_AUTHOR_SYSTEM: &str = "urn:carnet:account";

async fn resolve(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
) -> Result<Option<RecordFacts>> {
    let (from, key): (&str, &str) = match subject {
        Subject::OwnRecord => match actor.account_id() {
            Some(account_id) => ("patients p WHERE p.account_id = $1", account_id),
            None => return Ok(None),
        },
        Subject::Patient(id) => ("patients p WHERE p.id = $1", id),
        Subject::Document(id) => ("documents d JOIN patients p ON p.id = d.patient_id WHERE d.id = $1", id),
        Subject::Series(id) => ("result_series s JOIN patients p ON p.id = s.patient_id WHERE s.id = $1", id),
    };
    // The document part is only meaningful for a document subject; elsewhere it reads nothing.
    let hidden = match subject {
        Subject::Document(_) => {
            "(SELECT COUNT(*) FROM document_visibility v WHERE v.document_id = d.id \
             AND v.hidden_from_professionals = 1 AND NOT EXISTS (SELECT 1 FROM authors a \
             WHERE a.id = d.author_id AND a.match_key = $3))"
        }
        _ => "CAST(0 AS BIGINT)",
    };
    let sql = format!(
        "SELECT p.id, p.account_id, \
         (SELECT c.status FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $2) AS consent, \
         (SELECT COUNT(*) FROM emergency_accesses e WHERE e.patient_id = p.id AND e.professional_id = $2 \
          AND e.expires_at > $4) AS emergencies, \
         {hidden} AS hidden FROM {from}"
    );
    let actor_id = actor.account_id().unwrap_or("");
    let row: Option<FactsRow> = sqlx::query_as(&sql)
        .bind(key)
        .bind(actor_id)
        .bind(format!("{ACCOUNT_AUTHOR_SYSTEM}|{actor_id}"))
        .bind(now_ms())
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|row| RecordFacts {
        id: row.id,
        account_id: row.account_id,
        consent: row.consent,
        emergency: row.emergencies > 0,
        document_hidden_from_actor: row.hidden > 0,
    }))
}

/// The first read of a record by a professional (with consent) is e-mailed to the patient,
/// once, in the transaction of the read.
async fn notify_first_read(tx: &mut Transaction<'static, Any>, db: &Db, actor: &Actor, patient_id: &str) -> Result<()> {
    let Some(professional) = actor.account_id() else { return Ok(()) };
    let first = sqlx::query(
        "UPDATE consents SET first_read_at = $1 WHERE patient_id = $2 AND professional_id = $3 \
         AND first_read_at IS NULL",
    )
    .bind(now_ms())
    .bind(patient_id)
    .bind(professional)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if first {
        crate::mail::to_patient(tx, patient_id, |account| {
            crate::mail::record_read_first_time(account, &db.portal_link("/history"))
        })
        .await?;
    }
    Ok(())
}

/// Every reason a decision can be logged with (the sign-in's own are in `crate::sign_in`).
pub const REASONS: [&str; 12] = [
    "owner",
    "consent",
    "emergency",
    "blocked",
    "no-consent",
    "hidden-document",
    "no-access",
    "unknown-record",
    "owner-only",
    "professional",
    "organisation-token",
    "operator",
];
