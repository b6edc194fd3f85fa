# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = SMS : { $phone }
contact-card-form = Formulaire de contact : { $url }
contact-card-address = Adresse : { $text }
contact-card-languages = Langues parlées : { $languages }
contact-card-interpreter = Un interprète peut être demandé.
contact-card-minors = Reçoit aussi les jeunes de moins de 18 ans.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = Je ne connais pas encore d'association qui reçoit les moins de 18 ans pour { $dept_name }. Les numéros pour les jeunes, gratuits : 119 (jour et nuit, jusqu'à 21 ans), 3018 (harcèlement en ligne), Fil Santé Jeunes 0 800 235 236 (12–25 ans). En danger : 17 ou 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = l'emprise et les dettes imposées
speciality-violence = les violences conjugales et sexuelles
speciality-rights = les droits et l'aide juridique
speciality-social = l'accompagnement social et les démarches
speciality-housing = le logement et l'hébergement d'urgence (115)
speciality-health = la santé et les soins
speciality-harm-reduction = la prévention et la réduction des risques
speciality-addictions = les addictions (alcool et drogues)
speciality-listening = l'écoute
speciality-outreach = l'accueil et les rencontres dans la rue ou en ligne
speciality-insertion = la formation et l'emploi
speciality-children = les enfants et la famille
speciality-migrants = les démarches des personnes étrangères (asile et séjour)
speciality-minors = les jeunes de moins de 18 ans
