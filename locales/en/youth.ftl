# flows/youth.toml — for minors, young adults and students. Informal tone.

youth-hello = Here, we talk about money, pictures, relationships and the internet. No judgement.
youth-ask-age = To give you the right contacts, choose what fits you.
youth-choice-minor = Under 18
youth-choice-adult = 18 or over
youth-choice-student = I am a student

youth-topics = What would you like to talk about?
youth-choice-gifts = Gifts in exchange for a relationship
youth-choice-pictures = Selling pictures of yourself
youth-choice-boyfriend = A boyfriend who asks too much
youth-choice-helpers = Who can help me?
youth-choice-other = Another topic
youth-choice-association = An association near me

# "Michetonnage"
youth-gifts-what = "Michetonnage": a relationship with an older person who pays for meals, clothes, a phone, in exchange for intimate moments.
youth-gifts-then = At first, it can look like a game. Then the person may ask for more, or introduce you to others.
youth-gifts-law = In France, paying or giving gifts in exchange for sex is forbidden. The person who is paid is never the one punished.
youth-gifts-owe = You can stop whenever you want, even after gifts. You owe nobody anything.

# Selling pictures of oneself; sextortion
youth-pictures-what = Some people sell pictures or videos of themselves, sometimes naked, on websites or social networks.
youth-pictures-copy = A picture you send can be copied and shared, even from a "private" account.
youth-pictures-law = Under 18, an intimate picture of you is protected by law. Asking for it, buying it or sharing it is forbidden.
youth-pictures-threat = Someone threatens to post your pictures? Do not pay. Keep the messages. The 3018 helps to get them removed.

# "Lover boy"
youth-boyfriend-what = A "lover boy" acts in love, gives gifts, promises a lot.
youth-boyfriend-then = Then he asks you to "do a favour" for his friends, sometimes for money that he keeps.
youth-boyfriend-signs = Some signs: he checks your phone, keeps you away from your friends and family, talks about a debt.
youth-boyfriend-right = Nobody has the right to push you into sexual acts, not even out of love.

# Who can help (by age band)
youth-help-119 = 119: free, day and night, up to age 21. You can just talk.
youth-help-119-under-21 = Under 21? The 119 listens to you too, for free, day and night.
youth-help-3018 = 3018: free and anonymous, for online harassment, blackmail and removing images.
youth-help-trusted-adult = A trusted adult can help too: the school nurse, a CPE (school life adviser), a youth worker, someone close to you.
youth-help-student-health = Your university's health service sees students for free, under medical confidentiality.
youth-help-crous = Money trouble? The Crous social service can help, even urgently.
youth-help-3919 = Violence, from a partner or anyone else: the 3919 listens to women, for free.
youth-help-danger = In danger right now: 17 or 112. By text message (SMS): 114.
