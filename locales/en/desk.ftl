## Reception desk: recovery handed over in person (issue 16)

desk-recover-handover-legend = How the patient gets their recovery link
handover-recovery-title = Recovery link
handover-recovery-intro = The patient scans this code with their own phone to create a new passkey. The link works once, within 15 minutes. As soon as the new passkey is created, their old passkeys stop working.
handover-recovery-qr-label = QR code of the recovery link

## The recovery page the patient opens
recovery-title = Create a new passkey
recovery-welcome = Hello { $name }. The reception desk started the recovery of your account: your open sessions have ended.
recovery-old-passkeys = Please note: as soon as you create the new passkey, all your old passkeys will stop working, on every device. They will be removed from your account. Until then, they still work.
recovery-found-device = If you find an old device later, its old passkey will no longer sign you in: add a new passkey on it from your account page.
recovery-button = Create my new passkey

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
notice-desk-minor-created = The minor's record was created. The representatives can act for them as soon as another person at the desk approves their appointment.
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
desk-minor-title = A minor's record and legal representatives
desk-minor-intro = Appoint one or two legal representatives, on seeing a document that proves it. They act for the minor until the minor's 18th birthday, except for documents hidden from legal representatives. If the minor already has a record (same INS, birth date and name), the representatives are added to it. Another person at the desk must approve each appointment.
desk-given-label = First names
desk-family-label = Family name
desk-minor-email-label = The minor's own e-mail address (optional)
desk-minor-email-hint = Where their invitation to use their own record goes on their 18th birthday.
desk-representative-legend = Legal representative { $number }
desk-minor-button = Save and ask for approval
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
handover-intro = The patient scans this code with their own phone to create their passkey. It works once, within 15 minutes: during the visit.
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
history-reason-identity-not-matched = refused: the identity given does not match this record
error-desk-identity-mismatch = This INS is already a record's, and the identity typed does not match it (birth date, family name). Check the identity document: this record cannot be attached here.
error-desk-minor-record = This INS is a minor's record: their legal representatives manage it. It cannot be attached to an account at the desk.

## Desk: appointing a legal representative takes two people (ticket 18)
desk-evidence-legend = Document shown that proves the link with the minor
desk-evidence-hint = You must have seen the original. Another person at the desk will see it too before approving.
desk-evidence-birth-certificate = Birth certificate
desk-evidence-family-record-book = Family record book (livret de famille)
desk-evidence-court-decision = Court decision (guardianship, delegation of parental authority)
desk-evidence-seen-birth-certificate = Document shown: birth certificate.
desk-evidence-seen-family-record-book = Document shown: family record book.
desk-evidence-seen-court-decision = Document shown: court decision.
desk-waiting-title = Appointments of representatives to approve
desk-waiting-intro = Each appointment needs the approval of a second person at the desk. Before approving, see the document and the representative's identity document yourself.
desk-waiting-who = { $representative }, legal representative of { $minor }
desk-waiting-email = E-mail address: { $email }
desk-waiting-birth = Minor's birth date: { $birth }
desk-waiting-proposed = Proposed by { $staff } on { $time }.
desk-waiting-yours = You made this proposal: another person at the desk must approve it.
desk-waiting-approve = Approve
desk-waiting-refuse = Refuse
desk-waiting-withdraw = Withdraw my proposal
notice-desk-representatives-proposed = The representatives were proposed for this minor's existing record. Another person at the desk must approve each appointment.
notice-desk-representative-approved = The appointment is approved: the representative can act for the minor, and the people who already acted for them were told.
notice-desk-representative-refused = The proposal is withdrawn: no one was appointed.
error-desk-evidence-missing = Say which document shown proves the link between the representative and the minor.
error-desk-staff-account = This address belongs to someone at the desk or to a Carnet administrator: the desk can make them neither a patient nor a legal representative.
error-desk-already-representative = This person already is a legal representative of this minor, or their appointment is waiting for approval.
error-desk-second-person-needed = You made this proposal: another person at the desk must approve it.
history-action-desk-representative-propose = proposed a legal representative for this record at the reception desk
history-action-desk-representative-approve = approved the appointment of a legal representative for this record at the reception desk
history-action-desk-representative-refuse = refused the appointment of a legal representative for this record at the reception desk
history-tried-desk-representative-propose = tried to propose a legal representative for this record at the reception desk
history-tried-desk-representative-approve = tried to approve the appointment of a legal representative at the reception desk
history-tried-desk-representative-refuse = tried to refuse the appointment of a legal representative at the reception desk
history-reason-birth-certificate = on seeing a birth certificate
history-reason-family-record-book = on seeing a family record book
history-reason-court-decision = on seeing a court decision
history-reason-staff-account = refused: the desk cannot appoint one of its own
history-reason-second-person-needed = refused: a second person at the desk must approve
mail-representative-appointed-subject = A legal representative was appointed for your Carnet record
mail-representative-appointed-body =
    Hello { $name },

    { $staff }, at the reception desk, appointed { $representative } as your legal representative on Carnet, { $evidence ->
        [birth-certificate] on seeing a birth certificate
        [family-record-book] on seeing a family record book
       *[court-decision] on seeing a court decision
    }. This person can now act for you until your 18th birthday.

    You can see it in your record's history:

    { $url }

    If this is not right, contact the reception desk.
mail-representative-appointed-for-subject = Another legal representative was appointed for { $child }
mail-representative-appointed-for-body =
    Hello { $name },

    { $staff }, at the reception desk, appointed { $representative } as legal representative of { $child } on Carnet, { $evidence ->
        [birth-certificate] on seeing a birth certificate
        [family-record-book] on seeing a family record book
       *[court-decision] on seeing a court decision
    }. This person can now act for { $child }, as you do.

    You can see it in the record's history, acting for { $child }:

    { $url }

    If this is not right, contact the reception desk.
mail-recovery-started-for-subject = The reception desk started the recovery of { $child }'s account
mail-recovery-started-for-body =
    Hello { $name },

    { $staff }, at the reception desk, started the recovery of the Carnet account of { $child }, whose legal representative you are: their sessions ended, and a new passkey can be created.

    You can see it in the record's history, acting for { $child }:

    { $url }

    If this is not right, contact the reception desk.
mail-representative-appointed-action = See the record's history
mail-representative-appointed-for-action = See the record's history
mail-recovery-started-for-action = See the record's history
