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
history-tried-read-profile = tried to read your health profile
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
history-tried-profile-declare = tried to change your health profile
history-tried-profile-annotate = tried to annotate your health profile
history-tried-profile-confirm = tried to confirm an item of your health profile
history-tried-profile-hide-from-representatives = tried to change who sees an item of your health profile
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
lab-test-2339-0 = Blood glucose (finger-prick)
lab-test-72514-3 = Pain (out of 10)
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

## Sharing and traceability (issue 4)
nav-sharing = Sharing
nav-patients = My patients
record-of = Record of { $name }
record-emergency = Emergency access
record-sections-label = Parts of the record
overview-latest-title = Latest
overview-nothing = Nothing in this record yet.
patients-title = My patients
patients-empty = No patient has authorized you yet.
patients-born = Born { $date }
patients-status-authorized = Has authorized you
patients-emergency-until = Emergency access until { $time }
patients-request-title = Ask a patient for access
patients-request-intro = The patient receives your request and decides. You will see their record here once they authorize you.
patients-request-button = Send the request
patients-emergency-title = Emergency access
patients-emergency-intro = Only when the patient's care cannot wait for their consent. Access lasts 4 hours, the patient is told at once, and it is shown in their history with your reason. A patient who blocked you stays protected.
patients-emergency-reason-label = Reason (required, shown to the patient)
patients-emergency-button = Open an emergency access
notice-access-requested = Your request has been sent if a record matches. You will be able to read the record once the patient authorizes you.
error-emergency-reason-missing = Give the reason for the emergency access.
error-emergency-reason-invalid = The reason must be one line of at most 500 characters.
error-emergency-refused = No record you may open matches this INS and birth date.
visibility-title = Who can see this document
visibility-professionals = Hide from health professionals
visibility-representatives = Hide from legal representatives
visibility-hint = Hidden from professionals, a document stays visible to you, to the people who act for you, and to the professional who wrote it, as long as they have access to your record. Hidden from legal representatives, it stays visible to you and to the professionals who have access to your record.
visibility-save = Save
notice-visibility-saved = Your choice has been saved.
sharing-title = Sharing
sharing-intro = You decide, professional by professional, who may read your record. A block overrides everything else, even an emergency access.
sharing-history-link = Who saw my record
notice-sharing-authorize = This professional may now read your record.
notice-sharing-revoke = This professional may no longer read your record.
sharing-review-title = Authorizations given while you were a minor
sharing-review-intro = Your legal representatives allowed these professionals to read your record when you were a minor. Since you turned 18 these authorizations are suspended: the choice is yours. Keep the ones you want and remove the others.
sharing-review-given-on = Authorized for you on { $date }
sharing-keep = Keep the authorization
notice-sharing-block = This professional is blocked: they can no longer read your record, even in an emergency.
notice-sharing-unblock = This professional is no longer blocked.
notice-sharing-approve = Request approved: this professional may now read your record.
notice-sharing-refuse = Request refused.
notice-sharing-preference = Your choice has been saved.
error-sharing-unknown-professional = This professional is not in the directory.
error-sharing-self = You cannot authorize yourself on a record you act for.
error-sharing-no-request = This request is no longer pending.
sharing-requests-title = Requests
sharing-requested-on = Asked on { $date }
sharing-authorized-title = Who can read my record
sharing-authorized-none = No professional can read your record.
sharing-authorized-on = Authorized on { $date }
sharing-emergencies-title = Emergency accesses in progress
sharing-emergency-reason = Reason given: { $reason }
sharing-emergency-until = Until { $time }
sharing-blocked-title = Blocked
sharing-blocked-none = You have not blocked anyone.
sharing-blocked-on = Blocked on { $date }
sharing-directory-title = Find a professional
sharing-directory-name-label = Name or RPPS number
sharing-directory-specialty-label = Specialty
sharing-directory-any-specialty = Any specialty
sharing-directory-city-label = City
sharing-directory-search = Search
sharing-directory-none = No professional matches this search.
sharing-status-authorized = Can read your record
sharing-status-blocked = Blocked
sharing-status-requested = Has asked for access
sharing-new-documents-title = New documents
sharing-new-documents-label = New documents start hidden from professionals
sharing-new-documents-hint = You can then show each document from its page. The professional who wrote a document always sees it, as long as they have access to your record.
sharing-save = Save
sharing-rpps = RPPS { $rpps }
sharing-authorize = Authorize
sharing-revoke = Revoke
sharing-block = Block
sharing-unblock = Unblock
sharing-approve = Approve
sharing-refuse = Refuse
specialty-general-practice = General practice
specialty-cardiology = Cardiology
specialty-dermatology = Dermatology
specialty-endocrinology = Endocrinology
specialty-gynaecology = Gynaecology
specialty-paediatrics = Paediatrics
specialty-psychiatry = Psychiatry
specialty-radiology = Radiology
specialty-medical-biology = Medical biology
specialty-nursing = Nursing
specialty-pharmacy = Pharmacy
specialty-dentistry = Dentistry
specialty-physiotherapy = Physiotherapy
specialty-midwifery = Midwifery
error-rpps-invalid = An RPPS number has 11 digits.
error-rpps-taken = Another professional has this RPPS number.
error-specialty-unknown = This specialty is unknown.
error-city-invalid = The city must be one line of at most 100 characters.
history-title = Who saw my record
history-intro = Every access to your record and every change by someone other than you, allowed or refused.
history-from-label = From
history-to-label = To
history-who-label = Person
history-who-anyone = Anyone
history-filter = Filter
history-csv = Download as CSV
history-empty = Nobody else has accessed your record in this period.
history-table-caption = Accesses and changes, newest first
history-csv-time = Time
history-csv-who = Who
history-csv-role = Role
history-csv-action = What happened
history-csv-about = About
history-csv-decision = Outcome
history-csv-emergency = Emergency
history-csv-emergency-reason = Reason given
history-csv-yes = yes
history-csv-no = no
history-emergency = Emergency
history-emergency-reason = Reason given: { $reason }
history-actor-operator = Carnet's technical team
history-actor-unknown = Unknown
history-action-read-summary = read the summary of your record
history-action-read-results = read your results
history-action-read-result-history = read the history of one of your tests
history-action-read-documents = read the list of your documents
history-action-read-document = opened one of your documents
history-action-read-vaccinations = read your vaccinations
history-action-read-profile = read your health profile
history-action-read-sharing = read your sharing settings
history-action-read-history = read this history
history-action-write-import = imported data into your record
history-action-write-publish = published into your record
history-action-write-upload = added a document to your record
history-action-share-authorize = authorized a professional to read your record
history-action-share-revoke = withdrew a professional's authorization
history-action-share-block = blocked a professional
history-action-share-unblock = unblocked a professional
history-action-share-approve = accepted a professional's request for access
history-action-share-refuse = refused a professional's request for access
history-action-share-hide-document = hid a document
history-action-share-show-document = showed a document again
history-action-share-hide-new-documents = changed the setting for new documents
history-action-access-request = asked you for access to your record
history-action-access-emergency = opened an emergency access to your record
history-action-auth-sign-in = signed in
history-reason-owner = it is your own record
history-reason-consent = you authorized this professional to read your record
history-reason-emergency = an emergency access was running
history-reason-blocked = you blocked this professional
history-reason-no-consent = you have not authorized this professional
history-reason-hidden-document = you hid this document from professionals
history-reason-no-access = this person has no right to your record
history-reason-unknown-record = this record does not exist
history-reason-owner-only = only the record's owner may do this
history-reason-professional = health professionals may do this
history-reason-organisation-token = by an organisation's software, with its key to Carnet
history-reason-operator = only the technical team can import, on the server
history-reason-passkey = with your passkey
history-reason-enrolment = at enrolment
history-reason-bad-assertion = passkey not recognised
history-reason-user-handle-mismatch = passkey not recognised
history-role-patient = Patient
history-role-professional = Health professional
history-role-organisation = Organisation
history-role-operator = Technical team
history-role-caregiver = Caregiver
history-role-staff = Reception desk
history-role-admin = Administration
history-role-none = No role
history-role-person = Person
mail-first-read-subject = A professional consulted your health record
mail-first-read-body =
    Hello { $name },

    A health professional you authorized consulted your record for the first time. See who and when in "Who saw my record":

    { $url }

    If you did not expect this, you can revoke or block them from the Sharing page.
mail-emergency-access-subject = Emergency access to your health record
mail-emergency-access-body =
    Hello { $name },

    A health professional opened an emergency access to your record. It lasts 4 hours. See who, when and the reason they gave in "Who saw my record":

    { $url }

    If you object, you can block them from the Sharing page: a block ends their access at once.
mail-access-requested-subject = A professional asks to see your health record
mail-access-requested-body =
    Hello { $name },

    A health professional asks to read your record. Approve or refuse on the Sharing page:

    { $url }
home-patients-link = My patients and access requests
mail-first-read-for-subject = A professional read { $child }'s health record
mail-first-read-for-body =
    Hello { $name },

    An authorized health professional read the record of { $child }, whose legal representative you are, for the first time. See who and when in "Who saw my record", acting for { $child }:

    { $url }

    If you did not expect it, you can withdraw their authorization or block them from the Sharing page.
mail-emergency-access-for-subject = Emergency access to { $child }'s health record
mail-emergency-access-for-body =
    Hello { $name },

    A health professional opened an emergency access to the record of { $child }, whose legal representative you are. It lasts 4 hours. See who, when and the reason given in "Who saw my record", acting for { $child }:

    { $url }

    If you object, you can block them from the Sharing page: the block ends their access at once.
