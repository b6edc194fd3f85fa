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

talk-consent-offer = Posso enviar um pedido anônimo para esta associação ou a equipe que responde por ela. A resposta vem aqui, talvez depois.
talk-consent-shared = A equipe vai receber seu idioma, suas escolhas, seu departamento e quando você quer a resposta, mas não seu nome, número ou conta.
talk-consent-limit-text = Ela também vai ler o que você escrever: não coloque seu nome nem seu endereço.
talk-consent-limit-danger = A equipe guarda segredo, salvo se uma criança ou alguém estiver em grande perigo: aí ela pode chamar a emergência.
talk-consent-previews = { $channel ->
        [telegram] Para esconder as mensagens na tela de bloqueio: no Telegram, Configurações > Notificações e Sons, desative “Prévia da mensagem”.
       *[other] Para esconder as mensagens na tela de bloqueio: Configurações > Notificações > ocultar conteúdo (ou pré-visualizações: nunca).
    }
talk-consent-ask = Você quer enviar este pedido?

talk-declined = Tudo bem, nada foi enviado. Você pode voltar quando quiser.

talk-ask-message = Você pode escrever uma mensagem curta para a equipe, sem nome nem número. Eu repasso a mensagem para a equipe sem guardá-la.
choice-no-message = Enviar sem mensagem
