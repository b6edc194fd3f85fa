# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = Молбата е изпратена до { $association }. Номер на Вашата молба: { $ticket }.
handoff-sent-how = Човек от екипа ще Ви отговори тук. Това, което пишете сега, се предава на екипа без Вашето име и номер и не се пази.
handoff-sent-languages = Екипът чете на: { $languages }. Все пак можете да пишете на своя език.
handoff-sent-stop = За да спрете по всяко време: /stop. За да изтриете всичко: /exit. При опасност: 17 или 112.
handoff-no-desk = { $association } още не получава молби чрез тази услуга. Нищо не е изпратено. Можете да се свържете с организацията директно:
handoff-no-association = Във Вашия департамент никоя организация не получава молби чрез тази услуга. Нищо не е изпратено. Ето кой може да помогне:
handoff-desk-closed = Екипът на { $association } не е на място в момента. Нищо не е изпратено. Можете да се свържете с организацията в работното ѝ време:
handoff-desk-failed = Молбата не можа да бъде изпратена: услугата на { $association } не отговаря в момента. Нищо не е изпратено. Можете да се свържете с организацията директно:
handoff-emergency = При опасност: 17 или 112 (114 с SMS). Под 21 години: 119. Насилие: 3919.
handoff-not-sent = Заявката ви не беше изпратена: нищо не е отишло към сдружението.

relay-staff = { $association }: { $text }
relay-closed = { $association } приключи разговора. Можете да се върнете, когато искате: напишете съобщение, за да започнете отново.
relay-transferred = Вашата молба е предадена на { $association }: там могат да Ви помогнат по-добре. Човек от този екип ще Ви отговори тук.
relay-no-answer = Още никой от { $association } не е отговорил. Можете също да се свържете с тях директно:
relay-still-open = Молбата Ви остава отворена: ако някой отговори, ще го видите тук. За да я отмените: /stop.
relay-undelivered = Съобщението Ви не можа да бъде предадено засега. Опитайте отново след малко. При опасност: 17 или 112.
relay-gone = Този разговор приключи. Напишете съобщение, за да започнете отново.
relay-reminder = Вие сте във връзка с { $association }: напишете съобщението си тук. За да спрете: /stop.
relay-danger-passed = Съобщението ви беше предадено и на { $association }.
relay-stopped = Разговорът е спрян и екипът на { $association } е уведомен. Нищо не се пази.

input-text-too-long = Това съобщение е малко дълго: най-много { $max } знака, моля.

## The desk's side (staff of the association)

desk-ticket =
    Нова молба { $ticket }
    Език: { $lang }
    Нужди: { $needs }
    Департамент: { $dept }
    Желан срок за отговор: { $urgency }
desk-ticket-transferred = Молбата е препратена от { $association }.
desk-ticket-unread-language = Човекът пише на { $lang } – език, който този екип не чете: инструмент за превод може да помогне.
desk-ticket-message = Съобщението на човека: „{ $text }“
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] Човекът прекрати разговора. Нищо повече няма да му бъде предавано.
desk-person-left = [{ $ticket }] Човекът използва бързия изход: телефонът му може да не е безопасен. Нищо повече няма да му бъде предавано.
desk-closed = [{ $ticket }] Разговорът е приключен. Човекът е уведомен.
desk-transferred = [{ $ticket }] Молбата е препратена на { $association }. Човекът е уведомен.
desk-transfer-unknown = Няма екип за „{ $association }“. Напишете /transfer и след това идентификатора на друга организация (например /transfer cidff-16).
desk-no-answer = [{ $ticket }] Няма отговор след { $minutes } мин.: човекът получи Вашите данни за контакт и номерата за спешни случаи. Още можете да му отговорите тук.
desk-expired = [{ $ticket }] Молбата е затворена след { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } без съобщение.
desk-undelivered = [{ $ticket }] Това съобщение не можа да бъде предадено на човека.
desk-ended = Тази молба е приключена или това съобщение не е молба: нищо не е предадено.
desk-usage = За да отговорите, отговорете на това съобщение (Telegram) или в нишката му (Matrix). /close приключва разговора; /transfer и идентификатор на организация (например /transfer cidff-16) предава молбата на тази организация. В Matrix пишете !close и !transfer.
