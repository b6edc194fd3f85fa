# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = En danger maintenant : appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
safety-now-intro = Ces numéros sont gratuits. Sauf le 3018, ils répondent jour et nuit.
safety-17 = 17 : police ou gendarmerie, si quelqu'un vous menace ou vous frappe.
safety-112 = 112 : urgences, depuis tout téléphone, partout en Europe.
# $number: the SMS emergency number (114)
safety-sms = { $number } : par SMS, si vous ne pouvez pas parler ou entendre.
safety-15 = 15 : SAMU, pour une urgence médicale.
safety-115 = 115 : hébergement d'urgence, pour dormir à l'abri.
safety-119 = 119 : pour les enfants et les jeunes jusqu'à 21 ans.
safety-3919 = 3919 : écoute pour les femmes face aux violences. Ce n'est pas un numéro d'urgence.
safety-3018 = 3018 : harcèlement en ligne, chantage avec des photos, retrait d'images.

safety-choice-leave = Partir, se protéger
