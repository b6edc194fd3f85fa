# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
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
poster-free = { $audience ->
        [adult] Gratuit și anonim. Nu e nevoie să vă spuneți numele sau să creați un cont.
       *[other] Gratuit și anonim. Nu e nevoie să-ți spui numele sau să creezi un cont.
    }
poster-scan = { $audience ->
        [adult] Scanați codul sau deschideți linkul:
       *[other] Scanează codul sau deschide linkul:
    }
poster-minors = Sub 18 ani: 119 (copii în pericol) și 3018 (hărțuire online), gratuit.
