# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = SMS: { $phone }
contact-card-form = Formular de contact: { $url }
contact-card-address = Adresă: { $text }
contact-card-languages = Limbi vorbite: { $languages }
contact-card-interpreter = Se poate cere un interpret.
contact-card-minors = Primește și tineri sub 18 ani.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = Încă nu cunosc o asociație care primește tineri sub 18 ani pentru { $dept_name }. Numerele pentru tineri, gratuite: 119 (zi și noapte, până la 21 de ani), 3018 (hărțuire online), Fil Santé Jeunes 0 800 235 236 (12–25 de ani). În pericol: 17 sau 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = controlul altcuiva și datoriile impuse
speciality-violence = violența în cuplu și violența sexuală
speciality-rights = drepturile și ajutorul juridic
speciality-social = sprijinul social și formalitățile
speciality-housing = locuința și cazarea de urgență (115)
speciality-health = sănătatea și îngrijirile medicale
speciality-harm-reduction = prevenirea și reducerea riscurilor
speciality-addictions = dependențele (alcool și droguri)
speciality-listening = ascultarea și sprijinul
speciality-outreach = primirea și întâlnirile pe stradă sau online
speciality-insertion = formarea profesională și locul de muncă
speciality-children = copiii și familia
speciality-migrants = formalitățile pentru persoanele străine (azil și ședere)
speciality-minors = tinerii sub 18 ani
