# flows/safety.toml — national numbers, each with what it is for.

safety-now-intro = These numbers are free.
safety-17 = 17: police, if someone threatens or hits you.
safety-112 = 112: emergencies, from any phone, anywhere in Europe.
# $number: the SMS emergency number (114)
safety-sms = { $number }: by text message (SMS), if you cannot speak.
safety-15 = 15: SAMU, for a medical emergency.
safety-115 = 115: emergency housing, to sleep somewhere safe.
safety-119 = 119: for children and young people up to 21, day and night.
safety-3919 = 3919: listening for women facing violence. It is not an emergency number.
safety-3018 = 3018: online harassment, blackmail with pictures, removing images.

safety-choice-near = An association near me
