# Messages used by the engine itself (see flows/README.md, "Engine messages").

# The one line asking to pick a language, shown with the language menu.
lang-prompt = Choisissez votre langue.

help =
    Commandes :
    /start : recommencer
    /help : cette aide
    /lang : changer de langue
    /exit : tout effacer vite
    /forget : effacer ce que je garde, puis recommencer
    /stop : arrêter la conversation
    Le mot « parapluie » efface tout, comme /exit.

# Followed by the current choices, shown again by the engine.
not-understood = Pardon, je n'ai pas compris. Vous pouvez choisir ci-dessous.
not-understood-plain = Pardon, je n'ai pas compris.

end-hint = Écrivez n'importe quel message pour recommencer.

choice-yes = Oui
choice-no = Non

input-text-empty = Le message est vide. Écrivez quelques mots.
input-number-invalid = Écrivez un nombre entre { $min } et { $max }, en chiffres.
input-place-invalid = Je n'ai pas trouvé ce lieu. Écrivez un numéro de département (par exemple 33), un code postal ou le nom d'une ville proche.
place-outside-region = Le département { $dept } n'est pas en Nouvelle-Aquitaine. Les numéros nationaux marchent partout en France.
place-location-outside = Ce lieu n'est pas en Nouvelle-Aquitaine. Les numéros nationaux marchent partout en France.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = Ici, je ne peux lire que du texte. Je ne garde pas et ne transmets pas ce que vous avez envoyé.
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = Ici, je ne peux lire que du texte. Je ne garde pas les images. N'envoyez pas de photo de vous.

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] Terminé. Supprimez aussi cette discussion de votre liste.
       *[other] Terminé.
    }
forget-done = J'ai effacé ce que je gardais de notre conversation. Vous pouvez recommencer quand vous voulez.
stop-done = Conversation arrêtée. Écrivez quand vous voulez pour reprendre.

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Téléphone : { $phone }
contact-card-website = Site : { $url }
contact-card-email = E-mail : { $email }
contact-card-hours = Horaires : { $hours }
contact-card-to-complete = Les coordonnées de cette association sont en cours de vérification. En attendant : 17 ou 112 en cas de danger, 115 pour un hébergement d'urgence.
contact-card-helps = Peut aider pour : { $needs }
contact-card-national = Je ne connais pas d'association agréée près de ce lieu. Les numéros nationaux, gratuits : 17 ou 112 en cas de danger, 114 par SMS, 115 pour un hébergement d'urgence, 3919 pour les violences faites aux femmes, 119 pour les moins de 21 ans.
contact-card-none = Je ne connais pas encore d'association pour { $dept_name }. Les numéros nationaux restent là : 17 ou 112 en cas de danger, 115 pour un hébergement d'urgence, 3919 pour les violences faites aux femmes.

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Partager ma position
