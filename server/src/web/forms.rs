//! Plain HTML forms: their fields as typed, and the way back to the form's page with the reason
//! and every field kept, so that bad input loses nothing.

use carnet_core::Problem;
use std::collections::HashMap;

use axum::response::{IntoResponse, Redirect, Response};

/// A form's fields by name.
pub type Fields = HashMap<String, String>;

/// A field's value, empty when absent.
pub fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map_or("", String::as_str)
}

/// Back to `page` with `form` and the reason (a Fluent id; its `error-` prefix is dropped) in the
/// query, with every field that was typed, at the form's error (`#<form>-error`).
pub fn back(page: &str, form: &str, problem: Problem, fields: &Fields) -> Response {
    let mut pairs: Vec<(&str, &str)> =
        vec![("form", form), ("error", problem.message_id().trim_start_matches("error-"))];
    let mut typed: Vec<(&String, &String)> = fields.iter().filter(|(_, v)| !v.is_empty()).collect();
    typed.sort();
    pairs.extend(typed.into_iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let query = serde_urlencoded::to_string(pairs).unwrap_or_default();
    Redirect::to(&format!("{page}?{query}#{form}-error")).into_response()
}

/// A form sent without the confirmation its confirmation page adds ([`carnet_app::CONFIRMED`]):
/// the way to that page (303), so that one tap on an old page or a crafted request changes
/// nothing. `None` when the form was confirmed.
pub fn unconfirmed(fields: &Fields, confirm_page: &str) -> Option<Response> {
    let (name, value) = carnet_app::CONFIRMED;
    (field(fields, name) != value).then(|| Redirect::to(confirm_page).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_keeps_what_was_typed_and_names_the_reason() {
        let fields: Fields = [("ins", "1 2"), ("birth", ""), ("reason", "a&b")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let response = back("/patients", "emergency", Problem::EmergencyRefused, &fields);
        let location = response.headers()["location"].to_str().unwrap();
        assert_eq!(location, "/patients?form=emergency&error=emergency-refused&ins=1+2&reason=a%26b#emergency-error");
    }

    #[test]
    fn an_unconfirmed_form_goes_to_its_confirmation_page() {
        let sent =
            |pairs: &[(&str, &str)]| -> Fields { pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() };
        let response = unconfirmed(&sent(&[("reason", "x")]), "/appointments/a1/cancel").expect("not confirmed");
        assert_eq!(response.status(), axum::http::StatusCode::SEE_OTHER);
        assert_eq!(response.headers()["location"], "/appointments/a1/cancel");
        assert!(unconfirmed(&sent(&[("confirmed", "no")]), "/x").is_some());
        assert!(unconfirmed(&sent(&[("confirmed", "yes")]), "/x").is_none());
    }
}
