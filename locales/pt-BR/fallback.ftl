# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = Você pode entrar em contato com a associação diretamente:
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $association }: os contatos da associação ainda estão sendo verificados; só vou passá-los a você quando estiverem confirmados.
fallback-lines = Estas linhas nacionais podem ajudar você desde já:
line-115 = 115: abrigo de emergência, para dormir num lugar protegido. Gratuito, dia e noite.
line-116006 = 116 006: se alguém fez mal a você (agressão, ameaças, roubo…), para todas as pessoas. Gratuito, todos os dias, das 9h às 19h.
line-3919 = 3919: linha de apoio para mulheres que enfrentam violência, no namoro ou em outro lugar. Gratuito e anônimo, dia e noite; a ligação não aparece na conta de telefone.
line-119 = { $register ->
        [youth] 119: para crianças e jovens até 21 anos; você pode só conversar. Gratuito, dia e noite; a ligação não aparece na conta de telefone.
       *[adult] 119: para crianças e jovens até 21 anos, ou um adulto preocupado com eles. Gratuito, dia e noite; a ligação não aparece na conta de telefone.
    }
line-3018 = 3018: assédio na internet, chantagem com fotos, remoção de imagens. Gratuito e anônimo.
line-fsj = Fil Santé Jeunes, 0 800 235 236: saúde, amor, sexualidade, ânimo, para quem tem de 12 a 25 anos. Gratuito e anônimo.
line-danger = Em perigo agora: 17 ou 112. Se você não puder falar: SMS para o 114.
