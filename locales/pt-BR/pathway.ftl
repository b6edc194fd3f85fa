# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).
# "Parcours de sortie de prostitution" = "percurso de saída" (never "programa": in Brazil,
# "fazer programa" is slang for the activity itself).

pathway-intro-what = Existe um acompanhamento previsto pela lei de 13 de abril de 2016: o percurso de saída da prostituição (em francês, “parcours de sortie de prostitution”).
pathway-intro-who = É para pessoas que têm relações sexuais em troca de dinheiro, de um lugar para morar ou para pagar uma dívida, e que querem outra coisa.
pathway-intro-papers = Com ou sem documentos. Mas algumas comissões recusam pessoas que pedem asilo ou que têm uma OQTF (uma ordem para sair da França).
pathway-intro-free = É gratuito. Uma associação credenciada acompanha você. Nada é feito sem você concordar.
pathway-intro-ask = O que você quer saber?

pathway-choice-steps = As etapas
pathway-choice-afis = O dinheiro: a Afis
pathway-choice-after = Depois do percurso
pathway-choice-varies = O que muda por departamento
pathway-choice-meeting = O primeiro atendimento
pathway-choice-refused = Se a comissão disser não

pathway-step-contact = 1. Você conversa com uma associação credenciada. Ela escuta você e explica tudo.
pathway-step-evaluation = 2. Com a associação, você olha a sua situação e prepara um pedido.
pathway-step-commission = 3. O pedido é apresentado a uma comissão do departamento.
pathway-step-support = 4. Se a comissão aceitar, o percurso começa: ajuda com moradia, saúde, formação e trabalho.
pathway-step-papers = Se você precisar, pode pedir uma autorização de residência de 6 meses. Não é automático: mesmo se a comissão aceitar, quem decide é o préfet (o representante do Estado).
pathway-step-review = A cada { $every } meses, a comissão faz um balanço com a associação. O percurso dura no máximo { $months } meses.

pathway-afis-what = A Afis é uma ajuda em dinheiro, paga todo mês durante o percurso, se você não tem direito a nenhum outro auxílio.
pathway-afis-table = Por mês: 330 € para uma pessoa sozinha, 432 € com 1 criança, 534 € com 2, 636 € com 3, e depois 102 € a mais por criança.
pathway-afis-ask-children = Quantas crianças dependem de você? Escreva um número, por exemplo 0 ou 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
pathway-afis-amount =
    { $children ->
        [0] Para uma pessoa sozinha: 330 € por mês.
        [1] Com 1 criança: 432 € por mês.
        [2] Com 2 crianças: 534 € por mês.
        [3] Com 3 crianças: 636 € por mês.
        [4] Com 4 crianças: 738 € por mês.
        [5] Com 5 crianças: 840 € por mês.
        [6] Com 6 crianças: 942 € por mês.
        [7] Com 7 crianças: 1044 € por mês.
        [8] Com 8 crianças: 1146 € por mês.
        [9] Com 9 crianças: 1248 € por mês.
        [10] Com 10 crianças: 1350 € por mês.
        [11] Com 11 crianças: 1452 € por mês.
        [12] Com 12 crianças: 1554 € por mês.
       *[other] 330 € por mês, mais 102 € por criança que depende de você.
    }
pathway-afis-check = Esses valores vêm de um relatório regional. A associação confere com você o valor atualizado e os seus direitos.
pathway-afis-559 = Atenção: se você ganhar mais de 559 € no mês antes da renovação da Afis, ela para por 6 meses. Fale com a associação antes de aceitar horas de trabalho.

pathway-after-end = O percurso dura no máximo { $months } meses. A lei não prevê nada depois.
pathway-after-common = O objetivo: que no final você tenha acesso aos auxílios normais (moradia, emprego).
pathway-after-rsa = Para o RSA (a renda mínima), uma pessoa de um país de fora da União Europeia em geral precisa ter uma autorização de residência há pelo menos 5 anos.
pathway-after-association = Algumas associações continuam acompanhando você depois do percurso. Pergunte a elas.

pathway-varies-criteria = Cada departamento tem a sua comissão. Os critérios para entrar no percurso não são os mesmos em todo lugar.
pathway-varies-complaint = A lei não pede que você dê queixa na polícia. Mas algumas comissões pedem isso mesmo assim.
pathway-varies-stop = Algumas comissões também pedem que você não tenha mais relações sexuais em troca de dinheiro há algum tempo.
pathway-varies-association = A associação credenciada do seu departamento conhece a comissão de lá. Ela explica o que conta no seu departamento.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = O primeiro atendimento com uma associação é gratuito. Você fala do que quiser, no seu ritmo.
pathway-meet-conditions = Você não precisa ter parado. Você não precisa dar queixa na polícia: a lei não pede isso.
pathway-meet-with = Você pode pedir para ir com os seus filhos ou com uma pessoa de confiança.
pathway-meet-interpreter = Você pode pedir um ou uma intérprete. Diga que língua você fala.
pathway-meet-secret = A equipe guarda sigilo sobre o que você conta. Mas, se uma criança ou uma pessoa estiver em grande perigo, ela pode avisar os serviços de emergência.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = As comissões não decidem do mesmo jeito em todo lugar. Em alguns departamentos, até metade dos pedidos é recusada.
pathway-refused-help = Depois de uma recusa, a associação pode continuar ajudando você: moradia, saúde, direitos.
pathway-refused-ask = Você pode perguntar à associação por que a comissão disse não, e se um novo pedido vai ser possível mais tarde.
