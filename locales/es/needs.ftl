# flows/needs.toml — practical needs. Facts: the regional report and national services.

needs-menu = ¿Sobre qué quiere información?
needs-choice-pathway = El programa de salida
needs-choice-papers = Papeles y derechos
needs-choice-safety = Irse, protegerse
needs-choice-other = Otro tema
needs-choice-oath = Un juramento, un ritual (juju)
needs-choice-legal-help = ¿Quién puede ayudarme con mis derechos?

needs-housing-115 = 115: gratis, de día y de noche, para buscar un alojamiento de urgencia. A menudo está completo: puede volver a llamar, o pedir ayuda a una asociación.
needs-housing-siao = En cada departamento, un servicio (el SIAO) reparte las plazas de alojamiento y de vivienda. Una asociación o una trabajadora social hace la solicitud con usted.
needs-housing-association = Las asociaciones autorizadas conocen los centros de acogida y de alojamiento de su departamento. En el programa de salida, la vivienda es un paso clave.
needs-housing-children = Si está con sus hijos, dígalo al 115: buscan un lugar para toda la familia.

needs-papers-cidff = Los CIDFF (centros de información sobre los derechos de las mujeres y de las familias) existen en muchos departamentos. Sus juristas le informan gratis sobre sus derechos.
needs-papers-without = Aunque no tenga papeles, tiene derecho a recibir atención médica y a un alojamiento de urgencia.
needs-papers-permit = En el programa de salida, puede pedir un permiso de residencia de 6 meses. No es automático: incluso si la comisión acepta, quien decide es el prefecto (el representante del Estado). Algunas comisiones rechazan a las personas que piden asilo o que tienen una OQTF (una orden de salir de Francia).
needs-papers-eu = ¿Es usted ciudadano o ciudadana de un país de la Unión Europea (Rumanía, Bulgaria…)? No necesita permiso de residencia.
needs-papers-passport = Nadie tiene derecho a quedarse con su pasaporte ni con sus papeles. Está prohibido.
needs-papers-lawyer = Una asociación o un abogado puede ayudarle con los trámites en la prefectura (préfecture: el servicio del Estado para los permisos de residencia) o con una solicitud de asilo.

needs-health-pass = La PASS, un servicio de salud en el hospital: atención médica y medicamentos, incluso sin papeles y sin carte Vitale (la tarjeta del seguro médico).
needs-health-cegidd = El CeGIDD, un centro de pruebas: VIH, hepatitis y otras infecciones, gratis y anónimo. También anticonceptivos, y un tratamiento que protege del VIH (la PrEP).
needs-health-ame = Sin papeles, después de 3 meses en Francia, la AME (ayuda médica del Estado) puede pagar su atención médica.
needs-health-secret = El personal de salud está obligado al secreto médico. Solo puede avisar a los servicios de emergencia en casos raros, por ejemplo si un niño o una persona está en gran peligro.

needs-safety-leave = Salir de una red es posible. Una asociación autorizada conoce los pasos y le ayuda a prepararlo, con la mayor seguridad posible.
needs-safety-debt = Nadie tiene derecho a obligarle a nada por una deuda del viaje o del alojamiento.
needs-safety-acse = Si quedarse en la región es peligroso, un programa nacional (Ac.Sé) puede ofrecerle un lugar protegido, lejos de aquí. Una asociación o la policía hace la solicitud.
needs-safety-plan = Si puede, guarde en algún lugar un número de confianza y una copia de sus papeles.

needs-money-afis = En el programa de salida, la Afis es una ayuda en dinero, cada mes, si no tiene derecho a ninguna otra ayuda.
needs-money-ccas = El CCAS de su ayuntamiento (mairie) puede darle una ayuda de urgencia: dinero, paquetes de comida, ayuda para el transporte.
needs-money-bank = Abrir una cuenta en el banco es un derecho. Si un banco se niega, la Banque de France puede elegir uno para usted.
needs-money-help = Una asociación le ayuda a completar los formularios.

needs-children-school = En Francia, la escuela es un derecho para todos los niños y niñas, con o sin papeles.
needs-children-pmi = La PMI cuida gratis la salud de los niños de menos de 6 años: consultas y vacunas.
needs-children-care = El programa no incluye el cuidado de los niños. La asociación busca soluciones con usted: guardería, una cuidadora (assistante maternelle), familia o amistades.
needs-children-afis = La Afis aumenta según el número de hijos a su cargo.
needs-children-119 = ¿Hay un niño o una niña en peligro? El 119 responde de día y de noche, gratis.

# The oath ("juju") the report describes (Section 2, Fiche 2): short, respectful, no judgement on beliefs.
needs-oath-known = Un juramento o un ritual hecho antes del viaje (el «juju») puede dar mucho miedo. Ese miedo es real. Las asociaciones lo conocen.
needs-oath-debt = Nadie tiene derecho a obligarle a nada por un juramento o por una deuda.
needs-oath-talk = Puede hablar de ello con una asociación. Le escucha sin juzgar sus creencias y busca con usted cómo protegerse.
