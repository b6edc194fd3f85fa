# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = Sobre o que você quer informações?
needs-choice-pathway = O percurso de saída
needs-choice-papers = Documentos e direitos
needs-choice-safety = Ir embora, se proteger
needs-choice-other = Outro assunto

needs-housing-115 = 115: gratuito, dia e noite. Para encontrar um abrigo de emergência, ainda hoje à noite.
needs-housing-siao = O SIAO de cada departamento distribui as vagas de abrigo e de moradia. Uma associação ou uma assistente social faz o pedido junto com você.
needs-housing-association = As associações credenciadas conhecem os abrigos e os centros de acolhimento (CHRS) do departamento delas. No percurso de saída, a moradia é uma etapa muito importante.
needs-housing-children = Se você tem crianças, diga isso ao 115: a equipe procura uma vaga para toda a família.

needs-papers-cidff = Cada departamento tem um CIDFF: especialistas em direito explicam os seus direitos, de graça e em sigilo.
needs-papers-without = Mesmo sem documentos, você tem direito a atendimento de saúde e a um abrigo de emergência.
needs-papers-permit = No percurso de saída, você pode pedir uma autorização de residência (“titre de séjour”) de 6 meses. Não é automático: mesmo se a comissão aceitar, quem decide é o préfet (o representante do Estado). Algumas comissões recusam pessoas que pedem asilo ou que têm uma OQTF (uma ordem para sair da França).
needs-papers-eu = Você é cidadão ou cidadã de um país da União Europeia (Romênia, Bulgária…)? Você não precisa de autorização de residência.
needs-papers-passport = Ninguém tem o direito de ficar com o seu passaporte ou com os seus documentos. Isso é proibido.
needs-papers-lawyer = Uma associação ou um advogado pode ajudar você nos trâmites na préfecture (o órgão que cuida dos documentos de residência), ou num pedido de asilo.

needs-health-pass = A PASS, no hospital: atendimento e remédios, mesmo sem documentos e sem carte Vitale (o cartão do seguro de saúde).
needs-health-cegidd = O CeGIDD: teste de HIV, de hepatites e de outras infecções, gratuito e anônimo. Também contracepção e PrEP.
needs-health-ame = Sem documentos, depois de 3 meses na França, a AME pode pagar os seus cuidados de saúde.
needs-health-secret = Os profissionais de saúde respeitam o sigilo médico. Eles não avisam a polícia.

needs-safety-leave = Sair de uma rede é possível. Uma associação credenciada sabe como fazer isso sem colocar você em perigo.
needs-safety-debt = Uma dívida pela viagem ou pela moradia não dá a ninguém o direito de obrigar você a nada.
needs-safety-acse = Se ficar na região é perigoso, o serviço nacional Ac.Sé pode receber você longe daqui, num lugar protegido. Uma associação ou a polícia faz o pedido.
needs-safety-plan = Se possível, guarde em algum lugar um número de confiança e uma cópia dos seus documentos.

needs-money-afis = No percurso de saída, a Afis é uma ajuda em dinheiro, todo mês, se você não tem direito a nenhum outro auxílio.
needs-money-ccas = O CCAS da prefeitura (mairie) pode dar uma ajuda de emergência: dinheiro, cestas básicas, passes de transporte.
needs-money-bank = Abrir uma conta no banco é um direito. Se um banco recusar, a Banque de France pode indicar outro.
needs-money-help = Uma associação ajuda você a preencher os formulários.

needs-children-school = Na França, a escola é um direito de toda criança, com ou sem documentos.
needs-children-pmi = A PMI acompanha de graça a saúde das crianças com menos de 6 anos: consultas e vacinas.
needs-children-care = O percurso não prevê alguém para cuidar das crianças. A associação procura soluções com você: creche, babá credenciada (assistante maternelle), pessoas próximas.
needs-children-afis = A Afis aumenta conforme o número de crianças que dependem de você.
needs-children-119 = Uma criança está em perigo? O 119 atende dia e noite, de graça.
