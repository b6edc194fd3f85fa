# When no team can take a request through this service (src/engine/fallback.rs): the
# association's verified contacts, else the national lines that fit the need and the person,
# each with what it is for and when it answers. Only hours the sources give (none for 3018
# and Fil Santé Jeunes); a person under 18 gets only the young people's lines.

# Only above a card that holds at least one contact an operator verified.
fallback-contact-directly = You can contact them directly:
# The association's contacts are all leads nobody confirmed yet: none is given.
fallback-unverified = { $association }: their contact details are still being checked, and I will only give them to you once they are confirmed.
fallback-lines = These national helplines can help you right now:
line-115 = 115: emergency housing, to sleep in a shelter. Free, day and night.
line-116006 = 116 006: if someone has hurt you (hitting, threats, theft…), for everyone. Free, every day from 9:00 to 19:00.
line-3919 = 3919: a helpline for women facing violence, from a partner or anyone. Free and anonymous, day and night; the call does not show on the phone bill.
line-119 = { $register ->
        [youth] 119: for children and young people up to 21; you can just talk. Free, day and night; the call does not show on the phone bill.
       *[adult] 119: for children and young people up to 21, or an adult worried about them. Free, day and night; the call does not show on the phone bill.
    }
line-3018 = 3018: online harassment, blackmail with pictures, taking down images. Free and anonymous.
line-fsj = Fil Santé Jeunes, 0 800 235 236: health, love, sex, feeling low, for 12–25 year olds. Free and anonymous.
line-danger = In danger now: 17 or 112. If you cannot talk: a text message to 114.
