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

    /// The error of `form`, if it came back with one: an alert with the id the handler's
    /// redirect points at (`#<form>-error`).
    pub fn error_for(&self, form: &'static str) -> Option<impl IntoView + use<>> {
        let error = self.error.clone().filter(|_| self.form == form)?;
        Some(
            view! { <p class="notice error" role="alert" id=format!("{form}-error")>{t(&format!("error-{error}"))}</p> },
        )
    }
}

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
                value=typed.get(form, "ins")
            />
        </p>
        <p>
            <label for=format!("{form}-birth")>{t("publish-birth-date-label")}</label>
            <input id=format!("{form}-birth") name="birth" type="date" required value=typed.get(form, "birth")/>
        </p>
    }
}
