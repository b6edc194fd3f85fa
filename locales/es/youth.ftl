# flows/youth.toml — for young people and students, up to 25. Informal "tú", plain words a
# 12-year-old knows. $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17),
# young-adult (18–25).

youth-hello = Aquí hablamos de dinero, fotos, relaciones e internet. Sin juzgar.
youth-phone-safety = ¿Alguien puede mirar tu teléfono? Para borrar todo rápido, escribe /exit o la palabra «paraguas».
youth-ask-age = Para darte los contactos adecuados, elige tu grupo de edad.
youth-choice-under-13 = Menos de 13 años
youth-choice-13-14 = 13–14 años
youth-choice-15-17 = 15–17 años
youth-choice-18-25 = 18–25 años

youth-topics = ¿De qué quieres hablar?
youth-choice-gifts = Regalos a cambio de relaciones
youth-choice-pictures = Vender fotos tuyas
youth-choice-boyfriend = Un novio que pide demasiado
youth-choice-friend = Un amigo que «protege»
youth-choice-online = Acoso, chantaje en internet
youth-choice-money = Estudiante con problemas de dinero
youth-choice-quiz = Quiz: ¿es arriesgado?
youth-choice-helpers = ¿Quién me puede ayudar?
youth-choice-other = Otro tema

# "Michetonnage": the French word is kept, young people hear it in France.
youth-gifts-what = El «michetonnage», como se dice en Francia: una relación con una persona mayor que tú, que te invita a comer, te regala ropa o un teléfono, a cambio de momentos íntimos.
youth-gifts-then = Al principio puede parecer un juego. Después, esa persona puede pedir más, o presentarte a otras personas.
youth-gifts-law =
    { $age_band ->
        [child] Antes de los 15 años, un adulto no tiene derecho a tener relaciones sexuales contigo, aunque tú digas que sí. Es el adulto quien hace algo prohibido, no tú.
        [young-teen] Antes de los 15 años, un adulto no tiene derecho a tener relaciones sexuales contigo, aunque tú digas que sí. Es el adulto quien hace algo prohibido, no tú.
        [teen] Antes de los 18 años, un adulto que ofrece dinero o regalos a cambio de relaciones sexuales hace algo prohibido. El castigo es para el adulto, no para ti.
       *[other] En Francia, pagar u ofrecer regalos a cambio de relaciones sexuales está prohibido. La ley castiga a la persona que paga, no a la persona que recibe el pago.
    }
youth-gifts-owe = Puedes parar cuando quieras, incluso después de recibir regalos. Los regalos no te obligan a nada.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = Algunas personas venden fotos o videos suyos, a veces sin ropa, en sitios de suscripción como OnlyFans o por mensajes.
youth-pictures-copy = Una imagen enviada se puede copiar y compartir, incluso en una cuenta «privada». Ya no se puede recuperar.
youth-pictures-law =
    { $age_band ->
        [child] Antes de los 18 años, una imagen íntima tuya está protegida por la ley. Pedirla, comprarla o compartirla está prohibido.
        [young-teen] Antes de los 18 años, una imagen íntima tuya está protegida por la ley. Pedirla, comprarla o compartirla está prohibido.
        [teen] Antes de los 18 años, una imagen íntima tuya está protegida por la ley. Pedirla, comprarla o compartirla está prohibido.
       *[other] Los compradores suelen pedir más: otras imágenes, y luego encuentros. Puedes decir que no en cualquier momento.
    }
youth-pictures-more = ¿Alguien amenaza con publicar tus imágenes? No pagues. Guarda los mensajes. El 3018 te ayuda a que las borren.
# After pictures sent or blackmail: said plainly (the wording rules allow the negated form).
youth-not-your-fault = No es tu culpa. Es la persona que amenaza quien hace algo prohibido.

# The "lover boy"
youth-boyfriend-what = Un «lover boy» se muestra enamorado, hace regalos, promete mucho.
youth-boyfriend-then = Luego te pide «hacer un favor» a unos amigos suyos, a veces a cambio de dinero que se queda él.
youth-boyfriend-signs = Algunas señales: revisa tu teléfono, te aleja de tu familia y de tus amigos, habla de una deuda.
youth-boyfriend-right = Nadie tiene derecho a presionarte para tener sexo, ni siquiera por amor.

# A friend who "protects" and takes a share
youth-friend-what = Un amigo te propone acompañarte a unas citas, para que «todo salga bien». Luego se queda con una parte del dinero.
youth-friend-law = Quedarse con una parte del dinero que otra persona recibe por relaciones sexuales está prohibido por la ley, incluso entre amigos, incluso si tú estás de acuerdo.
youth-friend-stop = Puedes parar cuando quieras. No tienes ninguna deuda con él.

# Cyber-harassment and sextortion
youth-online-harassment = Insultos, rumores, fotos compartidas sin tu permiso: eso es acoso, y está prohibido.
youth-online-sextortion = ¿Alguien amenaza con publicar una imagen tuya si no pagas o si no envías más? Eso es chantaje.
youth-online-do = No envíes nada más y no pagues. Haz capturas de pantalla y luego bloquea la cuenta.
youth-online-3018 = El 3018 es gratis y anónimo. Puede hacer que borren rápido las imágenes de las redes sociales.

# Students' money trouble
youth-money-intro = ¿Problemas de dinero durante los estudios? Es algo frecuente, y hay ayudas.
youth-money-crous = El servicio social del Crous puede darte una ayuda de urgencia, rápido, incluso a mitad de curso.
youth-money-health = El servicio de salud de tu universidad te atiende gratis, con secreto médico.
youth-money-offers = Las ofertas de «sugar daddy» o de «citas pagadas» buscan a estudiantes. A menudo esconden una petición de relaciones sexuales.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 situaciones. Para cada una, di lo que piensas. No hay respuestas malas.
youth-quiz-safe = Sin riesgo
youth-quiz-risky = Quizás arriesgado
youth-quiz-unsure = No lo sé
youth-quiz-next = Siguiente situación
youth-quiz-stop = Terminar el quiz
youth-quiz-1 = 1. Una persona mayor que tú, que conociste en internet, te regala un teléfono. Por ahora no pide nada.
youth-quiz-1-answer = Puede ser arriesgado. Un regalo grande puede crear una deuda, y luego servir para pedir fotos o una cita. Puedes decir que no, o hablarlo con alguien de confianza.
youth-quiz-2 = 2. La persona con la que sales te pide una foto sin ropa, «solo para mí».
youth-quiz-2-answer = Puede ser arriesgado. Una foto enviada se puede copiar, o enseñar a otros después de una pelea. Tienes derecho a decir que no. Quien se preocupa por ti respeta ese no.
youth-quiz-3 = 3. Un amigo te propone ir contigo a una cita «por tu seguridad», a cambio de una parte del dinero.
youth-quiz-3-answer = Es arriesgado. Quedarse con una parte de ese dinero está prohibido por la ley, incluso entre amigos. Eso no es protección.
youth-quiz-4 = 4. Una cuenta desconocida te ofrece dinero rápido a cambio de fotos tuyas.
youth-quiz-4-answer = A menudo es una trampa: esas cuentas buscan imágenes para revenderlas o para hacer chantaje. No respondas y bloquea la cuenta.
youth-quiz-end = Gracias por tomarte el tiempo. Puedes hablarlo con alguien de confianza, o ver los contactos.

# Who can help (by age band)
youth-help-119 = 119: gratis, de día y de noche, hasta los 21 años. Puedes llamar solo para hablar. Si estás en peligro, el 119 puede avisar a los servicios que protegen a los niños.
youth-help-119-under-21 = ¿Tienes menos de 21 años? El 119 también te escucha, gratis, de día y de noche.
youth-help-3018 = 3018: gratis y anónimo, para el acoso en internet, el chantaje y la retirada de imágenes.
youth-help-fsj = Fil Santé Jeunes, 0 800 235 236: gratis y anónimo, para jóvenes de 12–25 años. Amor, sexualidad, salud: puedes hablar de todo.
youth-help-trusted-adult = Un adulto de confianza también puede ayudarte: la enfermería del colegio, el o la CPE (responsable de la vida escolar), un educador, alguien cercano.
youth-help-crous = ¿Un problema de dinero? El servicio social del Crous puede ayudarte, incluso en una urgencia.
youth-help-3919 = Violencia en la pareja o en otro lugar: el 3919 escucha a las mujeres, gratis. El 116 006 ayuda a todo el mundo, de 9:00 a 19:00.
youth-help-danger = Si estás en peligro ahora mismo: 17 o 112. Por SMS: 114.
