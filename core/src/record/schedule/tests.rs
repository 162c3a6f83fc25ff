//! The schedule's advice at ages 0, 2, 15, 42 and 70, each with a history and with none, and
//! the seasonal campaigns. Each test names the answer it expects and checks the whole list.

use super::*;
use jiff::civil::date;

fn advise(birth: Date, today: Date, given: &[(&str, Date)]) -> Vec<(String, Advice)> {
    let recommendations = french().advise(birth, today, History::Recorded(given));
    assert!(recommendations.history_recorded);
    recommendations.pending.into_iter().map(|p| (p.series, p.advice)).collect()
}

fn advise_unknown(birth: Date, today: Date) -> Vec<(String, Advice)> {
    let recommendations = french().advise(birth, today, History::Unknown);
    assert!(!recommendations.history_recorded);
    recommendations.pending.into_iter().map(|p| (p.series, p.advice)).collect()
}

fn item(series: &str, advice: Advice) -> (String, Advice) {
    (series.to_string(), advice)
}

fn to_check_at(series: &str, months: i32) -> (String, Advice) {
    item(series, Advice::ToCheck { catch_up: false, at_age_months: Some(months), doses: None })
}

fn to_catch_up_if_not_vaccinated(series: &str, doses: u32) -> (String, Advice) {
    item(series, Advice::ToCheck { catch_up: true, at_age_months: None, doses: Some(doses) })
}

fn catch_up(series: &str, doses: u32, at: Option<i32>) -> (String, Advice) {
    item(series, Advice::CatchUp { doses, at_age_months: at })
}

fn next_autumn_campaign(series: &str, from: Date) -> (String, Advice) {
    item(series, Advice::NextCampaign { campaign: "autumn".into(), from })
}

fn campaign(series: &str, campaign: &str, until: Date) -> (String, Advice) {
    item(series, Advice::Campaign { campaign: campaign.into(), until })
}

#[test]
fn the_data_file_is_complete() {
    let schedule = french();
    assert!(schedule.source.contains("2025"));
    for rule in &schedule.series {
        assert!(!rule.codes.is_empty(), "{}", rule.id);
        let kinds = [!rule.steps.is_empty(), !rule.seasonal.is_empty()];
        assert!(kinds.iter().filter(|k| **k).count() == 1, "{}: steps or seasonal, one of them", rule.id);
        for s in &rule.steps {
            assert!(s.earliest <= s.due, "{}: {s:?}", rule.id);
            for later in [s.overdue, s.catch_up].into_iter().flatten() {
                assert!(s.due < later && s.until.is_none_or(|u| later <= u), "{}: {s:?}", rule.id);
            }
        }
        for c in &rule.catch_up {
            assert!(c.until.is_none_or(|u| c.from <= u) && c.doses > 0, "{}: {c:?}", rule.id);
            assert!(c.born_from.as_deref().is_none_or(|d| d.parse::<Date>().is_ok()), "{}: {c:?}", rule.id);
        }
        for s in &rule.seasonal {
            assert!(schedule.campaigns.iter().any(|c| c.id == s.campaign), "{}: {s:?}", rule.id);
        }
    }
    for c in &schedule.campaigns {
        assert!(c.in_year(2026).is_some(), "{c:?}");
    }
}

// Age 0 (3 months old).

#[test]
fn at_3_months_with_the_2_month_doses_given_menb_and_the_second_rotavirus_dose_are_due() {
    let birth = date(2026, 3, 10);
    let two_months = date(2026, 5, 12);
    let given = [("146", two_months), ("133", two_months), ("119", two_months)];
    assert_eq!(
        advise(birth, date(2026, 6, 20), &given),
        vec![
            item("menb", Advice::Due { since: date(2026, 6, 10), at_age_months: 3 }),
            // A month after the first dose, which was given two days past 2 months.
            item("rotavirus", Advice::Due { since: date(2026, 6, 12), at_age_months: 3 }),
        ]
    );
}

#[test]
fn at_3_months_with_nothing_recorded_the_doses_of_2_and_3_months_are_to_check_not_overdue() {
    assert_eq!(
        advise_unknown(date(2026, 3, 10), date(2026, 6, 20)),
        vec![
            to_check_at("dtp", 2),
            to_check_at("hib", 2),
            to_check_at("hepb", 2),
            to_check_at("pneumo-child", 2),
            to_check_at("menb", 3),
            to_check_at("rotavirus", 2),
        ]
    );
}

#[test]
fn at_3_months_with_only_a_birth_dose_of_hepatitis_b_the_2_month_doses_are_overdue_since_their_date() {
    let birth = date(2026, 3, 10);
    let overdue = |series| item(series, Advice::Overdue { since: date(2026, 5, 10), at_age_months: 2 });
    // The birth dose of hepatitis B makes its next dose due at 4 months: not yet.
    assert_eq!(
        advise(birth, date(2026, 6, 20), &[("08", birth)]),
        vec![
            overdue("dtp"),
            overdue("hib"),
            overdue("pneumo-child"),
            overdue("rotavirus"),
            item("menb", Advice::Due { since: date(2026, 6, 10), at_age_months: 3 }),
        ]
    );
}

#[test]
fn a_newborn_has_nothing_due_before_2_months() {
    assert_eq!(advise_unknown(date(2026, 6, 10), date(2026, 7, 20)), vec![]);
}

// Age 2.

/// Every infant dose given on time except the second MMR.
fn infant_history() -> Vec<(&'static str, Date)> {
    let mut given = Vec::new();
    for day in [date(2024, 3, 15), date(2024, 5, 15), date(2024, 12, 15)] {
        given.extend([("146", day), ("133", day)]);
    }
    for day in [date(2024, 4, 15), date(2024, 6, 15), date(2025, 1, 15)] {
        given.push(("163", day));
    }
    given.extend([
        ("203", date(2024, 7, 15)),
        ("203", date(2025, 1, 15)),
        ("03", date(2025, 1, 15)),
        ("119", date(2024, 3, 15)),
        ("119", date(2024, 4, 15)),
    ]);
    given
}

#[test]
fn at_2_years_with_one_mmr_dose_the_second_is_to_catch_up_and_nothing_else_is_pending() {
    let birth = date(2024, 1, 15);
    assert_eq!(advise(birth, date(2026, 3, 1), &infant_history()), vec![catch_up("mmr", 1, None)]);
}

#[test]
fn at_22_months_the_missed_second_mmr_dose_is_overdue_since_16_months() {
    let birth = date(2024, 1, 15);
    assert_eq!(
        advise(birth, date(2025, 11, 20), &infant_history()),
        vec![item("mmr", Advice::Overdue { since: date(2025, 5, 15), at_age_months: 16 })]
    );
}

#[test]
fn at_2_years_with_nothing_recorded_the_catch_ups_still_recommended_are_to_check() {
    // Pneumococcus, meningococcus B and rotavirus are not caught up after 2 years.
    assert_eq!(
        advise_unknown(date(2024, 1, 15), date(2026, 3, 1)),
        vec![
            to_catch_up_if_not_vaccinated("dtp", 3),
            to_catch_up_if_not_vaccinated("hib", 1),
            to_catch_up_if_not_vaccinated("hepb", 3),
            to_catch_up_if_not_vaccinated("men-acwy", 1),
            to_catch_up_if_not_vaccinated("mmr", 2),
        ]
    );
}

// Age 15.

#[test]
fn at_15_the_adolescent_dtp_booster_meningococcal_acwy_and_the_second_hpv_dose_are_to_catch_up() {
    let birth = date(2011, 5, 20);
    let mut given = Vec::new();
    for day in [date(2011, 7, 20), date(2011, 9, 20), date(2012, 4, 20)] {
        given.extend([("146", day), ("133", day)]);
    }
    given.extend([
        ("103", date(2012, 5, 20)),
        ("03", date(2012, 5, 20)),
        ("03", date(2012, 9, 20)),
        ("130", date(2017, 6, 1)),
        // One HPV dose at 12: the 2-dose schedule applies, one dose is left.
        ("165", date(2023, 9, 15)),
    ]);
    assert_eq!(
        advise(birth, date(2026, 7, 1), &given),
        vec![catch_up("dtp", 1, Some(132)), catch_up("men-acwy", 1, Some(132)), catch_up("hpv", 1, None)]
    );
}

#[test]
fn at_15_with_nothing_recorded_hepatitis_b_mmr_hpv_and_the_rest_are_to_check_hib_is_no_longer_proposed() {
    assert_eq!(
        advise_unknown(date(2011, 5, 20), date(2026, 7, 1)),
        vec![
            to_catch_up_if_not_vaccinated("dtp", 3),
            to_catch_up_if_not_vaccinated("hepb", 3),
            item("men-acwy", Advice::ToCheck { catch_up: true, at_age_months: Some(132), doses: Some(1) }),
            to_catch_up_if_not_vaccinated("mmr", 2),
            to_catch_up_if_not_vaccinated("hpv", 3),
        ]
    );
}

#[test]
fn hepatitis_b_is_caught_up_until_15_and_hpv_until_26_not_after() {
    let birth = date(2000, 1, 1);
    let given = [("146", date(2000, 3, 1))];
    let at = |y, m| advise(birth, date(y, m, 1), &given).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
    assert!(at(2015, 12).contains(&"hepb".to_string()), "15 years 11 months: still");
    assert!(!at(2016, 1).contains(&"hepb".to_string()), "16: no longer");
    assert!(at(2026, 12).contains(&"hpv".to_string()), "26 years 11 months: still");
    assert!(!at(2027, 1).contains(&"hpv".to_string()), "27: no longer");
    assert!(at(2024, 12).contains(&"men-acwy".to_string()), "24: meningococcal ACWY still");
    assert!(!at(2025, 1).contains(&"men-acwy".to_string()), "25: no longer");
}

// Age 42.

/// The demo patient's history: one MMR dose, hepatitis B at 12, the booster at 25, COVID-19.
fn forty_two_year_old_history() -> Vec<(&'static str, Date)> {
    vec![
        ("03", date(1985, 3, 20)),
        ("08", date(1996, 10, 2)),
        ("08", date(1996, 11, 4)),
        ("08", date(1997, 4, 7)),
        ("115", date(2009, 5, 12)),
        ("208", date(2021, 6, 3)),
        ("208", date(2021, 7, 8)),
    ]
}

#[test]
fn at_42_born_in_1984_with_one_mmr_dose_one_dose_is_to_catch_up_and_nothing_is_overdue_since_1985() {
    let birth = date(1984, 3, 2);
    assert_eq!(advise(birth, date(2026, 7, 1), &forty_two_year_old_history()), vec![catch_up("mmr", 1, None)]);
    // In the flu campaign too: at 42 neither flu nor COVID-19 is proposed (only from 65).
    assert_eq!(advise(birth, date(2026, 11, 20), &forty_two_year_old_history()), vec![catch_up("mmr", 1, None)]);
    // The booster given at 25 makes the next one due at 45.
    assert_eq!(
        advise(birth, date(2029, 4, 1), &forty_two_year_old_history()),
        vec![item("dtp", Advice::Due { since: date(2029, 3, 2), at_age_months: 540 }), catch_up("mmr", 1, None)]
    );
}

#[test]
fn at_42_with_nothing_recorded_two_mmr_doses_if_not_vaccinated_and_the_adult_booster_are_to_check() {
    assert_eq!(
        advise_unknown(date(1984, 3, 2), date(2026, 7, 1)),
        vec![
            item("dtp", Advice::ToCheck { catch_up: true, at_age_months: Some(300), doses: Some(1) }),
            to_catch_up_if_not_vaccinated("mmr", 2),
        ]
    );
}

#[test]
fn people_born_before_1980_are_not_proposed_mmr() {
    // A booster at 43 (the next is at 65) and nothing else.
    let born_1979 = advise(date(1979, 12, 31), date(2026, 7, 1), &[("115", date(2023, 1, 1))]);
    assert_eq!(born_1979, vec![]);
}

#[test]
fn adult_boosters_follow_25_45_65_then_every_10_years_and_a_late_one_moves_the_next() {
    let birth = date(1960, 5, 1);
    // Boosters at 25 and 45, then nothing: at 67 the one of 65 is to catch up.
    let given = [("113", date(1985, 6, 1)), ("113", date(2005, 6, 1))];
    assert_eq!(advise(birth, date(2027, 6, 1), &given)[0], catch_up("dtp", 1, Some(780)));
    // Caught up at 62 (less than 5 years before 65): the next one is at 75.
    let given = [("113", date(2022, 6, 1))];
    let at_65 = advise(birth, date(2025, 6, 1), &given);
    assert!(!at_65.iter().any(|(s, _)| s == "dtp"), "{at_65:?}");
    assert_eq!(
        advise(birth, date(2035, 6, 1), &given)[0],
        item("dtp", Advice::Due { since: date(2035, 5, 1), at_age_months: 900 })
    );
}

// Age 70.

#[test]
fn at_70_in_july_the_second_zoster_dose_is_due_pneumococcus_is_to_catch_up_and_flu_and_covid_wait_for_october() {
    let birth = date(1956, 4, 10);
    let given = [
        ("113", date(2021, 5, 1)),
        ("140", date(2025, 10, 20)),
        ("208", date(2025, 10, 20)),
        ("187", date(2026, 5, 1)),
    ];
    assert_eq!(
        advise(birth, date(2026, 7, 1), &given),
        vec![
            item("zoster", Advice::Due { since: date(2026, 7, 1), at_age_months: 842 }),
            catch_up("pneumo-adult", 1, Some(780)),
            next_autumn_campaign("influenza", date(2026, 10, 15)),
            next_autumn_campaign("covid-19", date(2026, 10, 15)),
        ]
    );
}

#[test]
fn at_70_with_nothing_recorded_the_booster_pneumococcus_and_zoster_are_to_check_flu_and_covid_in_october() {
    assert_eq!(
        advise_unknown(date(1956, 4, 10), date(2026, 7, 1)),
        vec![
            item("dtp", Advice::ToCheck { catch_up: true, at_age_months: Some(780), doses: Some(1) }),
            item("pneumo-adult", Advice::ToCheck { catch_up: true, at_age_months: Some(780), doses: Some(1) }),
            item("zoster", Advice::ToCheck { catch_up: true, at_age_months: Some(780), doses: Some(2) }),
            next_autumn_campaign("influenza", date(2026, 10, 15)),
            next_autumn_campaign("covid-19", date(2026, 10, 15)),
        ]
    );
}

// Seasonal vaccines.

#[test]
fn in_the_autumn_campaign_flu_and_covid_are_recommended_at_76_when_not_given_this_season() {
    let birth = date(1950, 1, 1);
    let last_season = [("140", date(2025, 10, 20)), ("208", date(2025, 10, 20))];
    assert_eq!(
        advise(birth, date(2026, 11, 20), &last_season)[..2],
        [campaign("influenza", "autumn", date(2027, 1, 31)), campaign("covid-19", "autumn", date(2027, 1, 31))]
    );
    // Still in the campaign in January.
    assert_eq!(advise(birth, date(2027, 1, 10), &last_season)[0], campaign("influenza", "autumn", date(2027, 1, 31)));
}

#[test]
fn a_dose_given_this_season_meets_the_campaign() {
    let birth = date(1950, 1, 1);
    let given = [("140", date(2026, 10, 16)), ("208", date(2025, 10, 20))];
    let now = advise(birth, date(2026, 11, 20), &given);
    assert!(!now.iter().any(|(s, _)| s == "influenza"), "{now:?}");
    assert!(now.contains(&campaign("covid-19", "autumn", date(2027, 1, 31))), "{now:?}");
    // Given at the end of September, before the campaign opened: it counts for this season.
    let early = advise(birth, date(2027, 1, 10), &[("140", date(2026, 9, 28))]);
    assert!(!early.iter().any(|(s, _)| s == "influenza"), "{early:?}");
}

#[test]
fn out_of_season_flu_is_announced_for_the_next_campaign_never_overdue() {
    let birth = date(1950, 1, 1);
    let never = advise(birth, date(2026, 3, 1), &[("113", date(2020, 1, 1))]);
    assert!(never.contains(&next_autumn_campaign("influenza", date(2026, 10, 15))), "{never:?}");
    assert!(never.contains(&next_autumn_campaign("covid-19", date(2026, 10, 15))), "{never:?}");
    assert!(!never.iter().any(|(_, a)| matches!(a, Advice::Overdue { .. })), "{never:?}");
}

#[test]
fn covid_19_has_a_spring_campaign_from_80() {
    let birth = date(1940, 1, 1);
    let autumn_dose = [("208", date(2025, 10, 20))];
    assert!(advise(birth, date(2026, 5, 1), &autumn_dose).contains(&campaign("covid-19", "spring", date(2026, 6, 15))));
    let spring_dose = [("208", date(2025, 10, 20)), ("208", date(2026, 4, 20))];
    let met = advise(birth, date(2026, 5, 1), &spring_dose);
    assert!(!met.iter().any(|(s, _)| s == "covid-19"), "{met:?}");
    // At 76 the spring campaign is not for them: the next autumn one is.
    let younger = advise(date(1950, 1, 1), date(2026, 5, 1), &autumn_dose);
    assert!(younger.contains(&next_autumn_campaign("covid-19", date(2026, 10, 15))), "{younger:?}");
}

#[test]
fn someone_turning_65_during_the_campaign_is_proposed_it_from_their_birthday() {
    let birth = date(1961, 12, 1);
    let before = advise(birth, date(2026, 11, 20), &[("113", date(2020, 1, 1))]);
    assert!(before.contains(&next_autumn_campaign("influenza", date(2027, 10, 15))), "{before:?}");
    let after = advise(birth, date(2026, 12, 5), &[("113", date(2020, 1, 1))]);
    assert!(after.contains(&campaign("influenza", "autumn", date(2027, 1, 31))), "{after:?}");
}

#[test]
fn overdue_items_come_first_and_the_code_format_does_not_matter() {
    let birth = date(1986, 1, 27);
    // "09" and "9" are one code: a Td at 38 counts as the adult booster, the next is at 45.
    let now = advise(birth, date(2026, 11, 22), &[("9", date(2024, 3, 1))]);
    assert!(!now.iter().any(|(s, _)| s == "dtp"), "{now:?}");
    let infant = advise(date(2026, 3, 10), date(2026, 6, 20), &[("08", date(2026, 3, 10))]);
    assert!(infant.windows(2).all(|w| w[0].1.rank() <= w[1].1.rank()), "{infant:?}");
}
