# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = What would you like information about?
needs-choice-pathway = The exit pathway
needs-choice-papers = Papers and rights
needs-choice-safety = Leaving, staying safe
needs-choice-other = Another topic
needs-choice-oath = An oath, a ritual (juju)
needs-choice-legal-help = Who can help me with my rights?

needs-housing-115 = 115: free, day and night, to look for emergency housing. It is often full: you can call again, or ask an association to help you.
needs-housing-siao = In each département, a service (the SIAO) gives out places in shelters and housing. An association or a social worker makes the request with you.
needs-housing-association = Approved associations know the shelters in their département. In the exit pathway, housing is a key step.
needs-housing-children = If you have children, say so when you call 115: they look for a place for the whole family.

needs-papers-cidff = CIDFFs (information centres on the rights of women and families) exist in many départements. Their legal advisers tell you about your rights for free.
needs-papers-without = Without papers, you still have the right to health care and to emergency housing.
needs-papers-permit = In the exit pathway, you can ask for a 6-month residence permit. It is not automatic: even if the commission says yes, the prefect decides. Some commissions refuse people who are asking for asylum or who have an OQTF (an order to leave France).
needs-papers-eu = Are you a citizen of a European Union country (Romania, Bulgaria…)? You do not need a residence permit.
needs-papers-passport = Nobody has the right to keep your passport or your papers. It is against the law.
needs-papers-lawyer = An association or a lawyer can help you with the steps at the préfecture (the office for residence papers), or with an asylum request.

needs-health-pass = The PASS, a care service at the hospital: care and medicines, even without papers and without a carte Vitale (the health insurance card).
needs-health-cegidd = The CeGIDD, a testing centre: HIV, hepatitis and other infections, free and anonymous. Also contraception, and a treatment that protects against HIV (PrEP).
needs-health-ame = Without papers, after 3 months in France, the AME (state medical aid) can pay for your health care.
needs-health-secret = Doctors and nurses must keep what you tell them secret (medical secrecy). They may call the emergency services only in rare cases, for example if a child or someone is in great danger.

needs-safety-leave = Leaving a network is possible. An approved association knows the steps and helps you prepare, as safely as possible.
needs-safety-debt = A debt for the journey or for housing gives nobody the right to force you to do anything.
needs-safety-acse = If staying in the region is dangerous, a national scheme (Ac.Sé) can give you a protected place to stay, far away. An association or the police makes the request.
needs-safety-plan = If you can, keep a trusted phone number somewhere, and a copy of your papers.

needs-money-afis = In the exit pathway, the Afis is money paid every month, if you have no right to any other benefit.
needs-money-ccas = The CCAS of your town hall can give emergency help: money, food parcels, transport tickets.
needs-money-bank = Opening a bank account is a right. If a bank says no, the Banque de France can choose a bank for you.
needs-money-help = An association helps you fill in the forms.

needs-children-school = In France, school is a right for every child, with or without papers.
needs-children-pmi = The PMI looks after the health of children under 6 for free: check-ups and vaccines.
needs-children-care = The pathway does not include childcare. The association looks for solutions with you: a crèche (nursery), a childminder, people close to you.
needs-children-afis = The Afis goes up with the number of children who depend on you.
needs-children-119 = Is a child in danger? 119 answers day and night, for free.

# The oath ("juju") the report describes (Section 2, Fiche 2): short, respectful, no judgement on beliefs.
needs-oath-known = An oath or a ritual made before the journey (the "juju") can be very frightening. This fear is real. Associations know about it.
needs-oath-debt = An oath or a debt gives no one the right to force you to do anything.
needs-oath-talk = You can talk about it with an association. It listens without judging your beliefs and looks with you for a way to stay safe.
