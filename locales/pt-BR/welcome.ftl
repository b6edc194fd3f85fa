# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Olá, boas-vindas.
welcome-phone-safety = Outra pessoa pode ler este celular? Para apagar tudo rápido, escreva /exit ou a palavra “guarda-chuva”.
welcome-menu = O que você quer fazer? Toque numa opção ou escreva o número dela.

welcome-phone-kept = Eu não guardo o seu nome nem o seu número.
welcome-phone-visible = A conversa continua visível no aplicativo até ser apagada.
welcome-phone-exit = { $channel ->
        [telegram] /exit ou “guarda-chuva” apaga as nossas mensagens das últimas 48 horas: o Telegram não permite apagar as mais antigas. Depois, apague a conversa da sua lista.
        [matrix] /exit ou “guarda-chuva” apaga as suas mensagens e as minhas, e então eu saio da conversa. Depois, apague a conversa da sua lista.
        [matrix-no-redact] /exit ou “guarda-chuva” apaga as minhas mensagens, e então eu saio da conversa. Aqui, eu não consigo apagar as suas: apague a conversa da sua lista.
       *[other] /exit ou “guarda-chuva” apaga tudo, quando o aplicativo permite.
    }
welcome-phone-forget = /forget apaga o que eu guardo, e depois a conversa começa de novo.
welcome-phone-notifications = Você também pode desativar a prévia das notificações nas configurações do celular.
welcome-choice-erase = Apagar tudo agora
