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

## Appointments (issue 6)
error-availability-time = Give the times as hours and minutes, for example 09:00.
error-availability-slot-length = A slot lasts from 5 to 240 minutes.
error-availability-too-short = The opening must end after its start, with room for at least one slot.
error-availability-overlap = These hours overlap another opening on the same day. Change the hours or remove the other opening.
error-availability-visit = Choose the kind of visit: in person or video.
error-availability-weekday = Choose a day of the week.
error-place-name = Give the place a name (at most 80 characters, on one line).
error-place-address = Give the address (at most 200 characters, on one line).
error-place-city = Give the city (at most 80 characters).
error-place-zone = Choose a time zone from the list.
error-place-unknown = This place does not exist any more. Choose one from the list.
error-closure-past = A closure cannot start before today.
error-closure-range = The end must follow the start, within 92 days.
error-cutoff-invalid = The cancellation notice is a number of hours from 0 to 168.
error-languages-none = Tick at least one language.
error-search-specialty = Choose a specialty from the list.
error-search-language = Choose a language from the list.
error-search-city = The city must fit on one line of at most 80 characters.
error-appointment-taken = This slot was just taken or is no longer offered. Choose another one.
error-appointment-slot-unknown = This slot is not in this agenda. Choose one from the list.
error-appointment-slot-past = This slot has already passed. Choose another one.
error-appointment-too-many = You already have 3 upcoming appointments with this professional. Cancel one to book another.
error-appointment-reason-long = The reason is at most 500 characters. Please shorten it.
error-appointment-reason-markup = The reason cannot contain tags such as <b> or </p>. Please write plain text.
error-appointment-reason-invalid = The reason contains invisible characters. Please type it again.
error-appointment-cutoff = This appointment is too close to cancel or move online. Please call the practice.
error-appointment-past = This appointment is in the past.
error-appointment-cancelled = This appointment is already cancelled or moved.
error-appointment-same-slot = The appointment is already at that time. Choose another slot.
error-form-expired = This form is no longer valid. Reload the page and try again.

nav-appointments = Appointments
nav-agenda = Agenda
time-pattern = %H:%M
day-with-weekday = { $weekday } { $date }
appointment-when = { $day } at { $time }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
spoken-fr = French
spoken-en = English
spoken-es = Spanish
spoken-ar = Arabic
spoken-de = German
spoken-it = Italian
spoken-pt = Portuguese
spoken-zh = Chinese

appointments-title = My appointments
appointments-book = Book an appointment
appointments-upcoming-title = Upcoming
appointments-none = No upcoming appointment.
appointments-past-title = Past and cancelled
appointments-waiting-title = Waiting lists
appointments-see-slots = See the slots
appointments-leave-waiting = Leave the list
appointments-leave-waiting-label = Leave { $professional }'s waiting list
appointment-title = Appointment
appointment-when-label = When
appointment-with-label = With
appointment-where-label = Where
appointment-for-label = For
appointment-reason-label = Reason (seen by the professional only)
appointment-status-label = Status
appointment-status-booked = Confirmed
appointment-status-past = Past
appointment-status-cancelled = Cancelled
appointment-status-cancelled-by-professional = Cancelled by the professional
appointment-minutes = ({ $minutes } min)
appointment-visit-in-person = In person
appointment-visit-video = Video call
appointment-visit-video-short = video
appointment-add-to-calendar = Add to my calendar (.ics)
appointment-move = Move
appointment-cancel = Cancel the appointment
appointment-cutoff-hint = You can cancel or move this appointment online until { $hours } hours before.
appointment-cutoff-passed = Less than { $hours } hours before the appointment: to cancel or move it, please call the practice.
appointment-back = Back to my appointments
appointment-ics-summary = Appointment: { $professional }
notice-appointment-booked = Appointment confirmed. A confirmation e-mail is on its way with the file for your calendar.
notice-appointment-moved = Appointment moved. The old slot is free again.
notice-appointment-cancelled = Appointment cancelled.
notice-appointment-waiting = You are on the waiting list: we will write to you if an earlier slot frees up.
notice-appointment-left-waiting = You left the waiting list.
notice-appointment-cancelled-patient-told = Appointment cancelled. The patient is told by e-mail.
notice-appointment-moved-patient-told = Appointment moved. The patient is told by e-mail.

book-title = Book an appointment
book-search-label = Find a professional
book-specialty-label = Specialty
book-city-label = City
book-language-label = Language spoken
book-any = Any
book-search = Search
book-none = No professional matches. Try a wider search.
book-results-title = Results
book-speaks = Speaks: { $languages }
book-earliest = Next free slot: { $when }
book-no-free-slot = No free slot for now.
book-confirm-title = Confirm the appointment
book-move-title = Move the appointment here
book-reason-label = Reason (optional, seen by the professional only)
book-reason-hint = Plain text, at most { $max } characters.
book-confirm = Confirm
book-move-confirm = Move here
book-other-slot = Choose another slot
slots-title = Free slots
slots-none = No free slot on these days.
slots-later = Next days
slots-moving = Choose the new slot. The old one stays yours until you confirm.
slots-slot-label = , { $visit }, { $place }
slots-waiting-title = Waiting list
slots-waiting-intro = Nothing suits you? Sign up: we will write as soon as an earlier slot frees up.
slots-waiting-join = Put me on the waiting list
slots-back = Find another professional

agenda-title = My agenda
agenda-nav-label = Move through the agenda
agenda-previous-day = Previous day
agenda-next-day = Next day
agenda-previous-week = Previous week
agenda-next-week = Next week
agenda-today = Today
agenda-show-week = Show the week
agenda-availability-link = My availability
agenda-summary = { $booked } appointments in { $slots } slots.
agenda-free = Free
agenda-appointment-title = A patient's appointment
agenda-no-reason = No reason given.
agenda-move-title = Move
agenda-move-label = New slot
agenda-move-button = Move and tell the patient
agenda-cancel-title = Cancel
agenda-cancel-intro = The patient receives a cancellation e-mail, and patients on the waiting list are told the slot is free.
agenda-back = Back to the agenda

availability-title = My availability
availability-intro = Your weekly openings become bookable slots for the coming 8 weeks.
notice-availability-place = Place added.
notice-availability-opening = Opening added: its slots are open.
notice-availability-opening-removed = Opening removed. Appointments already booked stay.
notice-availability-closure = Closure saved. Appointments already booked on those days stay: cancel or move them.
notice-availability-reopened = Day reopened.
notice-availability-settings = Settings saved.
places-title = Places
places-none = No place yet. Add one to open slots.
places-add-title = Add a place
place-name-label = Name (for example “Surgery”)
place-address-label = Address
place-city-label = City
place-zone-label = Time zone
places-add-button = Add the place
openings-title = Weekly openings
openings-none = No opening yet.
openings-add-title = Add an opening
opening-place-label = Place
opening-weekday-label = Day
opening-start-label = Start
opening-end-label = End
opening-slot-label = Slot length (minutes)
opening-slot-hint = From 5 to 240 minutes.
opening-visit-legend = Kind of visit
openings-add-button = Add the opening
opening-summary = { $weekday }, { $hours }, { $minutes }-minute slots
opening-remove = Remove
opening-remove-label = Remove the opening { $opening }
closures-title = Closed days
closures-none = No closed day ahead.
closure-from-label = From
closure-to-label = To (optional)
closure-to-hint = Leave empty for a single day.
closure-booked-hint = Appointments already booked on those days stay: cancel or move them from the agenda.
closures-add-button = Close these days
closure-reopen = Reopen
closure-reopen-label = Reopen { $day }
booking-settings-title = Appointment settings
settings-cutoff-label = Online cancellation notice (hours)
settings-cutoff-hint = Patients may cancel or move until this many hours before the appointment (0 to 168).
settings-languages-legend = Languages spoken
settings-save = Save

mail-appointment-confirmed-subject = Appointment confirmed: { $when }
mail-appointment-confirmed-body =
    Hello { $name },

    { $patient }'s appointment with { $professional } is confirmed:
    { $when }
    { $place }

    The attached file adds it to your calendar. To see, move or cancel it:

    { $url }
mail-appointment-moved-subject = Appointment moved: { $when }
mail-appointment-moved-body =
    Hello { $name },

    { $patient }'s appointment with { $professional } was moved. New time:
    { $when }
    { $place }

    The attached file updates your calendar. Details:

    { $url }
mail-appointment-moved-by-professional-subject = Your appointment was moved: { $when }
mail-appointment-moved-by-professional-body =
    Hello { $name },

    { $professional } moved { $patient }'s appointment. New time:
    { $when }
    { $place }

    The attached file updates your calendar. If this time does not suit you, you can move or cancel it:

    { $url }
mail-appointment-cancelled-subject = Appointment cancelled: { $when }
mail-appointment-cancelled-body =
    Hello { $name },

    { $patient }'s appointment with { $professional } on { $when } is cancelled.

    The attached file removes it from your calendar. To book another one:

    { $url }
mail-appointment-cancelled-by-professional-subject = Appointment cancelled by { $professional }
mail-appointment-cancelled-by-professional-body =
    Hello { $name },

    { $professional } cancelled { $patient }'s appointment on { $when }. We are sorry.

    The attached file removes it from your calendar. To book another one:

    { $url }
mail-appointment-reminder-subject = Reminder: appointment { $when }
mail-appointment-reminder-body =
    Hello { $name },

    A reminder of { $patient }'s appointment with { $professional }:
    { $when }
    { $place }

    Cannot make it? Cancel or move it to free the slot:

    { $url }
mail-appointment-slot-freed-subject = An earlier slot is free with { $professional }
mail-appointment-slot-freed-body =
    Hello { $name },

    A slot just freed up with { $professional }: { $when }.

    The first to book it gets it:

    { $url }
history-action-read-appointments = looked at your appointments
history-action-read-export = downloaded a complete copy of your record
history-action-appointment-book = booked an appointment for you
history-action-appointment-move = moved one of your appointments
history-action-appointment-cancel = cancelled one of your appointments
history-action-appointment-wait = changed your place on a waiting list
history-action-read-agenda = looked at their agenda
history-action-read-appointment = opened your appointment in their agenda
history-reason-own-agenda = an appointment booked with this professional
