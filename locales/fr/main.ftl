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
error-import-conflict-ins = L'INS de ce patient n'est pas celui du dossier qui porte le même identifiant : rien n'a été fusionné.
error-import-conflict-birth-date = La date de naissance de ce patient n'est pas celle du dossier qui porte le même identifiant : rien n'a été fusionné.
error-import-conflict-family-name = Le nom de famille de ce patient n'est pas celui du dossier qui porte le même identifiant : rien n'a été fusionné.
error-upload-missing = Choisissez un fichier.
error-upload-too-large = Ce fichier dépasse 10 Mo.

## Accueil (patient)
home-new-title = Nouveau depuis votre dernière visite
home-nothing-new = Rien de nouveau depuis votre dernière visite.
home-authorizations-to-review = { $count ->
        [one] Depuis vos 18 ans, une autorisation donnée pour vous par vos représentants légaux attend votre choix.
       *[other] Depuis vos 18 ans, { $count } autorisations données pour vous par vos représentants légaux attendent votre choix.
    }
home-authorizations-review-link = Choisir maintenant
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
