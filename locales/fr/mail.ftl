## E-mails : la partie HTML, les boutons, les avis regroupés (ticket 16)

# Rôle annoncé par les lecteurs d'écran pour le message dans sa page (aria-roledescription).
mail-html-role = e-mail
mail-html-copy-link = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
# Le texte du bouton d'un message qui n'a pas le sien.
mail-action-open = Ouvrir Carnet
# La signature ajoutée à la fin de chaque message.
mail-signature = — Carnet

mail-invitation-action = Créer ma clé d'accès
mail-passkey-added-action = Voir les clés d'accès de mon compte
mail-record-updated-action = Ouvrir mon carnet de santé
mail-record-corrected-action = Voir mon carnet de santé
mail-first-read-action = Voir qui a consulté mon dossier
mail-emergency-access-action = Voir qui a consulté mon dossier
mail-first-read-for-action = Voir qui a consulté le dossier
mail-emergency-access-for-action = Voir qui a consulté le dossier
mail-access-requested-action = Répondre à la demande
mail-delegation-invitation-action = Voir l'invitation
mail-delegation-granted-action = Voir mes aidants
mail-delegation-first-used-action = Voir qui a consulté mon dossier
mail-delegation-ended-action = Voir mes aidants
mail-delegation-ended-delegate-action = Voir les personnes que j'aide
mail-recovery-action = Créer ma nouvelle clé d'accès
mail-representative-added-action = Voir les personnes que j'aide
mail-coming-of-age-action = Créer ma clé d'accès
mail-appointment-confirmed-action = Voir le rendez-vous
mail-appointment-moved-action = Voir le rendez-vous
mail-appointment-moved-by-professional-action = Voir, déplacer ou annuler le rendez-vous
mail-appointment-cancelled-action = Voir le rendez-vous
mail-appointment-cancelled-by-professional-action = Voir le rendez-vous
mail-appointment-reminder-action = Voir, déplacer ou annuler le rendez-vous
mail-appointment-slot-freed-action = Voir les créneaux libres

mail-recovery-in-person-subject = Votre compte Carnet a été récupéré à l'accueil
mail-recovery-in-person-body =
    Bonjour { $name },

    À l'accueil, { $staff } vous a remis en main propre, après avoir vérifié votre identité, un lien pour créer une nouvelle clé d'accès. Vos sessions ouvertes ont pris fin. Dès que la nouvelle clé sera créée, toutes vos anciennes clés d'accès cesseront de fonctionner.

    Si ce n'était pas vous, contactez l'accueil au plus vite : quelqu'un a peut-être usurpé votre identité.
