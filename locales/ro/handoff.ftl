# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = Cererea a fost trimisă la { $association }. Numărul cererii: { $ticket }.
handoff-sent-how = { $register ->
        [youth] O persoană din echipă îți va răspunde aici. Ce scrii de acum îi este transmis fără numele și numărul tău. Eu nu păstrez ce scrii; echipa păstrează ce primește.
       *[adult] O persoană din echipă vă va răspunde aici. Ce scrieți de acum îi este transmis fără numele și numărul dumneavoastră. Eu nu păstrez ce scrieți; echipa păstrează ce primește.
    }
handoff-sent-languages = { $register ->
        [youth] Echipa citește: { $languages }. Poți totuși să scrii în limba ta.
       *[adult] Echipa citește: { $languages }. Puteți totuși să scrieți în limba dumneavoastră.
    }
handoff-sent-stop = { $register ->
        [youth] Ca să oprești oricând: /stop. Ca să ștergi tot: /exit. În caz de pericol: 17 sau 112.
       *[adult] Ca să opriți oricând: /stop. Ca să ștergeți tot: /exit. În caz de pericol: 17 sau 112.
    }
handoff-sent-regional = { $register ->
        [youth] { $association } nu poate primi cereri prin acest serviciu acum: cererea ta a plecat la { $desk }, o echipă care răspunde și pentru departamentul tău. Numărul cererii: { $ticket }.
       *[adult] { $association } nu poate primi cereri prin acest serviciu acum: cererea dumneavoastră a plecat la { $desk }, o echipă care răspunde și pentru departamentul dumneavoastră. Numărul cererii: { $ticket }.
    }
handoff-no-desk = { $association } nu primește încă cereri prin acest serviciu. Nu s-a trimis nimic.
handoff-no-association = { $register ->
        [youth] Nicio asociație nu primește cereri prin acest serviciu pentru departamentul tău. Nu s-a trimis nimic.
       *[adult] Nicio asociație nu primește cereri prin acest serviciu pentru departamentul dumneavoastră. Nu s-a trimis nimic.
    }
handoff-desk-closed = Echipa de la { $association } nu este disponibilă acum. Nu s-a trimis nimic.
handoff-desk-failed = Cererea nu a putut pleca: serviciul folosit de { $association } nu răspunde acum. Nu s-a trimis nimic.
handoff-emergency = { $minor ->
        [yes] În caz de pericol: 17 sau 112 (114 prin SMS). 119, zi și noapte. 3018 pentru hărțuirea online.
       *[no] În caz de pericol: 17 sau 112 (114 prin SMS). Sub 21 de ani: 119. Violență: 3919.
    }
handoff-not-sent = { $register ->
        [youth] Cererea ta nu a fost trimisă: nimic nu a plecat către asociație.
       *[adult] Cererea dumneavoastră nu a fost trimisă: nimic nu a plecat către asociație.
    }
handoff-offer-urgent = { $register ->
        [youth] Vrei totuși să trimiți mesajul către asociație, marcat ca urgent? Este posibil să nu răspundă imediat: dacă ești în pericol acum, sună la 17 sau 112.
       *[adult] Vreți totuși să trimiteți mesajul către asociație, marcat ca urgent? Este posibil să nu răspundă imediat: dacă sunteți în pericol acum, sunați la 17 sau 112.
    }
handoff-send-urgent = Trimite mesajul meu ca urgent
handoff-held-gone = { $register ->
        [youth] Nu mai păstrez acel mesaj. Ca să scrii asociației, reia cererea din meniu.
       *[adult] Nu mai păstrez acel mesaj. Ca să scrieți asociației, reluați cererea din meniu.
    }
urgency-danger = Urgent: mesajul vorbește despre un pericol

# A staff reply and the notices below reach the person unasked, after their last message: a
# watched phone's lock screen shows their first line. It stays as neutral as the bot's first
# line (no association name, nothing about violence, prostitution, the police or a danger);
# such details come on a later line (DESIGN.md S6). The operator may replace
# relay-staff-prefix ([handoff] reply_prefix in the config file).
relay-staff-prefix = Răspuns:
relay-staff = { $prefix } { $text }
relay-closed = { $register ->
        [youth] Echipa a încheiat conversația. Poți reveni oricând vrei: scrie un mesaj ca să începi din nou.
       *[adult] Echipa a încheiat conversația. Puteți reveni oricând vreți: scrieți un mesaj ca să începeți din nou.
    }
relay-transferred = { $register ->
        [youth]
            Cererea ta trece la o altă echipă, care te poate ajuta mai bine. O persoană din această echipă îți va răspunde aici.
            Este vorba de { $association }.
       *[adult]
            Cererea dumneavoastră trece la o altă echipă, care vă poate ajuta mai bine. O persoană din această echipă vă va răspunde aici.
            Este vorba de { $association }.
    }
relay-no-answer = { $register ->
        [youth] Cererea ta nu a primit încă un răspuns. Până atunci, iată și alte posibilități:
       *[adult] Cererea dumneavoastră nu a primit încă un răspuns. Până atunci, iată și alte posibilități:
    }
relay-still-open = { $register ->
        [youth] Cererea rămâne deschisă: dacă cineva răspunde, vei vedea aici. Ca să o anulezi: /stop.
       *[adult] Cererea rămâne deschisă: dacă cineva răspunde, veți vedea aici. Ca să o anulați: /stop.
    }
relay-undelivered = { $register ->
        [youth] Mesajul nu a putut fi transmis acum. Încearcă din nou peste puțin timp. În caz de pericol: 17 sau 112.
       *[adult] Mesajul nu a putut fi transmis acum. Încercați din nou peste puțin timp. În caz de pericol: 17 sau 112.
    }
relay-gone = { $register ->
        [youth] Această conversație s-a încheiat. Scrie un mesaj ca să începi din nou.
       *[adult] Această conversație s-a încheiat. Scrieți un mesaj ca să începeți din nou.
    }
relay-reminder = { $register ->
        [youth] Ești în legătură cu { $association }: scrie mesajul aici. Ca să oprești: /stop.
       *[adult] Sunteți în legătură cu { $association }: scrieți mesajul aici. Ca să opriți: /stop.
    }
relay-danger-passed = { $register ->
        [youth] Mesajul tău a fost transmis și către { $association }.
       *[adult] Mesajul dumneavoastră a fost transmis și către { $association }.
    }
relay-stopped = { $register ->
        [youth] S-a oprit, iar echipa de la { $association } a fost anunțată. Nu îți păstrez mesajele; echipa le păstrează pe cele primite.
       *[adult] S-a oprit, iar echipa de la { $association } a fost anunțată. Nu vă păstrez mesajele; echipa le păstrează pe cele primite.
    }

input-text-too-long = { $register ->
        [youth] Mesajul este cam lung: cel mult { $max } de caractere, te rog.
       *[adult] Mesajul este cam lung: cel mult { $max } de caractere, vă rog.
    }

## The desk's side (staff of the association)

desk-ticket =
    Cerere nouă { $ticket }
    Limba: { $lang }
    Nevoi: { $needs }
    Departament: { $dept }
    Răspuns dorit: { $urgency }
desk-ticket-transferred = Cerere transmisă de { $association }.
desk-ticket-regional = Cerere pentru { $association }, care nu o poate primi prin acest serviciu acum: ajunge la echipa dumneavoastră, care acoperă acest departament. Răspundeți aici sau transmiteți-o unei asociații (/transfer).
desk-ticket-regional-none = Nicio asociație din registru nu poate primi această cerere prin acest serviciu: ajunge la echipa dumneavoastră, care acoperă acest departament.
desk-ticket-unread-language = Persoana scrie în { $lang }, o limbă pe care această echipă nu o citește. Cereți ajutorul unui coleg sau al unei colege ori al unui interpret al asociației, sau transmiteți cererea unei echipe care citește această limbă (/transfer). Nu copiați mesajele persoanei într-un serviciu de traducere online: ar ajunge în afara asociației.
desk-ticket-message = Mesajul persoanei: „{ $text }”
desk-lock-screen = Începutul fiecărui răspuns poate apărea pe ecranul de blocare al persoanei, unde altcineva îl poate vedea: nu începeți cu numele asociației sau cu subiectul cererii.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] Persoana a oprit conversația. Nu i se mai transmite nimic.
desk-person-left = [{ $ticket }] Persoana a folosit ieșirea rapidă: poate telefonul ei nu este sigur. Nu i se mai transmite nimic.
desk-closed = [{ $ticket }] Conversație încheiată. Persoana a fost anunțată.
desk-transferred = [{ $ticket }] Cerere transmisă către { $association }. Persoana a fost anunțată.
desk-transfer-unknown = Nu există nicio echipă pentru „{ $association }”. Scrieți /transfer urmat de identificatorul altei asociații (de exemplu /transfer cidff-16).
desk-no-answer = [{ $ticket }] Niciun răspuns după { $minutes } min: persoana a primit alte contacte (datele de contact verificate ale asociației sau, în lipsa lor, linii naționale) și numerele de urgență. Îi puteți răspunde în continuare aici.
desk-expired = [{ $ticket }] Cerere închisă după { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } fără niciun mesaj.
desk-undelivered = [{ $ticket }] Acest mesaj nu a putut fi transmis persoanei.
desk-ended = Această cerere s-a încheiat sau acest mesaj nu este o cerere: nu s-a transmis nimic.
desk-usage = Ca să răspundeți, răspundeți la acest mesaj (Telegram) sau în firul lui (Matrix). /close încheie conversația; /transfer urmat de identificatorul unei asociații (de exemplu /transfer cidff-16) transmite cererea acelei asociații. Pe Matrix, scrieți !close și !transfer.
