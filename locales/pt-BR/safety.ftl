# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = Em perigo agora: ligue para o 17 ou o 112. Se você não puder falar, mande um SMS para o 114.
safety-now-free = Estes números são gratuitos, dia e noite.
safety-17 = 17: polícia ou gendarmerie, se alguém ameaça ou bate em você.
safety-112 = 112: emergências, de qualquer telefone, em toda a Europa.
# $number: the SMS emergency number (114)
safety-sms = { $number }: por SMS, se você não puder falar ou ouvir.
safety-15 = 15: SAMU, para uma emergência médica.
safety-115 = 115: abrigo de emergência, para dormir num lugar protegido.
safety-119 = 119: para crianças e jovens até 21 anos.
safety-3919 = 3919: linha de apoio para mulheres que enfrentam violência. Não é um número de emergência.
safety-116006 = { $register ->
        [youth] 116 006: se alguém fez mal a você (agressão, ameaças, roubo…), para todas as pessoas: meninas, meninos, pessoas trans. Todos os dias, das 9h às 19h.
       *[adult] 116 006: se alguém fez mal a você (agressão, ameaças, roubo…), para todas as pessoas: mulheres, homens, pessoas trans. Todos os dias, das 9h às 19h.
    }
safety-3018 = 3018: assédio na internet, chantagem com fotos, remoção de imagens.
safety-more-hours = O 115, o 119 e o 3919 atendem dia e noite. As ligações para o 119 e o 3919 não aparecem na conta de telefone.

safety-choice-leave = Ir embora, se proteger
safety-choice-more = Outros números: onde dormir, violência, crianças, internet
