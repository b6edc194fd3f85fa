# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = SMS: { $phone }
contact-card-form = Formulário de contato: { $url }
contact-card-address = Endereço: { $text }
contact-card-languages = Idiomas: { $languages }
contact-card-interpreter = É possível pedir um intérprete.
contact-card-minors = Também atende jovens com menos de 18 anos.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = Ainda não conheço nenhuma associação que atenda menores de 18 anos para { $dept_name }. Os números para jovens, gratuitos: 119 (dia e noite, até 21 anos), 3018 (assédio na internet), Fil Santé Jeunes 0 800 235 236 (12–25 anos). Em caso de perigo: 17 ou 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = o controle de outra pessoa e as dívidas impostas
speciality-violence = a violência do parceiro e a violência sexual
speciality-rights = os direitos e a ajuda jurídica
speciality-social = o acompanhamento social e os trâmites
speciality-housing = a moradia e o abrigo de emergência (115)
speciality-health = a saúde e os cuidados
speciality-harm-reduction = a prevenção e a redução de riscos
speciality-addictions = as dependências (álcool e drogas)
speciality-listening = a escuta
speciality-outreach = o acolhimento e os encontros na rua ou na internet
speciality-insertion = a formação e o emprego
speciality-children = os filhos e a família
speciality-migrants = os trâmites das pessoas estrangeiras (asilo e residência)
speciality-minors = os jovens com menos de 18 anos
