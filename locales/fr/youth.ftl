# flows/youth.toml — for young people and students, up to 25. Informal "tu", plain words a
# 12-year-old knows. $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17),
# young-adult (18–25).

youth-hello = Ici, on parle d'argent, de photos, de relations et d'internet. Sans jugement.
# The quick exit, once, as the youth path begins (a school link skips the welcome's note).
youth-phone-safety = Quelqu'un peut regarder ton téléphone ? Pour tout effacer vite, écris /exit ou le mot « parapluie ».
youth-ask-age = Pour te donner les bons contacts, choisis ta tranche d'âge.
youth-choice-under-13 = Moins de 13 ans
youth-choice-13-14 = 13–14 ans
youth-choice-15-17 = 15–17 ans
youth-choice-18-25 = 18–25 ans

youth-topics = De quoi veux-tu parler ?
youth-choice-gifts = Des cadeaux contre des relations
youth-choice-pictures = Vendre des photos de soi
youth-choice-boyfriend = Un copain qui demande trop
youth-choice-friend = Un ami qui « protège »
youth-choice-online = Harcèlement, chantage en ligne
youth-choice-money = Étudiant·e, problèmes d'argent
youth-choice-quiz = Quiz : risqué ou pas ?
youth-choice-helpers = Qui peut m'aider ?
youth-choice-other = Un autre sujet

# "Michetonnage"
youth-gifts-what = Le « michetonnage » : une relation avec une personne plus âgée qui offre des repas, des vêtements, un téléphone, en échange de moments intimes.
youth-gifts-then = Au début, cela peut ressembler à un jeu. Ensuite, la personne peut demander plus, ou te présenter à d'autres.
youth-gifts-law =
    { $age_band ->
        [child] Avant 15 ans, un adulte n'a pas le droit d'avoir une relation sexuelle avec toi, même si tu dis oui. C'est lui qui fait quelque chose d'interdit, pas toi.
        [young-teen] Avant 15 ans, un adulte n'a pas le droit d'avoir une relation sexuelle avec toi, même si tu dis oui. C'est lui qui fait quelque chose d'interdit, pas toi.
        [teen] Avant 18 ans, un adulte qui offre de l'argent ou des cadeaux contre des relations sexuelles fait quelque chose d'interdit. C'est lui qui est puni, pas toi.
       *[other] En France, payer ou offrir des cadeaux contre des relations sexuelles est interdit. La loi punit la personne qui paie, pas celle qui est payée.
    }
youth-gifts-owe = Tu peux arrêter quand tu veux, même après des cadeaux. Tu ne dois rien à personne.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = Certaines personnes vendent des photos ou des vidéos d'elles, parfois dénudées, sur des sites à abonnement comme OnlyFans ou par messages.
youth-pictures-copy = Une image envoyée peut être copiée et partagée, même sur un compte « privé ». On ne peut pas la reprendre.
youth-pictures-law =
    { $age_band ->
        [child] Avant 18 ans, une image intime de toi est protégée par la loi. La demander, l'acheter ou la partager est interdit.
        [young-teen] Avant 18 ans, une image intime de toi est protégée par la loi. La demander, l'acheter ou la partager est interdit.
        [teen] Avant 18 ans, une image intime de toi est protégée par la loi. La demander, l'acheter ou la partager est interdit.
       *[other] Des acheteurs demandent souvent plus : d'autres images, puis des rencontres. Tu peux refuser à tout moment.
    }
youth-pictures-more = Quelqu'un menace de publier tes images ? Ne paie pas. Garde les messages. Le 3018 aide à les faire retirer.
# After pictures sent or blackmail: said plainly (the wording rules allow the negated form).
youth-not-your-fault = Ce n'est pas ta faute. C'est la personne qui menace qui fait quelque chose d'interdit.

# The "lover boy"
youth-boyfriend-what = Un « lover boy » se montre amoureux, fait des cadeaux, promet beaucoup.
youth-boyfriend-then = Puis il demande de « rendre service » à des amis à lui, parfois contre de l'argent qu'il garde.
youth-boyfriend-signs = Des signes : il surveille ton téléphone, t'éloigne de tes proches, parle d'une dette.
youth-boyfriend-right = Personne n'a le droit de te pousser à des actes sexuels, même par amour.

# A friend who "protects" and takes a share
youth-friend-what = Un ami propose de t'accompagner à des rendez-vous, pour que « tout se passe bien ». Puis il prend une part de l'argent.
youth-friend-law = Prendre une part de l'argent que quelqu'un reçoit pour des relations sexuelles est interdit par la loi, même entre amis, même si tu es d'accord.
youth-friend-stop = Tu peux arrêter quand tu veux. Tu ne lui dois rien.

# Cyber-harassment and sextortion
youth-online-harassment = Insultes, rumeurs, photos partagées sans ton accord : c'est du harcèlement, et c'est interdit.
youth-online-sextortion = Quelqu'un menace de publier une image de toi si tu ne paies pas ou si tu n'en envoies pas d'autres ? C'est du chantage.
youth-online-do = N'envoie rien de plus et ne paie pas. Fais des captures d'écran, puis bloque le compte.
youth-online-3018 = Le 3018 est gratuit et anonyme. Il peut faire retirer rapidement les images des réseaux sociaux.

# Students' money trouble
youth-money-intro = Des problèmes d'argent pendant les études ? C'est fréquent, et il existe des aides.
youth-money-crous = Le service social du Crous peut donner une aide d'urgence, vite, même en cours d'année.
youth-money-health = Le service de santé de ton université reçoit gratuitement, dans le secret médical.
youth-money-offers = Des offres de « sugar daddy » ou de « rencontres rémunérées » visent les étudiants. Souvent, elles cachent une demande de relations sexuelles.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 situations. Pour chacune, dis ce que tu en penses. Il n'y a pas de mauvaise réponse.
youth-quiz-safe = Pas de risque
youth-quiz-risky = Peut-être risqué
youth-quiz-unsure = Je ne sais pas
youth-quiz-next = Situation suivante
youth-quiz-stop = Arrêter le quiz
youth-quiz-1 = 1. Une personne plus âgée, rencontrée en ligne, t'offre un téléphone. Elle ne demande rien pour l'instant.
youth-quiz-1-answer = Ça peut être risqué. Un gros cadeau peut créer une dette, puis servir à demander des photos ou un rendez-vous. Tu peux refuser, ou en parler à quelqu'un de confiance.
youth-quiz-2 = 2. La personne avec qui tu sors te demande une photo nue, « juste pour elle ».
youth-quiz-2-answer = Ça peut être risqué. Une photo envoyée peut être copiée ou montrée après une dispute. Tu as le droit de dire non. Quelqu'un qui tient à toi respecte ce non.
youth-quiz-3 = 3. Un ami propose de venir avec toi à un rendez-vous « pour ta sécurité », contre une part de l'argent.
youth-quiz-3-answer = C'est risqué. Prendre une part de cet argent est interdit par la loi, même entre amis. Ce n'est pas de la protection.
youth-quiz-4 = 4. Un compte inconnu te propose de l'argent rapide contre des photos de toi.
youth-quiz-4-answer = C'est souvent un piège : ces comptes cherchent des images pour les revendre ou faire du chantage. Ne réponds pas et bloque le compte.
youth-quiz-end = Merci d'avoir pris le temps. Tu peux en parler à quelqu'un de confiance, ou voir les contacts.

# Who can help (by age band)
youth-help-119 = 119 : gratuit, jour et nuit, jusqu'à 21 ans. Tu peux juste parler. Si tu es en danger, le 119 peut prévenir les services qui protègent les enfants.
youth-help-119-under-21 = Tu as moins de 21 ans ? Le 119 t'écoute aussi, gratuitement, jour et nuit.
youth-help-3018 = 3018 : gratuit et anonyme, pour le harcèlement en ligne, le chantage et le retrait d'images.
youth-help-fsj = Fil Santé Jeunes, 0 800 235 236 : gratuit et anonyme, pour les 12–25 ans. Amour, sexualité, santé, tout se dit.
youth-help-trusted-adult = Un adulte de confiance peut aussi aider : l'infirmerie scolaire, un ou une CPE, un éducateur, un proche.
youth-help-crous = Un problème d'argent ? Le service social du Crous peut aider, même en urgence.
youth-help-3919 = Violences, dans le couple ou ailleurs : le 3919 écoute les femmes, gratuitement. Le 116 006 aide tout le monde, de 9 h à 19 h.
youth-help-danger = En danger tout de suite : 17 ou 112. Par SMS : 114.
