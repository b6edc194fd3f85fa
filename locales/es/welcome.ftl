# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Hola, le damos la bienvenida.
welcome-phone-safety = ¿Alguien más puede leer este teléfono? Para borrar todo rápido, escriba /exit o la palabra «paraguas».
welcome-menu = { $register ->
        [youth] ¿Qué quieres hacer? Toca una opción o escribe su número.
       *[adult] ¿Qué quiere hacer? Toque una opción o escriba su número.
    }

welcome-phone-kept = No guardo ni su nombre ni su número.
welcome-phone-visible = La conversación sigue visible en la aplicación, hasta que se borre.
welcome-phone-exit = { $channel ->
        [telegram] /exit o «paraguas» borra nuestros mensajes de las últimas 48 horas: Telegram no permite borrar los más antiguos. Luego elimine el chat de su lista.
        [matrix] /exit o «paraguas» borra sus mensajes y los míos, y luego salgo del chat. Después, elimínelo de su lista.
        [matrix-no-redact] /exit o «paraguas» borra mis mensajes, y luego salgo del chat. Aquí no puedo borrar los suyos: elimine el chat de su lista.
       *[other] /exit o «paraguas» borra todo, si la aplicación lo permite.
    }
welcome-phone-forget = /forget borra lo que guardo, y luego empezamos de nuevo.
welcome-phone-notifications = También puede quitar las vistas previas de las notificaciones en los ajustes del teléfono.
welcome-choice-erase = Borrar todo ahora
