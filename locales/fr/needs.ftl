# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = Sur quoi voulez-vous des infos ?
needs-choice-pathway = Le parcours de sortie
needs-choice-papers = Papiers et droits
needs-choice-safety = Partir, se protéger
needs-choice-other = Un autre sujet
needs-choice-oath = Un serment, un rite (juju)
needs-choice-legal-help = Qui peut m'aider pour mes droits ?

needs-housing-115 = 115 : gratuit, jour et nuit, pour chercher un hébergement d'urgence. Il est souvent complet : vous pouvez rappeler, ou demander à une association de vous aider.
needs-housing-siao = Dans chaque département, un service (le SIAO) attribue les places d'hébergement et de logement. Une association ou une assistante sociale fait la demande avec vous.
needs-housing-association = Les associations agréées connaissent les foyers et les centres d'hébergement de leur département. Dans le parcours de sortie, le logement est une étape clé.
needs-housing-children = Avec des enfants, dites-le au 115 : ils cherchent une place pour toute la famille.

needs-papers-cidff = Les CIDFF (centres d'information sur les droits des femmes et des familles) existent dans beaucoup de départements. Leurs juristes vous informent gratuitement sur vos droits.
needs-papers-without = Sans papiers, vous avez quand même droit à des soins et à un hébergement d'urgence.
needs-papers-permit = Dans le parcours de sortie, vous pouvez demander un titre de séjour de 6 mois. Ce n'est pas automatique : même si la commission accepte, c'est le préfet qui décide. Certaines commissions refusent les personnes en demande d'asile ou sous OQTF (obligation de quitter le territoire français).
needs-papers-eu = Vous êtes citoyen ou citoyenne d'un pays de l'Union européenne (Roumanie, Bulgarie…) ? Vous n'avez pas besoin de titre de séjour.
needs-papers-passport = Personne n'a le droit de garder votre passeport ou vos papiers. C'est interdit.
needs-papers-lawyer = Une association ou un avocat peut vous aider pour les démarches à la préfecture (le service de l'État pour les titres de séjour), ou pour une demande d'asile.

needs-health-pass = La PASS, une permanence de soins à l'hôpital : des soins et des médicaments, même sans papiers et sans carte Vitale (la carte d'assurance maladie).
needs-health-cegidd = Le CeGIDD, un centre de dépistage : VIH, hépatites et autres infections, gratuit et anonyme. Aussi la contraception, et un traitement qui protège du VIH (la PrEP).
needs-health-ame = Sans papiers, après 3 mois en France, l'AME (aide médicale de l'État) peut prendre en charge vos soins.
needs-health-secret = Les soignants sont tenus au secret médical. Ils peuvent prévenir les secours seulement dans des cas rares, par exemple si un enfant ou une personne est en grand danger.

needs-safety-leave = Partir d'un réseau est possible. Une association agréée connaît les étapes et vous aide à le préparer, avec le plus de sécurité possible.
needs-safety-debt = Une dette pour le voyage ou le logement ne donne à personne le droit de vous forcer à quoi que ce soit.
needs-safety-acse = Si rester dans la région est dangereux, un dispositif national (Ac.Sé) peut vous accueillir loin, dans un lieu protégé. Une association ou la police fait la demande.
needs-safety-plan = Si vous pouvez, gardez quelque part un numéro de confiance et une copie de vos papiers.

needs-money-afis = Dans le parcours de sortie, l'Afis est une aide en argent, chaque mois, si vous n'avez droit à aucune autre aide.
needs-money-ccas = Le CCAS de votre mairie peut donner une aide d'urgence : argent, colis alimentaires, tickets de transport.
needs-money-bank = Ouvrir un compte en banque est un droit. Si une banque refuse, la Banque de France peut en désigner une.
needs-money-help = Une association vous aide à remplir les dossiers.

needs-children-school = En France, l'école est un droit pour chaque enfant, avec ou sans papiers.
needs-children-pmi = La PMI suit gratuitement la santé des enfants de moins de 6 ans : consultations et vaccins.
needs-children-care = Le parcours ne prévoit pas de garde d'enfants. L'association cherche des solutions avec vous : crèche (garde des tout-petits), assistante maternelle, proches.
needs-children-afis = L'Afis augmente avec le nombre d'enfants à charge.
needs-children-119 = Un enfant est en danger ? Le 119 répond jour et nuit, gratuitement.

# The oath ("juju") the report describes (Section 2, Fiche 2): short, respectful, no judgement on beliefs.
needs-oath-known = Un serment ou un rite fait avant le voyage (le « juju ») peut faire très peur. Cette peur est réelle. Les associations la connaissent.
needs-oath-debt = Un serment ou une dette ne donne à personne le droit de vous forcer à quoi que ce soit.
needs-oath-talk = Vous pouvez en parler à une association. Elle vous écoute sans juger vos croyances et cherche avec vous comment vous protéger.
