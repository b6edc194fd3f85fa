# flows/talk.toml

talk-ask-need = { $register ->
        [youth] Despre ce vrei să vorbești? Așa găsim asociația potrivită.
       *[adult] Despre ce vreți să vorbiți? Așa găsim asociația potrivită.
    }
need-housing = Locuință
need-papers = Acte
need-health = Sănătate
need-money = Bani
need-children = Copii
need-legal = Drepturi, justiție
need-talk = Doar o discuție
need-safety = Siguranță

talk-ask-where = { $register ->
        [youth] În ce departament sau oraș ești? Scrie numărul departamentului (de exemplu 33), un cod poștal sau numele orașului. Nu e nevoie de adresă.
       *[adult] În ce departament sau oraș sunteți? Scrieți numărul departamentului (de exemplu 33), un cod poștal sau numele orașului. Nu e nevoie de adresă.
    }
talk-found = Departamentul ales: { $dept_name }.

talk-ask-urgency = { $register ->
        [youth] Când ai vrea să primești un răspuns?
       *[adult] Când ați vrea să primiți un răspuns?
    }
urgency-today = Azi, dacă se poate
urgency-soon = În următoarele zile
urgency-later = Nu e grabă

talk-consent-offer = Pot trimite o cerere anonimă acestei asociații sau unei echipe care răspunde pentru ea. Răspunsul vine aici, poate mai târziu.
talk-consent-shared = { $register ->
        [youth] Echipa va primi limba, ce ai ales, departamentul și când ai vrea un răspuns, dar nu numele, numărul sau contul tău.
       *[adult] Echipa va primi limba, ce ați ales, departamentul și când ați vrea un răspuns, dar nu numele, numărul sau contul dumneavoastră.
    }
talk-consent-limit-text = { $register ->
        [youth] Echipa va citi și ce scrii: nu scrie numele sau adresa.
       *[adult] Echipa va citi și ce scrieți: nu scrieți numele sau adresa.
    }
talk-consent-limit-danger = Echipa păstrează secretul, dar dacă un copil sau o persoană este în mare pericol, poate anunța serviciile de urgență.
talk-consent-previews = { $channel ->
        [telegram] { $register ->
            [youth] Ca să ascunzi mesajele pe ecranul de blocare: în Telegram, Setări > Notificări și sunete, dezactivează „Previzualizare mesaj”.
           *[adult] Ca să ascundeți mesajele pe ecranul de blocare: în Telegram, Setări > Notificări și sunete, dezactivați „Previzualizare mesaj”.
        }
       *[other] { $register ->
            [youth] Ca să ascunzi mesajele pe ecranul de blocare: Setări > Notificări > ascunde conținutul (sau previzualizări: niciodată).
           *[adult] Ca să ascundeți mesajele pe ecranul de blocare: Setări > Notificări > ascundeți conținutul (sau previzualizări: niciodată).
        }
    }
talk-consent-ask = { $register ->
        [youth] Vrei să trimit această cerere?
       *[adult] Vreți să trimit această cerere?
    }

talk-declined = { $register ->
        [youth] Bine, nu se trimite nimic. Poți reveni oricând vrei.
       *[adult] Bine, nu se trimite nimic. Puteți reveni oricând vreți.
    }

talk-ask-message = { $register ->
        [youth] Poți adăuga un mesaj scurt pentru echipă, fără nume sau număr. Îl transmit echipei fără să îl păstrez.
       *[adult] Puteți adăuga un mesaj scurt pentru echipă, fără nume sau număr. Îl transmit echipei fără să îl păstrez.
    }
choice-no-message = { $register ->
        [youth] Trimite fără mesaj
       *[adult] Trimiteți fără mesaj
    }
