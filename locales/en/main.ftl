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

    — Carnet
mail-passkey-added-subject = A passkey was added to your Carnet account
mail-passkey-added-body =
    Hello { $name },

    A passkey named “{ $passkey }” was added to your Carnet account on { $when }.

    If this was you, there is nothing to do. Otherwise, remove it from your account ({ $url }) and tell the reception desk of your care centre.

    — Carnet
mail-record-updated-subject = Something new in your health record
mail-record-updated-body =
    Hello { $name },

    A health professional added to your record. Sign in to see it:

    { $url }

    To protect your privacy, this message contains no medical information.

    — Carnet

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
home-out-of-range-none = Your latest result of each test is within its reference range.
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
trend-description = Values over time; the shaded band shows the reference range. The same data is in the table below.
trend-legend = Band: reference range. Diamond: result outside the reference range.
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
document-by-patient = Added by you
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
vaccinations-up-to-date = You are up to date with the vaccination schedule.
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
