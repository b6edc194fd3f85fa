# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Hello, welcome.
welcome-phone-safety = Could someone else read this phone? To erase everything fast, write /exit or the word "umbrella".
welcome-menu = What would you like to do? Tap a choice or write its number.

welcome-phone-kept = I do not keep your name or your number.
welcome-phone-visible = The conversation stays visible in the app until it is erased.
welcome-phone-exit = { $channel ->
        [telegram] /exit or "umbrella" erases our messages from the last 48 hours: Telegram does not allow erasing older ones. Then delete the chat from your list.
        [matrix] /exit or "umbrella" erases your messages and mine, then I leave the chat. Then delete it from your list.
        [matrix-no-redact] /exit or "umbrella" erases my messages, then I leave the chat. Here I cannot erase yours: delete the chat from your list.
       *[other] /exit or "umbrella" erases everything, when the app allows it.
    }
welcome-phone-forget = /forget erases what I keep, then we start again.
welcome-phone-notifications = You can also turn off notification previews in your phone settings.
welcome-choice-erase = Erase everything now
