# flows/pathway.toml — facts from the regional report (FR-CIDFF Nouvelle-Aquitaine).

pathway-intro-what = Existe un acompañamiento previsto por la ley del 13 de abril de 2016: el programa de salida de la prostitución, en francés «parcours de sortie de prostitution».
pathway-intro-who = Es para las personas que tienen relaciones sexuales a cambio de dinero o de un alojamiento, o para pagar una deuda, y que quieren otra cosa.
pathway-intro-papers = Con o sin papeles. Pero algunas comisiones rechazan a las personas que piden asilo o que tienen una OQTF (una orden de salir de Francia).
pathway-intro-free = Es gratis. Una asociación autorizada le acompaña. No se hace nada sin su acuerdo.
pathway-intro-ask = ¿Qué quiere saber?

pathway-choice-steps = Los pasos
pathway-choice-afis = El dinero: la Afis
pathway-choice-after = Después del programa
pathway-choice-varies = Qué cambia según el departamento
pathway-choice-meeting = La primera cita
pathway-choice-refused = Si la comisión dice que no

pathway-step-contact = 1. Usted se reúne con una asociación autorizada. Allí le escuchan y le explican todo.
pathway-step-evaluation = 2. Con la asociación, usted revisa su situación y prepara un expediente.
pathway-step-commission = 3. El expediente se presenta a una comisión del departamento.
pathway-step-support = 4. Si la comisión acepta, el programa empieza: ayuda con la vivienda, la salud, la formación y el trabajo.
pathway-step-papers = Si lo necesita, puede pedir un permiso de residencia de 6 meses. No es automático: incluso si la comisión acepta, quien decide es el prefecto (el representante del Estado).
pathway-step-review = Cada { $every } meses, la comisión revisa la situación con la asociación. El programa dura { $months } meses como máximo.

pathway-afis-what = La Afis es una ayuda en dinero. Se paga cada mes durante el programa, si usted no tiene derecho a ninguna otra ayuda.
pathway-afis-table = Al mes: 330 € para una persona sola, 432 € con 1 hijo, 534 € con 2, 636 € con 3, y luego 102 € más por cada hijo.
pathway-afis-ask-children = ¿Cuántos hijos tiene a su cargo? Escriba un número, por ejemplo 0 o 2.

# $children: a number from 0 to 12. Scale: 330 € alone, plus 102 € per dependent child.
pathway-afis-amount =
    { $children ->
        [0] Para una persona sola: 330 € al mes.
        [1] Con 1 hijo: 432 € al mes.
        [2] Con 2 hijos: 534 € al mes.
        [3] Con 3 hijos: 636 € al mes.
        [4] Con 4 hijos: 738 € al mes.
        [5] Con 5 hijos: 840 € al mes.
        [6] Con 6 hijos: 942 € al mes.
        [7] Con 7 hijos: 1044 € al mes.
        [8] Con 8 hijos: 1146 € al mes.
        [9] Con 9 hijos: 1248 € al mes.
        [10] Con 10 hijos: 1350 € al mes.
        [11] Con 11 hijos: 1452 € al mes.
        [12] Con 12 hijos: 1554 € al mes.
       *[other] 330 € al mes, más 102 € por cada hijo a su cargo.
    }
pathway-afis-check = Estas cantidades vienen de un informe regional. La asociación revisa con usted la cantidad actual y sus derechos.
pathway-afis-559 = Atención: si gana más de 559 € en el mes anterior a la renovación de la Afis, la Afis se para durante 6 meses. Hable con la asociación antes de aceptar horas de trabajo.

pathway-after-end = El programa dura { $months } meses como máximo. La ley no prevé nada después.
pathway-after-common = El objetivo: que al final usted tenga acceso a las ayudas habituales (vivienda, empleo).
pathway-after-rsa = Para el RSA (el ingreso mínimo), una persona de un país de fuera de la Unión Europea necesita en general tener un permiso de residencia desde hace al menos 5 años.
pathway-after-association = Algunas asociaciones le siguen acompañando después del programa. Puede preguntarles.

pathway-varies-criteria = Cada departamento tiene su comisión. Las condiciones para entrar en el programa no son iguales en todas partes.
pathway-varies-complaint = La ley no pide poner una denuncia. Pero algunas comisiones la piden igualmente.
pathway-varies-stop = Algunas comisiones también piden que usted ya no tenga relaciones sexuales a cambio de dinero desde hace un tiempo.
pathway-varies-association = La asociación autorizada de su departamento conoce su comisión. Le dice qué es importante allí donde usted vive.

# What a first meeting is like (report, Section 1; the law asks no complaint, no prior stop).
pathway-meet-free = La primera cita con una asociación es gratis. Usted habla de lo que quiera, a su ritmo.
pathway-meet-conditions = No necesita haberlo dejado. No necesita poner una denuncia: la ley no lo pide.
pathway-meet-with = Puede pedir venir con sus hijos o con una persona de confianza.
pathway-meet-interpreter = Puede pedir un o una intérprete. Diga qué idioma habla.
pathway-meet-secret = El equipo guarda en secreto lo que usted cuenta. Pero si un niño o una persona está en grave peligro, puede avisar a los servicios de emergencia.

# If the commission says no (report, Section 3: acceptance from 100 % down to 50 % by département).
pathway-refused-varies = Las comisiones no deciden de la misma forma en todas partes. En algunos departamentos, se rechaza hasta una solicitud de cada dos.
pathway-refused-help = Después de un rechazo, la asociación puede seguir ayudándole: vivienda, salud, derechos.
pathway-refused-ask = Puede preguntarle por qué la comisión dijo que no, y si más adelante será posible presentar un nuevo expediente.
