# flows/talk.toml

talk-ask-need = Sobre o que você quer falar? Isso ajuda a encontrar a associação certa.
need-housing = Moradia
need-papers = Documentos
need-health = Saúde
need-money = Dinheiro
need-children = Crianças
need-legal = Meus direitos, a justiça
need-talk = Só conversar
need-safety = Segurança

talk-ask-where = Em que departamento ou cidade você está? Escreva o número do departamento (por exemplo 33), um código postal ou o nome da cidade. Não precisa de endereço.
talk-found = Departamento escolhido: { $dept_name }.

talk-consent-offer = Também posso preparar um pedido anônimo para esta associação.
talk-consent-shared = O que é enviado: o seu idioma, o que você escolheu aqui, o seu departamento.
talk-consent-not-shared = O que não é enviado: nem nome, nem número de telefone, nem conta.
talk-consent-limit-text = A equipe vai ler o que você escrever. Não escreva o seu nome nem o seu endereço.
talk-consent-limit-danger = A equipe guarda segredo. Mas se uma criança ou uma pessoa estiver em grande perigo, a equipe pode avisar os serviços de emergência.
talk-consent-ask = Você quer preparar este pedido?

talk-declined = Tudo bem, nada foi enviado. Você pode voltar quando quiser.

talk-ask-message = Você pode escrever uma mensagem curta para a equipe, sem nome nem número. Se não quiser, escreva “ok”.

talk-sent = O seu pedido está pronto, mas este serviço ainda não consegue enviá-lo por conta própria. Entre em contato com a associação usando a ficha acima.
talk-sent-stop = Para parar a qualquer momento: /stop. Em caso de perigo: 17 ou 112.
