//! What the record's coded items (tests, vaccines) are called for a reader. Names Carnet owns —
//! the tests and vaccines of the portal's publishing form ([`super::publish`]'s catalogue) — are
//! shown in the reader's language; names a publisher sent are shown as sent, with their code.
//!
//! Which is which is stored with each item ([`NameOrigin`]), decided when it was written: only
//! the portal's form names items from the catalogue. A FHIR publisher sending a catalogue code
//! with its own display keeps its display.

pub use crate::fhir::NameOrigin;
use crate::i18n::Locale;

use super::publish::{
    catalogue_test, lab_test_message, vaccine_message, LAB_TESTS, LOINC_SYSTEM, VACCINES, VITAL_SIGNS,
};
use super::schedule::CVX_SYSTEM;

/// The catalogue an item's code would be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Catalogue {
    LabTests,
    Vaccines,
}

impl Catalogue {
    /// The Fluent id of the catalogue's name for `system`/`code`, if the code is in it.
    fn message(self, system: &str, code: &str) -> Option<String> {
        match self {
            Catalogue::LabTests if system == LOINC_SYSTEM && catalogue_test(code).is_some() => {
                Some(lab_test_message(code))
            }
            Catalogue::Vaccines if system == CVX_SYSTEM && VACCINES.contains(&code) => Some(vaccine_message(code)),
            _ => None,
        }
    }
}

/// A coded item's name as stored: its code and the display it was written with.
#[derive(Debug, Clone, Copy)]
pub struct StoredName<'a> {
    pub catalogue: Catalogue,
    pub system: &'a str,
    pub code: &'a str,
    pub display: &'a str,
    pub origin: NameOrigin,
}

impl StoredName<'_> {
    /// Whether the name shown is Carnet's own (translated) rather than the publisher's.
    fn is_carnets(&self) -> bool {
        self.origin == NameOrigin::Catalogue && self.catalogue.message(self.system, self.code).is_some()
    }

    /// The name in `locale`: the catalogue's when Carnet named it, else as stored.
    pub fn shown(&self, locale: Locale) -> String {
        match self.catalogue.message(self.system, self.code).filter(|_| self.origin == NameOrigin::Catalogue) {
            Some(id) => locale.t(&id),
            None => self.display.to_string(),
        }
    }

    /// For a name shown as a publisher sent it: its code, readable ("code LOINC 2345-7").
    pub fn sent_code(&self, locale: Locale) -> Option<String> {
        if self.is_carnets() {
            return None;
        }
        code_label(locale, self.system, self.code)
    }
}

/// A code with its system's usual name ("code CVX 08"); `None` without a code.
pub fn code_label(locale: Locale, system: &str, code: &str) -> Option<String> {
    if code.trim().is_empty() {
        return None;
    }
    let id = match system {
        LOINC_SYSTEM => "code-loinc",
        CVX_SYSTEM => "code-cvx",
        "http://snomed.info/sct" => "code-snomed",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "code-rxnorm",
        "http://www.whocc.no/atc" => "code-atc",
        crate::fhir::DICOM_SYSTEM => "code-dicom",
        _ => "code-other",
    };
    Some(locale.t_args(id, &[("code", code.into())]))
}

/// The catalogue's tests (laboratory and vital signs) whose name in `locale` contains `search` (case-insensitive): a search
/// typed in the reader's language finds them although their stored display is another's.
pub fn lab_tests_named(locale: Locale, search: &str) -> Vec<&'static str> {
    let search = search.trim().to_lowercase();
    if search.is_empty() {
        return Vec::new();
    }
    LAB_TESTS
        .iter()
        .chain(&VITAL_SIGNS)
        .map(|t| t.code)
        .filter(|code| locale.t(&lab_test_message(code)).to_lowercase().contains(&search))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vaccine(code: &'static str, display: &'static str, origin: NameOrigin) -> StoredName<'static> {
        StoredName { catalogue: Catalogue::Vaccines, system: CVX_SYSTEM, code, display, origin }
    }

    #[test]
    fn a_name_from_the_catalogue_is_shown_in_the_readers_language_without_its_code() {
        let name = vaccine("08", "Hépatite B", NameOrigin::Catalogue);
        assert_eq!(name.shown(Locale::En), "Hepatitis B");
        assert_eq!(name.shown(Locale::Es), "Hepatitis B");
        assert_eq!(name.shown(Locale::Fr), "Hépatite B");
        assert_ne!(name.shown(Locale::Ar), "Hépatite B");
        assert_eq!(name.sent_code(Locale::En), None);
        let test = StoredName {
            catalogue: Catalogue::LabTests,
            system: LOINC_SYSTEM,
            code: "1558-6",
            display: "Glycémie à jeun",
            origin: NameOrigin::Catalogue,
        };
        assert_eq!(test.shown(Locale::En), "Fasting glucose");
    }

    #[test]
    fn a_name_a_publisher_sent_is_shown_as_sent_with_its_code_even_for_a_catalogue_code() {
        let sent = vaccine("08", "Engerix B 20 µg", NameOrigin::Sent);
        assert_eq!(sent.shown(Locale::En), "Engerix B 20 µg");
        assert_eq!(sent.sent_code(Locale::En).as_deref(), Some("CVX code 08"));
        assert_eq!(sent.sent_code(Locale::Fr).as_deref(), Some("code CVX 08"));
        // Marked as the catalogue's but with a code the catalogue does not hold: as stored.
        let unknown = vaccine("999", "Vaccin X", NameOrigin::Catalogue);
        assert_eq!(unknown.shown(Locale::En), "Vaccin X");
        assert_eq!(unknown.sent_code(Locale::En).as_deref(), Some("CVX code 999"));
        // The catalogue's LOINC code under another system is not the catalogue's test.
        let other = StoredName {
            catalogue: Catalogue::LabTests,
            system: "urn:lab:local",
            code: "1558-6",
            display: "GLY",
            origin: NameOrigin::Catalogue,
        };
        assert_eq!(
            (other.shown(Locale::En).as_str(), other.sent_code(Locale::En).as_deref()),
            ("GLY", Some("code 1558-6"))
        );
        assert_eq!(code_label(Locale::En, LOINC_SYSTEM, " "), None);
    }

    #[test]
    fn a_search_in_the_readers_language_finds_catalogue_tests() {
        // Fasting glucose (a laboratory's) and capillary glucose (measured at home).
        assert_eq!(lab_tests_named(Locale::En, "GLUCOSE"), vec!["1558-6", "2339-0"]);
        assert_eq!(lab_tests_named(Locale::Fr, "glycémie"), vec!["1558-6", "2339-0"]);
        assert_eq!(lab_tests_named(Locale::Fr, "à jeun"), vec!["1558-6"]);
        assert!(lab_tests_named(Locale::En, "  ").is_empty());
    }

    /// Rows the portal published before migration 0009 are recognised as named by Carnet; rows
    /// a publisher sent, or a test one of whose results a publisher sent, are not.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_migration_marks_what_the_portal_published_before_it() {
        let dir = std::env::temp_dir().join(format!("carnet-names-{}", uuid::Uuid::new_v4()));
        let db = crate::db::Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        db.migrate().await.unwrap();
        let run = |sql: String| {
            let pool = db.pool().clone();
            async move { sqlx::query(&sql).execute(&pool).await.unwrap() }
        };
        run("INSERT INTO patients (id, family_name, given_names, created_at) VALUES ('p', 'D', 'A', 0)".into()).await;
        for (id, source, code) in
            [("v1", "publication/u1", "08"), ("v2", "Immunization/x", "08"), ("v3", "publication/u2", "999")]
        {
            run(format!(
                "INSERT INTO vaccinations (id, patient_id, source, vaccine_system, vaccine_code, vaccine_display, \
                 occurred_at, recorded_at) VALUES ('{id}', 'p', '{source}', '{CVX_SYSTEM}', '{code}', 'x', 0, 0)"
            ))
            .await;
        }
        for (series, code, sources) in [
            ("s1", "1558-6", vec!["publication/b/0", "publication/c/0"]),
            ("s2", "2160-0", vec!["publication/b/1", "Observation/lab"]),
        ] {
            run(format!(
                "INSERT INTO result_series (id, patient_id, code_system, code, display, category, latest_result_id, \
                 latest_effective_at, latest_recorded_at, result_count) \
                 VALUES ('{series}', 'p', '{LOINC_SYSTEM}', '{code}', 'x', 'laboratory', 'r', 0, 0, 1)"
            ))
            .await;
            for source in sources {
                run(format!(
                    "INSERT INTO results (id, patient_id, series_id, source, effective_at, recorded_at) \
                     VALUES ('{source}', 'p', '{series}', '{source}', 0, 0)"
                ))
                .await;
            }
        }
        // The migration's backfill, as it ran on databases that had these rows.
        let migration = include_str!("../../../migrations/sqlite/0009_name_origin.sql");
        for statement in migration.split(';').map(str::trim).filter(|s| s.contains("UPDATE ")) {
            let statement = statement.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>();
            run(statement.join("\n")).await;
        }
        let origins: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, name_origin FROM vaccinations UNION ALL SELECT id, name_origin FROM result_series ORDER BY 1",
        )
        .fetch_all(db.pool())
        .await
        .unwrap();
        let expected = [("s1", "catalogue"), ("s2", "sent"), ("v1", "catalogue"), ("v2", "sent"), ("v3", "sent")];
        assert_eq!(origins, expected.map(|(a, b)| (a.to_string(), b.to_string())));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn vital_signs_of_the_catalogue_are_named_in_the_readers_language() {
        let systolic = StoredName {
            catalogue: Catalogue::LabTests,
            system: LOINC_SYSTEM,
            code: "8480-6",
            display: "Pression artérielle systolique",
            origin: NameOrigin::Catalogue,
        };
        assert_eq!(systolic.shown(Locale::En), "Systolic blood pressure");
        assert_eq!(systolic.sent_code(Locale::En), None);
        // Sent by a publisher with its own words: shown as sent.
        let sent = StoredName { display: "Tension systolique", origin: NameOrigin::Sent, ..systolic };
        assert_eq!(sent.shown(Locale::En), "Tension systolique");
        assert_eq!(lab_tests_named(Locale::En, "blood pressure"), vec!["8480-6", "8462-4"]);
    }
}
