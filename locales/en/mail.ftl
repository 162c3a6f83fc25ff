## E-mails: the HTML part, buttons, grouped notices (issue 16)

# What screen readers announce the message as, inside its page (aria-roledescription).
mail-html-role = email
mail-html-copy-link = If the button does not work, copy this address into your browser:
# The button of a message that has none of its own.
mail-action-open = Open Carnet
# The signature added at the end of every message.
mail-signature = — Carnet

mail-invitation-action = Create my passkey
mail-passkey-added-action = See my account's passkeys
mail-record-updated-action = Open my health record
mail-record-corrected-action = See my health record
mail-first-read-action = See who viewed my record
mail-emergency-access-action = See who viewed my record
mail-first-read-for-action = See who viewed the record
mail-emergency-access-for-action = See who viewed the record
mail-access-requested-action = Answer the request
mail-delegation-invitation-action = See the invitation
mail-delegation-granted-action = See my caregivers
mail-delegation-first-used-action = See who viewed my record
mail-delegation-ended-action = See my caregivers
mail-delegation-ended-delegate-action = See the people I help
mail-recovery-action = Create my new passkey
mail-representative-added-action = See the people I help
mail-coming-of-age-action = Create my passkey
mail-appointment-confirmed-action = See the appointment
mail-appointment-moved-action = See the appointment
mail-appointment-moved-by-professional-action = See, move or cancel the appointment
mail-appointment-cancelled-action = See the appointment
mail-appointment-cancelled-by-professional-action = See the appointment
mail-appointment-reminder-action = See, move or cancel the appointment
mail-appointment-slot-freed-action = See the free slots

mail-recovery-in-person-subject = Your Carnet account was recovered at the reception desk
mail-recovery-in-person-body =
    Hello { $name },

    At the reception desk, after checking your identity, { $staff } handed you in person a link to create a new passkey. Your open sessions have ended. As soon as the new passkey is created, all your old passkeys will stop working.

    If this was not you, contact the reception desk as soon as possible: someone may have used your identity.
