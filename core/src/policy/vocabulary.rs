//! The policy's vocabulary: who asks ([`Actor`]), about whose record ([`Subject`]), to do what
//! ([`ReadAction`], [`WriteAction`], [`AccountAction`]), and what an allowed access is made for
//! ([`Viewer`], [`Grant`]). How the audit log names them lives here too, so that the modules
//! that write audit rows of their own say it the same way.

use std::marker::PhantomData;

use crate::accounts::{Account, Role};
use crate::clock::minutes;

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

    /// How the audit log names the kind of actor.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Actor::Person { .. } => "account",
            Actor::Organisation { .. } => "organisation",
            Actor::Operator => "operator",
        }
    }

    /// How the audit log names the actor.
    pub(crate) fn id(&self) -> &str {
        match self {
            Actor::Person { account_id, .. } => account_id,
            Actor::Organisation { id } => id,
            Actor::Operator => "cli",
        }
    }

    pub(crate) fn has_role(&self, role: Role) -> bool {
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
    /// The health summary: allergies, problems, treatments, procedures, stays.
    Profile,
    /// Measurements (weight, blood pressure, glucose…): what the patient enters, what
    /// professionals and devices send, and their targets.
    Measurements,
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
    /// Conversations with the care team (target: one of them). A professional reads only those
    /// they are a party to (written to them, or to a practice of theirs).
    Messages,
    /// The pre-visit form of an appointment, as answered (target: the appointment). A
    /// professional reads only the forms of their own appointments.
    VisitForm,
}

impl ReadAction {
    pub const ALL: [ReadAction; 16] = [
        ReadAction::Summary,
        ReadAction::Results,
        ReadAction::ResultHistory,
        ReadAction::Documents,
        ReadAction::Document,
        ReadAction::Vaccinations,
        ReadAction::Profile,
        ReadAction::Measurements,
        ReadAction::Sharing,
        ReadAction::History,
        ReadAction::Delegations,
        ReadAction::Appointments,
        ReadAction::Export,
        ReadAction::Identity,
        ReadAction::Messages,
        ReadAction::VisitForm,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReadAction::Summary => "read.summary",
            ReadAction::Results => "read.results",
            ReadAction::ResultHistory => "read.result-history",
            ReadAction::Documents => "read.documents",
            ReadAction::Document => "read.document",
            ReadAction::Vaccinations => "read.vaccinations",
            ReadAction::Profile => "read.profile",
            ReadAction::Measurements => "read.measurements",
            ReadAction::Sharing => "read.sharing",
            ReadAction::History => "read.history",
            ReadAction::Delegations => "read.delegations",
            ReadAction::Appointments => "read.appointments",
            ReadAction::Export => "read.export",
            ReadAction::Identity => "read.identity",
            ReadAction::Messages => "read.messages",
            ReadAction::VisitForm => "read.visit-form",
        }
    }

    /// Only the patient reads these (never a professional, whatever their consent: a
    /// professional sees the appointments made with them in their own agenda, not the others).
    pub(crate) fn is_patients_own(self) -> bool {
        matches!(
            self,
            ReadAction::Sharing
                | ReadAction::History
                | ReadAction::Delegations
                | ReadAction::Appointments
                | ReadAction::Export
        )
    }

    pub(crate) fn need(self) -> Need {
        match self {
            ReadAction::Sharing | ReadAction::History => Need::SettingsRead,
            // Only the patient lets people act for them: a representative cannot delegate onward.
            ReadAction::Delegations => Need::Nothing,
            ReadAction::Appointments | ReadAction::VisitForm => Need::Appointments,
            ReadAction::Profile => Need::Profile,
            ReadAction::Measurements => Need::Measurements,
            ReadAction::Messages => Need::Messages,
            // A copy of everything leaves with whoever downloads it: the patient, or a minor's
            // legal representative; never a caregiver or the desk.
            ReadAction::Export => Need::SettingsChange,
            _ => Need::Record,
        }
    }
}

/// What acting for someone must cover to do an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Reading the record (a caregiver's `record` scope).
    Record,
    /// Reading the health profile, and declaring or annotating items in it (a caregiver's
    /// `profile` scope).
    Profile,
    /// Reading and entering measurements (a caregiver's `measurements` scope).
    Measurements,
    /// Adding documents (a caregiver's `upload` scope).
    Upload,
    /// Seeing, booking, moving and cancelling appointments (a caregiver's `appointments` scope).
    Appointments,
    /// Reading and writing messages with the care team for the patient (a caregiver's
    /// `messages` scope).
    Messages,
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
    /// The health profile changed from the portal (target: the item).
    Profile(ProfileChange),
    /// A measurement entered, or a target set (target: the reading, or the test's code).
    Measure(MeasureChange),
    /// A conversation with the care team started, written in or archived (target: the
    /// conversation).
    Message(MessageChange),
}

/// What is done to a conversation with the care team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageChange {
    /// A conversation begins: from the patient's side, with a professional they authorized or
    /// have an appointment with and who accepts it ([`super::may_start_with`]); from the care
    /// side, by a professional who may read the record.
    Start,
    /// A message in a conversation of one's own side.
    Write,
    /// One side puts the conversation away (a new message brings it back).
    Archive,
}

/// What is done to measurements from the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureChange {
    /// The patient (or someone acting for them) enters a reading.
    Record,
    /// A professional who may read the record sets the range a measurement should stay in.
    Target,
}

/// What is done to the health profile from the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileChange {
    /// The patient (or someone acting for them) declares an item, edits, hides or removes one
    /// they declared.
    Declare,
    /// The patient notes something on any item ("I stopped this treatment").
    Annotate,
    /// A professional who may read the record confirms an item the patient declared.
    Confirm,
    /// The patient hides an item from their legal representatives, or shows it again: their
    /// own decision, which nobody takes for them (least of all a representative).
    HideFromRepresentatives,
    /// The patient (or someone acting for them) asks a treatment's prescriber to renew it.
    RequestRenewal,
    /// The prescriber, who may read the record, accepts or declines a renewal request.
    AnswerRenewal,
}

/// What is done to a patient's appointments on their side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentChange {
    Book,
    Move,
    Cancel,
    /// Joins or leaves a professional's waiting list.
    Wait,
    /// Answers the appointment's pre-visit form (or changes the answers before signing): health
    /// facts told to a professional, so a caregiver needs the health profile's scope.
    Prepare,
    /// Signs the answered form with a passkey: consent to care is the patient's own (or a
    /// minor's representative's), never a caregiver's or the desk's.
    Sign,
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
    pub const ALL: [WriteAction; 33] = [
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
        WriteAction::Appointment(AppointmentChange::Prepare),
        WriteAction::Appointment(AppointmentChange::Sign),
        WriteAction::Profile(ProfileChange::Declare),
        WriteAction::Profile(ProfileChange::Annotate),
        WriteAction::Profile(ProfileChange::Confirm),
        WriteAction::Profile(ProfileChange::HideFromRepresentatives),
        WriteAction::Profile(ProfileChange::RequestRenewal),
        WriteAction::Profile(ProfileChange::AnswerRenewal),
        WriteAction::Measure(MeasureChange::Record),
        WriteAction::Measure(MeasureChange::Target),
        WriteAction::Message(MessageChange::Start),
        WriteAction::Message(MessageChange::Write),
        WriteAction::Message(MessageChange::Archive),
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
            WriteAction::Appointment(AppointmentChange::Prepare) => "appointment.prepare",
            WriteAction::Appointment(AppointmentChange::Sign) => "appointment.sign",
            WriteAction::Profile(ProfileChange::Declare) => "profile.declare",
            WriteAction::Profile(ProfileChange::Annotate) => "profile.annotate",
            WriteAction::Profile(ProfileChange::Confirm) => "profile.confirm",
            WriteAction::Profile(ProfileChange::HideFromRepresentatives) => "profile.hide-from-representatives",
            WriteAction::Profile(ProfileChange::RequestRenewal) => "profile.request-renewal",
            WriteAction::Profile(ProfileChange::AnswerRenewal) => "profile.answer-renewal",
            WriteAction::Measure(MeasureChange::Record) => "measure.record",
            WriteAction::Measure(MeasureChange::Target) => "measure.target",
            WriteAction::Message(MessageChange::Start) => "message.start",
            WriteAction::Message(MessageChange::Write) => "message.write",
            WriteAction::Message(MessageChange::Archive) => "message.archive",
        }
    }

    pub(crate) fn need(self) -> Need {
        match self {
            WriteAction::Upload => Need::Upload,
            WriteAction::Share(_) | WriteAction::Appointment(AppointmentChange::Sign) => Need::SettingsChange,
            // Who keeps the profile for the patient reads it too: the same scope. A pre-visit
            // form's answers are such facts.
            WriteAction::Profile(ProfileChange::Declare | ProfileChange::Annotate | ProfileChange::RequestRenewal)
            | WriteAction::Appointment(AppointmentChange::Prepare) => Need::Profile,
            WriteAction::Appointment(_) => Need::Appointments,
            WriteAction::Measure(MeasureChange::Record) => Need::Measurements,
            WriteAction::Message(_) => Need::Messages,
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
    /// The record an appointment was booked for (and its pre-visit form).
    Appointment(&'a str),
    /// The record a conversation with the care team is about.
    Conversation(&'a str),
}

impl Subject<'_> {
    /// What the audit row names as the target, when the subject is something in a record.
    pub fn target(&self) -> Option<&str> {
        match self {
            Subject::OwnRecord | Subject::Patient(_) => None,
            Subject::Document(id) | Subject::Series(id) | Subject::Appointment(id) | Subject::Conversation(id) => {
                Some(id)
            }
        }
    }
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
    /// representative; `may_upload` says whether it lets them add documents, `reads_record` and
    /// `reads_profile` whether it lets them read the record (results, documents) and the health
    /// profile, for what a page of one shows of the other.
    Delegate { delegation_id: String, representative: bool, may_upload: bool, reads_record: bool, reads_profile: bool },
    /// Reception staff in an assisted session the patient approved (the patient is present).
    Assisted { session_id: String },
    /// Someone adding to the record (a publisher, an organisation, the operator).
    Writer,
}

impl Viewer {
    /// Whether the viewer sees what the patient hid from professionals in their health profile:
    /// the patient and whoever acts for them through a delegation; not a professional (even in
    /// an emergency), nor staff at the desk, though the patient is beside them.
    pub fn sees_hidden_from_professionals(&self) -> bool {
        match self {
            Viewer::Owner | Viewer::Delegate { .. } | Viewer::Writer => true,
            Viewer::Professional { .. } | Viewer::Assisted { .. } => false,
        }
    }

    /// Whether the viewer sees what the patient hid from their legal representatives: everyone
    /// it is not hidden from, that is everyone but a representative.
    pub fn sees_hidden_from_representatives(&self) -> bool {
        !matches!(self, Viewer::Delegate { representative: true, .. })
    }

    /// Whether the viewer may read the record's documents, for what another page shows of them
    /// (the prescription a treatment comes from): everyone a read of the record is granted to,
    /// but a caregiver whose delegation does not cover the record.
    pub fn reads_documents(&self) -> bool {
        !matches!(self, Viewer::Delegate { reads_record: false, .. })
    }

    /// Whether the viewer may read the health profile, for what another page shows of it (the
    /// treatments a prescription contains): everyone but a caregiver whose delegation does not
    /// cover the profile.
    pub fn reads_profile(&self) -> bool {
        !matches!(self, Viewer::Delegate { reads_profile: false, .. })
    }

    /// Whether the viewer decides for the patient what only the patient decides (their sharing,
    /// their consent to care): the patient, or a legal representative (whose delegation the
    /// policy only lets through while the patient is a minor). What a page offers; the policy
    /// decides the act itself (`Need::SettingsChange`).
    pub fn decides_for_patient(&self) -> bool {
        matches!(self, Viewer::Owner | Viewer::Delegate { representative: true, .. })
    }

    /// What the viewer acts through, as the audit log names it (`delegation:<id>`,
    /// `assisted:<id>`), for rows a record function writes itself (who booked an appointment).
    pub fn on_behalf_of(&self) -> Option<String> {
        match self {
            Viewer::Delegate { delegation_id, .. } => Some(through_delegation(delegation_id)),
            Viewer::Assisted { session_id } => Some(through_assisted_session(session_id)),
            Viewer::Owner | Viewer::Professional { .. } | Viewer::Writer => None,
        }
    }
}

/// Permission to act on one patient's record, made only by the door ([`crate::access`]) from
/// an allowing decision.
#[derive(Debug)]
pub struct Grant<K> {
    patient_id: String,
    viewer: Viewer,
    _kind: PhantomData<K>,
}

impl<K> Grant<K> {
    pub(crate) fn new(patient_id: String, viewer: Viewer) -> Grant<K> {
        Grant { patient_id, viewer, _kind: PhantomData }
    }

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

/// What the audit log says an act for the patient was done through, when it was done under a
/// delegation (`on_behalf_of`).
pub fn through_delegation(delegation_id: &str) -> String {
    format!("delegation:{delegation_id}")
}

/// What the audit log says an act was done through, when it was done in an assisted session at
/// the reception desk (`on_behalf_of`).
pub fn through_assisted_session(session_id: &str) -> String {
    format!("assisted:{session_id}")
}

/// An assisted session ends after this long without a request…
pub const ASSISTED_IDLE_MS: i64 = minutes(5);
/// …and this long after the patient approved it, whatever happens.
pub const ASSISTED_MAX_MS: i64 = minutes(30);

/// Things done outside any record, by who someone is: the sections of the portal a person is
/// offered and the desk's and professionals' tools. Decided by [`super::may`], from the actor
/// alone (roles, and whom they act for); not audited, since no health data is touched — the
/// record itself is reached through the door again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountAction {
    /// Reading a record in the portal's own pages: one's own, or the one acted for.
    UseRecordPages,
    /// The sharing page and "who saw my record" of the record acted on.
    ManageSharing,
    /// Inviting and ending one's own caregivers.
    ManageCaregivers,
    /// The list of the people one helps, and choosing whom to act for.
    Help,
    /// One's own account: passkeys, language, export.
    ManageAccount,
    /// Downloading the whole record one acts on (the patient, a minor's representative).
    Export,
    /// A professional's list of patients, requests for access, emergency access.
    ListPatients,
    /// Publishing results, reports and vaccinations from the portal's forms.
    Publish,
    /// A professional's agenda, places, openings and booking settings.
    ManageAgenda,
    /// The reception desk's page.
    UseDesk,
    /// Enrolling a patient, recovering access, creating a minor's record (staff and admins).
    EnrolAtDesk,
    /// Opening an assisted session for a present patient (staff only).
    RunAssistedSession,
}

impl AccountAction {
    pub const ALL: [AccountAction; 12] = [
        AccountAction::UseRecordPages,
        AccountAction::ManageSharing,
        AccountAction::ManageCaregivers,
        AccountAction::Help,
        AccountAction::ManageAccount,
        AccountAction::Export,
        AccountAction::ListPatients,
        AccountAction::Publish,
        AccountAction::ManageAgenda,
        AccountAction::UseDesk,
        AccountAction::EnrolAtDesk,
        AccountAction::RunAssistedSession,
    ];
}
