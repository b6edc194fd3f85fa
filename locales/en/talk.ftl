# flows/talk.toml

talk-ask-need = What would you like to talk about? It helps to find the right association.
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

talk-consent-offer = I can send an anonymous request to this association. Someone from the team can then answer you here, in this conversation.
talk-consent-shared = What is sent: your language, what you chose here, your département, and when you would like an answer.
talk-consent-not-shared = What is not sent: no name, no phone number, no account. The team only sees a request number.
talk-consent-limit-text = What you write yourself will be read by the team. Do not write your name or your address.
talk-consent-limit-danger = The team keeps things confidential. But if a child or someone is in serious danger, they may call for help.
talk-consent-ask = Would you like to send this request?

talk-declined = All right, nothing is sent. You can come back whenever you like.

talk-ask-message = You can add a short message for the team, without a name or a number. I pass it on to the team without keeping it.
choice-no-message = Send without a message
