# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Associações credenciadas para o percurso de saída
map-verified = Associação credenciada: contato verificado
map-unverified = Associação credenciada: contato ainda não verificado, localização aproximada
map-town = Cidade que o serviço reconhece
map-departement = Departamento: número e nome
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Última verificação de um contato:
map-date-none = Nenhum contato foi verificado ainda.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Associações numeradas no mapa:
