## Accueil : la récupération remise en main propre (ticket 16)

desk-recover-handover-legend = Comment le patient reçoit son lien de récupération
handover-recovery-title = Lien de récupération
handover-recovery-intro = Le patient scanne ce code avec son propre téléphone pour créer une nouvelle clé d'accès. Le lien ne fonctionne qu'une fois, dans les 15 minutes. Dès que la nouvelle clé est créée, ses anciennes clés d'accès cessent de fonctionner.
handover-recovery-qr-label = QR code du lien de récupération

## La page de récupération que le patient ouvre
recovery-title = Créer une nouvelle clé d'accès
recovery-welcome = Bonjour { $name }. L'accueil a lancé la récupération de votre compte : vos sessions ouvertes ont pris fin.
recovery-old-passkeys = Attention : dès que vous aurez créé la nouvelle clé, toutes vos anciennes clés d'accès cesseront de fonctionner, sur tous vos appareils. Elles seront retirées de votre compte. D'ici là, elles fonctionnent encore.
recovery-found-device = Si vous retrouvez ensuite un ancien appareil, son ancienne clé ne vous connectera plus : ajoutez-y une nouvelle clé d'accès depuis la page de votre compte.
recovery-button = Créer ma nouvelle clé d'accès

## Accueil : inscription, récupération, mineurs, sessions accompagnées, borne (ticket 5)
nav-desk = Guichet
home-desk-link = Guichet d'accueil
notice-session-ended = La session est terminée et il n'en reste rien sur cet appareil.
assisted-region-label = Session accompagnée
assisted-banner = Accompagné par { $staff } — pour { $patient }
assisted-end = Terminer la session
desk-title = Guichet d'accueil
desk-intro = Vérifiez la pièce d'identité de la personne avant chacune de ces actions. Vous ne voyez ici aucune donnée de santé : seulement avec le patient, dans une session qu'il approuve.
notice-desk-enrolled = Le compte a été créé et le lien d'inscription envoyé au patient par e-mail.
notice-desk-recovery-sent = Un lien de récupération a été envoyé à l'adresse e-mail du patient. Ses sessions ont pris fin.
notice-desk-minor-created = Le dossier du mineur a été créé. Les représentants pourront agir pour lui dès qu'une autre personne de l'accueil aura approuvé leur désignation.
notice-desk-kiosk-on = Cet appareil est maintenant une borne.
notice-desk-kiosk-off = Cet appareil n'est plus une borne.
notice-desk-code-sent = Un code a été envoyé à l'adresse e-mail du patient.
desk-assist-title = Aider un patient présent
desk-assist-intro = Le patient approuve la session avec sa clé d'accès ou avec un code qui lui est envoyé. Elle dure 30 minutes au plus, et prend fin après 5 minutes sans activité.
desk-assist-button = Ouvrir une session accompagnée
desk-enrol-title = Inscrire un patient
desk-enrol-intro = Le patient créera sa clé d'accès sur son propre téléphone ou ordinateur, jamais sur cet appareil.
desk-name-label = Nom complet
desk-email-label = Adresse e-mail
desk-handover-legend = Comment le patient reçoit son lien d'inscription
desk-handover-email = Par e-mail
desk-handover-print = Maintenant, en QR code à scanner ou imprimer
desk-enrol-button = Créer le compte
desk-recover-title = Aider un patient qui a perdu toutes ses clés d'accès
desk-recover-intro = Après avoir vérifié l'identité du patient en personne, donnez-lui un lien de récupération : par e-mail à sa propre adresse (vous ne le voyez jamais), ou maintenant en QR code qu'il scanne avec son téléphone. Ses sessions prennent fin aussitôt ; ses anciennes clés d'accès cessent de fonctionner dès qu'il en crée une nouvelle.
desk-recover-button = Lancer la récupération
desk-minor-title = Dossier d'un mineur et ses représentants légaux
desk-minor-intro = Désignez un ou deux représentants légaux, sur présentation d'un document qui le prouve. Ils agissent pour le mineur jusqu'à ses 18 ans, sauf pour les documents masqués aux représentants légaux. Si le mineur a déjà un dossier (même INS, date de naissance et nom), les représentants y sont ajoutés. Une autre personne de l'accueil doit approuver chaque désignation.
desk-given-label = Prénoms
desk-family-label = Nom de famille
desk-minor-email-label = Adresse e-mail du mineur (facultatif)
desk-minor-email-hint = Là où partira, le jour de ses 18 ans, l'invitation à utiliser son propre dossier.
desk-representative-legend = Représentant légal { $number }
desk-minor-button = Enregistrer et demander l'approbation
desk-kiosk-title = Cet appareil
desk-kiosk-on = Cet appareil est une borne : les sessions prennent fin après 5 minutes sans activité, 30 au plus, et la déconnexion efface tout.
desk-kiosk-off = Cet appareil n'est pas marqué comme borne.
desk-kiosk-mark = Marquer comme borne
desk-kiosk-unmark = Retirer la marque de borne
assist-title = Session accompagnée : l'accord du patient
assist-lead = Vous allez aider { $patient }.
assist-what = Une fois son accord donné, vous voyez son dossier et pouvez faire ce qu'il demande — sauf modifier ses clés d'accès, ses choix de partage ou ses aidants.
assist-passkey-title = Avec sa clé d'accès
assist-passkey-intro = Le patient utilise sa propre clé d'accès sur cet appareil (ou son téléphone, si cet appareil le propose).
assist-passkey-button = Approuver avec une clé d'accès
assist-passkey-failed = La clé d'accès n'a pas approuvé la session. Réessayez, ou utilisez un code.
assist-code-title = Avec un code
assist-code-intro = Nous envoyons au patient un code à 6 chiffres par e-mail. Il vous le lit, et vous le saisissez ici.
assist-code-label = Code lu par le patient
assist-code-hint = Valable jusqu'au { $time }.
assist-code-verify = Vérifier le code
assist-code-send = Envoyer un code
assist-code-resend = Envoyer un nouveau code
handover-title = Lien d'inscription
handover-intro = Le patient scanne ce code avec son propre téléphone pour créer sa clé d'accès. Il ne fonctionne qu'une fois, dans les 15 minutes : pendant la visite.
handover-qr-label = QR code du lien d'inscription
handover-hint = Vous pouvez imprimer cette page pour le patient. Elle ne s'affiche qu'une fois.
handover-done = Terminé
error-desk-no-account = Aucun compte patient ne correspond à ce numéro INS et à cette date de naissance.
error-desk-not-minor = Cette personne n'est pas mineure.
error-desk-representative-missing = Indiquez un ou deux représentants légaux.
error-desk-representatives-same = Les deux représentants doivent avoir des adresses e-mail différentes.
error-desk-code-wrong = Ce code n'est pas le bon.
error-desk-code-expired = Aucun code n'est valable : envoyez-en un nouveau.
error-desk-code-attempts = { $attempts } codes erronés : envoyez-en un nouveau.
error-desk-code-limit = Plus aucun code ne peut être envoyé pour cette session : ouvrez-en une nouvelle.
mail-assisted-code-subject = Votre code pour l'accueil
mail-assisted-code-body =
    Bonjour { $name },

    { $staff }, à l'accueil, demande à ouvrir votre dossier avec vous. Si vous êtes présent et d'accord, lisez-lui ce code :

    { $code }

    Il est valable 10 minutes. Si vous n'êtes pas à l'accueil, ne le donnez à personne.
mail-recovery-subject = Créez une nouvelle clé d'accès pour Carnet
mail-recovery-body =
    Bonjour { $name },

    À votre demande, l'accueil a lancé la récupération de votre compte. Vos sessions ont pris fin. Créez une nouvelle clé d'accès avec ce lien (valable { $hours } heures) :

    { $url }

    Dès que vous l'aurez créée, toutes vos anciennes clés d'accès cesseront de fonctionner, sur tous vos appareils.

    Si vous n'avez rien demandé, contactez l'accueil.
mail-representative-added-subject = Vous pouvez maintenant agir pour { $minor } sur Carnet
mail-representative-added-body =
    Bonjour { $name },

    En tant que représentant légal, vous pouvez maintenant agir pour { $minor } sur Carnet, jusqu'à ses 18 ans :

    { $url }
mail-coming-of-age-subject = Votre dossier de santé est maintenant le vôtre
mail-coming-of-age-body =
    Bonjour { $name },

    Vous avez 18 ans : vos représentants légaux n'agissent plus pour vous sur Carnet. Créez votre propre clé d'accès pour utiliser votre dossier (le lien est valable { $hours } heures) :

    { $url }
history-action-desk-enrol = a créé votre compte à l'accueil
history-action-desk-recovery = a lancé à l'accueil la récupération de votre compte
history-action-desk-minor = a créé ce dossier à l'accueil
history-action-desk-assist-start = a ouvert une session accompagnée sur votre dossier
history-action-desk-assist-approve = a reçu votre accord pour une session accompagnée
history-action-desk-assist-end = a terminé la session accompagnée
history-reason-identity-checked = identité vérifiée en personne
history-reason-code = vous avez confirmé avec le code affiché
history-reason-assisted = dans une session accompagnée que vous avez approuvée
history-reason-assisted-ended = la session accompagnée était terminée
history-reason-identity-not-matched = refusé : l'identité donnée ne correspond pas à ce dossier
error-desk-identity-mismatch = Cet INS est déjà celui d'un dossier, et l'identité saisie ne lui correspond pas (date de naissance, nom de famille). Vérifiez la pièce d'identité : ce dossier ne peut pas être rattaché ici.
error-desk-minor-record = Cet INS est celui du dossier d'un mineur : ce sont ses représentants légaux qui le gèrent. Il ne peut pas être rattaché à un compte à l'accueil.

## Accueil : désigner un représentant légal à deux (ticket 18)
desk-evidence-legend = Document présenté qui prouve le lien avec le mineur
desk-evidence-hint = Vous devez avoir vu l'original. Une autre personne de l'accueil le verra aussi avant d'approuver.
desk-evidence-birth-certificate = Acte de naissance
desk-evidence-family-record-book = Livret de famille
desk-evidence-court-decision = Décision de justice (tutelle, délégation de l'autorité parentale)
desk-evidence-seen-birth-certificate = Document présenté : acte de naissance.
desk-evidence-seen-family-record-book = Document présenté : livret de famille.
desk-evidence-seen-court-decision = Document présenté : décision de justice.
desk-waiting-title = Désignations de représentants à approuver
desk-waiting-intro = Chaque désignation demande l'accord d'une seconde personne de l'accueil. Avant d'approuver, voyez vous-même le document et la pièce d'identité du représentant.
desk-waiting-who = { $representative }, représentant légal de { $minor }
desk-waiting-email = Adresse e-mail : { $email }
desk-waiting-birth = Date de naissance du mineur : { $birth }
desk-waiting-proposed = Proposé par { $staff }, le { $time }.
desk-waiting-yours = Vous avez fait cette proposition : une autre personne de l'accueil doit l'approuver.
desk-waiting-approve = Approuver
desk-waiting-refuse = Refuser
desk-waiting-withdraw = Retirer ma proposition
notice-desk-representatives-proposed = Les représentants ont été proposés pour le dossier existant de ce mineur. Une autre personne de l'accueil doit approuver chaque désignation.
notice-desk-representative-approved = La désignation est approuvée : le représentant peut agir pour le mineur, et les personnes qui agissaient déjà pour lui ont été prévenues.
notice-desk-representative-refused = La proposition est retirée : personne n'a été désigné.
error-desk-evidence-missing = Indiquez le document présenté qui prouve le lien entre le représentant et le mineur.
error-desk-staff-account = Cette adresse est celle d'une personne de l'accueil ou d'un administrateur de Carnet : l'accueil ne peut en faire ni un patient ni un représentant légal.
error-desk-already-representative = Cette personne est déjà représentant légal de ce mineur, ou sa désignation attend une approbation.
error-desk-second-person-needed = Vous avez fait cette proposition : une autre personne de l'accueil doit l'approuver.
history-action-desk-representative-propose = a proposé à l'accueil un représentant légal pour ce dossier
history-action-desk-representative-approve = a approuvé à l'accueil la désignation d'un représentant légal pour ce dossier
history-action-desk-representative-refuse = a refusé à l'accueil la désignation d'un représentant légal pour ce dossier
history-tried-desk-representative-propose = a tenté de proposer à l'accueil un représentant légal pour ce dossier
history-tried-desk-representative-approve = a tenté d'approuver à l'accueil la désignation d'un représentant légal
history-tried-desk-representative-refuse = a tenté de refuser à l'accueil la désignation d'un représentant légal
history-reason-birth-certificate = sur présentation d'un acte de naissance
history-reason-family-record-book = sur présentation d'un livret de famille
history-reason-court-decision = sur présentation d'une décision de justice
history-reason-staff-account = refusé : l'accueil ne peut désigner l'un des siens
history-reason-second-person-needed = refusé : une seconde personne de l'accueil doit approuver
mail-representative-appointed-subject = Un représentant légal a été désigné pour votre dossier Carnet
mail-representative-appointed-body =
    Bonjour { $name },

    { $staff }, à l'accueil, a désigné { $representative } comme votre représentant légal sur Carnet, { $evidence ->
        [birth-certificate] sur présentation d'un acte de naissance
        [family-record-book] sur présentation d'un livret de famille
       *[court-decision] sur présentation d'une décision de justice
    }. Cette personne peut maintenant agir pour vous jusqu'à vos 18 ans.

    Vous le voyez dans l'historique de votre dossier :

    { $url }

    Si ce n'est pas normal, contactez l'accueil.
mail-representative-appointed-for-subject = Un autre représentant légal a été désigné pour { $child }
mail-representative-appointed-for-body =
    Bonjour { $name },

    { $staff }, à l'accueil, a désigné { $representative } comme représentant légal de { $child } sur Carnet, { $evidence ->
        [birth-certificate] sur présentation d'un acte de naissance
        [family-record-book] sur présentation d'un livret de famille
       *[court-decision] sur présentation d'une décision de justice
    }. Cette personne peut maintenant agir pour { $child }, comme vous.

    Vous le voyez dans l'historique du dossier, en agissant pour { $child } :

    { $url }

    Si ce n'est pas normal, contactez l'accueil.
mail-recovery-started-for-subject = L'accueil a lancé la récupération du compte de { $child }
mail-recovery-started-for-body =
    Bonjour { $name },

    { $staff }, à l'accueil, a lancé la récupération du compte Carnet de { $child }, dont vous êtes représentant légal : ses sessions ont pris fin, et une nouvelle clé d'accès pourra être créée.

    Vous le voyez dans l'historique du dossier, en agissant pour { $child } :

    { $url }

    Si ce n'est pas normal, contactez l'accueil.
mail-representative-appointed-action = Voir l'historique du dossier
mail-representative-appointed-for-action = Voir l'historique du dossier
mail-recovery-started-for-action = Voir l'historique du dossier
