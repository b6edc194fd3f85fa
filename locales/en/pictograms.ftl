# Alt texts of the pictograms (pictograms/catalogue.toml): also their captions and what screen
# readers say. Short (1 to 3 words), plain, never judging. French is the source.

picto-wave = Hello
picto-info = Information
picto-talk = Talk to someone
picto-danger = Emergency
picto-phone = Call
picto-house = Housing
picto-papers = Papers
picto-health = Health
picto-money = Money
picto-child = Child
picto-teen = Teenager
picto-student = Studies
picto-lock = Phone safety
picto-erase = Erase
picto-map = Place
picto-back = Back
picto-sms = Text message
picto-bed = Shelter
picto-rights = Rights
picto-school = School
picto-protection = Protection
picto-hours = Time, opening hours
picto-calendar = Calendar, in a few days
picto-language = Language
picto-yes = Yes
picto-no = No
picto-question = Question
picto-group = Association
picto-online = Online
picto-camera = Photos: take care
picto-gift = Gifts
picto-relationship = Love relationship
picto-pathway = Exit pathway
picto-control = Controlling friend
