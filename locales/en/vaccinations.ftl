# Vaccinations: the schedule's advice (issue 16), the printed record, codes of names sent by publishers.

vaccination-catch-up = To catch up
vaccination-to-check = To check
vaccination-this-season = This season
vaccination-next-campaign = Next campaign
vaccination-doses-to-catch-up = { $doses ->
    [one] 1 dose to catch up
   *[other] { $doses } doses to catch up
}
vaccination-to-check-catch-up = Catch-up recommended if not vaccinated: { $doses ->
    [one] 1 dose
   *[other] { $doses } doses
}
vaccination-to-check-at-age = Recommended at this age, unless already given.
vaccination-campaign-now-autumn = The autumn campaign is on, until the end of January.
vaccination-campaign-now-spring = The spring campaign is on, until mid-June.
vaccination-campaign-next-autumn = From mid-October { $year }.
vaccination-campaign-next-spring = From mid-April { $year }.
vaccinations-none-recorded = No vaccination is recorded in this record. Ask your doctor to check the vaccinations (bring the paper health record if you have it).
vaccinations-none-recorded-professional = No vaccination is recorded in this record: vaccination status unknown, to be checked.
vaccinations-unreadable = { $count ->
    [one] One vaccination in this record is coded in another system than CVX: the schedule cannot take it into account. Have this advice checked by your doctor.
   *[other] { $count } vaccinations in this record are coded in another system than CVX: the schedule cannot take them into account. Have this advice checked by your doctor.
}
vaccinations-at-this-age = What the schedule recommends at this age, unless already done:
vaccinations-birth-date = Date of birth: { $date }
vaccinations-health-id = INS: { $ins }
vaccinations-printed = Printed on { $date } from Carnet.

vaccine-rule-dtp = Infants: 2, 4 and 11 months. Boosters at 6 years, between 11 and 13, then at 25 (with pertussis), 45, 65 and every 10 years after that. A missed booster is caught up as soon as possible.
vaccine-rule-hib = 2, 4 and 11 months. Catch-up until 5 years of age.
vaccine-rule-hepb = 2, 4 and 11 months. Catch-up until the age of 15 included (3 doses, or 2 doses between 11 and 15).
vaccine-rule-pneumo-child = 2, 4 and 11 months. No catch-up after 2 years, except in particular situations.
vaccine-rule-menb = 3, 5 and 12 months, starting before 2 years of age.
vaccine-rule-men-acwy = 6 and 12 months. One dose between 11 and 14, whatever the earlier vaccinations; catch-up from 15 up to the 25th birthday.
vaccine-rule-mmr = 12 months, then between 16 and 18 months. Catch-up: 2 doses in all for everyone born since 1980.
vaccine-rule-rotavirus = 2 and 3 months (or 2, 3 and 4 months depending on the vaccine), completed before 6 months.
vaccine-rule-hpv = Girls and boys aged 11 to 14: 2 doses. Catch-up from 15 up to the 27th birthday: 3 doses.
vaccine-rule-pneumo-adult = One dose from 65 years of age.
vaccine-rule-zoster = From 65 years of age: 2 doses 2 months apart.
vaccine-rule-influenza = Every year from 65, during the autumn campaign (in mainland France, mid-October to the end of January).
vaccine-rule-covid-19 = Every autumn from 65, during the campaign; one more dose in spring from 80.

code-loinc = LOINC code { $code }
code-cvx = CVX code { $code }
code-snomed = SNOMED CT code { $code }
code-rxnorm = RxNorm code { $code }
code-atc = ATC code { $code }
code-dicom = DICOM code { $code }
code-other = code { $code }

## Vaccinations
vaccinations-title = My vaccinations
vaccinations-due-title = To do
vaccinations-history-title = Vaccinations received
vaccinations-empty = No vaccinations recorded.
vaccinations-up-to-date = Nothing to do for now according to the vaccination schedule.
vaccinations-no-birth-date = Your birth date is not known, so the vaccinations to do cannot be worked out.
vaccinations-source = According to the { $source }. Your doctor may recommend other vaccinations.
vaccinations-print-hint = To print your vaccination record, use your browser's Print command.
vaccination-overdue = Overdue
vaccination-due = Due
vaccination-since = since { $date }
vaccination-scheduled = Scheduled { $age }
vaccination-age-months = at { $months } months
vaccination-age-years = at { $years } years
vaccination-vaccine = Vaccine
vaccination-date = Date
vaccination-dose = Dose
vaccination-lot = Lot
vaccination-by = By
vaccine-series-dtp = Diphtheria, tetanus, polio (and pertussis)
vaccine-series-hib = Haemophilus influenzae type b
vaccine-series-hepb = Hepatitis B
vaccine-series-pneumo-child = Pneumococcus (infants)
vaccine-series-menb = Meningococcus B
vaccine-series-men-acwy = Meningococci ACWY
vaccine-series-mmr = Measles, mumps, rubella (MMR)
vaccine-series-rotavirus = Rotavirus
vaccine-series-hpv = Human papillomavirus (HPV)
vaccine-series-pneumo-adult = Pneumococcus (65 and over)
vaccine-series-zoster = Shingles
vaccine-series-influenza = Influenza (every year)
vaccine-series-covid-19 = COVID-19 (every year)
