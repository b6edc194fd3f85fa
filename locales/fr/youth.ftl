# flows/youth.toml — for minors, young adults and students. Informal "tu".

youth-hello = Ici, on parle d'argent, de photos, de relations et d'internet. Sans jugement.
youth-ask-age = Pour te donner les bons contacts, choisis ce qui te correspond.
youth-choice-minor = Moins de 18 ans
youth-choice-adult = 18 ans ou plus
youth-choice-student = Je fais des études

youth-topics = De quoi veux-tu parler ?
youth-choice-gifts = Des cadeaux contre des relations
youth-choice-pictures = Vendre des photos de soi
youth-choice-boyfriend = Un copain qui demande trop
youth-choice-helpers = Qui peut m'aider ?
youth-choice-other = Un autre sujet
youth-choice-association = Une association près de moi

# "Michetonnage"
youth-gifts-what = Le « michetonnage » : une relation avec une personne plus âgée qui offre des repas, des vêtements, un téléphone, en échange de moments intimes.
youth-gifts-then = Au début, cela peut ressembler à un jeu. Ensuite, la personne peut demander plus, ou te présenter à d'autres.
youth-gifts-law = En France, payer ou offrir des cadeaux contre des relations sexuelles est interdit. Ce n'est jamais la personne payée qui est punie.
youth-gifts-owe = Tu peux arrêter quand tu veux, même après des cadeaux. Tu ne dois rien à personne.

# Selling pictures of oneself; sextortion
youth-pictures-what = Certaines personnes vendent des photos ou des vidéos d'elles, parfois dénudées, sur des sites ou des réseaux.
youth-pictures-copy = Une image envoyée peut être copiée et partagée, même sur un compte « privé ».
youth-pictures-law = Avant 18 ans, une image intime de toi est protégée par la loi. La demander, l'acheter ou la partager est interdit.
youth-pictures-threat = Quelqu'un menace de publier tes images ? Ne paie pas. Garde les messages. Le 3018 aide à les faire retirer.

# "Lover boy"
youth-boyfriend-what = Un « lover boy » se montre amoureux, fait des cadeaux, promet beaucoup.
youth-boyfriend-then = Puis il demande de « rendre service » à des amis à lui, parfois contre de l'argent qu'il garde.
youth-boyfriend-signs = Des signes : il surveille ton téléphone, t'éloigne de tes proches, parle d'une dette.
youth-boyfriend-right = Personne n'a le droit de te pousser à des actes sexuels, même par amour.

# Who can help (by age band)
youth-help-119 = 119 : gratuit, jour et nuit, jusqu'à 21 ans. Tu peux juste parler.
youth-help-119-under-21 = Tu as moins de 21 ans ? Le 119 t'écoute aussi, gratuitement, jour et nuit.
youth-help-3018 = 3018 : gratuit et anonyme, pour le harcèlement en ligne, le chantage et le retrait d'images.
youth-help-trusted-adult = Un adulte de confiance peut aussi aider : l'infirmerie scolaire, un ou une CPE, un éducateur, un proche.
youth-help-student-health = Le service de santé de ton université reçoit les étudiants gratuitement, dans le secret médical.
youth-help-crous = Un problème d'argent ? Le service social du Crous peut aider, même en urgence.
youth-help-3919 = Violences, dans le couple ou ailleurs : le 3919 écoute les femmes, gratuitement.
youth-help-danger = En danger tout de suite : 17 ou 112. Par SMS : 114.
