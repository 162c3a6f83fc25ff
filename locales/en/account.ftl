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
error-verify-first = For your safety, first confirm it's you with your passkey ("It's me"), then try again.
account-verify-title = Confirm it's you
account-verify-intro = To add or remove a passkey, first confirm with your passkey that it's you: then nobody else can do it on a device left signed in. This holds for 5 minutes.
account-verify-button = It's me
account-verify-working = Checking…
account-verify-failed = The check did not succeed. Try again with your passkey.
notice-verified = Confirmed: you can add or remove a passkey for the next 5 minutes.

## Devices signed in (ticket 18)
account-devices-title = Devices signed in
account-devices-intro = The devices where you are signed in right now. If you do not recognise one, or you lost a phone, sign the other devices out.
account-device-signed-in-with = Signed in on { $date } with the passkey “{ $passkey }”
account-device-signed-in = Signed in on { $date }
account-device-last-seen = Last active on { $date }
account-device-this-one = (this device)
account-devices-end-others = { $count ->
    [one] Sign the other device out
   *[other] Sign the { $count } other devices out
}
account-devices-verify-first = To sign the other devices out, first confirm it is you.
notice-others-signed-out = The other devices are signed out. Only this one is still signed in.
