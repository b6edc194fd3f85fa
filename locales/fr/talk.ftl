# flows/talk.toml

talk-ask-need = De quoi voulez-vous parler ? Cela aide à trouver la bonne association.
need-housing = Un logement
need-papers = Des papiers
need-health = La santé
need-money = L'argent
need-children = Les enfants
need-legal = Mes droits, la justice
need-talk = Juste parler
need-safety = La sécurité

talk-ask-where = Dans quel département ou quelle ville êtes-vous ? Écrivez son numéro (par exemple 33), un code postal ou le nom de la ville. Pas besoin d'adresse.
talk-found = Département choisi : { $dept_name }.

talk-ask-urgency = Pour quand aimeriez-vous une réponse ?
urgency-today = Aujourd'hui si possible
urgency-soon = Dans les prochains jours
urgency-later = Ce n'est pas pressé

talk-consent-offer = Je peux envoyer une demande anonyme à cette association. Une personne de l'équipe pourra vous répondre ici, dans cette conversation.
talk-consent-shared = Ce qui est envoyé : votre langue, ce que vous avez choisi ici, votre département, et quand vous aimeriez une réponse.
talk-consent-not-shared = Ce qui n'est pas envoyé : ni nom, ni numéro de téléphone, ni compte. L'équipe voit seulement un numéro de demande.
talk-consent-limit-text = Ce que vous écrivez vous-même sera lu par l'équipe. N'écrivez pas votre nom ou votre adresse.
talk-consent-limit-danger = L'équipe garde le secret. Mais si un enfant ou une personne est en grand danger, elle peut prévenir les secours.
talk-consent-ask = Voulez-vous envoyer cette demande ?

talk-declined = D'accord, rien n'est envoyé. Vous pouvez revenir quand vous voulez.

talk-ask-message = Vous pouvez ajouter un court message pour l'équipe, sans nom ni numéro. Je le transmets à l'équipe sans le garder.
choice-no-message = Envoyer sans message
