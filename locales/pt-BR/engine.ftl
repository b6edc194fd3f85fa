# Messages used by the engine itself (see flows/README.md, "Engine messages").
# Form of address: "você", simple and respectful. Gender-neutral wherever the French is neutral.

# The one line asking to pick a language, shown with the language menu.
lang-prompt = Escolha o seu idioma.

help =
    Comandos:
    /start: começar de novo
    /help: esta ajuda
    /lang: mudar de idioma
    /exit: apagar tudo rápido
    /forget: apagar o que eu guardo e começar de novo
    /stop: parar a conversa
    A palavra “guarda-chuva” apaga tudo, como /exit.

# Followed by the current choices, shown again by the engine.
not-understood = Desculpe, não entendi. Você pode escolher abaixo.
not-understood-plain = Desculpe, não entendi.

end-hint = Escreva qualquer mensagem para começar de novo.

choice-yes = Sim
choice-no = Não

input-text-empty = A mensagem está vazia. Escreva algumas palavras.
input-number-invalid = Escreva um número entre { $min } e { $max }, com algarismos.
input-place-invalid = Não encontrei esse lugar. Escreva o número de um departamento (por exemplo 33), um código postal ou o nome de uma cidade perto de você.
place-outside-region = O departamento { $dept } não fica na Nouvelle-Aquitaine. Os números nacionais funcionam em toda a França.
place-location-outside = Esse lugar não fica na Nouvelle-Aquitaine. Os números nacionais funcionam em toda a França.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = Aqui, eu só consigo ler texto. Eu não guardo nem repasso o que você enviou.
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = Aqui, eu só consigo ler texto. Eu não guardo as imagens. Não envie fotos suas.

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] Pronto. Apague também esta conversa da sua lista.
       *[other] Pronto.
    }
forget-done = Eu apaguei o que guardava da nossa conversa. Você pode começar de novo quando quiser.
stop-done = Conversa encerrada. Escreva quando quiser para continuar.

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Telefone: { $phone }
contact-card-website = Site: { $url }
contact-card-email = E-mail: { $email }
contact-card-hours = Horários: { $hours }
contact-card-to-complete = { $minor ->
        [yes] Os contatos desta associação ainda estão sendo verificados. Enquanto isso, de graça: 119, dia e noite; 3018 para assédio na internet; Fil Santé Jeunes, 0 800 235 236; em caso de perigo: 17 ou 112.
       *[no] Os contatos desta associação ainda estão sendo verificados. Enquanto isso: 17 ou 112 em caso de perigo, 115 para um abrigo de emergência.
    }
contact-card-helps = Pode ajudar com: { $needs }
contact-card-national = { $minor ->
        [yes] Não conheço nenhuma associação perto desse lugar. Os números para jovens, gratuitos: 119 (dia e noite, até 21 anos), 3018 (assédio na internet), Fil Santé Jeunes 0 800 235 236 (12–25 anos). Em caso de perigo: 17 ou 112, 114 por SMS.
       *[no] Não conheço nenhuma associação credenciada perto desse lugar. Os números nacionais, gratuitos: 17 ou 112 em caso de perigo, 114 por SMS, 115 para um abrigo de emergência, 3919 para violência contra as mulheres, 119 para menores de 21 anos.
    }
contact-card-none = { $minor ->
        [yes] Ainda não conheço nenhuma associação para { $dept_name }. Os números para jovens, gratuitos: 119 (dia e noite, até 21 anos), 3018 (assédio na internet), Fil Santé Jeunes 0 800 235 236 (12–25 anos). Em caso de perigo: 17 ou 112.
       *[no] Ainda não conheço nenhuma associação para { $dept_name }. Os números nacionais continuam disponíveis: 17 ou 112 em caso de perigo, 115 para um abrigo de emergência, 3919 para violência contra as mulheres.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Compartilhar minha localização
