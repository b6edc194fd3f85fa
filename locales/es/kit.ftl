# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
# minors. $audience is youth, student or adult (young people get "tú", adults "usted").

poster-title = { $audience ->
        [adult] Hablar con alguien, sin juzgar
       *[other] ¿Una pregunta? Hablamos, sin juzgar
    }
poster-what = { $audience ->
        [youth] Dinero, fotos, relaciones, internet: información clara y contactos cerca de ti.
        [student] Dinero, fotos, relaciones, internet: información clara, ayudas para estudiantes y contactos cerca de ti.
       *[adult] Derechos, vivienda, salud, papeles: información clara y una asociación cerca de usted.
    }
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] { $audience ->
            [adult] Gratis. El servicio nunca le pide su nombre ni su número. Se necesita una cuenta Matrix (por ejemplo, con la aplicación Element).
           *[other] Gratis. El servicio nunca te pide tu nombre ni tu número. Se necesita una cuenta Matrix (por ejemplo, con la aplicación Element).
        }
       *[telegram] { $audience ->
            [adult] Gratis. El servicio nunca le pide su nombre ni su número. Se necesita la aplicación Telegram.
           *[other] Gratis. El servicio nunca te pide tu nombre ni tu número. Se necesita la aplicación Telegram.
        }
    }
poster-scan = { $audience ->
        [adult] Escanee el código o abra el enlace:
       *[other] Escanea el código o abre el enlace:
    }
poster-minors = Menores de 18 años: 119 (infancia en peligro) y 3018 (acoso en internet), gratis.
