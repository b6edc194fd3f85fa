# Messages used by the engine itself (see flows/README.md, "Engine messages").

# The one line asking to pick a language, shown with the language menu.
lang-prompt = { $register ->
        [youth] Choisis ta langue.
       *[adult] Choisissez votre langue.
    }

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
not-understood = { $register ->
        [youth] Pardon, je n'ai pas compris. Tu peux choisir ci-dessous.
       *[adult] Pardon, je n'ai pas compris. Vous pouvez choisir ci-dessous.
    }
not-understood-plain = Pardon, je n'ai pas compris.

end-hint = { $register ->
        [youth] Écris n'importe quel message pour recommencer.
       *[adult] Écrivez n'importe quel message pour recommencer.
    }

choice-yes = Oui
choice-no = Non

input-text-empty = { $register ->
        [youth] Le message est vide. Écris quelques mots.
       *[adult] Le message est vide. Écrivez quelques mots.
    }
input-number-invalid = { $register ->
        [youth] Écris un nombre entre { $min } et { $max }, en chiffres.
       *[adult] Écrivez un nombre entre { $min } et { $max }, en chiffres.
    }
input-place-invalid = { $register ->
        [youth] Je n'ai pas trouvé ce lieu. Écris un numéro de département (par exemple 33), un code postal ou le nom d'une ville proche.
       *[adult] Je n'ai pas trouvé ce lieu. Écrivez un numéro de département (par exemple 33), un code postal ou le nom d'une ville proche.
    }
place-outside-region = Le département { $dept } n'est pas en Nouvelle-Aquitaine. Les numéros nationaux marchent partout en France.
place-location-outside = Ce lieu n'est pas en Nouvelle-Aquitaine. Les numéros nationaux marchent partout en France.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = { $register ->
        [youth] Ici, je ne peux lire que du texte. Je ne garde pas et ne transmets pas ce que tu as envoyé.
       *[adult] Ici, je ne peux lire que du texte. Je ne garde pas et ne transmets pas ce que vous avez envoyé.
    }
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = { $register ->
        [youth] Ici, je ne peux lire que du texte. Je ne garde pas les images. N'envoie pas de photo de toi.
       *[adult] Ici, je ne peux lire que du texte. Je ne garde pas les images. N'envoyez pas de photo de vous.
    }

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] { $register ->
            [youth] Terminé. Supprime aussi cette discussion de ta liste.
           *[adult] Terminé. Supprimez aussi cette discussion de votre liste.
        }
       *[other] Terminé.
    }
forget-done = { $register ->
        [youth] J'ai effacé ce que je gardais de notre conversation. Tu peux recommencer quand tu veux.
       *[adult] J'ai effacé ce que je gardais de notre conversation. Vous pouvez recommencer quand vous voulez.
    }
stop-done = { $register ->
        [youth] Conversation arrêtée. Écris quand tu veux pour reprendre.
       *[adult] Conversation arrêtée. Écrivez quand vous voulez pour reprendre.
    }

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Téléphone : { $phone }
contact-card-website = Site : { $url }
contact-card-email = E-mail : { $email }
contact-card-hours = Horaires : { $hours }
contact-card-to-complete = { $minor ->
        [yes] Les coordonnées de cette association sont en cours de vérification. En attendant, gratuits : 119, jour et nuit ; 3018 pour le harcèlement en ligne ; Fil Santé Jeunes, 0 800 235 236 ; en danger : 17 ou 112.
       *[no] Les coordonnées de cette association sont en cours de vérification. En attendant : 17 ou 112 en cas de danger, 115 pour un hébergement d'urgence.
    }
contact-card-helps = Peut aider pour : { $needs }
contact-card-national = { $minor ->
        [yes] Je ne connais pas d'association près de ce lieu. Les numéros pour les jeunes, gratuits : 119 (jour et nuit, jusqu'à 21 ans), 3018 (harcèlement en ligne), Fil Santé Jeunes 0 800 235 236 (12–25 ans). En danger : 17 ou 112, 114 par SMS.
       *[no] Je ne connais pas d'association agréée près de ce lieu. Les numéros nationaux, gratuits : 17 ou 112 en cas de danger, 114 par SMS, 115 pour un hébergement d'urgence, 3919 pour les violences faites aux femmes, 119 pour les moins de 21 ans.
    }
contact-card-none = { $minor ->
        [yes] Je ne connais pas encore d'association pour { $dept_name }. Les numéros pour les jeunes, gratuits : 119 (jour et nuit, jusqu'à 21 ans), 3018 (harcèlement en ligne), Fil Santé Jeunes 0 800 235 236 (12–25 ans). En danger : 17 ou 112.
       *[no] Je ne connais pas encore d'association pour { $dept_name }. Les numéros nationaux restent là : 17 ou 112 en cas de danger, 115 pour un hébergement d'urgence, 3919 pour les violences faites aux femmes.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Partager ma position
