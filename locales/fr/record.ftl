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
results-category-survey = Questionnaires et scores
results-category-social-history = Mode de vie (tabac, alcool…)
results-category-exam = Examen clinique
results-category-imaging = Imagerie
results-category-procedure = Actes et examens
results-category-therapy = Soins et rééducation
results-category-activity = Activité physique
results-category-other = Autres observations
results-back = Retour à mes résultats
result-range = Valeurs de référence : { $range }
result-count = { $count ->
    [0] aucun résultat
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
document-treatments-title = Traitements de cette ordonnance
document-replaced-by = Ce document a été corrigé : voir la nouvelle version
document-replaces = Ce document corrige une version précédente : la voir
document-verify-hint = Vérifier une copie de ce document

## Vérification
verify-title = Vérifier un document
verify-intro = Vous avez reçu un document venant de Carnet ? Choisissez le fichier : Carnet vous dit s'il l'a scellé, qui l'a publié et quand, et s'il est resté intact. Le fichier n'est pas conservé.
verify-file-label = Fichier à vérifier
verify-button = Vérifier
verify-another = Vérifier un autre fichier
verify-sealed-title = Document authentique et intact
verify-sealed-text = { $kind } publié par { $author } le { $date }, scellé par ce Carnet. Le fichier n'a pas été modifié depuis.
verify-author-patient = le patient lui-même (un document qu'il a ajouté à son dossier)
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
notice-already-added = Ce fichier était déjà dans le dossier : le voici, il n'a pas été ajouté une seconde fois.
error-upload-type = Ce fichier n'est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, pas seulement son nom).
error-upload-title = Donnez un titre au document (200 caractères au plus, sur une ligne).
error-upload-duplicate = Ce document est déjà dans votre dossier.
error-upload-quota = Les fichiers ajoutés à ce dossier occupent déjà toute la place prévue. Demandez à l'accueil si vous avez besoin de plus.

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
publish-report-hide-representatives = Masquer ce document aux représentants légaux
publish-report-hide-representatives-hint = Pour un patient mineur qui a demandé le secret (par exemple une consultation sans ses parents) : ses représentants légaux ne verront ni ce document ni son titre. Sans effet pour un patient majeur.
publish-vaccine-label = Vaccin
publish-vaccination-date-label = Date de la vaccination
publish-dose-label = Numéro de dose (facultatif)
publish-lot-label = Numéro de lot (facultatif)
publish-prescription-title = Une ordonnance (PDF et traitements)
publish-prescription-intro = Les traitements écrits ici rejoignent le profil de santé du patient, reliés à l'ordonnance : il voit d'où vient chacun et peut vous en demander le renouvellement.
publish-prescription-date-label = Date de l'ordonnance
publish-prescription-file-label = L'ordonnance signée (fichier PDF)
publish-prescription-hide-representatives = Masquer cette ordonnance et ses traitements aux représentants légaux
publish-prescription-document-title = Ordonnance
publish-treatment-legend = Traitement { $row }
publish-treatment-name-label = Médicament, dosage et forme
publish-treatment-name-hint = Par exemple : Amlodipine 5 mg, comprimé. Laissez vides les lignes inutiles.
publish-treatment-dosage-label = Posologie
publish-treatment-days-label = Durée en jours (facultatif)
error-prescription-days = Une durée est un nombre de jours, de 1 à 365.
error-prescription-empty = Écrivez au moins un traitement : le médicament, et comment le prendre.
publish-profile-title = Une allergie, un problème de santé ou un acte
publish-profile-intro = Ce que vous notez ici rejoint le profil de santé du patient, à votre nom : il le voit, et un médecin qui le soigne en urgence le voit en premier.
publish-profile-kind-legend = Ce que vous notez
publish-profile-kind-allergy = Une allergie ou une intolérance
publish-profile-kind-condition = Un problème de santé (une maladie, un antécédent)
publish-profile-kind-procedure = Une opération ou un acte fait (par exemple : appendicectomie, coloscopie)
publish-profile-kind-emergency = Un passage aux urgences
publish-profile-kind-stay = Une hospitalisation (un séjour terminé)
publish-profile-name-label = Ce que c'est : la substance, le problème, l'acte ou le service
publish-profile-detail-label = Réaction, motif de l'acte ou précisions (facultatif)
publish-profile-since-label = Depuis le, ou le jour de l'acte (facultatif)
publish-profile-until-label = Guéri le, pour un problème passé ; dernier jour, pour un acte sur plusieurs jours (facultatif)
publish-profile-place-label = Établissement, pour une hospitalisation ou un passage aux urgences (facultatif)
publish-profile-high-risk = Allergie à risque élevé (une réaction grave est à craindre)
publish-button = Publier
notice-published = C'est publié : le dossier du patient est à jour et le patient a été prévenu.
error-birth-date-invalid = La date de naissance n'est pas valide.
error-publish-identity = Le patient doit être désigné par son INS et sa date de naissance.
error-publish-identify-limit = Trop de publications de cette heure ne correspondaient à aucun dossier. Vérifiez l'INS et la date de naissance de vos patients, puis réessayez plus tard.
error-publish-author-claimed = Un logiciel publie uniquement en son propre nom : un auteur ne peut pas être un compte Carnet.
error-publish-no-record = Aucun dossier ne correspond à cet INS et cette date de naissance. Vérifiez-les ; le patient peut être inscrit à l'accueil.
error-publish-date-invalid = La date n'est pas valide (elle ne peut pas être dans le futur).
error-publish-no-results = Remplissez au moins une analyse et son résultat.
error-publish-test-unknown = Choisissez l'analyse dans la liste.
error-publish-value-invalid = Un résultat n'est pas un nombre (par exemple 1,18).
error-publish-range-invalid = Une valeur de référence n'est pas un nombre, ou la valeur basse dépasse la haute.
error-publish-not-pdf = Le document doit être un fichier PDF (son contenu a été vérifié).
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
fhir-reason-end-before-start = se termine avant de commencer
fhir-stored = Enregistré : { $results } résultats, { $reports } comptes rendus, { $documents } documents, { $vaccinations } vaccinations ajoutés.
error-token-required = Jeton d'API manquant, invalide ou révoqué.
error-fhir-media = Envoyez un Bundle FHIR en JSON (Content-Type: application/fhir+json).
error-imaging-unknown = Un examen d'imagerie que ce compte rendu nomme (imagingStudy) n'existe pas dans ce dossier.
error-prescribed-unknown = Un traitement que cette ordonnance nomme (context.related) n'existe pas dans ce dossier.
error-replaces-unknown = Le document que celui-ci corrige (relatesTo replaces) n'existe pas dans ce dossier.
home-new-results-many = Plus de { $count } nouveaux résultats
verify-fingerprint = Empreinte SHA-256 du fichier :

mail-record-corrected-subject = Une correction dans votre carnet de santé
mail-record-corrected-body =
    Bonjour { $name },

    { $count ->
        [one] Un élément de votre carnet de santé a été corrigé ou retiré par le professionnel ou le laboratoire qui l'avait publié.
       *[other] { $count } éléments de votre carnet de santé ont été corrigés ou retirés par les professionnels ou laboratoires qui les avaient publiés.
    } Connectez-vous pour voir la nouvelle valeur ; l'ancienne reste visible dans l'historique :

    { $url }

    Pour protéger votre vie privée, ce message ne contient aucune information médicale.

result-corrected-by = Corrigé le { $date } par { $publisher }.
result-corrected = Corrigé le { $date }.
result-withdrawn-by = Retiré par { $publisher } le { $date } : ce résultat avait été publié par erreur.
result-withdrawn = Retiré le { $date } : ce résultat avait été publié par erreur.
result-all-withdrawn = Tous les résultats de cette analyse ont été retirés par ceux qui les avaient publiés : l'historique ci-dessous dit qui et quand.
result-previous-value = Publié auparavant : { $value }, prélevé le { $taken } (remplacé le { $date }).

fhir-entry-not-kept = Lu, non conservé : Carnet ne garde pas ce type de ressource, cette catégorie ou ce statut.
fhir-post-only = Envoyez un Bundle FHIR par POST.

mail-record-updated-for-subject = Du nouveau dans le carnet de santé de { $child }
mail-record-updated-for-body =
    Bonjour { $name },

    { $count ->
        [one] Un nouvel élément a été ajouté au carnet de santé de { $child }, dont vous êtes représentant légal.
       *[other] { $count } nouveaux éléments ont été ajoutés au carnet de santé de { $child }, dont vous êtes représentant légal.
    } Connectez-vous et agissez pour { $child } pour voir ce qui a été ajouté :

    { $url }

    Pour protéger sa vie privée, ce message ne contient aucune information médicale.
mail-record-updated-for-action = Ouvrir le carnet de santé
mail-record-corrected-for-subject = Une correction dans le carnet de santé de { $child }
mail-record-corrected-for-body =
    Bonjour { $name },

    { $count ->
        [one] Un élément du carnet de santé de { $child }, dont vous êtes représentant légal, a été corrigé ou retiré par le professionnel ou le laboratoire qui l'avait publié.
       *[other] { $count } éléments du carnet de santé de { $child }, dont vous êtes représentant légal, ont été corrigés ou retirés par les professionnels ou laboratoires qui les avaient publiés.
    } Connectez-vous et agissez pour { $child } pour voir la nouvelle valeur ; l'ancienne reste visible dans l'historique :

    { $url }

    Pour protéger sa vie privée, ce message ne contient aucune information médicale.
mail-record-corrected-for-action = Voir le carnet de santé
error-publish-place = Indiquez l'établissement sur une ligne (200 caractères au plus).
