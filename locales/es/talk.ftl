# flows/talk.toml

talk-ask-need = { $register ->
        [youth] ¿De qué quieres hablar? Así es más fácil encontrar la asociación adecuada.
       *[adult] ¿De qué quiere hablar? Así es más fácil encontrar la asociación adecuada.
    }
need-housing = Una vivienda
need-papers = Los papeles
need-health = La salud
need-money = El dinero
need-children = Los hijos
need-legal = Mis derechos, la justicia
need-talk = Solo hablar
need-safety = La seguridad

talk-ask-where = { $register ->
        [youth] ¿En qué departamento o ciudad estás? Escribe el número del departamento (por ejemplo 33), un código postal o el nombre de la ciudad. No hace falta la dirección.
       *[adult] ¿En qué departamento o ciudad está? Escriba el número del departamento (por ejemplo 33), un código postal o el nombre de la ciudad. No hace falta la dirección.
    }
talk-found = Departamento elegido: { $dept_name }.

talk-ask-urgency = { $register ->
        [youth] ¿Para cuándo te gustaría una respuesta?
       *[adult] ¿Para cuándo le gustaría una respuesta?
    }
urgency-today = Hoy, si es posible
urgency-soon = En los próximos días
urgency-later = No corre prisa

talk-consent-offer = Puedo enviar una solicitud anónima a esta asociación o a un equipo que responde por ella. La respuesta llegará aquí, quizá más tarde.
talk-consent-shared = { $register ->
        [youth] El equipo recibirá tu idioma, lo que elegiste, tu departamento y el plazo deseado; no tu nombre, número ni cuenta.
       *[adult] El equipo recibirá su idioma, lo que eligió, su departamento y el plazo deseado; no su nombre, número ni cuenta.
    }
talk-consent-limit-text = { $register ->
        [youth] También leerá lo que escribas: no pongas tu nombre ni tu dirección.
       *[adult] También leerá lo que usted escriba: no ponga su nombre ni su dirección.
    }
talk-consent-limit-danger = El equipo guarda el secreto, salvo si un niño o alguien está en grave peligro: entonces puede avisar a emergencias.
talk-consent-previews = { $channel ->
        [telegram] { $register ->
            [youth] Para ocultar los mensajes en la pantalla de bloqueo: en Telegram, Ajustes > Notificaciones y sonidos, desactiva «Vista previa del mensaje».
           *[adult] Para ocultar los mensajes en la pantalla de bloqueo: en Telegram, Ajustes > Notificaciones y sonidos, desactive «Vista previa del mensaje».
        }
       *[other] Para ocultar los mensajes en la pantalla de bloqueo: Ajustes > Notificaciones > ocultar el contenido (o previsualizaciones: nunca).
    }
talk-consent-ask = { $register ->
        [youth] ¿Quieres enviar esta solicitud?
       *[adult] ¿Quiere enviar esta solicitud?
    }

talk-declined = { $register ->
        [youth] De acuerdo, no se envía nada. Puedes volver cuando quieras.
       *[adult] De acuerdo, no se envía nada. Puede volver cuando quiera.
    }

talk-ask-message = { $register ->
        [youth] Puedes añadir un mensaje corto para el equipo, sin nombre ni número. Lo transmito al equipo sin guardarlo.
       *[adult] Puede añadir un mensaje corto para el equipo, sin nombre ni número. Lo transmito al equipo sin guardarlo.
    }
choice-no-message = Enviar sin mensaje
