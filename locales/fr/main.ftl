# Carnet — français (langue par défaut).
# Chaque texte visible vient d'ici ; les autres langues ont exactement les mêmes identifiants.

## Général
language-name = Français
# Dates et heures (motif strftime).
datetime-pattern = %d/%m/%Y à %H:%M
site-name = Carnet
site-tagline = Votre carnet de santé, partagé avec qui vous choisissez.
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-menu = Menu
nav-home = Accueil
nav-account = Mon compte
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
language-label = Langue
language-switch = Afficher en { $language }
footer-text = Carnet, portail patient libre.
javascript-needed = Les clés d'accès ont besoin de JavaScript : activez-le dans votre navigateur pour continuer.

## Rôles
role-patient = Patient
role-caregiver = Aidant
role-professional = Professionnel de santé
role-staff = Accueil et aide numérique
role-admin = Administration

## Accueil
home-title = Accueil
home-greeting = Bonjour, { $name }
home-roles = Vous êtes connecté en tant que : { $roles }.
home-signed-out-title = Bienvenue sur Carnet
home-signed-out-text = Connectez-vous avec votre clé d'accès pour retrouver votre carnet de santé. Pour obtenir un compte, adressez-vous à l'accueil de votre établissement.
home-account-hint = Gérez vos clés d'accès et votre langue depuis votre compte.

## Connexion
signin-title = Connexion
signin-intro = Utilisez la clé d'accès enregistrée sur votre téléphone, votre ordinateur ou votre clé de sécurité.
signin-username-label = Adresse e-mail
signin-username-hint = Votre navigateur peut vous proposer vos clés d'accès dans ce champ.
signin-button = Se connecter avec une clé d'accès
signin-working = Connexion en cours…
signin-failed = Nous n'avons pas pu vous connecter avec cette clé d'accès. Réessayez ou adressez-vous à l'accueil.
signin-no-account = Pas encore de compte ? L'accueil de votre établissement peut vous inscrire.

## Inscription
enrol-title = Créer votre clé d'accès
enrol-welcome = Bienvenue, { $name }.
enrol-intro = Une clé d'accès remplace le mot de passe : elle reste sur votre appareil et se déverrouille avec votre empreinte, votre visage ou votre code. Personne d'autre ne peut l'utiliser.
enrol-button = Créer ma clé d'accès
enrol-working = Création de la clé d'accès…
enrol-failed = La clé d'accès n'a pas pu être créée. Réessayez.
link-unknown-title = Lien inconnu
link-unknown-text = Ce lien d'inscription n'existe pas. Vérifiez qu'il est complet, ou demandez-en un nouveau à l'accueil.
link-used-title = Lien déjà utilisé
link-used-text = Ce lien a déjà servi à créer une clé d'accès. Connectez-vous avec cette clé, ou demandez un nouveau lien à l'accueil.
link-expired-title = Lien expiré
link-expired-text = Ce lien n'est plus valable. Demandez-en un nouveau à l'accueil.

## Cérémonies (messages communs)
ceremony-cancelled = L'opération a été annulée ou le délai est dépassé. Vous pouvez réessayer.
ceremony-unsupported = Ce navigateur ne prend pas en charge les clés d'accès. Essayez un navigateur récent.
ceremony-network = La connexion au serveur a échoué. Vérifiez votre réseau et réessayez.

## Compte
account-title = Mon compte
account-passkeys-title = Mes clés d'accès
account-passkeys-intro = Chaque appareil avec lequel vous vous connectez a sa propre clé d'accès.
passkey-created = Créée le { $date }
passkey-last-used = Dernière utilisation le { $date }
passkey-never-used = Jamais utilisée pour se connecter
passkey-name-label = Nom de la clé
passkey-rename = Renommer
passkey-remove = Supprimer
passkey-remove-label = Supprimer la clé « { $name } »
passkey-rename-label = Renommer la clé « { $name } »
passkey-only-one = C'est votre seule clé d'accès : ajoutez-en une autre avant de pouvoir la supprimer, sinon vous ne pourriez plus vous connecter.
passkey-add-title = Ajouter une clé d'accès
passkey-add-intro = Ajoutez une clé sur un autre appareil pour ne jamais perdre l'accès à votre carnet.
passkey-add-button = Ajouter une clé d'accès
passkey-add-working = Ajout de la clé d'accès…
passkey-add-failed = La clé d'accès n'a pas pu être ajoutée. Réessayez.
passkey-default-name = Clé d'accès { $number }
account-language-title = Langue
account-language-intro = Carnet vous écrit et s'affiche dans la langue choisie.
account-export-title = Mes données
account-export-intro = Téléchargez une copie complète du dossier : identité, résultats avec leurs valeurs de référence, vaccinations, documents avec leurs fichiers. Le fichier est au format FHIR R4, que les logiciels de santé savent lire. Il contient toutes ces données de santé : gardez-le en lieu sûr.
account-export-link = Télécharger le dossier (FHIR, JSON)
notice-passkey-renamed = La clé d'accès a été renommée.
notice-passkey-removed = La clé d'accès a été supprimée. Les sessions ouvertes avec elle ont été fermées.
notice-passkey-added = La clé d'accès a été ajoutée. Un e-mail de sécurité vous a été envoyé.
notice-language-changed = La langue a été changée.

## Erreurs
error-title = Une erreur est survenue
not-found-title = Page introuvable
not-found-text = Cette page n'existe pas ou vous n'y avez pas accès.
back-home = Retour à l'accueil
error-name-invalid = Le nom doit compter entre 1 et 100 caractères.
error-email-invalid = Cette adresse e-mail n'est pas valide.
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-role-invalid = Ce rôle n'existe pas.
error-passkey-name-invalid = Le nom d'une clé d'accès doit compter entre 1 et 64 caractères.
error-last-passkey = Impossible de supprimer votre dernière clé d'accès : ajoutez-en une autre d'abord.
error-not-found = Introuvable.
error-sign-in-required = Vous devez être connecté.
error-ceremony = La vérification de la clé d'accès a échoué. Réessayez.
error-rate-limited = Trop de tentatives. Patientez une minute puis réessayez.
error-bad-request = La requête est invalide.
error-unsupported-media = Le format de la requête n'est pas accepté.
error-payload-too-large = La requête est trop volumineuse.
error-cross-origin = Requête refusée : elle ne vient pas de Carnet.
error-internal = Un problème technique nous empêche de répondre. Réessayez dans un instant.
error-method = Cette action n'est pas permise ici.

## E-mails
mail-invitation-subject = Votre invitation à Carnet
mail-invitation-body =
    Bonjour { $name },

    Un compte Carnet a été créé pour vous. Pour y accéder, créez votre clé d'accès en ouvrant ce lien sur votre téléphone ou votre ordinateur :

    { $url }

    Ce lien ne fonctionne qu'une fois et expire dans { $hours } heures.

    Si vous n'attendiez pas ce message, ignorez-le.
mail-passkey-added-subject = Une clé d'accès a été ajoutée à votre compte Carnet
mail-passkey-added-body =
    Bonjour { $name },

    Une clé d'accès nommée « { $passkey } » a été ajoutée à votre compte Carnet le { $when }.

    Si c'est vous, vous n'avez rien à faire. Sinon, prévenez l'accueil de votre établissement et supprimez cette clé depuis votre compte :

    { $url }
mail-record-updated-subject = Du nouveau dans votre carnet de santé
mail-record-updated-body =
    Bonjour { $name },

    { $count ->
        [one] Un nouvel élément a été ajouté à votre carnet de santé.
       *[other] { $count } nouveaux éléments ont été ajoutés à votre carnet de santé.
    } Connectez-vous pour voir ce qui a été ajouté :

    { $url }

    Pour protéger votre vie privée, ce message ne contient aucune information médicale.

## Dossier médical : formats
# Date seule (motif strftime).
date-pattern = %d/%m/%Y
# Séparateur décimal des valeurs mesurées.
decimal-separator = ,
nav-results = Résultats
nav-documents = Documents
nav-vaccinations = Vaccinations
pager-older = Plus anciens
error-date-invalid = Une des dates n'est pas valide : utilisez le format jj/mm/aaaa.
error-health-id-invalid = Ce numéro INS n'est pas valide : il compte 15 caractères et sa clé doit correspondre.
error-health-id-taken = Ce numéro INS appartient déjà à un autre dossier.
error-upload-missing = Choisissez un fichier.
error-upload-too-large = Ce fichier dépasse 10 Mo.

## Accueil (patient)
home-new-title = Nouveau depuis votre dernière visite
home-nothing-new = Rien de nouveau depuis votre dernière visite.
home-new-results = { $count ->
    [one] Un nouveau résultat
   *[other] { $count } nouveaux résultats
}
home-out-of-range-title = Résultats hors des valeurs de référence
home-out-of-range-none = Aucun de vos derniers résultats n'est en dehors des valeurs de référence.
home-out-of-range-nothing-to-judge = Aucun résultat avec des valeurs de référence pour le moment.
home-out-of-range-hint = Un résultat hors des valeurs de référence n'est pas forcément anormal pour vous : parlez-en avec votre médecin.
home-all-results = Tous mes résultats
home-vaccinations-title = Vaccinations à faire
home-all-vaccinations = Mon carnet de vaccination
home-verify-link = Vérifier un document scellé par Carnet

## Résultats
results-title = Mes résultats
results-search-label = Rechercher une analyse
results-from-label = Du
results-to-label = Au
results-search-button = Afficher
results-empty = Aucun résultat dans votre dossier pour l'instant.
results-none-found = Aucune analyse ne correspond à votre recherche.
results-none-in-period = Aucun résultat sur cette période.
results-period-caption = Résultats de la période, du plus récent au plus ancien
results-category-laboratory = Analyses de laboratoire
results-category-vital-signs = Mesures (tension, poids…)
results-back = Retour à mes résultats
result-range = Valeurs de référence : { $range }
result-count = { $count ->
    [one] un résultat
   *[other] { $count } résultats
}
result-latest = Dernier résultat : { $value }, le { $date }
result-date = Date
result-test = Analyse
result-value = Résultat
result-reference = Valeurs de référence
result-performer = Réalisé par
result-no-value = Sans valeur
history-caption = Historique : { $test }
trend-title = Évolution : { $test }
trend-description = Courbe des valeurs dans le temps. Les mêmes données figurent dans le tableau ci-dessous.
trend-legend-line = Ligne et points : vos résultats, du plus ancien au plus récent.
trend-legend-band = Bande colorée : valeurs de référence du dernier résultat.
trend-legend-out = Carré : résultat hors des valeurs de référence.
flag-normal = Normal
flag-low = Bas
flag-high = Élevé
flag-critical-low = Très bas
flag-critical-high = Très élevé
flag-abnormal = Anormal
flag-critical = Critique

## Documents
documents-title = Mes documents
documents-kinds-label = Types de documents
documents-all = Tous
documents-empty = Aucun document ici pour l'instant.
documents-back = Retour à mes documents
document-kind-report = Compte rendu d'examen
document-kind-prescription = Ordonnance
document-kind-imaging = Imagerie
document-kind-letter = Courrier
document-kind-other = Autre document
document-kind = Type
document-author = Auteur
document-author-unknown = Auteur non précisé
document-added-by = Ajouté par { $name }
document-date = Date
document-file = Fichier
document-size-kb = { $size } Ko
document-seal = Sceau
document-sealed = Scellé, inchangé
document-seal-broken = Sceau invalide : le document a été modifié
document-patient-provided = Document ajouté par le patient
document-sealed-explained = Carnet a signé ce document à sa publication. Toute personne qui en reçoit une copie peut vérifier qu'elle est authentique et intacte.
document-open = Ouvrir
document-download = Télécharger
document-replaced = Remplacé par une version corrigée
document-replaced-by = Ce document a été corrigé : voir la nouvelle version
document-replaces = Ce document corrige une version précédente : la voir
document-verify-hint = Vérifier une copie de ce document

## Vaccinations
vaccinations-title = Mes vaccinations
vaccinations-due-title = À faire
vaccinations-history-title = Vaccinations reçues
vaccinations-empty = Aucune vaccination enregistrée.
vaccinations-up-to-date = Rien à faire pour le moment selon le calendrier des vaccinations.
vaccinations-no-birth-date = Votre date de naissance n'est pas connue : les vaccinations à faire ne peuvent pas être calculées.
vaccinations-source = Selon le { $source }. Votre médecin peut vous recommander d'autres vaccinations.
vaccinations-print-hint = Pour imprimer votre carnet de vaccination, utilisez la fonction Imprimer de votre navigateur.
vaccination-overdue = En retard
vaccination-due = À faire
vaccination-since = depuis le { $date }
vaccination-scheduled = Prévue { $age }
vaccination-age-months = à { $months } mois
vaccination-age-years = à { $years } ans
vaccination-vaccine = Vaccin
vaccination-date = Date
vaccination-dose = Dose
vaccination-lot = Lot
vaccination-by = Par
vaccine-series-dtp = Diphtérie, tétanos, poliomyélite (et coqueluche)
vaccine-series-hib = Haemophilus influenzae b
vaccine-series-hepb = Hépatite B
vaccine-series-pneumo-child = Pneumocoque (nourrisson)
vaccine-series-menb = Méningocoque B
vaccine-series-men-acwy = Méningocoques ACWY
vaccine-series-mmr = Rougeole, oreillons, rubéole (ROR)
vaccine-series-rotavirus = Rotavirus
vaccine-series-hpv = Papillomavirus (HPV)
vaccine-series-pneumo-adult = Pneumocoque (65 ans et plus)
vaccine-series-zoster = Zona
vaccine-series-influenza = Grippe (chaque année)
vaccine-series-covid-19 = Covid-19 (chaque année)

## Vérification
verify-title = Vérifier un document
verify-intro = Vous avez reçu un document venant de Carnet ? Choisissez le fichier : Carnet vous dit s'il l'a scellé, qui l'a publié et quand, et s'il est resté intact. Le fichier n'est pas conservé.
verify-file-label = Fichier à vérifier
verify-button = Vérifier
verify-another = Vérifier un autre fichier
verify-sealed-title = Document authentique et intact
verify-sealed-text = { $kind } publié par { $author } le { $date }, scellé par ce Carnet. Le fichier n'a pas été modifié depuis.
verify-unknown-title = Document non reconnu
verify-unknown-text = Ce Carnet n'a scellé aucun document identique à ce fichier : soit il vient d'ailleurs, soit il a été modifié, ne serait-ce que d'un octet.
verify-broken-title = Sceau invalide
verify-broken-text = Un document identique est enregistré, mais son sceau ne correspond plus : les informations enregistrées ont été altérées. Signalez-le à l'établissement.
verify-key-title = Vérifier sans Carnet
verify-key-text = Les sceaux sont des signatures Ed25519 avec la clé publique ci-dessous. Le format est décrit dans la documentation de Carnet.
verify-key-id = Identifiant de la clé
verify-public-key = Clé publique

## Ajout de documents
upload-link = Ajouter un document
upload-title = Ajouter un document
upload-intro = Ajoutez à votre dossier un document que vous avez reçu (PDF, JPEG ou PNG, { $size } Mo au plus). Il sera marqué comme ajouté par vous.
upload-title-label = Titre du document
upload-kind-label = Type
upload-file-label = Fichier
upload-button = Ajouter
notice-uploaded = Le document a été ajouté à votre dossier.
error-upload-type = Ce fichier n'est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, pas seulement son nom).
error-upload-title = Donnez un titre au document (200 caractères au plus, sur une ligne).
error-upload-duplicate = Ce document est déjà dans votre dossier.

## Publication (professionnels)
nav-publish = Publier
publish-title = Publier dans un dossier
publish-intro = Le patient est désigné par son INS et sa date de naissance ; son dossier doit déjà exister. Il est prévenu par e-mail, sans détail médical.
publish-results-title = Des résultats d'analyses ou des mesures
publish-report-title = Un compte rendu (PDF)
publish-vaccination-title = Une vaccination
publish-health-id-label = INS du patient (15 caractères)
publish-birth-date-label = Date de naissance
publish-taken-at-label = Date et heure du prélèvement ou de la mesure
publish-test-label = Analyse ou mesure { $row }
publish-test-none = —
publish-value-label = Résultat { $row }
publish-low-label = Valeur basse { $row } (si différente)
publish-high-label = Valeur haute { $row } (si différente)
publish-report-title-label = Titre
publish-report-kind-label = Type
publish-report-date-label = Date du document
publish-report-file-label = Fichier PDF
publish-vaccine-label = Vaccin
publish-vaccination-date-label = Date de la vaccination
publish-dose-label = Numéro de dose (facultatif)
publish-lot-label = Numéro de lot (facultatif)
publish-button = Publier
notice-published = C'est publié : le dossier du patient est à jour et le patient a été prévenu.
error-birth-date-invalid = La date de naissance n'est pas valide.
error-publish-identity = Le patient doit être désigné par son INS et sa date de naissance.
error-publish-no-record = Aucun dossier ne correspond à cet INS et cette date de naissance. Vérifiez-les ; le patient peut être inscrit à l'accueil.
error-publish-date-invalid = La date n'est pas valide (elle ne peut pas être dans le futur).
error-publish-no-results = Remplissez au moins une analyse et son résultat.
error-publish-test-unknown = Choisissez l'analyse dans la liste.
error-publish-value-invalid = Un résultat n'est pas un nombre (par exemple 1,18).
error-publish-range-invalid = Une valeur de référence n'est pas un nombre, ou la valeur basse dépasse la haute.
error-publish-not-pdf = Le compte rendu doit être un fichier PDF (son contenu a été vérifié).
error-publish-vaccine-unknown = Choisissez le vaccin dans la liste.
error-publish-dose-invalid = Le numéro de dose doit être un nombre entre 1 et 20.
error-publish-lot-invalid = Le numéro de lot doit compter 40 caractères au plus, sur une ligne.
lab-test-1558-6 = Glycémie à jeun
lab-test-4548-4 = Hémoglobine glyquée (HbA1c)
lab-test-2093-3 = Cholestérol total
lab-test-13457-7 = Cholestérol LDL
lab-test-2085-9 = Cholestérol HDL
lab-test-2571-8 = Triglycérides
lab-test-2160-0 = Créatinine
lab-test-718-7 = Hémoglobine
lab-test-6690-2 = Leucocytes
lab-test-777-3 = Plaquettes
lab-test-3016-3 = TSH
lab-test-2276-4 = Ferritine
lab-test-1988-5 = Protéine C réactive (CRP)
lab-test-2951-2 = Sodium
lab-test-2823-3 = Potassium
vaccine-146 = Hexavalent (DTCaP-Hib-HepB)
vaccine-115 = dTcaP (diphtérie, tétanos, coqueluche, polio)
vaccine-113 = dTP (diphtérie, tétanos, polio), adulte
vaccine-03 = ROR (rougeole, oreillons, rubéole)
vaccine-08 = Hépatite B
vaccine-133 = Pneumocoque conjugué 13-valent
vaccine-216 = Pneumocoque conjugué 20-valent
vaccine-203 = Méningocoques ACWY
vaccine-163 = Méningocoque B
vaccine-165 = Papillomavirus 9-valent
vaccine-187 = Zona (vaccin recombinant)
vaccine-140 = Grippe saisonnière
vaccine-208 = Covid-19 (ARNm)
vaccine-119 = Rotavirus

## Import FHIR (messages de refus)
fhir-error-in-entry-of-type = entrée { $entry } ({ $type }) : { $problem }
fhir-error-in-entry = entrée { $entry } : { $problem }
fhir-not-json = ce n'est pas du JSON ({ $detail })
fhir-not-a-bundle = ce n'est pas un Bundle FHIR
fhir-bundle-type = un Bundle de type « { $type } » n'est pas accepté (transaction, batch ou collection)
fhir-too-large = le Bundle dépasse { $size } Mo
fhir-empty = le Bundle n'a aucune entrée
fhir-missing-field = { $field } manque
fhir-invalid-field = { $field } { $reason }
fhir-dangling-reference = la référence « { $reference } » ne désigne rien d'utilisable dans ce Bundle
fhir-unknown-code = { $field } porte le code inconnu « { $code } »
fhir-duplicate = { $what } apparaît deux fois
fhir-reason-not-a-number = n'est pas un nombre
fhir-reason-not-a-date = n'est pas une date (AAAA-MM-JJ)
fhir-reason-not-a-date-time = n'est pas une date ou une date-heure FHIR
fhir-reason-not-text = n'est pas du texte
fhir-reason-not-an-integer = n'est pas un entier
fhir-reason-not-a-positive-integer = n'est pas un entier positif
fhir-reason-bound-not-a-number = a une borne qui n'est pas un nombre
fhir-reason-low-above-high = a une borne basse au-dessus de la borne haute
fhir-reason-no-inline-data = ne contient pas les données du fichier
fhir-reason-not-base64 = a des données qui ne sont pas en base64
fhir-reason-empty = est vide
fhir-stored = Enregistré : { $results } résultats, { $reports } comptes rendus, { $documents } documents, { $vaccinations } vaccinations ajoutés.
error-token-required = Jeton d'API manquant, invalide ou révoqué.
error-fhir-media = Envoyez un Bundle FHIR en JSON (Content-Type: application/fhir+json).
error-replaces-unknown = Le document que celui-ci corrige (relatesTo replaces) n'existe pas dans ce dossier.
home-new-results-many = Plus de { $count } nouveaux résultats
verify-fingerprint = Empreinte SHA-256 du fichier :

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
notice-sharing-block = Ce professionnel est bloqué : il ne peut plus lire votre dossier, même en urgence.
notice-sharing-unblock = Ce professionnel n'est plus bloqué.
notice-sharing-approve = Demande acceptée : ce professionnel peut désormais lire votre dossier.
notice-sharing-refuse = Demande refusée.
notice-sharing-preference = Votre choix a été enregistré.
error-sharing-unknown-professional = Ce professionnel n'est pas dans l'annuaire.
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
delegation-scope-appointments = gérer les rendez-vous
delegation-scope-upload = ajouter des documents
invitation-title = Invitation à aider une personne
invitation-lead = { $patient } vous invite à agir pour son compte sur Carnet :
invitation-expires = Cette invitation peut être acceptée jusqu'au { $date }.
invitation-signed-in-as = Vous êtes connecté en tant que { $name }.
invitation-accept = Accepter
invitation-join-title = Nouveau sur Carnet
invitation-join-intro = Créez votre compte avec l'adresse à laquelle cette invitation a été envoyée ({ $email }), puis votre clé d'accès.
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
history-reason-out-of-scope = la délégation que vous avez donnée ne le permet pas
history-reason-invitation = votre invitation a été acceptée
history-reason-delegate = à la demande de l'aidant
history-role-representative = Représentant légal

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
notice-desk-minor-created = Le dossier du mineur a été créé ; les représentants ont été prévenus par e-mail.
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
desk-minor-title = Créer le dossier d'un mineur
desk-minor-intro = Rattachez un ou deux représentants légaux. Ils agissent pour le mineur jusqu'à ses 18 ans, sauf pour les documents masqués aux représentants légaux.
desk-given-label = Prénoms
desk-family-label = Nom de famille
desk-minor-email-label = Adresse e-mail du mineur (facultatif)
desk-minor-email-hint = Là où partira, le jour de ses 18 ans, l'invitation à utiliser son propre dossier.
desk-representative-legend = Représentant légal { $number }
desk-minor-button = Créer le dossier
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
handover-intro = Le patient scanne ce code avec son propre téléphone pour créer sa clé d'accès. Il ne fonctionne qu'une fois.
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

## Rendez-vous (ticket 6)
error-availability-time = Indiquez les heures en heures et minutes, par exemple 09:00.
error-availability-slot-length = Un créneau dure de 5 à 240 minutes.
error-availability-too-short = La plage doit finir après son début et contenir au moins un créneau.
error-availability-overlap = Cette plage chevauche une autre plage du même jour. Modifiez les heures ou retirez l'autre plage.
error-availability-visit = Choisissez le type de consultation : au cabinet ou en vidéo.
error-availability-weekday = Choisissez un jour de la semaine.
error-place-name = Donnez un nom au lieu (80 caractères au plus, sur une ligne).
error-place-address = Indiquez l'adresse (200 caractères au plus, sur une ligne).
error-place-city = Indiquez la ville (80 caractères au plus).
error-place-zone = Choisissez un fuseau horaire dans la liste.
error-place-unknown = Ce lieu n'existe pas ou plus. Choisissez-en un dans la liste.
error-closure-past = La fermeture ne peut pas commencer avant aujourd'hui.
error-closure-range = La fin doit suivre le début, sur 92 jours au plus.
error-cutoff-invalid = Le délai d'annulation est un nombre d'heures entre 0 et 168.
error-languages-none = Cochez au moins une langue.
error-search-specialty = Choisissez une spécialité dans la liste.
error-search-language = Choisissez une langue dans la liste.
error-search-city = Le nom de la ville doit tenir sur une ligne de 80 caractères au plus.
error-appointment-taken = Ce créneau vient d'être pris ou n'est plus proposé. Choisissez-en un autre.
error-appointment-slot-unknown = Ce créneau n'existe pas dans cet agenda. Choisissez-en un dans la liste.
error-appointment-slot-past = Ce créneau est déjà passé. Choisissez-en un autre.
error-appointment-too-many = Vous avez déjà 3 rendez-vous à venir avec ce professionnel. Annulez-en un pour en prendre un autre.
error-appointment-reason-long = Le motif fait 500 caractères au plus. Raccourcissez-le.
error-appointment-reason-markup = Le motif ne peut pas contenir de balises comme <b> ou </p>. Écrivez-le en texte simple.
error-appointment-reason-invalid = Le motif contient des caractères invisibles. Retapez-le.
error-appointment-cutoff = Ce rendez-vous est trop proche pour être annulé ou déplacé en ligne. Contactez le cabinet.
error-appointment-past = Ce rendez-vous est passé.
error-appointment-cancelled = Ce rendez-vous est déjà annulé ou déplacé.
error-appointment-same-slot = C'est déjà l'heure de ce rendez-vous. Choisissez un autre créneau.
error-form-expired = Ce formulaire n'est plus valable. Rechargez la page et recommencez.

nav-appointments = Rendez-vous
nav-agenda = Agenda
time-pattern = %H:%M
day-with-weekday = { $weekday } { $date }
appointment-when = { $day } à { $time }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
spoken-fr = français
spoken-en = anglais
spoken-es = espagnol
spoken-ar = arabe
spoken-de = allemand
spoken-it = italien
spoken-pt = portugais
spoken-zh = chinois

appointments-title = Mes rendez-vous
appointments-book = Prendre rendez-vous
appointments-upcoming-title = À venir
appointments-none = Aucun rendez-vous à venir.
appointments-past-title = Passés et annulés
appointments-waiting-title = Listes d'attente
appointments-see-slots = Voir les créneaux
appointments-leave-waiting = Quitter la liste
appointments-leave-waiting-label = Quitter la liste d'attente de { $professional }
appointment-title = Rendez-vous
appointment-when-label = Quand
appointment-with-label = Avec
appointment-where-label = Où
appointment-for-label = Pour
appointment-reason-label = Motif (visible du professionnel seulement)
appointment-status-label = État
appointment-status-booked = Confirmé
appointment-status-past = Passé
appointment-status-cancelled = Annulé
appointment-status-cancelled-by-professional = Annulé par le professionnel
appointment-minutes = ({ $minutes } min)
appointment-visit-in-person = Au cabinet
appointment-visit-video = En vidéo
appointment-visit-video-short = vidéo
appointment-add-to-calendar = Ajouter à mon agenda (.ics)
appointment-move = Déplacer
appointment-cancel = Annuler le rendez-vous
appointment-cutoff-hint = Vous pouvez annuler ou déplacer ce rendez-vous en ligne jusqu'à { $hours } h avant.
appointment-cutoff-passed = Moins de { $hours } h avant le rendez-vous : pour l'annuler ou le déplacer, contactez le cabinet.
appointment-back = Retour à mes rendez-vous
appointment-ics-summary = Rendez-vous : { $professional }
notice-appointment-booked = Rendez-vous confirmé. Un e-mail de confirmation part avec le fichier pour votre agenda.
notice-appointment-moved = Rendez-vous déplacé. L'ancien créneau est libéré.
notice-appointment-cancelled = Rendez-vous annulé.
notice-appointment-waiting = Vous êtes sur la liste d'attente : nous vous écrirons si un créneau plus tôt se libère.
notice-appointment-left-waiting = Vous avez quitté la liste d'attente.
notice-appointment-cancelled-patient-told = Rendez-vous annulé. Le patient est prévenu par e-mail.
notice-appointment-moved-patient-told = Rendez-vous déplacé. Le patient est prévenu par e-mail.

book-title = Prendre rendez-vous
book-search-label = Chercher un professionnel
book-specialty-label = Spécialité
book-city-label = Ville
book-language-label = Langue parlée
book-any = Toutes
book-search = Chercher
book-none = Aucun professionnel ne correspond. Élargissez la recherche.
book-results-title = Résultats
book-speaks = Parle : { $languages }
book-earliest = Prochain créneau libre : { $when }
book-no-free-slot = Pas de créneau libre pour l'instant.
book-confirm-title = Confirmer le rendez-vous
book-move-title = Déplacer le rendez-vous ici
book-reason-label = Motif (facultatif, visible du professionnel seulement)
book-reason-hint = En texte simple, { $max } caractères au plus.
book-confirm = Confirmer
book-move-confirm = Déplacer ici
book-other-slot = Choisir un autre créneau
slots-title = Créneaux libres
slots-none = Aucun créneau libre sur ces jours.
slots-later = Jours suivants
slots-moving = Choisissez le nouveau créneau. L'ancien reste à vous jusqu'à la confirmation.
slots-slot-label = , { $visit }, { $place }
slots-waiting-title = Liste d'attente
slots-waiting-intro = Rien ne convient ? Inscrivez-vous : nous vous écrirons dès qu'un créneau plus tôt se libère.
slots-waiting-join = M'inscrire sur la liste d'attente
slots-back = Chercher un autre professionnel

agenda-title = Mon agenda
agenda-nav-label = Naviguer dans l'agenda
agenda-previous-day = Jour précédent
agenda-next-day = Jour suivant
agenda-previous-week = Semaine précédente
agenda-next-week = Semaine suivante
agenda-today = Aujourd'hui
agenda-show-week = Voir la semaine
agenda-availability-link = Mes disponibilités
agenda-summary = { $booked } rendez-vous sur { $slots } créneaux.
agenda-free = Libre
agenda-appointment-title = Rendez-vous d'un patient
agenda-no-reason = Aucun motif indiqué.
agenda-move-title = Déplacer
agenda-move-label = Nouveau créneau
agenda-move-button = Déplacer et prévenir le patient
agenda-cancel-title = Annuler
agenda-cancel-intro = Le patient reçoit un e-mail d'annulation, et les patients en liste d'attente sont prévenus du créneau libéré.
agenda-back = Retour à l'agenda

availability-title = Mes disponibilités
availability-intro = Vos plages de chaque semaine deviennent des créneaux réservables sur les 8 semaines à venir.
notice-availability-place = Lieu ajouté.
notice-availability-opening = Plage ajoutée : ses créneaux sont ouverts.
notice-availability-opening-removed = Plage retirée. Les rendez-vous déjà pris restent.
notice-availability-closure = Fermeture enregistrée. Les rendez-vous déjà pris ces jours-là restent : annulez-les ou déplacez-les.
notice-availability-reopened = Jour rouvert.
notice-availability-settings = Réglages enregistrés.
places-title = Lieux de consultation
places-none = Aucun lieu pour l'instant. Ajoutez-en un pour ouvrir des créneaux.
places-add-title = Ajouter un lieu
place-name-label = Nom (par exemple « Cabinet »)
place-address-label = Adresse
place-city-label = Ville
place-zone-label = Fuseau horaire
places-add-button = Ajouter le lieu
openings-title = Plages de chaque semaine
openings-none = Aucune plage pour l'instant.
openings-add-title = Ajouter une plage
opening-place-label = Lieu
opening-weekday-label = Jour
opening-start-label = Début
opening-end-label = Fin
opening-slot-label = Durée d'un créneau (minutes)
opening-slot-hint = De 5 à 240 minutes.
opening-visit-legend = Type de consultation
openings-add-button = Ajouter la plage
opening-summary = { $weekday }, { $hours }, créneaux de { $minutes } min
opening-remove = Retirer
opening-remove-label = Retirer la plage { $opening }
closures-title = Jours fermés
closures-none = Aucun jour fermé à venir.
closure-from-label = Du
closure-to-label = Au (facultatif)
closure-to-hint = Laissez vide pour un seul jour.
closure-booked-hint = Les rendez-vous déjà pris ces jours-là restent : annulez-les ou déplacez-les depuis l'agenda.
closures-add-button = Fermer ces jours
closure-reopen = Rouvrir
closure-reopen-label = Rouvrir le { $day }
booking-settings-title = Réglages des rendez-vous
settings-cutoff-label = Délai d'annulation en ligne (heures)
settings-cutoff-hint = Les patients peuvent annuler ou déplacer jusqu'à ce nombre d'heures avant le rendez-vous (0 à 168).
settings-languages-legend = Langues parlées
settings-save = Enregistrer

mail-appointment-confirmed-subject = Rendez-vous confirmé : { $when }
mail-appointment-confirmed-body =
    Bonjour { $name },

    Le rendez-vous de { $patient } avec { $professional } est confirmé :
    { $when }
    { $place }

    Le fichier joint l'ajoute à votre agenda. Pour le voir, le déplacer ou l'annuler :

    { $url }
mail-appointment-moved-subject = Rendez-vous déplacé : { $when }
mail-appointment-moved-body =
    Bonjour { $name },

    Le rendez-vous de { $patient } avec { $professional } a été déplacé. Nouvel horaire :
    { $when }
    { $place }

    Le fichier joint met votre agenda à jour. Détails :

    { $url }
mail-appointment-moved-by-professional-subject = Votre rendez-vous a été déplacé : { $when }
mail-appointment-moved-by-professional-body =
    Bonjour { $name },

    { $professional } a déplacé le rendez-vous de { $patient }. Nouvel horaire :
    { $when }
    { $place }

    Le fichier joint met votre agenda à jour. Si cet horaire ne convient pas, vous pouvez le déplacer ou l'annuler :

    { $url }
mail-appointment-cancelled-subject = Rendez-vous annulé : { $when }
mail-appointment-cancelled-body =
    Bonjour { $name },

    Le rendez-vous de { $patient } avec { $professional } du { $when } est annulé.

    Le fichier joint le retire de votre agenda. Pour prendre un autre rendez-vous :

    { $url }
mail-appointment-cancelled-by-professional-subject = Rendez-vous annulé par { $professional }
mail-appointment-cancelled-by-professional-body =
    Bonjour { $name },

    { $professional } a annulé le rendez-vous de { $patient } du { $when }. Nous en sommes désolés.

    Le fichier joint le retire de votre agenda. Pour prendre un autre rendez-vous :

    { $url }
mail-appointment-reminder-subject = Rappel : rendez-vous { $when }
mail-appointment-reminder-body =
    Bonjour { $name },

    Rappel du rendez-vous de { $patient } avec { $professional } :
    { $when }
    { $place }

    Un empêchement ? Annulez ou déplacez-le pour libérer le créneau :

    { $url }
mail-appointment-slot-freed-subject = Un créneau plus tôt s'est libéré avec { $professional }
mail-appointment-slot-freed-body =
    Bonjour { $name },

    Un créneau vient de se libérer avec { $professional } : { $when }.

    Le premier qui le réserve l'obtient :

    { $url }
history-action-read-appointments = a consulté vos rendez-vous
history-action-read-export = a téléchargé une copie complète de votre dossier
history-action-appointment-book = a pris un rendez-vous pour vous
history-action-appointment-move = a déplacé un de vos rendez-vous
history-action-appointment-cancel = a annulé un de vos rendez-vous
history-action-appointment-wait = a changé votre inscription sur une liste d'attente
history-action-read-agenda = a consulté son agenda
history-action-read-appointment = a ouvert votre rendez-vous dans son agenda
history-reason-own-agenda = rendez-vous pris avec ce professionnel

## Dates
# Noms des mois (pour %B et %b dans les motifs de date).
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

# Fuseaux horaires des lieux de consultation.
zone-europe-paris = Métropole (Paris)
zone-america-guadeloupe = Guadeloupe
zone-america-martinique = Martinique
zone-america-cayenne = Guyane (Cayenne)
zone-indian-reunion = La Réunion
zone-indian-mayotte = Mayotte
zone-america-miquelon = Saint-Pierre-et-Miquelon
zone-pacific-noumea = Nouvelle-Calédonie (Nouméa)
zone-pacific-tahiti = Polynésie française (Tahiti)
