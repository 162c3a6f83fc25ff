//! `carnet invite`: create an account and send its enrolment link.

use anyhow::bail;
use carnet_core::accounts::{self, DisplayName, Email, Role};
use carnet_core::enrolment::{self, Purpose};
use carnet_core::record::patients::{self, HealthId};
use carnet_core::sharing::directory;
use carnet_core::{mail, Error};

use crate::services::Services;
use crate::settings::Settings;

/// Roles an operator may invite directly (caregivers are invited by the patients they help).
const INVITABLE: [Role; 4] = [Role::Patient, Role::Professional, Role::Staff, Role::Admin];

/// Who a patient is, for their record: optional INS and birth date.
pub struct PatientIdentity {
    pub health_id: Option<String>,
    pub birth_date: Option<String>,
}

/// Where a professional practises, for the directory patients search.
pub struct Practice {
    pub rpps: Option<String>,
    pub specialty: String,
    pub city: Option<String>,
}

pub async fn invite(
    settings: &Settings,
    role: &str,
    name: &str,
    email: &str,
    patient: &PatientIdentity,
    practice: &Practice,
) -> anyhow::Result<()> {
    let role: Role = match role.parse() {
        Ok(role) if INVITABLE.contains(&role) => role,
        _ => bail!("--role must be one of: patient, professional, staff, admin"),
    };
    let Ok(name) = DisplayName::parse(name) else { bail!("--name must be 1 to 100 characters") };
    let Ok(email) = Email::parse(email) else { bail!("--email is not a valid e-mail address") };
    if role != Role::Patient && (patient.health_id.is_some() || patient.birth_date.is_some()) {
        bail!("--health-id and --birth-date are for patients only");
    }
    if role != Role::Professional && (practice.rpps.is_some() || practice.city.is_some()) {
        bail!("--rpps and --city are for professionals only");
    }
    if let Some(rpps) = &practice.rpps {
        if directory::parse_rpps(rpps).is_err() {
            bail!("--rpps must be 11 digits");
        }
    }
    if !directory::SPECIALTIES.contains(&practice.specialty.as_str()) {
        bail!("--specialty must be one of: {}", directory::SPECIALTIES.join(", "));
    }
    let health_id = match &patient.health_id {
        Some(raw) => match HealthId::parse(raw) {
            Ok(id) => Some(id),
            Err(_) => bail!("--health-id is not a valid INS (15 characters, with a matching key)"),
        },
        None => None,
    };
    let birth_date: Option<jiff::civil::Date> = match &patient.birth_date {
        Some(raw) => match raw.parse() {
            Ok(date) if date <= carnet_core::clock::now().to_zoned(jiff::tz::TimeZone::system()).date() => Some(date),
            _ => bail!("--birth-date must be a date in the past, YYYY-MM-DD"),
        },
        None => None,
    };
    let services = Services::open(settings).await?;
    let mut tx = services.db.begin().await?;
    let account = match accounts::create(&mut tx, &name, &email, &[role]).await {
        Ok(account) => account,
        Err(Error::Conflict(_)) => bail!("an account with the e-mail {} already exists", email.as_str()),
        Err(other) => return Err(other.into()),
    };
    if role == Role::Patient {
        match patients::link_account(&mut tx, &account, health_id.as_ref(), birth_date).await {
            Ok(_) => {}
            Err(Error::Conflict(_)) => {
                bail!("this INS belongs to another account, or to a record with another birth date")
            }
            Err(other) => return Err(other.into()),
        }
    }
    if role == Role::Professional {
        let city = practice.city.as_deref().unwrap_or("");
        match directory::set_entry(&mut tx, &account.id, practice.rpps.as_deref(), &practice.specialty, city).await {
            Ok(()) => {}
            Err(Error::Conflict(_)) => bail!("another professional has this RPPS number"),
            Err(Error::Invalid(_)) => bail!("--city must be at most 100 characters, on one line"),
            Err(other) => return Err(other.into()),
        }
    }
    let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, settings.enrolment_ttl_hours).await?;
    let url = enrolment::url(&settings.public_url, &token);
    mail::enqueue(&mut tx, &mail::invitation(&account, &url, settings.enrolment_ttl_hours)).await?;
    tx.commit().await?;
    // Send now rather than wait for a server's worker; a failure stays queued for retry.
    let sent = mail::deliver_due(&services.db, &services.mail).await?;
    println!("Invited {} ({}) as {}.", account.display_name, account.email, role.as_str());
    if sent == 0 {
        println!("The invitation e-mail is queued; a running server will retry sending it.");
    }
    println!("Enrolment link: {url}");
    Ok(())
}
