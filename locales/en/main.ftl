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
