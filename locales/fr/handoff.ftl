# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = { $register ->
        [youth] C'est envoyé à { $association }. Numéro de ta demande : { $ticket }.
       *[adult] C'est envoyé à { $association }. Numéro de votre demande : { $ticket }.
    }
handoff-sent-how = { $register ->
        [youth] Une personne de l'équipe te répondra ici. Ce que tu écris maintenant lui est transmis sans ton nom ni ton numéro. Je ne le garde pas ; l'équipe garde ce qu'elle reçoit.
       *[adult] Une personne de l'équipe vous répondra ici. Ce que vous écrivez maintenant lui est transmis sans votre nom ni votre numéro. Je ne le garde pas ; l'équipe garde ce qu'elle reçoit.
    }
handoff-sent-languages = { $register ->
        [youth] L'équipe lit : { $languages }. Tu peux quand même écrire dans ta langue.
       *[adult] L'équipe lit : { $languages }. Vous pouvez quand même écrire dans votre langue.
    }
handoff-sent-stop = Pour arrêter à tout moment : /stop. Pour tout effacer : /exit. En cas de danger : 17 ou 112.
# The association the person was matched with could not take the request (no desk, closed,
# unreachable): a regional desk ({ $desk }, covering the person's département) took it.
handoff-sent-regional = { $register ->
        [youth] { $association } ne peut pas recevoir de demande par ce service en ce moment : ta demande est partie vers { $desk }, une équipe qui répond aussi pour ton département. Numéro de ta demande : { $ticket }.
       *[adult] { $association } ne peut pas recevoir de demande par ce service en ce moment : votre demande est partie vers { $desk }, une équipe qui répond aussi pour votre département. Numéro de votre demande : { $ticket }.
    }
# Nothing was sent: what follows is the association's verified contacts, or national lines
# (fallback.ftl). Never "contact it directly" here: its contacts may not be verified yet.
handoff-no-desk = { $association } ne reçoit pas encore de demande par ce service. Rien n'a été envoyé.
handoff-no-association = { $register ->
        [youth] Aucune association ne reçoit de demande par ce service pour ton département. Rien n'a été envoyé.
       *[adult] Aucune association ne reçoit de demande par ce service pour votre département. Rien n'a été envoyé.
    }
handoff-desk-closed = L'équipe de { $association } n'est pas là en ce moment. Rien n'a été envoyé.
handoff-desk-failed = La demande n'a pas pu partir : le service de { $association } ne répond pas en ce moment. Rien n'a été envoyé.
handoff-emergency = { $minor ->
        [yes] En cas de danger : 17 ou 112 (114 par SMS). 119, jour et nuit. 3018 pour le harcèlement en ligne.
       *[no] En cas de danger : 17 ou 112 (114 par SMS). Moins de 21 ans : 119. Violences : 3919.
    }
handoff-not-sent = { $register ->
        [youth] Ta demande n'a pas été envoyée : rien n'est parti vers l'association.
       *[adult] Votre demande n'a pas été envoyée : rien n'est parti vers l'association.
    }
# Danger words in the message for the team: the offer to send it anyway, marked urgent (the
# words are held in memory only, for a while), and the urgency staff read on the ticket.
handoff-offer-urgent = { $register ->
        [youth] Veux-tu quand même envoyer ton message à l'association, marqué urgent ? Elle ne répond pas forcément tout de suite : en danger maintenant, appelle le 17 ou le 112.
       *[adult] Voulez-vous quand même envoyer votre message à l'association, marqué urgent ? Elle ne répond pas forcément tout de suite : en danger maintenant, appelez le 17 ou le 112.
    }
handoff-send-urgent = Envoyer mon message, marqué urgent
handoff-held-gone = { $register ->
        [youth] Je ne garde plus ce message. Pour écrire à l'association, refais la demande depuis le menu.
       *[adult] Je ne garde plus ce message. Pour écrire à l'association, refaites la demande depuis le menu.
    }
urgency-danger = Urgent : son message parle d'un danger

# A staff reply and the notices below reach the person unasked, after their last message: a
# watched phone's lock screen shows their first line. It stays as neutral as the bot's first
# line (no association name, nothing about violence, prostitution, the police or a danger);
# such details come on a later line (DESIGN.md S6). The operator may replace
# relay-staff-prefix ([handoff] reply_prefix in the config file).
relay-staff-prefix = Réponse :
relay-staff = { $prefix } { $text }
relay-closed = { $register ->
        [youth] L'équipe a terminé la conversation. Tu peux revenir quand tu veux : écris un message pour recommencer.
       *[adult] L'équipe a terminé la conversation. Vous pouvez revenir quand vous voulez : écrivez un message pour recommencer.
    }
relay-transferred = { $register ->
        [youth]
            Ta demande passe à une autre équipe, qui peut mieux t'aider. Une personne de cette équipe te répondra ici.
            Il s'agit de { $association }.
       *[adult]
            Votre demande passe à une autre équipe, qui peut mieux vous aider. Une personne de cette équipe vous répondra ici.
            Il s'agit de { $association }.
    }
relay-no-answer = { $register ->
        [youth] Pas encore de réponse à ta demande. En attendant, voici d'autres possibilités :
       *[adult] Pas encore de réponse à votre demande. En attendant, voici d'autres possibilités :
    }
relay-still-open = { $register ->
        [youth] Ta demande reste ouverte : si quelqu'un répond, tu le verras ici. Pour l'annuler : /stop.
       *[adult] Votre demande reste ouverte : si quelqu'un répond, vous le verrez ici. Pour l'annuler : /stop.
    }
relay-undelivered = { $register ->
        [youth] Ton message n'a pas pu être transmis pour l'instant. Réessaie dans un moment. En cas de danger : 17 ou 112.
       *[adult] Votre message n'a pas pu être transmis pour l'instant. Réessayez dans un moment. En cas de danger : 17 ou 112.
    }
relay-gone = { $register ->
        [youth] Cette conversation est terminée. Écris un message pour recommencer.
       *[adult] Cette conversation est terminée. Écrivez un message pour recommencer.
    }
relay-reminder = { $register ->
        [youth] Tu es en contact avec { $association } : écris ton message ici. Pour arrêter : /stop.
       *[adult] Vous êtes en contact avec { $association } : écrivez votre message ici. Pour arrêter : /stop.
    }
relay-danger-passed = { $register ->
        [youth] Ton message a aussi été transmis à { $association }.
       *[adult] Votre message a aussi été transmis à { $association }.
    }
relay-stopped = { $register ->
        [youth] C'est arrêté, { $association } est prévenue. Je ne garde pas tes messages ; l'équipe garde ceux qu'elle a reçus.
       *[adult] C'est arrêté, { $association } est prévenue. Je ne garde pas vos messages ; l'équipe garde ceux qu'elle a reçus.
    }

input-text-too-long = { $register ->
        [youth] Ce message est un peu long : { $max } caractères au plus, s'il te plaît.
       *[adult] Ce message est un peu long : { $max } caractères au plus, s'il vous plaît.
    }

## The desk's side (staff of the association)

desk-ticket =
    Nouvelle demande { $ticket }
    Langue : { $lang }
    Besoins : { $needs }
    Département : { $dept }
    Réponse souhaitée : { $urgency }
desk-ticket-transferred = Demande transmise par { $association }.
desk-ticket-regional = Demande pour { $association }, qui ne peut pas la recevoir par ce service en ce moment : elle arrive à votre bureau, qui couvre ce département. Répondez ici, ou passez-la à une association (/transfer).
desk-ticket-regional-none = Aucune association de l'annuaire ne peut recevoir cette demande par ce service : elle arrive à votre bureau, qui couvre ce département.
desk-ticket-unread-language = La personne écrit en { $lang }, une langue que ce bureau ne lit pas. Demandez à un ou une collègue ou à un interprète de l'association, ou passez la demande à un bureau qui lit cette langue (/transfer). Ne copiez pas ses messages dans un service de traduction en ligne : ils sortiraient de l'association.
desk-ticket-message = Son message : « { $text } »
desk-lock-screen = Le début de chaque réponse peut s'afficher sur l'écran verrouillé de la personne, que quelqu'un d'autre peut voir : ne commencez pas par le nom de l'association ni par le sujet de la demande.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] La personne a arrêté la conversation. Plus rien ne lui sera transmis.
desk-person-left = [{ $ticket }] La personne a utilisé la sortie rapide : son téléphone n'est peut-être pas sûr. Plus rien ne lui sera transmis.
desk-closed = [{ $ticket }] Conversation terminée. La personne est prévenue.
desk-transferred = [{ $ticket }] Demande transmise à { $association }. La personne est prévenue.
desk-transfer-unknown = Aucun bureau pour « { $association } ». Écrivez /transfer suivi de l'identifiant d'une autre association (par exemple /transfer cidff-16).
desk-no-answer = [{ $ticket }] Pas de réponse après { $minutes } min : la personne a reçu d'autres contacts (les coordonnées vérifiées de l'association, sinon des lignes nationales) et les numéros d'urgence. Vous pouvez encore lui répondre ici.
desk-expired = [{ $ticket }] Demande close après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sans message.
desk-undelivered = [{ $ticket }] Ce message n'a pas pu être transmis à la personne.
desk-ended = Cette demande est terminée, ou ce message n'est pas une demande : rien n'a été transmis.
desk-usage = Pour répondre, répondez à ce message (Telegram) ou dans son fil (Matrix). /close termine la conversation ; /transfer suivi de l'identifiant d'une association (par exemple /transfer cidff-16) la confie à celle-ci. Sur Matrix, écrivez !close et !transfer.
