//! Conversations: starting one, writing in one, reading a thread (which marks what the other
//! side wrote as read), archiving, and the lists each side sees — the patient's side by record,
//! a professional's inbox across the records they may read — with the unread counts of the
//! header.
//!
//! Reading a thread or a record's list is a read of the record (`read.messages`, audited, in
//! "who saw my record"). A professional's inbox lists the conversations of the records they may
//! read or write in now (the policy's [`policy::messages_readable_by_professional`]) that are theirs or their
//! practice's ([`policy::conversation_parties`]): the names and subjects, as their list of
//! patients shows names; opening one is the audited read.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::attachments::{self, Attachment, CheckedFile};
use super::{notices, settings, Cursor, Side, MAX_BODY_CHARS, MAX_SUBJECT_CHARS, PAGE_SIZE};
use crate::access::{self, Access};
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::error::Problem;
use crate::policy::{self, MessageChange, ReadAction, Refusal, StartRefusal, Subject, Viewer, WriteAction};
use crate::policy::{AccountAction, Actor};
use crate::text::{looks_like_markup, multi_line, single_line};
use crate::{Error, Result};

/// Whom the patient's side writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum To {
    Professional(String),
    Practice(String),
}

impl To {
    /// `professional:<id>` or `practice:<id>`, as a form's choice carries it.
    pub fn to_param(&self) -> String {
        match self {
            To::Professional(id) => format!("professional:{id}"),
            To::Practice(id) => format!("practice:{id}"),
        }
    }

    pub fn parse(param: &str) -> Option<To> {
        match param.split_once(':')? {
            ("professional", id) if !id.is_empty() => Some(To::Professional(id.to_string())),
            ("practice", id) if !id.is_empty() => Some(To::Practice(id.to_string())),
            _ => None,
        }
    }
}

/// A message as typed: its text and, perhaps, one file.
#[derive(Debug, Clone, Copy)]
pub struct Typed<'a> {
    pub body: &'a str,
    /// The file's name on the sender's device and its bytes (empty: none).
    pub file_name: &'a str,
    pub file: &'a [u8],
}

/// A typed message, checked.
struct Checked {
    body: String,
    file: Option<CheckedFile>,
}

fn check(typed: &Typed<'_>) -> Result<Checked> {
    let body = multi_line(typed.body, MAX_BODY_CHARS).ok_or(Error::Invalid(Problem::MessageBody))?;
    let file = attachments::check(typed.file_name, typed.file)?;
    Ok(Checked { body, file })
}

fn check_subject(subject: &str) -> Result<String> {
    single_line(subject, MAX_SUBJECT_CHARS)
        .filter(|s| !looks_like_markup(s))
        .map(str::to_string)
        .ok_or(Error::Invalid(Problem::MessageSubject))
}

/// A conversation as a list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub patient_id: String,
    /// Whose record ("Given Family").
    pub patient_name: String,
    /// The professional or the practice it is with.
    pub with_name: String,
    pub with_practice: bool,
    pub subject: String,
    pub last_message_at: i64,
    /// How many messages of the other side the reader's side has not read.
    pub unread: i64,
    /// The reader's side archived it.
    pub archived: bool,
}

/// A message as a thread shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    pub side: Side,
    /// Who wrote it: their account, and their name as written.
    pub author_id: String,
    pub author_name: String,
    /// Written for the patient by someone else (a caregiver, a representative, the desk): the
    /// patient's name.
    pub for_patient: Option<String>,
    /// An absence reply sent automatically.
    pub automatic: bool,
    pub body: String,
    pub sent_at: i64,
    /// When the other side first read it.
    pub read_at: Option<i64>,
    pub attachments: Vec<Attachment>,
}

/// One page of a thread: the newest messages before a cursor, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Thread {
    pub conversation: Summary,
    /// The reader's side.
    pub side: Side,
    pub messages: Vec<Message>,
    /// Where the page of older messages starts, if there are any.
    pub older: Option<Cursor>,
}

/// One page of a list of conversations, most recent activity first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    pub conversations: Vec<Summary>,
    /// Where the next page starts, if there is one.
    pub next: Option<Cursor>,
}

/// What a list shows: archived or not, the subjects containing a text, from a cursor.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub archived: bool,
    pub search: String,
    pub before: Option<Cursor>,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: String,
    patient_id: String,
    patient_name: String,
    with_name: String,
    practice_id: Option<String>,
    subject: String,
    last_message_at: i64,
    patient_unread: i64,
    care_unread: i64,
    patient_archived: i64,
    care_archived: i64,
}

impl SummaryRow {
    fn seen_by(self, side: Side) -> Summary {
        let (unread, archived) = match side {
            Side::Patient => (self.patient_unread, self.patient_archived),
            Side::Care => (self.care_unread, self.care_archived),
        };
        Summary {
            id: self.id,
            patient_id: self.patient_id,
            patient_name: self.patient_name,
            with_name: self.with_name,
            with_practice: self.practice_id.is_some(),
            subject: self.subject,
            last_message_at: self.last_message_at,
            unread,
            archived: archived == 1,
        }
    }
}

const SELECT_SUMMARY: &str = "SELECT m.id, m.patient_id, TRIM(p.given_names || ' ' || p.family_name) AS patient_name, \
     COALESCE(a.display_name, pr.name, '') AS with_name, m.practice_id, m.subject, m.last_message_at, \
     m.patient_unread, m.care_unread, m.patient_archived, m.care_archived \
     FROM conversations m JOIN patients p ON p.id = m.patient_id \
     LEFT JOIN accounts a ON a.id = m.professional_id LEFT JOIN practices pr ON pr.id = m.practice_id";

/// The conditions of a list's filter, from parameter `$first` on, and their values.
fn filter_sql(side: Side, filter: &Filter, first: usize) -> (String, Vec<String>) {
    let mut sql = format!(" AND m.{} = {}", side.archived_column(), i64::from(filter.archived));
    let mut values = Vec::new();
    let search = filter.search.trim();
    if !search.is_empty() {
        let pattern = search.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        sql.push_str(&format!(" AND LOWER(m.subject) LIKE ${} ESCAPE '\\'", first + values.len()));
        values.push(format!("%{pattern}%"));
    }
    if let Some(cursor) = &filter.before {
        let (at, id) = (first + values.len(), first + values.len() + 1);
        sql.push_str(&format!(
            " AND (m.last_message_at < CAST(${at} AS BIGINT) OR (m.last_message_at = CAST(${at} AS BIGINT) AND m.id < ${id}))"
        ));
        values.push(cursor.at.to_string());
        values.push(cursor.id.clone());
    }
    (sql, values)
}

/// A page of summaries from rows fetched one more than a page: the extra one says there is more.
fn listing(mut rows: Vec<SummaryRow>, side: Side) -> Listing {
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let conversations: Vec<Summary> = rows.into_iter().map(|r| r.seen_by(side)).collect();
    let next = match more {
        true => conversations.last().map(|c| Cursor { at: c.last_message_at, id: c.id.clone() }),
        false => None,
    };
    Listing { conversations, next }
}

/// The conversations of the record `subject` names, as the reader's side sees them: all of them
/// for the patient's side; for a professional, those that are theirs or their practice's.
pub async fn of_record(db: &Db, actor: &Actor, subject: Subject<'_>, filter: &Filter) -> Result<Listing> {
    let mut access = access::open_read(db, actor, subject, ReadAction::Messages).await?;
    let side = Side::of(access.viewer());
    let professional = professional_of(access.viewer());
    let (tx, grant) = access.parts();
    let party = match &professional {
        Some(_) => format!(" AND {}", policy::party_to_conversation("$2")),
        None => " AND $2 = $2".to_string(),
    };
    let (conditions, values) = filter_sql(side, filter, 3);
    let sql = format!(
        "{SELECT_SUMMARY} WHERE m.patient_id = $1{party}{conditions} ORDER BY m.last_message_at DESC, m.id DESC LIMIT {}",
        PAGE_SIZE + 1
    );
    let mut query =
        sqlx::query_as::<_, SummaryRow>(&sql).bind(grant.patient_id()).bind(professional.unwrap_or_default());
    for value in values {
        query = query.bind(value);
    }
    let rows = query.fetch_all(&mut **tx).await?;
    access.commit().await?;
    Ok(listing(rows, side))
}

/// The professional a viewer is, if they read as one.
fn professional_of(viewer: &Viewer) -> Option<String> {
    match viewer {
        Viewer::Professional { account_id, .. } => Some(account_id.clone()),
        _ => None,
    }
}

/// A professional's inbox: the conversations that are theirs or their practice's, of the
/// records they may read now. Each party's conversations ([`policy::conversation_parties`]) are
/// walked in order of last activity by their index, each stopping after a page, and the walks
/// merged: a page costs the same in an inbox of ten conversations or of ten thousand.
pub async fn inbox(db: &Db, actor: &Actor, filter: &Filter) -> Result<Listing> {
    let professional = crate::sharing::professional::professional_account(actor)?;
    let (conditions, values) = filter_sql(Side::Care, filter, 5);
    let mut rows = Vec::new();
    for party in policy::conversation_parties(db, professional).await? {
        let sql = format!(
            "{SELECT_SUMMARY} WHERE m.{} = $4 AND {}{conditions} ORDER BY m.last_message_at DESC, m.id DESC LIMIT {}",
            party.column(),
            policy::messages_readable_by_professional("$1", "$2", "$3"),
            PAGE_SIZE + 1
        );
        let mut query = sqlx::query_as::<_, SummaryRow>(&sql)
            .bind(professional)
            .bind(now_ms())
            .bind(policy::minor_born_after(db.today()))
            .bind(party.id());
        for value in &values {
            query = query.bind(value);
        }
        rows.extend(query.fetch_all(db.pool()).await?);
    }
    rows.sort_by(|a, b| (b.last_message_at, &b.id).cmp(&(a.last_message_at, &a.id)));
    Ok(listing(rows, Side::Care))
}

/// The header counts unread messages up to this many; more shows as "99+".
pub const UNREAD_SHOWN: i64 = 99;

/// How many messages wait unread for the person, for the header, up to [`UNREAD_SHOWN`] + 1
/// (which the header shows as "more than"): on their own record's side (not while acting for
/// someone: that record's count is on its own pages), and in their inbox as a professional.
/// Every page asks it, so it reads at most that many conversations with something unread, by
/// index, whatever the size of the inbox. A number, no content: not a read of any record.
pub async fn unread(db: &Db, actor: &Actor) -> Result<i64> {
    let Some(account_id) = actor.account_id() else { return Ok(0) };
    let own_record = actor.acting_for_patient().is_none() && actor.assisted_session().is_none();
    let cap = UNREAD_SHOWN + 1;
    let mut total = 0;
    if own_record {
        // PostgreSQL sums integers as BIGINT, SQLite as INTEGER: both read as i64.
        let own: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT CAST(SUM(u.n) AS BIGINT) FROM (SELECT m.patient_unread AS n FROM conversations m \
             JOIN patients p ON p.id = m.patient_id WHERE p.account_id = $1 AND m.patient_unread > 0 LIMIT {cap}) u"
        ))
        .bind(account_id)
        .fetch_one(db.pool())
        .await?;
        total += own.unwrap_or(0);
    }
    if policy::may(actor, AccountAction::ListPatients, false) {
        for party in policy::conversation_parties(db, account_id).await? {
            if total >= cap {
                break;
            }
            let sql = format!(
                "SELECT CAST(SUM(u.n) AS BIGINT) FROM (SELECT m.care_unread AS n FROM conversations m \
                 JOIN patients p ON p.id = m.patient_id WHERE m.{} = $4 AND m.care_unread > 0 AND {} LIMIT {cap}) u",
                party.column(),
                policy::messages_readable_by_professional("$1", "$2", "$3"),
            );
            let care: Option<i64> = sqlx::query_scalar(&sql)
                .bind(account_id)
                .bind(now_ms())
                .bind(policy::minor_born_after(db.today()))
                .bind(party.id())
                .fetch_one(db.pool())
                .await?;
            total += care.unwrap_or(0);
        }
    }
    Ok(total.min(cap))
}

/// Someone the patient's side may write to, or could if they accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub to: To,
    pub name: String,
    /// The professional's specialty (`None` for a practice).
    pub specialty: Option<String>,
    /// They take conversations patients start.
    pub accepting: bool,
}

/// Whom the patient's side of the record acted on may start a conversation with: the
/// professionals the patient authorized or has an appointment with, and their practices, as the
/// policy decides ([`policy::may_start_with`]); those who do not accept it are listed as such.
pub async fn recipients(db: &Db, actor: &Actor) -> Result<Vec<Recipient>> {
    let mut access = access::open_read(db, actor, Subject::OwnRecord, ReadAction::Messages).await?;
    if Side::of(access.viewer()) != Side::Patient {
        return Err(Error::NotFound);
    }
    let birth_date = birth_date(&mut access).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    let professionals: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT a.id, a.display_name, pr.specialty FROM professionals pr JOIN accounts a ON a.id = pr.account_id \
         WHERE a.id IN (SELECT c.professional_id FROM consents c WHERE c.patient_id = $1 AND c.status = 'authorized' \
          UNION SELECT x.professional_id FROM appointments x WHERE x.patient_id = $1 AND x.cancelled_at IS NULL) \
         ORDER BY a.display_name, a.id",
    )
    .bind(&patient_id)
    .fetch_all(&mut **tx)
    .await?;
    let practices: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT g.id, g.name FROM practices g JOIN practice_members pm ON pm.practice_id = g.id \
         WHERE pm.professional_id IN (SELECT c.professional_id FROM consents c WHERE c.patient_id = $1 \
          AND c.status = 'authorized' UNION SELECT x.professional_id FROM appointments x WHERE x.patient_id = $1 \
          AND x.cancelled_at IS NULL) ORDER BY g.name, g.id",
    )
    .bind(&patient_id)
    .fetch_all(&mut **tx)
    .await?;
    let today = db.today();
    let mut out = Vec::new();
    let candidates = practices
        .into_iter()
        .map(|(id, name)| (To::Practice(id), name, None))
        .chain(professionals.into_iter().map(|(id, name, specialty)| (To::Professional(id), name, Some(specialty))));
    for (to, name, specialty) in candidates {
        let counterpart = counterpart(tx, &patient_id, &to).await?;
        match policy::may_start_with(&counterpart, birth_date, today) {
            Ok(()) => out.push(Recipient { to, name, specialty, accepting: true }),
            Err(StartRefusal::NotAccepting) => out.push(Recipient { to, name, specialty, accepting: false }),
            Err(StartRefusal::NotTheirProfessional) => {}
        }
    }
    access.commit().await?;
    Ok(out)
}

async fn counterpart(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    to: &To,
) -> Result<Vec<policy::Counterpart>> {
    match to {
        To::Professional(id) => policy::counterparts(tx, patient_id, Some(id), None).await,
        To::Practice(id) => policy::counterparts(tx, patient_id, None, Some(id)).await,
    }
}

async fn birth_date<K>(access: &mut Access<K>) -> Result<Option<jiff::civil::Date>> {
    let (tx, grant) = access.parts();
    let birth: Option<String> = sqlx::query_scalar("SELECT birth_date FROM patients WHERE id = $1")
        .bind(grant.patient_id())
        .fetch_one(&mut **tx)
        .await?;
    Ok(birth.and_then(|b| b.parse().ok()))
}

/// The patient's side starts a conversation with a professional or a practice; returns its id.
/// Refused with a reason they can act on when the policy does not let them write to that
/// professional ([`Problem::MessageNotTheirProfessional`], [`Problem::MessageNotAccepting`]).
pub async fn start_with(db: &Db, actor: &Actor, to: &To, subject: &str, typed: &Typed<'_>) -> Result<String> {
    let subject = check_subject(subject)?;
    let checked = check(typed)?;
    let action = WriteAction::Message(MessageChange::Start);
    // Whom the patient's side may write to is the policy's: the refusal is audited as one, and
    // the person is told what they can do about it.
    let target = to.to_param();
    let mut access = match access::open_write_explained(db, actor, Subject::OwnRecord, action, Some(&target)).await? {
        Ok(access) => access,
        Err(Refusal::NotTheirProfessional) => return Err(Error::Invalid(Problem::MessageNotTheirProfessional)),
        Err(Refusal::NotAccepting) => return Err(Error::Invalid(Problem::MessageNotAccepting)),
        Err(_) => return Err(Error::NotFound),
    };
    if Side::of(access.viewer()) != Side::Patient {
        return Err(Error::NotFound);
    }
    let (professional, practice) = match to {
        To::Professional(id) => (Some(id.as_str()), None),
        To::Practice(id) => (None, Some(id.as_str())),
    };
    let id = insert_conversation(&mut access, actor, professional, practice, &subject).await?;
    add_message(&mut access, db, actor, &id, &checked).await?;
    access.commit().await?;
    Ok(id)
}

/// A professional who may read the record starts a conversation with its patient; returns its id.
pub async fn start_for_patient(
    db: &Db,
    actor: &Actor,
    patient_id: &str,
    subject: &str,
    typed: &Typed<'_>,
) -> Result<String> {
    let subject = check_subject(subject)?;
    let checked = check(typed)?;
    let action = WriteAction::Message(MessageChange::Start);
    let mut access = access::open_write(db, actor, Subject::Patient(patient_id), action).await?;
    let Some(professional) = professional_of(access.viewer()) else { return Err(Error::NotFound) };
    let id = insert_conversation(&mut access, actor, Some(&professional), None, &subject).await?;
    add_message(&mut access, db, actor, &id, &checked).await?;
    access.commit().await?;
    Ok(id)
}

async fn insert_conversation<K>(
    access: &mut Access<K>,
    actor: &Actor,
    professional: Option<&str>,
    practice: Option<&str>,
    subject: &str,
) -> Result<String> {
    let (tx, grant) = access.parts();
    let id = Uuid::new_v4().to_string();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO conversations (id, patient_id, professional_id, practice_id, subject, started_by, started_at, \
         last_message_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(&id)
    .bind(grant.patient_id())
    .bind(professional)
    .bind(practice)
    .bind(subject)
    .bind(actor.account_id())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Writes a message in a conversation of the reader's side.
pub async fn write(db: &Db, actor: &Actor, conversation_id: &str, typed: &Typed<'_>) -> Result<()> {
    let checked = check(typed)?;
    let action = WriteAction::Message(MessageChange::Write);
    let mut access = access::open_write(db, actor, Subject::Conversation(conversation_id), action).await?;
    add_message(&mut access, db, actor, conversation_id, &checked).await?;
    access.commit().await
}

/// Stores a message of the granted side, with its file (what the other side wrote is read by
/// then); brings the conversation back from
/// either side's archive; counts it unread for the other side; sends the absence reply of the
/// professional written to, if they set one; tells the other side by e-mail.
async fn add_message<K>(
    access: &mut Access<K>,
    db: &Db,
    actor: &Actor,
    conversation_id: &str,
    checked: &Checked,
) -> Result<()> {
    let side = Side::of(access.viewer());
    let on_behalf_of = access.viewer().on_behalf_of();
    let author_id = actor.account_id().ok_or(Error::NotFound)?.to_string();
    let (tx, grant) = access.parts();
    let author_name: String = sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
        .bind(&author_id)
        .fetch_one(&mut **tx)
        .await?;
    let now = now_ms();
    // Who answers has read what they answer.
    mark_read(tx, conversation_id, side, now).await?;
    let message_id = insert_message(
        tx,
        conversation_id,
        side,
        &author_id,
        &author_name,
        on_behalf_of.as_deref(),
        false,
        &checked.body,
        now,
    )
    .await?;
    if let Some(file) = &checked.file {
        attachments::store(tx, &message_id, file).await?;
    }
    let professional: Option<String> =
        sqlx::query_scalar("SELECT professional_id FROM conversations WHERE id = $1 AND patient_id = $2")
            .bind(conversation_id)
            .bind(grant.patient_id())
            .fetch_one(&mut **tx)
            .await?;
    let patient_id = grant.patient_id().to_string();
    if side == Side::Patient {
        if let Some(professional) = professional {
            absence_reply(tx, db, conversation_id, &patient_id, &professional, now).await?;
        }
    }
    notices::tell_other_side(tx, db, conversation_id, &patient_id, side.other()).await
}

#[allow(clippy::too_many_arguments)]
async fn insert_message(
    tx: &mut Transaction<'static, Any>,
    conversation_id: &str,
    side: Side,
    author_id: &str,
    author_name: &str,
    on_behalf_of: Option<&str>,
    automatic: bool,
    body: &str,
    at: i64,
) -> Result<String> {
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO messages (id, conversation_id, side, author_id, author_name, on_behalf_of, automatic, body, \
         sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(conversation_id)
    .bind(side.as_str())
    .bind(author_id)
    .bind(author_name)
    .bind(on_behalf_of)
    .bind(i64::from(automatic))
    .bind(body)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    let unread = side.other().unread_column();
    sqlx::query(&format!(
        "UPDATE conversations SET last_message_at = $1, {unread} = {unread} + 1, patient_archived = 0, \
         care_archived = 0 WHERE id = $2"
    ))
    .bind(at)
    .bind(conversation_id)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// An absence reply is sent again only after this long.
const ABSENCE_REPLY_EVERY_MS: i64 = hours(24);

/// The professional's absence reply, if they set one, unless one was sent in this conversation
/// in the last day, or they may no longer read it (blocked, consent withdrawn): then nothing
/// answers in their name.
async fn absence_reply(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    conversation_id: &str,
    patient_id: &str,
    professional: &str,
    now: i64,
) -> Result<()> {
    let Some(reply) = settings::absence_reply(tx, professional).await? else { return Ok(()) };
    let reads = format!(
        "SELECT COUNT(*) FROM patients p WHERE p.id = $4 AND {}",
        policy::messages_readable_by_professional("$1", "$2", "$3")
    );
    let reads: i64 = sqlx::query_scalar(&reads)
        .bind(professional)
        .bind(now)
        .bind(policy::minor_born_after(db.today()))
        .bind(patient_id)
        .fetch_one(&mut **tx)
        .await?;
    if reads == 0 {
        return Ok(());
    }
    let recent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM messages WHERE conversation_id = $1 AND automatic = 1 AND sent_at > $2",
    )
    .bind(conversation_id)
    .bind(now - ABSENCE_REPLY_EVERY_MS)
    .fetch_one(&mut **tx)
    .await?;
    if recent > 0 {
        return Ok(());
    }
    let name: String = sqlx::query_scalar("SELECT display_name FROM accounts WHERE id = $1")
        .bind(professional)
        .fetch_one(&mut **tx)
        .await?;
    // A millisecond after the message it answers, so that it reads after it.
    insert_message(tx, conversation_id, Side::Care, professional, &name, None, true, &reply, now + 1).await?;
    Ok(())
}

/// Archives the conversation for the reader's side, or brings it back.
pub async fn archive(db: &Db, actor: &Actor, conversation_id: &str, archived: bool) -> Result<()> {
    let action = WriteAction::Message(MessageChange::Archive);
    let mut access = access::open_write(db, actor, Subject::Conversation(conversation_id), action).await?;
    let column = Side::of(access.viewer()).archived_column();
    let (tx, grant) = access.parts();
    sqlx::query(&format!("UPDATE conversations SET {column} = $1 WHERE id = $2 AND patient_id = $3"))
        .bind(i64::from(archived))
        .bind(conversation_id)
        .bind(grant.patient_id())
        .execute(&mut **tx)
        .await?;
    access.commit().await
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    id: String,
    side: String,
    author_id: String,
    author_name: String,
    on_behalf_of: Option<String>,
    automatic: i64,
    body: String,
    sent_at: i64,
    read_at: Option<i64>,
}

/// A page of a conversation's thread (the newest messages before `before`), read by the
/// reader's side: what the other side wrote is then marked read, by its first reading.
pub async fn thread(db: &Db, actor: &Actor, conversation_id: &str, before: Option<&Cursor>) -> Result<Thread> {
    let subject = Subject::Conversation(conversation_id);
    let mut access = access::open_read(db, actor, subject, ReadAction::Messages).await?;
    let side = Side::of(access.viewer());
    let thread = read_thread(&mut access, conversation_id, side, before).await?;
    access.commit().await?;
    // Every message raises the other side's counter: at 0, nothing of theirs waits unread, and
    // the thread's later openings write nothing. Marked once the read is audited, up to what the
    // read saw: a message that came since is still unread.
    if thread.conversation.unread > 0 {
        let mut tx = db.begin().await?;
        mark_read(&mut tx, conversation_id, side, thread.conversation.last_message_at).await?;
        tx.commit().await?;
    }
    Ok(thread)
}

async fn read_thread<K>(
    access: &mut Access<K>,
    conversation_id: &str,
    side: Side,
    before: Option<&Cursor>,
) -> Result<Thread> {
    let (tx, grant) = access.parts();
    let row: SummaryRow = sqlx::query_as(&format!("{SELECT_SUMMARY} WHERE m.id = $1 AND m.patient_id = $2"))
        .bind(conversation_id)
        .bind(grant.patient_id())
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(Error::NotFound)?;
    let patient_name = row.patient_name.clone();
    let (at, id) = match before {
        Some(cursor) => (cursor.at, cursor.id.clone()),
        None => (i64::MAX, String::new()),
    };
    let mut rows: Vec<MessageRow> = sqlx::query_as(&format!(
        "SELECT g.id, g.side, g.author_id, g.author_name, g.on_behalf_of, g.automatic, g.body, g.sent_at, r.read_at \
         FROM messages g LEFT JOIN message_reads r ON r.message_id = g.id WHERE g.conversation_id = $1 \
         AND (g.sent_at < $2 OR (g.sent_at = $2 AND $3 <> '' AND g.id < $3)) \
         ORDER BY g.sent_at DESC, g.id DESC LIMIT {}",
        PAGE_SIZE + 1
    ))
    .bind(conversation_id)
    .bind(at)
    .bind(&id)
    .fetch_all(&mut **tx)
    .await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let older = match more {
        true => rows.last().map(|r| Cursor { at: r.sent_at, id: r.id.clone() }),
        false => None,
    };
    rows.reverse();
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut files = attachments::of_messages(tx, &ids).await?;
    let messages = rows
        .into_iter()
        .map(|r| Message {
            attachments: files.remove(&r.id).unwrap_or_default(),
            for_patient: r.on_behalf_of.as_ref().map(|_| patient_name.clone()),
            id: r.id,
            side: Side::from_stored(&r.side),
            author_id: r.author_id,
            author_name: r.author_name,
            automatic: r.automatic == 1,
            body: r.body,
            sent_at: r.sent_at,
            read_at: r.read_at,
        })
        .collect();
    Ok(Thread { conversation: row.seen_by(side), side, messages, older })
}

/// What the other side wrote until `up_to`, read now by `side`: each message's first reading
/// is kept, and the side's counter is left at what is still unread (sent since).
async fn mark_read(tx: &mut Transaction<'static, Any>, conversation_id: &str, side: Side, up_to: i64) -> Result<()> {
    let other = side.other().as_str();
    sqlx::query(
        "INSERT INTO message_reads (message_id, read_at) SELECT g.id, $1 FROM messages g \
         WHERE g.conversation_id = $2 AND g.side = $3 AND g.sent_at <= $4 \
         AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_id = g.id)",
    )
    .bind(now_ms())
    .bind(conversation_id)
    .bind(other)
    .bind(up_to)
    .execute(&mut **tx)
    .await?;
    let unread = side.unread_column();
    sqlx::query(&format!(
        "UPDATE conversations SET {unread} = (SELECT COUNT(*) FROM messages g WHERE g.conversation_id = $1 \
         AND g.side = $2 AND NOT EXISTS (SELECT 1 FROM message_reads r WHERE r.message_id = g.id)) WHERE id = $1"
    ))
    .bind(conversation_id)
    .bind(other)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_of_recipient_goes_through_a_form() {
        for to in [To::Professional("a1".into()), To::Practice("p1".into())] {
            assert_eq!(To::parse(&to.to_param()), Some(to));
        }
        for bad in ["", "professional:", "patient:x", "x"] {
            assert_eq!(To::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_subject_is_one_line_without_markup() {
        assert_eq!(check_subject("  Résultats  ").unwrap(), "Résultats");
        for bad in ["".to_string(), "<b>x</b>".into(), "a\nb".into(), "x".repeat(MAX_SUBJECT_CHARS + 1)] {
            assert!(matches!(check_subject(&bad), Err(Error::Invalid(Problem::MessageSubject))), "{bad}");
        }
    }
}
