//! The messages Carnet sends, built from the Fluent files in the recipient's language.
//!
//! Every message is [`compose`]d from three Fluent messages of one *kind*:
//! `mail-<kind>-subject`, `mail-<kind>-body` (the text part) and, when the message has a link
//! (an argument named `url`), `mail-<kind>-action`, the words of the HTML part's button ("Create
//! my passkey", "See the appointment"). The HTML part is made from the text (see `html.rs`), so
//! both say the same. Put the link alone in its own paragraph of the body.

use super::html::{Action, Page};
use super::OutgoingEmail;
use crate::accounts::Account;
use crate::i18n::{Arg, Locale};

/// The message of `kind` to `to`, in `locale`, with both parts (no attachment: add one with
/// struct update syntax, `OutgoingEmail { attachment: Some(..), ..compose(..) }`).
pub fn compose(locale: Locale, to: &str, kind: &str, args: &[(&'static str, Arg)]) -> OutgoingEmail {
    let subject = locale.t_args(&format!("mail-{kind}-subject"), args);
    // Every message ends the same way, whoever wrote its text.
    let body =
        format!("{}\n\n{}", locale.t_args(&format!("mail-{kind}-body"), args).trim_end(), locale.t("mail-signature"));
    let text_arg = |name: &str| {
        args.iter().find(|(k, _)| *k == name).and_then(|(_, v)| match v {
            Arg::Text(text) => Some(text.clone()),
            Arg::Number(_) => None,
        })
    };
    let url = text_arg("url");
    let code = text_arg("code");
    let label = url.as_ref().map(|_| action_label(locale, kind, args));
    let html = Page {
        locale,
        subject: &subject,
        text: &body,
        action: url.as_deref().zip(label.as_deref()).map(|(url, label)| Action { label, url }),
        code: code.as_deref(),
    }
    .render();
    OutgoingEmail {
        kind: kind.to_string(),
        expires_at: None,
        to: to.to_string(),
        subject,
        body,
        html: Some(html),
        attachment: None,
    }
}

/// The button's words for `kind`; a message without its own says "Open Carnet".
fn action_label(locale: Locale, kind: &str, args: &[(&'static str, Arg)]) -> String {
    locale.try_t_args(&format!("mail-{kind}-action"), args).unwrap_or_else(|| locale.t("mail-action-open"))
}

/// A message to an account holder, in their language (their name is always `$name`).
fn to_account(account: &Account, kind: &str, args: &[(&'static str, Arg)]) -> OutgoingEmail {
    let mut all = vec![("name", account.display_name.as_str().into())];
    all.extend(args.iter().cloned());
    compose(account.mail_locale(), &account.email, kind, &all)
}

/// "You are invited to Carnet: create your passkey with this link."
pub fn invitation(account: &Account, enrol_url: &str, ttl_hours: i64) -> OutgoingEmail {
    to_account(account, "invitation", &[("url", enrol_url.into()), ("hours", ttl_hours.into())])
        .valid_until(crate::clock::now_ms() + crate::clock::hours(ttl_hours))
}

/// "A passkey was added to your account" (security notice).
pub fn passkey_added(account: &Account, passkey_name: &str, when: &str, account_url: &str) -> OutgoingEmail {
    to_account(
        account,
        "passkey-added",
        &[("passkey", passkey_name.into()), ("when", when.into()), ("url", account_url.into())],
    )
}

/// "`items` new things are in your record", with a link and no health detail. These notices are
/// grouped per person (see [`super::enqueue_grouped`]): `items` is the total.
pub fn record_updated(account: &Account, portal_url: &str, items: i64) -> OutgoingEmail {
    to_account(account, "record-updated", &[("url", portal_url.into()), ("count", items.into())])
}

/// "Something in your health record was corrected by whoever published it" (never what).
pub fn record_corrected(account: &Account, portal_url: &str, items: i64) -> OutgoingEmail {
    to_account(account, "record-corrected", &[("url", portal_url.into()), ("count", items.into())])
}

/// To a legal representative: "`items` new things are in <child>'s record" (grouped, no detail).
pub fn record_updated_for(account: &Account, child: &str, portal_url: &str, items: i64) -> OutgoingEmail {
    to_account(
        account,
        "record-updated-for",
        &[("url", portal_url.into()), ("count", items.into()), ("child", child.into())],
    )
}

/// To a legal representative: "something in <child>'s record was corrected" (never what).
pub fn record_corrected_for(account: &Account, child: &str, portal_url: &str, items: i64) -> OutgoingEmail {
    to_account(
        account,
        "record-corrected-for",
        &[("url", portal_url.into()), ("count", items.into()), ("child", child.into())],
    )
}

/// "A health professional consulted your record for the first time."
pub fn record_read_first_time(account: &Account, history_url: &str) -> OutgoingEmail {
    to_account(account, "first-read", &[("url", history_url.into())])
}

/// To a legal representative: "a health professional consulted <child>'s record for the first time".
pub fn record_read_first_time_for(account: &Account, child: &str, history_url: &str) -> OutgoingEmail {
    to_account(account, "first-read-for", &[("url", history_url.into()), ("child", child.into())])
}

/// To a legal representative: "a health professional opened an emergency access to <child>'s record".
pub fn emergency_access_for(account: &Account, child: &str, history_url: &str) -> OutgoingEmail {
    to_account(account, "emergency-access-for", &[("url", history_url.into()), ("child", child.into())])
}

/// "A health professional opened an emergency access to your record."
pub fn emergency_access(account: &Account, history_url: &str) -> OutgoingEmail {
    to_account(account, "emergency-access", &[("url", history_url.into())])
}

/// "A patient asks you to renew a treatment": to the prescriber, without naming either.
pub fn renewal_requested(prescriber: &Account, url: &str) -> OutgoingEmail {
    to_account(prescriber, "renewal-requested", &[("url", url.into())])
}

/// "Your renewal request was answered": to whoever asked, without saying what or how.
pub fn renewal_answered(account: &Account, url: &str) -> OutgoingEmail {
    to_account(account, "renewal-answered", &[("url", url.into())])
}

/// "You have a new message in Carnet": no subject, no author, no health content.
pub fn message_received(account: &Account, url: &str) -> OutgoingEmail {
    to_account(account, "message-received", &[("url", url.into())])
}

/// "A health professional asks to see your record."
pub fn access_requested(account: &Account, sharing_url: &str) -> OutgoingEmail {
    to_account(account, "access-requested", &[("url", sharing_url.into())])
}

/// "<patient> invites you to help them on Carnet": to an address that may have no account yet,
/// in the patient's language. `what` lists what the caregiver may do, `until` says until when.
pub fn delegation_invitation(patient: &Account, to: &str, what: &str, until: &str, url: &str) -> OutgoingEmail {
    let args = [
        ("patient", patient.display_name.as_str().into()),
        ("what", what.into()),
        ("until", until.into()),
        ("url", url.into()),
    ];
    compose(patient.mail_locale(), to, "delegation-invitation", &args)
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
        .valid_until(crate::clock::now_ms() + crate::clock::hours(ttl_hours))
}

/// "The reception desk handed you a recovery link in person" (security notice to the account's
/// address: someone who was not them would be caught here). No link in it.
pub fn recovery_in_person(account: &Account, staff: &str) -> OutgoingEmail {
    to_account(account, "recovery-in-person", &[("staff", staff.into())])
}

/// "You can now act for <minor> on Carnet, as their legal representative."
pub fn representative_added(account: &Account, minor: &str, url: &str) -> OutgoingEmail {
    to_account(account, "representative-added", &[("minor", minor.into()), ("url", url.into())])
}

/// To whoever can act on a minor's record ([`super::Recipient`]): "<staff>, at the desk,
/// appointed <representative> legal representative, on seeing <evidence>" — the one new
/// person who can now act on it, announced to everyone already there.
pub fn representative_appointed(
    to: &super::Recipient,
    representative: &str,
    staff: &str,
    evidence: &str,
    history_url: &str,
) -> OutgoingEmail {
    let args = [
        ("representative", representative.into()),
        ("staff", staff.into()),
        ("evidence", evidence.into()),
        ("url", history_url.into()),
    ];
    match to {
        super::Recipient::Holder(account) => to_account(account, "representative-appointed", &args),
        super::Recipient::Representative { account, child } => {
            let mut with_child = args.to_vec();
            with_child.push(("child", child.as_str().into()));
            to_account(account, "representative-appointed-for", &with_child)
        }
    }
}

/// To a minor's legal representative: "<staff>, at the desk, started the recovery of <child>'s
/// account" (the minor, who has an account of their own, is told by the recovery message).
pub fn recovery_started_for(account: &Account, child: &str, staff: &str, history_url: &str) -> OutgoingEmail {
    to_account(
        account,
        "recovery-started-for",
        &[("child", child.into()), ("staff", staff.into()), ("url", history_url.into())],
    )
}

/// "You are 18: your record is yours, create your passkey."
pub fn coming_of_age(account: &Account, url: &str, ttl_hours: i64) -> OutgoingEmail {
    to_account(account, "coming-of-age", &[("url", url.into()), ("hours", ttl_hours.into())])
        .valid_until(crate::clock::now_ms() + crate::clock::hours(ttl_hours))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "<script>alert(1)</script> O'Brien & \"Co\"";
    const URL: &str = "https://carnet.example/enrol/tok?a=1&b=2";

    fn account(locale: Locale) -> Account {
        Account {
            id: "a1".into(),
            display_name: NAME.into(),
            email: "obrien@example.org".into(),
            locale: Some(locale),
            roles: vec![],
            created_at: 0,
        }
    }

    /// Every message Carnet builds here (the appointments' are built the same way, by `compose`).
    fn every_message(locale: Locale) -> Vec<(&'static str, OutgoingEmail)> {
        let a = account(locale);
        vec![
            ("invitation", invitation(&a, URL, 72)),
            ("passkey-added", passkey_added(&a, NAME, "1 Jan", URL)),
            ("record-updated", record_updated(&a, URL, 3)),
            ("record-corrected", record_corrected(&a, URL, 2)),
            ("first-read", record_read_first_time(&a, URL)),
            ("first-read-for", record_read_first_time_for(&a, NAME, URL)),
            ("emergency-access-for", emergency_access_for(&a, NAME, URL)),
            ("emergency-access", emergency_access(&a, URL)),
            ("access-requested", access_requested(&a, URL)),
            ("delegation-invitation", delegation_invitation(&a, "x@example.org", NAME, NAME, URL)),
            ("delegation-granted", delegation_granted(&a, NAME, URL)),
            ("delegation-first-used", delegation_first_used(&a, NAME, URL)),
            ("delegation-ended", delegation_ended_for_patient(&a, NAME, URL)),
            ("delegation-ended-delegate", delegation_ended_for_delegate(&a, NAME, URL)),
            ("assisted-code", assisted_session_code(&a, "123 456", NAME)),
            ("recovery", recovery(&a, URL, 72)),
            ("recovery-in-person", recovery_in_person(&a, NAME)),
            ("representative-added", representative_added(&a, NAME, URL)),
            ("coming-of-age", coming_of_age(&a, URL, 72)),
            (
                "representative-appointed",
                representative_appointed(
                    &super::super::Recipient::Holder(a.clone()),
                    NAME,
                    NAME,
                    "court-decision",
                    URL,
                ),
            ),
            (
                "representative-appointed-for",
                representative_appointed(
                    &super::super::Recipient::Representative { account: a.clone(), child: NAME.into() },
                    NAME,
                    NAME,
                    "birth-certificate",
                    URL,
                ),
            ),
            ("recovery-started-for", recovery_started_for(&a, NAME, NAME, URL)),
        ]
    }

    #[test]
    fn every_message_has_an_html_part_in_the_language_and_direction_of_its_reader() {
        for locale in Locale::ALL {
            for (kind, mail) in every_message(locale) {
                let html = mail.html.as_deref().expect("an HTML part");
                let root = format!(r#"<html lang="{}" dir="{}">"#, locale.tag(), locale.dir());
                assert!(html.contains(&root), "{kind} {locale:?}: {html}");
                assert!(html.contains("<h1"), "{kind}: the subject is the heading");
                assert!(!mail.body.contains(&format!("mail-{kind}")), "{kind} {locale:?} text: {}", mail.body);
            }
        }
    }

    #[test]
    fn what_people_typed_is_escaped_in_the_html_and_kept_in_the_text() {
        for (kind, mail) in every_message(Locale::Fr) {
            let html = mail.html.unwrap();
            assert!(!html.contains("<script"), "{kind}: {html}");
            assert!(!html.contains("O'Brien & \""), "{kind}: {html}");
            if mail.body.contains("O'Brien") {
                assert!(
                    html.contains("&lt;script&gt;alert(1)&lt;/script&gt; O'Brien &amp; &quot;Co&quot;"),
                    "{kind}: {html}"
                );
            }
            assert!(!html.contains("a=1&b=2"), "{kind}: the address is escaped too");
        }
    }

    #[test]
    fn a_message_with_a_link_has_one_button_that_says_where_it_goes() {
        for locale in Locale::ALL {
            for (kind, mail) in every_message(locale) {
                let html = mail.html.unwrap();
                if !mail.body.contains(URL) {
                    assert!(!html.contains("<a "), "{kind}: no link, no button");
                    continue;
                }
                assert_eq!(
                    html.matches("<a ").count(),
                    1,
                    "{kind} {locale:?}: the link is alone in its paragraph: {html}"
                );
                let label = locale.try_t_args(&format!("mail-{kind}-action"), &[]).expect("the button's words");
                let escaped = label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
                assert!(html.contains(&format!(">{escaped}</a>")), "{kind} {locale:?}: {html}");
            }
        }
    }

    /// A message kind whose text carries a link needs the words of its button (a new kind that forgets them fails here, not in someone's inbox).
    #[test]
    fn every_kind_with_a_link_has_its_buttons_words() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/fr");
        let mut kinds = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some(kind) = line.strip_prefix("mail-").and_then(|l| l.strip_suffix("-body =")) {
                    kinds.push(kind.to_string());
                }
            }
        }
        assert!(kinds.len() > 20, "{kinds:?}");
        for kind in kinds {
            // Every argument any message takes (a message missing one does not resolve).
            let mut probe: Vec<(&'static str, Arg)> = [
                "name",
                "patient",
                "professional",
                "caregiver",
                "minor",
                "staff",
                "passkey",
                "when",
                "place",
                "what",
                "until",
                "code",
            ]
            .into_iter()
            .map(|name| (name, Arg::from("x")))
            .collect();
            probe.extend([("url", Arg::from("https://probe.example/")), ("hours", 72.into()), ("count", 2.into())]);
            if !Locale::Fr.t_args(&format!("mail-{kind}-body"), &probe).contains("https://probe.example/") {
                continue;
            }
            // French here; `i18n`'s tests hold the other languages to the French ids.
            let id = format!("mail-{kind}-action");
            assert!(Locale::Fr.try_t_args(&id, &probe).is_some(), "{id} is missing");
        }
    }

    #[test]
    fn the_code_to_read_back_stands_out() {
        let html = assisted_session_code(&account(Locale::Ar), "123 456", "Lina").html.unwrap();
        assert!(html.contains(r#"<p dir="ltr""#) && html.contains("123 456"), "{html}");
    }

    #[test]
    fn the_record_notice_counts_the_new_items() {
        let one = record_updated(&account(Locale::Fr), URL, 1).body;
        assert!(one.contains("Un nouvel élément a été ajouté"), "{one}");
        let three = record_updated(&account(Locale::Fr), URL, 3).body;
        assert!(three.contains("3 nouveaux éléments ont été ajoutés"), "{three}");
        let two = record_updated(&account(Locale::Ar), URL, 2).body;
        assert!(two.contains("عنصران"), "{two}");
    }
}
