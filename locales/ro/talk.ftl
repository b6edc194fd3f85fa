# flows/talk.toml

talk-ask-need = Despre ce vreți să vorbiți? Așa găsim asociația potrivită.
need-housing = Locuință
need-papers = Acte
need-health = Sănătate
need-money = Bani
need-children = Copii
need-legal = Drepturi, justiție
need-talk = Doar o discuție
need-safety = Siguranță

talk-ask-where = În ce departament sau oraș sunteți? Scrieți numărul departamentului (de exemplu 33), un cod poștal sau numele orașului. Nu e nevoie de adresă.
talk-found = Departamentul ales: { $dept_name }.

talk-ask-urgency = Când ați vrea să primiți un răspuns?
urgency-today = Azi, dacă se poate
urgency-soon = În următoarele zile
urgency-later = Nu e grabă

talk-consent-offer = Pot trimite o cerere anonimă acestei asociații. O persoană din echipă vă va putea răspunde aici, în această conversație.
talk-consent-shared = Ce se trimite: limba, ce ați ales aici, departamentul și când ați vrea un răspuns.
talk-consent-not-shared = Ce nu se trimite: nici nume, nici număr de telefon, nici cont. Echipa vede doar un număr de cerere.
talk-consent-limit-text = Echipa va citi tot ce scrieți aici. Nu scrieți numele sau adresa.
talk-consent-limit-danger = Echipa păstrează secretul. Dar dacă un copil sau o persoană este în mare pericol, ea poate anunța serviciile de urgență.
talk-consent-ask = Vreți să trimit această cerere?

talk-declined = Bine, nu se trimite nimic. Puteți reveni oricând vreți.

talk-ask-message = Puteți adăuga un mesaj scurt pentru echipă, fără nume sau număr. Îl transmit echipei fără să îl păstrez.
choice-no-message = Trimiteți fără mesaj
