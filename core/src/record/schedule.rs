//! The French vaccination schedule as data (`schedule_fr.json`, with its source and the rules it
//! follows), and what it says is due or overdue for a person of a given age with a given history.

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::{Span, Unit};
use serde::Deserialize;

/// The CVX code system, which the schedule's codes belong to.
pub const CVX_SYSTEM: &str = "http://hl7.org/fhir/sid/cvx";

#[derive(Debug, Deserialize)]
pub struct Schedule {
    /// Where the schedule comes from (shown on the Vaccinations page).
    pub source: String,
    series: Vec<SeriesRule>,
}

#[derive(Debug, Deserialize)]
struct SeriesRule {
    id: String,
    codes: Vec<String>,
    #[serde(default)]
    steps: Vec<Step>,
    recurring: Option<Recurring>,
}

/// Ages in months.
#[derive(Debug, Deserialize)]
struct Step {
    due: i32,
    overdue: i32,
    earliest: i32,
    until: i32,
}

#[derive(Debug, Deserialize)]
struct Recurring {
    from: i32,
    every: i32,
    overdue: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Due,
    Overdue,
}

/// A vaccination the schedule expects and the history lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The series' id; its name is the Fluent message `vaccine-series-<id>`.
    pub series: String,
    pub status: Status,
    /// When it became (or becomes) due.
    pub due_on: Date,
    /// The age it is scheduled at, in months (for "at 2 months", "at 25 years").
    pub at_age_months: i32,
}

/// The schedule in force (parsed once; a broken data file fails the unit tests).
pub fn french() -> &'static Schedule {
    static SCHEDULE: OnceLock<Schedule> = OnceLock::new();
    SCHEDULE.get_or_init(|| {
        serde_json::from_str(include_str!("schedule_fr.json")).expect("schedule_fr.json is checked by the unit tests")
    })
}

/// `"08"` and `"8"` are the same CVX code.
fn same_code(a: &str, b: &str) -> bool {
    a.trim_start_matches('0') == b.trim_start_matches('0')
}

fn months_between(from: Date, to: Date) -> i32 {
    from.until((Unit::Month, to)).map(|span| span.get_months()).unwrap_or(0)
}

fn plus_months(date: Date, months: i32) -> Date {
    date.checked_add(Span::new().months(months)).unwrap_or(date)
}

impl Schedule {
    /// What is due or overdue on `today` for someone born on `birth` who received `given`
    /// (CVX code, date), overdue first, then by date.
    pub fn pending(&self, birth: Date, today: Date, given: &[(&str, Date)]) -> Vec<Pending> {
        let age = months_between(birth, today);
        let mut pending = Vec::new();
        for rule in &self.series {
            let mut doses: Vec<Date> = given
                .iter()
                .filter(|(code, _)| rule.codes.iter().any(|c| same_code(c, code)))
                .map(|(_, date)| *date)
                .collect();
            doses.sort();
            if let Some(recurring) = &rule.recurring {
                if age < recurring.from {
                    continue;
                }
                let since = doses.last().copied().filter(|last| months_between(birth, *last) >= recurring.from - 12);
                let (due_on, status) = match since {
                    Some(last) if months_between(last, today) < recurring.every => continue,
                    Some(last) if months_between(last, today) < recurring.overdue => {
                        (plus_months(last, recurring.every), Status::Due)
                    }
                    Some(last) => (plus_months(last, recurring.every), Status::Overdue),
                    None => (plus_months(birth, recurring.from), Status::Overdue),
                };
                pending.push(Pending { series: rule.id.clone(), status, due_on, at_age_months: recurring.from });
                continue;
            }
            let mut used = vec![false; doses.len()];
            for step in &rule.steps {
                // The first unused dose given within this step's window of ages.
                let met = doses
                    .iter()
                    .enumerate()
                    .find(|(i, date)| {
                        let at = months_between(birth, **date);
                        !used[*i] && at >= step.earliest && at <= step.until
                    })
                    .map(|(i, _)| i);
                if let Some(i) = met {
                    used[i] = true;
                    continue;
                }
                if age < step.due || age > step.until {
                    continue;
                }
                let status = if age >= step.overdue { Status::Overdue } else { Status::Due };
                pending.push(Pending {
                    series: rule.id.clone(),
                    status,
                    due_on: plus_months(birth, step.due),
                    at_age_months: step.due,
                });
                // One step at a time per series: the next one follows once this one is given.
                break;
            }
        }
        pending.sort_by_key(|p| (p.status == Status::Due, p.due_on));
        pending
    }

    /// Whether a CVX code counts in some series.
    pub fn knows(&self, code: &str) -> bool {
        self.series.iter().any(|s| s.codes.iter().any(|c| same_code(c, code)))
    }

    /// The ids of every series (each needs a `vaccine-series-<id>` message).
    pub fn series_ids(&self) -> impl Iterator<Item = &str> {
        self.series.iter().map(|s| s.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn pending_ids(birth: Date, today: Date, given: &[(&str, Date)]) -> Vec<(String, Status)> {
        french().pending(birth, today, given).into_iter().map(|p| (p.series, p.status)).collect()
    }

    #[test]
    fn the_data_file_is_complete() {
        let schedule = french();
        assert!(schedule.source.contains("2025"));
        for rule in &schedule.series {
            assert!(!rule.codes.is_empty(), "{}", rule.id);
            assert!(rule.steps.is_empty() != rule.recurring.is_none(), "{}: steps or recurring, not both", rule.id);
            for s in &rule.steps {
                assert!(s.earliest <= s.due && s.due < s.overdue && s.overdue <= s.until, "{}: {s:?}", rule.id);
            }
        }
    }

    #[test]
    fn an_infant_with_nothing_is_due_then_overdue() {
        let birth = date(2026, 1, 10);
        assert!(pending_ids(birth, date(2026, 2, 1), &[]).is_empty(), "nothing before 2 months");
        let at_two_months = pending_ids(birth, date(2026, 3, 15), &[]);
        assert!(at_two_months.contains(&("dtp".into(), Status::Due)), "{at_two_months:?}");
        assert!(at_two_months.contains(&("rotavirus".into(), Status::Due)));
        let later = pending_ids(birth, date(2026, 4, 20), &[]);
        assert!(later.contains(&("dtp".into(), Status::Overdue)), "{later:?}");
    }

    #[test]
    fn doses_given_meet_their_steps() {
        let birth = date(2026, 1, 10);
        // Hexavalent (CVX 146) at 2 and 4 months: DTP, Hib and hepatitis B are up to date at 6 months.
        let given = [("146", date(2026, 3, 10)), ("146", date(2026, 5, 12))];
        let now = pending_ids(birth, date(2026, 7, 10), &given);
        assert!(!now.iter().any(|(s, _)| s == "dtp" || s == "hib" || s == "hepb"), "{now:?}");
        // At 11 months the third dose is due.
        let p = french().pending(birth, date(2026, 12, 15), &given);
        let dtp = p.iter().find(|p| p.series == "dtp").unwrap();
        assert_eq!((dtp.status, dtp.at_age_months, dtp.due_on), (Status::Due, 11, date(2026, 12, 10)));
    }

    #[test]
    fn adult_boosters_and_yearly_flu() {
        let birth = date(1960, 5, 1);
        // 66 years old: dTP booster at 65 given at 64, flu given last autumn.
        let given = [("113", date(2024, 11, 1)), ("140", date(2025, 10, 15))];
        let now = pending_ids(birth, date(2026, 6, 1), &given);
        assert!(!now.iter().any(|(s, _)| s == "dtp"), "{now:?}");
        assert!(!now.iter().any(|(s, _)| s == "influenza"), "flu given 8 months ago");
        assert!(now.contains(&("zoster".into(), Status::Overdue)), "{now:?}");
        // A year and a half later the flu shot is overdue.
        let later = pending_ids(birth, date(2027, 3, 1), &given);
        assert!(later.contains(&("influenza".into(), Status::Overdue)), "{later:?}");
        // Overdue items come first.
        let all = french().pending(birth, date(2027, 3, 1), &given);
        assert!(all.windows(2).all(|w| !(w[0].status == Status::Due && w[1].status == Status::Overdue)));
    }

    #[test]
    fn a_forty_year_old_without_a_booster_at_25_is_overdue_and_the_code_format_does_not_matter() {
        let birth = date(1986, 1, 27);
        let now = pending_ids(birth, date(2026, 11, 22), &[]);
        assert!(now.contains(&("dtp".into(), Status::Overdue)), "{now:?}");
        // A Td at 38 meets the booster of 25 (window 20–44 years); "09" and "9" are one code.
        let now = pending_ids(birth, date(2026, 11, 22), &[("9", date(2024, 3, 1))]);
        assert!(!now.iter().any(|(s, _)| s == "dtp"), "{now:?}");
    }
}
