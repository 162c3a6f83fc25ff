## Rendez-vous (issue 16) : confirmer avant d'annuler ou de bloquer, consultations vidéo,
## dates de l'agenda, prochain rendez-vous, copies pour les aidants, adresse et téléphone.

# Dates en toutes lettres (agenda).
day-of-month =
    { $day ->
        [1] 1er
       *[other] { $day }
    }
date-long = { $weekday } { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
agenda-week-heading = Semaine du { $from } au { $to }
agenda-today-mark = (aujourd'hui)
agenda-day-empty = Aucun créneau ce jour.
agenda-day-link-label = Voir le { $day } seul
agenda-cancelled-by-patient = Annulé par { $patient }
agenda-cancel-reason = Motif de l'annulation : { $reason }
agenda-cancel-link = Annuler ce rendez-vous…
agenda-cancel-confirm-title = Annuler le rendez-vous de { $patient } ?
agenda-cancel-confirm = Oui, annuler et prévenir le patient
agenda-cancel-keep = Non, garder le rendez-vous
agenda-cancel-effect-patient = { $patient } reçoit un e-mail d'annulation, avec le fichier qui retire le rendez-vous de son agenda.
agenda-cancel-effect-waiting = Le créneau est libéré, et les patients sur votre liste d'attente sont prévenus.

# Le lieu : code postal et téléphone.
place-postcode-label = Code postal
place-phone-label = Téléphone du cabinet
place-phone-hint = Donné aux patients avec l'adresse, par exemple 04 78 00 00 00.
error-place-postcode = Un code postal compte 5 chiffres.
error-place-phone = Indiquez le téléphone du cabinet : 10 chiffres (04 78 00 00 00) ou un numéro international (+33 4 78 00 00 00).
appointment-phone = Tél. { $phone }
appointment-phone-label = Téléphone du cabinet

# Consultations vidéo.
settings-video-label = Lien de téléconsultation (facultatif)
settings-video-hint = L'adresse https de votre salle d'attente virtuelle, 500 caractères au plus. Le patient la voit sur la page du rendez-vous à partir de { $minutes } minutes avant le début. Nécessaire pour ouvrir des plages en vidéo.
error-video-url = Le lien de téléconsultation doit être une adresse https complète (https://…), sans espace ni identifiant, de 500 caractères au plus.
error-video-url-needed = Indiquez d'abord votre lien de téléconsultation dans les réglages des rendez-vous : chaque consultation vidéo doit pouvoir être rejointe.
appointment-where-video = Consultation vidéo
appointment-where-video-text = Consultation vidéo : rejoignez-la depuis la page du rendez-vous (lien ci-dessous), à partir de { $minutes } minutes avant le début.
appointment-join = Rejoindre la consultation vidéo
appointment-join-hint = Le lien ouvre le service de téléconsultation de { $professional } dans un nouvel onglet.
appointment-join-opens = Le lien pour rejoindre la consultation s'affichera ici le { $when }, { $minutes } minutes avant le début.
appointment-join-missing = { $professional } n'a pas encore donné de lien de téléconsultation : contactez le cabinet.
appointment-join-ended = Cette consultation vidéo est terminée.

# Annuler un rendez-vous : la page de confirmation.
appointment-cancel-title = Annuler ce rendez-vous ?
appointment-cancel-effect-slot = Le rendez-vous est annulé et le créneau libéré pour d'autres patients.
appointment-cancel-effect-mail = Un e-mail confirme l'annulation, avec le fichier qui retire le rendez-vous de l'agenda.
appointment-cancel-effect-professional = { $professional } voit l'annulation dans son agenda, avec le motif si vous en donnez un.
appointment-cancel-reason-label = Motif de l'annulation (facultatif, visible du professionnel seulement)
appointment-cancel-reason-hint = En texte simple, { $max } caractères au plus. Il n'est jamais envoyé par e-mail.
appointment-cancel-confirm = Oui, annuler le rendez-vous
appointment-cancel-keep = Non, garder le rendez-vous
appointment-cancel-reason-shown = Motif de l'annulation
appointment-book-again = Reprendre rendez-vous avec { $professional }
notice-appointment-booked-for = Rendez-vous confirmé pour { $patient }. La confirmation vous est envoyée par e-mail, avec le fichier pour l'agenda.
notice-appointment-booked-for-both = Rendez-vous confirmé pour { $patient }. La confirmation vous est envoyée par e-mail, ainsi qu'à { $patient }, avec le fichier pour l'agenda.
notice-appointment-moved-for = Rendez-vous de { $patient } déplacé. L'ancien créneau est libéré ; vous recevez une copie de l'e-mail.
notice-appointment-cancelled-for = Rendez-vous de { $patient } annulé. Vous recevez une copie de l'e-mail.

# Bloquer un professionnel : la page de confirmation.
sharing-block-page-title = Bloquer un professionnel
sharing-rpps-label = Numéro RPPS
sharing-block-title = Bloquer { $professional } ?
sharing-block-now = Aujourd'hui
sharing-block-now-none = Aucune décision : ce professionnel ne peut pas lire votre dossier, sauf en urgence.
sharing-block-effects-title = Ce que change le blocage
sharing-block-effect-read = { $professional } ne peut plus lire votre dossier, même en urgence, dès sa prochaine demande.
sharing-block-effect-emergency = Tout accès en urgence ouvert par { $professional } prend fin aussitôt.
sharing-block-effect-requests = Ses demandes d'accès sont refusées ; vous les voyez dans « Qui a consulté mon dossier ».
sharing-block-effect-publish = Ce que { $professional } publie pour vous (résultats, comptes rendus) arrive toujours dans votre dossier.
sharing-block-effect-appointments = Vos rendez-vous avec { $professional } ne changent pas.
sharing-block-undo = Vous pourrez le débloquer à tout moment depuis la page Partage.
sharing-block-confirm = Oui, bloquer ce professionnel
sharing-block-keep = Non, revenir au partage

# Accueil : le prochain rendez-vous.
home-next-appointment-title = Prochain rendez-vous
home-next-appointment-none = Aucun rendez-vous à venir.
home-next-appointment-open = Voir le rendez-vous
home-all-appointments = Tous les rendez-vous

# Le fichier .ics : description (jamais le motif).
appointment-ics-description =
    Rendez-vous avec { $professional } ({ $specialty }), pour { $patient }.
    { $where }
    Pour le voir, le déplacer ou l'annuler : { $url }
    { $hours ->
        [0] En ligne jusqu'au début du rendez-vous.
       *[other] En ligne jusqu'à { $hours } h avant ; ensuite, appelez le cabinet.
    }
appointment-ics-description-cancelled =
    Rendez-vous annulé avec { $professional } ({ $specialty }), pour { $patient }.
    Pour en prendre un autre : { $url }

# Copie pour la personne qui a pris, déplacé ou annulé le rendez-vous pour le patient.
mail-appointment-confirmed-copy-action = Voir le rendez-vous
mail-appointment-moved-copy-action = Voir le rendez-vous
mail-appointment-cancelled-copy-action = Voir le rendez-vous
mail-appointment-confirmed-copy-subject = Rendez-vous confirmé pour { $patient } : { $when }
mail-appointment-confirmed-copy-body =
    Bonjour { $name },

    Vous avez pris rendez-vous pour { $patient } avec { $professional } :
    { $when }
    { $place }

    Vous recevez cette confirmation parce que vous avez pris ce rendez-vous pour { $patient }. Le fichier joint l'ajoute à votre agenda. Pour le voir, le déplacer ou l'annuler :

    { $url }
mail-appointment-moved-copy-subject = Rendez-vous de { $patient } déplacé : { $when }
mail-appointment-moved-copy-body =
    Bonjour { $name },

    Vous avez déplacé le rendez-vous de { $patient } avec { $professional }. Nouvel horaire :
    { $when }
    { $place }

    Vous recevez cette copie parce que vous avez fait ce changement pour { $patient }. Le fichier joint met votre agenda à jour. Détails :

    { $url }
mail-appointment-cancelled-copy-subject = Rendez-vous de { $patient } annulé : { $when }
mail-appointment-cancelled-copy-body =
    Bonjour { $name },

    Vous avez annulé le rendez-vous de { $patient } avec { $professional } du { $when }.

    Vous recevez cette copie parce que vous avez fait ce changement pour { $patient }. Le fichier joint le retire de votre agenda. Pour en prendre un autre :

    { $url }
