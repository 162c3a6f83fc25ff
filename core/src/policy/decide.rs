//! The table: one pure function per kind of question, from facts to an answer. No I/O, no SQL,
//! no clock, no e-mail: what time it is comes in with the facts, and what the patient must be
//! told comes out as an [`Effect`] that the door hands to the module owning it.

use super::facts::{AssistedFacts, Consent, Counterpart, DelegationFacts, RecordFacts};
use super::vocabulary::*;
use crate::accounts::Role;

/// Any question about a record: a read or a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read(ReadAction),
    Write(WriteAction),
}

impl Action {
    /// What the audit log calls it.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Read(read) => read.as_str(),
            Action::Write(write) => write.as_str(),
        }
    }

    fn need(self) -> Need {
        match self {
            Action::Read(read) => read.need(),
            Action::Write(write) => write.need(),
        }
    }
}

/// When a decision is made: the instant (delegations' ends, emergency accesses, assisted
/// sessions) and the clinic's calendar day (a minor's 18th birthday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub now_ms: i64,
    pub today: jiff::civil::Date,
}

/// What the patient is told because of an allowed access, carried out by the module that owns
/// it, in the transaction of the access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// A professional read with consent: the patient hears of their first read, once
    /// (`sharing`).
    FirstReadByProfessional { professional_id: String },
    /// A caregiver's delegation was used for the first time: the patient hears of it once
    /// (`delegation`).
    FirstUseOfDelegation { delegation_id: String },
}

/// Why an access was allowed, as the audit log says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The patient's own record.
    Owner,
    /// The patient authorized this professional.
    Consent,
    /// A professional's emergency access is running.
    Emergency,
    /// A caregiver's delegation covers it.
    Delegation,
    /// A minor's legal representative.
    Representative,
    /// Reception staff in an assisted session the patient approved.
    Assisted,
    /// A professional publishing, asking for access or opening an emergency access.
    Professional,
    /// An organisation's software with an API token.
    OrganisationToken,
    /// A professional with an appointment with the patient, in a conversation of theirs or
    /// reading that appointment's pre-visit form.
    Appointment,
    /// The operator, at the command line.
    Operator,
}

/// Why an access was refused, as the audit log says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The patient blocked this professional.
    Blocked,
    /// No consent and no emergency access.
    NoConsent,
    /// A document hidden from whoever asks.
    HiddenDocument,
    /// Nothing gives this actor this access.
    NoAccess,
    /// No such record (or nothing links the actor to one).
    UnknownRecord,
    /// Only the patient (or a minor's representative) does this.
    OwnerOnly,
    /// The person acts for the patient through no running delegation.
    NoDelegation,
    /// The delegation has ended, or its last day has passed.
    DelegationEnded,
    /// A representative's child is 18 (or of unknown age).
    PatientAdult,
    /// The delegation's scope, or an assisted session, does not cover it.
    OutOfScope,
    /// The assisted session is over (ended, idle, past its maximum, or never approved).
    AssistedEnded,
    /// The professional was authorized by a legal representative while the patient was a
    /// minor; the patient is 18 now and has not confirmed it.
    MinorConsentEnded,
    /// A conversation with the care team that is neither the professional's nor their
    /// practice's, or the form of another professional's appointment.
    NotParty,
    /// Starting a conversation with a professional the patient neither authorized nor met.
    NotTheirProfessional,
    /// Starting a conversation with a professional who does not take those patients start.
    NotAccepting,
}

impl Basis {
    pub const ALL: [Basis; 10] = [
        Basis::Owner,
        Basis::Consent,
        Basis::Emergency,
        Basis::Delegation,
        Basis::Representative,
        Basis::Assisted,
        Basis::Professional,
        Basis::OrganisationToken,
        Basis::Operator,
        Basis::Appointment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Owner => "owner",
            Basis::Consent => "consent",
            Basis::Emergency => "emergency",
            Basis::Delegation => "delegation",
            Basis::Representative => "representative",
            Basis::Assisted => "assisted",
            Basis::Professional => "professional",
            Basis::OrganisationToken => "organisation-token",
            Basis::Appointment => "appointment",
            Basis::Operator => "operator",
        }
    }
}

impl Refusal {
    pub const ALL: [Refusal; 15] = [
        Refusal::Blocked,
        Refusal::NoConsent,
        Refusal::HiddenDocument,
        Refusal::NoAccess,
        Refusal::UnknownRecord,
        Refusal::OwnerOnly,
        Refusal::NoDelegation,
        Refusal::DelegationEnded,
        Refusal::PatientAdult,
        Refusal::OutOfScope,
        Refusal::AssistedEnded,
        Refusal::MinorConsentEnded,
        Refusal::NotParty,
        Refusal::NotTheirProfessional,
        Refusal::NotAccepting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::Blocked => "blocked",
            Refusal::NoConsent => "no-consent",
            Refusal::HiddenDocument => "hidden-document",
            Refusal::NoAccess => "no-access",
            Refusal::UnknownRecord => "unknown-record",
            Refusal::OwnerOnly => "owner-only",
            Refusal::NoDelegation => "no-delegation",
            Refusal::DelegationEnded => "delegation-ended",
            Refusal::PatientAdult => "patient-adult",
            Refusal::OutOfScope => "out-of-scope",
            Refusal::AssistedEnded => "assisted-ended",
            Refusal::MinorConsentEnded => "minor-consent-ended",
            Refusal::NotParty => "not-party",
            Refusal::NotTheirProfessional => "not-their-professional",
            Refusal::NotAccepting => "not-accepting",
        }
    }
}

/// The answer: allowed (on a basis, for a viewer, with effects) or refused (for a reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Allow { basis: Basis, viewer: Viewer, effects: Vec<Effect> },
    Deny(Refusal),
}

/// A decision as the audit log records it: the outcome, the capacity the actor acted in, and
/// the delegation or assisted session it went through, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Outcome,
    /// "patient", "professional", "caregiver", "representative", "staff", … (the actor's own
    /// first role when no rule applied).
    pub role: &'static str,
    pub on_behalf_of: Option<String>,
}

impl Decision {
    fn allow(role: &'static str, basis: Basis, viewer: Viewer) -> Decision {
        Decision { outcome: Outcome::Allow { basis, viewer, effects: Vec::new() }, role, on_behalf_of: None }
    }

    fn deny(role: &'static str, refusal: Refusal) -> Decision {
        Decision { outcome: Outcome::Deny(refusal), role, on_behalf_of: None }
    }

    /// This decision turned into a refusal, in the same capacity and through the same
    /// delegation or session.
    fn refused(self, refusal: Refusal) -> Decision {
        Decision { outcome: Outcome::Deny(refusal), ..self }
    }

    fn through(self, what: String) -> Decision {
        Decision { on_behalf_of: Some(what), ..self }
    }

    fn telling(mut self, effect: Effect) -> Decision {
        if let Outcome::Allow { effects, .. } = &mut self.outcome {
            effects.push(effect);
        }
        self
    }

    pub fn is_allowed(&self) -> bool {
        matches!(self.outcome, Outcome::Allow { .. })
    }

    /// The basis or the refusal, as the audit log's `reason`.
    pub fn reason(&self) -> &'static str {
        match &self.outcome {
            Outcome::Allow { basis, .. } => basis.as_str(),
            Outcome::Deny(refusal) => refusal.as_str(),
        }
    }
}

/// Decides whether `actor` may do `action` on the record described by `record` (`None`: no
/// such record) at `at`.
pub fn decide(actor: &Actor, action: Action, record: Option<&RecordFacts>, at: Moment) -> Decision {
    let Some(record) = record else { return Decision::deny(default_role(actor), Refusal::UnknownRecord) };
    match action {
        Action::Read(read) => decide_read(actor, read, record, at),
        Action::Write(write) => decide_write(actor, write, record, at),
    }
}

fn decide_read(actor: &Actor, action: ReadAction, record: &RecordFacts, at: Moment) -> Decision {
    if record.is_owned_by(actor) {
        return Decision::allow("patient", Basis::Owner, Viewer::Owner);
    }
    if record.is_acted_for_by(actor) {
        return on_behalf(actor, record, Action::Read(action), at);
    }
    if action.is_patients_own() {
        return Decision::deny(default_role(actor), Refusal::OwnerOnly);
    }
    match action {
        ReadAction::Messages => conversation_access(actor, record, at),
        ReadAction::VisitForm => visit_form_access(actor, record, at),
        _ => professional_read(actor, record, at),
    }
}

/// A professional reading an appointment's pre-visit form: only the appointment's own
/// professional (the patient answered it for them), with consent, or without it while the
/// appointment stands — the appointment is the reason; cancelled, it is none —, never when
/// blocked.
fn visit_form_access(actor: &Actor, record: &RecordFacts, at: Moment) -> Decision {
    let theirs = record.appointment.is_some_and(|a| a.actor_is_its_professional);
    let live = record.appointment.is_some_and(|a| a.live);
    let read = professional_read(actor, record, at);
    match (&read.outcome, actor.account_id()) {
        (Outcome::Allow { .. }, _) if theirs => read,
        (Outcome::Deny(Refusal::NoConsent | Refusal::MinorConsentEnded), Some(account_id)) if theirs && live => {
            let viewer = Viewer::Professional { account_id: account_id.to_string(), emergency: false };
            Decision::allow("professional", Basis::Appointment, viewer)
        }
        (Outcome::Deny(_), _) => read,
        (Outcome::Allow { .. }, _) => Decision::deny(read.role, Refusal::NotParty),
    }
}

/// A professional's access to conversations: as reading the record, or through an appointment
/// with the patient (not cancelled) — a patient may write to the professional they will see —,
/// never when blocked; and only to a conversation of their own or their practice's.
fn conversation_access(actor: &Actor, record: &RecordFacts, at: Moment) -> Decision {
    let read = professional_read(actor, record, at);
    let decision = match (&read.outcome, actor.account_id()) {
        (Outcome::Deny(Refusal::NoConsent | Refusal::MinorConsentEnded), Some(account_id))
            if record.appointment_with_actor =>
        {
            let viewer = Viewer::Professional { account_id: account_id.to_string(), emergency: false };
            Decision::allow("professional", Basis::Appointment, viewer)
        }
        _ => read,
    };
    party_to_conversation(decision, record)
}

/// A professional's access to a conversation with the care team: only to one written to them
/// or to a practice of theirs, whatever else they may read of the record.
fn party_to_conversation(decision: Decision, record: &RecordFacts) -> Decision {
    match record.conversation {
        Some(conversation) if decision.is_allowed() && !conversation.actor_is_party => {
            Decision::deny(decision.role, Refusal::NotParty)
        }
        _ => decision,
    }
}

fn decide_write(actor: &Actor, action: WriteAction, record: &RecordFacts, at: Moment) -> Decision {
    let decision = decide_write_on_record(actor, action, record, at);
    // Starting a conversation from the patient's side: with whom is the policy's to say too.
    match (&decision.outcome, action, &record.counterparts) {
        (Outcome::Allow { viewer, .. }, WriteAction::Message(MessageChange::Start), Some(counterparts))
            if !matches!(viewer, Viewer::Professional { .. }) =>
        {
            match may_start_with(counterparts, record.birth_date, at.today) {
                Ok(()) => decision,
                Err(StartRefusal::NotTheirProfessional) => decision.refused(Refusal::NotTheirProfessional),
                Err(StartRefusal::NotAccepting) => decision.refused(Refusal::NotAccepting),
            }
        }
        _ => decision,
    }
}

fn decide_write_on_record(actor: &Actor, action: WriteAction, record: &RecordFacts, at: Moment) -> Decision {
    match action {
        WriteAction::Import if *actor == Actor::Operator => {
            Decision::allow("operator", Basis::Operator, Viewer::Writer)
        }
        WriteAction::Publish if actor.has_role(Role::Professional) => {
            Decision::allow("professional", Basis::Professional, Viewer::Writer)
        }
        WriteAction::Publish if matches!(actor, Actor::Organisation { .. }) => {
            Decision::allow("organisation", Basis::OrganisationToken, Viewer::Writer)
        }
        WriteAction::Upload
        | WriteAction::Share(_)
        | WriteAction::Delegate(_)
        | WriteAction::Appointment(_)
        | WriteAction::Measure(MeasureChange::Record)
        | WriteAction::Message(_)
        | WriteAction::Profile(
            ProfileChange::Declare
            | ProfileChange::Annotate
            | ProfileChange::HideFromRepresentatives
            | ProfileChange::RequestRenewal,
        ) if record.is_owned_by(actor) => Decision::allow("patient", Basis::Owner, Viewer::Owner),
        _ if record.is_acted_for_by(actor) => on_behalf(actor, record, Action::Write(action), at),
        // Confirming what the patient declared is a professional's act on a record they may
        // read: the same consent, block and emergency rules as reading it.
        // So are setting the target range of a measurement and answering a renewal request.
        WriteAction::Profile(ProfileChange::Confirm | ProfileChange::AnswerRenewal)
        | WriteAction::Measure(MeasureChange::Target)
            if actor.has_role(Role::Professional) =>
        {
            professional_read(actor, record, at)
        }
        // Writing to a patient is as reading their record: the same consent and block, and
        // only in a conversation of one's own (or of one's practice).
        WriteAction::Message(_) if actor.has_role(Role::Professional) => conversation_access(actor, record, at),
        WriteAction::RequestAccess | WriteAction::Emergency if actor.has_role(Role::Professional) => {
            match record.consent {
                Consent::Blocked => Decision::deny("professional", Refusal::Blocked),
                _ => Decision::allow("professional", Basis::Professional, Viewer::Writer),
            }
        }
        _ => Decision::deny(default_role(actor), Refusal::NoAccess),
    }
}

/// A professional reading someone else's record: the block first, then consent or a running
/// emergency access, then a document hidden from professionals (unless they wrote it).
fn professional_read(actor: &Actor, record: &RecordFacts, at: Moment) -> Decision {
    let Some(account_id) = actor.account_id().filter(|_| actor.has_role(Role::Professional)) else {
        return Decision::deny(default_role(actor), Refusal::NoAccess);
    };
    let emergency_running = record.emergency_until.is_some_and(|until| until > at.now_ms);
    let (basis, emergency) = match record.consent {
        Consent::Blocked => return Decision::deny("professional", Refusal::Blocked),
        Consent::Authorized => (Basis::Consent, false),
        // Given by a representative: it ends at 18 unless the young adult confirms it.
        Consent::AuthorizedForMinor if is_minor(record.birth_date, at.today) => (Basis::Consent, false),
        _ if emergency_running => (Basis::Emergency, true),
        Consent::AuthorizedForMinor => return Decision::deny("professional", Refusal::MinorConsentEnded),
        _ => return Decision::deny("professional", Refusal::NoConsent),
    };
    if record.document.is_some_and(|d| d.hidden_from_professionals && !d.written_by_actor) {
        return Decision::deny("professional", Refusal::HiddenDocument);
    }
    let decision =
        Decision::allow("professional", basis, Viewer::Professional { account_id: account_id.to_string(), emergency });
    match basis {
        Basis::Consent if !record.first_read_told => {
            decision.telling(Effect::FirstReadByProfessional { professional_id: account_id.to_string() })
        }
        _ => decision,
    }
}

/// A person acting for the patient: in an assisted session, or through a delegation.
fn on_behalf(actor: &Actor, record: &RecordFacts, action: Action, at: Moment) -> Decision {
    match actor.assisted_session() {
        Some(session_id) => assisted(session_id, record.assisted.as_ref(), action.need(), at),
        None => delegated(record, action, at),
    }
}

/// Whether an assisted session is running at `now_ms`: approved, not ended, not idle for
/// [`ASSISTED_IDLE_MS`], not older than [`ASSISTED_MAX_MS`] since its approval.
pub fn assisted_running(session: &AssistedFacts, now_ms: i64) -> bool {
    match session.approved_at {
        Some(approved_at) => {
            session.ended_at.is_none()
                && now_ms - session.last_seen_at <= ASSISTED_IDLE_MS
                && now_ms - approved_at <= ASSISTED_MAX_MS
        }
        None => false,
    }
}

/// Staff in an assisted session on this record, running, for what the patient may ask at the
/// desk: reading the record and its settings, adding documents, appointments; never changing
/// sharing or delegations.
fn assisted(session_id: &str, session: Option<&AssistedFacts>, need: Need, at: Moment) -> Decision {
    let decision = if !session.is_some_and(|s| assisted_running(s, at.now_ms)) {
        Decision::deny("staff", Refusal::AssistedEnded)
    } else if matches!(
        need,
        Need::Record
            | Need::Profile
            | Need::Measurements
            | Need::Upload
            | Need::SettingsRead
            | Need::Appointments
            | Need::Messages
    ) {
        Decision::allow("staff", Basis::Assisted, Viewer::Assisted { session_id: session_id.to_string() })
    } else {
        Decision::deny("staff", Refusal::OutOfScope)
    };
    decision.through(through_assisted_session(session_id))
}

/// A delegation: running, not past the end the patient chose, whose scope covers what is asked;
/// for a legal representative, a patient still under 18 today and a document not hidden from
/// representatives. A caregiver's first read is told to the patient.
fn delegated(record: &RecordFacts, action: Action, at: Moment) -> Decision {
    let need = action.need();
    let Some(delegation) = &record.delegation else {
        return Decision::deny("person", Refusal::NoDelegation);
    };
    let (role, basis) = if delegation.representative {
        ("representative", Basis::Representative)
    } else {
        ("caregiver", Basis::Delegation)
    };
    let decision = if delegation.ended_at.is_some() || delegation.ends_at.is_some_and(|end| end <= at.now_ms) {
        Decision::deny(role, Refusal::DelegationEnded)
    } else if delegation.representative && !is_minor(record.birth_date, at.today) {
        Decision::deny(role, Refusal::PatientAdult)
    } else if !covers(delegation, need) {
        Decision::deny(role, Refusal::OutOfScope)
    } else if delegation.representative && record.document.is_some_and(|d| d.hidden_from_representatives) {
        Decision::deny(role, Refusal::HiddenDocument)
    } else {
        let viewer = Viewer::Delegate {
            delegation_id: delegation.id.clone(),
            representative: delegation.representative,
            may_upload: covers(delegation, Need::Upload),
            reads_record: covers(delegation, Need::Record),
            reads_profile: covers(delegation, Need::Profile),
        };
        let allowed = Decision::allow(role, basis, viewer);
        let first_read = matches!(action, Action::Read(_)) && !delegation.representative && !delegation.first_use_told;
        match first_read {
            true => allowed.telling(Effect::FirstUseOfDelegation { delegation_id: delegation.id.clone() }),
            false => allowed,
        }
    };
    decision.through(through_delegation(&delegation.id))
}

/// Whether a delegation's scope covers a need. A legal representative's covers everything a
/// parent does for a child; a caregiver's only what the patient ticked; the settings that
/// protect the patient are never a caregiver's.
pub fn covers(delegation: &DelegationFacts, need: Need) -> bool {
    match need {
        Need::Record => delegation.representative || delegation.scope_record,
        Need::Profile => delegation.representative || delegation.scope_profile,
        Need::Measurements => delegation.representative || delegation.scope_measurements,
        Need::Upload => delegation.representative || delegation.scope_upload,
        Need::Appointments => delegation.representative || delegation.scope_appointments,
        Need::Messages => delegation.representative || delegation.scope_messages,
        Need::SettingsRead | Need::SettingsChange => delegation.representative,
        Need::Nothing => false,
    }
}

/// Why the patient's side may not start a conversation with a professional (or a practice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartRefusal {
    /// Neither authorized to read the record (and not blocked) nor met in an appointment.
    NotTheirProfessional,
    /// The professional does not take conversations patients start.
    NotAccepting,
}

/// Whether the patient's side may start a conversation with `counterpart` on `today`: a
/// professional the patient authorized (an authorization given for a minor only while they
/// are one) or has an appointment with (past or to come, not cancelled), not blocked, who takes
/// conversations patients start. For a practice, any one of its members who is so.
pub fn may_start_with(
    counterpart: &[Counterpart],
    birth_date: Option<jiff::civil::Date>,
    today: jiff::civil::Date,
) -> Result<(), StartRefusal> {
    let theirs = |c: &&Counterpart| match c.consent {
        Consent::Blocked => false,
        Consent::Authorized => true,
        Consent::AuthorizedForMinor if is_minor(birth_date, today) => true,
        _ => c.has_appointment,
    };
    let mut reachable = counterpart.iter().filter(theirs).peekable();
    if reachable.peek().is_none() {
        return Err(StartRefusal::NotTheirProfessional);
    }
    match reachable.any(|c| c.accepts_patients) {
        true => Ok(()),
        false => Err(StartRefusal::NotAccepting),
    }
}

/// Whether someone born on `birth_date` is under 18 on `today`. Someone born on 29 February
/// comes of age on 28 February in a common year (French law counts a term in years to the
/// last day of the month when it has no such day). An unknown birth date is not a minor's: a
/// representative's access needs a known one. The SQL side, comparing stored dates with one
/// day, is `facts::minor_born_after`.
pub fn is_minor(birth_date: Option<jiff::civil::Date>, today: jiff::civil::Date) -> bool {
    let Some(birth) = birth_date else { return false };
    match birth.checked_add(jiff::Span::new().years(18)) {
        Ok(adult_on) => today < adult_on,
        Err(_) => false,
    }
}

/// The role an actor is logged under when no rule applied.
pub(crate) fn default_role(actor: &Actor) -> &'static str {
    match actor {
        Actor::Person { roles, .. } => roles.first().map_or("none", |r| r.as_str()),
        Actor::Organisation { .. } => "organisation",
        Actor::Operator => "operator",
    }
}

/// Whether the person may do something outside any record ([`AccountAction`]): from their roles
/// and whom they act for this request. `represents`: the delegation they act through is a
/// minor's legal representation (as the edge found it running).
pub fn may(actor: &Actor, action: AccountAction, represents: bool) -> bool {
    let Actor::Person { .. } = actor else { return false };
    let assisted = actor.assisted_session().is_some();
    let acting = actor.acting_for_patient().is_some();
    let own = !assisted && !acting;
    let role = |r| actor.has_role(r);
    match action {
        AccountAction::UseRecordPages => assisted || acting || role(Role::Patient),
        AccountAction::ManageSharing | AccountAction::Export => {
            !assisted && if acting { represents } else { role(Role::Patient) }
        }
        AccountAction::ManageCaregivers => own && role(Role::Patient),
        AccountAction::Help => !assisted && (acting || role(Role::Caregiver)),
        AccountAction::ManageAccount => !assisted,
        AccountAction::ListPatients | AccountAction::Publish | AccountAction::ManageAgenda => {
            !assisted && role(Role::Professional)
        }
        // The desk's tools are used in one's own name, never while acting for someone.
        AccountAction::UseDesk | AccountAction::EnrolAtDesk => own && (role(Role::Staff) || role(Role::Admin)),
        AccountAction::RunAssistedSession => own && role(Role::Staff),
    }
}

/// Whether the desk may attach a record to someone holding `roles` (`None`: no account yet),
/// as its patient or as a minor's legal representative: never to someone who works at the desk
/// or runs the portal (staff, administrators), so that no one there can give themselves, or a
/// colleague, a way into a record.
pub fn desk_may_attach(roles: Option<&[Role]>) -> bool {
    roles.is_none_or(|roles| !roles.iter().any(|r| matches!(r, Role::Staff | Role::Admin)))
}

/// Whether `actor` may decide on the appointment of a legal representative that the account
/// `proposed_by` filed: someone of the desk ([`AccountAction::EnrolAtDesk`]) other than the
/// proposer when approving (two people see the evidence); the proposer too when refusing
/// (withdrawing their own proposal).
pub fn may_decide_appointment(actor: &Actor, proposed_by: &str, approve: bool) -> bool {
    may(actor, AccountAction::EnrolAtDesk, false) && (!approve || actor.account_id() != Some(proposed_by))
}

/// What a person may do outside any record this request ([`may`] for every [`AccountAction`]),
/// asked once at the edge and read by the pages (which sections to offer, which tools).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Capabilities {
    allowed: u32,
}

impl Capabilities {
    pub fn of(actor: &Actor, represents: bool) -> Capabilities {
        let allowed = AccountAction::ALL
            .iter()
            .enumerate()
            .filter(|(_, action)| may(actor, **action, represents))
            .fold(0, |bits, (i, _)| bits | (1 << i));
        Capabilities { allowed }
    }

    pub fn may(self, action: AccountAction) -> bool {
        AccountAction::ALL.iter().position(|a| *a == action).is_some_and(|i| self.allowed & (1 << i) != 0)
    }
}

/// Every reason a decision can be logged with (the sign-in's own are in `crate::sign_in`).
pub fn reasons() -> impl Iterator<Item = &'static str> {
    Basis::ALL.into_iter().map(Basis::as_str).chain(Refusal::ALL.into_iter().map(Refusal::as_str))
}
