//! The schools kit: contact links, their QR codes, and a printable poster that open the bot in
//! the right language, audience and département. A link carries no identifier: only what the
//! payload says (language, département, audience, campaign), and a campaign only increments
//! aggregate counters.

pub mod poster;
pub mod qr;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::content::Content;
use crate::engine::{
    Audience, MAX_CAMPAIGN_CHARS, MAX_PAYLOAD_CHARS, StartPayload, format_payload, parse_payload,
};

/// Where a link opens the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitChannel {
    /// A Telegram deep link (`t.me/<bot>?start=<payload>`).
    Telegram,
    /// A matrix.to link to the bot's user.
    Matrix,
}

impl KitChannel {
    /// The value of `$channel` in the poster's texts.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Telegram => "telegram",
            Self::Matrix => "matrix",
        }
    }
}

/// What a link is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRequest {
    /// The channel.
    pub channel: KitChannel,
    /// Who it is for.
    pub audience: Audience,
    /// The language it opens in (a tag or a language's own name).
    pub lang: String,
    /// The département it opens in.
    pub dept: Option<String>,
    /// A campaign code, for aggregate counters only.
    pub campaign: Option<String>,
}

/// The bot's public names, from the config.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BotNames {
    /// The Telegram bot's username (`passerelle_bot`).
    pub telegram: Option<String>,
    /// The Matrix bot's user id (`@passerelle:example.org`).
    pub matrix: Option<String>,
}

/// A link, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLink {
    /// The URL.
    pub url: String,
    /// The language tag it opens in.
    pub lang: String,
    /// The start payload it carries (Telegram only: matrix.to cannot carry one).
    pub payload: Option<String>,
    /// The channel it opens: the poster says what that channel needs (an account, an app).
    pub channel: KitChannel,
}

/// Why a link or a poster cannot be made; each says what to write instead.
#[derive(Debug, Error)]
pub enum KitError {
    /// Not one of the bot's languages.
    #[error("--lang {given}: not one of the bot's languages ({known})")]
    UnknownLanguage {
        /// What was given.
        given: String,
        /// The tags there are.
        known: String,
    },
    /// Not a département of the directory.
    #[error("--dept {given}: not a département of the directory ({known})")]
    UnknownDepartement {
        /// What was given.
        given: String,
        /// The codes there are.
        known: String,
    },
    /// A campaign code Telegram or the counters cannot carry.
    #[error(
        "--campaign {0}: a campaign code is 1 to {MAX_CAMPAIGN_CHARS} letters and digits (A-Z, a-z, 0-9), nothing else"
    )]
    Campaign(String),
    /// The payload is longer than Telegram allows.
    #[error(
        "the link's start payload `{0}` is longer than Telegram's {MAX_PAYLOAD_CHARS} characters: use a shorter campaign code"
    )]
    PayloadTooLong(String),
    /// No Telegram username in the config.
    #[error(
        "no Telegram bot username: set `username = \"your_bot\"` in the [telegram] section of the config (the bot's @name, without @)"
    )]
    NoTelegramUsername,
    /// A username Telegram would not accept.
    #[error(
        "[telegram] username `{0}`: a bot username is 5 to 32 letters, digits or _, and ends in \"bot\""
    )]
    BadTelegramUsername(String),
    /// No Matrix user in the config.
    #[error(
        "no Matrix bot user: set `user = \"@passerelle:example.org\"` in the [matrix] section of the config (or PASSERELLE_MATRIX_USER)"
    )]
    NoMatrixUser,
    /// A Matrix user id that does not parse.
    #[error("[matrix] user `{0}`: a Matrix user id looks like @name:example.org")]
    BadMatrixUser(String),
    /// No language asked.
    #[error("--lang: give at least one language (for example --lang fr,en)")]
    NoLanguage,
    /// Drawing failed.
    #[error("drawing: {0}")]
    Draw(String),
    /// The text cannot fit one page in readable type.
    #[error(
        "the poster's text does not fit one A4 page in type that reads on a wall: use fewer languages"
    )]
    TooMuchText,
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

/// A language tag the bot has, from a tag or a language's own name.
pub fn language(content: &Content, given: &str) -> Result<String, KitError> {
    content
        .locales
        .by_name_or_tag(given)
        .map(str::to_owned)
        .ok_or_else(|| KitError::UnknownLanguage {
            given: given.to_owned(),
            known: content
                .locales
                .all()
                .iter()
                .map(|l| l.meta.tag.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// The link for a request, checked: language, département, campaign, payload length, and the
/// bot's name on the channel.
pub fn contact_link(
    request: &LinkRequest,
    content: &Content,
    names: &BotNames,
) -> Result<ContactLink, KitError> {
    let lang = language(content, &request.lang)?;
    let dept = match &request.dept {
        Some(given) => {
            let code = given.trim().to_ascii_uppercase();
            if !content.directory.departements.contains_key(&code) {
                return Err(KitError::UnknownDepartement {
                    given: given.clone(),
                    known: content
                        .directory
                        .departements
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
            Some(code)
        }
        None => None,
    };
    if let Some(campaign) = &request.campaign {
        let valid = !campaign.is_empty()
            && campaign.len() <= MAX_CAMPAIGN_CHARS
            && campaign.chars().all(|c| c.is_ascii_alphanumeric());
        if !valid {
            return Err(KitError::Campaign(campaign.clone()));
        }
    }
    let start = StartPayload {
        lang: Some(lang.clone()),
        dept,
        audience: Some(request.audience),
        campaign: request.campaign.clone(),
    };
    let payload = format_payload(&start);
    if payload.len() > MAX_PAYLOAD_CHARS || parse_payload(&payload).as_ref() != Some(&start) {
        return Err(KitError::PayloadTooLong(payload));
    }
    match request.channel {
        KitChannel::Telegram => {
            let name = names
                .telegram
                .as_deref()
                .map(|n| n.trim().trim_start_matches('@'))
                .filter(|n| !n.is_empty())
                .ok_or(KitError::NoTelegramUsername)?;
            let valid = (5..=32).contains(&name.len())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && name.to_ascii_lowercase().ends_with("bot");
            if !valid {
                return Err(KitError::BadTelegramUsername(name.to_owned()));
            }
            Ok(ContactLink {
                url: format!("https://t.me/{name}?start={payload}"),
                lang,
                payload: Some(payload),
                channel: KitChannel::Telegram,
            })
        }
        KitChannel::Matrix => {
            let user = names
                .matrix
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .ok_or(KitError::NoMatrixUser)?;
            let valid = user.starts_with('@')
                && user.split_once(':').is_some_and(|(local, server)| {
                    local.len() > 1 && !server.is_empty() && !user.contains(char::is_whitespace)
                });
            if !valid {
                return Err(KitError::BadMatrixUser(user.to_owned()));
            }
            Ok(ContactLink {
                url: format!("https://matrix.to/#/{user}"),
                lang,
                payload: None,
                channel: KitChannel::Matrix,
            })
        }
    }
}

/// The two files written for `--out PATH`: `PATH.svg` and `PATH.png` (an extension given is
/// replaced).
pub fn output_paths(out: &Path) -> (PathBuf, PathBuf) {
    let base = match out.extension().and_then(|e| e.to_str()) {
        Some(e) if ["svg", "png"].contains(&e.to_ascii_lowercase().as_str()) => {
            out.with_extension("")
        }
        _ => out.to_path_buf(),
    };
    let with = |ext: &str| {
        let mut name = base.as_os_str().to_owned();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    };
    (with("svg"), with("png"))
}

/// Writes a file, saying which on failure.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), KitError> {
    std::fs::write(path, bytes).map_err(|source| KitError::Write {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentFiles;

    fn content() -> Content {
        Content::load(&ContentFiles::embedded()).0
    }

    fn names() -> BotNames {
        BotNames {
            telegram: Some("@passerelle_bot".into()),
            matrix: Some("@passerelle:example.org".into()),
        }
    }

    fn request(channel: KitChannel) -> LinkRequest {
        LinkRequest {
            channel,
            audience: Audience::Youth,
            lang: "pt-BR".into(),
            dept: Some("33".into()),
            campaign: Some("lycee2026".into()),
        }
    }

    #[test]
    fn links_carry_language_departement_audience_and_campaign() {
        let content = content();
        let link = contact_link(&request(KitChannel::Telegram), &content, &names()).unwrap();
        assert_eq!(
            link.url,
            "https://t.me/passerelle_bot?start=l-pt-BR_d-33_a-youth_c-lycee2026"
        );
        let payload = link.payload.unwrap();
        assert!(payload.len() <= MAX_PAYLOAD_CHARS);
        assert!(
            payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        );
        let link = contact_link(&request(KitChannel::Matrix), &content, &names()).unwrap();
        assert_eq!(link.url, "https://matrix.to/#/@passerelle:example.org");
        // A language by its own name.
        let by_name = LinkRequest {
            lang: "Español".into(),
            ..request(KitChannel::Telegram)
        };
        assert_eq!(
            contact_link(&by_name, &content, &names()).unwrap().lang,
            "es"
        );
    }

    #[test]
    fn bad_options_say_what_to_write() {
        let content = content();
        let cases: Vec<(LinkRequest, BotNames, &str)> = vec![
            (
                LinkRequest {
                    lang: "xx".into(),
                    ..request(KitChannel::Telegram)
                },
                names(),
                "--lang xx: not one of the bot's languages (fr,",
            ),
            (
                LinkRequest {
                    dept: Some("75".into()),
                    ..request(KitChannel::Telegram)
                },
                names(),
                "--dept 75: not a département of the directory (16, 17,",
            ),
            (
                LinkRequest {
                    campaign: Some("a".repeat(MAX_CAMPAIGN_CHARS + 1)),
                    ..request(KitChannel::Telegram)
                },
                names(),
                "a campaign code is 1 to 24 letters and digits",
            ),
            (
                LinkRequest {
                    campaign: Some("lycée".into()),
                    ..request(KitChannel::Telegram)
                },
                names(),
                "--campaign lycée",
            ),
            (
                request(KitChannel::Telegram),
                BotNames::default(),
                "no Telegram bot username",
            ),
            (
                request(KitChannel::Telegram),
                BotNames {
                    telegram: Some("x".into()),
                    ..names()
                },
                "a bot username is 5 to 32",
            ),
            (
                request(KitChannel::Matrix),
                BotNames::default(),
                "no Matrix bot user",
            ),
            (
                request(KitChannel::Matrix),
                BotNames {
                    matrix: Some("passerelle".into()),
                    ..names()
                },
                "a Matrix user id looks like",
            ),
        ];
        for (request, names, expected) in cases {
            let error = contact_link(&request, &content, &names)
                .unwrap_err()
                .to_string();
            assert!(error.contains(expected), "{expected}: {error}");
        }
    }

    #[test]
    fn out_paths_get_both_extensions() {
        assert_eq!(
            output_paths(Path::new("kit/poster.svg")),
            (
                PathBuf::from("kit/poster.svg"),
                PathBuf::from("kit/poster.png")
            )
        );
        assert_eq!(
            output_paths(Path::new("link")),
            (PathBuf::from("link.svg"), PathBuf::from("link.png"))
        );
    }
}
