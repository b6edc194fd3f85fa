# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Olá, boas-vindas.
welcome-phone-safety = Outra pessoa pode ler este celular? Para apagar tudo rápido, escreva /exit ou a palavra “guarda-chuva”.
welcome-menu = O que você quer fazer? Toque numa opção ou escreva o número dela.

welcome-phone-kept = Eu não guardo o seu nome nem o seu número.
welcome-phone-visible = A conversa continua visível no aplicativo até ser apagada.
welcome-phone-exit = /exit ou “guarda-chuva” apaga tudo, quando o aplicativo permite.
welcome-phone-forget = /forget apaga o que eu guardo, e depois a conversa começa de novo.
welcome-phone-notifications = Você também pode desativar a prévia das notificações nas configurações do celular.
welcome-choice-erase = Apagar tudo agora
