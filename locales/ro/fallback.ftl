# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = { $register ->
        [youth] Poți contacta direct asociația:
       *[adult] Puteți contacta direct asociația:
    }
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $register ->
        [youth] { $association }: datele de contact ale asociației sunt încă în curs de verificare; ți le dau doar după ce sunt confirmate.
       *[adult] { $association }: datele de contact ale asociației sunt încă în curs de verificare; vi le dau doar după ce sunt confirmate.
    }
fallback-lines = { $register ->
        [youth] Aceste linii naționale te pot ajuta chiar acum:
       *[adult] Aceste linii naționale vă pot ajuta chiar acum:
    }
line-115 = { $register ->
        [youth] 115: cazare de urgență, ca să dormi la adăpost. Gratuit, zi și noapte.
       *[adult] 115: cazare de urgență, ca să dormiți la adăpost. Gratuit, zi și noapte.
    }
line-116006 = { $register ->
        [youth] 116 006: dacă cineva ți-a făcut rău (lovituri, amenințări, furt…), pentru toată lumea. Gratuit, în fiecare zi, între orele 9 și 19.
       *[adult] 116 006: dacă cineva v-a făcut rău (lovituri, amenințări, furt…), pentru toată lumea. Gratuit, în fiecare zi, între orele 9 și 19.
    }
line-3919 = 3919: femeile care trec prin violențe, în cuplu sau în altă parte, pot vorbi cu cineva. Gratuit și anonim, zi și noapte; apelul nu apare pe factura de telefon.
line-119 = { $register ->
        [youth] 119: pentru copii și tineri până la 21 de ani; poți doar să vorbești. Gratuit, zi și noapte; apelul nu apare pe factura de telefon.
       *[adult] 119: pentru copii și tineri până la 21 de ani, sau un adult îngrijorat pentru ei. Gratuit, zi și noapte; apelul nu apare pe factura de telefon.
    }
line-3018 = 3018: hărțuire pe internet, șantaj cu poze, ștergerea imaginilor. Gratuit și anonim.
line-fsj = Fil Santé Jeunes, 0 800 235 236: sănătate, dragoste, sexualitate, moral, pentru tinerii de 12–25 de ani. Gratuit și anonim.
line-danger = { $register ->
        [youth] În pericol acum: 17 sau 112. Dacă nu poți vorbi: SMS la 114.
       *[adult] În pericol acum: 17 sau 112. Dacă nu puteți vorbi: SMS la 114.
    }
