//! Why a bundle was refused: the entry and the problem.

use std::fmt;

use crate::i18n::{Arg, Locale};

/// What is wrong. Field names are FHIR element paths (`valueQuantity.value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The bytes are not JSON (with the parser's position).
    NotJson(String),
    /// JSON, but not a FHIR Bundle.
    NotABundle,
    /// A bundle type other than transaction, batch or collection.
    UnsupportedBundleType(String),
    TooLarge,
    Empty,
    MissingField(&'static str),
    InvalidField {
        field: &'static str,
        reason: Reason,
    },
    /// A reference to nothing in this bundle (or to the wrong kind of resource).
    DanglingReference(String),
    /// A code outside the value set Carnet understands for that field.
    UnknownCode {
        field: &'static str,
        code: String,
    },
    /// Two entries with the same identity.
    Duplicate(String),
}

/// Why a field's value is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NotANumber,
    NotADate,
    NotADateTime,
    NotText,
    NotAnInteger,
    NotAPositiveInteger,
    BoundNotANumber,
    LowAboveHigh,
    NoInlineData,
    NotBase64,
    Empty,
    /// A period (or an onset and an end) whose end comes before its start.
    EndBeforeStart,
}

impl Reason {
    /// In English, for the command line.
    pub fn text(self) -> &'static str {
        match self {
            Reason::NotANumber => "is not a number",
            Reason::NotADate => "is not a date (YYYY-MM-DD)",
            Reason::NotADateTime => "is not a FHIR date or date-time",
            Reason::NotText => "is not text",
            Reason::NotAnInteger => "is not an integer",
            Reason::NotAPositiveInteger => "is not a positive integer",
            Reason::BoundNotANumber => "has a bound that is not a number",
            Reason::LowAboveHigh => "has its low bound above its high bound",
            Reason::NoInlineData => "has no inline data",
            Reason::NotBase64 => "data is not base64",
            Reason::Empty => "is empty",
            Reason::EndBeforeStart => "ends before it starts",
        }
    }

    /// The Fluent id, for people reading in their language.
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::NotANumber => "fhir-reason-not-a-number",
            Reason::NotADate => "fhir-reason-not-a-date",
            Reason::NotADateTime => "fhir-reason-not-a-date-time",
            Reason::NotText => "fhir-reason-not-text",
            Reason::NotAnInteger => "fhir-reason-not-an-integer",
            Reason::NotAPositiveInteger => "fhir-reason-not-a-positive-integer",
            Reason::BoundNotANumber => "fhir-reason-bound-not-a-number",
            Reason::LowAboveHigh => "fhir-reason-low-above-high",
            Reason::NoInlineData => "fhir-reason-no-inline-data",
            Reason::NotBase64 => "fhir-reason-not-base64",
            Reason::Empty => "fhir-reason-empty",
            Reason::EndBeforeStart => "fhir-reason-end-before-start",
        }
    }

    pub const ALL: [Reason; 12] = [
        Reason::NotANumber,
        Reason::NotADate,
        Reason::NotADateTime,
        Reason::NotText,
        Reason::NotAnInteger,
        Reason::NotAPositiveInteger,
        Reason::BoundNotANumber,
        Reason::LowAboveHigh,
        Reason::NoInlineData,
        Reason::NotBase64,
        Reason::Empty,
        Reason::EndBeforeStart,
    ];
}

/// A refused bundle: which entry (0-based position, resource type) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError {
    pub entry: Option<usize>,
    pub resource_type: Option<String>,
    pub problem: Problem,
}

impl BundleError {
    pub(super) fn whole(problem: Problem) -> Self {
        BundleError { entry: None, resource_type: None, problem }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotJson(detail) => write!(f, "not JSON ({detail})"),
            Problem::NotABundle => write!(f, "not a FHIR Bundle"),
            Problem::UnsupportedBundleType(t) => write!(f, "bundle type {t:?} is not transaction, batch or collection"),
            Problem::TooLarge => write!(f, "larger than {} MB", super::MAX_BUNDLE_BYTES / (1024 * 1024)),
            Problem::Empty => write!(f, "the bundle has no entries"),
            Problem::MissingField(field) => write!(f, "missing {field}"),
            Problem::InvalidField { field, reason } => write!(f, "{field} {}", reason.text()),
            Problem::DanglingReference(reference) => {
                write!(f, "reference {reference:?} points to nothing usable in this bundle")
            }
            Problem::UnknownCode { field, code } => write!(f, "{field} has the unknown code {code:?}"),
            Problem::Duplicate(what) => write!(f, "{what} appears twice"),
        }
    }
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.entry, &self.resource_type) {
            (Some(i), Some(t)) => write!(f, "entry {i} ({t}): {}", self.problem),
            (Some(i), None) => write!(f, "entry {i}: {}", self.problem),
            _ => write!(f, "{}", self.problem),
        }
    }
}

impl std::error::Error for BundleError {}

impl Problem {
    /// The problem in `locale`'s words (Fluent `fhir-*` messages).
    pub fn localized(&self, locale: Locale) -> String {
        let with = |id: &str, args: &[(&'static str, Arg)]| locale.t_args(id, args);
        match self {
            Problem::NotJson(detail) => with("fhir-not-json", &[("detail", detail.as_str().into())]),
            Problem::NotABundle => locale.t("fhir-not-a-bundle"),
            Problem::UnsupportedBundleType(kind) => with("fhir-bundle-type", &[("type", kind.as_str().into())]),
            Problem::TooLarge => {
                with("fhir-too-large", &[("size", ((super::MAX_BUNDLE_BYTES / (1024 * 1024)) as i64).into())])
            }
            Problem::Empty => locale.t("fhir-empty"),
            Problem::MissingField(field) => with("fhir-missing-field", &[("field", (*field).into())]),
            Problem::InvalidField { field, reason } => with(
                "fhir-invalid-field",
                &[("field", (*field).into()), ("reason", locale.t(reason.message_id()).into())],
            ),
            Problem::DanglingReference(reference) => {
                with("fhir-dangling-reference", &[("reference", reference.as_str().into())])
            }
            Problem::UnknownCode { field, code } => {
                with("fhir-unknown-code", &[("field", (*field).into()), ("code", code.as_str().into())])
            }
            Problem::Duplicate(what) => with("fhir-duplicate", &[("what", what.as_str().into())]),
        }
    }
}

impl BundleError {
    /// The refusal in `locale`'s words, naming the entry (0-based position and type).
    pub fn localized(&self, locale: Locale) -> String {
        let problem = self.problem.localized(locale);
        match (self.entry, &self.resource_type) {
            (Some(i), Some(t)) => locale.t_args(
                "fhir-error-in-entry-of-type",
                &[("entry", (i as i64).into()), ("type", t.as_str().into()), ("problem", problem.into())],
            ),
            (Some(i), None) => {
                locale.t_args("fhir-error-in-entry", &[("entry", (i as i64).into()), ("problem", problem.into())])
            }
            _ => problem,
        }
    }
}

#[cfg(test)]
mod localized_tests {
    use super::*;

    #[test]
    fn refusals_read_in_every_language() {
        let error = BundleError {
            entry: Some(3),
            resource_type: Some("Observation".into()),
            problem: Problem::InvalidField { field: "valueQuantity.value", reason: Reason::NotANumber },
        };
        assert_eq!(error.localized(Locale::En), "entry 3 (Observation): valueQuantity.value is not a number");
        assert_eq!(error.to_string(), error.localized(Locale::En), "the command line's English is the same text");
        let french = error.localized(Locale::Fr);
        assert!(french.starts_with("entrée 3 (Observation)") && french.contains("n'est pas un nombre"), "{french}");
        for reason in Reason::ALL {
            for locale in Locale::ALL {
                assert_ne!(locale.t(reason.message_id()), reason.message_id());
            }
            assert_eq!(Locale::En.t(reason.message_id()), reason.text(), "English file and CLI agree");
        }
    }
}
