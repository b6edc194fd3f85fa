# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Bună ziua, bine ați venit.
welcome-phone-safety = Se poate uita altcineva în acest telefon? Ca să ștergeți tot repede, scrieți /exit sau cuvântul „umbrelă”.
welcome-menu = { $register ->
        [youth] Ce vrei să faci? Atinge o opțiune sau scrie numărul ei.
       *[adult] Ce vreți să faceți? Atingeți o opțiune sau scrieți numărul ei.
    }

welcome-phone-kept = Nu vă păstrez nici numele, nici numărul.
welcome-phone-visible = Conversația rămâne vizibilă în aplicație, până când este ștearsă.
welcome-phone-exit = { $channel ->
        [telegram] /exit sau „umbrelă” șterge mesajele noastre din ultimele 48 de ore: Telegram nu permite ștergerea celor mai vechi. Apoi ștergeți conversația din listă.
        [matrix] /exit sau „umbrelă” șterge mesajele dumneavoastră și pe ale mele, apoi ies din conversație. După aceea, ștergeți-o din listă.
        [matrix-no-redact] /exit sau „umbrelă” șterge mesajele mele, apoi ies din conversație. Aici nu pot șterge mesajele dumneavoastră: ștergeți conversația din listă.
       *[other] /exit sau „umbrelă” șterge tot, dacă aplicația permite asta.
    }
welcome-phone-forget = /forget șterge ce păstrez, apoi începem din nou.
welcome-phone-notifications = Puteți opri și previzualizarea notificărilor din setările telefonului.
welcome-choice-erase = { $register ->
        [youth] Șterge tot acum
       *[adult] Ștergeți tot acum
    }
