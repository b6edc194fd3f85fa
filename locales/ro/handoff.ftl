# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = Cererea a fost trimisă la { $association }. Numărul cererii: { $ticket }.
handoff-sent-how = O persoană din echipă vă va răspunde aici. Ce scrieți de acum îi este transmis fără numele și numărul dumneavoastră. Eu nu păstrez ce scrieți; echipa păstrează ce primește.
handoff-sent-languages = Echipa citește: { $languages }. Puteți totuși să scrieți în limba dumneavoastră.
handoff-sent-stop = Ca să opriți oricând: /stop. Ca să ștergeți tot: /exit. În caz de pericol: 17 sau 112.
handoff-no-desk = { $association } nu primește încă cereri prin acest serviciu. Nu s-a trimis nimic. Puteți contacta direct asociația:
handoff-no-association = Nicio asociație nu primește cereri prin acest serviciu pentru departamentul dumneavoastră. Nu s-a trimis nimic. Iată cine vă poate ajuta:
handoff-desk-closed = Echipa de la { $association } nu este disponibilă acum. Nu s-a trimis nimic. Puteți contacta asociația în programul ei:
handoff-desk-failed = Cererea nu a putut pleca: serviciul folosit de { $association } nu răspunde acum. Nu s-a trimis nimic. Puteți contacta direct asociația:
handoff-emergency = În caz de pericol: 17 sau 112 (114 prin SMS). Sub 21 de ani: 119. Violență: 3919.
handoff-not-sent = Cererea dumneavoastră nu a fost trimisă: nimic nu a plecat către asociație.
handoff-offer-urgent = Vreți totuși să trimiteți mesajul către asociație, marcat ca urgent? Este posibil să nu răspundă imediat: dacă sunteți în pericol acum, sunați la 17 sau 112.
handoff-send-urgent = Trimite mesajul meu ca urgent
handoff-held-gone = Nu mai păstrez acel mesaj. Ca să scrieți asociației, reluați cererea din meniu.
urgency-danger = Urgent: mesajul vorbește despre un pericol

relay-staff = { $association }: { $text }
relay-closed = { $association } a încheiat conversația. Puteți reveni oricând vreți: scrieți un mesaj ca să începeți din nou.
relay-transferred = Cererea dumneavoastră a trecut la { $association }, care vă poate ajuta mai bine. O persoană din această echipă vă va răspunde aici.
relay-no-answer = Nimeni de la { $association } nu a răspuns încă. Puteți contacta și direct asociația:
relay-still-open = Cererea rămâne deschisă: dacă cineva răspunde, veți vedea aici. Ca să o anulați: /stop.
relay-undelivered = Mesajul nu a putut fi transmis acum. Încercați din nou peste puțin timp. În caz de pericol: 17 sau 112.
relay-gone = Această conversație s-a încheiat. Scrieți un mesaj ca să începeți din nou.
relay-reminder = Sunteți în legătură cu { $association }: scrieți mesajul aici. Ca să opriți: /stop.
relay-danger-passed = Mesajul dumneavoastră a fost transmis și către { $association }.
relay-stopped = S-a oprit, iar echipa de la { $association } a fost anunțată. Nu vă păstrez mesajele; echipa le păstrează pe cele primite.

input-text-too-long = Mesajul este puțin lung: numărul maxim de caractere este { $max }, vă rog.

## The desk's side (staff of the association)

desk-ticket =
    Cerere nouă { $ticket }
    Limba: { $lang }
    Nevoi: { $needs }
    Departament: { $dept }
    Răspuns dorit: { $urgency }
desk-ticket-transferred = Cerere transmisă de { $association }.
desk-ticket-unread-language = Persoana scrie în { $lang }, o limbă pe care această echipă nu o citește: un instrument de traducere poate ajuta.
desk-ticket-message = Mesajul persoanei: „{ $text }”
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] Persoana a oprit conversația. Nu i se mai transmite nimic.
desk-person-left = [{ $ticket }] Persoana a folosit ieșirea rapidă: poate telefonul ei nu este sigur. Nu i se mai transmite nimic.
desk-closed = [{ $ticket }] Conversație încheiată. Persoana a fost anunțată.
desk-transferred = [{ $ticket }] Cerere transmisă către { $association }. Persoana a fost anunțată.
desk-transfer-unknown = Nu există nicio echipă pentru „{ $association }”. Scrieți /transfer urmat de identificatorul altei asociații (de exemplu /transfer cidff-16).
desk-no-answer = [{ $ticket }] Niciun răspuns după { $minutes } min: persoana a primit datele dumneavoastră de contact și numerele de urgență. Îi puteți răspunde în continuare aici.
desk-expired = [{ $ticket }] Cerere închisă după { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } fără niciun mesaj.
desk-undelivered = [{ $ticket }] Acest mesaj nu a putut fi transmis persoanei.
desk-ended = Această cerere s-a încheiat sau acest mesaj nu este o cerere: nu s-a transmis nimic.
desk-usage = Ca să răspundeți, răspundeți la acest mesaj (Telegram) sau în firul lui (Matrix). /close încheie conversația; /transfer urmat de identificatorul unei asociații (de exemplu /transfer cidff-16) transmite cererea acelei asociații. Pe Matrix, scrieți !close și !transfer.
