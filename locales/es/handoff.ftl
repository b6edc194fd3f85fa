# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = { $register ->
        [youth] Se ha enviado a { $association }. Número de tu solicitud: { $ticket }.
       *[adult] Se ha enviado a { $association }. Número de su solicitud: { $ticket }.
    }
handoff-sent-how = { $register ->
        [youth] Una persona del equipo te responderá aquí. Lo que escribas ahora se le transmite sin tu nombre ni tu número. Yo no lo guardo; el equipo guarda lo que recibe.
       *[adult] Una persona del equipo le responderá aquí. Lo que escriba ahora se le transmite sin su nombre ni su número. Yo no lo guardo; el equipo guarda lo que recibe.
    }
handoff-sent-languages = { $register ->
        [youth] El equipo lee: { $languages }. Aun así, puedes escribir en tu idioma.
       *[adult] El equipo lee: { $languages }. Aun así, puede escribir en su idioma.
    }
handoff-sent-stop = Para terminar en cualquier momento: /stop. Para borrarlo todo: /exit. En caso de peligro: 17 o 112.
handoff-sent-regional = { $register ->
        [youth] { $association } no puede recibir solicitudes por este servicio en este momento: tu solicitud ha ido a { $desk }, un equipo que también responde para tu departamento. Número de tu solicitud: { $ticket }.
       *[adult] { $association } no puede recibir solicitudes por este servicio en este momento: su solicitud ha ido a { $desk }, un equipo que también responde para su departamento. Número de su solicitud: { $ticket }.
    }
handoff-no-desk = { $association } todavía no recibe solicitudes por este servicio. No se ha enviado nada.
handoff-no-association = { $register ->
        [youth] Ninguna asociación recibe solicitudes por este servicio para tu departamento. No se ha enviado nada.
       *[adult] Ninguna asociación recibe solicitudes por este servicio para su departamento. No se ha enviado nada.
    }
handoff-desk-closed = El equipo de { $association } no está en este momento. No se ha enviado nada.
handoff-desk-failed = La solicitud no ha podido salir: el servicio de { $association } no responde en este momento. No se ha enviado nada.
handoff-emergency = { $minor ->
        [yes] En caso de peligro: 17 o 112 (114 por SMS). 119, de día y de noche. 3018 para el acoso en internet.
       *[no] En caso de peligro: 17 o 112 (114 por SMS). Menos de 21 años: 119. Violencia: 3919.
    }
handoff-not-sent = { $register ->
        [youth] Tu solicitud no se ha enviado: la asociación no ha recibido nada.
       *[adult] Su solicitud no se ha enviado: la asociación no ha recibido nada.
    }
handoff-offer-urgent = { $register ->
        [youth] ¿Quieres enviar igualmente tu mensaje a la asociación, marcado como urgente? Puede que no respondan enseguida: si estás en peligro ahora, llama al 17 o al 112.
       *[adult] ¿Quiere enviar igualmente su mensaje a la asociación, marcado como urgente? Puede que no respondan enseguida: si está en peligro ahora, llame al 17 o al 112.
    }
handoff-send-urgent = Enviar mi mensaje como urgente
handoff-held-gone = { $register ->
        [youth] Ya no guardo ese mensaje. Para escribir a la asociación, vuelve a hacer la solicitud desde el menú.
       *[adult] Ya no guardo ese mensaje. Para escribir a la asociación, vuelva a hacer la solicitud desde el menú.
    }
urgency-danger = Urgente: su mensaje habla de un peligro

# A staff reply and the notices below reach the person unasked, after their last message: a
# watched phone's lock screen shows their first line. It stays as neutral as the bot's first
# line (no association name, nothing about violence, prostitution, the police or a danger);
# such details come on a later line (DESIGN.md S6). The operator may replace
# relay-staff-prefix ([handoff] reply_prefix in the config file).
relay-staff-prefix = Respuesta:
relay-staff = { $prefix } { $text }
relay-closed = { $register ->
        [youth] El equipo ha terminado la conversación. Puedes volver cuando quieras: escribe un mensaje para empezar de nuevo.
       *[adult] El equipo ha terminado la conversación. Puede volver cuando quiera: escriba un mensaje para empezar de nuevo.
    }
relay-transferred = { $register ->
        [youth]
            Tu solicitud pasa a otro equipo, que puede ayudarte mejor. Una persona de ese equipo te responderá aquí.
            Se trata de { $association }.
       *[adult]
            Su solicitud pasa a otro equipo, que puede ayudarle mejor. Una persona de ese equipo le responderá aquí.
            Se trata de { $association }.
    }
relay-no-answer = { $register ->
        [youth] Tu solicitud todavía no tiene respuesta. Mientras tanto, aquí tienes otras posibilidades:
       *[adult] Su solicitud todavía no tiene respuesta. Mientras tanto, aquí tiene otras posibilidades:
    }
relay-still-open = { $register ->
        [youth] Tu solicitud sigue abierta: si alguien responde, lo verás aquí. Para cancelarla: /stop.
       *[adult] Su solicitud sigue abierta: si alguien responde, lo verá aquí. Para cancelarla: /stop.
    }
relay-undelivered = { $register ->
        [youth] Tu mensaje no se ha podido transmitir por ahora. Inténtalo de nuevo dentro de un momento. En caso de peligro: 17 o 112.
       *[adult] Su mensaje no se ha podido transmitir por ahora. Inténtelo de nuevo dentro de un momento. En caso de peligro: 17 o 112.
    }
relay-gone = { $register ->
        [youth] Esta conversación ha terminado. Escribe un mensaje para empezar de nuevo.
       *[adult] Esta conversación ha terminado. Escriba un mensaje para empezar de nuevo.
    }
relay-reminder = { $register ->
        [youth] Estás en contacto con { $association }: escribe tu mensaje aquí. Para terminar: /stop.
       *[adult] Está en contacto con { $association }: escriba su mensaje aquí. Para terminar: /stop.
    }
relay-danger-passed = { $register ->
        [youth] Tu mensaje también se ha transmitido a { $association }.
       *[adult] Su mensaje también se ha transmitido a { $association }.
    }
relay-stopped = { $register ->
        [youth] Se ha terminado, y el equipo de { $association } ya está avisado. No guardo tus mensajes; el equipo guarda los que ha recibido.
       *[adult] Se ha terminado, y el equipo de { $association } ya está avisado. No guardo sus mensajes; el equipo guarda los que ha recibido.
    }

input-text-too-long = Este mensaje es un poco largo: { $max } caracteres como máximo, por favor.

## The desk's side (staff of the association)

desk-ticket =
    Nueva solicitud { $ticket }
    Idioma: { $lang }
    Necesidades: { $needs }
    Departamento: { $dept }
    Respuesta deseada: { $urgency }
desk-ticket-transferred = Solicitud transmitida por { $association }.
desk-ticket-regional = Solicitud para { $association }, que no puede recibirla por este servicio en este momento: llega a su equipo, que cubre este departamento. Responda aquí, o pásela a una asociación (/transfer).
desk-ticket-regional-none = Ninguna asociación del directorio puede recibir esta solicitud por este servicio: llega a su equipo, que cubre este departamento.
desk-ticket-unread-language = La persona escribe en { $lang }, un idioma que este equipo no lee. Pida ayuda a un compañero o una compañera o a un intérprete de la asociación, o pase la solicitud a un equipo que lea este idioma (/transfer). No copie sus mensajes en un servicio de traducción en línea: saldrían de la asociación.
desk-ticket-message = Su mensaje: «{ $text }»
desk-lock-screen = El comienzo de cada respuesta puede verse en la pantalla de bloqueo de la persona, donde otra persona podría leerlo: no empiece con el nombre de la asociación ni con el tema de la solicitud.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] La persona ha terminado la conversación. Ya no se le transmitirá nada más.
desk-person-left = [{ $ticket }] La persona ha usado la salida rápida: puede que su teléfono no sea seguro. Ya no se le transmitirá nada más.
desk-closed = [{ $ticket }] Conversación terminada. La persona ha sido avisada.
desk-transferred = [{ $ticket }] Solicitud transmitida a { $association }. La persona ha sido avisada.
desk-transfer-unknown = No hay ningún equipo para «{ $association }». Escriba /transfer seguido del identificador de otra asociación (por ejemplo /transfer cidff-16).
desk-no-answer = [{ $ticket }] Sin respuesta después de { $minutes } min: la persona ha recibido otros contactos (los datos de contacto verificados de la asociación o, si no, líneas nacionales) y los números de emergencia. Todavía puede responderle aquí.
desk-expired = [{ $ticket }] Solicitud cerrada tras { $days ->
        [one] { $days } día
       *[other] { $days } días
    } sin mensajes.
desk-undelivered = [{ $ticket }] Este mensaje no se ha podido transmitir a la persona.
desk-ended = Esta solicitud ha terminado, o este mensaje no es una solicitud: no se ha transmitido nada.
desk-usage = Para responder, responda a este mensaje (Telegram) o en su hilo (Matrix). /close termina la conversación; /transfer seguido del identificador de una asociación (por ejemplo /transfer cidff-16) pasa la solicitud a esa asociación. En Matrix, escriba !close y !transfer.
