//! The French vaccination schedule as data (`schedule_fr.json`, with its source and the rules it
//! follows), and what it advises for a person of a given age with a given history: a dose due,
//! a childhood dose overdue, a catch-up ("rattrapage") still recommended at this age, a seasonal
//! campaign — or, when no vaccination is recorded at all, what to check with a doctor.

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::{Span, Unit};
use serde::Deserialize;

/// The CVX code system, which the schedule's codes belong to.
pub const CVX_SYSTEM: &str = "http://hl7.org/fhir/sid/cvx";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// Where the schedule comes from (shown on the Vaccinations page and its print).
    pub source: String,
    #[allow(dead_code)]
    notes: Vec<String>,
    campaigns: Vec<CampaignRule>,
    series: Vec<SeriesRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesRule {
    id: String,
    codes: Vec<String>,
    #[serde(default)]
    steps: Vec<Step>,
    #[serde(default)]
    catch_up: Vec<CatchUpRule>,
    boosters: Option<Boosters>,
    #[serde(default)]
    seasonal: Vec<Seasonal>,
}

/// A dose of the routine schedule. Ages in months.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    due: i32,
    /// From this age a missed dose is overdue (childhood doses only).
    overdue: Option<i32>,
    /// From this age a missed dose is to catch up.
    catch_up: Option<i32>,
    /// The first age a dose counts for this step.
    earliest: i32,
    /// The last age a dose counts for this step and a missed one is proposed (none: no limit).
    until: Option<i32>,
    /// Months after the previous dose of the series before this one is due.
    #[serde(default)]
    interval: i32,
}

/// A catch-up that replaces the routine doses once their ages have passed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatchUpRule {
    from: i32,
    until: Option<i32>,
    /// Only for people born on or after this date (`YYYY-MM-DD`).
    born_from: Option<String>,
    doses: u32,
    /// Doses given from this age count.
    count_from: i32,
    started_before: Option<StartedBefore>,
}

/// Fewer doses for people whose first dose came before `age`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StartedBefore {
    age: i32,
    doses: u32,
}

/// Adult boosters at fixed ages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Boosters {
    from: i32,
    ages: Vec<i32>,
    min_interval: i32,
    catch_up: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Seasonal {
    campaign: String,
    /// The youngest age the campaign is for.
    from: i32,
}

/// A yearly campaign: month-day of its start, end (in the next year when earlier than the
/// start) and from when a dose counts for it (`MM-DD`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CampaignRule {
    id: String,
    start: String,
    end: String,
    counts_from: String,
}

/// What the schedule says about one series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    /// A dose whose age has come (since `since`, scheduled at `at_age_months`).
    Due { since: Date, at_age_months: i32 },
    /// A childhood dose missed recently: due since `since`.
    Overdue { since: Date, at_age_months: i32 },
    /// Missed, and still recommended at this age: `doses` to catch up ("à rattraper"), scheduled
    /// at `at_age_months` (none when the catch-up replaces a whole childhood schedule).
    CatchUp { doses: u32, at_age_months: Option<i32> },
    /// No vaccination is recorded at all: recommended at this age if not already done — a dose
    /// scheduled at `at_age_months`, or (`catch_up`) a catch-up of `doses` for someone not
    /// vaccinated.
    ToCheck { catch_up: bool, at_age_months: Option<i32>, doses: Option<u32> },
    /// A seasonal campaign is on (until `until`) and no dose was given this season.
    Campaign { campaign: String, until: Date },
    /// Outside the campaign: the next one starts on `from`.
    NextCampaign { campaign: String, from: Date },
}

impl Advice {
    /// Most urgent first.
    fn rank(&self) -> u8 {
        match self {
            Advice::Overdue { .. } => 0,
            Advice::Due { .. } => 1,
            Advice::Campaign { .. } => 2,
            Advice::CatchUp { .. } => 3,
            Advice::ToCheck { .. } => 4,
            Advice::NextCampaign { .. } => 5,
        }
    }
}

/// Advice about one series; its name is the Fluent message `vaccine-series-<series>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub series: String,
    pub advice: Advice,
}

impl Pending {
    /// Something to do now or to check (not an announcement of a later campaign).
    pub fn is_to_do(&self) -> bool {
        !matches!(self.advice, Advice::NextCampaign { .. })
    }
}

/// The history the advice is based on.
#[derive(Debug, Clone, Copy)]
pub enum History<'a> {
    /// Nothing at all is recorded: the person may be vaccinated without it being written here.
    Unknown,
    /// The vaccinations recorded: CVX code and date.
    Recorded(&'a [(&'a str, Date)]),
}

/// The schedule's advice for one person on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendations {
    /// Whether any vaccination is recorded (otherwise: "ask your doctor", see [`Advice::ToCheck`]).
    pub history_recorded: bool,
    /// Vaccinations of the record the schedule cannot read (coded in another system than CVX):
    /// the advice may miss them.
    pub unreadable: usize,
    /// Most urgent first.
    pub pending: Vec<Pending>,
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

/// Whole months from `from` to `to` (negative when `to` is earlier).
fn months_between(from: Date, to: Date) -> i32 {
    from.until((Unit::Month, to)).map(|span| span.get_months()).unwrap_or(0)
}

fn plus_months(date: Date, months: i32) -> Date {
    date.checked_add(Span::new().months(months)).unwrap_or(date)
}

/// `MM-DD` in `year` (29 February falls back to the 28th).
fn month_day(text: &str, year: i16) -> Option<Date> {
    let (month, day) = text.split_once('-')?;
    let (month, day): (i8, i8) = (month.parse().ok()?, day.parse().ok()?);
    Date::new(year, month, day).or_else(|_| Date::new(year, month, day - 1)).ok()
}

impl CampaignRule {
    /// The campaign starting in `year`: (start, end, counts from).
    fn in_year(&self, year: i16) -> Option<(Date, Date, Date)> {
        let start = month_day(&self.start, year)?;
        let mut end = month_day(&self.end, year)?;
        if end < start {
            end = month_day(&self.end, year + 1)?;
        }
        Some((start, end, month_day(&self.counts_from, year)?))
    }

    /// The campaign `today` is in, if any.
    fn current(&self, today: Date) -> Option<(Date, Date, Date)> {
        [today.year() - 1, today.year()]
            .into_iter()
            .filter_map(|y| self.in_year(y))
            .find(|(start, end, _)| *start <= today && today <= *end)
    }

    /// The start of the next campaign after `today`.
    fn next_start(&self, today: Date) -> Option<Date> {
        [today.year(), today.year() + 1].into_iter().filter_map(|y| self.in_year(y)).map(|c| c.0).find(|s| *s > today)
    }
}

impl Schedule {
    /// What the schedule advises on `today` for someone born on `birth` with `history`, most
    /// urgent first.
    pub fn advise(&self, birth: Date, today: Date, history: History<'_>) -> Recommendations {
        let given: &[(&str, Date)] = match history {
            History::Unknown => &[],
            History::Recorded(given) => given,
        };
        let mut pending = Vec::new();
        for rule in &self.series {
            let mut doses: Vec<Date> = given
                .iter()
                .filter(|(code, date)| *date <= today && rule.codes.iter().any(|c| same_code(c, code)))
                .map(|(_, date)| *date)
                .collect();
            doses.sort();
            let advice = if rule.seasonal.is_empty() {
                rule.advise(birth, today, &doses)
            } else {
                self.seasonal(rule, birth, today, &doses)
            };
            if let Some(advice) = advice {
                let advice = match history {
                    History::Recorded(_) => advice,
                    History::Unknown => unknown_history(advice),
                };
                pending.push(Pending { series: rule.id.clone(), advice });
            }
        }
        pending.sort_by_key(|p| p.advice.rank());
        Recommendations { history_recorded: matches!(history, History::Recorded(_)), unreadable: 0, pending }
    }

    /// A seasonal series: the campaign on now (unless a dose was given this season), else the
    /// next campaign the person will be old enough for.
    fn seasonal(&self, rule: &SeriesRule, birth: Date, today: Date, doses: &[Date]) -> Option<Advice> {
        let age_on = |day: Date| months_between(birth, day);
        let mut next: Option<(Date, &str)> = None;
        for seasonal in &rule.seasonal {
            let campaign = self.campaigns.iter().find(|c| c.id == seasonal.campaign)?;
            if let Some((_, end, counts_from)) = campaign.current(today) {
                if age_on(today) >= seasonal.from {
                    if doses.iter().any(|d| *d >= counts_from) {
                        return None;
                    }
                    return Some(Advice::Campaign { campaign: campaign.id.clone(), until: end });
                }
            }
            if let Some(start) = campaign.next_start(today) {
                if age_on(start) >= seasonal.from && next.is_none_or(|(soonest, _)| start < soonest) {
                    next = Some((start, campaign.id.as_str()));
                }
            }
        }
        next.map(|(from, campaign)| Advice::NextCampaign { campaign: campaign.into(), from })
    }

    /// Whether a CVX code counts in some series.
    pub fn knows(&self, code: &str) -> bool {
        self.series.iter().any(|s| s.codes.iter().any(|c| same_code(c, code)))
    }

    /// The ids of every series (each needs a `vaccine-series-<id>` message).
    pub fn series_ids(&self) -> impl Iterator<Item = &str> {
        self.series.iter().map(|s| s.id.as_str())
    }

    /// The ids of every campaign (each needs its `vaccination-campaign-*-<id>` messages).
    pub fn campaign_ids(&self) -> impl Iterator<Item = &str> {
        self.campaigns.iter().map(|c| c.id.as_str())
    }
}

/// Without any recorded vaccination nothing can be said overdue or missed: what the schedule
/// recommends at this age is to be checked with a doctor.
fn unknown_history(advice: Advice) -> Advice {
    match advice {
        Advice::Due { at_age_months, .. } | Advice::Overdue { at_age_months, .. } => {
            Advice::ToCheck { catch_up: false, at_age_months: Some(at_age_months), doses: None }
        }
        Advice::CatchUp { doses, at_age_months } => {
            Advice::ToCheck { catch_up: true, at_age_months, doses: Some(doses) }
        }
        seasonal => seasonal,
    }
}

impl SeriesRule {
    /// The routine steps, then their catch-up, then the adult boosters: the first thing that
    /// applies at this age (one piece of advice per series).
    fn advise(&self, birth: Date, today: Date, doses: &[Date]) -> Option<Advice> {
        let age = months_between(birth, today);
        let age_at = |date: Date| months_between(birth, date);
        // Each dose counts once, for the first unmet step whose window holds the age it was given at.
        let mut used = vec![false; doses.len()];
        let met: Vec<Option<Date>> = self
            .steps
            .iter()
            .map(|step| {
                let at = doses.iter().enumerate().position(|(i, d)| {
                    let a = age_at(*d);
                    !used[i] && a >= step.earliest && step.until.is_none_or(|u| a <= u)
                })?;
                used[at] = true;
                Some(doses[at])
            })
            .collect();
        // Steps before this age were caught up (or their catch-up is met).
        let mut settled_before = i32::MIN;
        for (i, step) in self.steps.iter().enumerate() {
            if met[i].is_some() || step.due < settled_before {
                continue;
            }
            // Due at its age, and not before `interval` months after the previous dose.
            let scheduled = plus_months(birth, step.due);
            let since = match i.checked_sub(1).and_then(|p| met[p]) {
                Some(previous) => scheduled.max(plus_months(previous, step.interval)),
                None => scheduled,
            };
            if today < since {
                return None;
            }
            if step.until.is_none_or(|u| age <= u) {
                let at_age_months = age_at(since);
                let shift = at_age_months - step.due;
                if step.catch_up.is_some_and(|c| age >= c + shift) {
                    let reach = step.until.unwrap_or(i32::MAX);
                    let doses =
                        (i..self.steps.len()).filter(|j| met[*j].is_none() && self.steps[*j].due <= reach).count();
                    return Some(Advice::CatchUp { doses: doses as u32, at_age_months: Some(at_age_months) });
                }
                if step.overdue.is_some_and(|o| age >= o + shift) {
                    return Some(Advice::Overdue { since, at_age_months });
                }
                return Some(Advice::Due { since, at_age_months });
            }
            // The step's ages have passed: its catch-up, if one is still recommended at this age.
            let Some(rule) = self.catch_up.iter().find(|r| r.from > step.due && r.applies(birth, age)) else {
                continue;
            };
            let counted = doses.iter().filter(|d| age_at(**d) >= rule.count_from).count() as u32;
            let needed = match &rule.started_before {
                Some(early) if doses.first().is_some_and(|d| age_at(*d) < early.age) => early.doses,
                _ => rule.doses,
            };
            if counted < needed {
                return Some(Advice::CatchUp { doses: needed - counted, at_age_months: None });
            }
            settled_before = rule.from;
        }
        let boosters = self.boosters.as_ref().filter(|b| age >= b.from)?;
        // The next fixed age far enough from the last dose; without any dose, the latest passed.
        let next = match doses.last() {
            Some(last) => *boosters.ages.iter().find(|a| **a >= age_at(*last) + boosters.min_interval)?,
            None => *boosters.ages.iter().rev().find(|a| **a <= age)?,
        };
        if age < next {
            None
        } else if age < next + boosters.catch_up {
            Some(Advice::Due { since: plus_months(birth, next), at_age_months: next })
        } else {
            Some(Advice::CatchUp { doses: 1, at_age_months: Some(next) })
        }
    }
}

impl CatchUpRule {
    fn applies(&self, birth: Date, age: i32) -> bool {
        let born = self.born_from.as_deref().and_then(|d| d.parse::<Date>().ok());
        age >= self.from && self.until.is_none_or(|u| age <= u) && born.is_none_or(|from| birth >= from)
    }
}

#[cfg(test)]
mod tests;
