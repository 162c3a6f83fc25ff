//! The one door to health data. Every read or write of a patient's record starts here:
//! [`open_read`] / [`open_write`] load the facts ([`policy::facts`]), ask the table
//! ([`policy::decide`]), append the decision — allowed or refused — to the audit log
//! ([`crate::audit`]), have the decision's effects carried out by the modules that own them (a
//! first read told to the patient: [`crate::sharing`], a caregiver's first use:
//! [`crate::delegation`]), and hand back an [`Access`] that holds the transaction and the
//! [`Grant`]. Record functions (`crate::record`) take the access and read only the granted
//! patient's rows: without one there is no way to reach them.
//!
//! A read decides and reads in a snapshot that takes no write lock; its row goes to the node's
//! audit writer when the access commits, and the commit returns once the row is durable
//! ([`crate::audit::writer`]): nothing read is shown before its row is written. A refusal's row
//! goes the same way before the refusal is answered. A write decides, appends and changes in
//! one write transaction.
//!
//! A refusal is committed to the audit log and returned as [`Error::NotFound`], the same answer
//! as for something that does not exist, so ids leak nothing. The rules themselves are the
//! policy's ([`crate::policy`]); nothing here decides.

use sqlx::{Any, Transaction};

use crate::audit::chain as audit;
use crate::audit::writer::AuditWriter;
use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{
    self, Action, Actor, Decision, Effect, Grant, MessageChange, Moment, Outcome, Read, ReadAction, Refusal, Subject,
    Write, WriteAction,
};
use crate::{Error, Result};

/// A granted access: the transaction it reads (and writes) in, and the grant. Commit it when
/// done. A write's audit row is already in its transaction; a read's is handed to the node's
/// audit writer when it commits, and the commit returns once that row is durable (if it fails,
/// the access fails). Dropped without a commit, a write is rolled back with its audit row; a
/// read is left unaudited, as nothing of it is shown.
pub struct Access<K> {
    tx: Transaction<'static, Any>,
    grant: Grant<K>,
    /// A read's row, and the writer it goes to.
    audit: Option<(audit::Pending, AuditWriter)>,
}

impl<K> Access<K> {
    pub fn patient_id(&self) -> &str {
        self.grant.patient_id()
    }

    pub fn viewer(&self) -> &policy::Viewer {
        self.grant.viewer()
    }

    pub async fn commit(mut self) -> Result<()> {
        self.tx.commit().await?;
        if let Some((row, writer)) = self.audit.take() {
            writer.append(row).await?;
        }
        Ok(())
    }

    /// The transaction and the grant, for the record functions of this crate.
    pub(crate) fn parts(&mut self) -> (&mut Transaction<'static, Any>, &Grant<K>) {
        (&mut self.tx, &self.grant)
    }
}

/// The moment a decision is made at: now, and the clinic's today.
fn moment(db: &Db) -> Moment {
    Moment { now_ms: now_ms(), today: db.today() }
}

/// Decides a read and opens it in a snapshot of its own ([`Db::begin_read`]): the records are
/// read without SQLite's write lock or PostgreSQL's chain lock, and the audit row is written by
/// the node's group commit when the access commits. A refusal's row is written before the
/// refusal is returned. A decision with effects (a professional's first read, a caregiver's
/// first use, which the patient is told of) writes: it is made again in a write transaction, as
/// a long read's is ([`open_long_read`]).
pub async fn open_read(db: &Db, actor: &Actor, subject: Subject<'_>, action: ReadAction) -> Result<Access<Read>> {
    let mut tx = db.begin_read().await?;
    let facts = policy::facts::load(&mut tx, actor, subject).await?;
    let decision = policy::decide(actor, Action::Read(action), facts.as_ref(), moment(db));
    if let Outcome::Allow { effects, .. } = &decision.outcome {
        if !effects.is_empty() {
            drop(tx);
            return open_long_read(db, actor, subject, action).await;
        }
    }
    let patient_id = facts.map(|f| f.id);
    let row = audit::Pending::of(&entry(actor, &subject, Action::Read(action), None, patient_id.as_deref(), &decision));
    match (decision.outcome, patient_id) {
        (Outcome::Allow { viewer, .. }, Some(patient_id)) => {
            Ok(Access { tx, grant: Grant::new(patient_id, viewer), audit: Some((row, db.audit_writer().clone())) })
        }
        _ => {
            // The snapshot read nothing to keep: dropped (rolled back), it cannot fail the row.
            drop(tx);
            db.audit_writer().append(row).await?;
            Err(Error::NotFound)
        }
    }
}

/// Decides and audits a long read (the export, which can take as long as a slow download): the
/// decision, its audit row and its effects are committed at once, in a short write transaction;
/// the access then reads in a read-only snapshot of its own ([`Db::begin_read`]), which never
/// holds SQLite's write lock, so that writers are not kept waiting. A read that fails after the
/// decision still has its audit row: the log may say more than was read, never less.
pub async fn open_long_read(db: &Db, actor: &Actor, subject: Subject<'_>, action: ReadAction) -> Result<Access<Read>> {
    let mut tx = db.begin().await?;
    let facts = policy::facts::load(&mut tx, actor, subject).await?;
    let decision = policy::decide(actor, Action::Read(action), facts.as_ref(), moment(db));
    let patient_id = facts.map(|f| f.id);
    let granted = outcome(&mut tx, actor, subject, Action::Read(action), None, patient_id, decision).await?;
    let Some(Granted { grant, effects }) = granted else {
        tx.commit().await?;
        return Err(Error::NotFound);
    };
    carry_out(&mut tx, db, grant.patient_id(), &effects).await?;
    tx.commit().await?;
    Ok(Access { tx: db.begin_read().await?, grant, audit: None })
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
    match open_write_explained(db, actor, subject, action, target).await? {
        Ok(access) => Ok(access),
        Err(_) => Err(Error::NotFound),
    }
}

/// [`open_write_on`] saying why a write was refused, for the person's own side to be told
/// what they can do about it (a patient starting a conversation with a professional who does
/// not take it). The refusal is audited all the same; never show it to anyone else.
pub async fn open_write_explained(
    db: &Db,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
    target: Option<&str>,
) -> Result<std::result::Result<Access<Write>, Refusal>> {
    let mut tx = db.begin().await?;
    match decide_write_on(&mut tx, db, actor, subject, action, target).await? {
        Ok(grant) => Ok(Ok(Access { tx, grant, audit: None })),
        Err(refusal) => {
            tx.commit().await?;
            Ok(Err(refusal))
        }
    }
}

/// Whether the actor may do the write `action` on the subject, to show the form that would do
/// it (a caregiver without the upload scope gets "not found" for the upload form rather than a
/// form that can only fail). A refusal is audited like any: the person tried. An allowed check
/// reads and changes nothing, so it leaves no row: the write itself is decided and audited again
/// when the form is sent.
pub async fn may_write(db: &Db, actor: &Actor, subject: Subject<'_>, action: WriteAction) -> Result<bool> {
    let mut tx = db.begin().await?;
    match authorize_write_on(&mut tx, db, actor, subject, action, None).await {
        // Rolled back with its audit row: nothing was done.
        Ok(_) => Ok(true),
        Err(Error::NotFound) => {
            tx.commit().await?;
            Ok(false)
        }
        Err(other) => Err(other),
    }
}

/// Decides and audits a write inside a transaction the caller already holds (an import writes
/// several records atomically). A denial is [`Error::NotFound`]; the caller decides whether to
/// commit the audit row.
pub(crate) async fn authorize_write_in(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
) -> Result<Grant<Write>> {
    authorize_write_on(tx, db, actor, subject, action, None).await
}

async fn authorize_write_on(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
    target: Option<&str>,
) -> Result<Grant<Write>> {
    decide_write_on(tx, db, actor, subject, action, target).await?.map_err(|_| Error::NotFound)
}

/// Decides, audits and carries out a write's decision: the grant, or why not.
async fn decide_write_on(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    actor: &Actor,
    subject: Subject<'_>,
    action: WriteAction,
    target: Option<&str>,
) -> Result<std::result::Result<Grant<Write>, Refusal>> {
    let mut facts = policy::facts::load(tx, actor, subject).await?;
    // Starting a conversation: whom it would reach is a fact of the decision too.
    if let (Some(facts), WriteAction::Message(MessageChange::Start), Some(target)) = (&mut facts, action, target) {
        facts.counterparts = Some(policy::facts::counterparts_of_target(tx, &facts.id, target).await?);
    }
    let decision = policy::decide(actor, Action::Write(action), facts.as_ref(), moment(db));
    let refusal = match &decision.outcome {
        Outcome::Deny(refusal) => Some(*refusal),
        Outcome::Allow { .. } => None,
    };
    let patient_id = facts.map(|f| f.id);
    match outcome(tx, actor, subject, Action::Write(action), target, patient_id, decision).await? {
        Some(Granted { grant, effects }) => {
            carry_out(tx, db, grant.patient_id(), &effects).await?;
            Ok(Ok(grant))
        }
        None => Ok(Err(refusal.unwrap_or(Refusal::UnknownRecord))),
    }
}

/// The effects a decision asks for, done by their owners in the access's transaction.
async fn carry_out(tx: &mut Transaction<'static, Any>, db: &Db, patient_id: &str, effects: &[Effect]) -> Result<()> {
    for effect in effects {
        match effect {
            Effect::FirstReadByProfessional { professional_id } => {
                crate::sharing::first_read::notify(tx, db, professional_id, patient_id).await?
            }
            Effect::FirstUseOfDelegation { delegation_id } => {
                crate::delegation::first_use::notify(tx, db, delegation_id, patient_id).await?
            }
        }
    }
    Ok(())
}

/// What an allowing decision leaves to do: the grant, the effects to carry out.
struct Granted<K> {
    grant: Grant<K>,
    effects: Vec<Effect>,
}

/// The audit row of a decision.
fn entry<'a>(
    actor: &'a Actor,
    subject: &'a Subject<'_>,
    action: Action,
    target: Option<&'a str>,
    patient_id: Option<&'a str>,
    decision: &'a Decision,
) -> audit::Entry<'a> {
    audit::Entry {
        actor_kind: actor.kind(),
        actor_id: actor.id(),
        actor_role: decision.role,
        on_behalf_of: decision.on_behalf_of.as_deref(),
        patient_id,
        action: action.as_str(),
        target: target.or(subject.target()),
        allowed: decision.is_allowed(),
        reason: decision.reason(),
    }
}

/// Appends the decision to the audit log in `tx`; makes the grant of an allowing decision.
async fn outcome<K>(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
    action: Action,
    target: Option<&str>,
    patient_id: Option<String>,
    decision: Decision,
) -> Result<Option<Granted<K>>> {
    audit::append(tx, &entry(actor, &subject, action, target, patient_id.as_deref(), &decision)).await?;
    Ok(match (decision.outcome, patient_id) {
        (Outcome::Allow { viewer, effects, .. }, Some(patient_id)) => {
            Some(Granted { grant: Grant::new(patient_id, viewer), effects })
        }
        _ => None,
    })
}
