# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Bonjour, bienvenue.
welcome-phone-safety = Quelqu'un d'autre peut lire ce téléphone ? Pour tout effacer vite, écrivez /exit ou le mot « parapluie ».
welcome-menu = { $register ->
        [youth] Que veux-tu faire ? Touche un choix ou écris son numéro.
       *[adult] Que voulez-vous faire ? Touchez un choix ou écrivez son numéro.
    }

welcome-phone-kept = Je ne garde ni votre nom, ni votre numéro.
welcome-phone-visible = La conversation reste visible dans l'application, jusqu'à ce qu'elle soit effacée.
welcome-phone-exit = { $channel ->
        [telegram] /exit ou « parapluie » efface nos messages de moins de 48 heures : Telegram ne permet pas d'effacer les plus anciens. Supprimez ensuite la discussion de votre liste.
        [matrix] /exit ou « parapluie » efface vos messages et les miens, puis je quitte la discussion. Supprimez-la ensuite de votre liste.
        [matrix-no-redact] /exit ou « parapluie » efface mes messages, puis je quitte la discussion. Ici, je ne peux pas effacer les vôtres : supprimez la discussion de votre liste.
       *[other] /exit ou « parapluie » efface tout, quand l'application le permet.
    }
welcome-phone-forget = /forget efface ce que je garde, puis on recommence.
welcome-phone-notifications = Vous pouvez aussi couper les aperçus des notifications dans les réglages du téléphone.
welcome-choice-erase = Tout effacer maintenant
