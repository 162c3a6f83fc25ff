## Visits prepared before the day: kinds of visit, instructions, pre-visit forms and their signature.

# Errors.
error-visit-kind-language = Choose one of Carnet's languages.
error-visit-kind-name = Give the kind of visit a name: one line, at most 80 characters, no markup.
error-visit-kind-instructions = The instructions are plain text of at most 2,000 characters.
error-visit-kind-bring = The documents to bring are plain text of at most 1,000 characters.
error-visit-kind-too-many = You already offer 20 kinds of visit: remove one first.
error-visit-kind-unknown = This kind of visit is no longer offered: choose another.
error-visit-kind-wrong-slot = This time is for the other way of consulting (in person or by video): choose a time shown for this kind of visit.
error-visit-question-label = Write the question: one line, at most 200 characters, no markup.
error-visit-question-options = A choice needs 2 to 12 different answers, one per line, each at most 80 characters.
error-visit-question-options-count = Give as many answers as in the other languages, in the same order.
error-visit-question-type = Choose what kind of answer the question expects.
error-visit-question-prefill = Only a text answer can be filled in from the health summary.
error-visit-question-too-many = A form has at most 20 questions.
error-visit-form-answers = Some answers need correcting: see the questions marked below.
error-visit-form-signed = This form is signed: it can no longer change.
error-visit-form-not-to-sign = There is nothing to sign here: the form is not filled in, already signed, or the appointment has passed.
error-visit-form-changed = The answers changed while you were signing: read them again, then sign.
error-visit-answer-required = This question needs an answer.
error-visit-answer-text = Write plain text of at most 2,000 characters.
error-visit-answer-choice = Choose one of the answers offered.
error-visit-answer-date = Give a date, for example 12/03/2026.
error-visit-answer-number = Give a number, for example 72 or 72.5.

# Words shared by the pages, the e-mails and the signed copy.
visit-kind-label = Kind of visit
visit-instructions-label = Instructions
visit-bring-label = To bring
visit-form-label = Form before the visit
visit-answer-none = —
visit-answer-yes = Yes
visit-answer-no = No
visit-item-text = Free text
visit-item-boolean = Yes or no
visit-item-choice = Choice from a list
visit-item-date = Date
visit-item-number = Number
visit-prefill-allergies = Allergies
visit-prefill-treatments = Current treatments
visit-prefill-none = Nothing (the patient writes)

# E-mails (confirmation, move, reminder).
visit-mail-kind = Kind of visit: { $kind }
visit-mail-form = A form is to be filled in before the visit, on the appointment's page.
visit-mail-form-signed = A form is to be filled in and signed before the visit, on the appointment's page.

# The signed copy (a PDF in the record's documents).
visit-signed-title = Signed form: { $kind }
visit-signed-file = signed-form
visit-signed-patient = For: { $patient }
visit-signed-appointment = Appointment with { $professional }, { $when }
visit-signed-by = Signed by { $signer } on { $when }, with their passkey (user verification).
visit-signed-passkey = Passkey: { $passkey }
visit-signed-fingerprint = Fingerprint of the answers (SHA-256): { $fingerprint }

# Booking.
book-kind-legend = What kind of visit?
book-kind-has-form = form to fill in before
book-kind-other = Something else
book-kind-show = Show the times
slots-for-kind = Times for: { $kind }.
slots-change-kind = Change the kind of visit
visit-form-after-booking = A form will be to fill in before the visit.
visit-form-to-sign-after-booking = A form will be to fill in and sign before the visit.

# The appointment's page.
visit-before-title = Before your visit
visit-form-to-fill = { $count ->
    [one] Please answer the question before the visit.
   *[other] Please answer the { $count } questions before the visit.
}
visit-form-fill = Fill in the form
visit-form-change = Change my answers
visit-form-sent-on = Answers sent on { $when }.
visit-form-awaits-signature = Your answers are waiting for your signature.
visit-form-sign-link = Sign my answers
visit-form-signed-on = Signed by { $signer } on { $when }.
visit-form-signed-document = See the signed copy in your documents
visit-form-outdated = The form has changed since it was answered: please answer it again.
visit-form-answers-not-shown = The answers belong to the health summary, which your delegation does not cover: they are not shown to you.
visit-form-signed-by-patient = The patient, or their legal representative, signs these answers with their passkey.
visit-form-not-filled = Form not filled in.
notice-visit-form-sent = Your answers are sent. You can change them until the appointment.
notice-visit-form-signed = Your answers are signed. A sealed copy is in your documents.

# The form.
visit-form-title = Form before the visit
visit-form-intro = Your answers go to the professional with your appointment. You can change them until the appointment.
visit-form-intro-signed = Your answers go to the professional with your appointment. You will then sign them with your passkey.
visit-question-required = { $label } (required)
visit-answer-prefilled = Filled in from your health summary: check it and correct it if needed.
visit-answer-date-hint = For example 12/03/2026.
visit-answer-number-hint = A number, for example 72 or 72.5.
visit-form-send = Send my answers
visit-form-continue = Continue to the signature
visit-form-back = Back to the appointment

# Signing.
visit-sign-title = Sign your answers
visit-sign-intro = Read the answers given for { $patient } again.
visit-sign-passkey-title = Sign with your passkey
visit-sign-what = By signing, you confirm these answers. Carnet keeps a sealed copy, dated and in your name, in the record's documents.
visit-sign-button = Sign with my passkey
visit-sign-working = Signing…
visit-sign-failed = The signature did not go through. Try again, or read your answers again.

# "Who saw my record".
history-action-read-visit-form = read your form before the visit
history-action-appointment-prepare = answered the form before the visit
history-action-appointment-sign = signed the form before the visit
history-tried-read-visit-form = tried to read your form before the visit
history-tried-appointment-prepare = tried to answer the form before the visit
history-tried-appointment-sign = tried to sign the form before the visit

# The professional's view of the answers.
visit-form-answered-by = Answered by { $name } on { $when }

# The professional's kinds of visit.
agenda-visit-kinds-link = Kinds of visit
visit-kinds-title = Kinds of visit
visit-kinds-intro = Offer kinds of visit (for example "Blood test, fasting") with their instructions, the documents to bring and a form to fill in before. Patients see them when they book, in the confirmation and in the reminder.
visit-kinds-none = You do not offer any kind of visit yet.
visit-kind-questions = { $count ->
    [0] no form
    [one] 1 question
   *[other] { $count } questions
}
visit-kind-signed = to sign
visit-kind-written-in = Written in: { $languages }
visit-kind-add-title = Add a kind of visit
visit-kind-lang-label = Language of these texts
visit-kind-name-label = Name
visit-kind-name-hint = What the patient chooses, for example "Blood test, fasting".
visit-kind-instructions-hint = What the patient must do before: fast, arrive early…
visit-kind-bring-hint = Health insurance card, prescription, earlier tests…
visit-kind-visit-legend = How the visit takes place
visit-kind-signature-label = The form must be signed
visit-kind-signature-hint = Consent to care, pre-admission: the patient signs their answers with their passkey, and a sealed copy joins their record.
visit-kind-add-button = Add this kind of visit
visit-kind-title = Kind of visit
visit-kind-languages-label = Languages
visit-kind-not-written = (to write)
visit-kind-texts-title = Texts in { $language }
visit-kind-save = Save
visit-questions-title = Form before the visit
visit-questions-intro = The questions, in the order the patient sees them. A question not written in their language is shown in French.
visit-questions-none = No form: add a question to create one.
visit-question-add-title = Add a question
visit-question-type-label = Kind of answer
visit-question-label-label = Question (in { $language })
visit-question-options-label = Answers offered (for a choice)
visit-question-options-hint = One per line, 2 to 12.
visit-question-options-same = One per line, in the same order as in the other languages.
visit-question-prefill-label = Fill in with
visit-question-prefill-hint = For a text answer: the patient finds what their health summary says, and corrects it if needed.
visit-question-required-label = Answer required
visit-question-add-button = Add the question
visit-question-is-required = required
visit-question-prefilled-from = filled in with: { $what }
visit-question-not-written = Not written in this language yet.
visit-question-word = Write in { $language }
visit-question-save = Save the question
visit-question-remove = Remove
visit-question-remove-label = Remove the question "{ $question }"
visit-kind-retire-title = Stop offering this kind of visit
visit-kind-retire-intro = Appointments already booked keep it, with their answers.
visit-kind-retire-button = Stop offering it
visit-kinds-back = Back to the kinds of visit
notice-visit-kind-added = Kind of visit added. Write it in other languages and add questions if needed.
notice-visit-kind-saved = Saved.
notice-visit-kind-retired = This kind of visit is no longer offered.
notice-question-added = Question added.
notice-question-saved = Question saved.
notice-question-removed = Question removed.
