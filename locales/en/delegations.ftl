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
delegation-scope-profile-label = Read my health profile (allergies, conditions, treatments, hospital stays)
delegation-scope-measurements-label = Read and enter my measurements (weight, blood pressure, glucose…)
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
delegation-scope-profile = read the health profile
delegation-scope-measurements = read and enter measurements
delegation-scope-appointments = manage appointments
delegation-scope-upload = add documents
invitation-title = Invitation to help someone
invitation-lead = { $patient } invites you to act for them on Carnet:
invitation-expires = This invitation can be accepted until { $date }.
invitation-signed-in-as = You are signed in as { $name }.
invitation-accept = Accept
invitation-join-title = New to Carnet
invitation-join-intro = Create your account with the address this invitation was sent to ({ $email }), then your passkey with the link we will send there.
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
error-delegation-other-address = This invitation was sent to another address: only the person invited can accept it.
invitation-other-address = This invitation was sent to { $email }, and you are signed in with another address. Sign in with that address's account, or ask { $patient } to invite your account's address.
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
history-reason-minor-consent-ended = authorized while you were a minor: to be confirmed since you turned 18
history-reason-out-of-scope = the delegation you gave does not allow it
history-reason-invitation = your invitation was accepted
history-reason-delegate = at the caregiver's request
history-role-representative = Legal representative
notice-joined = Your account is created. We have just sent a link to create your passkey to the invited address: open it on this device.
delegation-until-majority = Until their 18th birthday
delegation-ended-at-majority = Ended on their 18th birthday: the record is now theirs.
