//! A minor's record at the desk, with one or two legal representatives proposed for it: the
//! record is made (or found, when the minor already has one and the identity typed is theirs),
//! and each representative waits for a second person of the desk to approve
//! ([`super::representatives`]). Representatives act for the minor with full scope except
//! documents hidden from legal representatives, until the minor turns 18: the policy computes
//! that on every request from the birth date, so nothing has to run for their access to end. The
//! young adult is then invited to enrol their own passkey ([`invite_adults`], run by the server's
//! worker), at the address staff noted for them.

use crate::error::Problem;

use super::representatives::{self, Evidence};
use super::{audit_desk, audit_desk_refusal, desk_person, IDENTITY_NOT_MATCHED};
use crate::accounts::{self, Account, DisplayName, Email, Role};
use crate::clock::now_ms;
use crate::db::Db;
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
    /// The document staff saw proving the representatives' link to the minor.
    pub evidence: Evidence,
}

impl NewMinor {
    /// Checks the form: names, a birth date making them under 18 `today`, a valid INS, an
    /// optional address of their own, and one or two representatives with different addresses
    /// (a representative's fields left both empty are no representative), and the kind of
    /// document that proves their link.
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        given_names: &str,
        family_name: &str,
        birth_date: &str,
        health_id: &str,
        own_email: &str,
        representatives: &[(&str, &str)],
        evidence: &str,
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
        let evidence = Evidence::parse(evidence)?;
        Ok(NewMinor { given_names, family_name, birth_date, health_id, own_email, representatives: parsed, evidence })
    }
}

/// What a minor's form did: made the record, or found it (the representatives proposed are
/// then added to the ones it has).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposed {
    pub patient_id: String,
    pub created: bool,
}

/// Makes the minor's record, or finds it (same INS, birth date and family name: anything else is
/// refused, and logged in that record's history), and files each representative's appointment
/// for a second person of the desk to approve, in one audited transaction. Nobody can act on the
/// record until then. An address belonging to someone of the desk is refused, as representative
/// or as the minor's own (which becomes their account at 18).
pub async fn propose(db: &Db, actor: &Actor, new: &NewMinor) -> Result<Proposed> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    let mut tx = db.begin().await?;
    if let Some(own) = &new.own_email {
        let holder = accounts::find_by_email_in(&mut tx, own).await?;
        if !policy::desk_may_attach(holder.as_ref().map(|a| a.roles.as_slice())) {
            tx.rollback().await?;
            audit_desk_refusal(db, staff, None, "desk.minor", representatives::STAFF_ACCOUNT).await?;
            return Err(Error::Conflict(Problem::DeskStaffAccount));
        }
    }
    let found = patients::minor_at_desk(
        &mut tx,
        &new.family_name,
        &new.given_names,
        new.birth_date,
        &new.health_id,
        new.own_email.as_ref(),
    )
    .await?;
    let (patient_id, created) = match found {
        Ok(found) => found,
        Err((record, problem)) => {
            tx.rollback().await?;
            audit_desk_refusal(db, staff, Some(&record), "desk.minor", IDENTITY_NOT_MATCHED).await?;
            return Err(Error::Conflict(problem));
        }
    };
    if created {
        audit_desk(&mut tx, staff, &patient_id, "desk.minor", None, None, "identity-checked").await?;
    }
    for representative in &new.representatives {
        if let Err(error) = representatives::propose(&mut tx, staff, &patient_id, representative, new.evidence).await {
            tx.rollback().await?;
            if matches!(error, Error::Conflict(Problem::DeskStaffAccount)) {
                // About the record when it was there before; about no record when it was made
                // for this proposal (and is rolled back with it).
                let record = (!created).then_some(patient_id.as_str());
                let reason = representatives::STAFF_ACCOUNT;
                audit_desk_refusal(db, staff, record, "desk.representative-propose", reason).await?;
            }
            return Err(error);
        }
    }
    tx.commit().await?;
    Ok(Proposed { patient_id, created })
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
    use crate::delegation;

    const INS: &str = "284037512345640";

    #[test]
    fn a_minor_needs_a_birth_date_under_18_and_one_or_two_representatives() {
        let today: jiff::civil::Date = "2026-11-22".parse().unwrap();
        let parse = |birth, reps: &[(&str, &str)]| {
            NewMinor::parse("Léa", "Martin", birth, INS, "", reps, "family-record-book", today)
        };
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
        let no_evidence = NewMinor::parse("Léa", "Martin", "2015-06-01", INS, "", &one, "", today);
        assert!(matches!(no_evidence, Err(Error::Invalid(Problem::DeskEvidenceMissing))));
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
