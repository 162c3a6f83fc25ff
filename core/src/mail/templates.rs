//! The messages Carnet sends, built from the Fluent files in the recipient's language.

use super::OutgoingEmail;
use crate::accounts::Account;
use crate::i18n::Locale;

/// "You are invited to Carnet: create your passkey with this link."
pub fn invitation(account: &Account, enrol_url: &str, ttl_hours: i64) -> OutgoingEmail {
    let locale = account.mail_locale();
    OutgoingEmail {
        to: account.email.clone(),
        subject: locale.t("mail-invitation-subject"),
        body: locale.t_args(
            "mail-invitation-body",
            &[("name", account.display_name.as_str().into()), ("url", enrol_url.into()), ("hours", ttl_hours.into())],
        ),
        attachment: None,
    }
}

/// "A passkey was added to your account" (security notice).
pub fn passkey_added(account: &Account, passkey_name: &str, when: &str, account_url: &str) -> OutgoingEmail {
    let locale: Locale = account.mail_locale();
    OutgoingEmail {
        to: account.email.clone(),
        subject: locale.t("mail-passkey-added-subject"),
        body: locale.t_args(
            "mail-passkey-added-body",
            &[
                ("name", account.display_name.as_str().into()),
                ("passkey", passkey_name.into()),
                ("when", when.into()),
                ("url", account_url.into()),
            ],
        ),
        attachment: None,
    }
}

/// "Something new is in your record", with a link and no health detail.
pub fn record_updated(account: &Account, portal_url: &str) -> OutgoingEmail {
    let locale = account.mail_locale();
    OutgoingEmail {
        to: account.email.clone(),
        subject: locale.t("mail-record-updated-subject"),
        body: locale.t_args(
            "mail-record-updated-body",
            &[("name", account.display_name.as_str().into()), ("url", portal_url.into())],
        ),
        attachment: None,
    }
}

/// A notice to a patient with a link and no health detail: "a professional read your record
/// for the first time", "an emergency access was opened", "a professional asks for access".
fn record_notice(account: &Account, kind: &str, url: &str) -> OutgoingEmail {
    let locale = account.mail_locale();
    OutgoingEmail {
        to: account.email.clone(),
        subject: locale.t(&format!("mail-{kind}-subject")),
        body: locale.t_args(
            &format!("mail-{kind}-body"),
            &[("name", account.display_name.as_str().into()), ("url", url.into())],
        ),
        attachment: None,
    }
}

/// "A health professional consulted your record for the first time."
pub fn record_read_first_time(account: &Account, history_url: &str) -> OutgoingEmail {
    record_notice(account, "first-read", history_url)
}

/// "A health professional opened an emergency access to your record."
pub fn emergency_access(account: &Account, history_url: &str) -> OutgoingEmail {
    record_notice(account, "emergency-access", history_url)
}

/// "A health professional asks to see your record."
pub fn access_requested(account: &Account, sharing_url: &str) -> OutgoingEmail {
    record_notice(account, "access-requested", sharing_url)
}

/// A message to an account holder with named arguments (their name is always `$name`).
fn to_account(account: &Account, kind: &str, args: &[(&'static str, crate::i18n::Arg)]) -> OutgoingEmail {
    let locale = account.mail_locale();
    let mut all = vec![("name", account.display_name.as_str().into())];
    all.extend(args.iter().cloned());
    OutgoingEmail {
        to: account.email.clone(),
        subject: locale.t(&format!("mail-{kind}-subject")),
        body: locale.t_args(&format!("mail-{kind}-body"), &all),
        attachment: None,
    }
}

/// "<patient> invites you to help them on Carnet": to an address that may have no account yet,
/// in the patient's language. `what` lists what the caregiver may do, `until` says until when.
pub fn delegation_invitation(patient: &Account, to: &str, what: &str, until: &str, url: &str) -> OutgoingEmail {
    let locale = patient.mail_locale();
    let args = [
        ("patient", patient.display_name.as_str().into()),
        ("what", what.into()),
        ("until", until.into()),
        ("url", url.into()),
    ];
    OutgoingEmail {
        to: to.to_string(),
        subject: locale.t_args("mail-delegation-invitation-subject", &args),
        body: locale.t_args("mail-delegation-invitation-body", &args),
        attachment: None,
    }
}

/// "<caregiver> accepted: they can now act for you."
pub fn delegation_granted(patient: &Account, caregiver: &str, url: &str) -> OutgoingEmail {
    to_account(patient, "delegation-granted", &[("caregiver", caregiver.into()), ("url", url.into())])
}

/// "<caregiver> used their access to your record for the first time."
pub fn delegation_first_used(patient: &Account, caregiver: &str, url: &str) -> OutgoingEmail {
    to_account(patient, "delegation-first-used", &[("caregiver", caregiver.into()), ("url", url.into())])
}

/// "<caregiver> can no longer act for you."
pub fn delegation_ended_for_patient(patient: &Account, caregiver: &str, url: &str) -> OutgoingEmail {
    to_account(patient, "delegation-ended", &[("caregiver", caregiver.into()), ("url", url.into())])
}

/// "You can no longer act for <patient>."
pub fn delegation_ended_for_delegate(delegate: &Account, patient: &str, url: &str) -> OutgoingEmail {
    to_account(delegate, "delegation-ended-delegate", &[("patient", patient.into()), ("url", url.into())])
}

/// The 6-digit code a patient reads back to the reception desk to approve an assisted session.
pub fn assisted_session_code(patient: &Account, code: &str, staff: &str) -> OutgoingEmail {
    to_account(patient, "assisted-code", &[("code", code.into()), ("staff", staff.into())])
}

/// "The reception desk started the recovery of your account": the recovery link.
pub fn recovery(account: &Account, url: &str, ttl_hours: i64) -> OutgoingEmail {
    to_account(account, "recovery", &[("url", url.into()), ("hours", ttl_hours.into())])
}

/// "You can now act for <minor> on Carnet, as their legal representative."
pub fn representative_added(account: &Account, minor: &str, url: &str) -> OutgoingEmail {
    to_account(account, "representative-added", &[("minor", minor.into()), ("url", url.into())])
}

/// "You are 18: your record is yours, create your passkey."
pub fn coming_of_age(account: &Account, url: &str, ttl_hours: i64) -> OutgoingEmail {
    to_account(account, "coming-of-age", &[("url", url.into()), ("hours", ttl_hours.into())])
}
