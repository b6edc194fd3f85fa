# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
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
poster-free = { $audience ->
        [adult] Gratuito e anônimo. Você não precisa informar o seu nome nem criar uma conta.
       *[other] Grátis e anônimo. Não precisa dar o seu nome nem criar uma conta.
    }
poster-scan = { $audience ->
        [adult] Escaneie o código ou abra o link:
       *[other] Escaneie o código ou abra o link:
    }
poster-minors = Menores de 18 anos: 119 (crianças em perigo) e 3018 (assédio na internet), gratuitos.
