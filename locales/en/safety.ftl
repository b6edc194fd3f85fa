# flows/safety.toml — national numbers, each with what it is for.

# What to do now comes first (DESIGN.md S5).
safety-now-first = In danger now: call 17 or 112. If you cannot talk, send a text message to 114.
safety-now-free = These numbers are free, day and night.
safety-17 = 17: police or gendarmerie, if someone threatens you or hits you.
safety-112 = 112: emergencies, from any phone, anywhere in Europe.
# $number: the SMS emergency number (114)
safety-sms = { $number }: by text message (SMS), if you cannot speak or hear.
safety-15 = 15: SAMU (ambulance), for a medical emergency.
safety-115 = 115: emergency housing, to sleep in a shelter.
safety-119 = 119: for children and young people up to 21.
safety-3919 = 3919: a helpline for women facing violence. It is not an emergency number.
safety-116006 = { $register ->
        [youth] 116 006: if someone has hurt you (hitting, threats, theft…), for everyone: girls, boys, trans people. Every day, from 9:00 to 19:00.
       *[adult] 116 006: if someone has hurt you (hitting, threats, theft…), for everyone: women, men, trans people. Every day, from 9:00 to 19:00.
    }
safety-3018 = 3018: online harassment, blackmail with pictures, removing images.
safety-more-hours = 115, 119 and 3919 answer day and night. Calls to 119 and 3919 do not show on the phone bill.

safety-choice-leave = Leaving, staying safe
safety-choice-more = More numbers: shelter, violence, children, online
