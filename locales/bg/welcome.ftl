# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Здравейте, добре дошли.
welcome-phone-safety = Може ли някой друг да чете този телефон? За да изтриете всичко бързо, напишете /exit или думата „чадър“.
welcome-menu = Какво искате да направите? Докоснете избор или напишете номера му.

welcome-phone-kept = Не пазя нито името Ви, нито номера Ви.
welcome-phone-visible = Разговорът остава видим в приложението, докато не бъде изтрит.
welcome-phone-exit = /exit или „чадър“ изтрива всичко, когато приложението позволява това.
welcome-phone-forget = /forget изтрива това, което пазя, и започваме отначало.
welcome-phone-notifications = Можете също да изключите текста на известията в настройките на телефона.
welcome-choice-erase = Изтрий всичко сега
