# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free, what the channel it opens needs, how to open it, and the contacts for
# minors. $audience is youth, student or adult.

poster-title = { $audience ->
        [adult] Talk to someone, without judgement
       *[other] A question? Let's talk, without judgement
    }
poster-what = { $audience ->
        [youth] Money, pictures, relationships, the internet: clear facts and contacts near you.
        [student] Money, pictures, relationships, the internet: clear facts, student support and contacts near you.
       *[adult] Rights, housing, health, papers: clear facts and an association near you.
    }
# Only what is true of the channel the poster points to: Telegram and Matrix need an account
# (Telegram's is tied to a phone number); the bot never asks for a name or a number.
poster-free = { $channel ->
        [matrix] Free. The service never asks for your name or your number. You need a Matrix account (for example with the Element app).
       *[telegram] Free. The service never asks for your name or your number. You need the Telegram app.
    }
poster-scan = Scan the code or open the link:
poster-minors = Under 18: 119 (children in danger) and 3018 (online harassment), free.
