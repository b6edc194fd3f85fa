# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
# minors. $audience is youth, student or adult ("você" for everyone, as young Brazilians and
# talk.ftl speak; a lighter tone for young people); gender-neutral, as in French.

poster-title = { $audience ->
        [adult] Conversar com alguém, sem julgamento
       *[other] Tem uma dúvida? A gente conversa, sem julgamento
    }
poster-what = { $audience ->
        [youth] Dinheiro, fotos, relacionamentos, internet: informações claras e contatos perto de você.
        [student] Dinheiro, fotos, relacionamentos, internet: informações claras, auxílios estudantis e contatos perto de você.
       *[adult] Direitos, moradia, saúde, documentos: informações claras e uma associação perto de você.
    }
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] Gratuito. O serviço não pede o seu nome nem o seu número. Para usar, é preciso ter uma conta Matrix (por exemplo, com o aplicativo Element).
           *[other] Grátis. O serviço não pede o seu nome nem o seu número. Para usar, é preciso ter uma conta Matrix (por exemplo, com o app Element).
        }
       *[telegram] { $audience ->
            [adult] Gratuito. O serviço não pede o seu nome nem o seu número. Para usar, é preciso ter o aplicativo Telegram.
           *[other] Grátis. O serviço não pede o seu nome nem o seu número. Para usar, é preciso ter o app Telegram.
        }
    }
poster-scan = { $audience ->
        [adult] Escaneie o código ou abra o link:
       *[other] Escaneie o código ou abra o link:
    }
poster-minors = Menores de 18 anos: 119 (crianças em perigo) e 3018 (assédio na internet), gratuitos.
