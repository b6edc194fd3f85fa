# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).
# "Parcours de sortie de prostitution" = "programul de ieșire din prostituție" (short: "programul").

pathway-intro-what = Există un sprijin prevăzut de legea din 13 aprilie 2016: programul de ieșire din prostituție (în franceză, „parcours de sortie de prostitution”).
pathway-intro-who = Este pentru persoanele care au relații sexuale pentru bani, pentru un loc de dormit sau ca să plătească o datorie, și care vor altceva.
pathway-intro-papers = Cu sau fără acte. Dar unele comisii refuză persoanele care cer azil sau care au o OQTF (un ordin de a părăsi Franța).
pathway-intro-free = Este gratuit. O asociație autorizată vă însoțește. Nimic nu se face dacă nu sunteți de acord.
pathway-intro-ask = Ce vreți să aflați?

pathway-choice-steps = Pașii
pathway-choice-afis = Banii: Afis
pathway-choice-after = După program
pathway-choice-varies = Diferențe între departamente
pathway-choice-meeting = Prima întâlnire
pathway-choice-refused = Dacă comisia spune nu

pathway-step-contact = 1. Vă întâlniți cu o asociație autorizată. Ea vă ascultă și vă explică totul.
pathway-step-evaluation = 2. Împreună, vorbiți despre situația în care sunteți și pregătiți un dosar.
pathway-step-commission = 3. Dosarul este prezentat unei comisii a departamentului.
pathway-step-support = 4. Dacă aceasta acceptă, programul începe: ajutor pentru locuință, sănătate, formare și muncă.
pathway-step-papers = Dacă aveți nevoie, puteți cere un permis de ședere de 6 luni. Nu este automat: chiar dacă comisia acceptă, decide prefectul (reprezentantul statului).
# $every = 6, $months = 24. Romanian puts "de" between a number from 20 on and its noun
# ("6 luni", "24 de luni"): the plural category "few" (2–19) goes without it.
pathway-step-review = La fiecare { $every } luni, comisia discută cu asociația cum merge. Programul durează cel mult { $months ->
        [few] { $months } luni
       *[other] { $months } de luni
    }.

pathway-afis-what = Afis este un ajutor în bani, plătit în fiecare lună cât durează programul, dacă nu aveți dreptul la niciun alt ajutor.
pathway-afis-table = Pe lună: 330 € pentru o persoană singură, 432 € cu 1 copil, 534 € cu 2, 636 € cu 3, apoi încă 102 € pentru fiecare copil.
pathway-afis-ask-children = Câți copii aveți în grijă? Scrieți un număr, de exemplu 0 sau 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
pathway-afis-amount =
    { $children ->
        [0] Pentru o persoană singură: 330 € pe lună.
        [1] Cu 1 copil: 432 € pe lună.
        [2] Cu 2 copii: 534 € pe lună.
        [3] Cu 3 copii: 636 € pe lună.
        [4] Cu 4 copii: 738 € pe lună.
        [5] Cu 5 copii: 840 € pe lună.
        [6] Cu 6 copii: 942 € pe lună.
        [7] Cu 7 copii: 1044 € pe lună.
        [8] Cu 8 copii: 1146 € pe lună.
        [9] Cu 9 copii: 1248 € pe lună.
        [10] Cu 10 copii: 1350 € pe lună.
        [11] Cu 11 copii: 1452 € pe lună.
        [12] Cu 12 copii: 1554 € pe lună.
       *[other] 330 € pe lună, plus 102 € pentru fiecare copil în grijă.
    }
pathway-afis-check = Aceste sume vin dintr-un raport regional. Asociația vă ajută să verificați suma de acum și drepturile pe care le aveți.
pathway-afis-559 = Atenție: dacă în luna dinainte de reînnoirea Afis câștigați mai mult de 559 €, Afis se oprește timp de 6 luni. Vorbiți cu asociația înainte să acceptați ore de muncă.

pathway-after-end = Programul durează cel mult { $months ->
        [few] { $months } luni
       *[other] { $months } de luni
    }. Legea nu prevede nimic după aceea.
pathway-after-common = Scopul: ca la final să aveți acces la ajutoarele obișnuite (locuință, loc de muncă).
pathway-after-rsa = Pentru RSA (venitul minim), o persoană dintr-o țară din afara Uniunii Europene are nevoie, de obicei, să aibă de cel puțin 5 ani un permis de ședere.
pathway-after-association = Unele asociații vă însoțesc și după program. Puteți să le întrebați.

pathway-varies-criteria = Fiecare departament are comisia lui. Condițiile pentru a intra în program nu sunt aceleași peste tot.
pathway-varies-complaint = Legea nu cere să depuneți plângere. Dar unele comisii o cer totuși.
pathway-varies-stop = Unele comisii cer și să fi trecut ceva timp de când nu mai aveți relații sexuale pentru bani.
pathway-varies-association = Asociația autorizată din departamentul în care sunteți cunoaște comisia de acolo. Ea vă spune ce contează acolo.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = Prima întâlnire cu o asociație este gratuită. Vorbiți despre ce vreți, în ritmul dumneavoastră.
pathway-meet-conditions = Nu este nevoie să fi oprit deja relațiile sexuale pentru bani. Nu este nevoie să depuneți plângere: legea nu cere asta.
pathway-meet-with = Puteți cere să veniți cu copiii dumneavoastră sau cu o persoană de încredere.
pathway-meet-interpreter = Puteți cere un interpret sau o interpretă. Spuneți ce limbă vorbiți.
pathway-meet-secret = Echipa păstrează secret tot ce îi spuneți. Dar dacă un copil sau o persoană este în mare pericol, poate anunța serviciile de urgență.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = Comisiile nu decid peste tot la fel. În unele departamente, până la o cerere din două este refuzată.
pathway-refused-help = După un refuz, asociația vă poate ajuta în continuare: locuință, sănătate, drepturi.
pathway-refused-ask = Puteți întreba asociația de ce comisia a spus nu și dacă un nou dosar va fi posibil mai târziu.
