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
error-verify-first = Pour votre sécurité, confirmez d'abord que c'est bien vous avec votre clé d'accès (« C'est bien moi »), puis recommencez.
account-verify-title = Confirmez que c'est bien vous
account-verify-intro = Pour ajouter ou supprimer une clé d'accès, confirmez d'abord avec votre clé d'accès que c'est bien vous : personne d'autre ne peut alors le faire à votre place sur un appareil resté connecté. Cela vaut pendant 5 minutes.
account-verify-button = C'est bien moi
account-verify-working = Vérification…
account-verify-failed = La vérification n'a pas abouti. Réessayez avec votre clé d'accès.
notice-verified = C'est confirmé : vous pouvez ajouter ou supprimer une clé d'accès pendant 5 minutes.

## Appareils connectés (ticket 18)
account-devices-title = Appareils connectés
account-devices-intro = Les appareils où vous êtes connecté en ce moment. Si vous ne reconnaissez pas l'un d'eux, ou si vous avez perdu un téléphone, déconnectez les autres appareils.
account-device-signed-in-with = Connecté le { $date } avec la clé « { $passkey } »
account-device-signed-in = Connecté le { $date }
account-device-last-seen = Dernière activité le { $date }
account-device-this-one = (cet appareil)
account-devices-end-others = { $count ->
    [one] Déconnecter l'autre appareil
   *[other] Déconnecter les { $count } autres appareils
}
account-devices-verify-first = Pour déconnecter les autres appareils, confirmez d'abord que c'est bien vous.
notice-others-signed-out = Les autres appareils sont déconnectés. Seul celui-ci reste connecté.
