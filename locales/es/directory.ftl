# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = SMS: { $phone }
contact-card-form = Formulario de contacto: { $url }
contact-card-address = Dirección: { $text }
contact-card-languages = Idiomas: { $languages }
contact-card-interpreter = Se puede pedir un intérprete.
contact-card-minors = También atiende a jóvenes menores de 18 años.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = Todavía no conozco ninguna asociación que atienda a menores de 18 años para { $dept_name }. Los números para jóvenes, gratuitos: 119 (de día y de noche, hasta los 21 años), 3018 (acoso en internet), Fil Santé Jeunes 0 800 235 236 (12–25 años). En caso de peligro: 17 o 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = el control de otra persona y las deudas impuestas
speciality-violence = la violencia en la pareja y la violencia sexual
speciality-rights = los derechos y la ayuda jurídica
speciality-social = el acompañamiento social y los trámites
speciality-housing = la vivienda y el alojamiento de urgencia (115)
speciality-health = la salud y la atención médica
speciality-harm-reduction = la prevención y la reducción de riesgos
speciality-addictions = las adicciones (alcohol y drogas)
speciality-listening = la escucha
speciality-outreach = la acogida y los encuentros en la calle o en internet
speciality-insertion = la formación y el empleo
speciality-children = los hijos y la familia
speciality-migrants = los trámites de las personas extranjeras (asilo y residencia)
speciality-minors = los jóvenes menores de 18 años
