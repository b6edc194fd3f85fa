# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = Sobre o que você quer informações?
needs-choice-pathway = O percurso de saída
needs-choice-papers = Documentos e direitos
needs-choice-safety = Ir embora, se proteger
needs-choice-other = Outro assunto
needs-choice-oath = Um juramento, um ritual (juju)
needs-choice-legal-help = Quem pode me ajudar com os meus direitos?

needs-housing-115 = 115: gratuito, dia e noite, para procurar um abrigo de emergência. Muitas vezes está lotado: você pode ligar de novo, ou pedir ajuda a uma associação.
needs-housing-siao = Em cada departamento, um serviço (o SIAO) distribui as vagas de abrigo e de moradia. Uma associação ou uma assistente social faz o pedido junto com você.
needs-housing-association = As associações credenciadas conhecem os abrigos e os centros de acolhimento do departamento delas. No percurso de saída, a moradia é uma etapa muito importante.
needs-housing-children = Se você está com crianças, diga isso ao 115: a equipe procura uma vaga para toda a família.

needs-papers-cidff = Os CIDFF (centros de informação sobre os direitos das mulheres e das famílias) existem em muitos departamentos. Lá, especialistas em direito explicam os seus direitos, de graça.
needs-papers-without = Mesmo sem documentos, você tem direito a atendimento de saúde e a um abrigo de emergência.
needs-papers-permit = No percurso de saída, você pode pedir uma autorização de residência (“titre de séjour”) de 6 meses. Não é automático: mesmo se a comissão aceitar, quem decide é o préfet (o representante do Estado). Algumas comissões recusam pessoas que pedem asilo ou que têm uma OQTF (uma ordem para sair da França).
needs-papers-eu = Você é cidadão ou cidadã de um país da União Europeia (Romênia, Bulgária…)? Você não precisa de autorização de residência.
needs-papers-passport = Ninguém tem o direito de ficar com o seu passaporte ou documentos. É proibido.
needs-papers-lawyer = Uma associação ou um advogado pode ajudar você nos trâmites na préfecture (o órgão que cuida dos documentos de residência), ou num pedido de asilo.

needs-health-pass = A PASS, um serviço de atendimento no hospital: atendimento e remédios, mesmo sem documentos e sem carte Vitale (o cartão do seguro de saúde).
needs-health-cegidd = O CeGIDD, um centro de testagem: HIV, hepatites e outras infecções, gratuito e anônimo. Também contracepção, e um tratamento que protege do HIV (a PrEP).
needs-health-ame = Sem documentos, depois de 3 meses na França, a AME (ajuda médica do Estado) pode pagar os seus cuidados de saúde.
needs-health-secret = Os profissionais de saúde têm o dever do sigilo médico. Eles só podem avisar os serviços de emergência em casos raros, por exemplo se uma criança ou uma pessoa estiver em grande perigo.

needs-safety-leave = Sair de uma rede é possível. Uma associação credenciada conhece as etapas e ajuda você a preparar a sua saída, com o máximo de segurança possível.
needs-safety-debt = Uma dívida pela viagem ou pela moradia não dá a ninguém o direito de obrigar você a nada.
needs-safety-acse = Se ficar na região é perigoso, um serviço nacional (Ac.Sé) pode receber você longe daqui, num lugar protegido. Uma associação ou a polícia faz o pedido.
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

# The oath ("juju") the report describes (Section 2, Fiche 2): short, respectful, no judgement on beliefs.
needs-oath-known = Um juramento ou um ritual feito antes da viagem (o “juju”) pode dar muito medo. Esse medo é real. As associações conhecem esse medo.
needs-oath-debt = Um juramento ou uma dívida não dá a ninguém o direito de obrigar você a nada.
needs-oath-talk = Você pode falar disso com uma associação. Ela escuta você sem julgar as suas crenças e procura com você um jeito de você se proteger.
