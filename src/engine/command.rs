//! Slash commands and deep-link payloads, as typed on any channel.

use crate::directory::is_departement_code;

/// A command the person typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [payload]`.
    Start(Option<String>),
    /// `/help`.
    Help,
    /// `/lang`.
    Lang,
    /// `/exit`: quick exit.
    Exit,
    /// `/forget`.
    Forget,
    /// `/stop`.
    Stop,
    /// Something else after a slash.
    Unknown,
}

/// Reads a command from a line, if it is one (`/start@bot payload` included).
pub fn parse_command(line: &str) -> Option<Command> {
    let rest = line.strip_prefix('/')?;
    let mut parts = rest.splitn(2, char::is_whitespace);
    let name = parts.next().unwrap_or_default();
    let name = name
        .split('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let argument = parts
        .next()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned);
    Some(match name.as_str() {
        "start" => Command::Start(argument),
        "help" | "aide" => Command::Help,
        "lang" | "language" | "langue" => Command::Lang,
        "exit" => Command::Exit,
        "forget" => Command::Forget,
        "stop" => Command::Stop,
        _ => Command::Unknown,
    })
}

/// Who a deep link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Adults.
    Adult,
    /// Young people (minors).
    Youth,
    /// Students.
    Student,
}

impl Audience {
    /// The value of the `audience` session variable.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Adult => "adult",
            Self::Youth => "youth",
            Self::Student => "student",
        }
    }
}

/// What a `/start` payload may carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StartPayload {
    /// A language tag, as written (`pt-BR`).
    pub lang: Option<String>,
    /// A département code.
    pub dept: Option<String>,
    /// The audience.
    pub audience: Option<Audience>,
    /// A campaign code (aggregate counters only).
    pub campaign: Option<String>,
}

/// Longest payload Telegram accepts in a deep link.
pub const MAX_PAYLOAD_CHARS: usize = 64;
/// Longest campaign code.
pub const MAX_CAMPAIGN_CHARS: usize = 24;

/// Reads a payload like `l-fr_d-33_a-youth_c-lycee2026`. Any malformed part makes the whole
/// payload invalid (`None`), so that a wrong link opens the ordinary welcome.
pub fn parse_payload(payload: &str) -> Option<StartPayload> {
    if payload.is_empty()
        || payload.len() > MAX_PAYLOAD_CHARS
        || !payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let mut out = StartPayload::default();
    for part in payload.split('_') {
        let (key, value) = part.split_once('-')?;
        if value.is_empty() {
            return None;
        }
        match key {
            "l" if out.lang.is_none() => out.lang = Some(value.to_owned()),
            "d" if out.dept.is_none() => {
                let code = value.to_ascii_uppercase();
                is_departement_code(&code).then_some(())?;
                out.dept = Some(code);
            }
            "a" if out.audience.is_none() => {
                out.audience = Some(match value {
                    "adult" => Audience::Adult,
                    "youth" => Audience::Youth,
                    "student" => Audience::Student,
                    _ => return None,
                });
            }
            "c" if out.campaign.is_none() => {
                (value.len() <= MAX_CAMPAIGN_CHARS
                    && value.chars().all(|c| c.is_ascii_alphanumeric()))
                .then_some(())?;
                out.campaign = Some(value.to_owned());
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Builds a payload from its parts (the schools kit and tests use it).
pub fn format_payload(payload: &StartPayload) -> String {
    let mut parts = Vec::new();
    if let Some(lang) = &payload.lang {
        parts.push(format!("l-{lang}"));
    }
    if let Some(dept) = &payload.dept {
        parts.push(format!("d-{dept}"));
    }
    if let Some(audience) = payload.audience {
        parts.push(format!("a-{}", audience.as_str()));
    }
    if let Some(campaign) = &payload.campaign {
        parts.push(format!("c-{campaign}"));
    }
    parts.join("_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_bot_suffix_and_argument() {
        assert_eq!(
            parse_command("/start@passerelle_bot l-fr"),
            Some(Command::Start(Some("l-fr".into())))
        );
        assert_eq!(parse_command("/START"), Some(Command::Start(None)));
        assert_eq!(parse_command("/exit"), Some(Command::Exit));
        assert_eq!(parse_command("/what"), Some(Command::Unknown));
        assert_eq!(parse_command("hello /exit"), None);
    }

    #[test]
    fn payload_round_trips() {
        let payload = StartPayload {
            lang: Some("pt-BR".into()),
            dept: Some("2A".into()),
            audience: Some(Audience::Youth),
            campaign: Some("lycee2026".into()),
        };
        let text = format_payload(&payload);
        assert_eq!(text, "l-pt-BR_d-2A_a-youth_c-lycee2026");
        assert_eq!(parse_payload(&text), Some(payload));
    }

    #[test]
    fn bad_payloads_are_refused_whole() {
        for bad in [
            "",
            "x",
            "l-",
            "d-20",
            "a-everyone",
            "z-1",
            "c-has space",
            "l-fr_l-en",
            &"c-".repeat(40),
        ] {
            assert_eq!(parse_payload(bad), None, "{bad}");
        }
    }
}
