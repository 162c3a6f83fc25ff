//! The forms behind appointments. Patients (and those acting for them): book a slot
//! (`POST /book/{pid}/{slot}`, which moves an appointment instead when the form names one),
//! cancel with an optional reason (`POST /appointments/{id}/cancel`, from its confirmation
//! page), wait for an earlier slot (`POST /waiting/{pid}/join|leave`), and the `.ics` of an
//! appointment (`GET /appointments/{id}/calendar.ics`). Professionals: places, openings, closed
//! days and settings (`POST /agenda/…`), cancelling (from its confirmation page) or moving a
//! patient's appointment (`POST /agenda/appointments/{id}/cancel|move`). Each answers with a
//! redirect to its page, with a notice, or the reason and the fields typed.

use axum::extract::{Extension, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::appointments::availability::{Visit, WeeklyRule};
use carnet_core::appointments::booking::{self, parse_reason, NewBooking};
use carnet_core::appointments::{agenda, waiting, REASON_MAX_CHARS};
use carnet_core::Error;
use carnet_core::Problem;

use super::errors::{form_failed, FormBody};
use super::extract::{ProfessionalActor, SignedInActor};
use super::forms::{self, field, Fields};

/// The path of a professional's booking page, and of one slot's confirmation.
fn slots_page(professional_id: &str) -> String {
    format!("/book/{professional_id}")
}

/// A reason far over the limit is not carried back in the address, only its start: the way back
/// to `page` with that error, if the reason typed is that long.
fn reason_far_too_long(fields: &mut Fields, page: &str, form: &str) -> Option<Response> {
    let reason = fields.get_mut("reason")?;
    if reason.chars().count() <= REASON_MAX_CHARS {
        return None;
    }
    *reason = reason.chars().take(REASON_MAX_CHARS).collect();
    Some(forms::back(page, form, Problem::AppointmentReasonLong, fields))
}

pub async fn book(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path((professional_id, slot_id)): Path<(String, String)>,
    FormBody(mut fields): FormBody<Fields>,
) -> Response {
    let page = format!("{}/{slot_id}", slots_page(&professional_id));
    if let Some(back) = reason_far_too_long(&mut fields, &page, "book") {
        return back;
    }
    let key = field(&fields, "key");
    let moving = field(&fields, "move");
    let done = if moving.is_empty() {
        match NewBooking::parse(&slot_id, &professional_id, field(&fields, "reason"), key) {
            Ok(new) => booking::book(&state.db, &actor, &new).await.map(|id| (id, "booked")),
            Err(error) => Err(error),
        }
    } else {
        booking::reschedule(&state.db, &actor, moving, &slot_id, key).await.map(|id| (id, "moved"))
    };
    match done {
        Ok((id, notice)) => Redirect::to(&format!("/appointments/{id}?notice={notice}")).into_response(),
        // Taken in the meantime: back to the free slots, told plainly.
        Err(Error::Conflict(problem)) => {
            let slots = match moving {
                "" => slots_page(&professional_id),
                moving => format!("{}?move={moving}", slots_page(&professional_id)),
            };
            forms::back(&slots, "slots", problem, &Fields::new())
        }
        // The slot is not one to book (any more): back to the free slots.
        Err(Error::Invalid(problem @ (Problem::AppointmentSlotUnknown | Problem::AppointmentSlotPast))) => {
            forms::back(&slots_page(&professional_id), "slots", problem, &Fields::new())
        }
        Err(Error::Invalid(problem)) => forms::back(&page, "book", problem, &fields),
        Err(error) => form_failed(ctx.locale, error, "a booking"),
    }
}

pub async fn cancel(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(mut fields): FormBody<Fields>,
) -> Response {
    let confirm_page = format!("/appointments/{id}/cancel");
    if let Some(confirm) = forms::unconfirmed(&fields, &confirm_page) {
        return confirm;
    }
    if let Some(back) = reason_far_too_long(&mut fields, &confirm_page, "cancel") {
        return back;
    }
    let reason = match parse_reason(field(&fields, "reason")) {
        Ok(reason) => reason,
        Err(Error::Invalid(error)) => return forms::back(&confirm_page, "cancel", error, &fields),
        Err(error) => return form_failed(ctx.locale, error, "cancelling an appointment"),
    };
    match booking::cancel(&state.db, &actor, &id, reason.as_deref()).await {
        Ok(()) => Redirect::to(&format!("/appointments/{id}?notice=cancelled")).into_response(),
        Err(Error::Invalid(reason)) => back_to_appointment(&id, reason),
        Err(error) => form_failed(ctx.locale, error, "cancelling an appointment"),
    }
}

fn back_to_appointment(id: &str, reason: Problem) -> Response {
    forms::back(&format!("/appointments/{id}"), "appointment", reason, &Fields::new())
}

pub async fn calendar_file(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
) -> Response {
    match booking::one(&state.db, &actor, &id).await {
        Ok(appointment) => {
            let page = state.db.portal_link(&format!("/appointments/{}", appointment.id));
            (
                [
                    (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"rendez-vous.ics\""),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                appointment.ics(ctx.locale, &page),
            )
                .into_response()
        }
        Err(error) => form_failed(ctx.locale, error, "an appointment's calendar file"),
    }
}

pub async fn wait(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(professional_id): Path<String>,
) -> Response {
    match waiting::join(&state.db, &actor, &professional_id).await {
        Ok(()) => Redirect::to(&format!("{}?notice=waiting", slots_page(&professional_id))).into_response(),
        Err(error) => form_failed(ctx.locale, error, "joining a waiting list"),
    }
}

pub async fn stop_waiting(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(professional_id): Path<String>,
) -> Response {
    match waiting::leave(&state.db, &actor, &professional_id).await {
        Ok(()) => Redirect::to("/appointments?notice=left-waiting").into_response(),
        Err(error) => form_failed(ctx.locale, error, "leaving a waiting list"),
    }
}

const AVAILABILITY: &str = "/agenda/availability";

/// The availability page after a change: a notice, or back to the form with the reason.
fn availability_result(ctx: &RequestContext, result: Result<(), Error>, form: &str, fields: &Fields) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("{AVAILABILITY}?notice={form}")).into_response(),
        Err(Error::Invalid(id)) => forms::back(AVAILABILITY, form, id, fields),
        Err(error) => form_failed(ctx.locale, error, "an availability change"),
    }
}

pub async fn add_place(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let new = agenda::NewPlace::parse(
        field(&fields, "name"),
        field(&fields, "address"),
        field(&fields, "postcode"),
        field(&fields, "city"),
        field(&fields, "phone"),
        field(&fields, "zone"),
    );
    let result = match new {
        Ok(new) => agenda::add_place(&state.db, &actor, &new).await.map(|_| ()),
        Err(error) => Err(error),
    };
    availability_result(&ctx, result, "place", &fields)
}

pub async fn add_opening(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let visit = match field(&fields, "visit") {
        "video" => Ok(Visit::Video),
        "in-person" => Ok(Visit::InPerson),
        _ => Err(Error::Invalid(Problem::AvailabilityVisit)),
    };
    let weekday = field(&fields, "weekday")
        .parse::<i8>()
        .ok()
        .and_then(|n| jiff::civil::Weekday::from_monday_one_offset(n).ok())
        .ok_or(Error::Invalid(Problem::AvailabilityWeekday));
    let rule = match (weekday, visit) {
        (Ok(weekday), Ok(visit)) => {
            WeeklyRule::parse(weekday, field(&fields, "start"), field(&fields, "end"), field(&fields, "slot"), visit)
        }
        (Err(error), _) | (_, Err(error)) => Err(error),
    };
    let result = match rule {
        Ok(rule) => agenda::add_opening(&state.db, &actor, field(&fields, "place"), &rule).await,
        Err(error) => Err(error),
    };
    availability_result(&ctx, result, "opening", &fields)
}

pub async fn remove_opening(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
) -> Response {
    let result = agenda::remove_opening(&state.db, &actor, &id).await;
    availability_result(&ctx, result, "opening-removed", &Fields::new())
}

pub async fn close_days(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let result = agenda::close_days(&state.db, &actor, field(&fields, "from"), field(&fields, "to")).await;
    availability_result(&ctx, result, "closure", &fields)
}

pub async fn reopen_day(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(day): Path<String>,
) -> Response {
    let result = agenda::reopen_day(&state.db, &actor, &day).await;
    availability_result(&ctx, result, "reopened", &Fields::new())
}

pub async fn settings(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    // Languages come as repeated `language` fields, which a map would fold into one.
    FormBody(pairs): FormBody<Vec<(String, String)>>,
) -> Response {
    let languages: Vec<String> = pairs.iter().filter(|(k, _)| k == "language").map(|(_, v)| v.clone()).collect();
    let fields: Fields = pairs.into_iter().filter(|(k, _)| k != "language").collect();
    let typed = agenda::BookingSettings {
        cutoff_hours: field(&fields, "cutoff"),
        languages: &languages,
        video_url: field(&fields, "video_url"),
    };
    let result = agenda::set_booking_settings(&state.db, &actor, &typed).await;
    availability_result(&ctx, result, "settings", &fields)
}

pub async fn professional_cancel(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    if let Some(confirm) = forms::unconfirmed(&fields, &format!("/agenda/appointments/{id}/cancel")) {
        return confirm;
    }
    match agenda::cancel(&state.db, &actor, &id).await {
        Ok(()) => Redirect::to("/agenda?notice=cancelled").into_response(),
        Err(Error::Invalid(reason)) => {
            forms::back(&format!("/agenda/appointments/{id}"), "appointment", reason, &Fields::new())
        }
        Err(error) => form_failed(ctx.locale, error, "cancelling an appointment"),
    }
}

pub async fn professional_move(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    match agenda::move_to(&state.db, &actor, &id, field(&fields, "slot")).await {
        Ok(new_id) => Redirect::to(&format!("/agenda/appointments/{new_id}?notice=moved")).into_response(),
        Err(Error::Invalid(reason) | Error::Conflict(reason)) => {
            forms::back(&format!("/agenda/appointments/{id}"), "appointment", reason, &fields)
        }
        Err(error) => form_failed(ctx.locale, error, "moving an appointment"),
    }
}
