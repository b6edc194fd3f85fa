# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = { $register ->
        [youth] Tu peux la contacter directement :
       *[adult] Vous pouvez la contacter directement :
    }
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $register ->
        [youth] { $association } : ses coordonnées sont encore en cours de vérification, je ne te les donnerai qu'une fois confirmées.
       *[adult] { $association } : ses coordonnées sont encore en cours de vérification, je ne vous les donnerai qu'une fois confirmées.
    }
fallback-lines = { $register ->
        [youth] Ces lignes nationales peuvent t'aider dès maintenant :
       *[adult] Ces lignes nationales peuvent vous aider dès maintenant :
    }
line-115 = 115 : hébergement d'urgence, pour dormir à l'abri. Gratuit, jour et nuit.
line-116006 = { $register ->
        [youth] 116 006 : si quelqu'un t'a fait du mal (coups, menaces, vol…), pour tout le monde. Gratuit, tous les jours de 9 h à 19 h.
       *[adult] 116 006 : si quelqu'un vous a fait du mal (coups, menaces, vol…), pour tout le monde. Gratuit, tous les jours de 9 h à 19 h.
    }
line-3919 = 3919 : écoute pour les femmes face aux violences, dans le couple ou ailleurs. Gratuit et anonyme, jour et nuit ; l'appel n'apparaît pas sur la facture.
line-119 = { $register ->
        [youth] 119 : pour les enfants et les jeunes jusqu'à 21 ans ; tu peux juste parler. Gratuit, jour et nuit ; l'appel n'apparaît pas sur la facture.
       *[adult] 119 : pour les enfants et les jeunes jusqu'à 21 ans, ou un adulte inquiet pour eux. Gratuit, jour et nuit ; l'appel n'apparaît pas sur la facture.
    }
line-3018 = 3018 : harcèlement en ligne, chantage avec des photos, retrait d'images. Gratuit et anonyme.
line-fsj = Fil Santé Jeunes, 0 800 235 236 : santé, amour, sexualité, moral, pour les 12–25 ans. Gratuit et anonyme.
line-danger = { $register ->
        [youth] En danger maintenant : 17 ou 112. Si tu ne peux pas parler : SMS au 114.
       *[adult] En danger maintenant : 17 ou 112. Si vous ne pouvez pas parler : SMS au 114.
    }
