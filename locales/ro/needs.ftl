# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = Despre ce vreți să aflați?
needs-choice-pathway = Programul de ieșire
needs-choice-papers = Acte și drepturi
needs-choice-safety = Plecare, protecție
needs-choice-other = Alt subiect
needs-choice-oath = Un jurământ, un ritual (juju)
needs-choice-legal-help = Cine mă poate ajuta cu drepturile mele?

needs-housing-115 = 115: gratuit, zi și noapte, ca să căutați o cazare de urgență. Adesea nu mai sunt locuri: puteți suna din nou sau puteți cere ajutorul unei asociații.
needs-housing-siao = În fiecare departament, un serviciu (SIAO) împarte locurile de cazare și locuințele. O asociație sau o asistentă socială vă ajută să faceți cererea.
needs-housing-association = Asociațiile autorizate cunosc căminele și centrele de cazare din departamentul lor. În programul de ieșire, locuința este un pas important.
needs-housing-children = Dacă aveți copii, spuneți asta la 115: ei caută un loc pentru toată familia.

needs-papers-cidff = Centrele CIDFF (centre de informare despre drepturile femeilor și ale familiilor) există în multe departamente. Juriștii de acolo vă explică gratuit ce drepturi aveți.
needs-papers-without = Fără acte, aveți totuși dreptul la îngrijire medicală și la cazare de urgență.
needs-papers-permit = În programul de ieșire, puteți cere un permis de ședere de 6 luni. Nu este automat: chiar dacă comisia acceptă, decide prefectul (reprezentantul statului). Unele comisii refuză persoanele care cer azil sau care au o OQTF (un ordin de a părăsi Franța).
needs-papers-eu = Sunteți cetățean sau cetățeană a unei țări din Uniunea Europeană (România, Bulgaria…)? Nu aveți nevoie de permis de ședere.
needs-papers-passport = Nimeni nu are dreptul să vă țină pașaportul sau actele. Este interzis.
needs-papers-lawyer = O asociație sau un avocat vă poate ajuta cu pașii de la prefectură (serviciul statului pentru permisele de ședere) sau cu o cerere de azil.

needs-health-pass = PASS, un serviciu de îngrijire la spital: îngrijire și medicamente, chiar fără acte și fără carte Vitale (cardul de asigurări de sănătate).
needs-health-cegidd = CeGIDD, un centru de testare: HIV, hepatite și alte infecții, gratuit și anonim. Tot acolo: contracepție și un tratament care protejează de HIV (PrEP).
needs-health-ame = Fără acte, după 3 luni în Franța, AME (ajutorul medical de stat) vă poate plăti îngrijirile medicale.
needs-health-secret = Legea îi obligă pe medici și pe asistente să păstreze secretul medical. Ei pot anunța serviciile de urgență doar în cazuri rare, de exemplu dacă un copil sau o persoană este în mare pericol.

needs-safety-leave = Se poate pleca dintr-o rețea. O asociație autorizată cunoaște pașii și vă ajută să pregătiți plecarea, cât mai în siguranță.
needs-safety-debt = O datorie pentru drum sau pentru locuință nu dă nimănui dreptul să vă oblige la nimic.
needs-safety-acse = Dacă e periculos să rămâneți în regiune, un program național (Ac.Sé) vă poate primi departe, într-un loc protejat. Cererea o face o asociație sau poliția.
needs-safety-plan = Dacă puteți, păstrați undeva un număr de încredere și o copie a actelor.

needs-money-afis = În programul de ieșire, Afis este un ajutor în bani, în fiecare lună, dacă nu aveți dreptul la niciun alt ajutor.
needs-money-ccas = CCAS de la primărie poate da un ajutor de urgență: bani, pachete cu mâncare, bilete de transport.
needs-money-bank = Aveți dreptul să deschideți un cont în bancă. Dacă o bancă refuză, Banque de France poate numi alta.
needs-money-help = O asociație vă ajută să completați dosarele.

needs-children-school = În Franța, școala este un drept pentru fiecare copil, cu sau fără acte.
needs-children-pmi = PMI urmărește gratuit sănătatea copiilor sub 6 ani: consultații și vaccinuri.
needs-children-care = Programul nu prevede pe cineva care să aibă grijă de copii. Asociația vă ajută să găsiți soluții: creșă (îngrijire pentru copiii mici), bonă, rude sau prieteni.
needs-children-afis = Afis crește cu numărul de copii pe care îi aveți în grijă.
needs-children-119 = Un copil e în pericol? 119 răspunde zi și noapte, gratuit.

# The oath ("juju") the report describes (Section 2, Fiche 2): short, respectful, no judgement on beliefs.
needs-oath-known = Un jurământ sau un ritual făcut înainte de drum („juju”) poate speria foarte tare. Frica aceasta este reală. Asociațiile o cunosc.
needs-oath-debt = Un jurământ sau o datorie nu dă nimănui dreptul să vă oblige la nimic.
needs-oath-talk = Puteți vorbi despre asta cu o asociație. Ea vă ascultă fără să vă judece credințele și caută împreună cu dumneavoastră cum să vă protejați.
