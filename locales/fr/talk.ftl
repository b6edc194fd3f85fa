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

talk-consent-offer = Je peux aussi préparer une demande anonyme pour cette association.
talk-consent-shared = Ce qui est envoyé : votre langue, ce que vous avez choisi ici, votre département.
talk-consent-not-shared = Ce qui n'est pas envoyé : ni nom, ni numéro de téléphone, ni compte.
talk-consent-limit-text = Ce que vous écrivez vous-même sera lu par l'équipe. N'écrivez pas votre nom ou votre adresse.
talk-consent-limit-danger = L'équipe garde le secret. Mais si un enfant ou une personne est en grand danger, elle peut prévenir les secours.
talk-consent-ask = Voulez-vous préparer cette demande ?

talk-declined = D'accord, rien n'est envoyé. Vous pouvez revenir quand vous voulez.

talk-ask-message = Vous pouvez ajouter un court message pour l'équipe, sans nom ni numéro. Sinon, écrivez « ok ».

talk-sent = Votre demande est prête, mais ce service ne peut pas encore l'envoyer lui-même. Contactez l'association avec la fiche ci-dessus.
talk-sent-stop = Pour arrêter à tout moment : /stop. En cas de danger : 17 ou 112.
