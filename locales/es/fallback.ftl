# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = { $register ->
        [youth] Puedes contactar directamente con la asociación:
       *[adult] Puede contactar directamente con la asociación:
    }
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $register ->
        [youth] { $association }: sus datos de contacto todavía se están verificando; te los daré solo cuando estén confirmados.
       *[adult] { $association }: sus datos de contacto todavía se están verificando; se los daré solo cuando estén confirmados.
    }
fallback-lines = { $register ->
        [youth] Estas líneas nacionales pueden ayudarte desde ahora:
       *[adult] Estas líneas nacionales pueden ayudarle desde ahora:
    }
line-115 = 115: alojamiento de urgencia, para dormir bajo techo. Gratis, de día y de noche.
line-116006 = { $register ->
        [youth] 116 006: si alguien te ha hecho daño (golpes, amenazas, robo…), para todo el mundo. Gratis, todos los días de 9:00 a 19:00.
       *[adult] 116 006: si alguien le ha hecho daño (golpes, amenazas, robo…), para todo el mundo. Gratis, todos los días de 9:00 a 19:00.
    }
line-3919 = 3919: línea de escucha para mujeres que sufren violencia, en la pareja o en otro lugar. Gratis y anónimo, de día y de noche; la llamada no aparece en la factura del teléfono.
line-119 = { $register ->
        [youth] 119: para niños y jóvenes hasta los 21 años; puedes llamar solo para hablar. Gratis, de día y de noche; la llamada no aparece en la factura del teléfono.
       *[adult] 119: para niños y jóvenes hasta los 21 años, o un adulto preocupado por ellos. Gratis, de día y de noche; la llamada no aparece en la factura del teléfono.
    }
line-3018 = 3018: acoso en internet, chantaje con fotos, retirada de imágenes. Gratis y anónimo.
line-fsj = Fil Santé Jeunes, 0 800 235 236: salud, amor, sexualidad, ánimo, para jóvenes de 12–25 años. Gratis y anónimo.
line-danger = { $register ->
        [youth] En peligro ahora: 17 o 112. Si no puedes hablar: SMS al 114.
       *[adult] En peligro ahora: 17 o 112. Si no puede hablar: SMS al 114.
    }
