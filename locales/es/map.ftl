# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Asociaciones autorizadas para el programa de salida
map-verified = Asociación autorizada: contacto verificado
map-unverified = Asociación autorizada: contacto aún no verificado, ubicación aproximada
map-town = Ciudad que el servicio reconoce
map-departement = Departamento: número y nombre
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Última verificación de un contacto:
map-date-none = Todavía no hay ningún contacto verificado.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Asociaciones numeradas en el mapa:
