# Messages used by the engine itself (see flows/README.md, "Engine messages").

# The one line asking to pick a language, shown with the language menu.
lang-prompt = Choose your language.

help =
    Commands:
    /start: start again
    /help: this help
    /lang: change language
    /exit: erase everything, fast
    /forget: erase what I keep, then start again
    /stop: stop the conversation
    The word "umbrella" erases everything, like /exit.

# Followed by the current choices, shown again by the engine.
not-understood = Sorry, I did not understand. You can choose below.
not-understood-plain = Sorry, I did not understand.

end-hint = Write any message to start again.

choice-yes = Yes
choice-no = No

input-text-empty = The message is empty. Write a few words.
input-number-invalid = Write a number between { $min } and { $max }, in digits.
input-place-invalid = I could not find this place. Write a département number (for example 33), a postcode or the name of a town nearby.
place-outside-region = Département { $dept } is not in Nouvelle-Aquitaine. The national numbers work everywhere in France.
place-location-outside = This place is not in Nouvelle-Aquitaine. The national numbers work everywhere in France.

# Stickers, voice, files, contacts: never kept nor forwarded.
unsupported-message = Here, I can only read text. I do not keep what you sent and I do not pass it on.
# Photos and videos: also the advice never to send pictures of oneself.
unsupported-photo = Here, I can only read text. I do not keep pictures. Do not send pictures of yourself.

# One neutral word: it may be the only thing left on screen after a quick exit.
exit-done = { $channel ->
        [telegram] Done. Also delete this chat from your list.
       *[other] Done.
    }
forget-done = I erased what I kept of our conversation. You can start again whenever you want.
stop-done = Conversation stopped. Write whenever you want to continue.

# Contact card of an association (directory/*.toml).
contact-card-title = { $name }, { $town }
contact-card-phone = Phone: { $phone }
contact-card-website = Website: { $url }
contact-card-email = Email: { $email }
contact-card-hours = Opening hours: { $hours }
contact-card-to-complete = { $minor ->
        [yes] This association's contact details are being checked. Until then, these numbers are free: 119, day and night; 3018 for online harassment; Fil Santé Jeunes, 0 800 235 236; in danger: 17 or 112.
       *[no] This association's contact details are being checked. Until then: 17 or 112 in danger, 115 for emergency housing.
    }
contact-card-helps = Can help with: { $needs }
contact-card-national = { $minor ->
        [yes] I do not know an association near this place. The numbers for young people, free: 119 (day and night, up to age 21), 3018 (online harassment), Fil Santé Jeunes 0 800 235 236 (ages 12–25). In danger: 17 or 112, 114 by text message.
       *[no] I do not know an approved association near this place. The national numbers, free: 17 or 112 in danger, 114 by text message, 115 for emergency housing, 3919 for violence against women, 119 for people under 21.
    }
contact-card-none = { $minor ->
        [yes] I do not know an association for { $dept_name } yet. The numbers for young people, free: 119 (day and night, up to age 21), 3018 (online harassment), Fil Santé Jeunes 0 800 235 236 (ages 12–25). In danger: 17 or 112.
       *[no] I do not know an association for { $dept_name } yet. The national numbers are still there: 17 or 112 in danger, 115 for emergency housing, 3919 for violence against women.
    }

# Staff-facing: first line of an anonymous handoff request in the association's desk.

# Between the items of a list (the needs an association helps with): a string literal,
# so that the space is kept.
list-separator = { ", " }

# A button under a place question on channels that can share a location (Telegram).
share-location = Share my location
