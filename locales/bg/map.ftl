# The legend of the public map of the region (`passerelle directory map`): what its marks mean
# and how recent its data is. Read by partners and the public: short, neutral, no address to
# the reader. A filled dot is an association whose contact an operator has verified; a hollow
# dot one whose contact is not verified yet (it is drawn at the prefecture, a guess).

map-title = Одобрени организации за програмата за излизане
map-verified = Одобрена организация: проверен контакт
map-unverified = Одобрена организация: контактът още не е проверен, местоположението е приблизително
map-town = Град, който услугата разпознава
map-departement = Департамент: номер и име
# Followed by the date (year-month-day) of the most recent verification of a contact.
map-date = Последна проверка на контакт:
map-date-none = Все още няма проверен контакт.
# Heads the list of associations shown by a number where their name did not fit.
map-numbered = Организации, номерирани на картата:
