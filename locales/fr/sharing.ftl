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
