//! Why a bundle was refused: the entry and the problem.

use std::fmt;

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
        reason: &'static str,
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
            Problem::InvalidField { field, reason } => write!(f, "{field} {reason}"),
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
