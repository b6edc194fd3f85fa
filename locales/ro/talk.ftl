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

talk-consent-offer = Pot pregăti și o cerere anonimă pentru această asociație.
talk-consent-shared = Ce se trimite: limba, ce ați ales aici, departamentul.
talk-consent-not-shared = Ce nu se trimite: nici nume, nici număr de telefon, nici cont.
talk-consent-limit-text = Echipa va citi tot ce scrieți aici. Nu scrieți numele sau adresa.
talk-consent-limit-danger = Echipa păstrează secretul. Dar dacă un copil sau o persoană este în mare pericol, ea poate anunța serviciile de urgență.
talk-consent-ask = Vreți să pregătesc această cerere?

talk-declined = Bine, nu se trimite nimic. Puteți reveni oricând vreți.

talk-ask-message = Puteți adăuga un mesaj scurt pentru echipă, fără nume sau număr. Dacă nu, scrieți „ok”.

talk-sent = Cererea este gata, dar acest serviciu nu o poate trimite încă singur. Contactați asociația cu datele de mai sus.
talk-sent-stop = Ca să opriți oricând: /stop. În caz de pericol: 17 sau 112.
