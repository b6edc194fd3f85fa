# Alt texts of the pictograms (pictograms/catalogue.toml).

picto-wave = Bonjour
picto-info = Information
picto-talk = Parler
picto-danger = Urgence
picto-phone = Téléphone
picto-house = Logement
picto-papers = Papiers
picto-health = Santé
picto-money = Argent
picto-child = Enfant
picto-student = Études
picto-lock = Sécurité du téléphone
picto-erase = Effacer
picto-map = Lieu
picto-back = Retour
