//! Delegations: the people a patient lets act for them. A patient invites a caregiver by e-mail
//! and chooses what they may do (read the record, add documents) and until when; the caregiver
//! accepts with their own account. Either side can end it. A minor's legal representatives are
//! delegations too, attached by the reception desk through `add_representative`
//! (`kind = representative`).
//!
//! The rules that use delegations are in `policy`, which reads them on every decision; this
//! module makes, accepts, lists and ends them, audits each step, and tells the patient (granted,
//! first used, ended) through the outbox in the same transaction.

pub mod first_use;

use crate::error::Problem;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use crate::access;
use crate::access::Access;
use crate::accounts::{self, Account, DisplayName, Email, Role};
use crate::audit::chain as audit;
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::enrolment::{self, Purpose};
use crate::error::LinkProblem;
use crate::policy::{self, Actor, DelegationChange, Read, Subject, WriteAction};
use crate::tokens::{hash_token, looks_like_token, random_token};
use crate::{Error, Result};

/// How long an invitation can be accepted.
pub const INVITATION_TTL_HOURS: i64 = 7 * 24;

/// What a caregiver may do for the patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scopes {
    /// Read the record: results, documents, vaccinations.
    pub record: bool,
    /// Read the health profile: allergies, problems, treatments, procedures, stays.
    pub profile: bool,
    /// Read and enter measurements: weight, blood pressure, glucose…
    pub measurements: bool,
    /// Add documents to the record.
    pub upload: bool,
    /// See, book, move and cancel appointments.
    pub appointments: bool,
    /// Read and write messages with the care team for the patient.
    pub messages: bool,
}

impl Scopes {
    fn any(self) -> bool {
        self.record || self.profile || self.measurements || self.upload || self.appointments || self.messages
    }
}

/// An invitation as the patient typed it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub email: Email,
    pub scopes: Scopes,
    /// The last day the delegation may be used, if the patient chose one.
    pub last_day: Option<jiff::civil::Date>,
}

impl NewInvitation {
    /// Checks the invitation form: a valid address, at least one scope, and a last day that is
    /// not already past (`today` in the clinic's time zone).
    pub fn parse(email: &str, scopes: Scopes, last_day: &str, today: jiff::civil::Date) -> Result<NewInvitation> {
        let email = Email::parse(email)?;
        if !scopes.any() {
            return Err(Error::Invalid(Problem::DelegationNoScope));
        }
        let last_day = match last_day.trim() {
            "" => None,
            typed => match typed.parse::<jiff::civil::Date>() {
                Ok(day) if day >= today => Some(day),
                Ok(_) => return Err(Error::Invalid(Problem::DelegationEndPast)),
                Err(_) => return Err(Error::Invalid(Problem::DateInvalid)),
            },
        };
        Ok(NewInvitation { email, scopes, last_day })
    }
}

/// Where a delegation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Sent, not accepted yet.
    Invited,
    /// Accepted and usable.
    Running,
    /// Past the end the patient chose, or an invitation nobody accepted in time.
    Expired,
    /// Ended by the patient or the delegate (or an invitation withdrawn).
    Ended,
}

/// A delegation as the pages list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delegation {
    pub id: String,
    pub patient_id: String,
    /// The patient's name (for the delegate's list).
    pub patient_name: String,
    /// The delegate's name once accepted (for the patient's list).
    pub delegate_name: Option<String>,
    pub invited_email: Option<String>,
    pub representative: bool,
    pub scopes: Scopes,
    /// The end the patient chose (exclusive instant), if any.
    pub ends_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub status: Status,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    patient_id: String,
    patient_name: String,
    delegate_name: Option<String>,
    invited_email: Option<String>,
    kind: String,
    scope_record: i64,
    scope_profile: i64,
    scope_measurements: i64,
    scope_upload: i64,
    scope_appointments: i64,
    scope_messages: i64,
    ends_at: Option<i64>,
    invitation_expires_at: Option<i64>,
    accepted_at: Option<i64>,
    ended_at: Option<i64>,
    birth_date: Option<String>,
}

impl Row {
    fn scopes(&self) -> Scopes {
        Scopes {
            record: self.scope_record == 1,
            profile: self.scope_profile == 1,
            measurements: self.scope_measurements == 1,
            upload: self.scope_upload == 1,
            appointments: self.scope_appointments == 1,
            messages: self.scope_messages == 1,
        }
    }

    /// The delegation as of `now` (`today` in the clinic's zone: a representative's ends with
    /// the minor's 18th birthday, as the policy decides).
    fn into_delegation(self, now: i64, today: jiff::civil::Date) -> Delegation {
        let representative = self.kind == "representative";
        let scopes = self.scopes();
        let status = if self.ended_at.is_some() {
            Status::Ended
        } else if self.ends_at.is_some_and(|end| end <= now)
            || (representative && !policy::is_minor(self.birth_date.as_deref().and_then(|d| d.parse().ok()), today))
        {
            Status::Expired
        } else if self.accepted_at.is_some() {
            Status::Running
        } else if self.invitation_expires_at.is_some_and(|end| end <= now) {
            Status::Expired
        } else {
            Status::Invited
        };
        Delegation {
            id: self.id,
            patient_id: self.patient_id,
            patient_name: self.patient_name,
            delegate_name: self.delegate_name,
            invited_email: self.invited_email,
            representative,
            scopes,
            ends_at: self.ends_at,
            ended_at: self.ended_at,
            status,
        }
    }
}

/// The patient's name as the record has it (the account's name for records made before names
/// were split).
const PATIENT_NAME: &str = "COALESCE(NULLIF(TRIM(p.given_names || ' ' || p.family_name), ''), \
     (SELECT a.display_name FROM accounts a WHERE a.id = p.account_id), '')";

/// The columns of a [`Row`], from `delegations g` joined to its patient `p`: every listing of
/// delegations and the invitation behind a link read these.
fn select() -> String {
    format!(
        "SELECT g.id, g.patient_id, {PATIENT_NAME} AS patient_name, \
         (SELECT a.display_name FROM accounts a WHERE a.id = g.delegate_account_id) AS delegate_name, \
         g.invited_email, g.kind, g.scope_record, g.scope_profile, g.scope_measurements, g.scope_upload, g.scope_appointments, \
         g.scope_messages, g.ends_at, \
         g.invitation_expires_at, g.accepted_at, g.ended_at, p.birth_date \
         FROM delegations g JOIN patients p ON p.id = g.patient_id"
    )
}

/// The delegations a patient granted, newest first (a read of their own record's settings), as
/// of `today` in the clinic's zone.
pub async fn granted(access: &mut Access<Read>, today: jiff::civil::Date) -> Result<Vec<Delegation>> {
    let (tx, grant) = access.parts();
    let rows: Vec<Row> =
        sqlx::query_as(&format!("{} WHERE g.patient_id = $1 ORDER BY g.created_at DESC, g.id LIMIT 200", select()))
            .bind(grant.patient_id())
            .fetch_all(&mut **tx)
            .await?;
    let now = now_ms();
    Ok(rows.into_iter().map(|r| r.into_delegation(now, today)).collect())
}

/// The delegations a person holds (the people they help), not ended, by patient name.
pub async fn held(db: &Db, account_id: &str) -> Result<Vec<Delegation>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{} WHERE g.delegate_account_id = $1 AND g.ended_at IS NULL ORDER BY patient_name, g.id",
        select()
    ))
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    let (now, today) = (now_ms(), db.today());
    Ok(rows.into_iter().map(|r| r.into_delegation(now, today)).collect())
}

/// Whom a person acts for, as every page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acting {
    pub patient_id: String,
    pub patient_name: String,
    pub representative: bool,
    /// What the delegation lets them do (a legal representative: everything a scope names), so
    /// that pages offer only that; the policy still decides each access.
    pub scopes: Scopes,
}

/// The person's delegation for this patient, if they can use it now (for the "acting for"
/// banner and the switch; the policy still decides every access on its own).
pub async fn acting(db: &Db, account_id: &str, patient_id: &str) -> Result<Option<Acting>> {
    Ok(held(db, account_id).await?.into_iter().find(|d| d.patient_id == patient_id && d.status == Status::Running).map(
        |d| Acting {
            scopes: if d.representative {
                Scopes {
                    record: true,
                    profile: true,
                    measurements: true,
                    upload: true,
                    appointments: true,
                    messages: true,
                }
            } else {
                d.scopes
            },
            patient_id: d.patient_id,
            patient_name: d.patient_name,
            representative: d.representative,
        },
    ))
}

/// The patient invites a caregiver: the invitation is stored (its token only as a hash) and
/// e-mailed, in one audited transaction. Inviting one's own address, or an address with an
/// invitation still waiting, is refused.
pub async fn invite(db: &Db, actor: &Actor, new: &NewInvitation) -> Result<()> {
    let id = Uuid::new_v4().to_string();
    let action = WriteAction::Delegate(DelegationChange::Invite);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(&id)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    let patient: Account = match actor.account_id() {
        Some(account_id) => accounts::get_in(tx, account_id).await?,
        None => return Err(Error::NotFound),
    };
    if patient.email == new.email.as_str() {
        return Err(Error::Invalid(Problem::DelegationOwnAddress));
    }
    let now = now_ms();
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM delegations WHERE patient_id = $1 AND invited_email = $2 AND ended_at IS NULL \
         AND accepted_at IS NULL AND invitation_expires_at > $3",
    )
    .bind(&patient_id)
    .bind(new.email.as_str())
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    if waiting > 0 {
        return Err(Error::Invalid(Problem::DelegationAlreadyInvited));
    }
    let ends_at = match new.last_day {
        Some(day) => Some(end_of_day(db, day)?),
        None => None,
    };
    let token = random_token();
    let expires_at = now + hours(INVITATION_TTL_HOURS);
    sqlx::query(
        "INSERT INTO delegations (id, patient_id, kind, delegate_account_id, invited_email, invitation_hash, \
         invitation_expires_at, scope_record, scope_upload, scope_appointments, ends_at, created_by, created_at, \
         scope_profile, scope_measurements, scope_messages) \
         VALUES ($1, $2, 'caregiver', NULL, $3, $4, $5, $6, $7, $11, $8, $9, $10, $12, $13, $14)",
    )
    .bind(&id)
    .bind(&patient_id)
    .bind(new.email.as_str())
    .bind(hash_token(&token))
    .bind(expires_at)
    .bind(i32::from(new.scopes.record))
    .bind(i32::from(new.scopes.upload))
    .bind(ends_at)
    .bind(&patient.id)
    .bind(now)
    .bind(i32::from(new.scopes.appointments))
    .bind(i32::from(new.scopes.profile))
    .bind(i32::from(new.scopes.measurements))
    .bind(i32::from(new.scopes.messages))
    .execute(&mut **tx)
    .await?;
    let url = db.portal_link(&format!("/invitations/{token}"));
    let locale = patient.mail_locale();
    let what = scope_words(locale, new.scopes);
    let until = match ends_at {
        Some(_) => new.last_day.map(|day| locale.civil_date(day)).unwrap_or_default(),
        None => locale.t("delegation-until-ended"),
    };
    let mail =
        crate::mail::delegation_invitation(&patient, new.email.as_str(), &what, &until, &url).valid_until(expires_at);
    crate::mail::enqueue(tx, &mail).await?;
    access.commit().await
}

/// What the scopes allow, in words ("read the record, add documents").
pub fn scope_words(locale: crate::i18n::Locale, scopes: Scopes) -> String {
    let mut words = Vec::new();
    if scopes.record {
        words.push(locale.t("delegation-scope-record"));
    }
    if scopes.profile {
        words.push(locale.t("delegation-scope-profile"));
    }
    if scopes.measurements {
        words.push(locale.t("delegation-scope-measurements"));
    }
    if scopes.upload {
        words.push(locale.t("delegation-scope-upload"));
    }
    if scopes.appointments {
        words.push(locale.t("delegation-scope-appointments"));
    }
    if scopes.messages {
        words.push(locale.t("delegation-scope-messages"));
    }
    words.join(", ")
}

/// The first instant after `day` in the clinic's zone.
fn end_of_day(db: &Db, day: jiff::civil::Date) -> Result<i64> {
    let next = day.tomorrow().map_err(|_| Error::Invalid(Problem::DateInvalid))?;
    Ok(next.to_zoned(db.zone()).map_err(|_| Error::Invalid(Problem::DateInvalid))?.timestamp().as_millisecond())
}

/// An invitation as its link shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub patient_name: String,
    pub invited_email: String,
    pub scopes: Scopes,
    pub ends_at: Option<i64>,
    pub expires_at: i64,
}

/// The invitation behind a link, if it can still be accepted. Read-only.
pub async fn invitation(db: &Db, token: &str) -> Result<Invitation> {
    if !looks_like_token(token) {
        return Err(Error::Link(LinkProblem::Unknown));
    }
    let row: Option<Row> = sqlx::query_as(&format!("{} WHERE g.invitation_hash = $1", select()))
        .bind(hash_token(token))
        .fetch_optional(db.pool())
        .await?;
    let Some(row) = row else { return Err(Error::Link(LinkProblem::Unknown)) };
    let now = now_ms();
    let expires_at = row.invitation_expires_at.unwrap_or(0);
    if row.accepted_at.is_some() || row.ended_at.is_some() {
        return Err(Error::Link(LinkProblem::Used));
    }
    if expires_at <= now || row.ends_at.is_some_and(|end| end <= now) {
        return Err(Error::Link(LinkProblem::Expired));
    }
    Ok(Invitation {
        scopes: row.scopes(),
        patient_name: row.patient_name,
        invited_email: row.invited_email.unwrap_or_default(),
        ends_at: row.ends_at,
        expires_at,
    })
}

/// The holder of an invitation link accepts it with their (signed-in) account. Of two
/// concurrent acceptances only one succeeds. A patient cannot become their own caregiver, and a
/// person who already acts for the patient cannot hold a second delegation. Returns the
/// patient's record id.
pub async fn accept(db: &Db, token: &str, account: &Account) -> Result<String> {
    let mut tx = db.begin().await?;
    let patient_id = accept_in(&mut tx, db, token, account).await?;
    tx.commit().await?;
    Ok(patient_id)
}

async fn accept_in(tx: &mut Transaction<'static, Any>, db: &Db, token: &str, account: &Account) -> Result<String> {
    if !looks_like_token(token) {
        return Err(Error::Link(LinkProblem::Unknown));
    }
    let now = now_ms();
    let found: Option<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT g.id, g.patient_id, p.account_id, g.invited_email FROM delegations g \
         JOIN patients p ON p.id = g.patient_id WHERE g.invitation_hash = $1",
    )
    .bind(hash_token(token))
    .fetch_optional(&mut **tx)
    .await?;
    let Some((id, patient_id, patient_account, invited)) = found else {
        return Err(Error::Link(LinkProblem::Unknown));
    };
    if patient_account.as_deref() == Some(account.id.as_str()) {
        return Err(Error::Invalid(Problem::DelegationOwnRecord));
    }
    // Only the person invited: a forwarded or intercepted link is no use to another account.
    if !invited.as_deref().is_some_and(|invited| is_invited(invited, &account.email)) {
        return Err(Error::Invalid(Problem::DelegationOtherAddress));
    }
    // A delegation of theirs past the end the patient chose is over: close it, so that the new
    // one can run (at most one runs per person and patient).
    sqlx::query(
        "UPDATE delegations SET ended_at = ends_at WHERE patient_id = $1 AND delegate_account_id = $2 \
         AND ended_at IS NULL AND ends_at <= $3",
    )
    .bind(&patient_id)
    .bind(&account.id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let accepted = sqlx::query(
        "UPDATE delegations SET delegate_account_id = $1, accepted_at = $2 WHERE id = $3 \
         AND delegate_account_id IS NULL AND ended_at IS NULL AND invitation_expires_at > $2 \
         AND (ends_at IS NULL OR ends_at > $2)",
    )
    .bind(&account.id)
    .bind(now)
    .bind(&id)
    .execute(&mut **tx)
    .await;
    match accepted {
        Ok(done) if done.rows_affected() == 1 => {}
        Ok(_) => {
            // Accepted (perhaps in another tab), withdrawn, or expired: say which.
            invitation(db, token).await?;
            return Err(Error::Link(LinkProblem::Used));
        }
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(Error::Conflict(Problem::DelegationExists))
        }
        Err(other) => return Err(other.into()),
    }
    accounts::add_roles(tx, &account.id, &[Role::Caregiver]).await?;
    audit_delegate(tx, &account.id, &patient_id, "delegation.accept", &id, "invitation").await?;
    let caregiver = account.display_name.clone();
    crate::mail::to_patient(tx, &patient_id, |patient| {
        crate::mail::delegation_granted(patient, &caregiver, &db.portal_link("/caregivers"))
    })
    .await?;
    Ok(patient_id)
}

/// Whether an account with `email` is the person an invitation to `invited` was sent to (the
/// addresses are compared as people type them: case does not matter).
pub fn is_invited(invited: &str, email: &str) -> bool {
    invited.trim().eq_ignore_ascii_case(email.trim())
}

/// Someone new accepts an invitation: their account is made with the invited address and the
/// caregiver role, the invitation is accepted for it, and the link to create their passkey is
/// e-mailed to that address — not handed to whoever holds the invitation link, who could be
/// someone it was forwarded to: only the person invited, reading their own mail, gets in. An
/// address that already has an account must sign in and accept instead (`error-email-taken`).
pub async fn join(db: &Db, token: &str, name: &DisplayName, enrolment_ttl_hours: i64) -> Result<()> {
    let invitation = invitation(db, token).await?;
    let email = Email::parse(&invitation.invited_email)?;
    let mut tx = db.begin().await?;
    let account = accounts::create(&mut tx, name, &email, &[Role::Caregiver]).await?;
    accept_in(&mut tx, db, token, &account).await?;
    let enrol = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, enrolment_ttl_hours).await?;
    let url = db.portal_link(&format!("/enrol/{enrol}"));
    crate::mail::enqueue(&mut tx, &crate::mail::invitation(&account, &url, enrolment_ttl_hours)).await?;
    tx.commit().await?;
    Ok(())
}

/// Attaches a minor's legal representative, accepted at once (the reception desk, in the
/// transaction that makes the minor's record; `by` is the staff member). Its scopes are stored
/// as the desk always set them; the policy gives a representative everything a scope names.
pub(crate) async fn add_representative(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    account_id: &str,
    by: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO delegations (id, patient_id, kind, delegate_account_id, scope_record, scope_upload, \
         scope_profile, scope_measurements, scope_messages, created_by, created_at, accepted_at) \
         VALUES ($1, $2, 'representative', $3, 1, 1, 1, 1, 1, $4, $5, $5)",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(patient_id)
    .bind(account_id)
    .bind(by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ends a delegation (or withdraws an invitation): by the patient (through the policy, audited
/// as theirs) or by a caregiver holding it (not by a legal representative). Takes effect on the next request. Both are told by e-mail.
/// Anyone else, or a delegation already ended, gets not found.
pub async fn end(db: &Db, actor: &Actor, delegation_id: &str) -> Result<()> {
    let found: Option<(String, Option<String>, String)> =
        sqlx::query_as("SELECT patient_id, delegate_account_id, kind FROM delegations WHERE id = $1")
            .bind(delegation_id)
            .fetch_optional(db.pool())
            .await?;
    let (Some((patient_id, delegate, kind)), Some(by)) = (found, actor.account_id()) else {
        return Err(Error::NotFound);
    };
    let delegate = delegate.as_deref();
    if delegate == Some(by) {
        // A legal representation is not something its holder resigns from the portal.
        if kind == "representative" {
            return Err(Error::NotFound);
        }
        let mut tx = db.begin().await?;
        audit_delegate(&mut tx, by, &patient_id, "delegation.end", delegation_id, "delegate").await?;
        close(&mut tx, db, delegation_id, &patient_id, by, delegate).await?;
        tx.commit().await?;
    } else {
        let action = WriteAction::Delegate(DelegationChange::End);
        let mut access =
            access::open_write_on(db, actor, Subject::Patient(&patient_id), action, Some(delegation_id)).await?;
        close(access.parts().0, db, delegation_id, &patient_id, by, delegate).await?;
        access.commit().await?;
    }
    Ok(())
}

/// Ends the delegation if it is still running (else not found) and tells both sides.
async fn close(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    delegation_id: &str,
    patient_id: &str,
    by: &str,
    delegate: Option<&str>,
) -> Result<()> {
    let ended = sqlx::query("UPDATE delegations SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(by)
        .bind(delegation_id)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    if ended == 0 {
        return Err(Error::NotFound);
    }
    tell_ended(tx, db, delegation_id, patient_id, delegate).await
}

/// Tells the patient and the delegate (if it had been accepted) that a delegation ended.
async fn tell_ended(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    delegation_id: &str,
    patient_id: &str,
    delegate: Option<&str>,
) -> Result<()> {
    let Some(delegate) = delegate else { return Ok(()) };
    let delegate = accounts::get_in(tx, delegate).await?;
    let patient_name: String = sqlx::query_scalar(&format!(
        "SELECT {PATIENT_NAME} FROM delegations g JOIN patients p ON p.id = g.patient_id WHERE g.id = $1"
    ))
    .bind(delegation_id)
    .fetch_one(&mut **tx)
    .await?;
    let url = db.portal_link("/caregivers");
    crate::mail::to_patient(tx, patient_id, |patient| {
        crate::mail::delegation_ended_for_patient(patient, &delegate.display_name, &url)
    })
    .await?;
    crate::mail::enqueue(
        tx,
        &crate::mail::delegation_ended_for_delegate(&delegate, &patient_name, &db.portal_link("/helping")),
    )
    .await?;
    Ok(())
}

/// An audit row for what a delegate does with the delegation itself (accept, end): not an
/// access to the record, so not a policy decision, but in the patient's history all the same.
async fn audit_delegate(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    patient_id: &str,
    action: &str,
    delegation_id: &str,
    reason: &str,
) -> Result<()> {
    let through = policy::through_delegation(delegation_id);
    let entry = audit::Entry::by_person(account_id, "caregiver", action, reason);
    audit::append(tx, &entry.about(patient_id, Some(delegation_id), Some(&through))).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> jiff::civil::Date {
        s.parse().unwrap()
    }

    #[test]
    fn invitations_need_an_address_a_scope_and_a_future_end() {
        let today = day("2026-11-22");
        let read = Scopes { record: true, ..Scopes::default() };
        let ok = NewInvitation::parse(" Jean@Example.org ", read, "", today).unwrap();
        assert_eq!(ok.email.as_str(), "jean@example.org");
        assert_eq!(ok.last_day, None);
        assert_eq!(NewInvitation::parse("a@b.fr", read, "2026-11-22", today).unwrap().last_day, Some(today));
        let refused = |email, scopes, last| NewInvitation::parse(email, scopes, last, today).unwrap_err();
        assert!(matches!(refused("not an address", read, ""), Error::Invalid(Problem::EmailInvalid)));
        assert!(matches!(refused("a@b.fr", Scopes::default(), ""), Error::Invalid(Problem::DelegationNoScope)));
        assert!(matches!(refused("a@b.fr", read, "2026-11-21"), Error::Invalid(Problem::DelegationEndPast)));
        assert!(matches!(refused("a@b.fr", read, "22/11/2026"), Error::Invalid(Problem::DateInvalid)));
    }
}
