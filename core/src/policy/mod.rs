//! The one door to health data. Every read or write of a patient's record starts here:
//! [`open_read`] / [`open_write`] decide whether the actor may do the action on that record,
//! append the decision (allowed or denied) to the audit log, and hand back an [`Access`] that
//! holds the transaction and the [`Grant`]. Record functions (`crate::record`) take the access,
//! and read only the granted patient's rows; without one there is no way to reach them.
//!
//! A denial is committed to the audit log and returned as [`Error::NotFound`], the same answer
//! as for something that does not exist, so ids leak nothing.
//!
//! The rules, today (consent per professional and delegations come with issues 4 and 5):
//!
//! | action | allowed for |
//! |---|---|
//! | read anything in a record | the patient whose account the record is linked to |
//! | publish results, reports, vaccinations | professionals; organisations through an API token |
//! | upload a document | the patient, into their own record |
//! | import | the operator (the `carnet` command line) |

pub mod audit;

use std::marker::PhantomData;

use sqlx::{Any, Transaction};

use crate::accounts::{Account, Role};
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
}

impl ReadAction {
    fn as_str(self) -> &'static str {
        match self {
            ReadAction::Summary => "read.summary",
            ReadAction::Results => "read.results",
            ReadAction::ResultHistory => "read.result-history",
            ReadAction::Documents => "read.documents",
            ReadAction::Document => "read.document",
            ReadAction::Vaccinations => "read.vaccinations",
        }
    }
}

/// Adding to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteAction {
    /// A bundle imported by the operator.
    Import,
    /// Results, a report or a vaccination published by a professional or an organisation.
    Publish,
    /// A document the patient adds themselves.
    Upload,
}

impl WriteAction {
    fn as_str(self) -> &'static str {
        match self {
            WriteAction::Import => "write.import",
            WriteAction::Publish => "write.publish",
            WriteAction::Upload => "write.upload",
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

/// Permission to act on one patient's record, made only by this module.
#[derive(Debug)]
pub struct Grant<K> {
    patient_id: String,
    _kind: PhantomData<K>,
}

impl<K> Grant<K> {
    pub fn patient_id(&self) -> &str {
        &self.patient_id
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
    let rule = |patient: &PatientRow| match patient.is_owned_by(actor) {
        true => (true, "patient", "owner"),
        false => (false, default_role(actor), "no-access"),
    };
    match decide(&mut tx, actor, subject, action.as_str(), rule, Append::WhenCommitted).await? {
        (Some(patient_id), audit) => Ok(Access { tx, grant: Grant { patient_id, _kind: PhantomData }, audit }),
        (None, _) => {
            tx.commit().await?;
            Err(Error::NotFound)
        }
    }
}

/// Decides and audits a write, in a transaction of its own that the access carries.
pub async fn open_write(db: &Db, actor: &Actor, subject: Subject<'_>, action: WriteAction) -> Result<Access<Write>> {
    let mut tx = db.begin().await?;
    match authorize_write_in(&mut tx, actor, subject, action).await {
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
    let rule = |patient: &PatientRow| match action {
        WriteAction::Import if *actor == Actor::Operator => (true, "operator", "operator"),
        WriteAction::Publish if actor.has_role(Role::Professional) => (true, "professional", "professional"),
        WriteAction::Publish if matches!(actor, Actor::Organisation { .. }) => {
            (true, "organisation", "organisation-token")
        }
        WriteAction::Upload if patient.is_owned_by(actor) => (true, "patient", "owner"),
        _ => (false, default_role(actor), "no-access"),
    };
    match decide(tx, actor, subject, action.as_str(), rule, Append::Now).await? {
        (Some(patient_id), _) => Ok(Grant { patient_id, _kind: PhantomData }),
        (None, _) => Err(Error::NotFound),
    }
}

/// When an allowed decision's row is appended: now (writes, which hold their locks anyway), or
/// when the access commits (reads). Refusals are always appended now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Append {
    Now,
    WhenCommitted,
}

/// Resolves the subject's record, applies `rule` to it (allowed?, role acted under, reason) and
/// appends the decision to the audit log, or hands it back to append at commit (`append`).
/// Returns the patient's id when allowed, and the decision still to append.
async fn decide(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
    action: &'static str,
    rule: impl FnOnce(&PatientRow) -> (bool, &'static str, &'static str),
    append: Append,
) -> Result<(Option<String>, Option<audit::Pending>)> {
    let patient = resolve(tx, actor, subject).await?;
    let (allowed, role, reason) = match &patient {
        Some(p) => rule(p),
        None => (false, default_role(actor), "unknown-record"),
    };
    let entry = audit::Entry {
        actor_kind: actor.kind(),
        actor_id: actor.id(),
        actor_role: role,
        on_behalf_of: None,
        patient_id: patient.as_ref().map(|p| p.id.as_str()),
        action,
        target: target_of(subject),
        allowed,
        reason,
    };
    let pending = if allowed && append == Append::WhenCommitted {
        Some(audit::Pending::of(&entry))
    } else {
        audit::append(tx, &entry).await?;
        None
    };
    Ok((patient.filter(|_| allowed).map(|p| p.id), pending))
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

/// The record a subject names, if it exists.
struct PatientRow {
    id: String,
    account_id: Option<String>,
}

impl PatientRow {
    fn is_owned_by(&self, actor: &Actor) -> bool {
        matches!((actor, &self.account_id), (Actor::Person { account_id, .. }, Some(owner)) if owner == account_id)
    }
}

async fn resolve(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
) -> Result<Option<PatientRow>> {
    let (sql, key): (&str, &str) = match subject {
        Subject::OwnRecord => match actor {
            Actor::Person { account_id, .. } => {
                ("SELECT id, account_id FROM patients WHERE account_id = $1", account_id)
            }
            _ => return Ok(None),
        },
        Subject::Patient(id) => ("SELECT id, account_id FROM patients WHERE id = $1", id),
        Subject::Document(id) => {
            ("SELECT p.id, p.account_id FROM documents d JOIN patients p ON p.id = d.patient_id WHERE d.id = $1", id)
        }
        Subject::Series(id) => (
            "SELECT p.id, p.account_id FROM result_series s JOIN patients p ON p.id = s.patient_id WHERE s.id = $1",
            id,
        ),
    };
    let row: Option<(String, Option<String>)> = sqlx::query_as(sql).bind(key).fetch_optional(&mut **tx).await?;
    Ok(row.map(|(id, account_id)| PatientRow { id, account_id }))
}
