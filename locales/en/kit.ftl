# The schools kit: the printable poster that shares the bot (`passerelle poster`). Short and
# neutral: what it is, that it is free and anonymous, how to open it, and the contacts for
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
poster-free = Free and anonymous. No need to give your name or to create an account.
poster-scan = Scan the code or open the link:
poster-minors = Under 18: 119 (children in danger) and 3018 (online harassment), free.
