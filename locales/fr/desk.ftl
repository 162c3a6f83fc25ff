## Accueil : la récupération remise en main propre (ticket 16)

desk-recover-handover-legend = Comment le patient reçoit son lien de récupération
handover-recovery-title = Lien de récupération
handover-recovery-intro = Le patient scanne ce code avec son propre téléphone pour créer une nouvelle clé d'accès. Le lien ne fonctionne qu'une fois. Dès que la nouvelle clé est créée, ses anciennes clés d'accès cessent de fonctionner.
handover-recovery-qr-label = QR code du lien de récupération

## La page de récupération que le patient ouvre
recovery-title = Créer une nouvelle clé d'accès
recovery-welcome = Bonjour { $name }. L'accueil a lancé la récupération de votre compte : vos sessions ouvertes ont pris fin.
recovery-old-passkeys = Attention : dès que vous aurez créé la nouvelle clé, toutes vos anciennes clés d'accès cesseront de fonctionner, sur tous vos appareils. Elles seront retirées de votre compte. D'ici là, elles fonctionnent encore.
recovery-found-device = Si vous retrouvez ensuite un ancien appareil, son ancienne clé ne vous connectera plus : ajoutez-y une nouvelle clé d'accès depuis la page de votre compte.
recovery-button = Créer ma nouvelle clé d'accès
