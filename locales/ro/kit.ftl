# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
# minors. $audience is youth, student or adult (young people get "tu", adults "dumneavoastră").

poster-title = { $audience ->
        [adult] Vorbiți cu cineva, fără judecăți
       *[other] O întrebare? Hai să vorbim, fără judecăți
    }
poster-what = { $audience ->
        [youth] Bani, poze, relații, internet: informații clare și contacte aproape de tine.
        [student] Bani, poze, relații, internet: informații clare, ajutoare pentru studenți și contacte aproape de tine.
       *[adult] Drepturi, locuință, sănătate, acte: informații clare și o asociație aproape de dumneavoastră.
    }
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] Gratuit. Serviciul nu vă cere nici numele, nici numărul. E nevoie de un cont Matrix (de exemplu, cu aplicația Element).
           *[other] Gratuit. Serviciul nu îți cere nici numele, nici numărul. E nevoie de un cont Matrix (de exemplu, cu aplicația Element).
        }
       *[telegram] { $audience ->
            [adult] Gratuit. Serviciul nu vă cere nici numele, nici numărul. E nevoie de aplicația Telegram.
           *[other] Gratuit. Serviciul nu îți cere nici numele, nici numărul. E nevoie de aplicația Telegram.
        }
    }
poster-scan = { $audience ->
        [adult] Scanați codul sau deschideți linkul:
       *[other] Scanează codul sau deschide linkul:
    }
poster-minors = Sub 18 ani: 119 (copii în pericol) și 3018 (hărțuire online), gratuit.
