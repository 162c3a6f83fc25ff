# Renewal requests: a patient asks a treatment's prescriber to renew it (issue 19).
renewal-ask-title = Demander un renouvellement
renewal-ask-intro = Votre demande est envoyée à { $prescriber }, qui l’accepte ou la refuse dans son espace. Vous recevez un e-mail dès qu’il a répondu.
renewal-field-message = Message pour le médecin (facultatif)
renewal-ask-button = Envoyer la demande
renewal-ask-link = Demander un renouvellement
renewal-ask-link-for = Demander un renouvellement : { $name }
renewal-pending = Renouvellement demandé le { $date } à { $prescriber } : en attente de réponse.
renewal-accepted = Renouvellement accepté par { $prescriber } le { $date }.
renewal-declined = Renouvellement refusé par { $prescriber } le { $date }.
renewal-answer-note = Sa réponse : { $note }
notice-renewal-requested = Votre demande de renouvellement est envoyée.
notice-renewal-answered = Votre réponse est envoyée au patient.
renewals-title = Demandes de renouvellement
renewals-open-profile = Ouvrir son profil de santé
renewals-none = Aucune demande en attente.
renewals-asked = Demandé le { $date } par { $by }
renewals-message = Message : { $message }
renewals-field-note = Votre réponse (facultatif)
renewals-accept = Accepter
renewals-decline = Refuser
renewals-status-accepted = Accepté le { $date }
renewals-status-declined = Refusé le { $date }
error-renewal-no-prescriber = Le prescripteur de ce traitement n’utilise pas Carnet : demandez le renouvellement lors de votre prochaine consultation.
error-renewal-not-readable = Votre prescripteur ne peut pas lire votre dossier : autorisez-le d’abord sur la page Partage.
error-renewal-pending = Une demande pour ce traitement attend déjà une réponse.
error-renewal-message = Le message fait 500 caractères au plus, sur une ligne.
history-action-profile-request-renewal = a demandé le renouvellement d’un traitement
history-action-profile-answer-renewal = a répondu à une demande de renouvellement
history-tried-profile-request-renewal = a tenté de demander le renouvellement d’un traitement
history-tried-profile-answer-renewal = a tenté de répondre à une demande de renouvellement
mail-renewal-requested-subject = Un patient vous demande un renouvellement
mail-renewal-requested-body =
    Bonjour { $name },

    Un patient vous demande de renouveler un traitement. Répondez depuis votre espace :

    { $url }
mail-renewal-requested-action = Voir les demandes
mail-renewal-answered-subject = Votre demande de renouvellement a reçu une réponse
mail-renewal-answered-body =
    Bonjour { $name },

    Le médecin a répondu à votre demande de renouvellement. Lisez sa réponse dans votre profil de santé :

    { $url }
mail-renewal-answered-action = Lire la réponse
