# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = Se ha enviado a { $association }. Número de su solicitud: { $ticket }.
handoff-sent-how = Una persona del equipo le responderá aquí. Lo que escriba ahora se le transmite sin su nombre ni su número. Yo no lo guardo; el equipo guarda lo que recibe.
handoff-sent-languages = El equipo lee: { $languages }. Aun así, puede escribir en su idioma.
handoff-sent-stop = Para terminar en cualquier momento: /stop. Para borrarlo todo: /exit. En caso de peligro: 17 o 112.
handoff-no-desk = { $association } todavía no recibe solicitudes por este servicio. No se ha enviado nada. Puede contactar directamente con la asociación:
handoff-no-association = Ninguna asociación recibe solicitudes por este servicio para su departamento. No se ha enviado nada. Aquí tiene quién puede ayudarle:
handoff-desk-closed = El equipo de { $association } no está en este momento. No se ha enviado nada. Puede contactar con la asociación en su horario:
handoff-desk-failed = La solicitud no ha podido salir: el servicio de { $association } no responde en este momento. No se ha enviado nada. Puede contactar directamente con la asociación:
handoff-emergency = En caso de peligro: 17 o 112 (114 por SMS). Menos de 21 años: 119. Violencia: 3919.
handoff-not-sent = Su solicitud no se ha enviado: no se mandó nada a la asociación.
handoff-offer-urgent = ¿Quiere enviar igualmente su mensaje a la asociación, marcado como urgente? Puede que no respondan enseguida: si está en peligro ahora, llame al 17 o al 112.
handoff-send-urgent = Enviar mi mensaje como urgente
handoff-held-gone = Ya no guardo ese mensaje. Para escribir a la asociación, vuelva a hacer la solicitud desde el menú.
urgency-danger = Urgente: su mensaje habla de un peligro

relay-staff = { $association }: { $text }
relay-closed = { $association } ha terminado la conversación. Puede volver cuando quiera: escriba un mensaje para empezar de nuevo.
relay-transferred = Su solicitud ha pasado a { $association }, que puede ayudarle mejor. Una persona de ese equipo le responderá aquí.
relay-no-answer = Nadie de { $association } ha respondido todavía. También puede contactar directamente con la asociación:
relay-still-open = Su solicitud sigue abierta: si alguien responde, lo verá aquí. Para cancelarla: /stop.
relay-undelivered = Su mensaje no se ha podido transmitir por ahora. Inténtelo de nuevo dentro de un momento. En caso de peligro: 17 o 112.
relay-gone = Esta conversación ha terminado. Escriba un mensaje para empezar de nuevo.
relay-reminder = Está en contacto con { $association }: escriba su mensaje aquí. Para terminar: /stop.
relay-danger-passed = Su mensaje también se ha transmitido a { $association }.
relay-stopped = Se ha terminado, y el equipo de { $association } ya está avisado. No guardo sus mensajes; el equipo guarda los que ha recibido.

input-text-too-long = Este mensaje es un poco largo: { $max } caracteres como máximo, por favor.

## The desk's side (staff of the association)

desk-ticket =
    Nueva solicitud { $ticket }
    Idioma: { $lang }
    Necesidades: { $needs }
    Departamento: { $dept }
    Respuesta deseada: { $urgency }
desk-ticket-transferred = Solicitud transmitida por { $association }.
desk-ticket-unread-language = La persona escribe en { $lang }, un idioma que este equipo no lee: una herramienta de traducción puede ayudar.
desk-ticket-message = Su mensaje: «{ $text }»
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] La persona ha terminado la conversación. Ya no se le transmitirá nada más.
desk-person-left = [{ $ticket }] La persona ha usado la salida rápida: puede que su teléfono no sea seguro. Ya no se le transmitirá nada más.
desk-closed = [{ $ticket }] Conversación terminada. La persona ha sido avisada.
desk-transferred = [{ $ticket }] Solicitud transmitida a { $association }. La persona ha sido avisada.
desk-transfer-unknown = No hay ningún equipo para «{ $association }». Escriba /transfer seguido del identificador de otra asociación (por ejemplo /transfer cidff-16).
desk-no-answer = [{ $ticket }] Sin respuesta después de { $minutes } min: la persona ha recibido sus datos de contacto y los números de emergencia. Todavía puede responderle aquí.
desk-expired = [{ $ticket }] Solicitud cerrada tras { $days ->
        [one] { $days } día
       *[other] { $days } días
    } sin mensajes.
desk-undelivered = [{ $ticket }] Este mensaje no se ha podido transmitir a la persona.
desk-ended = Esta solicitud ha terminado, o este mensaje no es una solicitud: no se ha transmitido nada.
desk-usage = Para responder, responda a este mensaje (Telegram) o en su hilo (Matrix). /close termina la conversación; /transfer seguido del identificador de una asociación (por ejemplo /transfer cidff-16) pasa la solicitud a esa asociación. En Matrix, escriba !close y !transfer.
