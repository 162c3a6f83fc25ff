//! Writing a read FHIR bundle ([`crate::fhir::Bundle`]) into records: the `carnet import-fhir`
//! command and, through the same path, publications.
//!
//! One bundle is one transaction: either all of it is stored or none. Patients are matched by
//! identifier (else created), authors by identifier (else by name); every other item is keyed
//! by its publisher and the publisher's id for it ([`Publisher::key`]:
//! `org:<id>|Observation/<id>`…), so importing the same bundle again adds nothing, two
//! publishers' `Observation/1` are two results, and no publisher reaches another's items. A
//! result sent again with another value corrects the one shown; one sent `entered-in-error`
//! withdraws it ([`results::store`], [`results::withdraw`]). Each
//! patient's record is opened through the policy (and audited) before anything is written to
//! it, and whoever can act on the record (its account holder; a minor's legal representatives)
//! is e-mailed that something new is in it, or that something in it was corrected (without
//! saying what: e-mails carry no health data).
//!
//! Publications (professionals, organisations' software) go through the same path with
//! [`WriteAction::Publish`]: their patients must already have a record, found by INS and birth
//! date; an unknown one is refused (and the refusal audited) rather than created.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::documents::{self, Kind, NewDocument, Origin};
use super::files::{checked_type, safe_file_name};
use super::Stored;
use super::{health_profile, measurements, patients, prescriptions, results, vaccinations};
use crate::access;
use crate::audit::identifications;
use crate::db::Db;
use crate::fhir::{Attachment, AuthorEntry, AuthorKind, Bundle, Made, ProfileKind};
use crate::mail;
use crate::policy::{Actor, Grant, Subject, Write, WriteAction, ACCOUNT_AUTHOR_SYSTEM};
use crate::ratelimit;
use crate::seal::Sealer;
use crate::{Error, Result};

/// How many items of one type a bundle held, and how many of them were new.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub read: usize,
    pub added: usize,
}

impl Counts {
    fn count(&mut self, added: bool) {
        self.read += 1;
        self.added += usize::from(added);
    }
}

/// Results and vaccinations sent again: corrected (other values), or withdrawn by their publisher.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub corrected: usize,
    pub withdrawn: usize,
}

/// Who publishes: the key that qualifies the ids they give their items, and their name as a
/// correction shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    pub key: String,
    pub name: String,
}

impl Publisher {
    /// The publisher behind `actor`: an organisation's software, a professional in the portal,
    /// or the operator's import.
    pub async fn of(tx: &mut Transaction<'static, Any>, actor: &Actor) -> Result<Publisher> {
        let name: Option<String> = match actor {
            Actor::Organisation { id } => {
                sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?
            }
            Actor::Person { account_id, .. } => {
                sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
                    .bind(account_id)
                    .fetch_optional(&mut **tx)
                    .await?
            }
            Actor::Operator => None,
        };
        Ok(Publisher { key: Publisher::key_of(actor), name: name.unwrap_or_default() })
    }

    /// The key of `actor`'s publications: `org:<id>`, `account:<id>`, or `import`.
    pub fn key_of(actor: &Actor) -> String {
        match actor {
            Actor::Organisation { id } => format!("org:{id}"),
            Actor::Person { account_id, .. } => format!("account:{account_id}"),
            Actor::Operator => "import".to_string(),
        }
    }

    /// The stored key of an item the publisher calls `source` (`Observation/1`): theirs alone.
    pub fn key(&self, source: &str) -> String {
        format!("{}|{source}", self.key)
    }
}

/// What an import did, per resource type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub patients: Counts,
    pub authors: Counts,
    pub results: Counts,
    pub reports: Counts,
    pub documents: Counts,
    pub vaccinations: Counts,
    /// Allergies, problems, treatments, procedures and encounters.
    pub profile: Counts,
    /// Target ranges of measurements (Goals).
    pub targets: Counts,
    /// Results corrected or withdrawn.
    pub changes: Changes,
    /// Entries of types Carnet does not keep, per type.
    pub ignored: BTreeMap<String, usize>,
    /// Patients e-mailed that their record has something new, or something corrected.
    pub notified: usize,
    /// What happened to each item (the answer to a transaction names every entry's).
    #[serde(skip)]
    pub outcomes: Outcomes,
}

/// What storing did to one item of a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Created,
    /// Corrected, or withdrawn.
    Updated,
    /// Already there as sent (or a withdrawal of nothing).
    Unchanged,
}

impl Outcome {
    fn of_stored(stored: Stored) -> Outcome {
        match stored {
            Stored::Added => Outcome::Created,
            Stored::Corrected | Stored::Withdrawn => Outcome::Updated,
            Stored::Unchanged => Outcome::Unchanged,
        }
    }

    fn of(added: bool) -> Outcome {
        if added {
            Outcome::Created
        } else {
            Outcome::Unchanged
        }
    }
}

/// Each item's [`Outcome`], by its index in the [`Bundle`]'s vectors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcomes {
    pub patients: Vec<Outcome>,
    pub authors: Vec<Outcome>,
    pub results: Vec<Outcome>,
    pub withdrawals: Vec<Outcome>,
    pub reports: Vec<Outcome>,
    pub vaccinations: Vec<Outcome>,
    pub withdrawn_vaccinations: Vec<Outcome>,
    pub deletions: Vec<Outcome>,
    pub documents: Vec<Outcome>,
    pub profile: Vec<Outcome>,
    pub withdrawn_profile: Vec<Outcome>,
    pub targets: Vec<Outcome>,
}

impl Outcomes {
    /// What became of one entry of the bundle; `None` for one Carnet does not keep. An entry
    /// that made several results was created if any was, updated if any was.
    pub fn of_entry(&self, made: &Made) -> Option<Outcome> {
        let at = |list: &[Outcome], i: usize| list.get(i).copied();
        match made {
            Made::Patient(i) => at(&self.patients, *i),
            Made::Author(i) => at(&self.authors, *i),
            Made::Withdrawal(i) => at(&self.withdrawals, *i),
            Made::Report(i) => at(&self.reports, *i),
            Made::Vaccination(i) => at(&self.vaccinations, *i),
            Made::WithdrawnVaccination(i) => at(&self.withdrawn_vaccinations, *i),
            Made::Deletion(i) => at(&self.deletions, *i),
            Made::Document(i) => at(&self.documents, *i),
            Made::ProfileItem(i) => at(&self.profile, *i),
            Made::WithdrawnProfileItem(i) => at(&self.withdrawn_profile, *i),
            Made::Target(i) => at(&self.targets, *i),
            Made::Results(range) => {
                let parts: Vec<Outcome> = range.clone().filter_map(|i| at(&self.results, i)).collect();
                [Outcome::Created, Outcome::Updated, Outcome::Unchanged].into_iter().find(|o| parts.contains(o))
            }
            Made::NotKept => None,
        }
    }
}

/// Publications that may name no record per publisher in any hour (counted from the audit
/// log's refusals) before its publications are refused. A laboratory's feed names hundreds of
/// patients a day; a few unknown ones are typing errors, dozens are probing.
pub const IDENTIFY_LIMIT: ratelimit::Limit = ratelimit::Limit { max: 20, window_ms: crate::clock::hours(1) };

/// Why a publication was refused before the policy looked at any record: the request itself (its
/// media type, its size, a bundle that cannot be read), a claimed author, or a publisher over
/// [`IDENTIFY_LIMIT`]. Each is an audit row about no record ([`log_refusal`]), so that every
/// attempt of a publisher is traced, not only those that named someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    MediaType,
    TooLarge,
    Malformed,
    AuthorClaimed,
    IdentifyLimit,
}

impl Refused {
    pub const ALL: [Refused; 5] =
        [Refused::MediaType, Refused::TooLarge, Refused::Malformed, Refused::AuthorClaimed, Refused::IdentifyLimit];

    /// The audit row's reason.
    pub const fn as_str(self) -> &'static str {
        match self {
            Refused::MediaType => "bundle-media-type",
            Refused::TooLarge => "bundle-too-large",
            Refused::Malformed => "bundle-malformed",
            Refused::AuthorClaimed => "author-claimed",
            Refused::IdentifyLimit => "identify-limit",
        }
    }
}

/// Logs `actor`'s `action` refused for `why`, about no record, in a transaction of its own.
pub async fn log_refusal(db: &Db, actor: &Actor, action: WriteAction, why: Refused) -> Result<()> {
    let mut tx = db.begin().await?;
    let entry = crate::audit::chain::Entry {
        actor_kind: actor.kind(),
        actor_id: actor.id(),
        actor_role: crate::policy::default_role(actor),
        on_behalf_of: None,
        patient_id: None,
        action: action.as_str(),
        target: None,
        allowed: false,
        reason: why.as_str(),
    };
    crate::audit::chain::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Where the notification e-mails point (the portal's public address).
pub struct Links<'a> {
    pub public_url: &'a url::Url,
}

/// Stores `bundle` for `actor` (an operator's import or a publication), all or nothing.
pub async fn import(
    db: &Db,
    sealer: &Sealer,
    links: &Links<'_>,
    actor: &Actor,
    action: WriteAction,
    bundle: &Bundle,
) -> Result<Report> {
    if foreign_author(actor, bundle).is_some() {
        log_refusal(db, actor, action, Refused::AuthorClaimed).await?;
        return Err(Error::Invalid(crate::Problem::PublishAuthorClaimed));
    }
    let mut tx = db.begin().await?;
    // A publisher whose publications keep naming no record is probing INS and birth dates (or
    // its feed is broken): it is stopped until its last hour holds fewer such refusals, and the
    // operator's report lists it. Counted inside the transaction, the publisher's publications
    // one after the other, so that many sent at once cannot all pass a count taken before any
    // of them failed.
    if action == WriteAction::Publish {
        db.lock_publisher(&mut tx, actor).await?;
        if identifications::recent(&mut tx, actor, IDENTIFY_LIMIT.window_ms).await? >= IDENTIFY_LIMIT.max {
            tx.rollback().await?;
            log_refusal(db, actor, action, Refused::IdentifyLimit).await?;
            return Err(Error::Invalid(crate::Problem::PublishIdentifyLimit));
        }
    }
    let mut report = Report { ignored: bundle.ignored.clone(), ..Report::default() };

    let mut grants: Vec<Grant<Write>> = Vec::with_capacity(bundle.patients.len());
    for entry in &bundle.patients {
        // An operator's import creates unknown patients; a publication only finds them.
        let (patient_id, created) = match action {
            WriteAction::Import => patients::match_or_create(&mut tx, entry).await?,
            _ => (patients::match_for_publication(&mut tx, entry).await?.unwrap_or_default(), false),
        };
        match access::authorize_write_in(&mut tx, db, actor, Subject::Patient(&patient_id), action).await {
            Ok(grant) => grants.push(grant),
            Err(Error::NotFound) => {
                // Refused (or no such record): keep the audited decision, write nothing else.
                tx.commit().await?;
                return Err(Error::NotFound);
            }
            Err(other) => return Err(other),
        }
        if let Some(grant) = grants.last() {
            patients::learn_details(&mut tx, grant.patient_id(), entry).await?;
        }
        report.patients.count(created);
        report.outcomes.patients.push(Outcome::of(created));
    }
    let publisher = Publisher::of(&mut tx, actor).await?;
    // What the patient declared or entered stays theirs only when the operator moves a record
    // (an export of another Carnet): no publisher may put words in a patient's mouth.
    let moved = matches!(actor, Actor::Operator);
    // An organisation's authors are its own: recorded under its key, they can never be
    // mistaken for another publisher's or for a professional known by RPPS.
    let author_scope = matches!(actor, Actor::Organisation { .. }).then_some(publisher.key.as_str());
    let mut author_ids = Vec::with_capacity(bundle.authors.len());
    for author in &bundle.authors {
        let (id, added) = upsert_author(&mut tx, author_scope, author).await?;
        author_ids.push(id);
        report.authors.count(added);
        report.outcomes.authors.push(Outcome::of(added));
    }
    let performer = |index: Option<usize>| index.map(|i| author_ids[i].as_str());
    // New items per patient (by index in the bundle): what their notice counts. A report and
    // its own documents are one item.
    let mut new_items: BTreeMap<usize, i64> = BTreeMap::new();
    let mut changed = |patient: usize| *new_items.entry(patient).or_default() += 1;
    // Items corrected or withdrawn per patient: what their other notice counts.
    let mut corrected_items: BTreeMap<usize, i64> = BTreeMap::new();
    // Of those, documents hidden from a minor's legal representatives: not counted for them (a
    // notice of something they cannot see would tell of a confidential consultation).
    let mut unseen_by_representatives = Unseen::default();

    // Reports first, so their results can point to them.
    let mut report_of_result: HashMap<usize, String> = HashMap::new();
    let mut report_ids = Vec::with_capacity(bundle.reports.len());
    let mut reports_added = Vec::with_capacity(bundle.reports.len());
    for entry in &bundle.reports {
        let grant = &grants[entry.patient];
        let key = publisher.key(&entry.source);
        let (id, added) = insert_report(&mut tx, grant, &key, entry, performer(entry.performer)).await?;
        for r in &entry.results {
            report_of_result.insert(*r, id.clone());
        }
        report_ids.push(id);
        reports_added.push(added);
        report.reports.count(added);
        report.outcomes.reports.push(Outcome::of(added));
        if added {
            changed(entry.patient);
        }
    }
    for (index, entry) in bundle.results.iter().enumerate() {
        let grant = &grants[entry.patient];
        let report_id = report_of_result.get(&index).map(String::as_str);
        let key = publisher.key(&entry.source);
        let stored = results::store(
            &mut tx,
            grant,
            &key,
            &publisher.name,
            entry,
            report_id,
            performer(entry.performer),
            entry.declared && moved,
        )
        .await?;
        report.results.count(stored == Stored::Added);
        report.outcomes.results.push(Outcome::of_stored(stored));
        match stored {
            Stored::Added => changed(entry.patient),
            Stored::Corrected => {
                report.changes.corrected += 1;
                *corrected_items.entry(entry.patient).or_default() += 1;
            }
            Stored::Withdrawn | Stored::Unchanged => {}
        }
    }
    for withdrawal in &bundle.withdrawn_results {
        let grant = &grants[withdrawal.patient];
        let key = publisher.key(&withdrawal.source);
        let withdrawn = results::withdraw(&mut tx, grant, &key, &publisher.name).await? == Stored::Withdrawn;
        if withdrawn {
            report.changes.withdrawn += 1;
            *corrected_items.entry(withdrawal.patient).or_default() += 1;
        }
        report.outcomes.withdrawals.push(Outcome::of_stored(if withdrawn {
            Stored::Withdrawn
        } else {
            Stored::Unchanged
        }));
    }
    // A report's own document: its presented forms, else its narrative as text.
    for (report_index, ((entry, report_id), report_added)) in
        bundle.reports.iter().zip(&report_ids).zip(&reports_added).enumerate()
    {
        let mut counted = *report_added;
        let mut report_corrected = false;
        let narrative = entry.narrative.as_ref().map(|text| Attachment {
            content_type: "text/plain; charset=utf-8".into(),
            title: None,
            data: text.clone().into_bytes(),
        });
        let forms: Vec<(String, &Attachment)> = if entry.presented.is_empty() {
            narrative.iter().map(|a| (publisher.key(&format!("{}#narrative", entry.source)), a)).collect()
        } else {
            let form = |i: usize| publisher.key(&format!("{}#form{i}", entry.source));
            entry.presented.iter().enumerate().map(|(i, a)| (form(i), a)).collect()
        };
        for (source, attachment) in forms {
            let author_name = entry.performer.map(|i| bundle.authors[i].name.as_str()).unwrap_or_default();
            // The report's name is the document's title; the attachment's title names the file.
            let title = &entry.code.display;
            let (stored, hidden) = insert_document(
                &mut tx,
                &grants[entry.patient],
                sealer,
                DocumentFrom {
                    source: &source,
                    kind: Kind::Report,
                    title,
                    author: entry.performer.map(|i| (author_ids[i].as_str(), author_name)),
                    attachment,
                    issued_at: entry.issued_at.unwrap_or(entry.effective_at),
                    report_id: Some(report_id),
                    replaces: None,
                    hidden_from_representatives: false,
                },
            )
            .await?;
            report.documents.count(stored == Stored::Added);
            match stored {
                Stored::Added if !counted => {
                    changed(entry.patient);
                    counted = true;
                }
                // The report sent again with another file: a corrected report.
                Stored::Corrected if !report_corrected => {
                    report.changes.corrected += 1;
                    *corrected_items.entry(entry.patient).or_default() += 1;
                    if hidden {
                        *unseen_by_representatives.corrected.entry(entry.patient).or_default() += 1;
                    }
                    report_corrected = true;
                }
                _ => {}
            }
        }
        if report_corrected {
            if let Some(outcome) = report.outcomes.reports.get_mut(report_index) {
                *outcome = Outcome::Updated;
            }
        }
    }
    for entry in &bundle.documents {
        let author = entry.authors.first().map(|i| (author_ids[*i].as_str(), bundle.authors[*i].name.as_str()));
        let replaces = match &entry.replaces {
            // Only a document of the same publisher: its key is theirs.
            Some(source) => {
                Some(documents::id_of_source(&mut tx, &grants[entry.patient], &publisher.key(source)).await?)
            }
            None => None,
        };
        let (stored, hidden) = insert_document(
            &mut tx,
            &grants[entry.patient],
            sealer,
            DocumentFrom {
                source: &publisher.key(&entry.source),
                kind: Kind::of_coding(entry.kind.as_ref()),
                title: &entry.title,
                author,
                attachment: &entry.content,
                issued_at: entry.date.unwrap_or_else(crate::clock::now_ms),
                report_id: None,
                replaces: replaces.as_deref(),
                hidden_from_representatives: entry.hidden_from_representatives,
            },
        )
        .await?;
        report.documents.count(stored == Stored::Added);
        report.outcomes.documents.push(Outcome::of_stored(stored));
        match stored {
            Stored::Added => {
                changed(entry.patient);
                if hidden {
                    *unseen_by_representatives.added.entry(entry.patient).or_default() += 1;
                }
            }
            // Sent again with another file: the new version replaces the one shown.
            Stored::Corrected => {
                report.changes.corrected += 1;
                *corrected_items.entry(entry.patient).or_default() += 1;
                if hidden {
                    *unseen_by_representatives.corrected.entry(entry.patient).or_default() += 1;
                }
            }
            Stored::Withdrawn | Stored::Unchanged => {}
        }
    }
    for entry in &bundle.vaccinations {
        let key = publisher.key(&entry.source);
        let grant = &grants[entry.patient];
        let stored =
            vaccinations::store(&mut tx, grant, &key, &publisher.name, entry, performer(entry.performer)).await?;
        report.vaccinations.count(stored == Stored::Added);
        report.outcomes.vaccinations.push(Outcome::of_stored(stored));
        match stored {
            Stored::Added => changed(entry.patient),
            Stored::Corrected => {
                report.changes.corrected += 1;
                *corrected_items.entry(entry.patient).or_default() += 1;
            }
            Stored::Withdrawn | Stored::Unchanged => {}
        }
    }
    for withdrawal in &bundle.withdrawn_vaccinations {
        let key = publisher.key(&withdrawal.source);
        let stored = vaccinations::withdraw(&mut tx, &grants[withdrawal.patient], &key, &publisher.name).await?;
        if stored == Stored::Withdrawn {
            report.changes.withdrawn += 1;
            *corrected_items.entry(withdrawal.patient).or_default() += 1;
        }
        report.outcomes.withdrawn_vaccinations.push(Outcome::of_stored(stored));
    }
    for entry in &bundle.profile {
        // A blood group marked as declared, and a position on organ donation, are the patient's
        // word alone: from a publisher, not kept (they would stand in the patient's name, a
        // blood group unconfirmed shown as a fact in an emergency).
        let patients_own = matches!(entry.kind, ProfileKind::BloodGroup | ProfileKind::OrganDonation);
        let unknown_group = entry.kind == ProfileKind::BloodGroup
            && !health_profile::BLOOD_GROUPS.contains(&entry.code.display.as_str());
        if (patients_own && !moved) || unknown_group {
            report.outcomes.profile.push(Outcome::Unchanged);
            continue;
        }
        let key = publisher.key(&entry.source);
        let grant = &grants[entry.patient];
        let stored = health_profile::store(
            &mut tx,
            grant,
            &key,
            &publisher.name,
            entry,
            performer(entry.author),
            performer(entry.place),
            moved,
        )
        .await?;
        report.profile.count(stored == Stored::Added);
        report.outcomes.profile.push(Outcome::of_stored(stored));
        match stored {
            Stored::Added => {
                changed(entry.patient);
                // A confidential prescription's treatment: not counted for representatives.
                if entry.hidden_from_representatives {
                    *unseen_by_representatives.added.entry(entry.patient).or_default() += 1;
                }
            }
            Stored::Corrected => {
                report.changes.corrected += 1;
                *corrected_items.entry(entry.patient).or_default() += 1;
            }
            Stored::Withdrawn | Stored::Unchanged => {}
        }
    }
    for withdrawal in &bundle.withdrawn_profile {
        let key = publisher.key(&withdrawal.source);
        let stored = health_profile::withdraw(&mut tx, &grants[withdrawal.patient], &key, &publisher.name).await?;
        if stored == Stored::Withdrawn {
            report.changes.withdrawn += 1;
            *corrected_items.entry(withdrawal.patient).or_default() += 1;
        }
        report.outcomes.withdrawn_profile.push(Outcome::of_stored(stored));
    }
    for entry in &bundle.targets {
        let grant = &grants[entry.patient];
        let stored = measurements::store_target(&mut tx, grant, entry, &publisher.name, moved).await?;
        report.targets.count(stored == Stored::Added);
        report.outcomes.targets.push(Outcome::of_stored(stored));
        if stored == Stored::Corrected {
            report.changes.corrected += 1;
        }
    }
    // The treatments each prescription contains, now that both are stored
    // (and what this bundle withdraws, withdrawn).
    for entry in &bundle.documents {
        let grant = &grants[entry.patient];
        if let Some((document_id, _)) = documents::shown_version(&mut tx, grant, &publisher.key(&entry.source)).await? {
            prescriptions::link(&mut tx, grant, &document_id, &entry.treatments, |s| publisher.key(s)).await?;
        }
    }
    // The documents advance directives are written in.
    for entry in bundle.profile.iter().filter(|e| e.document.is_some()) {
        let grant = &grants[entry.patient];
        let document = entry.document.as_ref().map(|d| publisher.key(d.source())).unwrap_or_default();
        let shown = documents::shown_version(&mut tx, grant, &document).await?;
        let item = publisher.key(&entry.source);
        health_profile::link_document(&mut tx, grant, &item, shown.map(|(id, _)| id).as_deref()).await?;
    }
    // The imaging studies each report reads.
    for (entry, report_id) in bundle.reports.iter().zip(&report_ids) {
        let grant = &grants[entry.patient];
        health_profile::link_report(&mut tx, grant, report_id, &entry.imaging, |s| publisher.key(s)).await?;
    }
    // Deletions name no patient: the publisher's own items under that id, in whichever record,
    // each record's write asked of the policy like any other.
    let mut notified = std::collections::BTreeSet::new();
    for source in &bundle.deletions {
        let key = publisher.key(source);
        let mut withdrawn_any = false;
        for patient_id in holders_of(&mut tx, &key).await? {
            let grant =
                match access::authorize_write_in(&mut tx, db, actor, Subject::Patient(&patient_id), action).await {
                    Ok(grant) => grant,
                    Err(Error::NotFound) => continue,
                    Err(other) => return Err(other),
                };
            let results = results::withdraw(&mut tx, &grant, &key, &publisher.name).await?;
            let vaccinations = vaccinations::withdraw(&mut tx, &grant, &key, &publisher.name).await?;
            let profile = health_profile::withdraw(&mut tx, &grant, &key, &publisher.name).await?;
            if [results, vaccinations, profile].contains(&Stored::Withdrawn) {
                withdrawn_any = true;
                report.changes.withdrawn += 1;
                if notify(&mut tx, db, &grant, links, Notice::Corrected, (1, 0)).await? {
                    notified.insert(patient_id);
                }
            }
        }
        report.outcomes.deletions.push(if withdrawn_any { Outcome::Updated } else { Outcome::Unchanged });
    }
    for (patient, items) in new_items {
        let unseen = unseen_by_representatives.added.get(&patient).copied().unwrap_or(0);
        if notify(&mut tx, db, &grants[patient], links, Notice::Added, (items, unseen)).await? {
            notified.insert(grants[patient].patient_id().to_string());
        }
    }
    for (patient, items) in corrected_items {
        let unseen = unseen_by_representatives.corrected.get(&patient).copied().unwrap_or(0);
        if notify(&mut tx, db, &grants[patient], links, Notice::Corrected, (items, unseen)).await? {
            notified.insert(grants[patient].patient_id().to_string());
        }
    }
    report.notified = notified.len();
    tx.commit().await?;
    Ok(report)
}

struct DocumentFrom<'a> {
    source: &'a str,
    kind: Kind,
    title: &'a str,
    /// (author id, author name)
    author: Option<(&'a str, &'a str)>,
    attachment: &'a Attachment,
    issued_at: i64,
    report_id: Option<&'a str>,
    /// The id of the document this one corrects.
    replaces: Option<&'a str>,
    hidden_from_representatives: bool,
}

/// Stores a published document, or a new version of one its publisher sent before with
/// another file ([`documents::store_version`]). Returns what it did, and whether what it stored
/// is hidden from a minor's legal representatives (then they are not told of it).
async fn insert_document(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    sealer: &Sealer,
    from: DocumentFrom<'_>,
) -> Result<(Stored, bool)> {
    let a = from.attachment;
    let extension = checked_type(&a.content_type, &a.data).map_or("bin", |t| t.extension());
    let file_name = safe_file_name(a.title.as_deref().unwrap_or_default(), from.title, extension);
    let title: String = from.title.chars().filter(|c| !c.is_control()).take(200).collect();
    let (stored, id) = documents::store_version(
        tx,
        grant,
        sealer,
        &NewDocument {
            source: from.source,
            kind: from.kind,
            origin: Origin::Professional,
            title: &title,
            author_id: from.author.map(|(id, _)| id),
            author_name: from.author.map(|(_, name)| name).unwrap_or_default(),
            content_type: &a.content_type,
            file_name: &file_name,
            bytes: &a.data,
            issued_at: from.issued_at,
            report_id: from.report_id,
            replaces_id: from.replaces,
            added_by: None,
            hidden_from_representatives: from.hidden_from_representatives,
        },
    )
    .await?;
    let hidden = match id {
        Some(id) => crate::sharing::visibility::hidden_from_representatives(tx, &id).await?,
        None => false,
    };
    Ok((stored, hidden))
}

/// The author a bundle names that its publisher may not claim, by index in
/// [`Bundle::authors`]: a Carnet account (`urn:carnet:account|…`) named by an organisation's
/// software, or by a professional other than that account. Operators' imports are trusted.
pub fn foreign_author(actor: &Actor, bundle: &Bundle) -> Option<usize> {
    let claims = |author: &AuthorEntry, own: Option<&str>| {
        author.identifiers.iter().any(|i| i.system == ACCOUNT_AUTHOR_SYSTEM && Some(i.value.as_str()) != own)
    };
    match actor {
        Actor::Operator => None,
        Actor::Organisation { .. } => bundle.authors.iter().position(|a| claims(a, None)),
        Actor::Person { account_id, .. } => bundle.authors.iter().position(|a| claims(a, Some(account_id))),
    }
}

/// The author's id, matched by identifier (else by kind and name) within `scope` (an
/// organisation's publisher key; none for the operator and the portal), created if new.
pub(crate) async fn upsert_author(
    tx: &mut Transaction<'static, Any>,
    scope: Option<&str>,
    author: &AuthorEntry,
) -> Result<(String, bool)> {
    let kind = match author.kind {
        AuthorKind::Practitioner => "practitioner",
        AuthorKind::Organization => "organization",
    };
    let key = match author.identifiers.first() {
        Some(i) => format!("{}|{}", i.system, i.value),
        None => format!("{kind}:{}", author.name),
    };
    let key = match scope {
        Some(publisher) => format!("{publisher}|{key}"),
        None => key,
    };
    let found: Option<String> =
        sqlx::query_scalar("SELECT id FROM authors WHERE match_key = $1").bind(&key).fetch_optional(&mut **tx).await?;
    if let Some(id) = found {
        return Ok((id, false));
    }
    let id = Uuid::new_v4().to_string();
    let parts = author.name_parts.clone().unwrap_or_default();
    let part = |p: String| (!p.is_empty()).then_some(p);
    sqlx::query(
        "INSERT INTO authors (id, match_key, kind, name, name_prefix, name_given, name_family) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(&key)
    .bind(kind)
    .bind(&author.name)
    .bind(part(parts.prefix))
    .bind(part(parts.given))
    .bind(part(parts.family))
    .execute(&mut **tx)
    .await?;
    Ok((id, true))
}

async fn insert_report(
    tx: &mut Transaction<'static, Any>,
    grant: &Grant<Write>,
    key: &str,
    entry: &crate::fhir::ReportEntry,
    performer_id: Option<&str>,
) -> Result<(String, bool)> {
    let existing: Option<String> = sqlx::query_scalar("SELECT id FROM reports WHERE patient_id = $1 AND source = $2")
        .bind(grant.patient_id())
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(id) = existing {
        return Ok((id, false));
    }
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO reports (id, patient_id, source, code, display, effective_at, issued_at, performer_id, recorded_at, \
         code_system) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&id)
    .bind(grant.patient_id())
    .bind(key)
    .bind(&entry.code.code)
    .bind(&entry.code.display)
    .bind(entry.effective_at)
    .bind(entry.issued_at)
    .bind(performer_id)
    .bind(crate::clock::now_ms())
    .bind(entry.code.system.as_deref().unwrap_or_default())
    .execute(&mut **tx)
    .await?;
    Ok((id, true))
}

/// Tells whoever can act on the record ([`mail::who_can_act`]: its account holder, and a
/// minor's legal representatives) that `items` new things are in it, or were corrected or
/// withdrawn — the representatives not of the `unseen` ones hidden from them. The notice waits a few minutes for more (the rest of a consultation's
/// publications) and goes out as one e-mail per person counting them all. Returns whether
/// anyone was told.
async fn notify(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    grant: &Grant<Write>,
    links: &Links<'_>,
    notice: Notice,
    (items, unseen): (i64, i64),
) -> Result<bool> {
    let recipients = mail::who_can_act(tx, grant.patient_id(), db.today()).await?;
    let mut told = false;
    let url = format!("{}/", links.public_url.as_str().trim_end_matches('/'));
    let hold = db.notice_hold_ms();
    let patient = grant.patient_id();
    for recipient in &recipients {
        // One grouped notice per person and record: a parent of two children gets one for each.
        match recipient {
            mail::Recipient::Holder(account) => {
                let key = format!("{}:{}", notice.kind(), account.id);
                mail::enqueue_grouped(tx, &key, items, hold, |n| notice.to_holder(account, &url, n)).await?;
                told = true;
            }
            mail::Recipient::Representative { account, child } => {
                let seen = items - unseen;
                if seen <= 0 {
                    continue;
                }
                let key = format!("{}-for:{}:{patient}", notice.kind(), account.id);
                let build = |n| notice.to_representative(account, child, &url, n);
                mail::enqueue_grouped(tx, &key, seen, hold, build).await?;
                told = true;
            }
        }
    }
    Ok(told)
}

/// The records holding the items a publisher keeps under `key` (results, vaccinations; a
/// panel's parts, `key#<code>`, with it).
async fn holders_of(tx: &mut Transaction<'static, Any>, key: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT patient_id FROM results WHERE source = $1 OR substr(source, 1, length($2)) = $2 \
         UNION SELECT patient_id FROM vaccinations WHERE source = $1 \
         UNION SELECT patient_id FROM profile_items WHERE source = $1",
    )
    .bind(key)
    .bind(super::panel_parts(key))
    .fetch_all(&mut **tx)
    .await?)
}

/// Per patient (by index in the bundle), the new and the corrected items hidden from a minor's
/// legal representatives.
#[derive(Default)]
struct Unseen {
    added: BTreeMap<usize, i64>,
    corrected: BTreeMap<usize, i64>,
}

/// Which e-mail a patient gets about a publication.
#[derive(Debug, Clone, Copy)]
enum Notice {
    /// Something new is in the record.
    Added,
    /// Something in it was corrected or withdrawn by its publisher.
    Corrected,
}

impl Notice {
    /// The e-mail's kind, which also names its group (`record-updated:<account>`).
    fn kind(self) -> &'static str {
        match self {
            Notice::Added => "record-updated",
            Notice::Corrected => "record-corrected",
        }
    }

    fn to_holder(self, account: &crate::accounts::Account, url: &str, items: i64) -> mail::OutgoingEmail {
        match self {
            Notice::Added => mail::record_updated(account, url, items),
            Notice::Corrected => mail::record_corrected(account, url, items),
        }
    }

    fn to_representative(
        self,
        account: &crate::accounts::Account,
        child: &str,
        url: &str,
        items: i64,
    ) -> mail::OutgoingEmail {
        match self {
            Notice::Added => mail::record_updated_for(account, child, url, items),
            Notice::Corrected => mail::record_corrected_for(account, child, url, items),
        }
    }
}
