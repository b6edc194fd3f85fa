# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
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
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] Gratuit. Le service ne demande ni votre nom ni votre numéro. Il faut un compte Matrix (par exemple avec l'application Element).
           *[other] Gratuit. Le service ne demande ni ton nom ni ton numéro. Il faut un compte Matrix (par exemple avec l'application Element).
        }
       *[telegram] { $audience ->
            [adult] Gratuit. Le service ne demande ni votre nom ni votre numéro. Il faut l'application Telegram.
           *[other] Gratuit. Le service ne demande ni ton nom ni ton numéro. Il faut l'application Telegram.
        }
    }
poster-scan = { $audience ->
        [adult] Scannez le code ou ouvrez le lien :
       *[other] Scanne le code ou ouvre le lien :
    }
poster-minors = Moins de 18 ans : 119 (enfance en danger) et 3018 (harcèlement en ligne), gratuits.
