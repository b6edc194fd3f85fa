# Choice labels shared by several flows.

choice-info = Información: derechos, ayudas, el programa
choice-talk = Hablar con alguien
choice-urgent = Urgencia, peligro
choice-youth = Jóvenes y estudios
choice-phone = Seguridad del teléfono
choice-back = Volver al menú
choice-near = Una asociación cerca de mí
