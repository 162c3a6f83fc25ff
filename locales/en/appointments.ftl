## Appointments (issue 16): confirming before cancelling or blocking, video consultations,
## the agenda's dates, the next appointment, copies for caregivers, address and telephone.

# Dates in words (agenda).
day-of-month = { $day }
date-long = { $weekday } { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
agenda-week-heading = Week of { $from } to { $to }
agenda-today-mark = (today)
agenda-day-empty = No slots this day.
agenda-day-link-label = See { $day } on its own
agenda-cancelled-by-patient = Cancelled by { $patient }
agenda-cancel-reason = Reason for cancelling: { $reason }
agenda-cancel-link = Cancel this appointment…
agenda-cancel-confirm-title = Cancel { $patient }'s appointment?
agenda-cancel-confirm = Yes, cancel and tell the patient
agenda-cancel-keep = No, keep the appointment
agenda-cancel-effect-patient = { $patient } receives a cancellation e-mail, with the file that removes the appointment from their calendar.
agenda-cancel-effect-waiting = The slot is freed, and the patients on your waiting list are told.

# The place: postcode and telephone.
place-postcode-label = Postcode
place-phone-label = Practice telephone
place-phone-hint = Given to patients with the address, for example 04 78 00 00 00.
error-place-postcode = A postcode has 5 digits.
error-place-phone = Give the practice's telephone: 10 digits (04 78 00 00 00) or an international number (+33 4 78 00 00 00).
appointment-phone = Tel. { $phone }
appointment-phone-label = Practice telephone

# Video consultations.
settings-video-label = Video consultation link (optional)
settings-video-hint = The https address of your virtual waiting room, 500 characters at most. Patients see it on the appointment's page from { $minutes } minutes before the start. Needed to open video slots.
error-video-url = The video consultation link must be a full https address (https://…), without spaces or a user name, of 500 characters at most.
error-video-url-needed = First give your video consultation link in the booking settings: every video consultation must have a way to join.
appointment-where-video = Video consultation
appointment-where-video-text = Video consultation: join it from the appointment's page (link below), from { $minutes } minutes before the start.
appointment-join = Join the video consultation
appointment-join-hint = The link opens { $professional }'s video consultation service in a new tab.
appointment-join-opens = The link to join the consultation will appear here on { $when }, { $minutes } minutes before the start.
appointment-join-missing = { $professional } has not given a video consultation link yet: contact the practice.
appointment-join-ended = This video consultation is over.

# Cancelling an appointment: the confirmation page.
appointment-cancel-title = Cancel this appointment?
appointment-cancel-effect-slot = The appointment is cancelled and the slot freed for other patients.
appointment-cancel-effect-mail = An e-mail confirms the cancellation, with the file that removes the appointment from the calendar.
appointment-cancel-effect-professional = { $professional } sees the cancellation in their agenda, with the reason if you give one.
appointment-cancel-reason-label = Reason for cancelling (optional, seen by the professional only)
appointment-cancel-reason-hint = Plain text, { $max } characters at most. It is never sent by e-mail.
appointment-cancel-confirm = Yes, cancel the appointment
appointment-cancel-keep = No, keep the appointment
appointment-cancel-reason-shown = Reason for cancelling
appointment-book-again = Book again with { $professional }
notice-appointment-booked-for = Appointment confirmed for { $patient }. The confirmation is e-mailed to you, with the calendar file.
notice-appointment-booked-for-both = Appointment confirmed for { $patient }. The confirmation is e-mailed to you and to { $patient }, with the calendar file.
notice-appointment-moved-for = { $patient }'s appointment moved. The old slot is freed; you receive a copy of the e-mail.
notice-appointment-cancelled-for = { $patient }'s appointment cancelled. You receive a copy of the e-mail.

# Blocking a professional: the confirmation page.
sharing-block-page-title = Block a professional
sharing-rpps-label = RPPS number
sharing-block-title = Block { $professional }?
sharing-block-now = Today
sharing-block-now-none = No decision: this professional cannot read your record, except in an emergency.
sharing-block-effects-title = What blocking changes
sharing-block-effect-read = { $professional } can no longer read your record, not even in an emergency, from their very next request.
sharing-block-effect-emergency = Any emergency access opened by { $professional } ends at once.
sharing-block-effect-requests = Their requests for access are refused; you see them in "Who saw my record".
sharing-block-effect-publish = What { $professional } publishes for you (results, reports) still arrives in your record.
sharing-block-effect-appointments = Your appointments with { $professional } do not change.
sharing-block-undo = You can unblock them at any time from the Sharing page.
sharing-block-confirm = Yes, block this professional
sharing-block-keep = No, back to sharing

# Home: the next appointment.
home-next-appointment-title = Next appointment
home-next-appointment-none = No upcoming appointment.
home-next-appointment-open = See the appointment
home-all-appointments = All appointments

# The .ics file: description (never the reason).
appointment-ics-description =
    Appointment with { $professional } ({ $specialty }), for { $patient }.
    { $where }
    To see, move or cancel it: { $url }
    { $hours ->
        [0] Online until the appointment starts.
       *[other] Online until { $hours } h before; after that, call the practice.
    }
appointment-ics-description-cancelled =
    Cancelled appointment with { $professional } ({ $specialty }), for { $patient }.
    To book another: { $url }

# A copy for the person who booked, moved or cancelled the appointment for the patient.
mail-appointment-confirmed-copy-action = See the appointment
mail-appointment-moved-copy-action = See the appointment
mail-appointment-cancelled-copy-action = See the appointment
mail-appointment-confirmed-copy-subject = Appointment confirmed for { $patient }: { $when }
mail-appointment-confirmed-copy-body =
    Hello { $name },

    You booked an appointment for { $patient } with { $professional }:
    { $when }
    { $place }

    You receive this confirmation because you booked this appointment for { $patient }. The attached file adds it to your calendar. To see, move or cancel it:

    { $url }
mail-appointment-moved-copy-subject = { $patient }'s appointment moved: { $when }
mail-appointment-moved-copy-body =
    Hello { $name },

    You moved { $patient }'s appointment with { $professional }. New time:
    { $when }
    { $place }

    You receive this copy because you made this change for { $patient }. The attached file updates your calendar. Details:

    { $url }
mail-appointment-cancelled-copy-subject = { $patient }'s appointment cancelled: { $when }
mail-appointment-cancelled-copy-body =
    Hello { $name },

    You cancelled { $patient }'s appointment with { $professional } on { $when }.

    You receive this copy because you made this change for { $patient }. The attached file removes it from your calendar. To book another:

    { $url }
