//! What staff type in a ticket's thread: a command for the bot, or words for the person.

/// A staff command (`/close` in Telegram, `!close` in Matrix; either works in both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffCommand {
    /// End the conversation.
    Close,
    /// Pass the ticket to another association's desk.
    Transfer(String),
    /// Anything else that starts like a command: staff get the usage, the person nothing.
    Unknown,
}

/// What a staff message means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffMessage {
    /// A command.
    Command(StaffCommand),
    /// Words to relay to the person.
    Words(String),
}

/// Reads a staff message. A command is a line starting with `/` or `!`; Telegram's
/// `/close@botname` form is understood.
pub fn parse_staff(text: &str) -> StaffMessage {
    let trimmed = text.trim();
    let Some(rest) = trimmed
        .strip_prefix('/')
        .or_else(|| trimmed.strip_prefix('!'))
    else {
        return StaffMessage::Words(trimmed.to_owned());
    };
    let mut parts = rest.split_whitespace();
    let name = parts
        .next()
        .unwrap_or_default()
        .split('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let command = match name.as_str() {
        "close" => StaffCommand::Close,
        "transfer" => match parts.next() {
            Some(target) => StaffCommand::Transfer(target.to_owned()),
            None => StaffCommand::Unknown,
        },
        _ => StaffCommand::Unknown,
    };
    StaffMessage::Command(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_words() {
        assert_eq!(
            parse_staff("/close"),
            StaffMessage::Command(StaffCommand::Close)
        );
        assert_eq!(
            parse_staff("!close"),
            StaffMessage::Command(StaffCommand::Close)
        );
        assert_eq!(
            parse_staff("/close@passerelle_bot"),
            StaffMessage::Command(StaffCommand::Close)
        );
        assert_eq!(
            parse_staff("/transfer cidff-16"),
            StaffMessage::Command(StaffCommand::Transfer("cidff-16".into()))
        );
        assert_eq!(
            parse_staff("/transfer"),
            StaffMessage::Command(StaffCommand::Unknown)
        );
        assert_eq!(
            parse_staff("  Bonjour, on peut se voir demain.  "),
            StaffMessage::Words("Bonjour, on peut se voir demain.".into())
        );
    }
}
