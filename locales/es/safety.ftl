# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = En peligro ahora: llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
safety-now-intro = Estos números son gratuitos. Excepto el 3018, responden de día y de noche.
safety-17 = 17: policía o gendarmería, si alguien le amenaza o le pega.
safety-112 = 112: emergencias, desde cualquier teléfono, en toda Europa.
# $number: the SMS emergency number (114)
safety-sms = { $number }: por SMS, si no puede hablar u oír.
safety-15 = 15: SAMU, para una urgencia médica.
safety-115 = 115: alojamiento de urgencia, para dormir bajo techo.
safety-119 = 119: para niños y jóvenes hasta los 21 años.
safety-3919 = 3919: escucha para las mujeres que sufren violencia. No es un número de emergencia.
safety-3018 = 3018: acoso en internet, chantaje con fotos, retirada de imágenes.

safety-choice-leave = Irse, protegerse
