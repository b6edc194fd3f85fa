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

talk-consent-offer = I can also prepare an anonymous request for this association.
talk-consent-shared = What is sent: your language, what you chose here, your département.
talk-consent-not-shared = What is not sent: no name, no phone number, no account.
talk-consent-limit-text = What you write yourself will be read by the team. Do not write your name or your address.
talk-consent-limit-danger = The team keeps things secret. But if a child or a person is in serious danger, the team may call the emergency services.
talk-consent-ask = Do you want to prepare this request?

talk-declined = All right, nothing is sent. You can come back whenever you want.

talk-ask-message = You can add a short message for the team, with no name and no number. If not, write "ok".

talk-sent = Your request is ready, but this service cannot send it by itself yet. Contact the association with the card above.
talk-sent-stop = To stop at any time: /stop. In danger: 17 or 112.
