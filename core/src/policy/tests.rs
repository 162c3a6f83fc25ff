//! The table, cell by cell: for every kind of person and relationship to a record, every state
//! of that relationship, and every action, the answer the policy must give, named. Each
//! situation lists every action exactly once — allowed (on which basis) or refused (for which
//! reason) — and a test fails when an action exists that a situation does not name, so a new
//! action cannot be added without deciding it for everyone. The HTTP access matrix
//! (`server/tests/integration/access_matrix.rs`) proves the same end to end.

use super::decide::{covers, Action, Basis, Decision, Effect, Moment, Outcome, Refusal};
use super::facts::{
    AppointmentFacts, AssistedFacts, Consent, ConversationFacts, Counterpart, DelegationFacts, DocumentFacts,
    RecordFacts,
};
use super::vocabulary::*;
use super::{assisted_running, decide, is_minor, may, may_start_with, StartRefusal};
use crate::accounts::Role;

const NOW: i64 = 1_800_000_000_000;
const MINUTE: i64 = 60_000;

fn at() -> Moment {
    Moment { now_ms: NOW, today: jiff::civil::date(2027, 1, 15) }
}

fn person(id: &str, roles: &[Role]) -> Actor {
    Actor::Person { account_id: id.into(), roles: roles.to_vec(), acting_for: None }
}

fn acting(id: &str, roles: &[Role], patient_id: &str) -> Actor {
    Actor::Person {
        account_id: id.into(),
        roles: roles.to_vec(),
        acting_for: Some(ActingFor::Delegation { patient_id: patient_id.into() }),
    }
}

fn assisting(id: &str, session_id: &str) -> Actor {
    Actor::Person {
        account_id: id.into(),
        roles: vec![Role::Staff],
        acting_for: Some(ActingFor::Assisted { session_id: session_id.into() }),
    }
}

/// Camille's record (born 1984), linked to her account.
fn record() -> RecordFacts {
    RecordFacts {
        id: "rec-camille".into(),
        account_id: Some("camille".into()),
        birth_date: Some(jiff::civil::date(1984, 3, 2)),
        ..RecordFacts::default()
    }
}

/// Léo's record: a child, no account of his own.
fn child_record(birth: jiff::civil::Date) -> RecordFacts {
    RecordFacts { id: "rec-leo".into(), account_id: None, birth_date: Some(birth), ..RecordFacts::default() }
}

fn delegation(record: bool, upload: bool, appointments: bool) -> DelegationFacts {
    DelegationFacts {
        id: "del-1".into(),
        representative: false,
        scope_record: record,
        scope_profile: false,
        scope_measurements: false,
        scope_upload: upload,
        scope_appointments: appointments,
        scope_messages: false,
        ends_at: None,
        ended_at: None,
        first_use_told: true,
    }
}

fn representation() -> DelegationFacts {
    DelegationFacts { representative: true, ..delegation(false, false, false) }
}

fn session(approved_ago: Option<i64>, idle: i64, ended: bool) -> AssistedFacts {
    AssistedFacts {
        approved_at: approved_ago.map(|ago| NOW - ago),
        ended_at: ended.then_some(NOW - 1),
        last_seen_at: NOW - idle,
    }
}

// The actions, in groups named for what they are.
fn read(a: ReadAction) -> Action {
    Action::Read(a)
}
fn write(a: WriteAction) -> Action {
    Action::Write(a)
}

/// Reading the record itself: what a professional with consent, a caregiver with the record
/// scope or a representative reads.
fn record_reads() -> Vec<Action> {
    use ReadAction::*;
    [Summary, Results, ResultHistory, Documents, Document, Vaccinations, Identity].map(read).to_vec()
}
/// Reading the health profile: a caregiver's profile scope, and whoever reads the record.
fn profile_reads() -> Vec<Action> {
    vec![read(ReadAction::Profile)]
}
/// Measurements read and entered: a caregiver's measurements scope; whoever reads the record
/// reads them.
fn measurements() -> Vec<Action> {
    vec![read(ReadAction::Measurements), write(WriteAction::Measure(MeasureChange::Record))]
}
fn measurement_reads() -> Vec<Action> {
    vec![read(ReadAction::Measurements)]
}
/// A professional setting a measurement's target range.
fn target() -> Vec<Action> {
    vec![write(WriteAction::Measure(MeasureChange::Target))]
}
/// The settings that protect the patient, read: sharing and "who saw my record".
fn settings_reads() -> Vec<Action> {
    vec![read(ReadAction::Sharing), read(ReadAction::History)]
}
fn share_changes() -> Vec<Action> {
    use ShareChange::*;
    [Authorize, Revoke, Block, Unblock, Approve, Refuse, HideDocument, ShowDocument, HideNewDocuments]
        .map(|c| write(WriteAction::Share(c)))
        .to_vec()
}
fn delegation_changes() -> Vec<Action> {
    [DelegationChange::Invite, DelegationChange::End].map(|c| write(WriteAction::Delegate(c))).to_vec()
}
fn appointment_changes() -> Vec<Action> {
    use AppointmentChange::*;
    [Book, Move, Cancel, Wait].map(|c| write(WriteAction::Appointment(c))).to_vec()
}
/// Signing a pre-visit form: consent to care, the patient's own (or a minor's representative's).
fn signature() -> Vec<Action> {
    vec![write(WriteAction::Appointment(AppointmentChange::Sign))]
}
/// Reading an appointment's pre-visit form.
fn visit_form_reads() -> Vec<Action> {
    vec![read(ReadAction::VisitForm)]
}
/// What the patient's side changes in the health profile, and tells a professional of it
/// (answering a pre-visit form).
fn profile_changes() -> Vec<Action> {
    let mut all: Vec<Action> = [ProfileChange::Declare, ProfileChange::Annotate, ProfileChange::RequestRenewal]
        .map(|c| write(WriteAction::Profile(c)))
        .to_vec();
    all.push(write(WriteAction::Appointment(AppointmentChange::Prepare)));
    all
}
/// The patient keeping an item from their legal representatives: theirs alone to decide.
fn hide_from_representatives() -> Vec<Action> {
    vec![write(WriteAction::Profile(ProfileChange::HideFromRepresentatives))]
}
/// A professional confirming what the patient declared, or answering a renewal request.
fn confirm() -> Vec<Action> {
    [ProfileChange::Confirm, ProfileChange::AnswerRenewal].map(|c| write(WriteAction::Profile(c))).to_vec()
}
/// Reading conversations with the care team, starting one, writing, archiving.
fn messages() -> Vec<Action> {
    use MessageChange::*;
    let mut all = vec![message_reads()];
    all.push([Start, Write, Archive].map(|c| write(WriteAction::Message(c))).to_vec());
    all.concat()
}
fn message_reads() -> Vec<Action> {
    vec![read(ReadAction::Messages)]
}
fn professional_writes() -> Vec<Action> {
    vec![write(WriteAction::RequestAccess), write(WriteAction::Emergency)]
}

fn every_action() -> Vec<Action> {
    ReadAction::ALL.map(read).into_iter().chain(WriteAction::ALL.map(write)).collect()
}

/// What a situation expects for one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Allow(Basis),
    Deny(Refusal),
}
use Expect::{Allow, Deny};

/// One situation of the table: who, what they know of the record, and the answer for every
/// action — given as groups, which together must name each action once.
struct Situation {
    name: &'static str,
    actor: Actor,
    record: Option<RecordFacts>,
    answers: Vec<(Vec<Action>, Expect)>,
}

impl Situation {
    fn check(&self) {
        let named: Vec<Action> = self.answers.iter().flat_map(|(actions, _)| actions.iter().copied()).collect();
        for action in every_action() {
            let times = named.iter().filter(|a| **a == action).count();
            assert_eq!(
                times,
                1,
                "{}: {} is named {times} times in the table (every action once)",
                self.name,
                action.as_str()
            );
        }
        for (actions, expect) in &self.answers {
            for action in actions {
                let decision = decide(&self.actor, *action, self.record.as_ref(), at());
                let got = match &decision.outcome {
                    Outcome::Allow { basis, .. } => Allow(*basis),
                    Outcome::Deny(refusal) => Deny(*refusal),
                };
                assert_eq!(got, *expect, "{}: {}", self.name, action.as_str());
            }
        }
    }
}

fn all(groups: &[Vec<Action>]) -> Vec<Action> {
    groups.concat()
}

fn patients_own_reads() -> Vec<Action> {
    use ReadAction::*;
    [Sharing, History, Delegations, Appointments, Export].map(read).to_vec()
}

fn writes_of(actions: Vec<Action>) -> Vec<Action> {
    actions.into_iter().filter(|a| matches!(a, Action::Write(_))).collect()
}

fn writes_but(except: &[Action]) -> Vec<Action> {
    WriteAction::ALL.map(write).into_iter().filter(|a| !except.contains(a)).collect()
}

#[test]
fn the_patient_does_everything_on_their_own_record_but_publish_import_and_professionals_acts() {
    Situation {
        name: "the patient, own record",
        actor: person("camille", &[Role::Patient]),
        record: Some(record()),
        answers: vec![
            (ReadAction::ALL.map(read).to_vec(), Allow(Basis::Owner)),
            (
                all(&[
                    vec![write(WriteAction::Upload)],
                    share_changes(),
                    signature(),
                    delegation_changes(),
                    appointment_changes(),
                    profile_changes(),
                    hide_from_representatives(),
                    vec![write(WriteAction::Measure(MeasureChange::Record))],
                    writes_of(messages()),
                ]),
                Allow(Basis::Owner),
            ),
            (
                all(&[
                    vec![write(WriteAction::Import), write(WriteAction::Publish)],
                    professional_writes(),
                    confirm(),
                    target(),
                ]),
                Deny(Refusal::NoAccess),
            ),
        ],
    }
    .check();
}

#[test]
fn another_patient_reaches_nothing() {
    Situation {
        name: "another patient",
        actor: person("alice", &[Role::Patient]),
        record: Some(record()),
        answers: vec![
            (
                all(&[record_reads(), profile_reads(), measurement_reads(), message_reads(), visit_form_reads()]),
                Deny(Refusal::NoAccess),
            ),
            (patients_own_reads(), Deny(Refusal::OwnerOnly)),
            (WriteAction::ALL.map(write).to_vec(), Deny(Refusal::NoAccess)),
        ],
    }
    .check();
}

/// A professional's situation: the consent the patient gave and their emergency access.
fn professional_situation(name: &'static str, consent: Consent, emergency_until: Option<i64>) -> Situation {
    let facts = RecordFacts { consent, emergency_until, ..record() };
    let (reads, asks) = match (consent, emergency_until.is_some_and(|u| u > NOW)) {
        (Consent::Blocked, _) => (Deny(Refusal::Blocked), Deny(Refusal::Blocked)),
        (Consent::Authorized, _) => (Allow(Basis::Consent), Allow(Basis::Professional)),
        (_, true) => (Allow(Basis::Emergency), Allow(Basis::Professional)),
        (_, false) => (Deny(Refusal::NoConsent), Allow(Basis::Professional)),
    };
    let publish = vec![write(WriteAction::Publish)];
    let mut own = professional_writes();
    own.extend(publish.clone());
    own.extend(confirm());
    own.extend(target());
    own.extend(writes_of(messages()));
    Situation {
        name,
        actor: person("dr-benali", &[Role::Professional]),
        record: Some(facts),
        answers: vec![
            (all(&[record_reads(), profile_reads(), measurement_reads()]), reads),
            // Conversations: as reading the record (the subject names none here, so no party
            // rule applies: see the test on conversations).
            (messages(), reads),
            // A pre-visit form: only one of their own appointments (the subject names none
            // here: see the test on visit forms).
            (visit_form_reads(), if matches!(reads, Allow(_)) { Deny(Refusal::NotParty) } else { reads }),
            (patients_own_reads(), Deny(Refusal::OwnerOnly)),
            // Publishing never depends on reading: a lab can send a result to a patient who
            // blocked it from reading.
            (publish, Allow(Basis::Professional)),
            (professional_writes(), asks),
            // Confirming what the patient declared is reading the record and vouching for it.
            (confirm(), reads),
            // So is setting a measurement's target.
            (target(), reads),
            (writes_but(&own), Deny(Refusal::NoAccess)),
        ],
    }
}

#[test]
fn a_professional_reads_with_consent_or_a_running_emergency_and_never_when_blocked() {
    professional_situation("professional, no decision", Consent::None, None).check();
    professional_situation("professional, request pending", Consent::Requested, None).check();
    professional_situation("professional, authorized", Consent::Authorized, None).check();
    professional_situation("professional, blocked", Consent::Blocked, None).check();
    professional_situation("professional, emergency running", Consent::None, Some(NOW + 60 * MINUTE)).check();
    professional_situation("professional, emergency expired", Consent::None, Some(NOW - MINUTE)).check();
    professional_situation("professional, emergency ended by a block", Consent::Blocked, Some(NOW + 60 * MINUTE))
        .check();
    professional_situation("professional, emergency ending this very instant", Consent::None, Some(NOW)).check();
}

#[test]
fn documents_hidden_from_professionals_stay_with_the_patient_and_their_author() {
    let hidden = DocumentFacts { hidden_from_professionals: true, ..DocumentFacts::default() };
    let reader = person("dr-benali", &[Role::Professional]);
    let on = |document: DocumentFacts, consent| RecordFacts { consent, document: Some(document), ..record() };
    let document = read(ReadAction::Document);
    let answer = |actor: &Actor, facts: &RecordFacts| decide(actor, document, Some(facts), at()).outcome;
    assert_eq!(answer(&reader, &on(hidden, Consent::Authorized)), Outcome::Deny(Refusal::HiddenDocument));
    let authored = DocumentFacts { written_by_actor: true, ..hidden };
    assert!(matches!(
        answer(&reader, &on(authored, Consent::Authorized)),
        Outcome::Allow { basis: Basis::Consent, .. }
    ));
    // The author, blocked, is blocked all the same.
    assert_eq!(answer(&reader, &on(authored, Consent::Blocked)), Outcome::Deny(Refusal::Blocked));
    // In an emergency too, a hidden document stays hidden.
    let emergency = RecordFacts { emergency_until: Some(NOW + MINUTE), ..on(hidden, Consent::None) };
    assert_eq!(answer(&reader, &emergency), Outcome::Deny(Refusal::HiddenDocument));
    // The patient, a caregiver and staff at the desk see it.
    assert!(matches!(answer(&person("camille", &[Role::Patient]), &on(hidden, Consent::None)), Outcome::Allow { .. }));
    let with_caregiver = RecordFacts { delegation: Some(delegation(true, false, false)), ..on(hidden, Consent::None) };
    assert!(matches!(
        answer(&acting("jean", &[Role::Caregiver], "rec-camille"), &with_caregiver),
        Outcome::Allow { .. }
    ));
}

#[test]
fn documents_hidden_from_representatives_stay_from_them_only() {
    let hidden = DocumentFacts { hidden_from_representatives: true, ..DocumentFacts::default() };
    let child = RecordFacts {
        document: Some(hidden),
        delegation: Some(representation()),
        ..child_record(jiff::civil::date(2012, 5, 1))
    };
    let parent = acting("jean", &[Role::Caregiver], "rec-leo");
    for action in record_reads() {
        assert_eq!(decide(&parent, action, Some(&child), at()).outcome, Outcome::Deny(Refusal::HiddenDocument));
    }
    // A caregiver (not a representative) of an adult is not concerned.
    let adult = RecordFacts { document: Some(hidden), delegation: Some(delegation(true, false, false)), ..record() };
    let caregiver = acting("jean", &[Role::Caregiver], "rec-camille");
    assert!(decide(&caregiver, read(ReadAction::Document), Some(&adult), at()).is_allowed());
}

/// A caregiver acting for Camille through `delegation`.
fn caregiver_situation(name: &'static str, delegation: Option<DelegationFacts>, expect: Expect) -> Situation {
    Situation {
        name,
        actor: acting("jean", &[Role::Caregiver], "rec-camille"),
        record: Some(RecordFacts { delegation, ..record() }),
        answers: vec![(every_action(), expect)],
    }
}

#[test]
fn a_caregiver_does_what_the_scopes_say_and_never_touches_the_settings_that_protect_the_patient() {
    let caregiver = acting("jean", &[Role::Caregiver], "rec-camille");
    let with = |d: DelegationFacts| Some(RecordFacts { delegation: Some(d), ..record() });
    let never = || {
        all(&[
            settings_reads(),
            vec![read(ReadAction::Delegations), read(ReadAction::Export)],
            share_changes(),
            signature(),
            delegation_changes(),
            vec![write(WriteAction::Import), write(WriteAction::Publish)],
            professional_writes(),
            confirm(),
            target(),
            hide_from_representatives(),
        ])
    };
    Situation {
        name: "caregiver, record scope",
        actor: caregiver.clone(),
        record: with(delegation(true, false, false)),
        answers: vec![
            (record_reads(), Allow(Basis::Delegation)),
            (
                all(&[
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm), write(WriteAction::Upload)],
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    appointment_changes(),
                    messages(),
                    never(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    Situation {
        name: "caregiver, profile scope",
        actor: caregiver.clone(),
        record: with(DelegationFacts { scope_profile: true, ..delegation(false, false, false) }),
        answers: vec![
            (all(&[profile_reads(), profile_changes()]), Allow(Basis::Delegation)),
            (
                all(&[
                    record_reads(),
                    measurements(),
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm), write(WriteAction::Upload)],
                    appointment_changes(),
                    messages(),
                    never(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    Situation {
        name: "caregiver, measurements scope",
        actor: caregiver.clone(),
        record: with(DelegationFacts { scope_measurements: true, ..delegation(false, false, false) }),
        answers: vec![
            (measurements(), Allow(Basis::Delegation)),
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm), write(WriteAction::Upload)],
                    appointment_changes(),
                    messages(),
                    never(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    Situation {
        name: "caregiver, upload scope",
        actor: caregiver.clone(),
        record: with(delegation(false, true, false)),
        answers: vec![
            (vec![write(WriteAction::Upload)], Allow(Basis::Delegation)),
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm)],
                    appointment_changes(),
                    messages(),
                    never(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    Situation {
        name: "caregiver, appointments scope",
        actor: caregiver.clone(),
        record: with(delegation(false, false, true)),
        answers: vec![
            (
                all(&[vec![read(ReadAction::Appointments), read(ReadAction::VisitForm)], appointment_changes()]),
                Allow(Basis::Delegation),
            ),
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    vec![write(WriteAction::Upload)],
                    messages(),
                    never(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    Situation {
        name: "caregiver, every scope, until a last day still to come",
        actor: caregiver,
        record: with(DelegationFacts {
            ends_at: Some(NOW + 24 * 60 * MINUTE),
            scope_profile: true,
            scope_measurements: true,
            scope_messages: true,
            ..delegation(true, true, true)
        }),
        answers: vec![
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm), write(WriteAction::Upload)],
                    appointment_changes(),
                    messages(),
                ]),
                Allow(Basis::Delegation),
            ),
            (never(), Deny(Refusal::OutOfScope)),
        ],
    }
    .check();
}

#[test]
fn a_delegation_past_its_last_day_ended_or_absent_gives_nothing() {
    let every = delegation(true, true, true);
    caregiver_situation(
        "caregiver, last day passed",
        Some(DelegationFacts { ends_at: Some(NOW - MINUTE), ..every.clone() }),
        Deny(Refusal::DelegationEnded),
    )
    .check();
    caregiver_situation(
        "caregiver, last day is now",
        Some(DelegationFacts { ends_at: Some(NOW), ..every.clone() }),
        Deny(Refusal::DelegationEnded),
    )
    .check();
    caregiver_situation(
        "caregiver, ended by either side",
        Some(DelegationFacts { ended_at: Some(NOW - MINUTE), ..every }),
        Deny(Refusal::DelegationEnded),
    )
    .check();
    caregiver_situation("acting for a record without a delegation", None, Deny(Refusal::NoDelegation)).check();
}

#[test]
fn a_legal_representative_acts_for_a_minor_until_the_18th_birthday() {
    let parent = acting("jean", &[Role::Caregiver], "rec-leo");
    let minor = RecordFacts { delegation: Some(representation()), ..child_record(jiff::civil::date(2012, 5, 1)) };
    Situation {
        name: "representative of a minor",
        actor: parent.clone(),
        record: Some(minor),
        answers: vec![
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    settings_reads(),
                    vec![
                        read(ReadAction::Appointments),
                        read(ReadAction::VisitForm),
                        read(ReadAction::Export),
                        write(WriteAction::Upload),
                    ],
                    share_changes(),
                    signature(),
                    appointment_changes(),
                    messages(),
                ]),
                Allow(Basis::Representative),
            ),
            // A representative does not delegate onward, publish or import.
            (
                all(&[
                    vec![read(ReadAction::Delegations), write(WriteAction::Import), write(WriteAction::Publish)],
                    delegation_changes(),
                    professional_writes(),
                    confirm(),
                    target(),
                    // What the minor keeps from them is not theirs to show.
                    hide_from_representatives(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
    .check();
    // Born 2009-01-15: 18 on 2027-01-15, the day of the decision.
    let adult = RecordFacts { delegation: Some(representation()), ..child_record(jiff::civil::date(2009, 1, 15)) };
    Situation {
        name: "representative, on the 18th birthday",
        actor: parent.clone(),
        record: Some(adult),
        answers: vec![(every_action(), Deny(Refusal::PatientAdult))],
    }
    .check();
    let unknown_age = RecordFacts {
        delegation: Some(representation()),
        birth_date: None,
        ..child_record(jiff::civil::date(2012, 1, 1))
    };
    Situation {
        name: "representative, birth date unknown",
        actor: parent,
        record: Some(unknown_age),
        answers: vec![(every_action(), Deny(Refusal::PatientAdult))],
    }
    .check();
}

#[test]
fn the_18th_birthday_is_the_first_day_of_adulthood() {
    let birth = jiff::civil::date(2009, 1, 15);
    assert!(is_minor(Some(birth), jiff::civil::date(2027, 1, 14)));
    assert!(!is_minor(Some(birth), jiff::civil::date(2027, 1, 15)));
    // Born on 29 February: adult on 28 February of the 18th year (no 29th that year).
    assert!(!is_minor(Some(jiff::civil::date(2008, 2, 29)), jiff::civil::date(2026, 2, 28)));
    assert!(is_minor(Some(jiff::civil::date(2008, 2, 29)), jiff::civil::date(2026, 2, 27)));
    assert!(!is_minor(None, jiff::civil::date(2027, 1, 15)));
}

/// Staff at the desk in an assisted session on Camille's record.
fn assisted_situation(name: &'static str, session: Option<AssistedFacts>) -> Situation {
    let running = session.is_some_and(|s| assisted_running(&s, NOW));
    let facts = RecordFacts { assisted: session, ..record() };
    let actor = assisting("sophie", "session-1");
    if !running {
        let refusal = if session.is_some() { Refusal::AssistedEnded } else { Refusal::NoAccess };
        let answers = match session {
            Some(_) => vec![(every_action(), Deny(refusal))],
            // Not on this record: staff are nobody to it.
            None => vec![
                (
                    all(&[record_reads(), profile_reads(), measurement_reads(), message_reads(), visit_form_reads()]),
                    Deny(Refusal::NoAccess),
                ),
                (patients_own_reads(), Deny(Refusal::OwnerOnly)),
                (WriteAction::ALL.map(write).to_vec(), Deny(Refusal::NoAccess)),
            ],
        };
        return Situation { name, actor, record: Some(facts), answers };
    }
    Situation {
        name,
        actor,
        record: Some(facts),
        answers: vec![
            (
                all(&[
                    record_reads(),
                    profile_reads(),
                    profile_changes(),
                    measurements(),
                    settings_reads(),
                    vec![read(ReadAction::Appointments), read(ReadAction::VisitForm), write(WriteAction::Upload)],
                    appointment_changes(),
                    messages(),
                ]),
                Allow(Basis::Assisted),
            ),
            // At the desk, never: changing sharing or caregivers, the export, acting as a
            // professional or an importer.
            (
                all(&[
                    vec![read(ReadAction::Delegations), read(ReadAction::Export)],
                    share_changes(),
                    signature(),
                    delegation_changes(),
                    vec![write(WriteAction::Import), write(WriteAction::Publish)],
                    professional_writes(),
                    confirm(),
                    target(),
                    hide_from_representatives(),
                ]),
                Deny(Refusal::OutOfScope),
            ),
        ],
    }
}

#[test]
fn staff_reach_a_record_only_in_an_assisted_session_the_patient_approved_while_it_runs() {
    assisted_situation("assisted, approved and running", Some(session(Some(10 * MINUTE), MINUTE, false))).check();
    assisted_situation("assisted, idle over 5 minutes", Some(session(Some(10 * MINUTE), 6 * MINUTE, false))).check();
    assisted_situation("assisted, approved over 30 minutes ago", Some(session(Some(31 * MINUTE), MINUTE, false)))
        .check();
    assisted_situation("assisted, not approved", Some(session(None, 0, false))).check();
    assisted_situation("assisted, ended", Some(session(Some(10 * MINUTE), MINUTE, true))).check();
    assisted_situation("assisted session on another record", None).check();
}

#[test]
fn an_assisted_session_runs_until_idle_or_too_old_to_the_millisecond() {
    let fresh = |approved_ago, idle| session(Some(approved_ago), idle, false);
    assert!(assisted_running(&fresh(0, 0), NOW));
    assert!(assisted_running(&fresh(30 * MINUTE, 5 * MINUTE), NOW), "both limits inclusive");
    assert!(!assisted_running(&fresh(30 * MINUTE + 1, 0), NOW));
    assert!(!assisted_running(&fresh(0, 5 * MINUTE + 1), NOW));
}

#[test]
fn organisations_publish_the_operator_imports_and_neither_reads() {
    for (name, actor, allowed, basis) in [
        (
            "an organisation's token",
            Actor::Organisation { id: "labo".into() },
            write(WriteAction::Publish),
            Basis::OrganisationToken,
        ),
        ("the operator", Actor::Operator, write(WriteAction::Import), Basis::Operator),
    ] {
        Situation {
            name,
            actor,
            record: Some(record()),
            answers: vec![
                (vec![allowed], Allow(basis)),
                (
                    all(&[record_reads(), profile_reads(), measurement_reads(), message_reads(), visit_form_reads()]),
                    Deny(Refusal::NoAccess),
                ),
                (patients_own_reads(), Deny(Refusal::OwnerOnly)),
                (writes_but(&[allowed]), Deny(Refusal::NoAccess)),
            ],
        }
        .check();
    }
}

#[test]
fn no_record_is_no_record_for_everyone() {
    for actor in [
        person("camille", &[Role::Patient]),
        person("dr-benali", &[Role::Professional]),
        acting("jean", &[Role::Caregiver], "rec-camille"),
        assisting("sophie", "session-1"),
        Actor::Organisation { id: "labo".into() },
        Actor::Operator,
    ] {
        Situation {
            name: "no such record",
            actor,
            record: None,
            answers: vec![(every_action(), Deny(Refusal::UnknownRecord))],
        }
        .check();
    }
}

#[test]
fn the_patient_is_told_of_a_professionals_first_read_and_a_caregivers_first_use() {
    let effects = |decision: Decision| match decision.outcome {
        Outcome::Allow { effects, .. } => effects,
        Outcome::Deny(_) => Vec::new(),
    };
    let results = read(ReadAction::Results);
    let authorized = RecordFacts { consent: Consent::Authorized, ..record() };
    assert_eq!(
        effects(decide(&person("dr-benali", &[Role::Professional]), results, Some(&authorized), at())),
        vec![Effect::FirstReadByProfessional { professional_id: "dr-benali".into() }]
    );
    // Told once: the professional's later reads tell nothing (and need no write).
    let told = RecordFacts { consent: Consent::Authorized, first_read_told: true, ..record() };
    assert!(effects(decide(&person("dr-benali", &[Role::Professional]), results, Some(&told), at())).is_empty());
    let emergency = RecordFacts { emergency_until: Some(NOW + MINUTE), ..record() };
    assert!(effects(decide(&person("dr-benali", &[Role::Professional]), results, Some(&emergency), at())).is_empty());
    let untold = RecordFacts {
        delegation: Some(DelegationFacts { first_use_told: false, ..delegation(true, true, true) }),
        ..record()
    };
    let jean = acting("jean", &[Role::Caregiver], "rec-camille");
    assert_eq!(
        effects(decide(&jean, results, Some(&untold), at())),
        vec![Effect::FirstUseOfDelegation { delegation_id: "del-1".into() }]
    );
    // Told once; a write is no first read; a representative is the parent, not news.
    let told = RecordFacts { delegation: Some(delegation(true, true, true)), ..record() };
    assert!(effects(decide(&jean, results, Some(&told), at())).is_empty());
    assert!(effects(decide(&jean, write(WriteAction::Upload), Some(&untold), at())).is_empty());
    let minor = RecordFacts {
        delegation: Some(DelegationFacts { first_use_told: false, ..representation() }),
        ..child_record(jiff::civil::date(2012, 5, 1))
    };
    assert!(effects(decide(&acting("jean", &[Role::Caregiver], "rec-leo"), results, Some(&minor), at())).is_empty());
    // The patient's own reads tell nobody anything.
    assert!(effects(decide(&person("camille", &[Role::Patient]), results, Some(&record()), at())).is_empty());
}

#[test]
fn decisions_name_the_delegation_or_session_they_went_through() {
    let with = RecordFacts { delegation: Some(delegation(true, false, false)), ..record() };
    let through =
        decide(&acting("jean", &[Role::Caregiver], "rec-camille"), read(ReadAction::Results), Some(&with), at());
    assert_eq!(through.on_behalf_of.as_deref(), Some("delegation:del-1"));
    assert_eq!(through.role, "caregiver");
    let refused =
        decide(&acting("jean", &[Role::Caregiver], "rec-camille"), read(ReadAction::Sharing), Some(&with), at());
    assert_eq!(refused.on_behalf_of.as_deref(), Some("delegation:del-1"), "refusals say it too");
    let desk = RecordFacts { assisted: Some(session(Some(MINUTE), 0, false)), ..record() };
    let assisted = decide(&assisting("sophie", "session-1"), read(ReadAction::Results), Some(&desk), at());
    assert_eq!((assisted.on_behalf_of.as_deref(), assisted.role), (Some("assisted:session-1"), "staff"));
}

#[test]
fn every_need_is_covered_as_the_scopes_say() {
    use Need::*;
    let needs = [Record, Profile, Upload, Appointments, SettingsRead, SettingsChange, Nothing, Measurements, Messages];
    // Adding a need fails here until it is given a row below.
    let exhaustive = |need: Need| match need {
        Record | Profile | Upload | Appointments | SettingsRead | SettingsChange | Nothing | Measurements
        | Messages => (),
    };
    needs.iter().for_each(|n| exhaustive(*n));
    let profile = DelegationFacts { scope_profile: true, ..delegation(false, false, false) };
    let measurements = DelegationFacts { scope_measurements: true, ..delegation(false, false, false) };
    let messages = DelegationFacts { scope_messages: true, ..delegation(false, false, false) };
    let every = DelegationFacts {
        scope_profile: true,
        scope_measurements: true,
        scope_messages: true,
        ..delegation(true, true, true)
    };
    let rows: [(&str, DelegationFacts, [bool; 9]); 8] = [
        (
            "record scope",
            delegation(true, false, false),
            [true, false, false, false, false, false, false, false, false],
        ),
        ("profile scope", profile, [false, true, false, false, false, false, false, false, false]),
        ("measurements scope", measurements, [false, false, false, false, false, false, false, true, false]),
        ("messages scope", messages, [false, false, false, false, false, false, false, false, true]),
        (
            "upload scope",
            delegation(false, true, false),
            [false, false, true, false, false, false, false, false, false],
        ),
        (
            "appointments scope",
            delegation(false, false, true),
            [false, false, false, true, false, false, false, false, false],
        ),
        ("every scope", every, [true, true, true, true, false, false, false, true, true]),
        ("legal representative", representation(), [true, true, true, true, true, true, false, true, true]),
    ];
    for (name, delegation, expected) in rows {
        for (need, expect) in needs.iter().zip(expected) {
            assert_eq!(covers(&delegation, *need), expect, "{name}: {need:?}");
        }
    }
}

#[test]
fn outside_any_record_each_person_is_offered_their_own_tools() {
    use AccountAction::*;
    let patient = person("camille", &[Role::Patient]);
    let caregiver = person("jean", &[Role::Caregiver]);
    let caregiver_acting = acting("jean", &[Role::Caregiver], "rec-camille");
    let professional = person("dr-benali", &[Role::Professional]);
    let professional_patient = person("dr-benali", &[Role::Professional, Role::Patient]);
    let staff = person("sophie", &[Role::Staff]);
    let admin = person("root", &[Role::Admin]);
    let staff_assisting = assisting("sophie", "session-1");
    let rows: Vec<(&str, &Actor, bool, Vec<AccountAction>)> = vec![
        ("patient", &patient, false, vec![UseRecordPages, ManageSharing, ManageCaregivers, ManageAccount, Export]),
        ("caregiver, own account", &caregiver, false, vec![Help, ManageAccount]),
        ("caregiver acting for someone", &caregiver_acting, false, vec![UseRecordPages, Help, ManageAccount]),
        (
            "representative acting for a child",
            &caregiver_acting,
            true,
            vec![UseRecordPages, ManageSharing, Help, ManageAccount, Export],
        ),
        ("professional", &professional, false, vec![ManageAccount, ListPatients, Publish, ManageAgenda]),
        (
            "professional who is also a patient",
            &professional_patient,
            false,
            vec![
                UseRecordPages,
                ManageSharing,
                ManageCaregivers,
                ManageAccount,
                Export,
                ListPatients,
                Publish,
                ManageAgenda,
            ],
        ),
        ("staff", &staff, false, vec![ManageAccount, UseDesk, EnrolAtDesk, RunAssistedSession]),
        ("admin", &admin, false, vec![ManageAccount, UseDesk, EnrolAtDesk]),
        ("staff in an assisted session", &staff_assisting, false, vec![UseRecordPages]),
    ];
    for (name, actor, represents, allowed) in rows {
        let capabilities = super::Capabilities::of(actor, represents);
        for action in AccountAction::ALL {
            assert_eq!(may(actor, action, represents), allowed.contains(&action), "{name}: {action:?}");
            assert_eq!(capabilities.may(action), allowed.contains(&action), "{name}: {action:?}, asked once");
        }
    }
    for machine in [Actor::Organisation { id: "labo".into() }, Actor::Operator] {
        assert!(AccountAction::ALL.iter().all(|a| !may(&machine, *a, false)), "no portal pages for {machine:?}");
    }
}

/// Appointing a legal representative at the desk takes two people, and the desk never attaches
/// a record to one of its own (or an administrator), as patient or representative.
#[test]
fn a_representative_is_appointed_by_two_people_and_never_from_the_desk() {
    use super::{desk_may_attach, may_decide_appointment};
    let sophie = person("sophie", &[Role::Staff]);
    let nadia = person("nadia", &[Role::Staff]);
    let admin = person("root", &[Role::Admin]);
    let karim = person("dr-benali", &[Role::Professional]);
    let staff_assisting = assisting("sophie", "session-1");
    let staff_acting = acting("sophie", &[Role::Staff, Role::Caregiver], "rec-lea");
    // (who, decides on a proposal by, approves?, may)
    let rows: [(&str, &Actor, &str, bool, bool); 9] = [
        ("another staff member approves", &nadia, "sophie", true, true),
        ("an administrator approves a staff member's proposal", &admin, "sophie", true, true),
        ("the proposer approves their own", &sophie, "sophie", true, false),
        ("the proposer withdraws their own", &sophie, "sophie", false, true),
        ("another staff member refuses", &nadia, "sophie", false, true),
        ("a professional approves", &karim, "sophie", true, false),
        ("a professional refuses", &karim, "sophie", false, false),
        ("staff inside an assisted session", &staff_assisting, "nadia", true, false),
        ("staff acting for someone", &staff_acting, "nadia", true, false),
    ];
    for (name, actor, proposer, approve, expected) in rows {
        assert_eq!(may_decide_appointment(actor, proposer, approve), expected, "{name}");
    }
    let attach: [(&str, Option<&[Role]>, bool); 7] = [
        ("someone without an account", None, true),
        ("a caregiver", Some(&[Role::Caregiver]), true),
        ("a patient", Some(&[Role::Patient]), true),
        ("a professional (a parent too)", Some(&[Role::Professional, Role::Patient]), true),
        ("a staff member", Some(&[Role::Staff]), false),
        ("a staff member who is also a parent", Some(&[Role::Caregiver, Role::Staff]), false),
        ("an administrator", Some(&[Role::Admin]), false),
    ];
    for (name, roles, expected) in attach {
        assert_eq!(desk_may_attach(roles), expected, "{name}");
    }
}

#[test]
fn every_basis_and_refusal_has_its_own_name_in_the_audit_log() {
    let names: Vec<&str> = super::reasons().collect();
    let unique: std::collections::BTreeSet<&&str> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    assert_eq!(names.len(), Basis::ALL.len() + Refusal::ALL.len());
}

/// The SQL forms of the professional's rules agree with the table, situation by situation, on a
/// real database: for listing their patients ([`super::readable_by_professional`]) and for the
/// conversations they are a party to ([`super::messages_readable_by_professional`]).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_of_a_professionals_patients_is_the_tables_rule() {
    let dir = std::env::temp_dir().join(format!("carnet-policy-{}", uuid::Uuid::new_v4()));
    let db = crate::db::Db::connect(&format!("sqlite://{}/p.db", dir.display())).await.unwrap();
    db.migrate().await.unwrap();
    sqlx::query("INSERT INTO accounts (id, display_name, email, created_at) VALUES ('pro', 'Dr', 'dr@example.org', 0)")
        .execute(db.pool())
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO places (id, professional_id, name, address, city, zone, created_at) \
         VALUES ('place', 'pro', 'Cabinet', '1 rue', 'Lyon', 'Europe/Paris', 0)",
    )
    .execute(db.pool())
    .await
    .unwrap();
    // (record, consent, emergency until, birth date, consent given while a minor); today is
    // 2027-01-15. Records whose name says "appointment" have one with the professional (not
    // cancelled unless the name says so).
    type Situation = (&'static str, Option<&'static str>, Option<i64>, Option<&'static str>, bool);
    let situations: [Situation; 17] = [
        ("none", None, None, None, false),
        ("requested", Some("requested"), None, None, false),
        ("authorized", Some("authorized"), None, None, false),
        ("blocked", Some("blocked"), None, None, false),
        ("emergency", None, Some(NOW + MINUTE), None, false),
        ("emergency-expired", None, Some(NOW - MINUTE), None, false),
        ("emergency-blocked", Some("blocked"), Some(NOW + MINUTE), None, false),
        ("emergency-authorized", Some("authorized"), Some(NOW - MINUTE), None, false),
        ("for-minor-still-minor", Some("authorized"), None, Some("2009-01-16"), true),
        ("for-minor-18-today", Some("authorized"), None, Some("2009-01-15"), true),
        ("for-minor-adult", Some("authorized"), None, Some("2000-01-01"), true),
        ("for-minor-confirmed", Some("authorized"), None, Some("2000-01-01"), false),
        ("for-minor-adult-emergency", Some("authorized"), Some(NOW + MINUTE), Some("2000-01-01"), true),
        ("appointment", None, None, None, false),
        ("appointment-cancelled", None, None, None, false),
        ("appointment-blocked", Some("blocked"), None, None, false),
        ("appointment-for-minor-adult", Some("authorized"), None, Some("2000-01-01"), true),
    ];
    let appointment = |id: &str| id.strip_prefix("appointment").map(|rest| !rest.starts_with("-cancelled"));
    for (id, consent, emergency, birth, for_minor) in situations {
        sqlx::query(
            "INSERT INTO patients (id, given_names, family_name, birth_date, created_at) VALUES ($1, 'P', $1, $2, 0)",
        )
        .bind(id)
        .bind(birth)
        .execute(db.pool())
        .await
        .unwrap();
        if let Some(status) = consent {
            sqlx::query(
                "INSERT INTO consents (patient_id, professional_id, status, changed_at, given_for_minor) \
                 VALUES ($1, 'pro', $2, 0, $3)",
            )
            .bind(id)
            .bind(status)
            .bind(i32::from(for_minor))
            .execute(db.pool())
            .await
            .unwrap();
        }
        if let Some(until) = emergency {
            sqlx::query(
                "INSERT INTO emergency_accesses (id, patient_id, professional_id, reason, started_at, expires_at) \
                 VALUES ($1, $1, 'pro', 'x', 0, $2)",
            )
            .bind(id)
            .bind(until)
            .execute(db.pool())
            .await
            .unwrap();
        }
        if let Some(live) = appointment(id) {
            sqlx::query(
                "INSERT INTO slots (id, professional_id, place_id, starts_at, ends_at, visit) \
                 VALUES ($1, 'pro', 'place', $2, $3, 'in-person')",
            )
            .bind(id)
            .bind(NOW + MINUTE * id.len() as i64)
            .bind(NOW + MINUTE * (id.len() as i64 + 1))
            .execute(db.pool())
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO appointments (id, slot_id, patient_id, professional_id, starts_at, ends_at, booked_by, \
                 idempotency_key, created_at, calendar_uid, cancelled_at) \
                 VALUES ($1, $1, $1, 'pro', $2, $2, $1, $1, 0, $1, $3)",
            )
            .bind(id)
            .bind(NOW + MINUTE)
            .bind((!live).then_some(NOW - MINUTE))
            .execute(db.pool())
            .await
            .unwrap();
        }
    }
    let sql = format!(
        "SELECT p.id FROM patients p WHERE {} ORDER BY p.id",
        super::readable_by_professional("$1", "$2", "$3")
    );
    let listed = |sql: String| {
        let db = db.clone();
        async move {
            let ids: Vec<String> = sqlx::query_scalar(&sql)
                .bind("pro")
                .bind(NOW)
                .bind(super::minor_born_after(at().today))
                .fetch_all(db.pool())
                .await
                .unwrap();
            ids
        }
    };
    let patients = listed(sql).await;
    let conversations = listed(format!(
        "SELECT p.id FROM patients p WHERE {} ORDER BY p.id",
        super::messages_readable_by_professional("$1", "$2", "$3")
    ))
    .await;
    let actor = person("pro", &[Role::Professional]);
    let (mut expected, mut expected_conversations) = (Vec::new(), Vec::new());
    for (id, consent, emergency, birth, for_minor) in situations {
        let facts = RecordFacts {
            id: id.into(),
            birth_date: birth.map(|b| b.parse().unwrap()),
            consent: match consent {
                Some("authorized") if for_minor => Consent::AuthorizedForMinor,
                Some("authorized") => Consent::Authorized,
                Some("blocked") => Consent::Blocked,
                Some("requested") => Consent::Requested,
                _ => Consent::None,
            },
            emergency_until: emergency,
            appointment_with_actor: appointment(id) == Some(true),
            ..RecordFacts::default()
        };
        if decide(&actor, read(ReadAction::Summary), Some(&facts), at()).is_allowed() {
            expected.push(id.to_string());
        }
        let conversation = RecordFacts { conversation: Some(ConversationFacts { actor_is_party: true }), ..facts };
        if decide(&actor, read(ReadAction::Messages), Some(&conversation), at()).is_allowed() {
            expected_conversations.push(id.to_string());
        }
    }
    expected.sort();
    expected_conversations.sort();
    for (record, listed_now) in [
        ("for-minor-still-minor", true),
        ("for-minor-18-today", false),
        ("for-minor-adult", false),
        ("for-minor-confirmed", true),
        ("for-minor-adult-emergency", true),
    ] {
        assert_eq!(expected.contains(&record.to_string()), listed_now, "{record}");
    }
    assert_eq!(patients, expected);
    assert_eq!(conversations, expected_conversations);
    assert_eq!(
        expected_conversations.iter().filter(|id| id.starts_with("appointment")).collect::<Vec<_>>(),
        ["appointment", "appointment-for-minor-adult"]
    );
    assert_eq!(
        expected,
        [
            "authorized",
            "emergency",
            "emergency-authorized",
            "for-minor-adult-emergency",
            "for-minor-confirmed",
            "for-minor-still-minor"
        ]
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// Someone born on 29 February comes of age on 28 February in a common year, and the SQL
/// side (`minor_born_after`) says the same as the decision, day by day, around the leap day.
#[test]
fn the_sql_side_of_majority_agrees_with_the_decision_around_leap_days() {
    let mut today = jiff::civil::date(2026, 2, 20);
    while today < jiff::civil::date(2028, 3, 10) {
        for birth in [
            jiff::civil::date(2008, 2, 28),
            jiff::civil::date(2008, 2, 29),
            jiff::civil::date(2008, 3, 1),
            jiff::civil::date(2010, 2, 28),
            jiff::civil::date(2010, 3, 1),
        ] {
            let sql_says = birth.to_string() > super::minor_born_after(today);
            assert_eq!(sql_says, super::is_minor(Some(birth), today), "born {birth}, on {today}");
        }
        today = today.tomorrow().unwrap();
    }
    assert!(!super::is_minor(Some(jiff::civil::date(2008, 2, 29)), jiff::civil::date(2026, 2, 28)));
}

#[test]
fn a_conversation_is_read_and_written_only_by_its_parties_on_the_care_side() {
    use MessageChange::*;
    let doctor = person("dr-benali", &[Role::Professional]);
    let on = |consent, party| RecordFacts {
        consent,
        conversation: Some(ConversationFacts { actor_is_party: party }),
        ..record()
    };
    let conversation_acts =
        [read(ReadAction::Messages), write(WriteAction::Message(Write)), write(WriteAction::Message(Archive))];
    for action in conversation_acts {
        let answer = |facts: &RecordFacts| decide(&doctor, action, Some(facts), at()).outcome;
        assert!(matches!(answer(&on(Consent::Authorized, true)), Outcome::Allow { basis: Basis::Consent, .. }));
        // Another professional's conversation, though they may read the record.
        assert_eq!(answer(&on(Consent::Authorized, false)), Outcome::Deny(Refusal::NotParty), "{}", action.as_str());
        // Blocked: not even their own conversation, from the next request on.
        assert_eq!(answer(&on(Consent::Blocked, true)), Outcome::Deny(Refusal::Blocked));
        assert_eq!(answer(&on(Consent::None, true)), Outcome::Deny(Refusal::NoConsent));
        // The patient's side reads and writes every conversation of the record.
        let patient = person("camille", &[Role::Patient]);
        assert!(decide(&patient, action, Some(&on(Consent::None, false)), at()).is_allowed());
        // An appointment with the patient opens their own conversations, not another's, never
        // against a block, and nothing else of the record.
        let met = |consent, party| RecordFacts { appointment_with_actor: true, ..on(consent, party) };
        assert!(matches!(answer(&met(Consent::None, true)), Outcome::Allow { basis: Basis::Appointment, .. }));
        assert!(matches!(answer(&met(Consent::Requested, true)), Outcome::Allow { basis: Basis::Appointment, .. }));
        assert_eq!(answer(&met(Consent::None, false)), Outcome::Deny(Refusal::NotParty));
        assert_eq!(answer(&met(Consent::Blocked, true)), Outcome::Deny(Refusal::Blocked));
        let results = decide(&doctor, read(ReadAction::Results), Some(&met(Consent::None, true)), at());
        assert_eq!(results.outcome, Outcome::Deny(Refusal::NoConsent));
    }
}

#[test]
fn a_visit_form_is_read_by_its_own_professional_only() {
    let doctor = person("dr-benali", &[Role::Professional]);
    let form = read(ReadAction::VisitForm);
    let on = |consent, theirs| RecordFacts {
        consent,
        appointment: Some(AppointmentFacts { actor_is_its_professional: theirs, live: true }),
        ..record()
    };
    let answer = |facts: &RecordFacts| decide(&doctor, form, Some(facts), at()).outcome;
    assert!(matches!(answer(&on(Consent::Authorized, true)), Outcome::Allow { basis: Basis::Consent, .. }));
    // Their own appointment is reason enough without consent; never against a block.
    assert!(matches!(answer(&on(Consent::None, true)), Outcome::Allow { basis: Basis::Appointment, .. }));
    assert!(matches!(answer(&on(Consent::Requested, true)), Outcome::Allow { basis: Basis::Appointment, .. }));
    assert_eq!(answer(&on(Consent::Blocked, true)), Outcome::Deny(Refusal::Blocked));
    // Cancelled, the appointment is no reason any more; consent still is.
    let cancelled = |consent| RecordFacts {
        consent,
        appointment: Some(AppointmentFacts { actor_is_its_professional: true, live: false }),
        ..record()
    };
    assert_eq!(answer(&cancelled(Consent::None)), Outcome::Deny(Refusal::NoConsent));
    assert!(matches!(answer(&cancelled(Consent::Authorized)), Outcome::Allow { basis: Basis::Consent, .. }));
    // Another professional's appointment, though they may read the record.
    assert_eq!(answer(&on(Consent::Authorized, false)), Outcome::Deny(Refusal::NotParty));
    assert_eq!(answer(&on(Consent::None, false)), Outcome::Deny(Refusal::NoConsent));
    // The appointment opens the form, nothing else of the record.
    let results = decide(&doctor, read(ReadAction::Results), Some(&on(Consent::None, true)), at());
    assert_eq!(results.outcome, Outcome::Deny(Refusal::NoConsent));
    // The patient's side reads it; a caregiver with the appointments scope answers it but never
    // signs; a minor's representative signs; the desk answers in a session and never signs.
    let patient = person("camille", &[Role::Patient]);
    assert!(decide(&patient, form, Some(&on(Consent::None, false)), at()).is_allowed());
    let prepare = write(WriteAction::Appointment(AppointmentChange::Prepare));
    let sign = write(WriteAction::Appointment(AppointmentChange::Sign));
    assert!(decide(&patient, sign, Some(&on(Consent::None, false)), at()).is_allowed());
    let caregiver = acting("jean", &[Role::Caregiver], "rec-camille");
    let scoped = RecordFacts { delegation: Some(delegation(false, false, true)), ..on(Consent::None, false) };
    // The answers are health facts: the appointments scope alone does not answer them.
    assert_eq!(decide(&caregiver, prepare, Some(&scoped), at()).outcome, Outcome::Deny(Refusal::OutOfScope));
    let profile = DelegationFacts { scope_profile: true, ..delegation(false, false, true) };
    let scoped = RecordFacts { delegation: Some(profile), ..on(Consent::None, false) };
    assert!(decide(&caregiver, prepare, Some(&scoped), at()).is_allowed());
    assert_eq!(decide(&caregiver, sign, Some(&scoped), at()).outcome, Outcome::Deny(Refusal::OutOfScope));
    let represented = RecordFacts { delegation: Some(representation()), ..child_record(jiff::civil::date(2015, 3, 1)) };
    let parent = acting("marc", &[Role::Caregiver], "rec-leo");
    assert!(decide(&parent, sign, Some(&represented), at()).is_allowed());
    let staff = assisting("desk-1", "s-1");
    let in_session = RecordFacts { assisted: Some(session(Some(MINUTE), 0, false)), ..on(Consent::None, false) };
    assert!(decide(&staff, prepare, Some(&in_session), at()).is_allowed());
    assert_eq!(decide(&staff, sign, Some(&in_session), at()).outcome, Outcome::Deny(Refusal::OutOfScope));
    assert_eq!(
        decide(&doctor, prepare, Some(&on(Consent::Authorized, true)), at()).outcome,
        Outcome::Deny(Refusal::NoAccess)
    );
}

#[test]
fn whom_the_patients_side_starts_a_conversation_with_is_decided_and_audited_as_such() {
    let start = write(WriteAction::Message(MessageChange::Start));
    let to = |consent, accepts_patients| RecordFacts {
        counterparts: Some(vec![Counterpart {
            professional_id: "dr".into(),
            consent,
            has_appointment: false,
            accepts_patients,
        }]),
        ..record()
    };
    let patient = person("camille", &[Role::Patient]);
    let answer = |facts: &RecordFacts| decide(&patient, start, Some(facts), at()).outcome;
    assert!(matches!(answer(&to(Consent::Authorized, true)), Outcome::Allow { basis: Basis::Owner, .. }));
    assert_eq!(answer(&to(Consent::None, true)), Outcome::Deny(Refusal::NotTheirProfessional));
    assert_eq!(answer(&to(Consent::Blocked, true)), Outcome::Deny(Refusal::NotTheirProfessional));
    assert_eq!(answer(&to(Consent::Authorized, false)), Outcome::Deny(Refusal::NotAccepting));
    // A caregiver with the messages scope is held to the same; the refusal names the delegation.
    let caregiver = acting("jean", &[Role::Caregiver], "rec-camille");
    let scoped = DelegationFacts { scope_messages: true, ..delegation(false, false, false) };
    let facts = RecordFacts { delegation: Some(scoped), ..to(Consent::None, true) };
    let refused = decide(&caregiver, start, Some(&facts), at());
    assert_eq!(refused.outcome, Outcome::Deny(Refusal::NotTheirProfessional));
    assert_eq!((refused.role, refused.on_behalf_of.as_deref()), ("caregiver", Some("delegation:del-1")));
    // A professional starting with a patient is decided as reading: counterparts do not apply.
    let doctor = person("dr-benali", &[Role::Professional]);
    let facts = RecordFacts { consent: Consent::Authorized, ..to(Consent::None, false) };
    assert!(decide(&doctor, start, Some(&facts), at()).is_allowed());
}

#[test]
fn the_patient_writes_first_to_their_professionals_who_accept_it() {
    let today = at().today;
    let adult = Some(jiff::civil::date(1984, 3, 2));
    let minor = Some(jiff::civil::date(2015, 3, 2));
    let with = |consent, has_appointment, accepts_patients| Counterpart {
        professional_id: "dr".into(),
        consent,
        has_appointment,
        accepts_patients,
    };
    let answer = |c: Vec<Counterpart>, birth| may_start_with(&c, birth, today);
    assert_eq!(answer(vec![with(Consent::Authorized, false, true)], adult), Ok(()));
    assert_eq!(answer(vec![with(Consent::None, true, true)], adult), Ok(()), "an appointment is enough");
    assert_eq!(answer(vec![with(Consent::Requested, false, true)], adult), Err(StartRefusal::NotTheirProfessional));
    assert_eq!(answer(vec![with(Consent::Blocked, true, true)], adult), Err(StartRefusal::NotTheirProfessional));
    assert_eq!(answer(vec![with(Consent::Authorized, false, false)], adult), Err(StartRefusal::NotAccepting));
    assert_eq!(answer(vec![with(Consent::AuthorizedForMinor, false, true)], minor), Ok(()));
    assert_eq!(
        answer(vec![with(Consent::AuthorizedForMinor, false, true)], adult),
        Err(StartRefusal::NotTheirProfessional),
        "authorized by a parent, not confirmed at 18"
    );
    assert_eq!(answer(vec![], adult), Err(StartRefusal::NotTheirProfessional), "no such professional");
    // A practice: reachable through any member who is the patient's and accepts.
    let practice = vec![
        with(Consent::None, false, true),
        with(Consent::Authorized, false, false),
        with(Consent::None, true, true),
    ];
    assert_eq!(answer(practice, adult), Ok(()));
}
