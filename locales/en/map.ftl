# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Approved associations for the exit pathway
map-verified = Approved association: contact verified
map-unverified = Approved association: contact not verified yet, approximate location
map-town = Town the service recognises
map-departement = Département: number and name
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Latest verification of a contact:
map-date-none = No contact is verified yet.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Associations numbered on the map:
