# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).

pathway-intro-what = Il existe un accompagnement prévu par la loi du 13 avril 2016 : le « parcours de sortie de prostitution ».
pathway-intro-who = Il est pour les personnes qui ont des relations sexuelles contre de l'argent ou un logement, ou pour payer une dette, et qui veulent autre chose.
pathway-intro-papers = Avec ou sans papiers. Mais certaines commissions refusent les personnes en demande d'asile ou sous OQTF (obligation de quitter le territoire français).
pathway-intro-free = C'est gratuit. Une association agréée vous accompagne. Rien ne se fait sans votre accord.
pathway-intro-ask = Que voulez-vous savoir ?

pathway-choice-steps = Les étapes
pathway-choice-afis = L'argent : l'Afis
pathway-choice-after = Après le parcours
pathway-choice-varies = Ce qui change selon le département
pathway-choice-meeting = Le premier rendez-vous
pathway-choice-refused = Si la commission dit non

pathway-step-contact = 1. Vous rencontrez une association agréée. Elle vous écoute et vous explique tout.
pathway-step-evaluation = 2. Ensemble, vous regardez votre situation et vous préparez un dossier.
pathway-step-commission = 3. Le dossier est présenté à une commission du département.
pathway-step-support = 4. Si elle accepte, le parcours commence : aide pour le logement, la santé, la formation et le travail.
pathway-step-papers = Si vous en avez besoin, vous pouvez demander un titre de séjour de 6 mois. Ce n'est pas automatique : même si la commission accepte, c'est le préfet qui décide.
pathway-step-review = Tous les { $every } mois, la commission fait le point avec l'association. Le parcours dure { $months } mois au plus.

pathway-afis-what = L'Afis est une aide en argent, versée chaque mois pendant le parcours, si vous n'avez droit à aucune autre aide.
pathway-afis-table = Par mois : 330 € seule ou seul, 432 € avec 1 enfant, 534 € avec 2, 636 € avec 3, puis 102 € de plus par enfant.
pathway-afis-ask-children = Combien d'enfants avez-vous à charge ? Écrivez un nombre, par exemple 0 ou 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
pathway-afis-amount =
    { $children ->
        [0] Pour une personne seule : 330 € par mois.
        [1] Avec 1 enfant : 432 € par mois.
        [2] Avec 2 enfants : 534 € par mois.
        [3] Avec 3 enfants : 636 € par mois.
        [4] Avec 4 enfants : 738 € par mois.
        [5] Avec 5 enfants : 840 € par mois.
        [6] Avec 6 enfants : 942 € par mois.
        [7] Avec 7 enfants : 1044 € par mois.
        [8] Avec 8 enfants : 1146 € par mois.
        [9] Avec 9 enfants : 1248 € par mois.
        [10] Avec 10 enfants : 1350 € par mois.
        [11] Avec 11 enfants : 1452 € par mois.
        [12] Avec 12 enfants : 1554 € par mois.
       *[other] 330 € par mois, plus 102 € par enfant à charge.
    }
pathway-afis-check = Ces montants viennent d'un rapport régional. L'association vérifie avec vous le montant à jour et vos droits.
pathway-afis-559 = Attention : si vous gagnez plus de 559 € dans le mois avant le renouvellement de l'Afis, elle s'arrête pendant 6 mois. Parlez-en à l'association avant d'accepter des heures de travail.

pathway-after-end = Le parcours dure { $months } mois au plus. Rien n'est prévu par la loi après.
pathway-after-common = Le but : qu'à la fin, vous ayez accès aux aides habituelles (logement, emploi).
pathway-after-rsa = Pour le RSA (le revenu minimum), une personne d'un pays hors de l'Union européenne doit en général avoir un titre de séjour depuis au moins 5 ans.
pathway-after-association = Certaines associations continuent à vous accompagner après le parcours. Demandez-leur.

pathway-varies-criteria = Chaque département a sa commission. Les critères pour entrer dans le parcours ne sont pas partout les mêmes.
pathway-varies-complaint = La loi ne demande pas de porter plainte. Mais certaines commissions le demandent quand même.
pathway-varies-stop = Certaines commissions demandent aussi que vous n'ayez plus de relations sexuelles contre de l'argent depuis un certain temps.
pathway-varies-association = L'association agréée de votre département connaît sa commission. Elle vous dit ce qui compte chez vous.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = Le premier rendez-vous avec une association est gratuit. Vous parlez de ce que vous voulez, à votre rythme.
pathway-meet-conditions = Vous n'avez pas besoin d'avoir arrêté. Vous n'avez pas besoin de porter plainte : la loi ne le demande pas.
pathway-meet-with = Vous pouvez demander à venir avec vos enfants ou avec une personne de confiance.
pathway-meet-interpreter = Vous pouvez demander un ou une interprète. Dites quelle langue vous parlez.
pathway-meet-secret = L'équipe garde le secret sur ce que vous dites. Mais si un enfant ou une personne est en grand danger, elle peut prévenir les secours.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = Les commissions ne décident pas partout de la même façon. Dans certains départements, jusqu'à une demande sur deux est refusée.
pathway-refused-help = Après un refus, l'association peut continuer à vous aider : logement, santé, droits.
pathway-refused-ask = Vous pouvez lui demander pourquoi la commission a dit non, et si un nouveau dossier sera possible plus tard.
