# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
# minors. $audience is youth, student or adult (young people get "ти", adults "Вие").

poster-title = { $audience ->
        [adult] Можете да поговорите с някого, без осъждане
       *[other] Имаш въпрос? Да поговорим, без осъждане
    }
poster-what = { $audience ->
        [youth] Пари, снимки, връзки, интернет: ясна информация и контакти близо до теб.
        [student] Пари, снимки, връзки, интернет: ясна информация, помощи за студенти и контакти близо до теб.
       *[adult] Права, жилище, здраве, документи: ясна информация и организация близо до Вас.
    }
poster-free = { $audience ->
        [adult] Безплатно и анонимно. Не е нужно да казвате името си или да създавате профил.
       *[other] Безплатно и анонимно. Не е нужно да казваш името си или да създаваш профил.
    }
poster-scan = { $audience ->
        [adult] Сканирайте кода или отворете линка:
       *[other] Сканирай кода или отвори линка:
    }
poster-minors = Под 18 години: 119 (деца в опасност) и 3018 (тормоз в интернет), безплатно.
