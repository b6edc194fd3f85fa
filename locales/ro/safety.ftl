# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = În pericol acum: sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
safety-now-intro = Aceste numere sunt gratuite. În afară de 3018, răspund zi și noapte.
safety-17 = 17: poliția sau jandarmeria, dacă cineva vă amenință sau vă lovește.
safety-112 = 112: urgențe, de pe orice telefon, oriunde în Europa.
# $number: the SMS emergency number (114)
safety-sms = { $number }: prin SMS, dacă nu puteți vorbi sau auzi.
safety-15 = 15: SAMU (ambulanța), pentru o urgență medicală.
safety-115 = 115: cazare de urgență, ca să dormiți la adăpost.
safety-119 = 119: pentru copii și tineri până la 21 de ani.
safety-3919 = 3919: femeile care trec prin violențe pot vorbi cu cineva. Nu este un număr de urgență.
safety-3018 = 3018: hărțuire pe internet, șantaj cu poze, ștergerea imaginilor.

safety-choice-leave = Plecare, protecție
