# Renewal requests: a patient asks a treatment's prescriber to renew it (issue 19).
renewal-ask-title = Ask for a renewal
renewal-ask-intro = Your request goes to { $prescriber }, who accepts or declines it in their space. You get an e-mail as soon as they answer.
renewal-field-message = Message for the doctor (optional)
renewal-ask-button = Send the request
renewal-ask-link = Ask for a renewal
renewal-ask-link-for = Ask for a renewal: { $name }
renewal-pending = Renewal asked on { $date } to { $prescriber }: waiting for an answer.
renewal-accepted = Renewal accepted by { $prescriber } on { $date }.
renewal-declined = Renewal declined by { $prescriber } on { $date }.
renewal-answer-note = Their answer: { $note }
notice-renewal-requested = Your renewal request is sent.
notice-renewal-answered = Your answer is sent to the patient.
renewals-title = Renewal requests
renewals-open-profile = Open their health profile
renewals-none = No request waiting.
renewals-asked = Asked on { $date } by { $by }
renewals-message = Message: { $message }
renewals-field-note = Your answer (optional)
renewals-accept = Accept
renewals-decline = Decline
renewals-status-accepted = Accepted on { $date }
renewals-status-declined = Declined on { $date }
error-renewal-no-prescriber = The prescriber of this treatment does not use Carnet: ask for the renewal at your next visit.
error-renewal-not-readable = Your prescriber cannot read your record: authorize them on the Sharing page first.
error-renewal-pending = A request for this treatment is already waiting for an answer.
error-renewal-message = The message is 500 characters at most, on one line.
history-action-profile-request-renewal = asked for a treatment to be renewed
history-action-profile-answer-renewal = answered a renewal request
history-tried-profile-request-renewal = tried to ask for a treatment to be renewed
history-tried-profile-answer-renewal = tried to answer a renewal request
mail-renewal-requested-subject = A patient asks you for a renewal
mail-renewal-requested-body =
    Hello { $name },

    A patient asks you to renew a treatment. Answer from your space:

    { $url }
mail-renewal-requested-action = See the requests
mail-renewal-answered-subject = Your renewal request was answered
mail-renewal-answered-body =
    Hello { $name },

    The doctor answered your renewal request. Read the answer in your health profile:

    { $url }
mail-renewal-answered-action = Read the answer
