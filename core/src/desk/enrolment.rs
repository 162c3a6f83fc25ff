//! Enrolment and recovery at the desk, after staff checked the person's identity in person.
//!
//! Enrolment makes the patient's account, links it to their record (found by INS and birth
//! date, or new) and issues an enrolment link, sent by e-mail or handed over as a printable QR
//! code: the passkey is then created on the patient's own device, never on the desk's.
//! Recovery, for a patient who lost every passkey, issues a recovery link the same two ways: to
//! the patient's own address (staff never see it), or handed over in person as a QR code (the
//! patient is then told by e-mail that it happened). It ends the patient's sessions at once; the
//! lost passkeys keep working until the link is used, and are then replaced by the new one.

use sqlx::{Any, Transaction};

use super::{audit_desk, audit_desk_refusal, desk_person, find_patient, IDENTITY_NOT_MATCHED};
use crate::accounts::{self, DisplayName, Email, Role};
use crate::db::Db;
use crate::enrolment::{self, Purpose};
use crate::error::Problem;
use crate::policy::{AccountAction, Actor};
use crate::record::patients;
use crate::record::publish::PatientNamed;
use crate::{mail, sign_in, Error, Result};

/// A patient as staff type them in, checked.
#[derive(Debug, Clone)]
pub struct NewPatient {
    pub name: DisplayName,
    pub email: Email,
    pub named: PatientNamed,
}

impl NewPatient {
    pub fn parse(name: &str, email: &str, health_id: &str, birth_date: &str) -> Result<NewPatient> {
        Ok(NewPatient {
            name: DisplayName::parse(name)?,
            email: Email::parse(email)?,
            named: PatientNamed::parse(health_id, birth_date)?,
        })
    }
}

/// How an enrolment or recovery link reaches the patient.
#[derive(Clone)]
pub enum Handover {
    /// E-mailed to them (valid for the enrolment links' lifetime).
    Email,
    /// Shown once at the desk, as a QR code to scan with their phone or to print, valid 15
    /// minutes, made with the server's key ([`HandedOver`]).
    Printed(HandoverKey),
}

/// Enrols a patient: account, record, enrolment link, in one audited transaction. Returns the
/// link to show once, for a printed handover. An address that is already someone's is
/// refused (`error-email-taken`); so is an INS whose record cannot be this person's
/// ([`patients::claim_at_desk`]), and that attempt is logged in the record's history. Nobody
/// else is told: a record the desk may link has no account and is no minor's, so no one can act
/// on it yet (representatives' access ends at 18, caregivers are chosen by an account holder).
pub async fn enrol(
    db: &Db,
    actor: &Actor,
    new: &NewPatient,
    handover: Handover,
    ttl_hours: i64,
) -> Result<Option<HandedOver>> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    let mut tx = db.begin().await?;
    let account = accounts::create(&mut tx, &new.name, &new.email, &[Role::Patient]).await?;
    let (health_id, birth) = (&new.named.health_id, new.named.birth_date);
    let patient_id = match patients::claim_at_desk(&mut tx, &account, health_id, birth, db.today()).await? {
        Ok(patient_id) => patient_id,
        Err((record, problem)) => {
            // Nothing of the enrolment stays (the account is rolled back); the attempt stays in
            // the record's history, refused.
            tx.rollback().await?;
            audit_desk_refusal(db, staff, Some(&record), "desk.enrol", IDENTITY_NOT_MATCHED).await?;
            return Err(Error::Conflict(problem));
        }
    };
    let handed = match &handover {
        Handover::Email => {
            let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, ttl_hours).await?;
            let url = db.portal_link(&format!("/enrol/{token}"));
            mail::enqueue(&mut tx, &mail::invitation(&account, &url, ttl_hours)).await?;
            None
        }
        Handover::Printed(key) => {
            let handed = HandedOver::new(Purpose::Enrol);
            handed.issue(&mut tx, &account.id, key).await?;
            Some(handed)
        }
    };
    audit_desk(&mut tx, staff, &patient_id, "desk.enrol", Some(&account.id), None, "identity-checked").await?;
    tx.commit().await?;
    Ok(handed)
}

/// How long a link handed over at the desk works: the visit, not the week.
pub const HANDOVER_TTL_MS: i64 = crate::clock::minutes(15);

/// The server's secret for handover links ([`HandedOver::token`]), derived from the seal key.
#[derive(Clone)]
pub struct HandoverKey([u8; 32]);

impl HandoverKey {
    pub fn of(sealer: &crate::seal::Sealer) -> HandoverKey {
        HandoverKey(sealer.derived_secret("desk-handover"))
    }
}

/// A link made at the desk to show once on the handover page, and what it is for. What is
/// kept (in the desk's session, until the page is shown) is a random id, not the link: the link
/// is an HMAC of the id under the server's [`HandoverKey`], so the session store holds nothing
/// that opens an account, and the link works for [`HANDOVER_TTL_MS`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HandedOver {
    id: String,
    pub purpose: Purpose,
}

impl HandedOver {
    fn new(purpose: Purpose) -> HandedOver {
        HandedOver { id: crate::tokens::random_token(), purpose }
    }

    /// The link's token (the same shape as every token Carnet issues).
    pub fn token(&self, key: &HandoverKey) -> String {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine;
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(&key.0).expect("any key length");
        mac.update(b"carnet-desk-handover-v1\n");
        mac.update(self.id.as_bytes());
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }

    /// Stores the link for `account_id`, to be used within [`HANDOVER_TTL_MS`].
    async fn issue(&self, tx: &mut Transaction<'static, Any>, account_id: &str, key: &HandoverKey) -> Result<()> {
        enrolment::issue_token(tx, account_id, self.purpose, &self.token(key), HANDOVER_TTL_MS).await
    }
}

/// Starts the recovery of the patient named by INS and birth date: their sessions end, and a
/// recovery link goes to their own address, or (`Handover::Printed`) is returned to be shown
/// once at the desk while their address is told that it was handed over in person. A minor's
/// legal representatives are told as well; the record's history shows it to all of them. A record
/// without an account has nothing to recover (`error-desk-no-account`).
pub async fn recover(
    db: &Db,
    actor: &Actor,
    named: &PatientNamed,
    handover: Handover,
    ttl_hours: i64,
) -> Result<Option<HandedOver>> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    let mut tx = db.begin().await?;
    let Some((patient_id, Some(account_id))) = find_patient(&mut tx, named).await? else {
        return Err(Error::Invalid(Problem::DeskNoAccount));
    };
    let account = accounts::get_in(&mut tx, &account_id).await?;
    let ended = sign_in::end_all(&mut tx, &account.id).await?;
    let staff_name = accounts::get_in(&mut tx, staff).await?.display_name;
    let (notice, handed) = match &handover {
        Handover::Email => {
            let token = enrolment::issue(&mut tx, &account.id, Purpose::Recovery, ttl_hours).await?;
            (mail::recovery(&account, &db.portal_link(&format!("/enrol/{token}")), ttl_hours), None)
        }
        Handover::Printed(key) => {
            let handed = HandedOver::new(Purpose::Recovery);
            handed.issue(&mut tx, &account.id, key).await?;
            (mail::recovery_in_person(&account, &staff_name), Some(handed))
        }
    };
    mail::enqueue(&mut tx, &notice).await?;
    // A minor with an account of their own: their legal representatives are told too.
    let history = db.portal_link("/history");
    for recipient in mail::who_can_act(&mut tx, &patient_id, db.today()).await? {
        if let mail::Recipient::Representative { account, child } = recipient {
            mail::enqueue(&mut tx, &mail::recovery_started_for(&account, &child, &staff_name, &history)).await?;
        }
    }
    audit_desk(&mut tx, staff, &patient_id, "desk.recovery", Some(&account.id), None, "identity-checked").await?;
    tx.commit().await?;
    tracing::info!(sessions_ended = ended, "recovery started at the desk");
    Ok(handed)
}
