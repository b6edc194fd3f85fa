# flows/youth.toml — for young people and students, up to 25. Informal "você" (with "te"),
# as young Brazilians speak; gender-neutral wherever the French is neutral; plain words a
# 12-year-old knows. $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17),
# young-adult (18–25).

youth-hello = Aqui a gente fala de dinheiro, fotos, relacionamentos e internet. Sem julgamento.
youth-phone-safety = Alguém pode olhar o seu celular? Para apagar tudo rápido, escreva /exit ou a palavra “guarda-chuva”.
youth-ask-age = Para te passar os contatos certos, escolha a sua faixa de idade.
youth-choice-under-13 = Menos de 13 anos
youth-choice-13-14 = 13–14 anos
youth-choice-15-17 = 15–17 anos
youth-choice-18-25 = 18–25 anos

youth-topics = Sobre o que você quer falar?
youth-choice-gifts = Presentes em troca de intimidade
youth-choice-pictures = Vender fotos suas
youth-choice-boyfriend = Namorado que pede demais
youth-choice-friend = Um amigo que “protege”
youth-choice-online = Assédio e chantagem online
youth-choice-money = Estudante com problemas de dinheiro
youth-choice-quiz = Quiz: arriscado ou não?
youth-choice-helpers = Quem pode me ajudar?
youth-choice-other = Outro assunto

# "Michetonnage": the French word is kept (young people hear it in France), then explained.
youth-gifts-what = O “michetonnage”: uma relação com uma pessoa mais velha que paga refeições, roupas, um celular, em troca de momentos íntimos.
youth-gifts-then = No começo, pode parecer um jogo. Depois, a pessoa pode pedir mais, ou te apresentar para outras pessoas.
youth-gifts-law =
    { $age_band ->
        [child] Antes dos 15 anos, um adulto não tem o direito de ter relação sexual com você, mesmo se você disser sim. Quem faz uma coisa proibida é o adulto, não você.
        [young-teen] Antes dos 15 anos, um adulto não tem o direito de ter relação sexual com você, mesmo se você disser sim. Quem faz uma coisa proibida é o adulto, não você.
        [teen] Antes dos 18 anos, um adulto que oferece dinheiro ou presentes em troca de relações sexuais faz uma coisa proibida. Quem é punido é o adulto, não você.
       *[other] Na França, pagar ou dar presentes em troca de relações sexuais é proibido. A lei pune a pessoa que paga, não a pessoa que recebe.
    }
youth-gifts-owe = Você pode parar quando quiser, mesmo depois de ganhar presentes. Você não deve nada a ninguém.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = Algumas pessoas vendem fotos ou vídeos de si mesmas, às vezes sem roupa, em sites de assinatura como o OnlyFans, ou por mensagem.
youth-pictures-copy = Uma imagem enviada pode ser copiada e compartilhada, mesmo numa conta “privada”. Não dá para pegar de volta.
youth-pictures-law =
    { $age_band ->
        [child] Antes dos 18 anos, uma imagem íntima sua é protegida pela lei. Pedir, comprar ou compartilhar essa imagem é proibido.
        [young-teen] Antes dos 18 anos, uma imagem íntima sua é protegida pela lei. Pedir, comprar ou compartilhar essa imagem é proibido.
        [teen] Antes dos 18 anos, uma imagem íntima sua é protegida pela lei. Pedir, comprar ou compartilhar essa imagem é proibido.
       *[other] Muitas vezes, quem compra pede mais: outras imagens, depois encontros. Você pode recusar a qualquer momento.
    }
youth-pictures-more = Alguém ameaça publicar as suas imagens? Não pague. Guarde as mensagens. O 3018 ajuda a tirar as imagens do ar.
# After pictures sent or blackmail: said plainly (the wording rules allow the negated form).
youth-not-your-fault = Não é culpa sua. Quem faz uma coisa proibida é a pessoa que ameaça.

# The "lover boy"
youth-boyfriend-what = Um “lover boy” se mostra apaixonado, dá presentes, promete muita coisa.
youth-boyfriend-then = Depois, ele pede para você “fazer um favor” para amigos dele, às vezes em troca de dinheiro que fica com ele.
youth-boyfriend-signs = Alguns sinais: ele vigia o seu celular, te afasta das pessoas próximas, fala de uma dívida.
youth-boyfriend-right = Ninguém tem o direito de te pressionar a fazer atos sexuais, nem por amor.

# A friend who "protects" and takes a share
youth-friend-what = Um amigo se oferece para ir com você a encontros, para que “tudo dê certo”. Depois, ele fica com uma parte do dinheiro.
youth-friend-law = Ficar com uma parte do dinheiro que outra pessoa recebe por relações sexuais é proibido por lei, mesmo entre amigos, mesmo se você concordar.
youth-friend-stop = Você pode parar quando quiser. Você não deve nada a ele.

# Cyber-harassment and sextortion
youth-online-harassment = Xingamentos, boatos, fotos compartilhadas sem a sua permissão: isso é assédio, e é proibido.
youth-online-sextortion = Alguém ameaça publicar uma imagem sua se você não pagar ou não mandar outras? Isso é chantagem.
youth-online-do = Não mande mais nada e não pague. Tire prints da tela, depois bloqueie a conta.
youth-online-3018 = O 3018 é gratuito e anônimo. Ele pode fazer as redes sociais tirarem as imagens do ar, rápido.

# Students' money trouble
youth-money-intro = Problemas de dinheiro durante os estudos? É comum, e existem ajudas.
youth-money-crous = O serviço social do Crous pode dar uma ajuda de emergência, rápido, mesmo no meio do ano.
youth-money-health = O serviço de saúde da sua universidade atende de graça, com sigilo médico.
youth-money-offers = Ofertas de “sugar daddy” ou de “encontros pagos” miram estudantes. Muitas vezes, elas escondem um pedido de relações sexuais.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 situações. Para cada uma, diga o que você acha. Não existe resposta errada.
youth-quiz-safe = Sem risco
youth-quiz-risky = Talvez arriscado
youth-quiz-unsure = Não sei
youth-quiz-next = Próxima situação
youth-quiz-stop = Parar o quiz
youth-quiz-1 = 1. Uma pessoa mais velha, que você conheceu na internet, te dá um celular. Por enquanto, ela não pede nada.
youth-quiz-1-answer = Pode ser arriscado. Um presente caro pode criar uma dívida, e depois servir para pedir fotos ou um encontro. Você pode recusar, ou falar disso com alguém de confiança.
youth-quiz-2 = 2. A pessoa com quem você está saindo te pede uma foto nua, “só entre a gente”.
youth-quiz-2-answer = Pode ser arriscado. Uma foto enviada pode ser copiada ou mostrada depois de uma briga. Você tem o direito de dizer não. Quem gosta de você respeita esse não.
youth-quiz-3 = 3. Um amigo se oferece para ir com você a um encontro “pela sua segurança”, em troca de uma parte do dinheiro.
youth-quiz-3-answer = É arriscado. Ficar com uma parte desse dinheiro é proibido por lei, mesmo entre amigos. Isso não é proteção.
youth-quiz-4 = 4. Uma conta desconhecida te oferece dinheiro rápido em troca de fotos suas.
youth-quiz-4-answer = Muitas vezes é uma armadilha: essas contas procuram imagens para revender ou para fazer chantagem. Não responda e bloqueie a conta.
youth-quiz-end = Valeu por tirar um tempo para isso. Você pode falar disso com alguém de confiança, ou ver os contatos.

# Who can help (by age band)
youth-help-119 = 119: gratuito, dia e noite, até 21 anos. Você pode só conversar. Se você estiver em perigo, o 119 pode avisar os serviços que protegem as crianças.
youth-help-119-under-21 = Você tem menos de 21 anos? O 119 também te escuta, de graça, dia e noite.
youth-help-3018 = 3018: gratuito e anônimo, para assédio na internet, chantagem e remoção de imagens.
youth-help-fsj = Fil Santé Jeunes, 0 800 235 236: gratuito e anônimo, para quem tem de 12 a 25 anos. Amor, sexualidade, saúde: dá para falar de tudo.
youth-help-trusted-adult = Um adulto de confiança também pode ajudar: a enfermaria da escola, o ou a CPE (quem cuida da vida escolar), um educador, alguém próximo.
youth-help-crous = Problema de dinheiro? O serviço social do Crous pode ajudar, mesmo em caso de urgência.
youth-help-3919 = Violência, no namoro ou em outro lugar: o 3919 escuta mulheres, de graça. O 116 006 ajuda todo mundo, das 9h às 19h.
youth-help-danger = Em perigo agora: 17 ou 112. Por SMS: 114.
