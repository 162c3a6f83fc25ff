//! The home page's summary of a record: what is new since the last visit, results outside their
//! reference range, the vaccination schedule's advice. Each part is a bounded query.

use super::documents::{self, Document};
use super::results::{self, Series};
use super::schedule::Recommendations;
use super::{patients, vaccinations};
use crate::access::Access;
use crate::seal::Sealer;
use crate::Result;

/// Items listed in "new since your last visit".
const NEW_ITEMS: i64 = 10;

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Results added since then, per test (the test and how many new results).
    pub new_results: Vec<(Series, i64)>,
    pub new_documents: Vec<Document>,
    pub out_of_range: Vec<Series>,
    /// How many tests' latest results can be judged at all (have a reference range or a flag).
    pub judged: i64,
    /// `None` when the birth date is unknown (the schedule cannot be applied).
    pub vaccinations: Option<Recommendations>,
}

/// The summary for a visit by the account `visitor`, `since` being the end of its previous one.
pub async fn summary<K>(
    access: &mut Access<K>,
    sealer: &Sealer,
    visitor: &str,
    since: i64,
    today: jiff::civil::Date,
) -> Result<Summary> {
    let new_results = results::added_since(access, since, NEW_ITEMS).await?;
    let new_documents = documents::recorded_since(access, sealer, since, visitor, NEW_ITEMS).await?;
    let out_of_range = results::out_of_range(access).await?;
    let judged = results::judged_count(access).await?;
    let profile = patients::profile(access).await?;
    let vaccinations = match profile.birth_date {
        Some(birth) => Some(vaccinations::recommendations(&vaccinations::list(access).await?, birth, today)),
        None => None,
    };
    Ok(Summary { new_results, new_documents, out_of_range, judged, vaccinations })
}
