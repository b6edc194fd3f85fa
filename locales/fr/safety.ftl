# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = { $register ->
        [youth] En danger maintenant : appelle le 17 ou le 112. Si tu ne peux pas parler, envoie un SMS au 114.
       *[adult] En danger maintenant : appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
    }
safety-now-free = Ces numéros sont gratuits, jour et nuit.
safety-17 = { $register ->
        [youth] 17 : police ou gendarmerie, si quelqu'un te menace ou te frappe.
       *[adult] 17 : police ou gendarmerie, si quelqu'un vous menace ou vous frappe.
    }
safety-112 = 112 : urgences, depuis tout téléphone, partout en Europe.
# $number: the SMS emergency number (114)
safety-sms = { $register ->
        [youth] { $number } : par SMS, si tu ne peux pas parler ou entendre.
       *[adult] { $number } : par SMS, si vous ne pouvez pas parler ou entendre.
    }
safety-15 = 15 : SAMU, pour une urgence médicale.
safety-115 = 115 : hébergement d'urgence, pour dormir à l'abri.
safety-119 = 119 : pour les enfants et les jeunes jusqu'à 21 ans.
safety-3919 = 3919 : écoute pour les femmes face aux violences. Ce n'est pas un numéro d'urgence.
safety-116006 = { $register ->
        [youth] 116 006 : si quelqu'un t'a fait du mal (coups, menaces, vol…), pour tout le monde : filles, garçons, personnes trans. Tous les jours, de 9 h à 19 h.
       *[adult] 116 006 : si quelqu'un vous a fait du mal (coups, menaces, vol…), pour tout le monde : femmes, hommes, personnes trans. Tous les jours, de 9 h à 19 h.
    }
safety-3018 = 3018 : harcèlement en ligne, chantage avec des photos, retrait d'images.
safety-more-hours = Le 115, le 119 et le 3919 répondent jour et nuit. Les appels au 119 et au 3919 n'apparaissent pas sur la facture de téléphone.

safety-choice-leave = Partir, se protéger
safety-choice-more = Autres numéros : dormir, violences, enfants, internet
