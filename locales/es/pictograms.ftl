# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Hola
picto-info = Información
picto-talk = Hablar con alguien
picto-danger = Urgencia
picto-phone = Llamar
picto-house = Vivienda
picto-papers = Papeles
picto-health = Salud
picto-money = Dinero
picto-child = Niños
picto-teen = Adolescente
picto-student = Estudios
picto-lock = Seguridad del teléfono
picto-erase = Borrar
picto-map = Lugar
picto-back = Volver
picto-sms = SMS
picto-bed = Alojamiento
picto-rights = Derechos
picto-school = Escuela
picto-protection = Protección
picto-hours = Tiempo, horarios
picto-calendar = Calendario, dentro de unos días
picto-language = Idioma
picto-yes = Sí
picto-no = No
picto-question = Pregunta
picto-group = Asociación
picto-online = En internet
picto-camera = Fotos: cuidado
picto-gift = Regalos
picto-relationship = Relación amorosa
picto-pathway = Programa de salida
picto-control = Amigo que controla
