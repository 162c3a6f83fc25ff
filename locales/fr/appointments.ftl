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
