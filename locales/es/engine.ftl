# Messages used by the engine itself (see flows/README.md, "Engine messages").

# The one line asking to pick a language, shown with the language menu.
lang-prompt = { $register ->
        [youth] Elige tu idioma.
       *[adult] Elija su idioma.
    }

help =
    Comandos:
    /start: empezar de nuevo
    /help: esta ayuda
    /lang: cambiar de idioma
    /exit: borrar todo rápido
    /forget: borrar lo que guardo y empezar de nuevo
    /stop: terminar la conversación
    La palabra «paraguas» borra todo, como /exit.

# Followed by the current choices, shown again by the engine.
not-understood = { $register ->
        [youth] Perdón, no entendí. Puedes elegir una opción aquí abajo.
       *[adult] Perdón, no entendí. Puede elegir una opción aquí abajo.
    }
not-understood-plain = Perdón, no entendí.

end-hint = { $register ->
        [youth] Escribe cualquier mensaje para empezar de nuevo.
       *[adult] Escriba cualquier mensaje para empezar de nuevo.
    }

choice-yes = Sí
choice-no = No

input-text-empty = { $register ->
        [youth] El mensaje está vacío. Escribe algunas palabras.
       *[adult] El mensaje está vacío. Escriba algunas palabras.
    }
input-number-invalid = { $register ->
        [youth] Escribe un número entre { $min } y { $max }, en cifras.
       *[adult] Escriba un número entre { $min } y { $max }, en cifras.
    }
input-place-invalid = { $register ->
        [youth] No encontré ese lugar. Escribe el número de un departamento (por ejemplo 33), un código postal o el nombre de una ciudad cercana.
       *[adult] No encontré ese lugar. Escriba el número de un departamento (por ejemplo 33), un código postal o el nombre de una ciudad cercana.
    }
place-outside-region = El departamento { $dept } no está en Nouvelle-Aquitaine. Los números nacionales funcionan en toda Francia.
place-location-outside = Ese lugar no está en Nouvelle-Aquitaine. Los números nacionales funcionan en toda Francia.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = { $register ->
        [youth] Aquí solo puedo leer texto. No guardo ni transmito lo que enviaste.
       *[adult] Aquí solo puedo leer texto. No guardo ni transmito lo que envió.
    }
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = { $register ->
        [youth] Aquí solo puedo leer texto. No guardo las imágenes. No envíes fotos tuyas.
       *[adult] Aquí solo puedo leer texto. No guardo las imágenes. No envíe fotos suyas.
    }

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] { $register ->
            [youth] Listo. Elimina también este chat de tu lista.
           *[adult] Listo. Elimine también este chat de su lista.
        }
       *[other] Listo.
    }
forget-done = { $register ->
        [youth] He borrado lo que guardaba de nuestra conversación. Puedes empezar de nuevo cuando quieras.
       *[adult] He borrado lo que guardaba de nuestra conversación. Puede empezar de nuevo cuando quiera.
    }
stop-done = { $register ->
        [youth] Conversación terminada. Escribe cuando quieras para continuar.
       *[adult] Conversación terminada. Escriba cuando quiera para continuar.
    }

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Teléfono: { $phone }
contact-card-website = Sitio web: { $url }
contact-card-email = Correo electrónico: { $email }
contact-card-hours = Horario: { $hours }
contact-card-to-complete = { $minor ->
        [yes] Los datos de esta asociación se están verificando. Mientras tanto, gratis: 119, de día y de noche; 3018 para el acoso en internet; Fil Santé Jeunes, 0 800 235 236; en caso de peligro: 17 o 112.
       *[no] Los datos de esta asociación se están verificando. Mientras tanto: 17 o 112 en caso de peligro, 115 para un alojamiento de urgencia.
    }
contact-card-helps = Puede ayudar con: { $needs }
contact-card-national = { $minor ->
        [yes] No conozco ninguna asociación cerca de ese lugar. Los números para jóvenes, gratuitos: 119 (de día y de noche, hasta los 21 años), 3018 (acoso en internet), Fil Santé Jeunes 0 800 235 236 (12–25 años). En caso de peligro: 17 o 112, 114 por SMS.
       *[no] No conozco ninguna asociación autorizada cerca de ese lugar. Los números nacionales, gratuitos: 17 o 112 en caso de peligro, 114 por SMS, 115 para un alojamiento de urgencia, 3919 para la violencia contra las mujeres, 119 para personas de menos de 21 años.
    }
contact-card-none = { $minor ->
        [yes] Todavía no conozco ninguna asociación para { $dept_name }. Los números para jóvenes, gratuitos: 119 (de día y de noche, hasta los 21 años), 3018 (acoso en internet), Fil Santé Jeunes 0 800 235 236 (12–25 años). En caso de peligro: 17 o 112.
       *[no] Todavía no conozco ninguna asociación para { $dept_name }. Los números nacionales siguen disponibles: 17 o 112 en caso de peligro, 115 para un alojamiento de urgencia, 3919 para la violencia contra las mujeres.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Compartir mi ubicación
