# flows/welcome.toml

# First line: must stay harmless in a notification preview.
welcome-hello = Hello, welcome.
welcome-phone-safety = Could someone else read this phone? To erase everything fast, write /exit or the word "umbrella".
welcome-menu = What would you like to do? Tap a choice or write its number.

welcome-phone-kept = I do not keep your name or your number.
welcome-phone-visible = The conversation stays visible in the app until it is erased.
welcome-phone-exit = /exit or "umbrella" erases everything, when the app allows it.
welcome-phone-forget = /forget erases what I keep, then we start again.
welcome-phone-notifications = You can also turn off notification previews in your phone settings.
welcome-choice-erase = Erase everything now
