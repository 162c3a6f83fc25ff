//! Plain HTML forms: their fields as typed, and the way back to the form's page with the problem
//! and every field kept, so that bad input loses nothing.

use carnet_core::Problem;
use std::collections::HashMap;

use crate::context::SentBack;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A form's fields by name.
pub type Fields = HashMap<String, String>;

/// A typed form's fields by name, as sent (to send the form back as it was typed).
pub fn fields_of(form: &impl serde::Serialize) -> Fields {
    serde_urlencoded::to_string(form).ok().and_then(|query| serde_urlencoded::from_str(&query).ok()).unwrap_or_default()
}

/// A field's value, empty when absent.
pub fn field<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map_or("", String::as_str)
}

/// Sends the form back: `page` (the form's page, path and query) is rendered again by
/// the server's `error_pages` layer, at the address the form posted to, with status 422, the problem
/// beside the form `form` and every field as typed. Nothing typed goes into a URL.
pub fn back(page: &str, form: &str, problem: Problem, fields: &Fields) -> Response {
    let mut typed: Vec<(String, String)> =
        fields.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (k.clone(), v.clone())).collect();
    typed.sort();
    let sent_back = SentBack { form: form.to_string(), problem, fields: typed };
    let mut response = StatusCode::UNPROCESSABLE_ENTITY.into_response();
    response.extensions_mut().insert(RenderAgain { page: page.to_string(), sent_back });
    response
}

/// Marks a response as "render `page` again with this form sent back" (see [`back`]).
#[derive(Clone, Debug)]
pub struct RenderAgain {
    pub page: String,
    pub sent_back: SentBack,
}

/// Whether a form came from its confirmation page, which adds [`crate::CONFIRMED`]: a
/// form without it (one tap on an old page, a crafted request) changes nothing and goes to that
/// page instead.
pub fn confirmed(value: &str) -> bool {
    value == crate::CONFIRMED.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_keeps_what_was_typed_out_of_the_url() {
        let fields: Fields = [("ins", "1 2"), ("birth", ""), ("reason", "a&b")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let response = back("/patients", "emergency", Problem::EmergencyRefused, &fields);
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.headers().get("location").is_none(), "no redirect, no URL");
        let again = response.extensions().get::<RenderAgain>().expect("the page is rendered again");
        assert_eq!(again.page, "/patients");
        assert_eq!(again.sent_back.form, "emergency");
        assert_eq!(again.sent_back.problem, Problem::EmergencyRefused);
        let typed = [("ins".to_string(), "1 2".to_string()), ("reason".to_string(), "a&b".to_string())];
        assert_eq!(again.sent_back.fields, typed, "every field typed, the empty ones left out");
    }

    #[test]
    fn only_the_confirmation_pages_value_confirms() {
        assert!(confirmed("yes"));
        assert!(!confirmed("") && !confirmed("no") && !confirmed("YES"));
    }
}
