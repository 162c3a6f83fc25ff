## Délégations : aidants et représentants légaux (ticket 5)
nav-caregivers = Mes aidants
nav-helping = Personnes que j'aide
acting-region-label = Vous agissez pour une autre personne
acting-for = Vous agissez pour : { $name }
acting-back-to-mine = Revenir à mon compte
acting-switch = Changer de personne
home-record-of = Dossier de { $name }
home-helping-link = Personnes que j'aide
caregivers-title = Mes aidants
caregivers-intro = Laissez une personne de confiance agir pour vous : un proche, un ami, un aidant. Vous choisissez ce qu'elle peut faire et jusqu'à quand, et vous pouvez y mettre fin à tout moment.
caregivers-current-title = Personnes qui peuvent agir pour moi
caregivers-none = Personne ne peut agir pour vous.
caregivers-invite-title = Inviter un aidant
caregivers-invite-intro = Nous lui envoyons un lien par e-mail. Elle accepte avec son propre compte Carnet (ou en crée un) ; vous êtes prévenu par e-mail.
caregivers-email-label = Son adresse e-mail
caregivers-scopes-legend = Ce qu'elle peut faire
delegation-scope-record-label = Consulter mon dossier (résultats, documents, vaccinations)
delegation-scope-profile-label = Consulter mon profil de santé (allergies, maladies, traitements, hospitalisations)
delegation-scope-measurements-label = Consulter et saisir mes mesures (poids, tension, glycémie…)
delegation-scope-appointments-label = Voir, prendre, déplacer et annuler mes rendez-vous
delegation-scope-upload-label = Ajouter des documents à mon dossier
caregivers-last-day-label = Dernier jour (facultatif)
caregivers-last-day-hint = Laissez vide pour ne pas fixer de fin : l'accès dure jusqu'à ce que l'un de vous y mette fin.
caregivers-protected-hint = Un aidant ne gère jamais vos clés d'accès, vos choix de partage, vos aidants, ni l'historique des consultations.
caregivers-invite-button = Envoyer l'invitation
caregivers-past-title = Terminés et expirés
caregivers-withdraw = Retirer l'invitation
caregivers-withdraw-label = Retirer l'invitation envoyée à { $name }
delegation-end = Mettre fin
delegation-end-label = Retirer à { $name } le droit d'agir pour moi
notice-delegation-invited = L'invitation a été envoyée.
notice-delegation-ended = C'est fait : cet accès a pris fin.
notice-delegation-accepted = Vous avez accepté. Vous agissez maintenant pour cette personne : le bandeau en haut de chaque page l'indique.
helping-title = Personnes que j'aide
helping-intro = Les personnes qui vous laissent agir pour elles. Choisissez pour qui vous agissez ; chaque page l'indique ensuite en haut.
helping-none = Personne ne vous a encore laissé agir pour son compte.
helping-as-caregiver = en tant qu'aidant
helping-as-representative = en tant que représentant légal
helping-act-for = Agir pour cette personne
helping-act-for-label = Agir pour { $name }
helping-current = Vous agissez pour cette personne
helping-stop = Ne plus aider
helping-stop-label = Ne plus agir pour { $name }
delegation-status-invited = Invitation envoyée
delegation-status-running = Actif
delegation-status-expired = Expiré
delegation-status-ended = Terminé
delegation-ended-on = Terminé le { $date }
delegation-until = Jusqu'au { $date } inclus
delegation-until-ended = Jusqu'à ce que l'un de vous y mette fin
delegation-scope-record = consulter le dossier
delegation-scope-profile = consulter le profil de santé
delegation-scope-measurements = consulter et saisir les mesures
delegation-scope-appointments = gérer les rendez-vous
delegation-scope-upload = ajouter des documents
invitation-title = Invitation à aider une personne
invitation-lead = { $patient } vous invite à agir pour son compte sur Carnet :
invitation-expires = Cette invitation peut être acceptée jusqu'au { $date }.
invitation-signed-in-as = Vous êtes connecté en tant que { $name }.
invitation-accept = Accepter
invitation-join-title = Nouveau sur Carnet
invitation-join-intro = Créez votre compte avec l'adresse à laquelle cette invitation a été envoyée ({ $email }), puis votre clé d'accès avec le lien que nous y enverrons.
invitation-name-label = Votre nom
invitation-join-button = Créer mon compte
invitation-have-account-title = J'ai déjà un compte Carnet
invitation-have-account-text = Connectez-vous, puis ouvrez de nouveau le lien de l'e-mail pour accepter.
invitation-unknown-title = Invitation inconnue
invitation-unknown-text = Cette invitation n'existe pas. Vérifiez que le lien est complet, ou demandez à la personne qui vous a invité de vous en envoyer une nouvelle.
invitation-used-title = Invitation close
invitation-used-text = Cette invitation a déjà été acceptée, ou elle a été retirée.
invitation-expired-title = Invitation expirée
invitation-expired-text = Cette invitation n'est plus valable. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.
error-delegation-no-scope = Choisissez au moins une chose qu'elle peut faire.
error-delegation-end-past = Le dernier jour ne peut pas être passé.
error-delegation-own-address = C'est votre propre adresse : invitez quelqu'un d'autre.
error-delegation-already-invited = Une invitation attend déjà une réponse à cette adresse.
error-delegation-own-record = Vous ne pouvez pas agir pour vous-même : cette invitation vient de votre propre compte.
error-delegation-other-address = Cette invitation a été envoyée à une autre adresse : seule la personne invitée peut l'accepter.
invitation-other-address = Cette invitation a été envoyée à { $email }, et vous êtes connecté avec une autre adresse. Connectez-vous avec le compte de cette adresse, ou demandez à { $patient } d'inviter l'adresse de votre compte.
error-delegation-exists = Vous pouvez déjà agir pour cette personne.
mail-delegation-invitation-subject = { $patient } vous invite à l'aider sur Carnet
mail-delegation-invitation-body =
    Bonjour,

    { $patient } vous invite à agir pour son compte sur Carnet, son portail de santé. Vous pourriez : { $what }. { $until }.

    Pour accepter, ouvrez ce lien (valable 7 jours) :

    { $url }

    Si vous ne connaissez pas cette personne, ignorez cet e-mail.
mail-delegation-granted-subject = Quelqu'un peut maintenant agir pour vous sur Carnet
mail-delegation-granted-body =
    Bonjour { $name },

    { $caregiver } a accepté votre invitation et peut maintenant agir pour vous, comme vous l'avez choisi. Vous pouvez y mettre fin à tout moment :

    { $url }
mail-delegation-first-used-subject = Votre aidant a utilisé son accès
mail-delegation-first-used-body =
    Bonjour { $name },

    { $caregiver } a ouvert votre dossier pour la première fois. Chacune de ses actions figure dans « Qui a consulté mon dossier » :

    { $url }
mail-delegation-ended-subject = Un aidant ne peut plus agir pour vous
mail-delegation-ended-body =
    Bonjour { $name },

    { $caregiver } ne peut plus agir pour vous sur Carnet. Vos aidants sont sur cette page :

    { $url }
mail-delegation-ended-delegate-subject = Vous ne pouvez plus agir pour { $patient }
mail-delegation-ended-delegate-body =
    Bonjour { $name },

    Vous ne pouvez plus agir pour { $patient } sur Carnet. Les personnes que vous aidez sont sur cette page :

    { $url }
history-action-read-delegations = a lu la liste de vos aidants
history-action-delegation-invite = a invité un aidant
history-action-delegation-end = a mis fin à une délégation
history-action-delegation-accept = a accepté d'agir pour vous
history-reason-delegation = par la délégation que vous avez donnée
history-reason-representative = en tant que représentant légal
history-reason-no-delegation = vous n'avez donné aucune délégation à cette personne
history-reason-delegation-ended = la délégation était terminée
history-reason-patient-adult = vous avez 18 ans : un représentant légal n'agit plus pour vous
history-reason-minor-consent-ended = autorisé pendant votre minorité : à confirmer depuis vos 18 ans
history-reason-out-of-scope = la délégation que vous avez donnée ne le permet pas
history-reason-invitation = votre invitation a été acceptée
history-reason-delegate = à la demande de l'aidant
history-role-representative = Représentant légal
notice-joined = Votre compte est créé. Nous venons d'envoyer à l'adresse invitée un lien pour créer votre clé d'accès : ouvrez-le sur cet appareil.
delegation-until-majority = Jusqu'à ses 18 ans
delegation-ended-at-majority = A pris fin à ses 18 ans : son dossier est maintenant le sien.
