# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Asociații autorizate pentru programul de ieșire
map-verified = Asociație autorizată: contact verificat
map-unverified = Asociație autorizată: contact încă neverificat, amplasare aproximativă
map-town = Oraș pe care serviciul îl recunoaște
map-departement = Departament: număr și nume
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Ultima verificare a unui contact:
map-date-none = Niciun contact nu este verificat încă.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Asociații numerotate pe hartă:
