# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
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
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] Безплатно. Услугата не пита за Вашето име или номер. Нужен е профил в Matrix (например с приложението Element).
           *[other] Безплатно. Услугата не пита за твоето име или номер. Нужен е профил в Matrix (например с приложението Element).
        }
       *[telegram] { $audience ->
            [adult] Безплатно. Услугата не пита за Вашето име или номер. Нужно е приложението Telegram.
           *[other] Безплатно. Услугата не пита за твоето име или номер. Нужно е приложението Telegram.
        }
    }
poster-scan = { $audience ->
        [adult] Сканирайте кода или отворете линка:
       *[other] Сканирай кода или отвори линка:
    }
poster-minors = Под 18 години: 119 (деца в опасност) и 3018 (тормоз в интернет), безплатно.
