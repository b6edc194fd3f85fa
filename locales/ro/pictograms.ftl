# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Bună ziua
picto-info = Informații
picto-talk = Discuție cu cineva
picto-danger = Urgență
picto-phone = Apel
picto-house = Locuință
picto-papers = Acte
picto-health = Sănătate
picto-money = Bani
picto-child = Copil
picto-teen = Adolescent
picto-student = Studii
picto-lock = Siguranța telefonului
picto-erase = Ștergere
picto-map = Loc
picto-back = Înapoi
picto-sms = SMS
picto-bed = Cazare
picto-rights = Drepturi
picto-school = Școală
picto-protection = Protecție
picto-hours = Timp, orar
picto-calendar = Calendar, peste câteva zile
picto-language = Limbă
picto-yes = Da
picto-no = Nu
picto-question = Întrebare
picto-group = Asociație
picto-online = Online
picto-camera = Poze: atenție
picto-gift = Cadouri
picto-relationship = Relație de cuplu
picto-pathway = Program de ieșire
picto-control = Prieten care controlează
