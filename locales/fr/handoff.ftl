# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = C'est envoyé à { $association }. Numéro de votre demande : { $ticket }.
handoff-sent-how = Une personne de l'équipe vous répondra ici. Ce que vous écrivez maintenant lui est transmis sans votre nom ni votre numéro. Je ne le garde pas ; l'équipe garde ce qu'elle reçoit.
handoff-sent-languages = L'équipe lit : { $languages }. Vous pouvez quand même écrire dans votre langue.
handoff-sent-stop = Pour arrêter à tout moment : /stop. Pour tout effacer : /exit. En cas de danger : 17 ou 112.
handoff-no-desk = { $association } ne reçoit pas encore de demande par ce service. Rien n'a été envoyé. Vous pouvez la contacter directement :
handoff-no-association = Aucune association ne reçoit de demande par ce service pour votre département. Rien n'a été envoyé. Voici qui peut aider :
handoff-desk-closed = L'équipe de { $association } n'est pas là en ce moment. Rien n'a été envoyé. Vous pouvez la contacter à ses horaires :
handoff-desk-failed = La demande n'a pas pu partir : le service de { $association } ne répond pas en ce moment. Rien n'a été envoyé. Vous pouvez la contacter directement :
handoff-emergency = En cas de danger : 17 ou 112 (114 par SMS). Moins de 21 ans : 119. Violences : 3919.
handoff-not-sent = Votre demande n'a pas été envoyée : rien n'est parti vers l'association.
# Danger words in the message for the team: the offer to send it anyway, marked urgent (the
# words are held in memory only, for a while), and the urgency staff read on the ticket.
handoff-offer-urgent = Voulez-vous quand même envoyer votre message à l'association, marqué urgent ? Elle ne répond pas forcément tout de suite : en danger maintenant, appelez le 17 ou le 112.
handoff-send-urgent = Envoyer mon message, marqué urgent
handoff-held-gone = Je ne garde plus ce message. Pour écrire à l'association, refaites la demande depuis le menu.
urgency-danger = Urgent : son message parle d'un danger

relay-staff = { $association } : { $text }
relay-closed = { $association } a terminé la conversation. Vous pouvez revenir quand vous voulez : écrivez un message pour recommencer.
relay-transferred = Votre demande est passée à { $association }, qui peut mieux vous aider. Une personne de cette équipe vous répondra ici.
relay-no-answer = Personne de { $association } n'a encore répondu. Vous pouvez aussi les contacter directement :
relay-still-open = Votre demande reste ouverte : si quelqu'un répond, vous le verrez ici. Pour l'annuler : /stop.
relay-undelivered = Votre message n'a pas pu être transmis pour l'instant. Réessayez dans un moment. En cas de danger : 17 ou 112.
relay-gone = Cette conversation est terminée. Écrivez un message pour recommencer.
relay-reminder = Vous êtes en contact avec { $association } : écrivez votre message ici. Pour arrêter : /stop.
relay-danger-passed = Votre message a aussi été transmis à { $association }.
relay-stopped = C'est arrêté, { $association } est prévenue. Je ne garde pas vos messages ; l'équipe garde ceux qu'elle a reçus.

input-text-too-long = Ce message est un peu long : { $max } caractères au plus, s'il vous plaît.

## The desk's side (staff of the association)

desk-ticket =
    Nouvelle demande { $ticket }
    Langue : { $lang }
    Besoins : { $needs }
    Département : { $dept }
    Réponse souhaitée : { $urgency }
desk-ticket-transferred = Demande transmise par { $association }.
desk-ticket-unread-language = La personne écrit en { $lang }, une langue que ce bureau ne lit pas : un outil de traduction peut aider.
desk-ticket-message = Son message : « { $text } »
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] La personne a arrêté la conversation. Plus rien ne lui sera transmis.
desk-person-left = [{ $ticket }] La personne a utilisé la sortie rapide : son téléphone n'est peut-être pas sûr. Plus rien ne lui sera transmis.
desk-closed = [{ $ticket }] Conversation terminée. La personne est prévenue.
desk-transferred = [{ $ticket }] Demande transmise à { $association }. La personne est prévenue.
desk-transfer-unknown = Aucun bureau pour « { $association } ». Écrivez /transfer suivi de l'identifiant d'une autre association (par exemple /transfer cidff-16).
desk-no-answer = [{ $ticket }] Pas de réponse après { $minutes } min : la personne a reçu vos coordonnées et les numéros d'urgence. Vous pouvez encore lui répondre ici.
desk-expired = [{ $ticket }] Demande close après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sans message.
desk-undelivered = [{ $ticket }] Ce message n'a pas pu être transmis à la personne.
desk-ended = Cette demande est terminée, ou ce message n'est pas une demande : rien n'a été transmis.
desk-usage = Pour répondre, répondez à ce message (Telegram) ou dans son fil (Matrix). /close termine la conversation ; /transfer suivi de l'identifiant d'une association (par exemple /transfer cidff-16) la confie à celle-ci. Sur Matrix, écrivez !close et !transfer.
