# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = Foi enviado para { $association }. Número do seu pedido: { $ticket }.
handoff-sent-how = Uma pessoa da equipe vai responder a você aqui. O que você escrever agora é repassado sem o seu nome nem o seu número. Eu não guardo isso; a equipe guarda o que recebe.
handoff-sent-languages = A equipe lê: { $languages }. Mesmo assim, você pode escrever no seu idioma.
handoff-sent-stop = Para parar a qualquer momento: /stop. Para apagar tudo: /exit. Em caso de perigo: 17 ou 112.
handoff-sent-regional = { $association } não pode receber pedidos por este serviço no momento: o seu pedido foi para { $desk }, uma equipe que também atende o seu departamento. Número do seu pedido: { $ticket }.
handoff-no-desk = { $association } ainda não recebe pedidos por este serviço. Nada foi enviado.
handoff-no-association = Nenhuma associação recebe pedidos por este serviço no seu departamento. Nada foi enviado.
handoff-desk-closed = A equipe de { $association } não está disponível agora. Nada foi enviado.
handoff-desk-failed = Não foi possível enviar o pedido: o serviço de { $association } não está respondendo agora. Nada foi enviado.
handoff-emergency = { $minor ->
        [yes] Em caso de perigo: 17 ou 112 (114 por SMS). 119, dia e noite. 3018 para assédio na internet.
       *[no] Em caso de perigo: 17 ou 112 (114 por SMS). Menores de 21 anos: 119. Violência: 3919.
    }
handoff-not-sent = Seu pedido não foi enviado: nada foi para a associação.
handoff-offer-urgent = Você ainda quer enviar sua mensagem para a associação, marcada como urgente? Talvez não respondam na hora: se você está em perigo agora, ligue para o 17 ou o 112.
handoff-send-urgent = Enviar minha mensagem como urgente
handoff-held-gone = Não guardo mais essa mensagem. Para escrever para a associação, faça o pedido de novo pelo menu.
urgency-danger = Urgente: a mensagem fala de um perigo

# A staff reply and the notices below reach the person unasked, after their last message: a
# watched phone's lock screen shows their first line. It stays as neutral as the bot's first
# line (no association name, nothing about violence, prostitution, the police or a danger);
# such details come on a later line (DESIGN.md S6). The operator may replace
# relay-staff-prefix ([handoff] reply_prefix in the config file).
relay-staff-prefix = Resposta:
relay-staff = { $prefix } { $text }
relay-closed = A equipe encerrou a conversa. Você pode voltar quando quiser: escreva uma mensagem para começar de novo.
relay-transferred =
    O seu pedido vai para outra equipe, que pode ajudar você melhor. Uma pessoa dessa equipe vai responder a você aqui.
    Essa equipe é de { $association }.
relay-no-answer = O seu pedido ainda não teve resposta. Enquanto isso, veja outras possibilidades:
relay-still-open = O seu pedido continua aberto: se alguém responder, você vai ver aqui. Para cancelar: /stop.
relay-undelivered = Não foi possível repassar a sua mensagem agora. Tente de novo daqui a pouco. Em caso de perigo: 17 ou 112.
relay-gone = Esta conversa terminou. Escreva uma mensagem para começar de novo.
relay-reminder = Você está em contato com { $association }: escreva a sua mensagem aqui. Para parar: /stop.
relay-danger-passed = Sua mensagem também foi enviada para { $association }.
relay-stopped = Pronto, a conversa foi encerrada e a equipe de { $association } foi avisada. Eu não guardo as suas mensagens; a equipe guarda as que recebeu.

input-text-too-long = Esta mensagem está um pouco longa: no máximo { $max } caracteres, por favor.

## The desk's side (staff of the association)

desk-ticket =
    Novo pedido { $ticket }
    Idioma: { $lang }
    Necessidades: { $needs }
    Departamento: { $dept }
    Resposta desejada: { $urgency }
desk-ticket-transferred = Pedido repassado por { $association }.
desk-ticket-regional = Pedido para { $association }, que não pode recebê-lo por este serviço no momento: ele chega à sua equipe, que cobre este departamento. Responda aqui ou repasse-o a uma associação (/transfer).
desk-ticket-regional-none = Nenhuma associação do diretório pode receber este pedido por este serviço: ele chega à sua equipe, que cobre este departamento.
desk-ticket-unread-language = A pessoa escreve em { $lang }, um idioma que esta equipe não lê. Peça ajuda a um ou uma colega ou a um intérprete da associação, ou passe o pedido para uma equipe que leia esse idioma (/transfer). Não cole as mensagens da pessoa em um serviço de tradução on-line: elas sairiam da associação.
desk-ticket-message = Mensagem da pessoa: “{ $text }”
desk-lock-screen = O começo de cada resposta pode aparecer na tela de bloqueio da pessoa, onde outra pessoa pode ver: não comece pelo nome da associação nem pelo assunto do pedido.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] A pessoa encerrou a conversa. Nada mais será repassado a ela.
desk-person-left = [{ $ticket }] A pessoa usou a saída rápida: o telefone dela talvez não seja seguro. Nada mais será repassado a ela.
desk-closed = [{ $ticket }] Conversa encerrada. A pessoa foi avisada.
desk-transferred = [{ $ticket }] Pedido repassado para { $association }. A pessoa foi avisada.
desk-transfer-unknown = Nenhuma equipe para “{ $association }”. Escreva /transfer seguido do identificador de outra associação (por exemplo /transfer cidff-16).
desk-no-answer = [{ $ticket }] Sem resposta depois de { $minutes } min: a pessoa recebeu outros contatos (os contatos verificados da associação ou, na falta deles, linhas nacionais) e os números de emergência. Você ainda pode responder a ela aqui.
desk-expired = [{ $ticket }] Pedido encerrado após { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } sem mensagem.
desk-undelivered = [{ $ticket }] Não foi possível repassar esta mensagem à pessoa.
desk-ended = Este pedido foi encerrado, ou esta mensagem não é um pedido: nada foi repassado.
desk-usage = Para responder, responda a esta mensagem (Telegram) ou no tópico dela (Matrix). /close encerra a conversa; /transfer seguido do identificador de uma associação (por exemplo /transfer cidff-16) passa o pedido para essa associação. No Matrix, escreva !close e !transfer.
