# The warm handoff: what the person reads (in their language) and what staff read in their
# desk (in the desk's language). { $association } is the association's public name.

## The person's side

handoff-sent = It has been sent to { $association }. Your request number: { $ticket }.
handoff-sent-how = Someone from the team will answer you here. What you write now is passed on to them without your name or your number. I do not keep it; the team keeps what it receives.
handoff-sent-languages = The team reads: { $languages }. You can still write in your own language.
handoff-sent-stop = To stop at any time: /stop. To erase everything: /exit. In danger: 17 or 112.
handoff-sent-regional = { $association } cannot receive requests through this service at the moment: your request has gone to { $desk }, a team that also answers for your département. Your request number: { $ticket }.
handoff-no-desk = { $association } does not receive requests through this service yet. Nothing was sent.
handoff-no-association = No association receives requests through this service for your département. Nothing was sent.
handoff-desk-closed = The team at { $association } is not there at the moment. Nothing was sent.
handoff-desk-failed = The request could not be sent: the service of { $association } is not answering at the moment. Nothing was sent.
handoff-emergency = { $minor ->
        [yes] In danger: 17 or 112 (114 by text message). 119, day and night. 3018 for online harassment.
       *[no] In danger: 17 or 112 (114 by text message). Under 21: 119. Violence: 3919.
    }
handoff-not-sent = Your request was not sent: nothing went to the association.
handoff-offer-urgent = Do you still want to send your message to the association, marked urgent? They may not answer right away: if you are in danger now, call 17 or 112.
handoff-send-urgent = Send my message, marked urgent
handoff-held-gone = I no longer have that message. To write to the association, start the request again from the menu.
urgency-danger = Urgent: their message mentions a danger

relay-staff-prefix = Reply:
relay-staff = { $prefix } { $text }
relay-closed = The team has ended the conversation. You can come back whenever you like: write a message to start again.
relay-transferred =
    Your request is going to another team, who can help you better. Someone from that team will answer you here.
    That team is { $association }.
relay-no-answer = No answer to your request yet. Meanwhile, here are other possibilities:
relay-still-open = Your request stays open: if someone answers, you will see it here. To cancel it: /stop.
relay-undelivered = Your message could not be passed on just now. Try again in a moment. In danger: 17 or 112.
relay-gone = This conversation has ended. Write a message to start again.
relay-reminder = You are in contact with { $association }: write your message here. To stop: /stop.
relay-danger-passed = Your message was also passed on to { $association }.
relay-stopped = The conversation is stopped, and { $association } has been told. I do not keep your messages; the team keeps the ones it received.

input-text-too-long = This message is a little long: { $max } characters at most, please.

## The desk's side (staff of the association)

desk-ticket =
    New request { $ticket }
    Language: { $lang }
    Needs: { $needs }
    Département: { $dept }
    Answer wanted: { $urgency }
desk-ticket-transferred = Request passed on by { $association }.
desk-ticket-regional = A request for { $association }, which cannot receive it through this service at the moment: it comes to your desk, which covers this département. Answer here, or pass it to an association (/transfer).
desk-ticket-regional-none = No association of the directory can receive this request through this service: it comes to your desk, which covers this département.
desk-ticket-unread-language = The person writes in { $lang }, a language this desk does not read. Ask a colleague or an interpreter of the association, or pass the request to a desk that reads this language (/transfer). Do not paste their messages into an online translation service: the messages would leave the association.
desk-ticket-message = Their message: "{ $text }"
desk-lock-screen = The start of each reply may show on the person's lock screen, where someone else may see it: do not begin with the association's name or the subject of the request.
desk-person-says = [{ $ticket }] { $text }
desk-person-stopped = [{ $ticket }] The person ended the conversation. Nothing more will reach them.
desk-person-left = [{ $ticket }] The person used the quick exit: their phone may not be safe. Nothing more will reach them.
desk-closed = [{ $ticket }] Conversation ended. The person has been told.
desk-transferred = [{ $ticket }] Request passed on to { $association }. The person has been told.
desk-transfer-unknown = No desk for "{ $association }". Write /transfer followed by another association's ID (for example /transfer cidff-16).
desk-no-answer = [{ $ticket }] No answer after { $minutes } min: the person got other contacts (the association's verified contact details, else national helplines) and the emergency numbers. You can still answer them here.
desk-expired = [{ $ticket }] Request closed after { $days ->
        [one] { $days } day
       *[other] { $days } days
    } without a message.
desk-undelivered = [{ $ticket }] This message could not be passed on to the person.
desk-ended = This request has ended, or this message is not a request: nothing was passed on.
desk-usage = To answer, reply to this message (Telegram) or in its thread (Matrix). /close ends the conversation; /transfer followed by an association's ID (for example /transfer cidff-16) passes it to that association. On Matrix, write !close and !transfer.
