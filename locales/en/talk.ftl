# flows/talk.toml

talk-ask-need = What would you like to talk about? This helps to find the right association.
need-housing = Housing
need-papers = Papers
need-health = Health
need-money = Money
need-children = Children
need-legal = My rights, the law
need-talk = Just talk
need-safety = Safety

talk-ask-where = Which département or town are you in? Write its number (for example 33), a postcode or the name of the town. No address needed.
talk-found = Chosen département: { $dept_name }.

talk-ask-urgency = When would you like an answer?
urgency-today = Today if possible
urgency-soon = In the next few days
urgency-later = There is no hurry

talk-consent-offer = I can send an anonymous request to this association or to a team that answers for it. The answer comes here, maybe later.
talk-consent-shared = The team will get your language, your choices, your département and how soon you would like an answer, but not your name, your number or your account.
talk-consent-limit-text = They will read what you write: do not put any name or address in it.
talk-consent-limit-danger = They keep what you say secret, unless a child or someone is in great danger: then they may call the emergency services.
talk-consent-previews = { $channel ->
        [telegram] To hide messages on the lock screen: in Telegram, Settings > Notifications and Sounds, turn off "Message Preview".
       *[other] To hide messages on the lock screen: Settings > Notifications > hide content (or show previews: never).
    }
talk-consent-ask = Would you like to send this request?

talk-declined = All right, nothing was sent. You can come back whenever you like.

talk-ask-message = You can add a short message for the team, without a name or a number. I pass it on to the team without keeping it.
choice-no-message = Send without a message
