# flows/youth.toml — for young people and students, up to 25. Informal "tu", plain words a
# 12-year-old knows. $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17),
# young-adult (18–25).

youth-hello = Aici vorbim despre bani, poze, relații și internet. Fără judecăți.
youth-phone-safety = Se poate uita cineva în telefonul tău? Ca să ștergi tot repede, scrie /exit sau cuvântul „umbrelă”.
youth-ask-age = Ca să îți dau contactele potrivite, alege ce vârstă ai.
youth-choice-under-13 = Sub 13 ani
youth-choice-13-14 = 13–14 ani
youth-choice-15-17 = 15–17 ani
youth-choice-18-25 = 18–25 de ani

youth-topics = Despre ce vrei să vorbim?
youth-choice-gifts = Cadouri în schimbul relațiilor
youth-choice-pictures = Să vinzi poze cu tine
youth-choice-boyfriend = Un iubit care cere prea mult
youth-choice-friend = Un prieten care „te protejează”
youth-choice-online = Hărțuire, șantaj online
youth-choice-money = Student(ă), probleme cu banii
youth-choice-quiz = Test: riscant sau nu?
youth-choice-helpers = Cine mă poate ajuta?
youth-choice-other = Alt subiect

# "Michetonnage": the French word is kept; in Romanian, "a avea un sponsor" is the usual slang.
youth-gifts-what = „Michetonnage” (în română se spune și „a avea un sponsor”): o relație cu o persoană mai în vârstă care îți oferă mâncare, haine, un telefon, în schimbul unor momente intime.
youth-gifts-then = La început, poate părea un joc. Apoi, persoana poate cere mai mult sau te poate prezenta altora.
youth-gifts-law =
    { $age_band ->
        [child] Sub 15 ani, un adult nu are voie să aibă relații sexuale cu tine, chiar dacă spui da. Adultul este cel care face ceva interzis, nu tu.
        [young-teen] Sub 15 ani, un adult nu are voie să aibă relații sexuale cu tine, chiar dacă spui da. Adultul este cel care face ceva interzis, nu tu.
        [teen] Sub 18 ani, un adult care oferă bani sau cadouri pentru relații sexuale face ceva interzis. El este pedepsit, nu tu.
       *[other] În Franța, este interzis să plătești sau să oferi cadouri pentru relații sexuale. Legea pedepsește persoana care plătește, nu persoana care este plătită.
    }
youth-gifts-owe = Poți să te oprești oricând, chiar și după cadouri. Nu datorezi nimic nimănui.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = Unii oameni vând poze sau filmulețe cu ei, uneori dezbrăcați, pe site-uri cu abonament ca OnlyFans sau prin mesaje.
youth-pictures-copy = O poză trimisă poate fi copiată și distribuită, chiar și de pe un cont „privat”. Nu o mai poți lua înapoi.
youth-pictures-law =
    { $age_band ->
        [child] Sub 18 ani, o poză intimă cu tine este protejată de lege. Nimeni nu are voie să o ceară, să o cumpere sau să o distribuie.
        [young-teen] Sub 18 ani, o poză intimă cu tine este protejată de lege. Nimeni nu are voie să o ceară, să o cumpere sau să o distribuie.
        [teen] Sub 18 ani, o poză intimă cu tine este protejată de lege. Nimeni nu are voie să o ceară, să o cumpere sau să o distribuie.
       *[other] Cumpărătorii cer adesea mai mult: alte poze, apoi întâlniri. Poți refuza oricând.
    }
youth-pictures-more = Cineva amenință că îți publică pozele? Nu plăti. Păstrează mesajele. 3018 te ajută să scoți pozele de pe internet.
# After pictures sent or blackmail: said plainly (the wording rules allow the negated form).
youth-not-your-fault = Nu e vina ta. Persoana care amenință este cea care face ceva interzis.

# The "lover boy"
youth-boyfriend-what = Un „lover boy” se poartă ca un iubit îndrăgostit, face cadouri, promite multe.
youth-boyfriend-then = Apoi îți cere să le „faci un serviciu” unor prieteni de-ai lui, uneori pe bani pe care îi păstrează el.
youth-boyfriend-signs = Semne: îți verifică telefonul, te ține departe de cei apropiați, vorbește despre o datorie.
youth-boyfriend-right = Nimeni nu are dreptul să te împingă la acte sexuale, nici măcar din dragoste.

# A friend who "protects" and takes a share
youth-friend-what = Un prieten se oferă să te însoțească la întâlniri, ca „totul să meargă bine”. Apoi ia o parte din bani.
youth-friend-law = Când cineva ia o parte din banii primiți de altcineva pentru relații sexuale, asta este interzis de lege, chiar între prieteni, chiar dacă ești de acord.
youth-friend-stop = Poți să te oprești oricând. Nu îi datorezi nimic.

# Cyber-harassment and sextortion
youth-online-harassment = Insulte, zvonuri, poze distribuite fără acordul tău: asta e hărțuire și e interzisă.
youth-online-sextortion = Cineva amenință că publică o poză cu tine dacă nu plătești sau dacă nu mai trimiți altele? Asta e șantaj.
youth-online-do = Nu mai trimite nimic și nu plăti. Fă capturi de ecran, apoi blochează contul.
youth-online-3018 = 3018 este gratuit și anonim. Poate face ca pozele să fie șterse repede de pe rețelele sociale.

# Students' money trouble
youth-money-intro = Probleme cu banii în timpul studiilor? Se întâmplă des și există ajutoare.
youth-money-crous = Serviciul social de la Crous (pentru studenți) poate da un ajutor de urgență, repede, chiar și în timpul anului.
youth-money-health = Serviciul medical al universității te primește gratuit și păstrează secretul medical.
youth-money-offers = Ofertele de „sugar daddy” sau de „întâlniri plătite” îi vizează pe studenți. Adesea, ele ascund o cerere de relații sexuale.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 situații. Pentru fiecare, spune ce crezi. Nu există răspuns greșit.
youth-quiz-safe = Fără risc
youth-quiz-risky = Poate e riscant
youth-quiz-unsure = Nu știu
youth-quiz-next = Situația următoare
youth-quiz-stop = Oprește testul
youth-quiz-1 = 1. O persoană mai în vârstă, cunoscută pe internet, îți oferă un telefon. Deocamdată nu cere nimic.
youth-quiz-1-answer = Poate fi riscant. Un cadou mare poate crea o datorie, apoi poate fi folosit ca să îți ceară poze sau o întâlnire. Poți refuza sau poți vorbi cu cineva de încredere.
youth-quiz-2 = 2. Persoana cu care ieși îți cere o poză nud, „doar pentru ea”.
youth-quiz-2-answer = Poate fi riscant. O poză trimisă poate fi copiată sau arătată altora după o ceartă. Ai dreptul să spui nu. Cine ține la tine respectă acest nu.
youth-quiz-3 = 3. Un prieten se oferă să vină cu tine la o întâlnire „pentru siguranța ta”, în schimbul unei părți din bani.
youth-quiz-3-answer = Este riscant. Să iei o parte din acești bani este interzis de lege, chiar între prieteni. Nu este protecție.
youth-quiz-4 = 4. Un cont necunoscut îți propune bani rapid în schimbul unor poze cu tine.
youth-quiz-4-answer = Adesea, este o capcană: aceste conturi caută poze ca să le vândă sau ca să facă șantaj. Nu răspunde și blochează contul.
youth-quiz-end = Mulțumesc că ți-ai făcut timp. Poți vorbi despre asta cu cineva de încredere sau poți vedea contactele.

# Who can help (by age band)
youth-help-119 = 119: gratuit, zi și noapte, până la 21 de ani. Poți doar să vorbești. Dacă ești în pericol, 119 poate anunța serviciile care protejează copiii.
youth-help-119-under-21 = Ai sub 21 de ani? 119 te ascultă și pe tine, gratuit, zi și noapte.
youth-help-3018 = 3018: gratuit și anonim, pentru hărțuire online, șantaj și ștergerea pozelor.
youth-help-fsj = Fil Santé Jeunes, 0 800 235 236: gratuit și anonim, pentru tinerii de 12–25 de ani. Dragoste, sexualitate, sănătate: poți vorbi despre orice.
youth-help-trusted-adult = Te poate ajuta și un adult de încredere: asistenta de la școală, un CPE (consilier de educație la școală), un educator, cineva apropiat.
youth-help-crous = O problemă cu banii? Serviciul social de la Crous te poate ajuta, chiar și urgent.
youth-help-3919 = Violență în cuplu sau în altă parte: 3919 ascultă femeile, gratuit. 116 006 ajută pe toată lumea, între orele 9 și 19.
youth-help-danger = În pericol chiar acum: 17 sau 112. Prin SMS: 114.
