# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Bonjour
picto-info = Information
picto-talk = Parler à quelqu'un
picto-danger = Urgence
picto-phone = Appeler
picto-house = Logement
picto-papers = Papiers
picto-health = Santé
picto-money = Argent
picto-child = Enfant
picto-teen = Ado
picto-student = Études
picto-lock = Sécurité du téléphone
picto-erase = Effacer
picto-map = Lieu
picto-back = Retour
picto-sms = SMS
picto-bed = Hébergement
picto-rights = Droits
picto-school = École
picto-protection = Protection
picto-hours = Temps, horaires
picto-calendar = Calendrier, dans quelques jours
picto-language = Langue
picto-yes = Oui
picto-no = Non
picto-question = Question
picto-group = Association
picto-online = En ligne
picto-camera = Photos : prudence
picto-gift = Cadeaux
picto-relationship = Relation amoureuse
picto-pathway = Parcours de sortie
picto-control = Ami qui contrôle
