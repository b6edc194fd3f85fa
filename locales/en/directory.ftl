# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = Text messages: { $phone }
contact-card-form = Contact form: { $url }
contact-card-address = Address: { $text }
contact-card-languages = Languages spoken: { $languages }
contact-card-interpreter = An interpreter can be asked for.
contact-card-minors = Also sees young people under 18.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = I do not know an association that sees people under 18 for { $dept_name } yet. The numbers for young people, free: 119 (day and night, up to age 21), 3018 (online harassment), Fil Santé Jeunes 0 800 235 236 (ages 12–25). In danger: 17 or 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = someone else's control and imposed debts
speciality-violence = violence from a partner and sexual violence
speciality-rights = rights and legal help
speciality-social = social support and paperwork
speciality-housing = housing and emergency shelter (115)
speciality-health = health and care
speciality-harm-reduction = prevention and reducing risks
speciality-addictions = addictions (alcohol and drugs)
speciality-listening = someone to listen
speciality-outreach = a welcome and meetings in the street or online
speciality-insertion = training and work
speciality-children = children and family
speciality-migrants = procedures for foreign nationals (asylum and residence)
speciality-minors = young people under 18
