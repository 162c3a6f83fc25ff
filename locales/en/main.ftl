# Carnet — English.
# Every visible text comes from here; every language has exactly the same ids.

## General
language-name = English
# Dates and times (strftime pattern).
datetime-pattern = %-d %b %Y, %H:%M
site-name = Carnet
site-tagline = Your health record, shared with whom you choose.
skip-to-content = Skip to content
nav-label = Main navigation
nav-menu = Menu
nav-home = Home
nav-account = My account
nav-sign-in = Sign in
nav-sign-out = Sign out
language-label = Language
language-switch = Show in { $language }
footer-text = Carnet, an open-source patient portal.
javascript-needed = Passkeys need JavaScript: turn it on in your browser to continue.

## Roles
role-patient = Patient
role-caregiver = Caregiver
role-professional = Health professional
role-staff = Reception and digital help
role-admin = Administration

## Home
home-title = Home
home-greeting = Hello, { $name }
home-roles = You are signed in as: { $roles }.
home-signed-out-title = Welcome to Carnet
home-signed-out-text = Sign in with your passkey to see your health record. To get an account, ask at the reception desk of your care centre.
home-account-hint = Manage your passkeys and language from your account.

## Sign-in
signin-title = Sign in
signin-intro = Use the passkey saved on your phone, your computer or your security key.
signin-username-label = E-mail address
signin-username-hint = Your browser may offer your passkeys in this field.
signin-button = Sign in with a passkey
signin-working = Signing in…
signin-failed = We could not sign you in with this passkey. Try again or ask at the reception desk.
signin-no-account = No account yet? The reception desk of your care centre can enrol you.

## Enrolment
enrol-title = Create your passkey
enrol-welcome = Welcome, { $name }.
enrol-intro = A passkey replaces the password: it stays on your device and unlocks with your fingerprint, face or PIN. Nobody else can use it.
enrol-button = Create my passkey
enrol-working = Creating the passkey…
enrol-failed = The passkey could not be created. Try again.
link-unknown-title = Unknown link
link-unknown-text = This enrolment link does not exist. Check that it is complete, or ask the reception desk for a new one.
link-used-title = Link already used
link-used-text = This link was already used to create a passkey. Sign in with that passkey, or ask the reception desk for a new link.
link-expired-title = Link expired
link-expired-text = This link is no longer valid. Ask the reception desk for a new one.

## Ceremonies (shared messages)
ceremony-cancelled = The operation was cancelled or timed out. You can try again.
ceremony-unsupported = This browser does not support passkeys. Try a recent browser.
ceremony-network = Could not reach the server. Check your network and try again.

## Account
account-title = My account
account-passkeys-title = My passkeys
account-passkeys-intro = Each device you sign in with has its own passkey.
passkey-created = Created { $date }
passkey-last-used = Last used { $date }
passkey-never-used = Never used to sign in
passkey-name-label = Passkey name
passkey-rename = Rename
passkey-remove = Remove
passkey-remove-label = Remove the passkey “{ $name }”
passkey-rename-label = Rename the passkey “{ $name }”
passkey-only-one = This is your only passkey: add another before you can remove it, or you could no longer sign in.
passkey-add-title = Add a passkey
passkey-add-intro = Add a passkey on another device so you never lose access to your record.
passkey-add-button = Add a passkey
passkey-add-working = Adding the passkey…
passkey-add-failed = The passkey could not be added. Try again.
passkey-default-name = Passkey { $number }
account-language-title = Language
account-language-intro = Carnet writes to you and shows itself in the language you choose.
account-export-title = My data
account-export-intro = Download a complete copy of the record: identity, results with their reference ranges, vaccinations, documents with their files. The file is in FHIR R4, the format health software reads. It holds all this health data: keep it somewhere safe.
account-export-link = Download the record (FHIR, JSON)
notice-passkey-renamed = The passkey was renamed.
notice-passkey-removed = The passkey was removed. Sessions opened with it were ended.
notice-passkey-added = The passkey was added. A security e-mail was sent to you.
notice-language-changed = The language was changed.

## Errors
error-title = Something went wrong
not-found-title = Page not found
not-found-text = This page does not exist or you do not have access to it.
back-home = Back to home
error-name-invalid = The name must be 1 to 100 characters long.
error-email-invalid = This e-mail address is not valid.
error-email-taken = An account already exists with this e-mail address.
error-role-invalid = This role does not exist.
error-passkey-name-invalid = A passkey name must be 1 to 64 characters long.
error-last-passkey = You cannot remove your last passkey: add another one first.
error-not-found = Not found.
error-sign-in-required = You need to sign in.
error-ceremony = The passkey check failed. Try again.
error-rate-limited = Too many attempts. Wait a minute and try again.
error-bad-request = The request is invalid.
error-unsupported-media = The request's format is not accepted.
error-payload-too-large = The request is too large.
error-cross-origin = Request refused: it does not come from Carnet.
error-internal = A technical problem prevents us from answering. Try again in a moment.
error-method = This action is not allowed here.

## E-mails
mail-invitation-subject = Your invitation to Carnet
mail-invitation-body =
    Hello { $name },

    A Carnet account was created for you. To use it, create your passkey by opening this link on your phone or computer:

    { $url }

    This link works only once and expires in { $hours } hours.

    If you did not expect this message, ignore it.
mail-passkey-added-subject = A passkey was added to your Carnet account
mail-passkey-added-body =
    Hello { $name },

    A passkey named “{ $passkey }” was added to your Carnet account on { $when }.

    If this was you, there is nothing to do. Otherwise, tell the reception desk of your care centre and remove this passkey from your account:

    { $url }
mail-record-updated-subject = Something new in your health record
mail-record-updated-body =
    Hello { $name },

    { $count ->
        [one] One new item was added to your health record.
       *[other] { $count } new items were added to your health record.
    } Sign in to see what was added:

    { $url }

    To protect your privacy, this message contains no medical information.

## Health record: formats
# Date only (strftime pattern).
date-pattern = %-d %b %Y
# Decimal separator of measured values.
decimal-separator = .
nav-results = Results
nav-documents = Documents
nav-vaccinations = Vaccinations
pager-older = Older
error-date-invalid = One of the dates is not valid: use the format dd/mm/yyyy.
error-health-id-invalid = This INS is not valid: it has 15 characters and its key must match.
error-health-id-taken = This INS already belongs to another record.
error-upload-missing = Choose a file.
error-upload-too-large = This file is larger than 10 MB.

## Home (patient)
home-new-title = New since your last visit
home-nothing-new = Nothing new since your last visit.
home-new-results = { $count ->
    [one] One new result
   *[other] { $count } new results
}
home-out-of-range-title = Results outside the reference range
home-out-of-range-none = None of your latest results is outside its reference range.
home-out-of-range-nothing-to-judge = No result with reference values yet.
home-out-of-range-hint = A result outside the reference range is not necessarily abnormal for you: talk it over with your doctor.
home-all-results = All my results
home-vaccinations-title = Vaccinations to do
home-all-vaccinations = My vaccination record
home-verify-link = Verify a document sealed by Carnet

## Results
results-title = My results
results-search-label = Search for a test
results-from-label = From
results-to-label = To
results-search-button = Show
results-empty = No results in your record yet.
results-none-found = No test matches your search.
results-none-in-period = No results in this period.
results-period-caption = Results of the period, newest first
results-category-laboratory = Laboratory tests
results-category-vital-signs = Measurements (blood pressure, weight…)
results-back = Back to my results
result-range = Reference range: { $range }
result-count = { $count ->
    [one] one result
   *[other] { $count } results
}
result-latest = Latest result: { $value }, on { $date }
result-date = Date
result-test = Test
result-value = Result
result-reference = Reference range
result-performer = Performed by
result-no-value = No value
history-caption = History: { $test }
trend-title = Trend: { $test }
trend-description = Values over time. The same data is in the table below.
trend-legend-line = Line and dots: your results, from the oldest to the latest.
trend-legend-band = Shaded band: reference range of the latest result.
trend-legend-out = Square: result outside the reference range.
flag-normal = Normal
flag-low = Low
flag-high = High
flag-critical-low = Critically low
flag-critical-high = Critically high
flag-abnormal = Abnormal
flag-critical = Critical

## Documents
documents-title = My documents
documents-kinds-label = Kinds of documents
documents-all = All
documents-empty = No documents here yet.
documents-back = Back to my documents
document-kind-report = Test report
document-kind-prescription = Prescription
document-kind-imaging = Imaging
document-kind-letter = Letter
document-kind-other = Other document
document-kind = Kind
document-author = Author
document-author-unknown = Author not given
document-added-by = Added by { $name }
document-date = Date
document-file = File
document-size-kb = { $size } KB
document-seal = Seal
document-sealed = Sealed, unchanged
document-seal-broken = Invalid seal: the document was altered
document-patient-provided = Document added by the patient
document-sealed-explained = Carnet signed this document when it was published. Anyone who receives a copy can check that it is authentic and intact.
document-open = Open
document-download = Download
document-replaced = Replaced by a corrected version
document-replaced-by = This document was corrected: see the new version
document-replaces = This document corrects an earlier version: see it
document-verify-hint = Verify a copy of this document

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

## Verification
verify-title = Verify a document
verify-intro = Received a document from Carnet? Choose the file: Carnet tells you whether it sealed it, who published it and when, and whether it is intact. The file is not kept.
verify-file-label = File to verify
verify-button = Verify
verify-another = Verify another file
verify-sealed-title = Authentic and intact
verify-sealed-text = { $kind } published by { $author } on { $date }, sealed by this Carnet. The file has not changed since.
verify-unknown-title = Document not recognised
verify-unknown-text = This Carnet sealed no document identical to this file: either it comes from elsewhere, or it was changed, even by a single byte.
verify-broken-title = Invalid seal
verify-broken-text = An identical document is stored, but its seal no longer matches: the stored information was altered. Report it to the care centre.
verify-key-title = Verify without Carnet
verify-key-text = Seals are Ed25519 signatures made with the public key below. The format is described in Carnet's documentation.
verify-key-id = Key id
verify-public-key = Public key

## Adding documents
upload-link = Add a document
upload-title = Add a document
upload-intro = Add a document you received to your record (PDF, JPEG or PNG, { $size } MB at most). It will be marked as added by you.
upload-title-label = Document title
upload-kind-label = Kind
upload-file-label = File
upload-button = Add
notice-uploaded = The document was added to your record.
error-upload-type = This file is not a PDF, a JPEG or a PNG image (its content was checked, not just its name).
error-upload-title = Give the document a title (200 characters at most, on one line).
error-upload-duplicate = This document is already in your record.

## Publishing (professionals)
nav-publish = Publish
publish-title = Publish to a record
publish-intro = The patient is named by INS and birth date; their record must already exist. They are told by e-mail, with no medical detail.
publish-results-title = Test results or measurements
publish-report-title = A report (PDF)
publish-vaccination-title = A vaccination
publish-health-id-label = Patient's INS (15 characters)
publish-birth-date-label = Birth date
publish-taken-at-label = Date and time of the sample or measurement
publish-test-label = Test or measurement { $row }
publish-test-none = —
publish-value-label = Result { $row }
publish-low-label = Low bound { $row } (if different)
publish-high-label = High bound { $row } (if different)
publish-report-title-label = Title
publish-report-kind-label = Kind
publish-report-date-label = Date of the document
publish-report-file-label = PDF file
publish-vaccine-label = Vaccine
publish-vaccination-date-label = Date of the vaccination
publish-dose-label = Dose number (optional)
publish-lot-label = Lot number (optional)
publish-button = Publish
notice-published = Published: the patient's record is up to date and the patient was told.
error-birth-date-invalid = The birth date is not valid.
error-publish-identity = The patient must be named by INS and birth date.
error-publish-no-record = No record matches this INS and birth date. Check them; the patient can be enrolled at the reception desk.
error-publish-date-invalid = The date is not valid (it cannot be in the future).
error-publish-no-results = Fill in at least one test and its result.
error-publish-test-unknown = Choose the test from the list.
error-publish-value-invalid = A result is not a number (for example 1.18).
error-publish-range-invalid = A reference bound is not a number, or the low bound is above the high one.
error-publish-not-pdf = The report must be a PDF file (its content was checked).
error-publish-vaccine-unknown = Choose the vaccine from the list.
error-publish-dose-invalid = The dose number must be a number from 1 to 20.
error-publish-lot-invalid = The lot number must be 40 characters at most, on one line.
lab-test-1558-6 = Fasting glucose
lab-test-4548-4 = Glycated haemoglobin (HbA1c)
lab-test-2093-3 = Total cholesterol
lab-test-13457-7 = LDL cholesterol
lab-test-2085-9 = HDL cholesterol
lab-test-2571-8 = Triglycerides
lab-test-2160-0 = Creatinine
lab-test-718-7 = Haemoglobin
lab-test-6690-2 = White blood cells
lab-test-777-3 = Platelets
lab-test-3016-3 = TSH
lab-test-2276-4 = Ferritin
lab-test-1988-5 = C-reactive protein (CRP)
lab-test-2951-2 = Sodium
lab-test-2823-3 = Potassium
vaccine-146 = Hexavalent (DTaP-IPV-Hib-HepB)
vaccine-115 = Tdap-IPV (diphtheria, tetanus, pertussis, polio)
vaccine-113 = Td-IPV (diphtheria, tetanus, polio), adult
vaccine-03 = MMR (measles, mumps, rubella)
vaccine-08 = Hepatitis B
vaccine-133 = Pneumococcal conjugate, 13-valent
vaccine-216 = Pneumococcal conjugate, 20-valent
vaccine-203 = Meningococcal ACWY
vaccine-163 = Meningococcal B
vaccine-165 = HPV, 9-valent
vaccine-187 = Shingles (recombinant vaccine)
vaccine-140 = Seasonal influenza
vaccine-208 = COVID-19 (mRNA)
vaccine-119 = Rotavirus

## FHIR import (refusals)
fhir-error-in-entry-of-type = entry { $entry } ({ $type }): { $problem }
fhir-error-in-entry = entry { $entry }: { $problem }
fhir-not-json = not JSON ({ $detail })
fhir-not-a-bundle = not a FHIR Bundle
fhir-bundle-type = bundle type "{ $type }" is not transaction, batch or collection
fhir-too-large = larger than { $size } MB
fhir-empty = the bundle has no entries
fhir-missing-field = missing { $field }
fhir-invalid-field = { $field } { $reason }
fhir-dangling-reference = reference "{ $reference }" points to nothing usable in this bundle
fhir-unknown-code = { $field } has the unknown code "{ $code }"
fhir-duplicate = { $what } appears twice
fhir-reason-not-a-number = is not a number
fhir-reason-not-a-date = is not a date (YYYY-MM-DD)
fhir-reason-not-a-date-time = is not a FHIR date or date-time
fhir-reason-not-text = is not text
fhir-reason-not-an-integer = is not an integer
fhir-reason-not-a-positive-integer = is not a positive integer
fhir-reason-bound-not-a-number = has a bound that is not a number
fhir-reason-low-above-high = has its low bound above its high bound
fhir-reason-no-inline-data = has no inline data
fhir-reason-not-base64 = data is not base64
fhir-reason-empty = is empty
fhir-stored = Stored: { $results } results, { $reports } reports, { $documents } documents, { $vaccinations } vaccinations added.
error-token-required = API token missing, invalid or revoked.
error-fhir-media = Send a FHIR Bundle as JSON (Content-Type: application/fhir+json).
error-replaces-unknown = The document this one corrects (relatesTo replaces) is not in this record.
home-new-results-many = More than { $count } new results
verify-fingerprint = The file's SHA-256 fingerprint:

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
notice-sharing-block = This professional is blocked: they can no longer read your record, even in an emergency.
notice-sharing-unblock = This professional is no longer blocked.
notice-sharing-approve = Request approved: this professional may now read your record.
notice-sharing-refuse = Request refused.
notice-sharing-preference = Your choice has been saved.
error-sharing-unknown-professional = This professional is not in the directory.
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

## Delegations: caregivers and legal representatives (issue 5)
nav-caregivers = My caregivers
nav-helping = People I help
acting-region-label = Acting for someone else
acting-for = Acting for: { $name }
acting-back-to-mine = Back to my own account
acting-switch = Switch person
home-record-of = Record of { $name }
home-helping-link = People I help
caregivers-title = My caregivers
caregivers-intro = Let someone you trust act for you: a relative, a friend, a helper. You choose what they may do and until when, and you can end it at any time.
caregivers-current-title = People who can act for me
caregivers-none = Nobody can act for you.
caregivers-invite-title = Invite a caregiver
caregivers-invite-intro = We send them a link by e-mail. They accept with their own Carnet account (or create one); you are told by e-mail.
caregivers-email-label = Their e-mail address
caregivers-scopes-legend = What they may do
delegation-scope-record-label = Read my record (results, documents, vaccinations)
delegation-scope-appointments-label = See, book, move and cancel my appointments
delegation-scope-upload-label = Add documents to my record
caregivers-last-day-label = Last day (optional)
caregivers-last-day-hint = Leave empty for no end date: it lasts until you or they end it.
caregivers-protected-hint = A caregiver never manages your passkeys, your sharing choices, your caregivers, or who saw your record.
caregivers-invite-button = Send the invitation
caregivers-past-title = Ended and expired
caregivers-withdraw = Withdraw the invitation
caregivers-withdraw-label = Withdraw the invitation sent to { $name }
delegation-end = End
delegation-end-label = Stop { $name } from acting for me
notice-delegation-invited = The invitation was sent.
notice-delegation-ended = Done: this access has ended.
notice-delegation-accepted = You accepted. You are now acting for this person: the banner at the top of each page says so.
helping-title = People I help
helping-intro = The people who let you act for them. Choose whom you act for; each page then says so at the top.
helping-none = Nobody has let you act for them yet.
helping-as-caregiver = as a caregiver
helping-as-representative = as a legal representative
helping-act-for = Act for this person
helping-act-for-label = Act for { $name }
helping-current = You are acting for this person
helping-stop = Stop helping
helping-stop-label = Stop acting for { $name }
delegation-status-invited = Invitation sent
delegation-status-running = Active
delegation-status-expired = Expired
delegation-status-ended = Ended
delegation-ended-on = Ended on { $date }
delegation-until = Until { $date } included
delegation-until-ended = Until one of you ends it
delegation-scope-record = read the record
delegation-scope-appointments = manage appointments
delegation-scope-upload = add documents
invitation-title = Invitation to help someone
invitation-lead = { $patient } invites you to act for them on Carnet:
invitation-expires = This invitation can be accepted until { $date }.
invitation-signed-in-as = You are signed in as { $name }.
invitation-accept = Accept
invitation-join-title = New to Carnet
invitation-join-intro = Create your account with the address this invitation was sent to ({ $email }), then your passkey.
invitation-name-label = Your name
invitation-join-button = Create my account
invitation-have-account-title = I already have a Carnet account
invitation-have-account-text = Sign in, then open the link from the e-mail again to accept.
invitation-unknown-title = Unknown invitation
invitation-unknown-text = This invitation does not exist. Check that the link is complete, or ask the person who invited you to send a new one.
invitation-used-title = Invitation no longer open
invitation-used-text = This invitation was already accepted, or it was withdrawn.
invitation-expired-title = Invitation expired
invitation-expired-text = This invitation is no longer valid. Ask the person who invited you to send a new one.
error-delegation-no-scope = Choose at least one thing they may do.
error-delegation-end-past = The last day cannot be in the past.
error-delegation-own-address = This is your own address: invite someone else.
error-delegation-already-invited = An invitation is already waiting for this address.
error-delegation-own-record = You cannot act for yourself: this invitation comes from your own account.
error-delegation-exists = You can already act for this person.
mail-delegation-invitation-subject = { $patient } invites you to help them on Carnet
mail-delegation-invitation-body =
    Hello,

    { $patient } invites you to act for them on Carnet, their health portal. You would be able to: { $what }. { $until }.

    To accept, open this link (it works for 7 days):

    { $url }

    If you do not know this person, ignore this e-mail.
mail-delegation-granted-subject = Someone can now act for you on Carnet
mail-delegation-granted-body =
    Hello { $name },

    { $caregiver } accepted your invitation and can now act for you, as you chose. You can end it at any time:

    { $url }
mail-delegation-first-used-subject = Your caregiver used their access
mail-delegation-first-used-body =
    Hello { $name },

    { $caregiver } opened your record for the first time. Everything they do is listed in "Who saw my record":

    { $url }
mail-delegation-ended-subject = A caregiver can no longer act for you
mail-delegation-ended-body =
    Hello { $name },

    { $caregiver } can no longer act for you on Carnet. Your caregivers are on this page:

    { $url }
mail-delegation-ended-delegate-subject = You can no longer act for { $patient }
mail-delegation-ended-delegate-body =
    Hello { $name },

    You can no longer act for { $patient } on Carnet. The people you help are on this page:

    { $url }
history-action-read-delegations = read the list of your caregivers
history-action-delegation-invite = invited a caregiver
history-action-delegation-end = ended a delegation
history-action-delegation-accept = agreed to act for you
history-reason-delegation = through the delegation you gave
history-reason-representative = as a legal representative
history-reason-no-delegation = you have given this person no delegation
history-reason-delegation-ended = the delegation had ended
history-reason-patient-adult = you are 18 or over: a legal representative no longer acts for you
history-reason-out-of-scope = the delegation you gave does not allow it
history-reason-invitation = your invitation was accepted
history-reason-delegate = at the caregiver's request
history-role-representative = Legal representative

## Reception desk: enrolment, recovery, minors, assisted sessions, kiosk (issue 5)
nav-desk = Reception desk
home-desk-link = Reception desk
notice-session-ended = The session has ended and nothing of it is left on this device.
assisted-region-label = Assisted session
assisted-banner = Assisted by { $staff } — for { $patient }
assisted-end = End the session
desk-title = Reception desk
desk-intro = Check the person's identity document before any of these. You never see anyone's health data here: only with the patient, in a session they approve.
notice-desk-enrolled = The account was created and the enrolment link e-mailed to the patient.
notice-desk-recovery-sent = A recovery link was sent to the patient's e-mail address. Their sessions have ended.
notice-desk-minor-created = The minor's record was created; the representatives were told by e-mail.
notice-desk-kiosk-on = This device is now a kiosk.
notice-desk-kiosk-off = This device is no longer a kiosk.
notice-desk-code-sent = A code was sent to the patient's e-mail address.
desk-assist-title = Help a patient who is here
desk-assist-intro = The patient approves the session with their passkey or with a code sent to them. It lasts 30 minutes at most, and ends after 5 minutes without activity.
desk-assist-button = Start an assisted session
desk-enrol-title = Enrol a patient
desk-enrol-intro = The patient will create their passkey on their own phone or computer, never on this device.
desk-name-label = Full name
desk-email-label = E-mail address
desk-handover-legend = How the patient gets their enrolment link
desk-handover-email = By e-mail
desk-handover-print = Now, as a QR code to scan or print
desk-enrol-button = Create the account
desk-recover-title = Help a patient who lost every passkey
desk-recover-intro = After checking the patient's identity in person, give them a recovery link: by e-mail to their own address (you never see it), or now as a QR code they scan with their phone. Their sessions end at once; their old passkeys stop working as soon as they create a new one.
desk-recover-button = Start the recovery
desk-minor-title = Create a minor's record
desk-minor-intro = Attach one or two legal representatives. They act for the minor until the minor's 18th birthday, except for documents hidden from legal representatives.
desk-given-label = First names
desk-family-label = Family name
desk-minor-email-label = The minor's own e-mail address (optional)
desk-minor-email-hint = Where their invitation to use their own record goes on their 18th birthday.
desk-representative-legend = Legal representative { $number }
desk-minor-button = Create the record
desk-kiosk-title = This device
desk-kiosk-on = This device is a kiosk: sessions end after 5 minutes without activity, 30 at most, and signing out clears everything.
desk-kiosk-off = This device is not marked as a kiosk.
desk-kiosk-mark = Mark as a kiosk
desk-kiosk-unmark = Remove the kiosk mark
assist-title = Assisted session: the patient's approval
assist-lead = You are about to help { $patient }.
assist-what = Once they approve, you see their record and can do what they ask — except change their passkeys, their sharing choices or their caregivers.
assist-passkey-title = With their passkey
assist-passkey-intro = The patient uses their own passkey on this device (or their phone, if this device offers it).
assist-passkey-button = Approve with a passkey
assist-passkey-failed = The passkey did not approve the session. Try again, or use a code.
assist-code-title = With a code
assist-code-intro = We e-mail the patient a 6-digit code. They read it to you, and you type it here.
assist-code-label = Code read by the patient
assist-code-hint = Valid until { $time }.
assist-code-verify = Check the code
assist-code-send = Send a code
assist-code-resend = Send a new code
handover-title = Enrolment link
handover-intro = The patient scans this code with their own phone to create their passkey. It works once.
handover-qr-label = QR code of the enrolment link
handover-hint = You can print this page for the patient. It is shown only once.
handover-done = Done
error-desk-no-account = No patient account matches this INS and birth date.
error-desk-not-minor = This person is not a minor.
error-desk-representative-missing = Give one or two legal representatives.
error-desk-representatives-same = The two representatives need different e-mail addresses.
error-desk-code-wrong = This code is not right.
error-desk-code-expired = There is no valid code: send a new one.
error-desk-code-attempts = { $attempts } wrong codes: send a new one.
error-desk-code-limit = No more codes can be sent for this session: start a new one.
mail-assisted-code-subject = Your code for the reception desk
mail-assisted-code-body =
    Hello { $name },

    { $staff }, at the reception desk, asks to open your record with you. If you are there and agree, read them this code:

    { $code }

    It is valid for 10 minutes. If you are not at the desk, do not give it to anyone.
mail-recovery-subject = Create a new passkey for Carnet
mail-recovery-body =
    Hello { $name },

    At your request, the reception desk started the recovery of your account. Your sessions have ended. Create a new passkey with this link (valid { $hours } hours):

    { $url }

    As soon as you have created it, all your old passkeys will stop working, on every device.

    If you did not ask for this, contact the reception desk.
mail-representative-added-subject = You can now act for { $minor } on Carnet
mail-representative-added-body =
    Hello { $name },

    As legal representative, you can now act for { $minor } on Carnet, until their 18th birthday:

    { $url }
mail-coming-of-age-subject = Your health record is now yours
mail-coming-of-age-body =
    Hello { $name },

    You are 18: your legal representatives no longer act for you on Carnet. Create your own passkey to use your record (the link is valid { $hours } hours):

    { $url }
history-action-desk-enrol = created your account at the reception desk
history-action-desk-recovery = started the recovery of your account at the reception desk
history-action-desk-minor = created this record at the reception desk
history-action-desk-assist-start = started an assisted session on your record
history-action-desk-assist-approve = received your approval for an assisted session
history-action-desk-assist-end = ended the assisted session
history-reason-identity-checked = identity checked in person
history-reason-code = you confirmed with the code shown
history-reason-assisted = in an assisted session you approved
history-reason-assisted-ended = the assisted session was over

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

## Dates
# Month names (for %B and %b in date patterns).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

# Time zones of the places professionals receive at.
zone-europe-paris = Metropolitan France (Paris)
zone-america-guadeloupe = Guadeloupe
zone-america-martinique = Martinique
zone-america-cayenne = French Guiana (Cayenne)
zone-indian-reunion = Réunion
zone-indian-mayotte = Mayotte
zone-america-miquelon = Saint Pierre and Miquelon
zone-pacific-noumea = New Caledonia (Nouméa)
zone-pacific-tahiti = French Polynesia (Tahiti)
