# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
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
poster-free = { $audience ->
        [adult] Gratis y anónimo. No hace falta dar su nombre ni crear una cuenta.
       *[other] Gratis y anónimo. No hace falta dar tu nombre ni crear una cuenta.
    }
poster-scan = { $audience ->
        [adult] Escanee el código o abra el enlace:
       *[other] Escanea el código o abre el enlace:
    }
poster-minors = Menores de 18 años: 119 (infancia en peligro) y 3018 (acoso en internet), gratis.
