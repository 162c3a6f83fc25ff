## Reception desk: recovery handed over in person (issue 16)

desk-recover-handover-legend = How the patient gets their recovery link
handover-recovery-title = Recovery link
handover-recovery-intro = The patient scans this code with their own phone to create a new passkey. The link works once. As soon as the new passkey is created, their old passkeys stop working.
handover-recovery-qr-label = QR code of the recovery link

## The recovery page the patient opens
recovery-title = Create a new passkey
recovery-welcome = Hello { $name }. The reception desk started the recovery of your account: your open sessions have ended.
recovery-old-passkeys = Please note: as soon as you create the new passkey, all your old passkeys will stop working, on every device. They will be removed from your account. Until then, they still work.
recovery-found-device = If you find an old device later, its old passkey will no longer sign you in: add a new passkey on it from your account page.
recovery-button = Create my new passkey
