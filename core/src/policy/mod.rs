//! The one door to health data. Every read or write of a patient's record starts here:
//! [`open_read`] / [`open_write`] decide whether the actor may do the action on that record,
//! append the decision (allowed or denied) to the audit log, and hand back an [`Access`] that
//! holds the transaction and the [`Grant`]. Record functions (`crate::record`) take the access,
//! and read only the granted patient's rows; without one there is no way to reach them.
//!
//! A denial is committed to the audit log and returned as [`Error::NotFound`], the same answer
//! as for something that does not exist, so ids leak nothing.
//!
//! The rules:
//!
//! | action | allowed for |
//! |---|---|
//! | read anything in a record | the patient whose account the record is linked to |
//! | read a record | a professional the patient authorized and did not block; or one with an emergency access still running, unless blocked |
//! | read a record, add documents | a caregiver acting for the patient through a running delegation whose scope covers it; a legal representative of a patient under 18 |
//! | read a document hidden from professionals | the patient, the professional who wrote it, and those acting for the patient |
//! | read a document hidden from legal representatives | everyone it is not hidden from but representatives |
//! | read a record, add documents, read its sharing and history | reception staff in an assisted session the patient approved, while it runs |
//! | read "who saw my record", change sharing | the patient; a minor's legal representative |
//! | export the whole record (FHIR bundle) | the patient; a minor's legal representative |
//! | read, book, move, cancel appointments; join a waiting list | the patient; a caregiver whose delegation covers appointments; a minor's legal representative; staff in an assisted session |
//! | publish results, reports, vaccinations | professionals; organisations through an API token |
//! | upload a document | the patient, into their own record; see delegations above |
//! | ask for access, open an emergency access | professionals the patient has not blocked |
//! | import | the operator (the `carnet` command line) |
//!
//! Acting for someone ([`ActingFor`]) is a fact next to who the actor is: the actor stays the
//! person signed in, the row in the audit log names the delegation (`on_behalf_of`). A
//! caregiver never reaches the settings that protect the patient (sharing, "who saw my
//! record", delegations, passkeys).
//!
//! Consent and delegations are read from the database on every decision, so a change takes
//! effect on the very next request, and a representative's access ends on the minor's 18th
//! birthday without any job running. The first read by each professional, the first use of
//! each caregiver's delegation, and every emergency access are e-mailed to the patient (in the
//! transaction of the read or of the access).

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
    /// A signed-in person, on their own behalf or acting for someone else.
    Person { account_id: String, roles: Vec<Role>, acting_for: Option<ActingFor> },
    /// Software of an organisation, authenticated by an API token.
    Organisation { id: String },
    /// Whoever runs the `carnet` command line on the server (an operator).
    Operator,
}

/// Whose record a person acts on when it is not their own, and under what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActingFor {
    /// Through a delegation (as a caregiver or a legal representative) to this patient's record.
    Delegation { patient_id: String },
    /// In an assisted session at the reception desk, which the patient approved.
    Assisted { session_id: String },
}

impl Actor {
    /// The person acting on their own behalf.
    pub fn person(account: &Account) -> Actor {
        Actor::Person { account_id: account.id.clone(), roles: account.roles.clone(), acting_for: None }
    }

    /// The person acting for someone else; the policy checks on every decision that they may.
    pub fn acting_for(account: &Account, acting_for: ActingFor) -> Actor {
        Actor::Person { account_id: account.id.clone(), roles: account.roles.clone(), acting_for: Some(acting_for) }
    }

    /// Whose record the person is acting on through a delegation.
    pub fn acting_for_patient(&self) -> Option<&str> {
        match self {
            Actor::Person { acting_for: Some(ActingFor::Delegation { patient_id }), .. } => Some(patient_id),
            _ => None,
        }
    }

    /// The assisted session the person is acting in.
    pub fn assisted_session(&self) -> Option<&str> {
        match self {
            Actor::Person { acting_for: Some(ActingFor::Assisted { session_id }), .. } => Some(session_id),
            _ => None,
        }
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

    pub fn account_id(&self) -> Option<&str> {
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
    /// The people the patient lets act for them.
    Delegations,
    /// The patient's appointments (target: one of them).
    Appointments,
    /// The whole record downloaded as one FHIR bundle (the right to data portability).
    Export,
    /// The patient's identity (name, birth date, INS), read by a professional to publish into
    /// the record from it rather than typing who it is for.
    Identity,
}

impl ReadAction {
    pub const ALL: [ReadAction; 12] = [
        ReadAction::Summary,
        ReadAction::Results,
        ReadAction::ResultHistory,
        ReadAction::Documents,
        ReadAction::Document,
        ReadAction::Vaccinations,
        ReadAction::Sharing,
        ReadAction::History,
        ReadAction::Delegations,
        ReadAction::Appointments,
        ReadAction::Export,
        ReadAction::Identity,
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
            ReadAction::Delegations => "read.delegations",
            ReadAction::Appointments => "read.appointments",
            ReadAction::Export => "read.export",
            ReadAction::Identity => "read.identity",
        }
    }

    /// Only the patient reads these (never a professional, whatever their consent: a
    /// professional sees the appointments made with them in their own agenda, not the others).
    fn is_patients_own(self) -> bool {
        matches!(
            self,
            ReadAction::Sharing
                | ReadAction::History
                | ReadAction::Delegations
                | ReadAction::Appointments
                | ReadAction::Export
        )
    }

    fn need(self) -> Need {
        match self {
            ReadAction::Sharing | ReadAction::History => Need::SettingsRead,
            // Only the patient lets people act for them: a representative cannot delegate onward.
            ReadAction::Delegations => Need::Nothing,
            ReadAction::Appointments => Need::Appointments,
            // A copy of everything leaves with whoever downloads it: the patient, or a minor's
            // legal representative; never a caregiver or the desk.
            ReadAction::Export => Need::SettingsChange,
            _ => Need::Record,
        }
    }
}

/// What acting for someone must cover to do an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Reading the record (a caregiver's `record` scope).
    Record,
    /// Adding documents (a caregiver's `upload` scope).
    Upload,
    /// Seeing, booking, moving and cancelling appointments (a caregiver's `appointments` scope).
    Appointments,
    /// Reading the settings that protect the patient: sharing, who saw the record. Never a
    /// caregiver's; a minor's legal representative's; in an assisted session, at the patient's
    /// side.
    SettingsRead,
    /// Changing them. A minor's legal representative decides them; nobody else for the patient.
    SettingsChange,
    /// Not something anyone does for someone else.
    Nothing,
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
    /// The patient lets someone act for them, or ends it (target: the delegation).
    Delegate(DelegationChange),
    /// Booking, moving or cancelling the patient's appointment, or waiting for an earlier one
    /// (target: the appointment or the professional).
    Appointment(AppointmentChange),
}

/// What is done to a patient's appointments on their side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentChange {
    Book,
    Move,
    Cancel,
    /// Joins or leaves a professional's waiting list.
    Wait,
}

/// What a patient does with a delegation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DelegationChange {
    /// Invites a caregiver.
    Invite,
    /// Ends a delegation, or withdraws an invitation.
    End,
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
    pub const ALL: [WriteAction; 20] = [
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
        WriteAction::Delegate(DelegationChange::Invite),
        WriteAction::Delegate(DelegationChange::End),
        WriteAction::Appointment(AppointmentChange::Book),
        WriteAction::Appointment(AppointmentChange::Move),
        WriteAction::Appointment(AppointmentChange::Cancel),
        WriteAction::Appointment(AppointmentChange::Wait),
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
            WriteAction::Delegate(DelegationChange::Invite) => "delegation.invite",
            WriteAction::Delegate(DelegationChange::End) => "delegation.end",
            WriteAction::Appointment(AppointmentChange::Book) => "appointment.book",
            WriteAction::Appointment(AppointmentChange::Move) => "appointment.move",
            WriteAction::Appointment(AppointmentChange::Cancel) => "appointment.cancel",
            WriteAction::Appointment(AppointmentChange::Wait) => "appointment.wait",
        }
    }

    fn need(self) -> Need {
        match self {
            WriteAction::Upload => Need::Upload,
            WriteAction::Share(_) => Need::SettingsChange,
            WriteAction::Appointment(_) => Need::Appointments,
            _ => Need::Nothing,
        }
    }
}

/// Whose record, named directly or through something in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    /// The record linked to the actor's own account, or, for a person acting for someone, the
    /// record of the one they act for.
    OwnRecord,
    Patient(&'a str),
    /// The record a document belongs to.
    Document(&'a str),
    /// The record a result series (one test's history) belongs to.
    Series(&'a str),
    /// The record an appointment was booked for.
    Appointment(&'a str),
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
    /// Someone acting for the patient through a delegation: a caregiver, or a minor's legal
    /// representative; `may_upload` says whether it lets them add documents.
    Delegate { delegation_id: String, representative: bool, may_upload: bool },
    /// Reception staff in an assisted session the patient approved (the patient is present).
    Assisted { session_id: String },
    /// Someone adding to the record (a publisher, an organisation, the operator).
    Writer,
}

impl Viewer {
    /// What the viewer acts through, as the audit log names it (`delegation:<id>`,
    /// `assisted:<id>`), for rows a record function writes itself (who booked an appointment).
    pub fn on_behalf_of(&self) -> Option<String> {
        match self {
            Viewer::Delegate { delegation_id, .. } => Some(crate::delegation::through(delegation_id)),
            Viewer::Assisted { session_id } => Some(crate::desk::assisted::through(session_id)),
            Viewer::Owner | Viewer::Professional { .. } | Viewer::Writer => None,
        }
    }
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

    /// Which documents the viewer is shown.
    pub(crate) fn document_filter(&self) -> DocumentFilter<'_> {
        match &self.viewer {
            Viewer::Professional { account_id, .. } => DocumentFilter::Professional { account_id },
            Viewer::Delegate { representative: true, .. } => DocumentFilter::Representative,
            Viewer::Owner
            | Viewer::Writer
            | Viewer::Assisted { .. }
            | Viewer::Delegate { representative: false, .. } => DocumentFilter::All,
        }
    }
}

/// Which of a record's documents a viewer is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocumentFilter<'a> {
    All,
    /// Not those hidden from professionals, unless this account wrote them.
    Professional {
        account_id: &'a str,
    },
    /// Not those hidden from legal representatives.
    Representative,
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
        Some(record) if record.is_acted_for_by(actor) => on_behalf(actor, record, action.need(), db.today()),
        Some(_) if action.is_patients_own() => Decision::deny(default_role(actor), "owner-only"),
        Some(record) => professional_read(actor, record),
        None => Decision::deny(default_role(actor), "unknown-record"),
    };
    let tell = match (&decision, &facts) {
        (Decision { allowed: true, reason: "consent", .. }, _) => Tell::FirstRead,
        (Decision { allowed: true, reason: "delegation", .. }, Some(record)) => {
            match record.delegation.as_ref().filter(|d| !d.first_use_told) {
                Some(delegation) => Tell::FirstUse(delegation.id.clone()),
                None => Tell::Nothing,
            }
        }
        _ => Tell::Nothing,
    };
    let (grant, audit) =
        record(&mut tx, actor, subject, action.as_str(), None, facts, decision, Append::WhenCommitted).await?;
    match grant {
        Some(grant) => {
            match tell {
                Tell::FirstRead => notify_first_read(&mut tx, db, actor, &grant.patient_id).await?,
                Tell::FirstUse(delegation_id) => {
                    crate::delegation::notify_first_use(&mut tx, db, &delegation_id, &grant.patient_id).await?
                }
                Tell::Nothing => {}
            }
            Ok(Access { tx, grant, audit })
        }
        None => {
            tx.commit().await?;
            Err(Error::NotFound)
        }
    }
}

/// What an allowed read tells the patient, once.
enum Tell {
    Nothing,
    /// A professional's first read with consent.
    FirstRead,
    /// The first use of a caregiver's delegation (its id).
    FirstUse(String),
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
    match authorize_write_on(&mut tx, db, actor, subject, action, target).await {
        Ok(grant) => Ok(Access { tx, grant, audit: None }),
        Err(Error::NotFound) => {
            tx.commit().await?;
            Err(Error::NotFound)
        }
        Err(other) => Err(other),
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
            WriteAction::Upload | WriteAction::Share(_) | WriteAction::Delegate(_) | WriteAction::Appointment(_)
                if record.is_owned_by(actor) =>
            {
                Decision::allow("patient", "owner", Viewer::Owner)
            }
            _ if record.is_acted_for_by(actor) => on_behalf(actor, record, action.need(), db.today()),
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
    if record.document_hidden_from_professional {
        return Decision::deny("professional", "hidden-document");
    }
    Decision::allow("professional", reason, viewer(emergency))
}

/// A person acting for the patient: in an assisted session, or through a delegation.
fn on_behalf(actor: &Actor, record: &RecordFacts, need: Need, today: jiff::civil::Date) -> Decision {
    match actor.assisted_session() {
        Some(session_id) => assisted(session_id, record, need),
        None => delegated(record, need, today),
    }
}

/// Staff in an assisted session: running (approved, not ended, not idle, not past its maximum),
/// for what the patient may ask at the desk: reading the record and its settings, adding
/// documents, appointments; never changing sharing or delegations.
fn assisted(session_id: &str, record: &RecordFacts, need: Need) -> Decision {
    let decision = if !record.assisted {
        Decision::deny("staff", "assisted-ended")
    } else if matches!(need, Need::Record | Need::Upload | Need::SettingsRead | Need::Appointments) {
        Decision::allow("staff", "assisted", Viewer::Assisted { session_id: session_id.to_string() })
    } else {
        Decision::deny("staff", "out-of-scope")
    };
    decision.on_behalf_of(crate::desk::assisted::through(session_id))
}

/// A delegation: running, not past the end the patient chose, whose scope covers what is asked;
/// for a legal representative, a patient still under 18 today and a document not hidden from
/// representatives.
fn delegated(record: &RecordFacts, need: Need, today: jiff::civil::Date) -> Decision {
    let Some(delegation) = &record.delegation else {
        return Decision::deny("person", "no-delegation");
    };
    let (role, allowed_reason) =
        if delegation.representative { ("representative", "representative") } else { ("caregiver", "delegation") };
    let decision = if delegation.ends_at.is_some_and(|end| end <= now_ms()) {
        Decision::deny(role, "delegation-ended")
    } else if delegation.representative && !is_minor(record.birth_date.as_deref(), today) {
        Decision::deny(role, "patient-adult")
    } else if !delegation.covers(need) {
        Decision::deny(role, "out-of-scope")
    } else if delegation.representative && record.document_hidden_from_representatives {
        Decision::deny(role, "hidden-document")
    } else {
        let viewer = Viewer::Delegate {
            delegation_id: delegation.id.clone(),
            representative: delegation.representative,
            may_upload: delegation.covers(Need::Upload),
        };
        Decision::allow(role, allowed_reason, viewer)
    };
    decision.on_behalf_of(crate::delegation::through(&delegation.id))
}

/// Whether someone born on `birth_date` (`YYYY-MM-DD`) is under 18 on `today`. An unknown
/// birth date is not a minor's: a representative's access needs a known one.
pub fn is_minor(birth_date: Option<&str>, today: jiff::civil::Date) -> bool {
    let Some(birth) = birth_date.and_then(|d| d.parse::<jiff::civil::Date>().ok()) else { return false };
    match birth.checked_add(jiff::Span::new().years(18)) {
        Ok(adult_on) => today < adult_on,
        Err(_) => false,
    }
}

/// What a rule decided: allowed or not, the role the actor acted under, the reason (all three
/// go to the audit log), the delegation acted through if any, and the viewer a grant is made for.
#[derive(Debug)]
struct Decision {
    allowed: bool,
    role: &'static str,
    reason: &'static str,
    on_behalf_of: Option<String>,
    viewer: Viewer,
}

impl Decision {
    fn allow(role: &'static str, reason: &'static str, viewer: Viewer) -> Decision {
        Decision { allowed: true, role, reason, on_behalf_of: None, viewer }
    }

    fn deny(role: &'static str, reason: &'static str) -> Decision {
        Decision { allowed: false, role, reason, on_behalf_of: None, viewer: Viewer::Writer }
    }

    fn on_behalf_of(self, what: String) -> Decision {
        Decision { on_behalf_of: Some(what), ..self }
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
        on_behalf_of: decision.on_behalf_of.as_deref(),
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
        Subject::Document(id) | Subject::Series(id) | Subject::Appointment(id) => Some(id),
    }
}

/// What a decision needs to know about the record a subject names, read in one query.
struct RecordFacts {
    id: String,
    account_id: Option<String>,
    birth_date: Option<String>,
    /// The patient's decision about this actor ('authorized', 'blocked', …), if any.
    consent: Option<String>,
    /// Whether this actor has an emergency access to the record running now.
    emergency: bool,
    /// The subject is a document hidden from professionals that this actor did not write.
    document_hidden_from_professional: bool,
    /// The subject is a document hidden from legal representatives.
    document_hidden_from_representatives: bool,
    /// The delegation this actor holds for the record and has not ended, if any.
    delegation: Option<DelegationFacts>,
    /// The actor's assisted session is on this record and running.
    assisted: bool,
}

struct DelegationFacts {
    id: String,
    representative: bool,
    scope_record: bool,
    scope_upload: bool,
    scope_appointments: bool,
    ends_at: Option<i64>,
    /// Whether the patient was told of its first use already.
    first_use_told: bool,
}

impl DelegationFacts {
    fn covers(&self, need: Need) -> bool {
        match need {
            Need::Record => self.representative || self.scope_record,
            Need::Upload => self.representative || self.scope_upload,
            Need::Appointments => self.representative || self.scope_appointments,
            Need::SettingsRead | Need::SettingsChange => self.representative,
            Need::Nothing => false,
        }
    }
}

impl RecordFacts {
    fn is_owned_by(&self, actor: &Actor) -> bool {
        matches!((actor, &self.account_id), (Actor::Person { account_id, .. }, Some(owner)) if owner == account_id)
    }

    /// The actor is acting for this record's patient (whether they may is another question):
    /// they chose it through a delegation, or their assisted session is on it.
    fn is_acted_for_by(&self, actor: &Actor) -> bool {
        actor.acting_for_patient() == Some(self.id.as_str()) || (actor.assisted_session().is_some() && self.assisted)
    }
}

#[derive(sqlx::FromRow)]
struct FactsRow {
    id: String,
    account_id: Option<String>,
    birth_date: Option<String>,
    consent: Option<String>,
    emergencies: i64,
    hidden: i64,
    hidden_from_representatives: i64,
    delegation_id: Option<String>,
    delegation_kind: Option<String>,
    scope_record: Option<i64>,
    scope_upload: Option<i64>,
    scope_appointments: Option<i64>,
    ends_at: Option<i64>,
    first_used_at: Option<i64>,
    assisted: i64,
}

/// Author key of documents a signed-in professional published (see `record::publish`).
pub(crate) const ACCOUNT_AUTHOR_SYSTEM: &str = "urn:carnet:account";

/// The French national identifier of health professionals (`IdNatPs`), as FHIR bundles name a
/// practitioner: for one registered in the RPPS, `8` followed by the 11-digit RPPS number.
pub(crate) const IDNATPS_SYSTEM: &str = "urn:oid:1.2.250.1.71.4.2.1";

/// SQL condition: the document `d` was written by the professional whose account id is the
/// parameter `account` (e.g. `$2`). A professional is recognised as a document's author in two
/// ways: they published it from the portal (author key `urn:carnet:account|<account id>`), or
/// the bundle that brought it names its practitioner by the national identifier matching the
/// RPPS number of their directory entry (`urn:oid:1.2.250.1.71.4.2.1|8<RPPS>`), which only an
/// administrator sets (`carnet invite --rpps`).
pub(crate) fn written_by(account: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM authors au WHERE au.id = d.author_id AND (au.match_key = '{ACCOUNT_AUTHOR_SYSTEM}|' || {account} \
         OR au.match_key = (SELECT '{IDNATPS_SYSTEM}|8' || pr.rpps FROM professionals pr \
         WHERE pr.account_id = {account} AND pr.rpps IS NOT NULL)))"
    )
}

async fn resolve(
    tx: &mut Transaction<'static, Any>,
    actor: &Actor,
    subject: Subject<'_>,
) -> Result<Option<RecordFacts>> {
    let (from, key): (&str, &str) = match subject {
        Subject::OwnRecord => match (actor.acting_for_patient(), actor.assisted_session(), actor.account_id()) {
            (Some(patient_id), _, _) => ("patients p WHERE p.id = $1", patient_id),
            (None, Some(session_id), _) => {
                ("assisted_sessions a0 JOIN patients p ON p.id = a0.patient_id WHERE a0.id = $1", session_id)
            }
            (None, None, Some(account_id)) => ("patients p WHERE p.account_id = $1", account_id),
            (None, None, None) => return Ok(None),
        },
        Subject::Patient(id) => ("patients p WHERE p.id = $1", id),
        Subject::Document(id) => ("documents d JOIN patients p ON p.id = d.patient_id WHERE d.id = $1", id),
        Subject::Series(id) => ("result_series s JOIN patients p ON p.id = s.patient_id WHERE s.id = $1", id),
        Subject::Appointment(id) => ("appointments x JOIN patients p ON p.id = x.patient_id WHERE x.id = $1", id),
    };
    // The document parts are only meaningful for a document subject; elsewhere they read nothing.
    let (hidden, hidden_from_representatives) = match subject {
        Subject::Document(_) => (
            format!(
                "(SELECT COUNT(*) FROM document_visibility v WHERE v.document_id = d.id \
                 AND v.hidden_from_professionals = 1 AND NOT {})",
                written_by("$2")
            ),
            "(SELECT COUNT(*) FROM document_visibility v WHERE v.document_id = d.id \
             AND v.hidden_from_representatives = 1)"
                .to_string(),
        ),
        _ => ("CAST(0 AS BIGINT)".to_string(), "CAST(0 AS BIGINT)".to_string()),
    };
    // At most one delegation of a person for a record has not ended (a unique index says so).
    // Flags are read as BIGINT, which both databases decode alike.
    let delegation = |expression: &str| {
        format!(
            "(SELECT {expression} FROM delegations g WHERE g.patient_id = p.id AND g.delegate_account_id = $2 \
             AND g.ended_at IS NULL)"
        )
    };
    let sql = format!(
        "SELECT p.id, p.account_id, p.birth_date, \
         (SELECT c.status FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $2) AS consent, \
         (SELECT COUNT(*) FROM emergency_accesses e WHERE e.patient_id = p.id AND e.professional_id = $2 \
          AND e.expires_at > $3) AS emergencies, \
         {hidden} AS hidden, {hidden_from_representatives} AS hidden_from_representatives, \
         {} AS delegation_id, {} AS delegation_kind, {} AS scope_record, {} AS scope_upload, \
         {} AS scope_appointments, {} AS ends_at, {} AS first_used_at, \
         (SELECT COUNT(*) FROM assisted_sessions a WHERE a.id = $4 AND a.patient_id = p.id AND a.staff_account_id = $2 \
          AND a.approved_at IS NOT NULL AND a.ended_at IS NULL AND a.last_seen_at > $5 AND a.approved_at > $6) \
         AS assisted FROM {from}",
        delegation("g.id"),
        delegation("g.kind"),
        delegation("CAST(g.scope_record AS BIGINT)"),
        delegation("CAST(g.scope_upload AS BIGINT)"),
        delegation("CAST(g.scope_appointments AS BIGINT)"),
        delegation("g.ends_at"),
        delegation("g.first_used_at"),
    );
    let actor_id = actor.account_id().unwrap_or("");
    let now = now_ms();
    let row: Option<FactsRow> = sqlx::query_as(&sql)
        .bind(key)
        .bind(actor_id)
        .bind(now)
        .bind(actor.assisted_session().unwrap_or(""))
        .bind(now - crate::desk::assisted::IDLE_MS)
        .bind(now - crate::desk::assisted::MAX_MS)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|row| RecordFacts {
        delegation: row.delegation_id.map(|id| DelegationFacts {
            id,
            representative: row.delegation_kind.as_deref() == Some("representative"),
            scope_record: row.scope_record == Some(1),
            scope_upload: row.scope_upload == Some(1),
            scope_appointments: row.scope_appointments == Some(1),
            ends_at: row.ends_at,
            first_use_told: row.first_used_at.is_some(),
        }),
        id: row.id,
        account_id: row.account_id,
        birth_date: row.birth_date,
        consent: row.consent,
        emergency: row.emergencies > 0,
        document_hidden_from_professional: row.hidden > 0,
        document_hidden_from_representatives: row.hidden_from_representatives > 0,
        assisted: row.assisted > 0,
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
pub const REASONS: [&str; 20] = [
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
    "delegation",
    "representative",
    "no-delegation",
    "delegation-ended",
    "patient-adult",
    "out-of-scope",
    "assisted",
    "assisted-ended",
];
