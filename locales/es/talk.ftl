# flows/talk.toml

talk-ask-need = ¿De qué quiere hablar? Así es más fácil encontrar la asociación adecuada.
need-housing = Una vivienda
need-papers = Los papeles
need-health = La salud
need-money = El dinero
need-children = Los hijos
need-legal = Mis derechos, la justicia
need-talk = Solo hablar
need-safety = La seguridad

talk-ask-where = ¿En qué departamento o ciudad está? Escriba el número del departamento (por ejemplo 33), un código postal o el nombre de la ciudad. No hace falta la dirección.
talk-found = Departamento elegido: { $dept_name }.

talk-ask-urgency = ¿Para cuándo le gustaría una respuesta?
urgency-today = Hoy, si es posible
urgency-soon = En los próximos días
urgency-later = No corre prisa

talk-consent-offer = Puedo enviar una solicitud anónima a esta asociación. Una persona del equipo podrá responderle aquí, en esta conversación.
talk-consent-shared = Lo que se envía: su idioma, lo que eligió aquí, su departamento y para cuándo le gustaría una respuesta.
talk-consent-not-shared = Lo que no se envía: ni nombre, ni número de teléfono, ni cuenta. El equipo solo ve un número de solicitud.
talk-consent-limit-text = El equipo leerá lo que usted escriba. No escriba su nombre ni su dirección.
talk-consent-limit-danger = El equipo guarda el secreto. Pero si un niño o una persona está en grave peligro, puede avisar a los servicios de emergencia.
talk-consent-ask = ¿Quiere enviar esta solicitud?

talk-declined = De acuerdo, no se envía nada. Puede volver cuando quiera.

talk-ask-message = Puede añadir un mensaje corto para el equipo, sin nombre ni número. Lo transmito al equipo sin guardarlo.
choice-no-message = Enviar sin mensaje
