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

talk-ask-urgency = Para quando você gostaria de uma resposta?
urgency-today = Hoje, se possível
urgency-soon = Nos próximos dias
urgency-later = Não tem pressa

talk-consent-offer = Posso enviar um pedido anônimo para esta associação. Uma pessoa da equipe poderá responder a você aqui, nesta conversa.
talk-consent-shared = O que é enviado: o seu idioma, o que você escolheu aqui, o seu departamento e para quando você gostaria de uma resposta.
talk-consent-not-shared = O que não é enviado: nem nome, nem número de telefone, nem conta. A equipe só vê um número de pedido.
talk-consent-limit-text = A equipe vai ler o que você escrever. Não escreva o seu nome nem o seu endereço.
talk-consent-limit-danger = A equipe guarda segredo. Mas se uma criança ou uma pessoa estiver em grande perigo, a equipe pode avisar os serviços de emergência.
talk-consent-ask = Você quer enviar este pedido?

talk-declined = Tudo bem, nada foi enviado. Você pode voltar quando quiser.

talk-ask-message = Você pode escrever uma mensagem curta para a equipe, sem nome nem número. Eu repasso a mensagem para a equipe sem guardá-la.
choice-no-message = Enviar sem mensagem
