//! Prevention: the screenings and check-ups the French national programmes recommend by age and
//! sex (`prevention_fr.json`, read once, like the vaccination schedule), and for one record which
//! are due, done (a matching result, procedure or encounter is in the record) or coming soon.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::access::Access;
use crate::Result;

use crate::fhir::LOINC_SYSTEM as LOINC;
use crate::fhir::SNOMED_SYSTEM as SNOMED;

/// The programme as the data file holds it.
#[derive(Debug, Deserialize)]
pub struct Programme {
    /// Where the rules come from, shown under the advice.
    pub source: String,
    /// How many years ahead a check is announced ("from 50").
    pub soon_years: i16,
    pub checks: Vec<Rule>,
}

/// One check: whom it concerns, between which ages, how often, and what shows it was done.
#[derive(Debug, Deserialize)]
pub struct Rule {
    pub id: String,
    /// `female` or `male`; `None`: everyone.
    #[serde(default)]
    pub sex: Option<String>,
    pub from: i16,
    pub until: i16,
    /// Years between two checks; `None`: once in the age window.
    #[serde(default)]
    pub every: Option<i16>,
    #[serde(default)]
    pub loinc: Vec<String>,
    #[serde(default)]
    pub snomed: Vec<String>,
}

impl Rule {
    fn shown_by(&self, system: &str, code: &str) -> bool {
        (system == LOINC && self.loinc.iter().any(|c| c == code))
            || (system == SNOMED && self.snomed.iter().any(|c| c == code))
    }
}

/// The French programme.
pub fn french() -> &'static Programme {
    static PROGRAMME: OnceLock<Programme> = OnceLock::new();
    PROGRAMME
        .get_or_init(|| serde_json::from_str(include_str!("prevention_fr.json")).expect("prevention_fr.json is valid"))
}

/// Where a check stands for one person today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// To do now: never done in this age window, or the last one is too old (`last`).
    Due { last: Option<jiff::civil::Date> },
    /// Done on `on`; the next one from `next` (none: once in the window).
    Done { on: jiff::civil::Date, next: Option<jiff::civil::Date> },
    /// Not yet: from the `at` birthday.
    Soon { at: i16 },
}

/// One check's advice: which rule, where it stands, and whether it concerns only one sex the
/// record does not say (then the page says whom it is for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub id: String,
    pub status: Status,
    pub from: i16,
    pub until: i16,
    pub every: Option<i16>,
    /// `female`/`male` when the check concerns only them and the record's gender is unknown.
    pub only_for: Option<String>,
}

impl Advice {
    pub fn is_due(&self) -> bool {
        matches!(self.status, Status::Due { .. })
    }
}

/// A code found in the record and the last day it was done (a result's or a procedure's date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub system: String,
    pub code: String,
    pub on: jiff::civil::Date,
}

impl Programme {
    /// The advice for someone born on `birth`, of gender `gender` (FHIR codes; `None` or
    /// `other`/`unknown`: not known), on `today`, given what was `done`. Checks whose window is
    /// past, or more than [`Programme::soon_years`] ahead, are left out.
    pub fn advise(
        &self,
        birth: jiff::civil::Date,
        gender: Option<&str>,
        today: jiff::civil::Date,
        done: &[Done],
    ) -> Vec<Advice> {
        let Ok(age) = birth.until((jiff::Unit::Year, today)).map(|span| span.get_years()) else {
            return Vec::new();
        };
        let known = gender.filter(|g| matches!(*g, "female" | "male"));
        let mut advice = Vec::new();
        for rule in &self.checks {
            let only_for = match (&rule.sex, known) {
                (Some(sex), Some(gender)) if sex != gender => continue,
                (Some(sex), None) => Some(sex.clone()),
                _ => None,
            };
            let status = if age > rule.until {
                continue;
            } else if age < rule.from {
                if rule.from - age > self.soon_years {
                    continue;
                }
                Status::Soon { at: rule.from }
            } else {
                let window_start = birth.checked_add(jiff::Span::new().years(rule.from)).unwrap_or(birth);
                let last = done
                    .iter()
                    .filter(|d| d.on >= window_start && d.on <= today && rule.shown_by(&d.system, &d.code))
                    .map(|d| d.on)
                    .max();
                match (last, rule.every) {
                    (Some(on), Some(every)) => {
                        let next = on.checked_add(jiff::Span::new().years(every)).unwrap_or(on);
                        // No next one announced past the programme's last age.
                        let window_end = birth.checked_add(jiff::Span::new().years(rule.until + 1)).unwrap_or(next);
                        if next > today {
                            Status::Done { on, next: (next < window_end).then_some(next) }
                        } else {
                            Status::Due { last: Some(on) }
                        }
                    }
                    (Some(on), None) => Status::Done { on, next: None },
                    (None, _) => Status::Due { last: None },
                }
            };
            advice.push(Advice {
                id: rule.id.clone(),
                status,
                from: rule.from,
                until: rule.until,
                every: rule.every,
                only_for,
            });
        }
        // What is due first, then what is done, then what is coming.
        advice.sort_by_key(|a| match a.status {
            Status::Due { .. } => 0,
            Status::Done { .. } => 1,
            Status::Soon { .. } => 2,
        });
        advice
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.checks.iter().map(|c| c.id.as_str())
    }
}

/// What the record shows was done: the last date of each coded result, and of each coded
/// procedure or encounter that took place (not planned, cancelled or not done; not withdrawn),
/// up to now, in the clinic's zone.
pub async fn done<K>(access: &mut Access<K>, zone: &jiff::tz::TimeZone) -> Result<Vec<Done>> {
    let (tx, grant) = access.parts();
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT s.code_system, s.code, MAX(r.effective_at) FROM results r JOIN result_series s ON s.id = r.series_id \
         WHERE r.patient_id = $1 AND r.withdrawn_at IS NULL AND s.code_system = $2 AND r.effective_at <= $4 \
         GROUP BY s.code_system, s.code \
         UNION ALL \
         SELECT p.code_system, p.code, MAX(COALESCE(p.started_at, p.recorded_at)) FROM profile_items p \
         WHERE p.patient_id = $1 AND p.withdrawn_at IS NULL AND p.kind IN ('procedure', 'encounter') \
         AND p.status IN ('completed', 'in-progress', 'finished', 'arrived', 'onleave', 'unknown') \
         AND p.code_system = $3 AND COALESCE(p.started_at, p.recorded_at) <= $4 GROUP BY p.code_system, p.code",
    )
    .bind(grant.patient_id())
    .bind(LOINC)
    .bind(SNOMED)
    .bind(crate::clock::now_ms())
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(system, code, at)| {
            let on = jiff::Timestamp::from_millisecond(at).ok()?.to_zoned(zone.clone()).date();
            Some(Done { system, code, on })
        })
        .collect())
}

/// The advice for the record behind `access` on `today`: `None` when its birth date is unknown.
pub async fn advice<K>(
    access: &mut Access<K>,
    zone: &jiff::tz::TimeZone,
    today: jiff::civil::Date,
) -> Result<Option<Vec<Advice>>> {
    let profile = super::patients::profile(access).await?;
    let Some(birth) = profile.birth_date else { return Ok(None) };
    let done = done(access, zone).await?;
    Ok(Some(french().advise(birth, profile.gender.as_deref(), today, &done)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ids(advice: &[Advice]) -> Vec<(&str, &Status)> {
        advice.iter().map(|a| (a.id.as_str(), &a.status)).collect()
    }

    fn hpv(on: jiff::civil::Date) -> Done {
        Done { system: LOINC.into(), code: "21440-3".into(), on }
    }

    #[test]
    fn a_woman_of_42_is_due_a_cervical_screening_and_told_of_her_45_check_up() {
        let (birth, today) = (date(1984, 3, 2), date(2026, 12, 7));
        let advice = french().advise(birth, Some("female"), today, &[]);
        assert_eq!(
            ids(&advice),
            [("cervical-hpv", &Status::Due { last: None }), ("checkup-45-50", &Status::Soon { at: 45 })]
        );
        // Done three years ago: next in two; done six years ago: due again.
        let done = french().advise(birth, Some("female"), today, &[hpv(date(2023, 10, 1))]);
        assert_eq!(done[0].status, Status::Done { on: date(2023, 10, 1), next: Some(date(2028, 10, 1)) });
        let old = french().advise(birth, Some("female"), today, &[hpv(date(2020, 10, 1))]);
        assert_eq!(old[0].status, Status::Due { last: Some(date(2020, 10, 1)) });
        // Past the programme's last age, no next one is announced.
        let late = french().advise(
            date(1952, 6, 1),
            Some("female"),
            today,
            &[Done { system: LOINC.into(), code: "24606-6".into(), on: date(2026, 1, 10) }],
        );
        let breast = late.iter().find(|a| a.id == "breast").unwrap();
        assert_eq!(breast.status, Status::Done { on: date(2026, 1, 10), next: None });
        // A test done before the window opened does not count, nor a code of another system.
        let early = french().advise(birth, Some("female"), today, &[hpv(date(2010, 1, 1))]);
        assert_eq!(early[0].status, Status::Due { last: None });
        let other = Done { system: "urn:other".into(), code: "21440-3".into(), on: date(2025, 1, 1) };
        assert_eq!(french().advise(birth, Some("female"), today, &[other])[0].status, Status::Due { last: None });
    }

    #[test]
    fn sex_and_age_windows_decide_what_is_shown() {
        let today = date(2026, 12, 7);
        // A man of 55: colorectal only (no cervical or breast), then nothing past 75.
        let man = french().advise(date(1971, 6, 1), Some("male"), today, &[]);
        assert_eq!(man.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["colorectal", "checkup-60-65"]);
        assert!(french().advise(date(1940, 1, 1), Some("male"), today, &[]).is_empty());
        // Unknown gender: the women's checks, saying whom they are for.
        let unknown = french().advise(date(1971, 6, 1), None, today, &[]);
        let breast = unknown.iter().find(|a| a.id == "breast").unwrap();
        assert_eq!(breast.only_for.as_deref(), Some("female"));
        // The 25th birthday opens the window, the 66th closes it.
        let at_25 = french().advise(date(2001, 12, 7), Some("female"), today, &[]);
        assert!(at_25.iter().any(|a| a.id == "cervical-cytology" && a.is_due()));
        let at_24 = french().advise(date(2001, 12, 8), Some("female"), today, &[]);
        assert!(at_24.iter().any(|a| a.id == "cervical-cytology" && a.status == Status::Soon { at: 25 }));
        let at_66 = french().advise(date(1960, 12, 7), Some("female"), today, &[]);
        assert!(!at_66.iter().any(|a| a.id == "cervical-hpv"));
        // A check-up done once in its window stays done.
        let visit = Done { system: SNOMED.into(), code: "185349003".into(), on: date(2024, 3, 1) };
        let at_47 = french().advise(date(1979, 1, 1), Some("male"), today, &[visit]);
        let checkup = at_47.iter().find(|a| a.id == "checkup-45-50").unwrap();
        assert_eq!(checkup.status, Status::Done { on: date(2024, 3, 1), next: None });
    }
}
