//! Appointments: a professional publishes availability (bad input refused), patients find them,
//! book, move and cancel, with the cut-off, the waiting list, the reminder and a calendar file
//! that an independent RFC 5545 reader accepts; caregivers book within their scope; and 200
//! patients racing for 10 slots through two server processes get exactly 10 bookings.

use std::io::BufReader;

use reqwest::StatusCode;

use crate::delegations::{invitation_token, invite, join};
use crate::harness::*;
use crate::sharing::{account_id, professional};

crate::on_both_databases!(
    patients_book_move_and_cancel_and_are_told_with_a_calendar_file,
    caregivers_book_only_with_the_appointments_scope,
    two_hundred_patients_race_for_ten_slots,
    a_confirmation_survives_a_crash_before_it_is_sent,
);

/// Opens `professional`'s agenda: a place in Paris and every day 08:00–18:00 in 30-minute slots.
async fn open_agenda(professional: &Browser) {
    let place = professional
        .post_form(
            "/agenda/places",
            &[("name", "Cabinet"), ("address", "12 rue de la Paix"), ("city", "Paris"), ("zone", "Europe/Paris")],
        )
        .await;
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
    Browser::location(&patient.post_form(&path, &[("reason", reason), ("key", key)]).await)
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

async fn patients_book_move_and_cancel_and_are_told_with_a_calendar_file(backend: Backend) {
    let server = start_with(backend, &[("CARNET_CALENDAR_SECONDS", "1")]).await;
    let (doctor, doctor_id) = professional(&server, "Dr Anne Moreau", "anne.moreau@example.org", "10107654321").await;
    let (other_doctor, _) = professional(&server, "Dr Paul Petit", "paul.petit@example.org", "10107654322").await;

    // Bad availability input: a clear reason each time, nothing written.
    let refused = |location: String, reason: &str| {
        assert!(location.contains(&format!("error={reason}")), "{reason}: {location}");
    };
    let place = |name: &'static str, zone: &'static str| {
        let doctor = &doctor;
        async move {
            Browser::location(
                &doctor
                    .post_form(
                        "/agenda/places",
                        &[("name", name), ("address", "1 rue X"), ("city", "Paris"), ("zone", zone)],
                    )
                    .await,
            )
        }
    };
    refused(place("", "Europe/Paris").await, "place-name");
    refused(place("Cabinet", "Mars/Olympus").await, "place-zone");
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
                Browser::location(&doctor.post_form("/agenda/openings", &form).await)
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
    refused(Browser::location(&bad_place), "place-unknown");
    let closure = |from: &'static str, to: &'static str| {
        let doctor = &doctor;
        async move { Browser::location(&doctor.post_form("/agenda/closures", &[("from", from), ("to", to)]).await) }
    };
    refused(closure("2020-01-01", "").await, "closure-past");
    refused(closure("2099-01-10", "2099-01-01").await, "closure-range");
    refused(closure("someday", "").await, "date-invalid");
    let settings = doctor.post_form("/agenda/settings", &[("cutoff", "500"), ("language", "fr")]).await;
    refused(Browser::location(&settings), "cutoff-invalid");
    let settings = doctor.post_form("/agenda/settings", &[("cutoff", "48")]).await;
    refused(Browser::location(&settings), "languages-none");
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
    assert!(long.len() < 6_000, "a long reason is not echoed whole in the address");
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
    assert_eq!(book(&bruno, &doctor_id, &s1, "", "k-b1").await, format!("/book/{doctor_id}?error=appointment-taken"));
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
    assert_eq!(bruno.post_form(&format!("/appointments/{first}/cancel"), &[]).await.status(), StatusCode::NOT_FOUND);
    let stolen =
        bruno.post_form(&format!("/book/{doctor_id}/{}", far[1].0), &[("move", &first), ("key", "k-b2")]).await;
    assert_eq!(stolen.status(), StatusCode::NOT_FOUND, "moving someone else's appointment");
    assert_eq!(other_doctor.get(&format!("/agenda/appointments/{first}")).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(alice.post_form("/agenda/places", &[("name", "x")]).await.status(), StatusCode::NOT_FOUND);

    // The professional's agenda shows who and why.
    let day = jiff::Timestamp::from_millisecond(far[0].1)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Paris").unwrap())
        .date();
    let (_, agenda) = doctor.page(&format!("/agenda?view=day&day={day}")).await;
    assert!(agenda.contains("Alice Durand") && agenda.contains("Toux depuis 3 jours"), "{agenda}");

    // Moving is one change: the new slot is taken and the old one freed, same calendar event.
    let moved = Browser::location(
        &alice.post_form(&format!("/book/{doctor_id}/{}", far[1].0), &[("move", &first), ("key", "k-2")]).await,
    );
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
    let taken = Browser::location(
        &alice.post_form(&format!("/book/{doctor_id}/{s1}"), &[("move", &second), ("key", "k-3")]).await,
    );
    assert_eq!(taken, format!("/book/{doctor_id}?move={second}&error=appointment-taken"));
    let still: Option<i64> = sqlx::query_scalar("SELECT cancelled_at FROM appointments WHERE id = $1")
        .bind(&second)
        .fetch_one(&server.db)
        .await
        .unwrap();
    assert_eq!(still, None, "Alice kept her slot when the move failed");

    // The cut-off: an appointment less than 48 hours ahead cannot be cancelled online.
    let soon = booked_id(&book(&alice, &doctor_id, &near[0].0, "", "k-4").await);
    let late = Browser::location(&alice.post_form(&format!("/appointments/{soon}/cancel"), &[]).await);
    assert_eq!(late, format!("/appointments/{soon}?error=appointment-cutoff"));
    let late_move = Browser::location(
        &alice.post_form(&format!("/book/{doctor_id}/{}", far[2].0), &[("move", &soon), ("key", "k-5")]).await,
    );
    assert!(late_move.contains("error=appointment-cutoff"), "{late_move}");

    // Waiting list: Chloé waits; when Alice cancels, Chloé hears of the free slot.
    let wait = Browser::location(&chloe.post_form(&format!("/waiting/{doctor_id}/join"), &[]).await);
    assert_eq!(wait, format!("/book/{doctor_id}?notice=waiting"));
    chloe.post_form(&format!("/waiting/{doctor_id}/join"), &[]).await;
    let cancel = Browser::location(&alice.post_form(&format!("/appointments/{second}/cancel"), &[]).await);
    assert_eq!(cancel, format!("/appointments/{second}?notice=cancelled"));
    let cancelled = calendar_mail(&server, "alice@example.org", "est annulé", 1).await;
    assert_eq!(event_property(&cancelled, "STATUS").0, "CANCELLED");
    assert_eq!(event_property(&cancelled, "UID").0, uid);
    let freed = server.wait_for_mails("vient de se libérer", 1).await;
    assert_eq!(freed.len(), 1, "one e-mail however many times she joined");
    assert!(freed[0].contains("To: chloe@example.org") && freed[0].contains("Dr Anne Moreau"), "{}", freed[0]);
    let (_, chloe_page) = chloe.page("/appointments").await;
    assert!(chloe_page.contains(&format!("/waiting/{doctor_id}/leave")));

    // The professional cancels or moves; the patient is told.
    let bruno_s1 = booked_id(&bruno_s1);
    let done = Browser::location(&doctor.post_form(&format!("/agenda/appointments/{bruno_s1}/cancel"), &[]).await);
    assert_eq!(done, "/agenda?notice=cancelled");
    server.wait_for_mails("Dr Anne Moreau a annulé", 1).await;
    assert_eq!(
        other_doctor.post_form(&format!("/agenda/appointments/{soon}/cancel"), &[]).await.status(),
        StatusCode::NOT_FOUND
    );
    let by_doctor = Browser::location(
        &doctor.post_form(&format!("/agenda/appointments/{soon}/move"), &[("slot", &far[3].0)]).await,
    );
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
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(server.mails().iter().filter(|m| m.contains("Rappel")).count(), 1, "one reminder");
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
    let reader = join(&server, &invitation_token(&server, "reader@example.org").await, "Rita Reader").await;
    reader.post_form("/acting-for", &[("patient", &record)]).await;
    assert_eq!(reader.get("/appointments").await.status(), StatusCode::NOT_FOUND);
    let refused = reader.post_form(&format!("/book/{doctor_id}/{}", slots[0].0), &[("key", "r-1")]).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // With the appointments scope: books for Marie, who is told.
    let invited = invite(&patient, "helper@example.org", &["appointments"], "").await;
    assert!(invited.contains("notice=invited"), "{invited}");
    let helper = join(&server, &invitation_token(&server, "helper@example.org").await, "Hugo Helper").await;
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
    let told = server.wait_for_mails("est confirmé", 1).await;
    assert!(told[0].contains("To: marie@example.org"), "the patient is told, not the caregiver");
    let (_, marie_sees) = patient.page("/appointments").await;
    assert!(marie_sees.contains(&format!("/appointments/{id}")));
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
    let taken = answers
        .iter()
        .filter(|(_, l)| l.as_deref() == Some(format!("/book/{doctor_id}?error=appointment-taken").as_str()))
        .count();
    assert!(answers.iter().all(|(status, _)| *status == StatusCode::SEE_OTHER), "{answers:?}");
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
