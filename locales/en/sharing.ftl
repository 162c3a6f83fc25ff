# Carnet — sharing: who saw my record, access requests, hidden documents, publishing from the record (issue 16).
# New messages of this area; existing texts are changed in place in main.ftl.

## Who saw my record: each line says who did or tried what, and what happened
history-event = { $who } { $action }
history-action-read-identity = read your identity (name, birth date, INS) to publish into your record
history-action-unknown = acted on your record
history-tried-read-summary = tried to read the summary of your record
history-tried-read-results = tried to read your results
history-tried-read-result-history = tried to read the history of one of your tests
history-tried-read-documents = tried to read the list of your documents
history-tried-read-document = tried to open one of your documents
history-tried-read-vaccinations = tried to read your vaccinations
history-tried-read-sharing = tried to read your sharing settings
history-tried-read-history = tried to read this history
history-tried-read-delegations = tried to read the list of your caregivers
history-tried-read-appointments = tried to look at your appointments
history-tried-read-export = tried to download a complete copy of your record
history-tried-read-identity = tried to read your identity to publish into your record
history-tried-read-agenda = tried to look at their agenda
history-tried-read-appointment = tried to open your appointment in their agenda
history-tried-write-import = tried to import data into your record
history-tried-write-publish = tried to publish into your record
history-tried-write-upload = tried to add a document to your record
history-tried-share-authorize = tried to authorize a professional to read your record
history-tried-share-revoke = tried to withdraw a professional's authorization
history-tried-share-block = tried to block a professional
history-tried-share-unblock = tried to unblock a professional
history-tried-share-approve = tried to accept a professional's request for access
history-tried-share-refuse = tried to refuse a professional's request for access
history-tried-share-hide-document = tried to hide a document
history-tried-share-show-document = tried to show a document again
history-tried-share-hide-new-documents = tried to change the setting for new documents
history-tried-access-request = tried to ask you for access to your record
history-tried-access-emergency = tried to open an emergency access to your record
history-tried-auth-sign-in = tried to sign in
history-tried-delegation-invite = tried to invite a caregiver
history-tried-delegation-end = tried to end a delegation
history-tried-delegation-accept = tried to agree to act for you
history-tried-appointment-book = tried to book an appointment for you
history-tried-appointment-move = tried to move one of your appointments
history-tried-appointment-cancel = tried to cancel one of your appointments
history-tried-appointment-wait = tried to change your place on a waiting list
history-tried-desk-enrol = tried to create your account at the reception desk
history-tried-desk-recovery = tried to start the recovery of your account at the reception desk
history-tried-desk-minor = tried to create this record at the reception desk
history-tried-desk-assist-start = tried to start an assisted session on your record
history-tried-desk-assist-approve = tried to get your approval for an assisted session
history-tried-desk-assist-end = tried to end the assisted session
history-tried-unknown = tried to act on your record
history-by-professional = { $name } (health professional)
history-by-assisting = { $name } (reception desk), assisting you,
history-by-caregiver = { $name } (caregiver), for you,
history-by-representative = { $name } (legal representative), for you,
history-by-staff = { $name } (reception desk)
history-by-caregiver-role = { $name } (caregiver)
history-by-representative-role = { $name } (legal representative)
history-by-organisation = { $name } (an organisation's software)
history-by-patient = { $name } (patient)
history-by-admin = { $name } (administration)
history-by-person = { $name }
history-by-operator = The technical team running this Carnet
history-outcome-allowed = Allowed: { $why }
history-outcome-refused = Refused: { $why }
history-reason-hidden-document-representative = this document is hidden from legal representatives
history-reason-out-of-scope-staff = this is not allowed in an assisted session
history-reason-unknown = a Carnet access rule
history-request-waiting = Waiting for your answer
history-request-accepted = You accepted
history-request-refused = You refused
history-request-blocked = You blocked this professional
history-request-unanswered = No answer from you
history-about = About: { $about }

## Hidden documents: said in words in the lists and on the document's page
document-visibility = Visibility
document-hidden-from-professionals = Hidden from professionals
document-hidden-from-representatives = Hidden from legal representatives

## My patients: the requests sent, as typed
patients-requests-title = Requests sent
patients-requests-hint = Each request stays here for { $days } days, as you typed it. If the patient accepts it, they appear in the list above, by name, and you can read their record.
patients-request-ins = INS
patients-request-sent-on = Request sent on { $date }

## Publishing: measurements (vital signs), and from a patient's record
lab-test-8480-6 = Systolic blood pressure
lab-test-8462-4 = Diastolic blood pressure
lab-test-8867-4 = Heart rate
lab-test-29463-7 = Body weight
lab-test-8302-2 = Body height
lab-test-8310-5 = Body temperature
lab-test-59408-5 = Oxygen saturation (SpO2)
publish-for-patient-link = Publish for this patient
publish-for-title = Publish for { $name }
publish-for-intro = What you publish here goes into { $name }'s record. The patient is told by e-mail, without medical detail.
publish-for-born = Born on { $date }
publish-for-no-ins = This record has no INS or no birth date: nothing can be published into it from the portal.
notice-published-for = Published in { $name }'s record.
publish-other-patient = Publish for another patient (INS and birth date)

## A patient's record seen by a professional: it speaks to the professional
results-title-of = Results of { $name }
documents-title-of = Documents of { $name }
vaccinations-title-of = Vaccinations of { $name }
results-empty-other = No results in this record yet.
results-back-other = Back to the results
documents-back-other = Back to the documents
overview-out-of-range-none = The latest result of each test is within its reference range.
overview-results-none = No result with a reference range in this record yet.
vaccinations-source-professional = According to the { $source }. Other vaccinations may be indicated by the patient's situation.
vaccinations-no-birth-date-professional = The patient's birth date is not known: the vaccinations due cannot be worked out.
error-publish-no-ins = This record has no INS or no birth date: nothing can be published into it from the portal.
