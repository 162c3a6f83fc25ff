//! Appointments: a professional publishes availability (bad input refused), patients find them,
//! book, move and cancel (after a confirmation, with a reason the professional sees), with the
//! cut-off, the waiting list, the reminder and a calendar file that an independent RFC 5545
//! reader accepts (reminders, description, link, address with postcode and telephone); video
//! consultations are joined from the appointment's page; the agenda names its dates; Home
//! shows the next appointment; caregivers book within their scope and get a copy; and 200
//! patients racing for 10 slots through two server processes get exactly 10 bookings.

use std::io::BufReader;

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, professional};

crate::on_both_databases!(
    patients_book_move_and_cancel_and_are_told_with_a_calendar_file,
    video_consultations_are_joined_from_the_appointments_page,
    the_agenda_names_its_dates_and_today_is_today,
    caregivers_book_only_with_the_appointments_scope,
    two_hundred_patients_race_for_ten_slots,
    a_confirmation_survives_a_crash_before_it_is_sent,
    a_freed_slot_is_told_to_each_person_still_waiting_once,
);

/// A place in Paris, as the availability page's form sends it.
const PLACE: [(&str, &str); 6] = [
    ("name", "Cabinet"),
    ("address", "12 rue de la Paix"),
    ("postcode", "75002"),
    ("city", "Paris"),
    ("phone", "01.23.45.67.89"),
    ("zone", "Europe/Paris"),
];

/// Opens `professional`'s agenda: a place in Paris and every day 08:00–18:00 in 30-minute slots.
async fn open_agenda(professional: &Browser) {
    let place = professional.post_form("/agenda/places", &PLACE).await;
    assert_eq!(Browser::location(&place), "/agenda/availability?notice=place");
    let (_, page) = professional.page("/agenda/availability").await;
    let place_id = page.split("name=\"place\"").nth(1).and_then(|s| s.split("value=\"").nth(1)).unwrap();
    let place_id = place_id.split('"').next().unwrap().to_string();
    for weekday in 1..=7 {
        let weekday = weekday.to_string();
        let opening = professional
            .post_form(
                "/agenda/openings",
                &[
                    ("place", &place_id),
                    ("weekday", &weekday),
                    ("start", "08:00"),
                    ("end", "18:00"),
                    ("slot", "30"),
                    ("visit", "in-person"),
                ],
            )
            .await;
        assert_eq!(Browser::location(&opening), "/agenda/availability?notice=opening");
    }
}

/// The free slots of `professional_id` starting at least `after_ms` from now, soonest first.
async fn free_slots(server: &TestServer, professional_id: &str, after_ms: i64, n: i64) -> Vec<(String, i64)> {
    sqlx::query_as(
        "SELECT s.id, s.starts_at FROM slots s WHERE s.professional_id = $1 AND s.withdrawn_at IS NULL \
         AND s.starts_at > $2 AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id \
         AND x.cancelled_at IS NULL) ORDER BY s.starts_at LIMIT $3",
    )
    .bind(professional_id)
    .bind(now_ms() + after_ms)
    .bind(n)
    .fetch_all(&server.db)
    .await
    .unwrap()
}

async fn book(patient: &Browser, professional_id: &str, slot: &str, reason: &str, key: &str) -> String {
    let path = format!("/book/{professional_id}/{slot}");
    landed(patient.post_form(&path, &[("reason", reason), ("key", key)]).await).await
}

/// The appointment id a booking's redirect names.
fn booked_id(location: &str) -> String {
    let rest = location.strip_prefix("/appointments/").unwrap_or_else(|| panic!("not booked: {location}"));
    rest.split('?').next().unwrap().to_string()
}

/// The newest `.ics` attached to a mail to `to` whose text contains `needle`, parsed.
async fn calendar_mail(
    server: &TestServer,
    to: &str,
    needle: &str,
    count: usize,
) -> ical::parser::ical::component::IcalCalendar {
    let mut found = Vec::new();
    for _ in 0..100 {
        found = server
            .raw_mails()
            .into_iter()
            .filter(|raw| raw.contains(&format!("To: {to}")) && decode_mail(raw).contains(needle))
            .collect();
        if found.len() >= count {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(found.len() >= count, "{count} mail(s) to {to} with {needle:?}; found {}", found.len());
    let ics = found.iter().find_map(|raw| attachment(raw, "text/calendar")).expect("a text/calendar attachment");
    parse_ics(&ics)
}

fn parse_ics(ics: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("a valid calendar");
    assert!(parser.next().is_none(), "exactly one calendar");
    calendar
}

/// The value of property `name` of the calendar's only event, and its parameters.
fn event_property(
    calendar: &ical::parser::ical::component::IcalCalendar,
    name: &str,
) -> (String, Vec<(String, Vec<String>)>) {
    assert_eq!(calendar.events.len(), 1, "one event");
    let property = calendar.events[0].properties.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}"));
    (property.value.clone().unwrap_or_default(), property.params.clone().unwrap_or_default())
}

/// `starts_at` as the wall-clock time in Paris, as iCalendar writes it.
fn paris(starts_at: i64) -> String {
    let zone = jiff::tz::TimeZone::get("Europe/Paris").unwrap();
    jiff::Timestamp::from_millisecond(starts_at).unwrap().to_zoned(zone).strftime("%Y%m%dT%H%M%S").to_string()
}

const HOUR: i64 = 3_600_000;

/// What a confirmation page's form adds to the action it confirms.
const CONFIRMED: [(&str, &str); 1] = [("confirmed", "yes")];

/// Whether the appointment is still booked.
async fn live(server: &TestServer, id: &str) -> bool {
    let cancelled: Option<i64> = sqlx::query_scalar("SELECT cancelled_at FROM appointments WHERE id = $1")
        .bind(id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    cancelled.is_none()
}

/// The day `at` falls on in Paris.
fn paris_day(at: i64) -> jiff::civil::Date {
    jiff::Timestamp::from_millisecond(at).unwrap().to_zoned(jiff::tz::TimeZone::get("Europe/Paris").unwrap()).date()
}

async fn patients_book_move_and_cancel_and_are_told_with_a_calendar_file(backend: Backend) {
    let server = start_with(backend, &[("CARNET_CALENDAR_SECONDS", "1")]).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    let (other_doctor, _) = professional(&server, "Dr Paul Petit", "paul.petit@example.org", "10107654322").await;

    // Bad availability input: a clear reason each time, nothing written.
    let refused = |landed: String, reason: &str| {
        let problem = Problem::ALL.iter().find(|p| p.message_id() == format!("error-{reason}")).unwrap();
        assert_eq!(landed, sent_back_with(*problem), "{reason}");
    };
    let place = |field: &'static str, value: &'static str| {
        let doctor = &doctor;
        async move {
            let form: Vec<(&str, &str)> =
                PLACE.iter().map(|&(k, v)| if k == field { (k, value) } else { (k, v) }).collect();
            landed(doctor.post_form("/agenda/places", &form).await).await
        }
    };
    refused(place("name", "").await, "place-name");
    refused(place("zone", "Mars/Olympus").await, "place-zone");
    refused(place("postcode", "750").await, "place-postcode");
    refused(place("phone", "").await, "place-phone");
    let form: Vec<(&str, &str)> =
        PLACE.iter().map(|&(k, v)| if k == "phone" { (k, "call me") } else { (k, v) }).collect();
    let kept = Browser::sent_back(doctor.post_form("/agenda/places", &form).await).await;
    assert!(kept.problem == Problem::PlacePhone && kept.kept("75002") && kept.kept("call me"), "the form is kept");
    open_agenda(&doctor).await;
    let place_id: String = sqlx::query_scalar("SELECT id FROM places WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let opening =
        |weekday: &'static str, start: &'static str, end: &'static str, slot: &'static str, visit: &'static str| {
            let (doctor, place_id) = (&doctor, place_id.clone());
            async move {
                let form = [
                    ("place", place_id.as_str()),
                    ("weekday", weekday),
                    ("start", start),
                    ("end", end),
                    ("slot", slot),
                    ("visit", visit),
                ];
                landed(doctor.post_form("/agenda/openings", &form).await).await
            }
        };
    refused(opening("1", "12:00", "09:00", "30", "in-person").await, "availability-too-short");
    refused(opening("1", "19:00", "20:00", "1000", "in-person").await, "availability-slot-length");
    refused(opening("1", "19:00", "20:00", "-5", "in-person").await, "availability-slot-length");
    refused(opening("1", "9h", "20:00", "30", "in-person").await, "availability-time");
    refused(opening("9", "19:00", "20:00", "30", "in-person").await, "availability-weekday");
    refused(opening("1", "19:00", "20:00", "30", "teleport").await, "availability-visit");
    refused(opening("1", "09:00", "10:00", "30", "in-person").await, "availability-overlap");
    refused(opening("1", "17:30", "19:00", "30", "video").await, "availability-overlap");
    let bad_place = doctor
        .post_form(
            "/agenda/openings",
            &[
                ("place", "nope"),
                ("weekday", "1"),
                ("start", "19:00"),
                ("end", "20:00"),
                ("slot", "30"),
                ("visit", "video"),
            ],
        )
        .await;
    refused(landed(bad_place).await, "place-unknown");
    let closure = |from: &'static str, to: &'static str| {
        let doctor = &doctor;
        async move { landed(doctor.post_form("/agenda/closures", &[("from", from), ("to", to)]).await).await }
    };
    refused(closure("2020-01-01", "").await, "closure-past");
    refused(closure("2099-01-10", "2099-01-01").await, "closure-range");
    refused(closure("someday", "").await, "date-invalid");
    let settings = doctor.post_form("/agenda/settings", &[("cutoff", "500"), ("language", "fr")]).await;
    refused(landed(settings).await, "cutoff-invalid");
    let settings = doctor.post_form("/agenda/settings", &[("cutoff", "48")]).await;
    refused(landed(settings).await, "languages-none");
    let settings =
        doctor.post_form("/agenda/settings", &[("cutoff", "48"), ("language", "fr"), ("language", "en")]).await;
    assert_eq!(Browser::location(&settings), "/agenda/availability?notice=settings");
    let rules: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM availability_rules WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(rules, 7, "only the seven good openings were written");
    let slots: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM slots WHERE professional_id = $1 AND withdrawn_at IS NULL")
            .bind(&doctor_id)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert!(slots > 7 * 20 * 7, "eight weeks of slots as rows: {slots}");

    // Patients find the professional by specialty, city and language.
    let (alice, _) = enrolled_patient(&server, "Alice Durand", "alice@example.org").await;
    let (bruno, _) = enrolled_patient(&server, "Bruno Roux", "bruno@example.org").await;
    let (chloe, _) = enrolled_patient(&server, "Chloé Lambert", "chloe@example.org").await;
    let (_, found) = alice.page("/book?specialty=general-practice&city=paris&language=en").await;
    assert!(found.contains("Dr Anne Moreau") && found.contains(&format!("/book/{doctor_id}")), "{found}");
    for miss in ["/book?language=zh", "/book?city=Brest", "/book?specialty=cardiology"] {
        assert!(!alice.page(miss).await.1.contains("Dr Anne Moreau"), "{miss}");
    }
    let (status, bad) = alice.page("/book?specialty=astrology").await;
    assert_eq!(status, StatusCode::OK);
    assert!(bad.contains("role=\"alert\""), "a clear error for a made-up specialty");
    assert!(!alice.page("/book").await.1.contains("Dr Paul Petit"), "without a place, no bookings");
    let (_, slots_page) = alice.page(&format!("/book/{doctor_id}")).await;
    let far = free_slots(&server, &doctor_id, 72 * HOUR, 6).await;
    let near = free_slots(&server, &doctor_id, 2 * HOUR, 1).await;
    assert!(near[0].1 < now_ms() + 48 * HOUR, "a slot within the cut-off");
    let first_shown = free_slots(&server, &doctor_id, 0, 1).await;
    assert!(slots_page.contains(&format!("/book/{doctor_id}/{}", first_shown[0].0)), "free slots by day");

    // Bad booking input: the reason as plain short text, a real slot of this agenda, a form key.
    let s1 = far[0].0.clone();
    refused(book(&alice, &doctor_id, &s1, "<b>urgent</b>", "k-0").await, "appointment-reason-markup");
    let long = book(&alice, &doctor_id, &s1, &"x".repeat(20_000), "k-0").await;
    refused(long.clone(), "appointment-reason-long");
    refused(book(&alice, &doctor_id, &s1, "", "").await, "form-expired");
    refused(book(&alice, &doctor_id, &uuid::Uuid::new_v4().to_string(), "", "k-0").await, "appointment-slot-unknown");
    let past_slot: String = sqlx::query_scalar(
        "INSERT INTO slots (id, professional_id, place_id, starts_at, ends_at, visit) VALUES ($1, $2, $3, $4, $5, 'in-person') RETURNING id",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(&doctor_id)
    .bind(&place_id)
    .bind(now_ms() - 2 * HOUR)
    .bind(now_ms() - HOUR)
    .fetch_one(&server.db)
    .await
    .unwrap();
    refused(book(&alice, &doctor_id, &past_slot, "", "k-0").await, "appointment-slot-past");
    // Megabytes of form are refused from the announced length, before a byte is read. (Sent
    // for real, the server's early answer races the client still writing: a broken pipe.)
    let (status, _) =
        server.announced_post(&format!("/book/{doctor_id}/{s1}"), "application/x-www-form-urlencoded", 3_000_000).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE.as_u16());
    let none: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM appointments").fetch_one(&server.db).await.unwrap();
    assert_eq!(none, 0, "no bad input booked anything");

    // Alice books; the same form sent twice books once; Bruno is told plainly the slot is taken.
    let booked = book(&alice, &doctor_id, &s1, "Toux depuis 3 jours", "k-1").await;
    assert!(booked.ends_with("?notice=booked"), "{booked}");
    assert_eq!(book(&alice, &doctor_id, &s1, "Toux depuis 3 jours", "k-1").await, booked);
    let first = booked_id(&booked);
    assert_eq!(book(&bruno, &doctor_id, &s1, "", "k-b1").await, sent_back_with(Problem::AppointmentTaken));
    let (_, page) = alice.page(&format!("/appointments/{first}")).await;
    assert!(page.contains("Toux depuis 3 jours") && page.contains("Dr Anne Moreau"), "{page}");
    let (_, mine) = alice.page("/appointments").await;
    assert!(mine.contains(&format!("/appointments/{first}")));

    // The confirmation carries an .ics an RFC 5545 reader accepts, in Paris time.
    let calendar = calendar_mail(&server, "alice@example.org", "est confirmé", 1).await;
    let (start, params) = event_property(&calendar, "DTSTART");
    assert_eq!(start, paris(far[0].1));
    assert_eq!(params, vec![("TZID".to_string(), vec!["Europe/Paris".to_string()])]);
    assert_eq!(event_property(&calendar, "SEQUENCE").0, "0");
    assert_eq!(event_property(&calendar, "STATUS").0, "CONFIRMED");
    let uid = event_property(&calendar, "UID").0;
    assert_eq!(calendar.timezones.len(), 1);
    assert!(!calendar.timezones[0].transitions.is_empty());
    assert!(!server.mails().iter().any(|m| m.contains("Toux")), "the reason is never e-mailed");
    // What, with whom, where with postcode and telephone, how to change it, and when to remind.
    let page_url = server.url(&format!("/appointments/{first}")).to_string();
    assert_eq!(event_property(&calendar, "URL").0, page_url);
    assert_eq!(event_property(&calendar, "LOCATION").0, "Cabinet\\, 12 rue de la Paix\\, 75002 Paris");
    let description = event_property(&calendar, "DESCRIPTION").0;
    for said in
        ["Dr Anne Moreau (Médecine générale)", "pour Alice Durand", "Tél. 01 23 45 67 89", &page_url, "48 h avant"]
    {
        assert!(description.contains(said), "{said}: {description}");
    }
    assert!(!description.contains("Toux"), "never the reason");
    let triggers: Vec<String> = calendar.events[0]
        .alarms
        .iter()
        .map(|alarm| alarm.properties.iter().find(|p| p.name == "TRIGGER").and_then(|p| p.value.clone()).unwrap())
        .collect();
    assert_eq!(triggers, ["-P1D", "-PT1H"], "the day before and an hour before");
    let mail = server.wait_for_mails("est confirmé", 1).await.remove(0);
    assert!(mail.contains("Cabinet, 12 rue de la Paix, 75002 Paris") && mail.contains("Tél. 01 23 45 67 89"), "{mail}");
    let download = alice.get(&format!("/appointments/{first}/calendar.ics")).await;
    assert_eq!(download.status(), StatusCode::OK);
    assert!(download.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let downloaded = parse_ics(&download.text().await.unwrap());
    assert_eq!(event_property(&downloaded, "UID").0, uid);

    // Someone else's appointment: not found, whatever the door.
    for path in [format!("/appointments/{first}"), format!("/appointments/{first}/calendar.ics")] {
        assert_eq!(bruno.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(doctor.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let forged = bruno.post_form(&format!("/appointments/{first}/cancel"), &[("confirmed", "yes")]).await;
    assert_eq!(forged.status(), StatusCode::NOT_FOUND);
    assert_eq!(bruno.get(&format!("/appointments/{first}/cancel")).await.status(), StatusCode::NOT_FOUND);
    let stolen =
        bruno.post_form(&format!("/book/{doctor_id}/{}", far[1].0), &[("move", &first), ("key", "k-b2")]).await;
    assert_eq!(stolen.status(), StatusCode::NOT_FOUND, "moving someone else's appointment");
    assert_eq!(other_doctor.get(&format!("/agenda/appointments/{first}")).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(alice.post_form("/agenda/places", &[("name", "x")]).await.status(), StatusCode::NOT_FOUND);

    // The professional's agenda shows who and why.
    let (_, agenda) = doctor.page(&format!("/agenda?view=day&day={}", paris_day(far[0].1))).await;
    assert!(agenda.contains("Alice Durand") && agenda.contains("Toux depuis 3 jours"), "{agenda}");

    // Moving is one change: the new slot is taken and the old one freed, same calendar event.
    let moved =
        landed(alice.post_form(&format!("/book/{doctor_id}/{}", far[1].0), &[("move", &first), ("key", "k-2")]).await)
            .await;
    assert!(moved.ends_with("?notice=moved"), "{moved}");
    let second = booked_id(&moved);
    let (moved_to, cancelled): (Option<String>, Option<i64>) =
        sqlx::query_as("SELECT moved_to, cancelled_at FROM appointments WHERE id = $1")
            .bind(&first)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!((moved_to.as_deref(), cancelled.is_some()), (Some(second.as_str()), true));
    calendar_mail(&server, "alice@example.org", "a été déplacé", 1).await;
    let mut moved_mail = None;
    for raw in server.raw_mails() {
        if raw.contains("To: alice@example.org") {
            if let Some(ics) = attachment(&raw, "text/calendar") {
                if ics.contains("SEQUENCE:1") {
                    moved_mail = Some(parse_ics(&ics));
                }
            }
        }
    }
    let moved_calendar = moved_mail.expect("the move's e-mail with SEQUENCE 1");
    assert_eq!(event_property(&moved_calendar, "UID").0, uid, "the same event, updated");
    assert_eq!(event_property(&moved_calendar, "DTSTART").0, paris(far[1].1));
    // The freed slot can be booked again; moving onto a taken slot changes nothing.
    let bruno_s1 = book(&bruno, &doctor_id, &s1, "", "k-b3").await;
    assert!(bruno_s1.ends_with("?notice=booked"), "{bruno_s1}");
    let taken =
        landed(alice.post_form(&format!("/book/{doctor_id}/{s1}"), &[("move", &second), ("key", "k-3")]).await).await;
    assert_eq!(taken, sent_back_with(Problem::AppointmentTaken));
    let still: Option<i64> = sqlx::query_scalar("SELECT cancelled_at FROM appointments WHERE id = $1")
        .bind(&second)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(still, None, "Alice kept her slot when the move failed");

    // The cut-off: an appointment less than 48 hours ahead cannot be cancelled online.
    let soon = booked_id(&book(&alice, &doctor_id, &near[0].0, "", "k-4").await);
    let late = landed(alice.post_form(&format!("/appointments/{soon}/cancel"), &CONFIRMED).await).await;
    assert_eq!(late, sent_back_with(Problem::AppointmentCutoff));
    let (_, soon_page) = alice.page(&format!("/appointments/{soon}")).await;
    assert!(!soon_page.contains(&format!("/appointments/{soon}/cancel")), "no way to cancel online after it");
    assert_eq!(landed(alice.get(&format!("/appointments/{soon}/cancel")).await).await, format!("/appointments/{soon}"));
    let late_move =
        landed(alice.post_form(&format!("/book/{doctor_id}/{}", far[2].0), &[("move", &soon), ("key", "k-5")]).await)
            .await;
    assert_eq!(late_move, sent_back_with(Problem::AppointmentCutoff));

    // Waiting list: Chloé waits; when Alice cancels, Chloé hears of the free slot.
    let wait = landed(chloe.post_form(&format!("/waiting/{doctor_id}/join"), &[]).await).await;
    assert_eq!(wait, format!("/book/{doctor_id}?notice=waiting"));
    chloe.post_form(&format!("/waiting/{doctor_id}/join"), &[]).await;
    // Cancelling takes a confirmation: the appointment's button opens a page that says what
    // will happen; a post without the confirmation changes nothing and goes to that page.
    let (_, second_page) = alice.page(&format!("/appointments/{second}")).await;
    let confirm_path = format!("/appointments/{second}/cancel");
    assert!(second_page.contains(&format!("href=\"{confirm_path}\"")), "{second_page}");
    let one_tap = alice.post_form(&confirm_path, &[]).await;
    assert_eq!((one_tap.status(), Browser::location(&one_tap)), (StatusCode::SEE_OTHER, confirm_path.clone()));
    assert!(live(&server, &second).await, "not cancelled without the confirmation");
    let (status, confirm_page) = alice.page(&confirm_path).await;
    assert_eq!(status, StatusCode::OK);
    for said in
        ["Annuler ce rendez-vous ?", "Dr Anne Moreau", "Oui, annuler le rendez-vous", "Non, garder le rendez-vous"]
    {
        assert!(confirm_page.contains(said), "{said}: {confirm_page}");
    }
    assert!(confirm_page.contains("name=\"confirmed\" value=\"yes\"") && confirm_page.contains("name=\"reason\""));
    assert!(confirm_page.contains(&format!("href=\"/appointments/{second}\"")), "a way back");
    // The reason is checked like the booking's, and the text kept.
    let markup = alice.post_form(&confirm_path, &[("confirmed", "yes"), ("reason", "<i>x</i>")]).await;
    let markup = Browser::sent_back(markup).await;
    assert_eq!(markup.problem, Problem::AppointmentReasonMarkup);
    let area =
        markup.page.split("<textarea").nth(1).unwrap_or_default().split("</textarea>").next().unwrap_or_default();
    assert!(markup.kept("<i>x</i>"), "the reason is kept: {area}");
    assert!(markup.page.contains("name=\"confirmed\" value=\"yes\""), "the confirmation page again");
    let too_long =
        landed(alice.post_form(&confirm_path, &[("confirmed", "yes"), ("reason", &"x".repeat(9_000))]).await).await;
    assert_eq!(too_long, sent_back_with(Problem::AppointmentReasonLong));
    assert!(live(&server, &second).await);
    let cancel =
        alice.post_form(&confirm_path, &[("confirmed", "yes"), ("reason", "Je suis guérie, merci > 2 jours")]).await;
    assert_eq!(Browser::location(&cancel), format!("/appointments/{second}?notice=cancelled"));
    assert!(!live(&server, &second).await);
    let cancelled = calendar_mail(&server, "alice@example.org", "est annulé", 1).await;
    assert_eq!(event_property(&cancelled, "STATUS").0, "CANCELLED");
    assert_eq!(event_property(&cancelled, "UID").0, uid);
    assert!(cancelled.events[0].alarms.is_empty(), "a cancelled event reminds of nothing");
    assert!(!server.mails().iter().any(|m| m.contains("guérie")), "the cancellation's reason is never e-mailed");
    // After cancelling: booking again with the same professional is one tap away.
    let (_, after) = alice.page(&format!("/appointments/{second}?notice=cancelled")).await;
    assert!(after.contains("Rendez-vous annulé.") && after.contains("Je suis guérie"), "{after}");
    assert!(
        after.contains(&format!("href=\"/book/{doctor_id}\""))
            && after.contains("Reprendre rendez-vous avec Dr Anne Moreau")
    );
    // The professional sees who cancelled, and why, in the agenda and on the appointment.
    let day_of_second = paris_day(far[1].1);
    let (_, agenda) = doctor.page(&format!("/agenda?view=day&day={day_of_second}")).await;
    assert!(
        agenda.contains("Annulé par Alice Durand") && agenda.contains("Je suis guérie, merci &gt; 2 jours"),
        "{agenda}"
    );
    let (_, cancelled_page) = doctor.page(&format!("/agenda/appointments/{second}")).await;
    let cancelled_page = cancelled_page.replace("&#x27;", "'").replace("&#39;", "'");
    assert!(
        cancelled_page.contains("Motif de l'annulation") && cancelled_page.contains("Je suis guérie"),
        "{cancelled_page}"
    );
    let freed = server.wait_for_mails("vient de se libérer", 1).await;
    assert_eq!(freed.len(), 1, "one e-mail however many times she joined");
    assert!(freed[0].contains("To: chloe@example.org") && freed[0].contains("Dr Anne Moreau"), "{}", freed[0]);
    assert!(freed[0].contains(&format!("/book/{doctor_id}")), "a link to the free slots: {}", freed[0]);
    let (_, chloe_page) = chloe.page("/appointments").await;
    assert!(chloe_page.contains(&format!("/waiting/{doctor_id}/leave")));

    // The professional cancels (after a confirmation too) or moves; the patient is told.
    let bruno_s1 = booked_id(&bruno_s1);
    let doctor_confirm = format!("/agenda/appointments/{bruno_s1}/cancel");
    let (_, doctor_side) = doctor.page(&format!("/agenda/appointments/{bruno_s1}")).await;
    assert!(doctor_side.contains(&format!("href=\"{doctor_confirm}\"")), "{doctor_side}");
    let one_tap = doctor.post_form(&doctor_confirm, &[]).await;
    assert_eq!(Browser::location(&one_tap), doctor_confirm);
    assert!(live(&server, &bruno_s1).await);
    let (_, doctor_confirm_page) = doctor.page(&doctor_confirm).await;
    assert!(doctor_confirm_page.contains("Annuler le rendez-vous de Bruno Roux ?"), "{doctor_confirm_page}");
    assert!(doctor_confirm_page.contains("Oui, annuler et prévenir le patient"));
    let done = landed(doctor.post_form(&doctor_confirm, &CONFIRMED).await).await;
    assert_eq!(done, "/agenda?notice=cancelled");
    server.wait_for_mails("Dr Anne Moreau a annulé", 1).await;
    assert_eq!(
        other_doctor.post_form(&format!("/agenda/appointments/{soon}/cancel"), &CONFIRMED).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(other_doctor.get(&format!("/agenda/appointments/{soon}/cancel")).await.status(), StatusCode::NOT_FOUND);
    let by_doctor =
        landed(doctor.post_form(&format!("/agenda/appointments/{soon}/move"), &[("slot", &far[3].0)]).await).await;
    assert!(by_doctor.ends_with("?notice=moved"), "{by_doctor}");
    server.wait_for_mails("Dr Anne Moreau a déplacé", 1).await;

    // The reminder the day before: once, for a booking made earlier than that.
    let chloe_booking = booked_id(&book(&chloe, &doctor_id, &far[4].0, "", "k-c1").await);
    sqlx::query("UPDATE appointments SET starts_at = $1, reminded_at = NULL WHERE id = $2")
        .bind(now_ms() + 20 * HOUR)
        .bind(&chloe_booking)
        .execute(&server.db)
        .await
        .unwrap();
    server.wait_for_mails("Rappel", 1).await;
    // Once: a second booking's reminder shows the worker has passed again since, and the
    // outbox (written with each reminder) holds one reminder per booking, not two.
    let second_booking = booked_id(&book(&chloe, &doctor_id, &far[5].0, "", "k-c2").await);
    sqlx::query("UPDATE appointments SET starts_at = $1, reminded_at = NULL WHERE id = $2")
        .bind(now_ms() + 21 * HOUR)
        .bind(&second_booking)
        .execute(&server.db)
        .await
        .unwrap();
    server.wait_for_mails("Rappel", 2).await;
    assert_eq!(server.outbox_count("appointment-reminder").await, 2, "one reminder per booking");
    let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM waiting_list WHERE ended_at IS NULL")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(waiting, 0, "booking with the professional ends the wait");

    // Every step is in the audit log, with who did it.
    let alice_id = account_id(&server, "alice@example.org").await;
    let actions: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, decision FROM audit_log WHERE actor_id = $1 AND action LIKE 'appointment.%' ORDER BY seq",
    )
    .bind(&alice_id)
    .fetch_all(&server.db)
    .await
    .unwrap();
    for action in ["appointment.book", "appointment.move", "appointment.cancel"] {
        assert!(actions.iter().any(|(a, d)| a == action && d == "allow"), "{action}: {actions:?}");
    }
    let by_professional: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND action IN ('appointment.cancel', 'appointment.move', 'read.agenda')",
    )
    .bind(&doctor_id)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert!(by_professional >= 3);
    server.stop().await;
}

/// The value of `name` in the first `VALARM`s of the calendar's event, in order.
fn alarm_triggers(calendar: &ical::parser::ical::component::IcalCalendar) -> Vec<String> {
    calendar.events[0]
        .alarms
        .iter()
        .map(|alarm| alarm.properties.iter().find(|p| p.name == "TRIGGER").and_then(|p| p.value.clone()).unwrap())
        .collect()
}

/// A page's text with `&amp;` back to `&` (links in attributes).
fn unescaped(page: &str) -> String {
    page.replace("&amp;", "&")
}

async fn video_consultations_are_joined_from_the_appointments_page(backend: Backend) {
    let server = start(backend).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    assert!(landed(doctor.post_form("/agenda/places", &PLACE).await).await.ends_with("notice=place"));
    let place_id: String = sqlx::query_scalar("SELECT id FROM places WHERE professional_id = $1")
        .bind(&doctor_id)
        .fetch_one(&server.db)
        .await
        .unwrap();
    let video_opening = |weekday: String| {
        let (doctor, place_id) = (&doctor, place_id.clone());
        async move {
            let form = [
                ("place", place_id.as_str()),
                ("weekday", weekday.as_str()),
                ("start", "08:00"),
                ("end", "18:00"),
                ("slot", "30"),
                ("visit", "video"),
            ];
            landed(doctor.post_form("/agenda/openings", &form).await).await
        }
    };
    // No way to join yet: video openings are refused.
    let refused = video_opening("1".into()).await;
    assert_eq!(refused, sent_back_with(Problem::VideoUrlNeeded));
    // The link is an https address of reasonable length, without credentials in it.
    let settings = |link: String| {
        let doctor = &doctor;
        async move {
            let form = [("cutoff", "24"), ("language", "fr"), ("video_url", link.as_str())];
            landed(doctor.post_form("/agenda/settings", &form).await).await
        }
    };
    for bad in [
        "http://visio.example.org/dr-moreau".to_string(),
        "javascript:alert(1)".to_string(),
        "https://moi:secret@visio.example.org/dr-moreau".to_string(),
        format!("https://visio.example.org/{}", "a".repeat(600)),
    ] {
        let back = settings(bad.clone()).await;
        assert_eq!(back, sent_back_with(Problem::VideoUrl), "{bad}");
    }
    let room = "https://visio.example.org/dr-moreau";
    assert_eq!(settings(room.to_string()).await, "/agenda/availability?notice=settings");
    for weekday in 1..=7 {
        assert!(video_opening(weekday.to_string()).await.ends_with("notice=opening"));
    }
    // While video openings remain, the link cannot be taken away.
    assert_eq!(settings(String::new()).await, sent_back_with(Problem::VideoUrlNeeded));
    let (_, availability) = doctor.page("/agenda/availability").await;
    assert!(availability.contains(room), "the link is shown to change it");

    // A patient books a video consultation three days ahead.
    let (alice, _) = enrolled_patient(&server, "Alice Durand", "alice@example.org").await;
    let slot = free_slots(&server, &doctor_id, 72 * HOUR, 1).await.remove(0);
    let (_, confirm) = alice.page(&format!("/book/{doctor_id}/{}", slot.0)).await;
    assert!(confirm.contains("Consultation vidéo") && !confirm.contains("12 rue de la Paix"), "{confirm}");
    let id = booked_id(&book(&alice, &doctor_id, &slot.0, "", "v-1").await);
    let path = format!("/appointments/{id}");
    let (_, page) = alice.page(&path).await;
    assert!(page.contains("Consultation vidéo") && !page.contains("12 rue de la Paix"), "where is the video: {page}");
    assert!(!page.contains(room), "the link is not shown days ahead");
    assert!(page
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .contains("Le lien pour rejoindre la consultation s'affichera ici le"));

    // The e-mail and the calendar say it is a video consultation and point at the appointment's
    // page, not at the practice's street.
    let calendar = calendar_mail(&server, "alice@example.org", "est confirmé", 1).await;
    let mail = server.wait_for_mails("est confirmé", 1).await.remove(0);
    assert!(mail.contains("Consultation vidéo") && mail.contains(&server.url(&path).to_string()), "{mail}");
    assert!(!mail.contains("12 rue de la Paix") && !mail.contains(room), "{mail}");
    assert_eq!(event_property(&calendar, "LOCATION").0, "Consultation vidéo");
    assert_eq!(event_property(&calendar, "URL").0, server.url(&path).to_string());
    assert!(!event_property(&calendar, "DESCRIPTION").0.contains("rue de la Paix"));
    assert_eq!(alarm_triggers(&calendar), ["-P1D", "-PT15M"], "the day before, and when the link opens");

    // Ten minutes before the start, the page offers the link; Home shows the appointment.
    let move_to = |starts_at: i64| {
        let (server, id) = (&server, id.clone());
        async move {
            sqlx::query("UPDATE appointments SET starts_at = $1, ends_at = $2 WHERE id = $3")
                .bind(starts_at)
                .bind(starts_at + 30 * 60_000)
                .bind(&id)
                .execute(&server.db)
                .await
                .unwrap();
        }
    };
    move_to(now_ms() + 10 * 60_000).await;
    let (_, page) = alice.page(&path).await;
    assert!(page.contains(&format!("href=\"{room}\"")) && page.contains("Rejoindre la consultation vidéo"), "{page}");
    let (_, home) = alice.page("/").await;
    assert!(home.contains("Prochain rendez-vous") && home.contains(&format!("href=\"{path}\"")), "{home}");
    assert!(home.contains("Consultation vidéo") && !home.contains("12 rue de la Paix"), "{home}");
    // Once it is over, no link.
    move_to(now_ms() - 40 * 60_000).await;
    let (_, page) = alice.page(&path).await;
    assert!(page.contains("Cette consultation vidéo est terminée.") && !page.contains(room), "{page}");
    let (_, home) = alice.page("/").await;
    assert!(home.contains("Aucun rendez-vous à venir."), "{home}");
    server.stop().await;
}

async fn the_agenda_names_its_dates_and_today_is_today(backend: Backend) {
    use carnet_core::appointments::agenda::{Period, Span};
    use carnet_core::i18n::Locale;
    let server = start(backend).await;
    let (doctor, _) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    open_agenda(&doctor).await;
    let capitalized = |text: String| {
        let mut chars = text.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    let day_link = |day: &str| format!("href=\"/agenda?view=day&day={day}\"");

    // A Sunday, by day and by week: each view names its dates, each day of the week links to
    // that very day.
    let (_, sunday) = doctor.page("/agenda?view=day&day=2026-12-06").await;
    assert!(sunday.contains("Dimanche 6 décembre 2026"), "{sunday}");
    let sunday = unescaped(&sunday);
    assert!(sunday.contains("href=\"/agenda?view=week&day=2026-12-06\""), "its week");
    let (_, week) = doctor.page("/agenda?view=week&day=2026-12-06").await;
    let week = unescaped(&week);
    assert!(week.contains("Semaine du 30 novembre au 6 décembre 2026"), "{week}");
    for (day, name) in [("2026-11-30", "Lundi 30 novembre 2026"), ("2026-12-06", "Dimanche 6 décembre 2026")] {
        assert!(week.contains(&day_link(day)) && week.contains(name), "{day}");
    }
    assert!(
        week.contains("href=\"/agenda?view=week&day=2026-11-23\"")
            && week.contains("href=\"/agenda?view=week&day=2026-12-07\"")
    );
    // The week the clocks go back.
    let (_, autumn) = doctor.page("/agenda?view=week&day=2026-10-25").await;
    assert!(autumn.contains("Semaine du 19 au 25 octobre 2026"), "{autumn}");

    // Today: "today" is today's day, and the agenda opens on the week ahead (on a Sunday, the
    // coming one), named.
    let today = jiff::Zoned::now().with_time_zone(jiff::tz::TimeZone::get("Europe/Paris").unwrap()).date();
    let (_, today_page) = doctor.page("/agenda?view=day").await;
    assert!(today_page.contains(&capitalized(Locale::Fr.long_date(today))), "{today_page}");
    let (_, opened) = doctor.page("/agenda").await;
    let shown = Period::asked(Span::Week, None, today);
    let (from, to) = Locale::Fr.date_span(shown.first, shown.last());
    assert!(opened.contains(&format!("Semaine du {from} au {to}")), "{opened}");
    assert!(unescaped(&opened).contains("href=\"/agenda?view=day\""), "a way to today");
    // Tomorrow's link opens tomorrow, with tomorrow's slots.
    let tomorrow = today.tomorrow().unwrap();
    let (_, tomorrow_page) = doctor.page(&format!("/agenda?view=day&day={tomorrow}")).await;
    assert!(tomorrow_page.contains(&capitalized(Locale::Fr.long_date(tomorrow))));
    assert!(tomorrow_page.contains("08:00–08:30") && tomorrow_page.contains("17:30–18:00"), "{tomorrow_page}");
    server.stop().await;
}

async fn caregivers_book_only_with_the_appointments_scope(backend: Backend) {
    let server = start(backend).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    open_agenda(&doctor).await;
    let (patient, _) = enrolled_patient(&server, "Marie Blanc", "marie@example.org").await;
    let record: String = sqlx::query_scalar(
        "SELECT p.id FROM patients p JOIN accounts a ON a.id = p.account_id WHERE a.email = 'marie@example.org'",
    )
    .fetch_one(&server.db)
    .await
    .unwrap();
    let slots = free_slots(&server, &doctor_id, 72 * HOUR, 2).await;

    // Reading the record only: appointments are out of reach.
    invite(&patient, "reader@example.org", &["record"], "").await;
    let reader =
        join(&server, &invitation_token(&server, "reader@example.org").await, "Rita Reader", "reader@example.org")
            .await;
    reader.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(reader.get("/appointments").await.status(), StatusCode::NOT_FOUND);
    let (status, reader_home) = reader.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!reader_home.contains("Prochain rendez-vous"), "appointments are not hers to see");
    let refused = reader.post_form(&format!("/book/{doctor_id}/{}", slots[0].0), &[("key", "r-1")]).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // With the appointments scope: books for Marie, who is told.
    let invited = invite(&patient, "helper@example.org", &["appointments"], "").await;
    assert!(invited.contains("notice=invited"), "{invited}");
    let helper =
        join(&server, &invitation_token(&server, "helper@example.org").await, "Hugo Helper", "helper@example.org")
            .await;
    helper.post_form("/acting-for", &[("patient", &record)]).await;
    let booked = book(&helper, &doctor_id, &slots[0].0, "Renouvellement", "h-1").await;
    let id = booked_id(&booked);
    let (owner, on_behalf_of): (String, Option<String>) =
        sqlx::query_as("SELECT patient_id, on_behalf_of FROM appointments WHERE id = $1")
            .bind(&id)
            .fetch_one(&server.db)
            .await
            .unwrap();
    assert_eq!(owner, record);
    assert!(on_behalf_of.is_some_and(|o| o.starts_with("delegation:")));
    // Both are told: Marie with her confirmation, Hugo with his copy, each in their language;
    // the page confirms it to Hugo.
    let told = server.wait_for_mails("est confirmé", 1).await;
    assert!(told[0].contains("To: marie@example.org"), "the patient is told");
    let copy = server.wait_for_mails("Vous avez pris rendez-vous pour Marie Blanc", 1).await;
    assert!(copy[0].contains("To: helper@example.org") && copy[0].contains("Dr Anne Moreau"), "{}", copy[0]);
    assert!(!copy[0].contains("Renouvellement"), "never the reason");
    let copy_raw = server
        .raw_mails()
        .into_iter()
        .find(|m| m.contains("To: helper@example.org") && attachment(m, "text/calendar").is_some());
    assert!(copy_raw.is_some(), "the copy carries the calendar file");
    let (_, confirmed) = helper.page(&booked).await;
    let confirmed = confirmed.replace("&#x27;", "'").replace("&#39;", "'");
    assert!(
        confirmed.contains("Rendez-vous confirmé pour Marie Blanc") && confirmed.contains("ainsi qu'à Marie Blanc"),
        "{confirmed}"
    );
    // Home shows the next appointment to Marie, and to Hugo acting for her.
    for (who, home) in [("Marie", patient.page("/").await.1), ("Hugo", helper.page("/").await.1)] {
        assert!(
            home.contains("Prochain rendez-vous") && home.contains(&format!("href=\"/appointments/{id}\"")),
            "{who}: {home}"
        );
        assert!(
            home.contains("Dr Anne Moreau") && home.contains("Cabinet, 12 rue de la Paix, 75002 Paris"),
            "{who}: {home}"
        );
    }
    let (_, marie_sees) = patient.page("/appointments").await;
    assert!(marie_sees.contains(&format!("/appointments/{id}")));
    // Hugo cancels for her: the confirmation page, then both are told again.
    let cancelled =
        helper.post_form(&format!("/appointments/{id}/cancel"), &[("confirmed", "yes"), ("reason", "Empêchée")]).await;
    assert_eq!(Browser::location(&cancelled), format!("/appointments/{id}?notice=cancelled"));
    server.wait_for_mails("Vous avez annulé le rendez-vous de Marie Blanc", 1).await;
    let marie_told = server.wait_for_mails("est annulé", 1).await;
    assert!(marie_told.iter().any(|m| m.contains("To: marie@example.org")));
    let (_, after) = helper.page(&format!("/appointments/{id}?notice=cancelled")).await;
    assert!(after.contains("Rendez-vous de Marie Blanc annulé."), "{after}");
    let audit: Option<String> = sqlx::query_scalar(
        "SELECT on_behalf_of FROM audit_log WHERE action = 'appointment.book' AND actor_id = $1 AND decision = 'allow'",
    )
    .bind(account_id(&server, "helper@example.org").await)
    .fetch_one(&server.db)
    .await
    .unwrap();
    assert!(audit.is_some_and(|o| o.starts_with("delegation:")), "the caregiver acted through the delegation");
    server.stop().await;
}

/// 200 concurrent attempts from 200 patients on 10 slots, spread over two server processes
/// sharing the database (one process on SQLite, which is embedded and single-node): exactly 10
/// bookings, every other attempt told the slot is taken, never an error.
async fn two_hundred_patients_race_for_ten_slots(backend: Backend) {
    use futures::stream::{self, StreamExt};
    let two_nodes = matches!(backend, Backend::Postgres(_));
    // 200 people signing in from one test machine: more ceremonies than one address may start.
    let server = start_with(backend, &[("CARNET_CEREMONY_RATE_LIMIT", "100000")]).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    open_agenda(&doctor).await;
    let slots = free_slots(&server, &doctor_id, 72 * HOUR, 10).await;
    let second = if two_nodes { Some(server.another_node().await) } else { None };
    let patients: Vec<Browser> = stream::iter(0..200)
        .map(|n| {
            let server = &server;
            async move { enrolled_patient(server, &format!("Patient {n}"), &format!("p{n}@example.org")).await.0 }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    let attempts = patients.iter().enumerate().map(|(n, patient)| {
        let patient = match &second {
            Some(node) if n % 2 == 1 => patient.through(&node.base),
            _ => patient.through(&server.base),
        };
        let (slot, doctor_id) = (slots[n % 10].0.clone(), doctor_id.clone());
        async move {
            let response =
                patient.post_form(&format!("/book/{doctor_id}/{slot}"), &[("key", &format!("storm-{n}"))]).await;
            (response.status(), response.headers().get("location").map(|l| l.to_str().unwrap().to_string()))
        }
    });
    let answers: Vec<(StatusCode, Option<String>)> = futures::future::join_all(attempts).await;
    let booked = answers.iter().filter(|(_, l)| l.as_deref().is_some_and(|l| l.ends_with("?notice=booked"))).count();
    // The others are sent back to the free slots, told the slot was taken.
    let taken = answers.iter().filter(|(status, l)| *status == StatusCode::UNPROCESSABLE_ENTITY && l.is_none()).count();
    assert_eq!((booked, taken), (10, 190));
    let live: Vec<(String, i64)> =
        sqlx::query_as("SELECT slot_id, COUNT(*) FROM appointments WHERE cancelled_at IS NULL GROUP BY slot_id")
            .fetch_all(&server.db)
            .await
            .unwrap();
    assert_eq!(live.len(), 10);
    assert!(live.iter().all(|(_, n)| *n == 1), "one booking per slot");
    drop(second);
    server.stop().await;
}

/// The confirmation is written to the outbox in the booking's transaction: a server that could
/// not send it and then crashed sends it after its restart.
async fn a_confirmation_survives_a_crash_before_it_is_sent(backend: Backend) {
    let refusing = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let smtp = format!("smtp://127.0.0.1:{refusing}");
    let mut server = start_with(backend, &[("CARNET_SMTP_URL", &smtp)]).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    open_agenda(&doctor).await;
    let (alice, _) = enrolled_patient(&server, "Alice Durand", "alice@example.org").await;
    let slot = free_slots(&server, &doctor_id, 72 * HOUR, 1).await.remove(0).0;
    assert!(book(&alice, &doctor_id, &slot, "", "k-1").await.ends_with("?notice=booked"));
    // An attempt is over once its claim is released (the claim is taken, and `attempts`
    // counted, before the mail server is called): a restart during the attempt would leave the
    // message claimed by the dead worker until the claim runs out.
    let pending = || async {
        sqlx::query_as::<_, (i64, Option<i64>)>(
            "SELECT attempts, sent_at FROM outbox WHERE recipient = 'alice@example.org' AND attachment IS NOT NULL \
             AND claimed_until IS NULL",
        )
        .fetch_optional(&server.db)
        .await
        .unwrap()
    };
    let mut tried = None;
    for _ in 0..100 {
        tried = pending().await.filter(|(attempts, _)| *attempts >= 1);
        if tried.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(tried.map(|(_, sent)| sent), Some(None), "tried, refused by the mail server, kept");
    assert!(!server.mails().iter().any(|m| m.contains("est confirmé")));

    // A crash, then a restart with mail going to the folder; the retry comes due.
    server.restart(&[]).await;
    sqlx::query("UPDATE outbox SET next_attempt_at = 0 WHERE sent_at IS NULL").execute(&server.db).await.unwrap();
    let sent = server.wait_for_mails("est confirmé", 1).await;
    assert!(sent[0].contains("To: alice@example.org"));
    let raw = server.raw_mails().into_iter().find(|m| decode_mail(m).contains("est confirmé")).unwrap();
    assert!(attachment(&raw, "text/calendar").is_some_and(|ics| ics.contains("BEGIN:VEVENT")));
    server.stop().await;
}

/// "An earlier slot is free" e-mails to `to`, from the outbox (written in the cancelling
/// transaction, so counting them needs no waiting).
async fn freed_slot_notices(server: &TestServer, to: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND subject LIKE '%créneau plus tôt%'")
        .bind(to)
        .fetch_one(&server.db)
        .await
        .unwrap()
}

/// Several people wait for one professional. A freed slot is told to each one still waiting who
/// has nothing booked before it, once each; someone who left the list,
/// someone already booked earlier, and the person who freed the slot are not told; joining twice
/// is one entry; booking with the professional ends the wait, so the next freed slot is not told
/// to that person again.
async fn a_freed_slot_is_told_to_each_person_still_waiting_once(backend: Backend) {
    let server = start(backend).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    open_agenda(&doctor).await;
    let slots = free_slots(&server, &doctor_id, 72 * HOUR, 6).await;
    let mut people = Vec::new();
    for (name, email) in [
        ("Alice Durand", "alice@example.org"),
        ("Chloé Martin", "chloe@example.org"),
        ("Denis Roux", "denis@example.org"),
        ("Emma Petit", "emma@example.org"),
        ("Farid Naït", "farid@example.org"),
    ] {
        people.push((enrolled_patient(&server, name, email).await.0, email));
    }
    let [alice, chloe, denis, emma, farid] = [0, 1, 2, 3, 4].map(|i| &people[i].0);

    // Alice and Emma book (Emma before Alice's slot); everyone else, and Emma too, waits.
    let alice_booked = booked_id(&book(alice, &doctor_id, &slots[3].0, "", "w-a").await);
    booked_id(&book(emma, &doctor_id, &slots[0].0, "", "w-e").await);
    for waiting in [chloe, denis, emma, farid, chloe] {
        let joined = landed(waiting.post_form(&format!("/waiting/{doctor_id}/join"), &[]).await).await;
        assert_eq!(joined, format!("/book/{doctor_id}?notice=waiting"));
    }
    let entries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM waiting_list WHERE ended_at IS NULL")
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(entries, 4, "Chloé joined twice: one entry");
    let left = landed(denis.post_form(&format!("/waiting/{doctor_id}/leave"), &[]).await).await;
    assert!(left.ends_with("notice=left-waiting"), "{left}");

    // Alice cancels: Chloé and Farid are told, once each; Denis left, Emma is booked earlier.
    let path = format!("/appointments/{alice_booked}/cancel");
    assert!(landed(alice.post_form(&path, &CONFIRMED).await).await.ends_with("notice=cancelled"));
    let told = |to: &'static str| freed_slot_notices(&server, to);
    assert_eq!(
        (told("chloe@example.org").await, told("farid@example.org").await),
        (1, 1),
        "each person still waiting is told once"
    );
    assert_eq!((told("denis@example.org").await, told("emma@example.org").await), (0, 0));
    assert_eq!(told("alice@example.org").await, 0, "not the person who freed it");
    let order: Vec<String> = sqlx::query_scalar(
        "SELECT recipient FROM outbox WHERE subject LIKE '%créneau plus tôt%' ORDER BY created_at, recipient",
    )
    .fetch_all(&server.db)
    .await
    .unwrap();
    assert_eq!(order, ["chloe@example.org", "farid@example.org"]);

    // Chloé books the freed slot: off the list. Farid's turn comes with the next freed slot;
    // Chloé is not told again.
    let chloe_booked = booked_id(&book(chloe, &doctor_id, &slots[3].0, "", "w-c").await);
    let moved_away = landed(
        chloe
            .post_form(&format!("/book/{doctor_id}/{}", slots[5].0), &[("move", &chloe_booked), ("key", "w-c2")])
            .await,
    )
    .await;
    assert!(moved_away.ends_with("notice=moved"), "{moved_away}");
    assert_eq!(told("chloe@example.org").await, 1, "booking ended Chloé's wait");
    assert_eq!(told("farid@example.org").await, 2, "Farid still waits and hears of the slot Chloé left");
    assert_eq!((told("denis@example.org").await, told("emma@example.org").await), (0, 0));
    server.stop().await;
}
