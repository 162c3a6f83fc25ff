# Messages with the care team (issue 20).
nav-messages = Messages
nav-messages-unread = { $count ->
    [one] (1 message non lu)
   *[other] ({ $count } messages non lus)
}
nav-messages-count-more = { $count }+
nav-messages-unread-more = (plus de { $count } messages non lus)
messages-title = Messages
messages-intro = Écrivez à vos soignants et lisez leurs réponses. Les messages restent dans votre dossier.
messages-intro-care = Les messages de vos patients : ceux qui vous ont autorisé à lire leur dossier vous écrivent ici.
messages-tabs-label = Conversations
messages-tab-current = En cours
messages-tab-archived = Archivées
messages-search-label = Chercher dans les sujets
messages-search-button = Chercher
messages-own-title = Mes conversations
messages-new-button = Écrire un message
messages-inbox-title = Messages de mes patients
messages-settings-link = Réglages des messages
messages-none = Aucune conversation ici.
messages-unread = { $count ->
    [one] 1 nouveau
   *[other] { $count } nouveaux
}
messages-emergency = Pas pour les urgences : en cas d’urgence, appelez le 15 ou le 112.
messages-body-label = Message
messages-file-label = Joindre un fichier (facultatif)
messages-file-hint = PDF, JPEG ou PNG, { $size } Mo au plus.
messages-subject-label = Sujet
messages-new-title = Écrire à un soignant
messages-back = Retour aux messages
messages-to-legend = À qui écrivez-vous ?
messages-practice = cabinet
messages-send-button = Envoyer
messages-no-recipient = Vous pouvez écrire aux professionnels que vous avez autorisés à lire votre dossier, ou avec qui vous avez un rendez-vous. Vous n’en avez pas encore.
messages-no-recipient-sharing = Choisir qui peut lire mon dossier
messages-closed-title = Ne reçoivent pas de messages de patients
messages-closed-hint = Ces professionnels ne reçoivent pas de messages en ligne : contactez leur cabinet.
messages-patient-title = Messages avec { $name }
messages-patient-link = Messages
messages-write-title = Écrire au patient
messages-with = Avec { $name }
messages-about = Dossier de { $name }
messages-older = Messages plus anciens
messages-reply-title = Répondre
messages-archive-button = Archiver la conversation
messages-unarchive-button = Remettre dans les conversations en cours
messages-automatic = { $name } (réponse automatique)
messages-for = { $name }, pour { $patient }
messages-read-on = Lu par le soignant le { $date }
messages-not-read = Pas encore lu
messages-file-size = { $size } Ko
messages-file-saved = Dans mes documents
messages-file-save = Enregistrer dans mes documents
messages-settings-title = Réglages des messages
messages-settings-notices = M’avertir par e-mail d’un nouveau message (sans son contenu, une fois par heure au plus)
messages-settings-accepts = Les patients peuvent m’écrire en premier
messages-settings-reply-label = Réponse automatique en cas d’absence
messages-settings-reply-hint = Envoyée aux patients qui vous écrivent, une fois par jour et par conversation. Laissez vide pour ne rien envoyer.
messages-settings-button = Enregistrer
notice-message-sent = Votre message est envoyé.
notice-message-archived = La conversation est archivée.
notice-message-unarchived = La conversation est de nouveau en cours.
notice-message-saved = Le fichier est enregistré dans vos documents.
notice-message-settings = Vos réglages sont enregistrés.
error-message-body = Écrivez votre message : 5 000 caractères au plus, en texte simple (sans balises ni caractères invisibles).
error-message-subject = Donnez un sujet : une ligne de 120 caractères au plus, sans balises.
error-message-not-their-professional = Vous pouvez écrire seulement à un professionnel que vous avez autorisé à lire votre dossier, ou avec qui vous avez un rendez-vous.
error-message-not-accepting = Ce professionnel ne reçoit pas de messages de patients en ligne : contactez son cabinet.
error-message-absence-reply = La réponse automatique fait 1 000 caractères au plus, en texte simple.
error-practice-name = Le nom du cabinet tient sur une ligne de 200 caractères au plus.
mail-message-received-subject = Vous avez un nouveau message dans Carnet
mail-message-received-body =
    Bonjour { $name },

    Vous avez un nouveau message dans Carnet. Pour le lire, connectez-vous :

    { $url }
mail-message-received-action = Lire mes messages
history-action-read-messages = a lu vos messages
history-action-message-start = a commencé une conversation
history-action-message-write = a écrit un message
history-action-message-archive = a archivé une conversation
history-tried-read-messages = a tenté de lire vos messages
history-tried-message-start = a tenté de commencer une conversation
history-tried-message-write = a tenté d’écrire un message
history-tried-message-archive = a tenté d’archiver une conversation
history-reason-not-party = cette conversation ou ce rendez-vous n’est pas avec ce professionnel
delegation-scope-messages-label = Lire et écrire mes messages avec mes soignants
delegation-scope-messages = échanger des messages avec les soignants
history-reason-appointment = rendez-vous pris avec ce professionnel
history-reason-not-their-professional = vous n’avez ni autorisé ce professionnel ni de rendez-vous avec lui
history-reason-not-accepting = ce professionnel ne reçoit pas de messages de patients
messages-file-publish-as = Publier dans le dossier comme
messages-file-publish = Publier
messages-file-in-record = Dans le dossier du patient
notice-message-published = Le fichier est publié dans le dossier du patient, scellé à votre nom.
