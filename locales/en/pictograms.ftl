# Alt texts of the pictograms (pictograms/catalogue.toml).

picto-wave = Hello
picto-info = Information
picto-talk = Talk
picto-danger = Emergency
picto-phone = Phone
picto-house = Housing
picto-papers = Papers
picto-health = Health
picto-money = Money
picto-child = Child
picto-student = Studies
picto-lock = Phone safety
picto-erase = Erase
picto-map = Place
picto-back = Back
