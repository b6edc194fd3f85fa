# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = { $register ->
        [youth] En peligro ahora: llama al 17 o al 112. Si no puedes hablar, envía un SMS al 114.
       *[adult] En peligro ahora: llame al 17 o al 112. Si no puede hablar, envíe un SMS al 114.
    }
safety-now-free = Estos números son gratuitos, de día y de noche.
safety-17 = { $register ->
        [youth] 17: policía o gendarmería, si alguien te amenaza o te pega.
       *[adult] 17: policía o gendarmería, si alguien le amenaza o le pega.
    }
safety-112 = 112: emergencias, desde cualquier teléfono, en toda Europa.
# $number: the SMS emergency number (114)
safety-sms = { $register ->
        [youth] { $number }: por SMS, si no puedes hablar u oír.
       *[adult] { $number }: por SMS, si no puede hablar u oír.
    }
safety-15 = 15: SAMU, para una urgencia médica.
safety-115 = 115: alojamiento de urgencia, para dormir bajo techo.
safety-119 = 119: para niños y jóvenes hasta los 21 años.
safety-3919 = 3919: línea de escucha para mujeres que sufren violencia. No es un número de emergencia.
safety-116006 = { $register ->
        [youth] 116 006: si alguien te ha hecho daño (golpes, amenazas, robo…), para todo el mundo: chicas, chicos, personas trans. Todos los días, de 9:00 a 19:00.
       *[adult] 116 006: si alguien le ha hecho daño (golpes, amenazas, robo…), para todo el mundo: mujeres, hombres, personas trans. Todos los días, de 9:00 a 19:00.
    }
safety-3018 = 3018: acoso en internet, chantaje con fotos, retirada de imágenes.
safety-more-hours = El 115, el 119 y el 3919 responden de día y de noche. Las llamadas al 119 y al 3919 no aparecen en la factura del teléfono.

safety-choice-leave = Irse, protegerse
safety-choice-more = Otros números: dormir, violencia, niños, internet
