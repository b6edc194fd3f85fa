# Messages used by the engine itself (see flows/README.md, "Engine messages").

# The one line asking to pick a language, shown with the language menu.
lang-prompt = { $register ->
        [youth] Избери език.
       *[adult] Изберете език.
    }

help =
    Команди:
    /start: започване отначало
    /help: тази справка
    /lang: смяна на езика
    /exit: бързо изтриване на всичко
    /forget: изтриване на това, което пазя, и ново начало
    /stop: край на разговора
    Думата „чадър“ изтрива всичко, както /exit.

# Followed by the current choices, shown again by the engine.
not-understood = { $register ->
        [youth] Извинявай, не разбрах. Можеш да избереш от списъка по-долу.
       *[adult] Извинете, не разбрах. Можете да изберете от списъка по-долу.
    }
not-understood-plain = Съжалявам, не разбрах.

end-hint = { $register ->
        [youth] Напиши каквото и да е съобщение, за да започнеш отначало.
       *[adult] Напишете каквото и да е съобщение, за да започнете отначало.
    }

choice-yes = Да
choice-no = Не

input-text-empty = { $register ->
        [youth] Съобщението е празно. Напиши няколко думи.
       *[adult] Съобщението е празно. Напишете няколко думи.
    }
input-number-invalid = { $register ->
        [youth] Напиши число от { $min } до { $max }, с цифри.
       *[adult] Напишете число от { $min } до { $max }, с цифри.
    }
input-place-invalid = { $register ->
        [youth] Не намерих това място. Напиши номер на департамент (например 33), пощенски код или името на близък град.
       *[adult] Не намерих това място. Напишете номер на департамент (например 33), пощенски код или името на близък град.
    }
place-outside-region = Департамент { $dept } не е в Нова Аквитания. Националните номера работят навсякъде във Франция.
place-location-outside = Това място не е в Нова Аквитания. Националните номера работят навсякъде във Франция.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = { $register ->
        [youth] Тук мога да чета само текст. Не пазя и не препращам изпратеното от теб.
       *[adult] Тук мога да чета само текст. Не пазя и не препращам изпратеното от Вас.
    }
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = { $register ->
        [youth] Тук мога да чета само текст. Не пазя снимки. Не изпращай свои снимки.
       *[adult] Тук мога да чета само текст. Не пазя снимки. Не изпращайте свои снимки.
    }

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] { $register ->
            [youth] Готово. Изтрий и този чат от списъка си.
           *[adult] Готово. Изтрийте и този чат от списъка си.
        }
       *[other] Готово.
    }
forget-done = { $register ->
        [youth] Изтрих това, което пазех от нашия разговор. Можеш да започнеш отново, когато искаш.
       *[adult] Изтрих това, което пазех от нашия разговор. Можете да започнете отново, когато искате.
    }
stop-done = { $register ->
        [youth] Разговорът е спрян. Пиши, когато искаш, и ще продължим.
       *[adult] Разговорът е спрян. Пишете, когато искате, и ще продължим.
    }

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Телефон: { $phone }
contact-card-website = Сайт: { $url }
contact-card-email = Имейл: { $email }
contact-card-hours = Работно време: { $hours }
contact-card-to-complete = { $minor ->
        [yes] Данните за контакт на тази организация още се проверяват. Дотогава, безплатно: 119, денем и нощем; 3018 при тормоз в интернет; Fil Santé Jeunes, 0 800 235 236; при опасност: 17 или 112.
       *[no] Данните за контакт на тази организация още се проверяват. Дотогава: 17 или 112 при опасност, 115 за спешен подслон.
    }
contact-card-helps = Може да помогне за: { $needs }
contact-card-national = { $minor ->
        [yes] Не познавам организация близо до това място. Номерата за млади хора, безплатни: 119 (денем и нощем, до 21 години), 3018 (тормоз в интернет), Fil Santé Jeunes 0 800 235 236 (12–25 години). При опасност: 17 или 112, 114 с SMS.
       *[no] Не познавам одобрена организация близо до това място. Националните номера, безплатни: 17 или 112 при опасност, 114 с SMS, 115 за спешен подслон, 3919 при насилие над жени, 119 за хора под 21 години.
    }
contact-card-none = { $minor ->
        [yes] Още не познавам организация за { $dept_name }. Номерата за млади хора, безплатни: 119 (денем и нощем, до 21 години), 3018 (тормоз в интернет), Fil Santé Jeunes 0 800 235 236 (12–25 години). При опасност: 17 или 112.
       *[no] Още не познавам организация за { $dept_name }. Националните номера остават: 17 или 112 при опасност, 115 за спешен подслон, 3919 при насилие над жени.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Да изпратя местоположението си
