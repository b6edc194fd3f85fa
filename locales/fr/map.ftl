# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Associations agréées pour le parcours de sortie
map-verified = Association agréée : contact vérifié
map-unverified = Association agréée : contact pas encore vérifié, emplacement approximatif
map-town = Ville que le service reconnaît
map-departement = Département : numéro et nom
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Dernière vérification d'un contact :
map-date-none = Aucun contact n'est encore vérifié.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Associations numérotées sur la carte :
