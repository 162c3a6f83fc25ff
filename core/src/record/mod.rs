//! The health record: patients, results (with their per-test summary), reports, documents
//! (content-addressed and sealed), vaccinations and the vaccination schedule, the health
//! profile (allergies, problems, treatments, procedures, stays; what the patient declares) and
//! the screenings recommended by age (prevention), the treatments each prescription contains,
//! and the import
//! of FHIR bundles into all of these, and the patient's export of it all as one bundle.
//!
//! Every function that reads or writes a patient's rows takes a [`access::Access`] (or, inside
//! an import, a [`policy::Grant`]) and only touches the granted patient's rows. Instants are ms
//! since the epoch; `recorded_at` is when Carnet stored a row (what "new since your last visit"
//! compares with).
//!
//! [`access::Access`]: crate::access::Access
//! [`policy::Grant`]: crate::policy::Grant

pub mod documents;
pub mod export;
pub mod files;
pub mod health_profile;
pub mod imaging;
pub mod import;
pub mod measurements;
pub mod names;
pub mod patients;
pub mod prescriptions;
pub mod prevention;
pub mod publish;
pub mod renewals;
pub mod results;
pub mod schedule;
pub mod summary;
pub mod vaccinations;

pub use crate::fhir::Flag;

/// What a link to a resource the record does not hold (or not of the kind linked) means: one
/// sent in the same bundle was not kept there (withdrawn in it, of another kind, another
/// patient's) and links to nothing; one published before must be there, else the publication is
/// refused with `problem`.
pub(crate) fn unresolved(linked: &crate::fhir::Linked, problem: crate::Problem) -> crate::Result<()> {
    match linked {
        crate::fhir::Linked::InBundle(_) => Ok(()),
        crate::fhir::Linked::Published(_) => Err(crate::Error::Invalid(problem)),
    }
}

/// A page of a longer list, newest first, and where the next page starts (keyset pagination:
/// the `(time, id)` of the last row shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<Cursor>,
}

/// Where a page of a newest-first list starts: strictly before `(at, id)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub at: i64,
    pub id: String,
}

impl Cursor {
    /// `<at>.<id>`, as carried in a link.
    pub fn to_param(&self) -> String {
        format!("{}.{}", self.at, self.id)
    }

    /// Reads a link's cursor; anything malformed means "from the start".
    pub fn parse(param: &str) -> Option<Cursor> {
        let (at, id) = param.split_once('.')?;
        let id_ok = !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        Some(Cursor { at: at.parse().ok()?, id: id.to_string() }).filter(|_| id_ok)
    }
}

/// Rows per page in long lists.
pub const PAGE_SIZE: i64 = 50;

/// Splits `PAGE_SIZE + 1` fetched rows into a page and the cursor of the next one.
fn paginate<T>(mut rows: Vec<T>, key: impl Fn(&T) -> Cursor) -> Page<T> {
    let next = if rows.len() as i64 > PAGE_SIZE {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(key)
    } else {
        None
    };
    Page { items: rows, next }
}

/// What storing an item sent by its publisher did (a result, a vaccination).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stored {
    Added,
    /// Sent again with other values: the new ones are shown.
    Corrected,
    /// Withdrawn by its publisher (entered in error).
    Withdrawn,
    /// Nothing to do: the same value again, or a withdrawal of what is not there.
    Unchanged,
}

/// The tables whose items a publisher withdraws by its key alone ([`withdraw_sent`]): results
/// have their own (a panel's parts, the test's summary row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Withdrawable {
    Vaccinations,
    ProfileItems,
}

impl Withdrawable {
    fn table(self) -> &'static str {
        match self {
            Withdrawable::Vaccinations => "vaccinations",
            Withdrawable::ProfileItems => "profile_items",
        }
    }
}

/// Withdraws what `publisher` sent under `key` (entered in error) in the granted record: it
/// leaves every list, the advice and the export; the row stays, saying who withdrew it and when.
pub(crate) async fn withdraw_sent(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    grant: &crate::policy::Grant<crate::policy::Write>,
    what: Withdrawable,
    key: &str,
    publisher: &str,
) -> crate::Result<Stored> {
    let sql = format!(
        "UPDATE {} SET withdrawn_at = $1, withdrawn_by = $2 WHERE patient_id = $3 AND source = $4 \
         AND withdrawn_at IS NULL",
        what.table()
    );
    let done = sqlx::query(&sql)
        .bind(crate::clock::now_ms())
        .bind(publisher)
        .bind(grant.patient_id())
        .bind(key)
        .execute(&mut **tx)
        .await?;
    Ok(if done.rows_affected() > 0 { Stored::Withdrawn } else { Stored::Unchanged })
}

/// A `LIKE` pattern matching `text` anywhere, with `%`, `_` and `\` escaped (used with
/// `ESCAPE '\'`), lower-cased to compare with `LOWER(column)`.
pub(crate) fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The start every key of a panel's parts shares (`<key>#<code>`, one result per part): compared
/// with `substr`, exactly and case-sensitively on both databases (`LIKE` is case-insensitive on
/// SQLite, and FHIR ids are not).
pub(crate) fn panel_parts(key: &str) -> String {
    format!("{key}#")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_shown_has_a_message_in_every_language() {
        use crate::i18n::Locale;
        let mut ids: Vec<String> = Flag::ALL.iter().map(|f| f.message_id().to_string()).collect();
        ids.extend(documents::Kind::ALL.iter().map(|k| k.message_id().to_string()));
        ids.extend(results::Category::ALL.iter().map(|c| c.message_id().to_string()));
        ids.extend(schedule::french().series_ids().map(|s| format!("vaccine-series-{s}")));
        ids.extend(schedule::french().series_ids().map(|s| format!("vaccine-rule-{s}")));
        for campaign in schedule::french().campaign_ids() {
            ids.extend(["now", "next"].map(|when| format!("vaccination-campaign-{when}-{campaign}")));
        }
        ids.extend(publish::LAB_TESTS.iter().map(|t| publish::lab_test_message(t.code)));
        ids.extend(publish::VACCINES.iter().map(|v| publish::vaccine_message(v)));
        ids.extend(prevention::french().ids().map(|id| format!("prevention-check-{id}")));
        ids.extend(["female", "male"].map(|sex| format!("prevention-only-{sex}")));
        for locale in Locale::ALL {
            for id in &ids {
                assert_ne!(&locale.t(id), id, "{} lacks {id}", locale.tag());
            }
        }
        for flag in Flag::ALL {
            assert_eq!(Flag::from_stored(flag.as_str()), Some(flag));
        }
    }

    #[test]
    fn cursors_round_trip_and_refuse_junk() {
        let c = Cursor { at: 1_700_000_000_000, id: "3f2a-11".into() };
        assert_eq!(Cursor::parse(&c.to_param()), Some(c));
        assert_eq!(Cursor::parse("x.y"), None);
        assert_eq!(Cursor::parse("12.'; DROP TABLE results"), None);
        assert_eq!(Cursor::parse("12."), None);
    }

    #[test]
    fn like_patterns_are_escaped() {
        assert_eq!(contains_pattern("Gly"), "%gly%");
        assert_eq!(contains_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
    }

    #[test]
    fn pages_stop_at_the_page_size() {
        let rows: Vec<i64> = (0..PAGE_SIZE + 1).collect();
        let page = paginate(rows, |r| Cursor { at: *r, id: "x".into() });
        assert_eq!(page.items.len() as i64, PAGE_SIZE);
        assert_eq!(page.next.unwrap().at, PAGE_SIZE - 1);
        assert!(paginate(vec![1i64], |r| Cursor { at: *r, id: "x".into() }).next.is_none());
    }
}
