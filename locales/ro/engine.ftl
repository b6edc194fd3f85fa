# Messages used by the engine itself (see flows/README.md, "Engine messages").
# Adults: polite plural verb forms ("puteți", "vă"), without the heavy "dumneavoastră".

# The one line asking to pick a language, shown with the language menu.
lang-prompt = { $register ->
        [youth] Alege limba.
       *[adult] Alegeți limba.
    }

help =
    Comenzi:
    /start: începem din nou
    /help: acest ajutor
    /lang: schimbăm limba
    /exit: șterg tot, repede
    /forget: șterg ce păstrez, apoi începem din nou
    /stop: oprim conversația
    Cuvântul „umbrelă” șterge tot, ca /exit.

# Followed by the current choices, shown again by the engine.
not-understood = { $register ->
        [youth] Scuze, nu am înțeles. Poți alege mai jos.
       *[adult] Scuze, nu am înțeles. Puteți alege mai jos.
    }
not-understood-plain = Scuze, nu am înțeles.

end-hint = { $register ->
        [youth] Scrie orice mesaj ca să începi din nou.
       *[adult] Scrieți orice mesaj ca să începeți din nou.
    }

choice-yes = Da
choice-no = Nu

input-text-empty = { $register ->
        [youth] Mesajul este gol. Scrie câteva cuvinte.
       *[adult] Mesajul este gol. Scrieți câteva cuvinte.
    }
input-number-invalid = { $register ->
        [youth] Scrie un număr între { $min } și { $max }, în cifre.
       *[adult] Scrieți un număr între { $min } și { $max }, în cifre.
    }
input-place-invalid = { $register ->
        [youth] Nu am găsit acest loc. Scrie numărul unui departament (de exemplu 33), un cod poștal sau numele unui oraș apropiat.
       *[adult] Nu am găsit acest loc. Scrieți numărul unui departament (de exemplu 33), un cod poștal sau numele unui oraș apropiat.
    }
place-outside-region = Departamentul { $dept } nu este în Nouvelle-Aquitaine. Numerele naționale funcționează peste tot în Franța.
place-location-outside = Acest loc nu este în Nouvelle-Aquitaine. Numerele naționale funcționează peste tot în Franța.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = { $register ->
        [youth] Aici pot citi doar text. Nu păstrez și nu transmit mai departe ce ai trimis.
       *[adult] Aici pot citi doar text. Nu păstrez și nu transmit mai departe ce ați trimis.
    }
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = { $register ->
        [youth] Aici pot citi doar text. Nu păstrez imaginile. Nu trimite poze în care apari.
       *[adult] Aici pot citi doar text. Nu păstrez imaginile. Nu trimiteți poze în care apăreți.
    }

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] { $register ->
            [youth] Gata. Șterge și această conversație din listă.
           *[adult] Gata. Ștergeți și această conversație din listă.
        }
       *[other] Gata.
    }
forget-done = { $register ->
        [youth] Am șters ce păstram din conversația noastră. Poți începe din nou oricând vrei.
       *[adult] Am șters ce păstram din conversația noastră. Puteți începe din nou oricând vreți.
    }
stop-done = { $register ->
        [youth] Conversația s-a oprit. Scrie oricând vrei ca să continuăm.
       *[adult] Conversația s-a oprit. Scrieți oricând vreți ca să continuăm.
    }

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Telefon: { $phone }
contact-card-website = Site: { $url }
contact-card-email = E-mail: { $email }
contact-card-hours = Program: { $hours }
contact-card-to-complete = { $minor ->
        [yes] Datele de contact ale acestei asociații sunt încă în curs de verificare. Până atunci, gratuit: 119, zi și noapte; 3018 pentru hărțuire online; Fil Santé Jeunes, 0 800 235 236; în pericol: 17 sau 112.
       *[no] Datele de contact ale acestei asociații sunt încă în curs de verificare. Până atunci: 17 sau 112 în caz de pericol, 115 pentru cazare de urgență.
    }
contact-card-helps = Poate ajuta cu: { $needs }
contact-card-national = { $minor ->
        [yes] Nu cunosc o asociație lângă acest loc. Numerele pentru tineri, gratuite: 119 (zi și noapte, până la 21 de ani), 3018 (hărțuire online), Fil Santé Jeunes 0 800 235 236 (12–25 de ani). În pericol: 17 sau 112, 114 prin SMS.
       *[no] Nu cunosc o asociație autorizată lângă acest loc. Numerele naționale, gratuite: 17 sau 112 în caz de pericol, 114 prin SMS, 115 pentru cazare de urgență, 3919 pentru violența împotriva femeilor, 119 pentru tinerii sub 21 de ani.
    }
contact-card-none = { $minor ->
        [yes] Încă nu cunosc o asociație pentru { $dept_name }. Numerele pentru tineri, gratuite: 119 (zi și noapte, până la 21 de ani), 3018 (hărțuire online), Fil Santé Jeunes 0 800 235 236 (12–25 de ani). În pericol: 17 sau 112.
       *[no] Încă nu cunosc o asociație pentru { $dept_name }. Numerele naționale rămân aici: 17 sau 112 în caz de pericol, 115 pentru cazare de urgență, 3919 pentru violența împotriva femeilor.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Trimite locația mea
