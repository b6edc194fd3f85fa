# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Olá
picto-info = Informação
picto-talk = Falar com alguém
picto-danger = Emergência
picto-phone = Ligar
picto-house = Moradia
picto-papers = Documentos
picto-health = Saúde
picto-money = Dinheiro
picto-child = Criança
picto-teen = Adolescente
picto-student = Estudos
picto-lock = Segurança do celular
picto-erase = Apagar
picto-map = Lugar
picto-back = Voltar
picto-sms = SMS
picto-bed = Abrigo
picto-rights = Direitos
picto-school = Escola
picto-protection = Proteção
picto-hours = Tempo, horários
picto-calendar = Calendário, daqui a alguns dias
picto-language = Idioma
picto-yes = Sim
picto-no = Não
picto-question = Pergunta
picto-group = Associação
picto-online = Na internet
picto-camera = Fotos: cuidado
picto-gift = Presentes
picto-relationship = Relacionamento amoroso
picto-pathway = Percurso de saída
picto-control = Amigo que controla
