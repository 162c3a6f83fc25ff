## Visits prepared before the day: kinds of visit, instructions, pre-visit forms and their signature.

# Errors.
error-visit-kind-language = Choisissez l'une des langues de Carnet.
error-visit-kind-name = Donnez un nom au type de visite : une ligne, 80 caractères au plus, sans balises.
error-visit-kind-instructions = Les consignes sont du texte simple de 2 000 caractères au plus.
error-visit-kind-bring = Les documents à apporter sont du texte simple de 1 000 caractères au plus.
error-visit-kind-too-many = Vous proposez déjà 20 types de visite : retirez-en un d'abord.
error-visit-kind-unknown = Ce type de visite n'est plus proposé : choisissez-en un autre.
error-visit-kind-wrong-slot = Cet horaire est prévu pour l'autre façon de consulter (au cabinet ou en vidéo) : choisissez un horaire proposé pour ce type de visite.
error-visit-question-label = Écrivez la question : une ligne, 200 caractères au plus, sans balises.
error-visit-question-options = Un choix demande 2 à 12 réponses différentes, une par ligne, de 80 caractères au plus chacune.
error-visit-question-options-count = Donnez autant de réponses que dans les autres langues, dans le même ordre.
error-visit-question-type = Choisissez le type de réponse attendu.
error-visit-question-prefill = Seule une réponse en texte peut être préremplie depuis la synthèse de santé.
error-visit-question-too-many = Un questionnaire compte 20 questions au plus.
error-visit-form-answers = Certaines réponses sont à corriger : voyez les questions signalées ci-dessous.
error-visit-form-signed = Ce questionnaire est signé : il ne peut plus changer.
error-visit-form-not-to-sign = Il n'y a rien à signer ici : le questionnaire n'est pas rempli, il est déjà signé, ou le rendez-vous est passé.
error-visit-form-changed = Les réponses ont changé pendant la signature : relisez-les, puis signez.
error-visit-answer-required = Cette question demande une réponse.
error-visit-answer-text = Écrivez du texte simple de 2 000 caractères au plus.
error-visit-answer-choice = Choisissez l'une des réponses proposées.
error-visit-answer-date = Indiquez une date, par exemple 12/03/2026.
error-visit-answer-number = Indiquez un nombre, par exemple 72 ou 72,5.

# Words shared by the pages, the e-mails and the signed copy.
visit-kind-label = Type de visite
visit-instructions-label = Consignes
visit-bring-label = À apporter
visit-form-label = Questionnaire avant la visite
visit-answer-none = —
visit-answer-yes = Oui
visit-answer-no = Non
visit-item-text = Texte libre
visit-item-boolean = Oui ou non
visit-item-choice = Choix dans une liste
visit-item-date = Date
visit-item-number = Nombre
visit-prefill-allergies = Les allergies
visit-prefill-treatments = Les traitements en cours
visit-prefill-none = Rien (le patient écrit)

# E-mails (confirmation, move, reminder).
visit-mail-kind = Type de visite : { $kind }
visit-mail-form = Un questionnaire est à remplir avant la visite, sur la page du rendez-vous.
visit-mail-form-signed = Un questionnaire est à remplir et à signer avant la visite, sur la page du rendez-vous.

# The signed copy (a PDF in the record's documents).
visit-signed-title = Questionnaire signé : { $kind }
visit-signed-file = questionnaire-signe
visit-signed-patient = Pour : { $patient }
visit-signed-appointment = Rendez-vous avec { $professional }, { $when }
visit-signed-by = Signé par { $signer } le { $when }, avec sa clé d'accès (vérification de l'utilisateur).
visit-signed-passkey = Clé d'accès : { $passkey }
visit-signed-fingerprint = Empreinte des réponses (SHA-256) : { $fingerprint }

# Booking.
book-kind-legend = Pour quel type de visite ?
book-kind-has-form = questionnaire à remplir avant
book-kind-other = Autre motif
book-kind-show = Voir les horaires
slots-for-kind = Horaires pour : { $kind }.
slots-change-kind = Changer de type de visite
visit-form-after-booking = Un questionnaire sera à remplir avant la visite.
visit-form-to-sign-after-booking = Un questionnaire sera à remplir et à signer avant la visite.

# The appointment's page.
visit-before-title = Avant votre visite
visit-form-to-fill = { $count ->
    [one] Merci de répondre à la question avant la visite.
   *[other] Merci de répondre aux { $count } questions avant la visite.
}
visit-form-fill = Remplir le questionnaire
visit-form-change = Modifier mes réponses
visit-form-sent-on = Réponses envoyées le { $when }.
visit-form-awaits-signature = Vos réponses attendent votre signature.
visit-form-sign-link = Signer mes réponses
visit-form-signed-on = Signé par { $signer } le { $when }.
visit-form-signed-document = Voir la copie signée dans vos documents
visit-form-outdated = Le questionnaire a changé depuis vos réponses : merci d'y répondre à nouveau.
visit-form-answers-not-shown = Les réponses relèvent de la synthèse de santé, que votre délégation ne couvre pas : elles ne vous sont pas montrées.
visit-form-signed-by-patient = Le patient, ou son représentant légal, signe ces réponses avec sa clé d'accès.
visit-form-not-filled = Questionnaire non rempli.
notice-visit-form-sent = Vos réponses sont envoyées. Vous pouvez les modifier jusqu'au rendez-vous.
notice-visit-form-signed = Vos réponses sont signées. Une copie scellée est dans vos documents.

# The form.
visit-form-title = Questionnaire avant la visite
visit-form-intro = Vos réponses vont au professionnel avec votre rendez-vous. Vous pourrez les modifier jusqu'au rendez-vous.
visit-form-intro-signed = Vos réponses vont au professionnel avec votre rendez-vous. Vous les signerez ensuite avec votre clé d'accès.
visit-question-required = { $label } (obligatoire)
visit-answer-prefilled = Prérempli depuis votre synthèse de santé : vérifiez et corrigez si besoin.
visit-answer-date-hint = Par exemple 12/03/2026.
visit-answer-number-hint = Un nombre, par exemple 72 ou 72,5.
visit-form-send = Envoyer mes réponses
visit-form-continue = Continuer vers la signature
visit-form-back = Retour au rendez-vous

# Signing.
visit-sign-title = Signer vos réponses
visit-sign-intro = Relisez les réponses données pour { $patient }.
visit-sign-passkey-title = Signer avec votre clé d'accès
visit-sign-what = En signant, vous confirmez ces réponses. Carnet garde une copie scellée, datée et à votre nom, dans les documents du dossier.
visit-sign-button = Signer avec ma clé d'accès
visit-sign-working = Signature…
visit-sign-failed = La signature n'a pas abouti. Réessayez, ou relisez vos réponses.

# "Who saw my record".
history-action-read-visit-form = a lu votre questionnaire avant la visite
history-action-appointment-prepare = a répondu au questionnaire avant la visite
history-action-appointment-sign = a signé le questionnaire avant la visite
history-tried-read-visit-form = a tenté de lire votre questionnaire avant la visite
history-tried-appointment-prepare = a tenté de répondre au questionnaire avant la visite
history-tried-appointment-sign = a tenté de signer le questionnaire avant la visite

# The professional's view of the answers.
visit-form-answered-by = Répondu par { $name } le { $when }

# The professional's kinds of visit.
agenda-visit-kinds-link = Types de visite
visit-kinds-title = Types de visite
visit-kinds-intro = Proposez des types de visite (par exemple « Prise de sang à jeun ») avec leurs consignes, les documents à apporter et un questionnaire à remplir avant. Le patient les voit en prenant rendez-vous, dans la confirmation et dans le rappel.
visit-kinds-none = Vous ne proposez encore aucun type de visite.
visit-kind-questions = { $count ->
    [0] sans questionnaire
    [one] 1 question
   *[other] { $count } questions
}
visit-kind-signed = à signer
visit-kind-written-in = Écrit en : { $languages }
visit-kind-add-title = Ajouter un type de visite
visit-kind-lang-label = Langue de ces textes
visit-kind-name-label = Nom
visit-kind-name-hint = Ce que le patient choisit, par exemple « Prise de sang à jeun ».
visit-kind-instructions-hint = Ce que le patient doit faire avant : être à jeun, arriver en avance…
visit-kind-bring-hint = Carte Vitale, ordonnance, anciens examens…
visit-kind-visit-legend = Comment se passe la visite
visit-kind-signature-label = Le questionnaire doit être signé
visit-kind-signature-hint = Consentement aux soins, préadmission : le patient signe ses réponses avec sa clé d'accès, et une copie scellée rejoint son dossier.
visit-kind-add-button = Ajouter ce type de visite
visit-kind-title = Type de visite
visit-kind-languages-label = Langues
visit-kind-not-written = (à écrire)
visit-kind-texts-title = Textes en { $language }
visit-kind-save = Enregistrer
visit-questions-title = Questionnaire avant la visite
visit-questions-intro = Les questions, dans l'ordre où le patient les voit. Une question non écrite dans sa langue s'affiche en français.
visit-questions-none = Pas de questionnaire : ajoutez une question pour en créer un.
visit-question-add-title = Ajouter une question
visit-question-type-label = Type de réponse
visit-question-label-label = Question (en { $language })
visit-question-options-label = Réponses proposées (pour un choix)
visit-question-options-hint = Une par ligne, de 2 à 12.
visit-question-options-same = Une par ligne, dans le même ordre que dans les autres langues.
visit-question-prefill-label = Préremplir avec
visit-question-prefill-hint = Pour une réponse en texte : le patient retrouve ce qu'indique sa synthèse de santé, qu'il corrige au besoin.
visit-question-required-label = Réponse obligatoire
visit-question-add-button = Ajouter la question
visit-question-is-required = obligatoire
visit-question-prefilled-from = prérempli avec : { $what }
visit-question-not-written = Pas encore écrite dans cette langue.
visit-question-word = Écrire en { $language }
visit-question-save = Enregistrer la question
visit-question-remove = Retirer
visit-question-remove-label = Retirer la question « { $question } »
visit-kind-retire-title = Ne plus proposer ce type de visite
visit-kind-retire-intro = Les rendez-vous déjà pris le gardent, avec leurs réponses.
visit-kind-retire-button = Ne plus le proposer
visit-kinds-back = Retour aux types de visite
notice-visit-kind-added = Type de visite ajouté. Écrivez-le dans d'autres langues et ajoutez des questions si besoin.
notice-visit-kind-saved = Enregistré.
notice-visit-kind-retired = Ce type de visite n'est plus proposé.
notice-question-added = Question ajoutée.
notice-question-saved = Question enregistrée.
notice-question-removed = Question retirée.
