# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = { $register ->
        [youth] În pericol acum: sună la 17 sau 112. Dacă nu poți vorbi, trimite un SMS la 114.
       *[adult] În pericol acum: sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
    }
safety-now-free = Aceste numere sunt gratuite, zi și noapte.
safety-17 = { $register ->
        [youth] 17: poliția sau jandarmeria, dacă cineva te amenință sau te lovește.
       *[adult] 17: poliția sau jandarmeria, dacă cineva vă amenință sau vă lovește.
    }
safety-112 = 112: urgențe, de pe orice telefon, oriunde în Europa.
# $number: the SMS emergency number (114)
safety-sms = { $register ->
        [youth] { $number }: prin SMS, dacă nu poți vorbi sau auzi.
       *[adult] { $number }: prin SMS, dacă nu puteți vorbi sau auzi.
    }
safety-15 = 15: SAMU (ambulanța), pentru o urgență medicală.
safety-115 = { $register ->
        [youth] 115: cazare de urgență, ca să dormi la adăpost.
       *[adult] 115: cazare de urgență, ca să dormiți la adăpost.
    }
safety-119 = 119: pentru copii și tineri până la 21 de ani.
safety-3919 = 3919: femeile care trec prin violențe pot vorbi cu cineva. Nu este un număr de urgență.
safety-116006 = { $register ->
        [youth] 116 006: dacă cineva ți-a făcut rău (lovituri, amenințări, furt…), pentru toată lumea: fete, băieți, persoane trans. În fiecare zi, între orele 9 și 19.
       *[adult] 116 006: dacă cineva v-a făcut rău (lovituri, amenințări, furt…), pentru toată lumea: femei, bărbați, persoane trans. În fiecare zi, între orele 9 și 19.
    }
safety-3018 = 3018: hărțuire pe internet, șantaj cu poze, ștergerea imaginilor.
safety-more-hours = 115, 119 și 3919 răspund zi și noapte. Apelurile la 119 și la 3919 nu apar pe factura de telefon.

safety-choice-leave = Plecare, protecție
safety-choice-more = Alte numere: cazare, violențe, copii, internet
