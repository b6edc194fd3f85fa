# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
# minors. $audience is youth, student or adult (young people are addressed informally).

poster-title = { $audience ->
        [adult] Parler à quelqu'un, sans jugement
       *[other] Une question ? On en parle, sans jugement
    }
poster-what = { $audience ->
        [youth] Argent, photos, relations, internet : des infos claires et des contacts près de chez toi.
        [student] Argent, photos, relations, internet : des infos claires, les aides étudiantes et des contacts près de chez toi.
       *[adult] Droits, logement, santé, papiers : des infos claires et une association près de chez vous.
    }
poster-free = { $audience ->
        [adult] Gratuit et anonyme. Pas besoin de donner votre nom ni de créer un compte.
       *[other] Gratuit et anonyme. Pas besoin de donner ton nom ni de créer un compte.
    }
poster-scan = { $audience ->
        [adult] Scannez le code ou ouvrez le lien :
       *[other] Scanne le code ou ouvre le lien :
    }
poster-minors = Moins de 18 ans : 119 (enfance en danger) et 3018 (harcèlement en ligne), gratuits.
