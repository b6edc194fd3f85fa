# flows/talk.toml

talk-ask-need = { $register ->
        [youth] De quoi veux-tu parler ? Cela aide à trouver la bonne association.
       *[adult] De quoi voulez-vous parler ? Cela aide à trouver la bonne association.
    }
need-housing = Un logement
need-papers = Des papiers
need-health = La santé
need-money = L'argent
need-children = Les enfants
need-legal = Mes droits, la justice
need-talk = Juste parler
need-safety = La sécurité

talk-ask-where = { $register ->
        [youth] Dans quel département ou quelle ville es-tu ? Écris son numéro (par exemple 33), un code postal ou le nom de la ville. Pas besoin d'adresse.
       *[adult] Dans quel département ou quelle ville êtes-vous ? Écrivez son numéro (par exemple 33), un code postal ou le nom de la ville. Pas besoin d'adresse.
    }
talk-found = Département choisi : { $dept_name }.

talk-ask-urgency = { $register ->
        [youth] Pour quand aimerais-tu une réponse ?
       *[adult] Pour quand aimeriez-vous une réponse ?
    }
urgency-today = Aujourd'hui si possible
urgency-soon = Dans les prochains jours
urgency-later = Ce n'est pas pressé

talk-consent-offer = Je peux envoyer une demande anonyme à cette association ou à une équipe qui répond pour elle. La réponse viendra ici, parfois plus tard.
talk-consent-shared = { $register ->
        [youth] L'équipe recevra ta langue, tes choix, ton département et le délai souhaité, mais pas ton nom, ton numéro ni ton compte.
       *[adult] L'équipe recevra votre langue, vos choix, votre département et le délai souhaité, mais pas votre nom, numéro ni compte.
    }
talk-consent-limit-text = { $register ->
        [youth] Elle lira ce que tu écris : n'y mets ni nom ni adresse.
       *[adult] Elle lira ce que vous écrivez : n'y mettez ni nom ni adresse.
    }
talk-consent-limit-danger = Elle garde le secret, sauf si un enfant ou une personne est en grand danger : elle peut alors prévenir les secours.
talk-consent-previews = { $channel ->
        [telegram] { $register ->
            [youth] Pour cacher les messages sur l'écran verrouillé : dans Telegram, Paramètres > Notifications et sons, désactive « Aperçu du message ».
           *[adult] Pour cacher les messages sur l'écran verrouillé : dans Telegram, Paramètres > Notifications et sons, désactivez « Aperçu du message ».
        }
       *[other] Pour cacher les messages sur l'écran verrouillé : Réglages > Notifications > masquer le contenu (ou aperçus : jamais).
    }
talk-consent-ask = { $register ->
        [youth] Veux-tu envoyer cette demande ?
       *[adult] Voulez-vous envoyer cette demande ?
    }

talk-declined = { $register ->
        [youth] D'accord, rien n'est envoyé. Tu peux revenir quand tu veux.
       *[adult] D'accord, rien n'est envoyé. Vous pouvez revenir quand vous voulez.
    }

talk-ask-message = { $register ->
        [youth] Tu peux ajouter un court message pour l'équipe, sans nom ni numéro. Je le transmets à l'équipe sans le garder.
       *[adult] Vous pouvez ajouter un court message pour l'équipe, sans nom ni numéro. Je le transmets à l'équipe sans le garder.
    }
choice-no-message = Envoyer sans message
