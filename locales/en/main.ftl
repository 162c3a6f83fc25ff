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
error-import-conflict-ins = This patient's INS is not the one of the record with the same identifier: nothing was merged.
error-import-conflict-birth-date = This patient's birth date is not the one of the record with the same identifier: nothing was merged.
error-import-conflict-family-name = This patient's family name is not the one of the record with the same identifier: nothing was merged.
error-upload-missing = Choose a file.
error-upload-too-large = This file is larger than 10 MB.

## Home (patient)
home-new-title = New since your last visit
home-nothing-new = Nothing new since your last visit.
home-authorizations-to-review = { $count ->
        [one] Since you turned 18, an authorization your legal representatives gave for you awaits your choice.
       *[other] Since you turned 18, { $count } authorizations your legal representatives gave for you await your choice.
    }
home-authorizations-review-link = Choose now
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
