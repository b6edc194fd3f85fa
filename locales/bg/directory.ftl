# The association's card (directory/*.toml): lines for the verified contacts that engine.ftl
# has no words for, the words for what each association does (its specialities, after
# "contact-card-helps"), and what a minor is told when no association of the département
# receives people under 18. A card shows only what an operator confirmed with the association
# (directory/README.md); these lines appear only then.

# Contact lines: `$phone`, `$url`, `$text` (an address), `$languages` (the names of the
# languages, joined like a list).
contact-card-sms = SMS: { $phone }
contact-card-form = Форма за контакт: { $url }
contact-card-address = Адрес: { $text }
contact-card-languages = Говорими езици: { $languages }
contact-card-interpreter = Може да се поиска преводач.
contact-card-minors = Приема и млади хора под 18 години.

# Said to a person under 18, instead of a card, when every association of the département
# receives adults only; the numbers for young people follow.
contact-card-none-minors = Още не познавам организация, която приема хора под 18 години, за { $dept_name }. Номерата за млади хора, безплатни: 119 (денем и нощем, до 21 години), 3018 (тормоз в интернет), Fil Santé Jeunes 0 800 235 236 (12–25 години). При опасност: 17 или 112.

# What an association does, in a list after "contact-card-helps": short, lower case where
# the language allows, never the word for "victim".
speciality-trafficking = контрол от друг човек и наложени дългове
speciality-violence = насилието в двойката и сексуалното насилие
speciality-rights = правата и правната помощ
speciality-social = социалната подкрепа и документите
speciality-housing = жилището и спешния подслон (115)
speciality-health = здравето и лечението
speciality-harm-reduction = превенцията и намаляването на рисковете
speciality-addictions = зависимостите (алкохол и наркотици)
speciality-listening = разговор и подкрепа
speciality-outreach = срещи на улицата или онлайн
speciality-insertion = обучението и работата
speciality-children = децата и семейството
speciality-migrants = процедурите за чужденци (убежище и пребиваване)
speciality-minors = младите хора под 18 години
