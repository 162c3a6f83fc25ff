//! The pages' side of plain forms: when a handler sends a form back (see the server's
//! `web/forms.rs`), the query names the form, the reason (a Fluent id without `error-`) and
//! every field as it was typed, so the page shows the error next to the form and loses nothing.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::t;

/// The query the page was opened with: which form an error is about, that form's fields as
/// typed, and the error.
#[derive(Clone, Default)]
pub(super) struct Typed {
    pub form: String,
    pub fields: Vec<(String, String)>,
    pub error: Option<String>,
}

impl Typed {
    /// Reads the page's query: `form` if it is one of `forms`, the `fields` named, and `error`
    /// if it is one of `errors` (allow-listed, so a crafted link cannot put text on the page).
    pub fn from_query<I: IntoIterator<Item = String>>(forms: &[&str], fields: I, errors: &[&str]) -> Typed {
        use_query_map().with_untracked(|q| Typed {
            form: q.get("form").filter(|f| forms.contains(&f.as_str())).unwrap_or_default(),
            fields: fields.into_iter().filter_map(|k| q.get(&k).map(|v| (k, v))).collect(),
            error: q.get("error").filter(|e| errors.contains(&e.as_str())),
        })
    }

    /// The typed value of `name` in `form` (empty for the other forms).
    pub fn get(&self, form: &str, name: &str) -> String {
        if self.form != form {
            return String::new();
        }
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(200).collect()).unwrap_or_default()
    }

    /// Whether `form` came back with an error about its field `name`: then the field says so
    /// (`aria-invalid`) and points at the error (`aria-describedby`). Errors about the whole form
    /// (a slot just taken, say) are not tied to a field.
    pub fn is_invalid(&self, form: &str, name: &str) -> bool {
        self.form == form
            && self
                .error
                .as_deref()
                .is_some_and(|error| ERROR_FIELDS.iter().any(|(e, fields)| *e == error && fields.contains(&name)))
    }

    /// `aria-invalid` for the field `name` of `form`: present only when the error is about it.
    pub fn invalid(&self, form: &str, name: &str) -> Option<&'static str> {
        self.is_invalid(form, name).then_some("true")
    }

    /// `aria-describedby` for the field `name` of `form`: its hint if it has one, and the error
    /// when the error is about it.
    pub fn described_by(&self, form: &str, name: &str, hint: Option<&str>) -> Option<String> {
        let error = self.is_invalid(form, name).then(|| format!("{form}-error"));
        match (hint, error) {
            (Some(hint), Some(error)) => Some(format!("{error} {hint}")),
            (Some(hint), None) => Some(hint.to_string()),
            (None, error) => error,
        }
    }

    /// The error of `form`, if it came back with one: an alert with the id the handler's
    /// redirect points at (`#<form>-error`).
    pub fn error_for(&self, form: &'static str) -> Option<impl IntoView + use<>> {
        let error = self.error.clone().filter(|_| self.form == form)?;
        Some(
            view! { <p class="notice error" role="alert" id=format!("{form}-error")>{t(&format!("error-{error}"))}</p> },
        )
    }
}

/// The fields each error is about, by the fields' names in the forms that can send it.
const ERROR_FIELDS: &[(&str, &[&str])] = &[
    ("name-invalid", &["name"]),
    ("email-invalid", &["email", "own_email", "rep1_email", "rep2_email"]),
    ("email-taken", &["email"]),
    ("health-id-invalid", &["ins"]),
    ("health-id-taken", &["ins"]),
    ("birth-date-invalid", &["birth"]),
    ("date-invalid", &["birth", "last_day", "date", "taken_at"]),
    ("delegation-no-scope", &["record", "appointments", "upload"]),
    ("delegation-end-past", &["last_day"]),
    ("delegation-own-address", &["email"]),
    ("delegation-already-invited", &["email"]),
    ("emergency-reason-missing", &["reason"]),
    ("emergency-reason-invalid", &["reason"]),
    ("appointment-reason-long", &["reason"]),
    ("appointment-reason-markup", &["reason"]),
    ("appointment-reason-invalid", &["reason"]),
    ("availability-time", &["start", "end"]),
    ("availability-slot-length", &["slot"]),
    ("availability-too-short", &["start", "end"]),
    ("availability-overlap", &["weekday", "start", "end"]),
    ("availability-visit", &["visit"]),
    ("availability-weekday", &["weekday"]),
    ("place-name", &["name"]),
    ("place-address", &["address"]),
    ("place-postcode", &["postcode"]),
    ("place-phone", &["phone"]),
    ("place-city", &["city"]),
    ("video-url", &["video_url"]),
    ("video-url-needed", &["video_url", "visit"]),
    ("place-zone", &["zone"]),
    ("place-unknown", &["place"]),
    ("closure-past", &["from"]),
    ("closure-range", &["from", "to"]),
    ("cutoff-invalid", &["cutoff"]),
    ("languages-none", &["languages"]),
    ("desk-code-wrong", &["code"]),
    ("upload-title", &["title"]),
    ("publish-date-invalid", &["taken_at", "date"]),
    ("publish-vaccine-unknown", &["vaccine"]),
    ("publish-dose-invalid", &["dose"]),
    ("publish-lot-invalid", &["lot"]),
    ("publish-not-pdf", &["file"]),
];

/// INS and birth date, the two facts that name a patient, in each form that needs them (ids
/// prefixed by the form's name).
#[component]
pub(crate) fn PatientFields(form: &'static str, typed: Typed) -> impl IntoView {
    view! {
        <p>
            <label for=format!("{form}-ins")>{t("publish-health-id-label")}</label>
            <input
                id=format!("{form}-ins")
                name="ins"
                required
                maxlength="21"
                autocomplete="off"
                inputmode="numeric"
                aria-invalid=typed.invalid(form, "ins")
                aria-describedby=typed.described_by(form, "ins", None)
                value=typed.get(form, "ins")
            />
        </p>
        <p>
            <label for=format!("{form}-birth")>{t("publish-birth-date-label")}</label>
            <input
                id=format!("{form}-birth")
                name="birth"
                type="date"
                required
                aria-invalid=typed.invalid(form, "birth")
                aria-describedby=typed.described_by(form, "birth", None)
                value=typed.get(form, "birth")
            />
        </p>
    }
}

#[cfg(test)]
mod tests {
    use carnet_core::i18n::Locale;

    use super::ERROR_FIELDS;

    /// Each entry names an error a handler can send back: one with a message in every language
    /// (an entry whose message was renamed would silently stop marking its fields).
    #[test]
    fn every_error_tied_to_fields_is_a_message() {
        for (error, fields) in ERROR_FIELDS {
            assert!(!fields.is_empty(), "{error} names no field");
            for locale in Locale::ALL {
                let id = format!("error-{error}");
                assert_ne!(locale.t(&id), id, "{}: {id} is not a message", locale.tag());
            }
        }
    }
}
