//! A minor's record, made at the desk with one or two legal representatives. Representatives act
//! for the minor with full scope except documents hidden from legal representatives, until the
//! minor turns 18: the policy computes that on every request from the birth date, so nothing has
//! to run for their access to end. The young adult is then invited to enrol their own passkey
//! ([`invite_adults`], run by the server's worker), at the address staff noted for them.

use crate::error::Problem;

use super::{audit_desk, desk_person};
use crate::accounts::{self, Account, DisplayName, Email, Role};
use crate::clock::now_ms;
use crate::db::Db;
use crate::delegation;
use crate::enrolment::{self, Purpose};
use crate::policy::{self, AccountAction, Actor};
use crate::record::patients::{self, HealthId};
use crate::record::publish::parse_past_date;
use crate::text::single_line;
use crate::{mail, Error, Result};

/// A legal representative as typed: name and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representative {
    pub name: DisplayName,
    pub email: Email,
}

/// A minor's record as staff type it in, checked.
#[derive(Debug, Clone)]
pub struct NewMinor {
    pub given_names: String,
    pub family_name: String,
    pub birth_date: jiff::civil::Date,
    pub health_id: HealthId,
    /// Where the invitation to enrol goes at 18, if known.
    pub own_email: Option<Email>,
    pub representatives: Vec<Representative>,
}

impl NewMinor {
    /// Checks the form: names, a birth date making them under 18 `today`, a valid INS, an
    /// optional address of their own, and one or two representatives with different addresses
    /// (a representative's fields left both empty are no representative).
    pub fn parse(
        given_names: &str,
        family_name: &str,
        birth_date: &str,
        health_id: &str,
        own_email: &str,
        representatives: &[(&str, &str)],
        today: jiff::civil::Date,
    ) -> Result<NewMinor> {
        let name = |raw| single_line(raw, 100).map(str::to_string).ok_or(Error::Invalid(Problem::NameInvalid));
        let (given_names, family_name) = (name(given_names)?, name(family_name)?);
        let birth_date = parse_past_date(birth_date).ok_or(Error::Invalid(Problem::BirthDateInvalid))?;
        if !policy::is_minor(Some(birth_date), today) {
            return Err(Error::Invalid(Problem::DeskNotMinor));
        }
        let health_id = HealthId::parse(health_id)?;
        let own_email = match own_email.trim() {
            "" => None,
            typed => Some(Email::parse(typed)?),
        };
        let mut parsed: Vec<Representative> = Vec::new();
        for (name, email) in representatives.iter().filter(|(n, e)| !n.trim().is_empty() || !e.trim().is_empty()) {
            let representative = Representative { name: DisplayName::parse(name)?, email: Email::parse(email)? };
            if parsed.iter().any(|r| r.email == representative.email) {
                return Err(Error::Invalid(Problem::DeskRepresentativesSame));
            }
            parsed.push(representative);
        }
        if parsed.is_empty() || parsed.len() > 2 {
            return Err(Error::Invalid(Problem::DeskRepresentativeMissing));
        }
        Ok(NewMinor { given_names, family_name, birth_date, health_id, own_email, representatives: parsed })
    }
}

/// Creates the minor's record and attaches the representatives, in one audited transaction.
/// A representative without an account gets one (and an enrolment link by e-mail); each is
/// told they can now act for the minor. Returns the record's id.
pub async fn create(db: &Db, actor: &Actor, new: &NewMinor, ttl_hours: i64) -> Result<String> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    let mut tx = db.begin().await?;
    let patient_id = patients::create_unlinked(
        &mut tx,
        &new.family_name,
        &new.given_names,
        new.birth_date,
        &new.health_id,
        new.own_email.as_ref(),
    )
    .await?;
    let minor_name = format!("{} {}", new.given_names, new.family_name);
    let now = now_ms();
    for representative in &new.representatives {
        let account = match accounts::find_by_email_in(&mut tx, &representative.email).await? {
            Some(account) => {
                accounts::add_roles(&mut tx, &account.id, &[Role::Caregiver]).await?;
                account
            }
            None => {
                let account =
                    accounts::create(&mut tx, &representative.name, &representative.email, &[Role::Caregiver]).await?;
                let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, ttl_hours).await?;
                let url = db.portal_link(&format!("/enrol/{token}"));
                mail::enqueue(&mut tx, &mail::invitation(&account, &url, ttl_hours)).await?;
                account
            }
        };
        delegation::add_representative(&mut tx, &patient_id, &account.id, staff, now).await?;
        mail::enqueue(&mut tx, &mail::representative_added(&account, &minor_name, &db.portal_link("/helping"))).await?;
    }
    audit_desk(&mut tx, staff, &patient_id, "desk.minor", None, None, "identity-checked").await?;
    tx.commit().await?;
    Ok(patient_id)
}

/// Invites the minors who turned 18 to enrol: an account with the address staff noted, linked to
/// their record, and an enrolment link by e-mail; once per record. Records without an address,
/// or whose address already has an account, are left to the desk. Returns how many were invited.
pub async fn invite_adults(db: &Db, ttl_hours: i64) -> Result<usize> {
    let today = db.today();
    let adult_born_by = today.checked_sub(jiff::Span::new().years(18)).map_err(|_| Error::NotFound)?;
    let candidates: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT p.id, p.given_names, p.family_name, p.contact_email FROM patients p \
         WHERE p.account_id IS NULL AND p.contact_email IS NOT NULL AND p.adult_invited_at IS NULL \
         AND p.birth_date <= $1 AND EXISTS (SELECT 1 FROM delegations g WHERE g.patient_id = p.id \
         AND g.kind = 'representative') LIMIT 100",
    )
    .bind(adult_born_by.to_string())
    .fetch_all(db.pool())
    .await?;
    let mut invited = 0;
    for (patient_id, given, family, email) in candidates {
        let mut tx = db.begin().await?;
        // Once per record, even if two workers race.
        let claimed = patients::claim_adult_invitation(&mut tx, &patient_id, now_ms()).await?;
        let (Ok(name), Ok(email)) = (DisplayName::parse(&format!("{given} {family}")), Email::parse(&email)) else {
            tx.commit().await?;
            continue;
        };
        if !claimed || accounts::find_by_email_in(&mut tx, &email).await?.is_some() {
            tx.commit().await?;
            continue;
        }
        let account: Account = accounts::create(&mut tx, &name, &email, &[Role::Patient]).await?;
        patients::link_unlinked(&mut tx, &patient_id, &account.id).await?;
        let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, ttl_hours).await?;
        let url = db.portal_link(&format!("/enrol/{token}"));
        mail::enqueue(&mut tx, &mail::coming_of_age(&account, &url, ttl_hours)).await?;
        tx.commit().await?;
        invited += 1;
    }
    Ok(invited)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INS: &str = "284037512345640";

    #[test]
    fn a_minor_needs_a_birth_date_under_18_and_one_or_two_representatives() {
        let today: jiff::civil::Date = "2026-11-22".parse().unwrap();
        let parse = |birth, reps: &[(&str, &str)]| NewMinor::parse("Léa", "Martin", birth, INS, "", reps, today);
        let one = [("Camille Martin", "camille@example.org")];
        let minor = parse("2015-06-01", &one).unwrap();
        assert_eq!(minor.representatives.len(), 1);
        assert_eq!(parse("2008-11-22", &one).unwrap_err().to_string(), "invalid input (error-desk-not-minor)");
        assert!(parse("2008-11-23", &one).is_ok(), "18 tomorrow: still a minor today");
        assert!(matches!(parse("2030-01-01", &one), Err(Error::Invalid(Problem::BirthDateInvalid))));
        assert!(matches!(parse("2015-06-01", &[("", "")]), Err(Error::Invalid(Problem::DeskRepresentativeMissing))));
        let same = [("A", "a@example.org"), ("B", "A@example.org")];
        assert!(matches!(parse("2015-06-01", &same), Err(Error::Invalid(Problem::DeskRepresentativesSame))));
        assert!(matches!(parse("2015-06-01", &[("A", "not")]), Err(Error::Invalid(Problem::EmailInvalid))));
        let three = [("A", "a@x.fr"), ("B", "b@x.fr"), ("C", "c@x.fr")];
        assert!(parse("2015-06-01", &three).is_err());
    }

    /// On a minor's 18th birthday (and not before) the young adult is invited, once, at the
    /// address the desk noted, with an account linked to their record.
    #[tokio::test]
    async fn young_adults_are_invited_once_on_their_18th_birthday() {
        let dir = std::env::temp_dir().join(format!("carnet-minors-{}", uuid::Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        db.migrate().await.unwrap();
        let today = db.today();
        let mut tx = db.begin().await.unwrap();
        let parent = accounts::create(
            &mut tx,
            &DisplayName::parse("Camille Martin").unwrap(),
            &Email::parse("camille@example.org").unwrap(),
            &[Role::Caregiver],
        )
        .await
        .unwrap();
        let record = |birth: jiff::civil::Date, ins: &str, email: &str| {
            (birth, HealthId::parse(ins).unwrap(), Email::parse(email).unwrap())
        };
        let adult_today = today.checked_sub(jiff::Span::new().years(18)).unwrap();
        let minor_still = adult_today.tomorrow().unwrap();
        let mut ids = Vec::new();
        for (birth, ins, email) in
            [record(adult_today, INS, "lea@example.org"), record(minor_still, "215067512345674", "tom@example.org")]
        {
            let id = patients::create_unlinked(&mut tx, "Martin", "Léa", birth, &ins, Some(&email)).await.unwrap();
            delegation::add_representative(&mut tx, &id, &parent.id, "staff", 0).await.unwrap();
            ids.push(id);
        }
        tx.commit().await.unwrap();

        assert_eq!(invite_adults(&db, 72).await.unwrap(), 1);
        assert_eq!(invite_adults(&db, 72).await.unwrap(), 0, "once");
        let linked: Option<String> =
            sqlx::query_scalar("SELECT a.email FROM patients p JOIN accounts a ON a.id = p.account_id WHERE p.id = $1")
                .bind(&ids[0])
                .fetch_one(db.pool())
                .await
                .unwrap();
        assert_eq!(linked.as_deref(), Some("lea@example.org"));
        let minor_account: Option<String> = sqlx::query_scalar("SELECT account_id FROM patients WHERE id = $1")
            .bind(&ids[1])
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(minor_account, None, "17 until tomorrow");
        let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = 'lea@example.org'")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(queued, 1);
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }
}
