# Carnet — partage : qui a consulté mon dossier, demandes d'accès, documents masqués, publication depuis le dossier (issue 16).
# Nouveaux messages de ce domaine ; les textes existants sont modifiés sur place dans main.ftl.

## Qui a consulté mon dossier : chaque ligne dit qui a fait ou tenté quoi, et ce qui s'est passé
history-event = { $who } { $action }
history-action-read-identity = a lu votre identité (nom, date de naissance, INS) pour publier dans votre dossier
history-action-unknown = a agi sur votre dossier
history-tried-read-summary = a tenté de lire la synthèse de votre dossier
history-tried-read-results = a tenté de lire vos résultats
history-tried-read-result-history = a tenté de lire l'historique d'un de vos examens
history-tried-read-documents = a tenté de lire la liste de vos documents
history-tried-read-document = a tenté d'ouvrir un de vos documents
history-tried-read-vaccinations = a tenté de lire vos vaccinations
history-tried-read-profile = a tenté de lire votre profil de santé
history-tried-read-sharing = a tenté de lire vos réglages de partage
history-tried-read-history = a tenté de lire cet historique
history-tried-read-delegations = a tenté de lire la liste de vos aidants
history-tried-read-appointments = a tenté de consulter vos rendez-vous
history-tried-read-export = a tenté de télécharger une copie complète de votre dossier
history-tried-read-identity = a tenté de lire votre identité pour publier dans votre dossier
history-tried-read-agenda = a tenté de consulter son agenda
history-tried-read-appointment = a tenté d'ouvrir votre rendez-vous dans son agenda
history-tried-write-import = a tenté d'importer des données dans votre dossier
history-tried-write-publish = a tenté de publier dans votre dossier
history-tried-write-upload = a tenté d'ajouter un document à votre dossier
history-tried-share-authorize = a tenté d'autoriser un professionnel à lire votre dossier
history-tried-share-revoke = a tenté de retirer l'autorisation d'un professionnel
history-tried-share-block = a tenté de bloquer un professionnel
history-tried-share-unblock = a tenté de débloquer un professionnel
history-tried-share-approve = a tenté d'accepter la demande d'accès d'un professionnel
history-tried-share-refuse = a tenté de refuser la demande d'accès d'un professionnel
history-tried-share-hide-document = a tenté de masquer un document
history-tried-share-show-document = a tenté de montrer de nouveau un document
history-tried-share-hide-new-documents = a tenté de changer le réglage des nouveaux documents
history-tried-access-request = a tenté de vous demander l'accès à votre dossier
history-tried-access-emergency = a tenté d'ouvrir un accès en urgence à votre dossier
history-tried-auth-sign-in = a tenté d'ouvrir une session
history-tried-delegation-invite = a tenté d'inviter un aidant
history-tried-delegation-end = a tenté de mettre fin à une délégation
history-tried-delegation-accept = a tenté d'accepter d'agir pour vous
history-tried-appointment-book = a tenté de prendre un rendez-vous pour vous
history-tried-appointment-move = a tenté de déplacer un de vos rendez-vous
history-tried-appointment-cancel = a tenté d'annuler un de vos rendez-vous
history-tried-appointment-wait = a tenté de changer votre inscription sur une liste d'attente
history-tried-profile-declare = a tenté de modifier votre profil de santé
history-tried-profile-annotate = a tenté d'annoter votre profil de santé
history-tried-profile-confirm = a tenté de confirmer un élément de votre profil de santé
history-tried-profile-hide-from-representatives = a tenté de changer qui voit un élément de votre profil de santé
history-tried-desk-enrol = a tenté de créer votre compte à l'accueil
history-tried-desk-recovery = a tenté de lancer à l'accueil la récupération de votre compte
history-tried-desk-minor = a tenté de créer ce dossier à l'accueil
history-tried-desk-assist-start = a tenté d'ouvrir une session accompagnée sur votre dossier
history-tried-desk-assist-approve = a tenté d'obtenir votre accord pour une session accompagnée
history-tried-desk-assist-end = a tenté de terminer la session accompagnée
history-tried-unknown = a tenté d'agir sur votre dossier
history-by-professional = { $name } (professionnel de santé)
history-by-assisting = { $name } (accueil), en vous accompagnant,
history-by-caregiver = { $name } (aidant), pour vous,
history-by-representative = { $name } (représentant légal), pour vous,
history-by-staff = { $name } (accueil)
history-by-caregiver-role = { $name } (aidant)
history-by-representative-role = { $name } (représentant légal)
history-by-organisation = { $name } (logiciel d'un organisme)
history-by-patient = { $name } (patient)
history-by-admin = { $name } (administration)
history-by-person = { $name }
history-by-operator = L'équipe technique de ce Carnet
history-outcome-allowed = Autorisé : { $why }
history-outcome-refused = Refusé : { $why }
history-reason-hidden-document-representative = ce document est masqué aux représentants légaux
history-reason-out-of-scope-staff = ce n'est pas permis dans une session accompagnée
history-reason-unknown = règle d'accès de Carnet
history-request-waiting = En attente de votre réponse
history-request-accepted = Vous avez accepté
history-request-refused = Vous avez refusé
history-request-blocked = Vous avez bloqué ce professionnel
history-request-unanswered = Sans réponse de votre part
history-about = Concernant : { $about }

## Documents masqués : dits en toutes lettres dans les listes et sur la page du document
document-visibility = Visibilité
document-hidden-from-professionals = Masqué aux professionnels
document-hidden-from-representatives = Masqué aux représentants légaux

## Mes patients : les demandes envoyées, telles que saisies
patients-requests-title = Demandes envoyées
patients-requests-hint = Chaque demande reste ici { $days } jours, telle que vous l'avez saisie. Si le patient l'accepte, il apparaît dans la liste ci-dessus, à son nom, et vous pouvez lire son dossier.
patients-request-ins = INS
patients-request-sent-on = Demande envoyée le { $date }

## Publier : les mesures (signes vitaux), et depuis le dossier d'un patient
lab-test-8480-6 = Pression artérielle systolique
lab-test-8462-4 = Pression artérielle diastolique
lab-test-8867-4 = Fréquence cardiaque
lab-test-29463-7 = Poids
lab-test-8302-2 = Taille
lab-test-8310-5 = Température
lab-test-59408-5 = Saturation en oxygène (SpO2)
lab-test-2339-0 = Glycémie capillaire
lab-test-72514-3 = Douleur (sur 10)
publish-for-patient-link = Publier pour ce patient
publish-for-title = Publier pour { $name }
publish-for-intro = Ce que vous publiez ici rejoint le dossier de { $name }. Le patient est prévenu par e-mail, sans détail médical.
publish-for-born = Né(e) le { $date }
publish-for-no-ins = Ce dossier n'a pas d'INS ou pas de date de naissance : rien ne peut y être publié depuis le portail.
notice-published-for = Publié dans le dossier de { $name }.
publish-other-patient = Publier pour un autre patient (INS et date de naissance)

## Le dossier d'un patient vu par un professionnel : il s'adresse au professionnel
results-title-of = Résultats de { $name }
documents-title-of = Documents de { $name }
vaccinations-title-of = Vaccinations de { $name }
results-empty-other = Aucun résultat dans ce dossier pour l'instant.
results-back-other = Retour aux résultats
documents-back-other = Retour aux documents
overview-out-of-range-none = Le dernier résultat de chaque analyse est dans les valeurs de référence.
overview-results-none = Aucun résultat avec des valeurs de référence dans ce dossier pour le moment.
vaccinations-source-professional = Selon le { $source }. D'autres vaccinations peuvent être indiquées selon la situation du patient.
vaccinations-no-birth-date-professional = La date de naissance du patient n'est pas connue : les vaccinations à faire ne peuvent pas être calculées.
error-publish-no-ins = Ce dossier n'a pas d'INS ou pas de date de naissance : rien ne peut y être publié depuis le portail.

## Partage et traçabilité (ticket 4)
nav-sharing = Partage
nav-patients = Mes patients
record-of = Dossier de { $name }
record-emergency = Accès en urgence
record-sections-label = Parties du dossier
overview-latest-title = Derniers éléments
overview-nothing = Ce dossier est encore vide.
patients-title = Mes patients
patients-empty = Aucun patient ne vous a encore autorisé.
patients-born = Né(e) le { $date }
patients-status-authorized = Vous a autorisé
patients-emergency-until = Accès en urgence jusqu'au { $time }
patients-request-title = Demander l'accès à un patient
patients-request-intro = Le patient reçoit votre demande et décide. Vous verrez son dossier ici dès qu'il vous aura autorisé.
patients-request-button = Envoyer la demande
patients-emergency-title = Accès en urgence
patients-emergency-intro = Seulement quand la prise en charge ne peut pas attendre le consentement du patient. L'accès dure 4 heures, le patient est prévenu aussitôt et le voit dans son historique avec votre motif. Un patient qui vous a bloqué reste protégé.
patients-emergency-reason-label = Motif (obligatoire, montré au patient)
patients-emergency-button = Ouvrir un accès en urgence
notice-access-requested = Votre demande a été envoyée si un dossier correspond. Vous pourrez lire le dossier dès que le patient vous aura autorisé.
error-emergency-reason-missing = Indiquez le motif de l'accès en urgence.
error-emergency-reason-invalid = Le motif doit tenir sur une ligne de 500 caractères au plus.
error-emergency-refused = Aucun dossier que vous pouvez ouvrir ne correspond à cet INS et à cette date de naissance.
visibility-title = Qui peut voir ce document
visibility-professionals = Masquer aux professionnels de santé
visibility-representatives = Masquer aux représentants légaux
visibility-hint = Masqué aux professionnels, un document reste visible pour vous, pour les personnes qui agissent pour vous et pour le professionnel qui l'a rédigé, tant qu'il a accès à votre dossier. Masqué aux représentants légaux, il reste visible pour vous et pour les professionnels qui ont accès à votre dossier.
visibility-save = Enregistrer
notice-visibility-saved = Votre choix a été enregistré.
sharing-title = Partage
sharing-intro = Vous décidez, professionnel par professionnel, qui peut lire votre dossier. Un blocage l'emporte sur tout, même sur un accès en urgence.
sharing-history-link = Qui a consulté mon dossier
notice-sharing-authorize = Ce professionnel peut désormais lire votre dossier.
notice-sharing-revoke = Ce professionnel ne peut plus lire votre dossier.
sharing-review-title = Autorisations données pendant votre minorité
sharing-review-intro = Vos représentants légaux avaient autorisé ces professionnels à lire votre dossier quand vous étiez mineur. Depuis vos 18 ans, ces autorisations sont suspendues : c'est à vous de choisir. Gardez celles que vous voulez, retirez les autres.
sharing-review-given-on = Autorisé pour vous le { $date }
sharing-keep = Garder l'autorisation
notice-sharing-block = Ce professionnel est bloqué : il ne peut plus lire votre dossier, même en urgence.
notice-sharing-unblock = Ce professionnel n'est plus bloqué.
notice-sharing-approve = Demande acceptée : ce professionnel peut désormais lire votre dossier.
notice-sharing-refuse = Demande refusée.
notice-sharing-preference = Votre choix a été enregistré.
error-sharing-unknown-professional = Ce professionnel n'est pas dans l'annuaire.
error-sharing-self = Vous ne pouvez pas vous autoriser vous-même sur un dossier pour lequel vous agissez.
error-sharing-no-request = Cette demande n'est plus en attente.
sharing-requests-title = Demandes
sharing-requested-on = Demandé le { $date }
sharing-authorized-title = Qui peut lire mon dossier
sharing-authorized-none = Aucun professionnel ne peut lire votre dossier.
sharing-authorized-on = Autorisé le { $date }
sharing-emergencies-title = Accès en urgence en cours
sharing-emergency-reason = Motif donné : { $reason }
sharing-emergency-until = Jusqu'au { $time }
sharing-blocked-title = Bloqués
sharing-blocked-none = Vous n'avez bloqué personne.
sharing-blocked-on = Bloqué le { $date }
sharing-directory-title = Trouver un professionnel
sharing-directory-name-label = Nom ou numéro RPPS
sharing-directory-specialty-label = Spécialité
sharing-directory-any-specialty = Toutes les spécialités
sharing-directory-city-label = Ville
sharing-directory-search = Rechercher
sharing-directory-none = Aucun professionnel ne correspond à cette recherche.
sharing-status-authorized = Peut lire votre dossier
sharing-status-blocked = Bloqué
sharing-status-requested = A demandé l'accès
sharing-new-documents-title = Nouveaux documents
sharing-new-documents-label = Les nouveaux documents sont d'abord masqués aux professionnels
sharing-new-documents-hint = Vous pourrez ensuite afficher chaque document depuis sa page. Le professionnel qui a rédigé un document le voit toujours, tant qu'il a accès à votre dossier.
sharing-save = Enregistrer
sharing-rpps = RPPS { $rpps }
sharing-authorize = Autoriser
sharing-revoke = Retirer l'autorisation
sharing-block = Bloquer
sharing-unblock = Débloquer
sharing-approve = Accepter
sharing-refuse = Refuser
specialty-general-practice = Médecine générale
specialty-cardiology = Cardiologie
specialty-dermatology = Dermatologie
specialty-endocrinology = Endocrinologie
specialty-gynaecology = Gynécologie
specialty-paediatrics = Pédiatrie
specialty-psychiatry = Psychiatrie
specialty-radiology = Radiologie
specialty-medical-biology = Biologie médicale
specialty-nursing = Soins infirmiers
specialty-pharmacy = Pharmacie
specialty-dentistry = Chirurgie dentaire
specialty-physiotherapy = Kinésithérapie
specialty-midwifery = Maïeutique
error-rpps-invalid = Un numéro RPPS compte 11 chiffres.
error-rpps-taken = Un autre professionnel a ce numéro RPPS.
error-specialty-unknown = Cette spécialité est inconnue.
error-city-invalid = La ville doit tenir sur une ligne de 100 caractères au plus.
history-title = Qui a consulté mon dossier
history-intro = Chaque accès à votre dossier et chaque modification par quelqu'un d'autre que vous, autorisés ou refusés.
history-from-label = Du
history-to-label = Au
history-who-label = Personne
history-who-anyone = Tout le monde
history-filter = Filtrer
history-csv = Télécharger en CSV
history-empty = Personne d'autre n'a accédé à votre dossier sur cette période.
history-table-caption = Accès et modifications, du plus récent au plus ancien
history-csv-time = Date et heure
history-csv-who = Qui
history-csv-role = Rôle
history-csv-action = Ce qui s'est passé
history-csv-about = Concernant
history-csv-decision = Résultat
history-csv-emergency = Urgence
history-csv-emergency-reason = Motif donné
history-csv-yes = oui
history-csv-no = non
history-emergency = Urgence
history-emergency-reason = Motif donné : { $reason }
history-actor-operator = Équipe technique de Carnet
history-actor-unknown = Inconnu
history-action-read-summary = a lu la synthèse de votre dossier
history-action-read-results = a lu vos résultats
history-action-read-result-history = a lu l'historique d'un de vos examens
history-action-read-documents = a lu la liste de vos documents
history-action-read-document = a ouvert un de vos documents
history-action-read-vaccinations = a lu vos vaccinations
history-action-read-profile = a lu votre profil de santé
history-action-read-sharing = a lu vos réglages de partage
history-action-read-history = a lu cet historique
history-action-write-import = a importé des données dans votre dossier
history-action-write-publish = a publié dans votre dossier
history-action-write-upload = a ajouté un document à votre dossier
history-action-share-authorize = a autorisé un professionnel à lire votre dossier
history-action-share-revoke = a retiré l'autorisation d'un professionnel
history-action-share-block = a bloqué un professionnel
history-action-share-unblock = a débloqué un professionnel
history-action-share-approve = a accepté la demande d'accès d'un professionnel
history-action-share-refuse = a refusé la demande d'accès d'un professionnel
history-action-share-hide-document = a masqué un document
history-action-share-show-document = a de nouveau montré un document
history-action-share-hide-new-documents = a changé le réglage des nouveaux documents
history-action-access-request = vous a demandé l'accès à votre dossier
history-action-access-emergency = a ouvert un accès en urgence à votre dossier
history-action-auth-sign-in = a ouvert une session
history-reason-owner = c'est votre propre dossier
history-reason-consent = vous avez autorisé ce professionnel à lire votre dossier
history-reason-emergency = accès en urgence en cours
history-reason-blocked = vous avez bloqué ce professionnel
history-reason-no-consent = vous n'avez pas autorisé ce professionnel
history-reason-hidden-document = vous avez masqué ce document aux professionnels
history-reason-no-access = cette personne n'a aucun droit sur votre dossier
history-reason-unknown-record = ce dossier n'existe pas
history-reason-owner-only = c'est réservé au titulaire du dossier
history-reason-professional = les professionnels de santé peuvent le faire
history-reason-organisation-token = par le logiciel d'un organisme, avec sa clé de connexion à Carnet
history-reason-operator = seule l'équipe technique peut importer, depuis le serveur
history-reason-passkey = avec votre clé d'accès
history-reason-enrolment = à l'inscription
history-reason-bad-assertion = clé d'accès non reconnue
history-reason-user-handle-mismatch = clé d'accès non reconnue
history-role-patient = Patient
history-role-professional = Professionnel de santé
history-role-organisation = Organisme
history-role-operator = Équipe technique
history-role-caregiver = Aidant
history-role-staff = Accueil
history-role-admin = Administration
history-role-none = Sans rôle
history-role-person = Personne
mail-first-read-subject = Un professionnel a consulté votre dossier de santé
mail-first-read-body =
    Bonjour { $name },

    Un professionnel de santé que vous avez autorisé a consulté votre dossier pour la première fois. Voyez qui et quand dans « Qui a consulté mon dossier » :

    { $url }

    Si vous ne vous y attendiez pas, vous pouvez lui retirer l'autorisation ou le bloquer depuis la page Partage.
mail-emergency-access-subject = Accès en urgence à votre dossier de santé
mail-emergency-access-body =
    Bonjour { $name },

    Un professionnel de santé a ouvert un accès en urgence à votre dossier. Il dure 4 heures. Voyez qui, quand et le motif donné dans « Qui a consulté mon dossier » :

    { $url }

    Si vous vous y opposez, vous pouvez le bloquer depuis la page Partage : le blocage met fin à son accès immédiatement.
mail-access-requested-subject = Un professionnel demande à voir votre dossier de santé
mail-access-requested-body =
    Bonjour { $name },

    Un professionnel de santé demande à lire votre dossier. Acceptez ou refusez depuis la page Partage :

    { $url }
home-patients-link = Mes patients et demandes d'accès
mail-first-read-for-subject = Un professionnel a consulté le dossier de santé de { $child }
mail-first-read-for-body =
    Bonjour { $name },

    Un professionnel de santé autorisé a consulté pour la première fois le dossier de { $child }, dont vous êtes représentant légal. Voyez qui et quand dans « Qui a consulté mon dossier », en agissant pour { $child } :

    { $url }

    Si vous ne vous y attendiez pas, vous pouvez lui retirer l'autorisation ou le bloquer depuis la page Partage.
mail-emergency-access-for-subject = Accès en urgence au dossier de santé de { $child }
mail-emergency-access-for-body =
    Bonjour { $name },

    Un professionnel de santé a ouvert un accès en urgence au dossier de { $child }, dont vous êtes représentant légal. Il dure 4 heures. Voyez qui, quand et le motif donné dans « Qui a consulté mon dossier », en agissant pour { $child } :

    { $url }

    Si vous vous y opposez, vous pouvez le bloquer depuis la page Partage : le blocage met fin à son accès immédiatement.
