# flows/youth.toml — for young people and students, up to 25. Informal, friendly "you".
# $age_band (a selector): child (under 13), young-teen (13–14), teen (15–17), young-adult (18–25).

youth-hello = Here, we talk about money, photos, relationships and the internet. No judging.
youth-phone-safety = Could someone look at your phone? To erase everything fast, write /exit or the word "umbrella".
youth-ask-age = To give you the right contacts, pick your age group.
youth-choice-under-13 = Under 13
youth-choice-13-14 = 13–14 years old
youth-choice-15-17 = 15–17 years old
youth-choice-18-25 = 18–25 years old

youth-topics = What do you want to talk about?
youth-choice-gifts = Gifts in exchange for sex
youth-choice-pictures = Selling pictures of yourself
youth-choice-boyfriend = A boyfriend who asks too much
youth-choice-friend = A friend who "protects" you
youth-choice-online = Online harassment, blackmail
youth-choice-money = Student money problems
youth-choice-quiz = Quiz: risky or not?
youth-choice-helpers = Who can help me?
youth-choice-other = Another topic

# "Michetonnage"
youth-gifts-what = "Michetonnage" (like having a "sugar daddy"): a relationship with an older person who pays for meals, clothes, a phone, in exchange for intimate moments.
youth-gifts-then = At first, it can feel like a game. Then the person may ask for more, or introduce you to other people.
youth-gifts-law =
    { $age_band ->
        [child] If you are under 15, an adult is not allowed to have sex with you, even if you say yes. The adult is the one doing something forbidden, not you.
        [young-teen] If you are under 15, an adult is not allowed to have sex with you, even if you say yes. The adult is the one doing something forbidden, not you.
        [teen] If you are under 18, an adult who offers you money or gifts in exchange for sex is doing something forbidden. The adult gets punished, not you.
       *[other] In France, paying or giving gifts in exchange for sex is against the law. The law punishes the person who pays, not the person who is paid.
    }
youth-gifts-owe = You can stop whenever you want, even after gifts. You owe nobody anything.

# Selling pictures of oneself, subscription sites, sexting
youth-pictures-what = Some people sell photos or videos of themselves, sometimes naked, on subscription sites like OnlyFans or through messages.
youth-pictures-copy = A picture you send can be copied and shared, even from a "private" account. You cannot take it back.
youth-pictures-law =
    { $age_band ->
        [child] If you are under 18, an intimate picture of you is protected by law. Asking for it, buying it or sharing it is against the law.
        [young-teen] If you are under 18, an intimate picture of you is protected by law. Asking for it, buying it or sharing it is against the law.
        [teen] If you are under 18, an intimate picture of you is protected by law. Asking for it, buying it or sharing it is against the law.
       *[other] Buyers often ask for more: more pictures, then to meet you. You can say no at any time.
    }
youth-pictures-more = Someone threatens to post your pictures? Do not pay. Keep the messages. 3018 can help get the pictures taken down.
youth-not-your-fault = It is not your fault. The person making threats is the one doing something forbidden.

# The "lover boy"
youth-boyfriend-what = A "lover boy" acts like he is in love, gives gifts, promises a lot.
youth-boyfriend-then = Then he asks you to "do a favour" for his friends, sometimes for money that he keeps.
youth-boyfriend-signs = Some signs: he checks your phone, keeps you away from your family and friends, talks about a debt.
youth-boyfriend-right = Nobody has the right to push you into sex acts, even if they say it is for love.

# A friend who "protects" and takes a share
youth-friend-what = A friend offers to come with you to meet-ups, so that "everything goes well". Then they take a share of the money.
youth-friend-law = Taking a share of the money someone gets for sex is against the law, even between friends, even if you agree.
youth-friend-stop = You can stop whenever you want. You owe them nothing.

# Cyber-harassment and sextortion
youth-online-harassment = Insults, rumours, photos shared without your OK: that is harassment, and it is against the law.
youth-online-sextortion = Someone threatens to post a picture of you if you do not pay, or do not send more? That is blackmail.
youth-online-do = Do not send anything more, and do not pay. Take screenshots, then block the account.
youth-online-3018 = 3018 is free and anonymous. It can get pictures taken down from social media, fast.

# Students' money trouble
youth-money-intro = Money problems while you study? It happens a lot, and there is help.
youth-money-crous = The Crous social service can give emergency help, fast, even in the middle of the year.
youth-money-health = Your university's health service sees you for free, and keeps what you say secret.
youth-money-offers = Offers of a "sugar daddy" or "paid dates" target students. Often, they hide a request for sex.

# Quiz "is this risky?": every answer gets the same explanation.
youth-quiz-intro = 4 situations. For each one, say what you think. There is no wrong answer.
youth-quiz-safe = No risk
youth-quiz-risky = Maybe risky
youth-quiz-unsure = Not sure
youth-quiz-next = Next situation
youth-quiz-stop = End the quiz
youth-quiz-1 = 1. An older person you met online offers you a phone. They do not ask for anything, for now.
youth-quiz-1-answer = It can be risky. A big gift can feel like a debt, then be used to ask for photos or a meet-up. You can say no, or talk about it with someone you trust.
youth-quiz-2 = 2. The person you are going out with asks you for a nude photo, "just for them".
youth-quiz-2-answer = It can be risky. A photo you send can be copied, or shown to others after a fight. You have the right to say no. Someone who cares about you respects that no.
youth-quiz-3 = 3. A friend offers to come with you to a meet-up "to keep you safe", for a share of the money.
youth-quiz-3-answer = It is risky. Taking a share of that money is against the law, even between friends. It is not protection.
youth-quiz-4 = 4. An account you do not know offers you quick money for photos of you.
youth-quiz-4-answer = It is often a trap: these accounts want pictures to sell them, or to blackmail you. Do not answer, and block the account.
youth-quiz-end = Thanks for taking the time. You can talk about it with someone you trust, or look at the contacts.

# Who can help (by age band)
youth-help-119 = 119: free, day and night, up to age 21. You can just talk. If you are in danger, 119 can tell the services that protect children.
youth-help-119-under-21 = Under 21? 119 listens to you too, for free, day and night.
youth-help-3018 = 3018: free and anonymous, for online harassment, blackmail and taking down pictures.
youth-help-fsj = Fil Santé Jeunes, 0 800 235 236: free and anonymous, for 12–25 year olds. Love, sex, health: you can talk about anything.
youth-help-trusted-adult = An adult you trust can help too: the school nurse, a CPE (school life adviser), a youth worker, someone close to you.
youth-help-crous = Money problems? The Crous social service can help, even in an emergency.
youth-help-3919 = Violence, from a partner or anyone: 3919 listens to women, for free. 116 006 helps everyone, from 9:00 to 19:00.
youth-help-danger = In danger right now: 17 or 112. By text message (SMS): 114.
