//! Operator settings: a TOML file (`--config`), the command line and the environment. Secrets
//! only ever come from the environment.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::handoff::{
    DeskSettings, HandoffTimes, LanguagePrefix, ReplyPrefixSettings, check_prefix_text,
};
use crate::runtime::RuntimeSettings;

/// Why the configuration is unusable.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is malformed.
    #[error("config file {path}:{line}:{column}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    data_dir: Option<PathBuf>,
    content_dir: Option<PathBuf>,
    session_ttl_hours: Option<u64>,
    sweep_interval_minutes: Option<u64>,
    allow_generated_secret: Option<bool>,
    #[serde(default)]
    campaigns: Vec<String>,
    #[serde(default)]
    telegram: TelegramSettings,
    #[serde(default)]
    matrix: MatrixSettings,
    #[serde(default)]
    handoff: RawHandoff,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHandoff {
    answer_within: Option<toml::Spanned<String>>,
    expire_after: Option<toml::Spanned<String>>,
    time_zone: Option<String>,
    reply_prefix: Option<toml::Spanned<RawReplyPrefix>>,
    #[serde(default)]
    desk: Vec<toml::Spanned<DeskSettings>>,
}

/// `reply_prefix`: one string, or a table of strings by language, each kept with its place.
#[derive(Debug)]
enum RawReplyPrefix {
    All(String),
    ByLanguage(Vec<(String, toml::Spanned<String>)>),
}

impl<'de> Deserialize<'de> for RawReplyPrefix {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RawReplyPrefix;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a word such as \"Message :\", or a table of words by language (fr = \"Réponse :\")",
                )
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(RawReplyPrefix::All(value.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut by_language = Vec::new();
                while let Some(language) = map.next_key::<String>()? {
                    by_language.push((language, map.next_value()?));
                }
                Ok(RawReplyPrefix::ByLanguage(by_language))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// The warm handoff's settings (`[handoff]` and its `[[handoff.desk]]` tables).
#[derive(Debug, Clone, PartialEq)]
pub struct HandoffSettings {
    /// Staff should answer within this; then the person gets the card and the numbers.
    pub times: HandoffTimes,
    /// The time zone of desks' opening hours.
    pub time_zone: String,
    /// What starts a staff reply on the person's screen, if not each language's default
    /// (checked against the content when serving).
    pub reply_prefix: ReplyPrefixSettings,
    /// The desks, as written (checked against the content when serving).
    pub desks: Vec<DeskSettings>,
}

impl Default for HandoffSettings {
    fn default() -> Self {
        Self {
            times: HandoffTimes::default(),
            time_zone: "Europe/Paris".into(),
            reply_prefix: ReplyPrefixSettings::default(),
            desks: Vec::new(),
        }
    }
}

/// Reads a duration such as `30m`, `45s`, `2h` or `14d`.
pub fn parse_duration(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().map_err(|_| {
        format!("`{text}` is not a duration (write for example \"30m\" or \"14d\")")
    })?;
    let unit = match unit.trim() {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => {
            return Err(format!(
                "`{text}`: the unit is s, m, h or d (for example \"30m\")"
            ));
        }
    };
    match number.checked_mul(unit) {
        Some(0) | None => Err(format!("`{text}` is not a usable duration")),
        Some(secs) => Ok(secs),
    }
}

/// The Matrix channel's settings (`[matrix]` in the config file). The password or access token
/// and the store passphrase come from the environment only.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct MatrixSettings {
    /// The homeserver's URL (or `PASSERELLE_MATRIX_HOMESERVER`).
    pub homeserver: Option<String>,
    /// The bot's user (`@passerelle:example.org`, or `PASSERELLE_MATRIX_USER`).
    pub user: Option<String>,
}

/// The Telegram channel's settings (`[telegram]` in the config file). The token itself comes
/// from `TELOXIDE_TOKEN` or from the file `token_file` names, never from the config file.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramSettings {
    /// A file holding the bot token (outside the data directory).
    pub token_file: Option<PathBuf>,
    /// The bot's username (`passerelle_bot`), for the links and posters of the schools kit.
    pub username: Option<String>,
    /// The Bot API server (default: Telegram's; tests use one on loopback).
    pub api_url: Option<String>,
    /// How long one long poll waits for updates, in seconds (below the HTTP client's 17 s).
    pub poll_timeout_secs: u32,
    /// Pace messages to Telegram's limits (below). Off only for benchmarks against a local
    /// server: Telegram itself enforces its limits with 429 answers.
    pub throttle: bool,
    /// Messages per second to one chat (Telegram: about 1).
    pub per_chat_per_sec: u32,
    /// Messages per minute to one group or channel (Telegram: about 20). Private chats are
    /// paced by `per_chat_per_sec` alone: Telegram's per-minute limit is for groups, and pacing a
    /// person at 20 a minute once held the emergency numbers 41 s behind earlier answers.
    #[serde(alias = "per_chat_per_min")]
    pub per_group_per_min: u32,
    /// Messages per second overall (Telegram: about 30).
    pub overall_per_sec: u32,
    /// Attempts to deliver one message on network errors and server errors.
    pub retry_attempts: u32,
    /// The first pause between attempts, doubled each time, in milliseconds.
    pub retry_backoff_ms: u64,
    /// Receive updates on a webhook instead of long polling.
    pub webhook: Option<WebhookSettings>,
}

impl Default for TelegramSettings {
    fn default() -> Self {
        Self {
            token_file: None,
            username: None,
            api_url: None,
            poll_timeout_secs: 10,
            throttle: true,
            per_chat_per_sec: 1,
            per_group_per_min: 20,
            overall_per_sec: 30,
            retry_attempts: 5,
            retry_backoff_ms: 500,
            webhook: None,
        }
    }
}

/// Webhook mode: Telegram posts updates to `url`, which a reverse proxy forwards to `listen`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WebhookSettings {
    /// The local address to listen on (for example `127.0.0.1:8443`).
    pub listen: std::net::SocketAddr,
    /// The public HTTPS address Telegram posts to.
    pub url: String,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file they were read from (for error messages), if any.
    pub source: Option<PathBuf>,
    /// Where sessions and counters live.
    pub data_dir: PathBuf,
    /// Content to use instead of the bundled content.
    pub content_dir: Option<PathBuf>,
    /// Runtime settings (session expiry).
    pub runtime: RuntimeSettings,
    /// How often expired sessions are erased (seconds).
    pub sweep_interval_secs: u64,
    /// Whether a secret may be generated and kept in the data directory. Only the embedded
    /// default allows it; a deployment with a config file must give a secret.
    pub allow_generated_secret: bool,
    /// The Telegram channel.
    pub telegram: TelegramSettings,
    /// The Matrix channel.
    pub matrix: MatrixSettings,
    /// The warm handoff.
    pub handoff: HandoffSettings,
}

impl Config {
    /// The embedded default: bundled content, a per-user data directory, a generated secret.
    pub fn embedded_default() -> Self {
        Self {
            source: None,
            data_dir: default_data_dir(),
            content_dir: None,
            runtime: RuntimeSettings::default(),
            sweep_interval_secs: 5 * 60,
            allow_generated_secret: true,
            telegram: TelegramSettings::default(),
            matrix: MatrixSettings::default(),
            handoff: HandoffSettings::default(),
        }
    }

    /// Reads a config file; unset keys keep their defaults, except that a generated secret is
    /// refused unless the file allows it.
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let raw: RawConfig = toml::from_str(&text).map_err(|error| {
            let (line, column) = error
                .span()
                .map_or((0, 0), |s| crate::diagnostic::line_column(&text, s.start));
            ConfigError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: error.message().trim().to_owned(),
            }
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let defaults = Self::embedded_default();
        let duration = |value: Option<toml::Spanned<String>>, default: u64| match value {
            None => Ok(default),
            Some(value) => parse_duration(value.get_ref()).map_err(|message| {
                let (line, column) = crate::diagnostic::line_column(&text, value.span().start);
                ConfigError::Parse {
                    path: path.to_path_buf(),
                    line,
                    column,
                    message,
                }
            }),
        };
        let reply_prefix = match raw.handoff.reply_prefix {
            None => ReplyPrefixSettings::default(),
            Some(spanned) => {
                let at = |span: std::ops::Range<usize>| {
                    crate::diagnostic::line_column(&text, span.start)
                };
                let written = |language: String, prefix: toml::Spanned<String>| {
                    let (line, column) = at(prefix.span());
                    check_prefix_text(prefix.get_ref())
                        .map(|()| LanguagePrefix {
                            language,
                            prefix: prefix.get_ref().trim().to_owned(),
                            line,
                        })
                        .map_err(|message| ConfigError::Parse {
                            path: path.to_path_buf(),
                            line,
                            column,
                            message,
                        })
                };
                let span = spanned.span();
                match spanned.into_inner() {
                    RawReplyPrefix::All(prefix) => ReplyPrefixSettings {
                        all: Some(written(String::new(), toml::Spanned::new(span, prefix))?),
                        by_language: Vec::new(),
                    },
                    RawReplyPrefix::ByLanguage(mut by_language) => {
                        // In the file's order, so that the first error reported is the first.
                        by_language.sort_by_key(|(_, prefix)| prefix.span().start);
                        ReplyPrefixSettings {
                            all: None,
                            by_language: by_language
                                .into_iter()
                                .map(|(language, prefix)| written(language, prefix))
                                .collect::<Result<_, _>>()?,
                        }
                    }
                }
            }
        };
        let handoff = HandoffSettings {
            times: HandoffTimes {
                answer_within_secs: duration(
                    raw.handoff.answer_within,
                    defaults.handoff.times.answer_within_secs,
                )?,
                expire_after_secs: duration(
                    raw.handoff.expire_after,
                    defaults.handoff.times.expire_after_secs,
                )?,
            },
            time_zone: raw.handoff.time_zone.unwrap_or(defaults.handoff.time_zone),
            reply_prefix,
            desks: raw
                .handoff
                .desk
                .into_iter()
                .map(|spanned| {
                    let line = crate::diagnostic::line_column(&text, spanned.span().start).0;
                    DeskSettings {
                        line,
                        ..spanned.into_inner()
                    }
                })
                .collect(),
        };
        Ok(Self {
            source: Some(path.to_path_buf()),
            data_dir: raw.data_dir.map_or(defaults.data_dir, |d| base.join(d)),
            content_dir: raw.content_dir.map(|d| base.join(d)),
            runtime: RuntimeSettings {
                session_ttl_secs: raw
                    .session_ttl_hours
                    .map_or(defaults.runtime.session_ttl_secs, |h| h.max(1) * 3600),
                campaigns: raw.campaigns.into_iter().collect(),
            },
            sweep_interval_secs: raw
                .sweep_interval_minutes
                .map_or(defaults.sweep_interval_secs, |m| m.max(1) * 60),
            allow_generated_secret: raw.allow_generated_secret.unwrap_or(false),
            telegram: TelegramSettings {
                token_file: raw.telegram.token_file.map(|f| base.join(f)),
                ..raw.telegram
            },
            matrix: raw.matrix,
            handoff,
        })
    }
}

/// `$PASSERELLE_DATA_DIR`, else `$XDG_DATA_HOME/passerelle`, else `~/.local/share/passerelle`,
/// else `./passerelle-data`.
pub fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PASSERELLE_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("passerelle");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".local/share/passerelle");
    }
    PathBuf::from("passerelle-data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_values_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("passerelle.toml");
        std::fs::write(
            &path,
            "data_dir = \"data\"\nsession_ttl_hours = 2\ncampaigns = [\"lycee2026\"]\n",
        )
        .unwrap();
        let config = Config::from_file(&path).unwrap();
        assert_eq!(config.data_dir, dir.path().join("data"));
        assert_eq!(config.runtime.session_ttl_secs, 7200);
        assert!(!config.allow_generated_secret);
        assert!(config.runtime.campaigns.contains("lycee2026"));

        std::fs::write(
            &path,
            "[handoff]\nanswer_within = \"20m\"\n\n[[handoff.desk]]\nassociation = \"ceid-33\"\nchannel = \"matrix\"\nroom = \"!a:b\"\n",
        )
        .unwrap();
        let config = Config::from_file(&path).unwrap();
        assert_eq!(config.handoff.times.answer_within_secs, 1200);
        assert_eq!(config.handoff.times.expire_after_secs, 14 * 86_400);
        assert_eq!(config.handoff.desks[0].line, 4);
        assert_eq!(config.handoff.desks[0].hours, "always");
        // A regional desk: départements by code, or the whole region, and a name.
        std::fs::write(
            &path,
            "[[handoff.desk]]\nassociation = \"ceid-33\"\nchannel = \"matrix\"\nroom = \"!a:b\"\ncovers = [\"33\", \"40\"]\n\n[[handoff.desk]]\nassociation = \"federation-na\"\nname = \"Fédération régionale\"\ncovers = \"region\"\nminors = true\nchannel = \"telegram\"\nroom = \"-100\"\n",
        )
        .unwrap();
        let config = Config::from_file(&path).unwrap();
        let desks = &config.handoff.desks;
        assert_eq!(
            desks[0].covers,
            Some(crate::handoff::Covers::Codes(vec![
                "33".into(),
                "40".into()
            ]))
        );
        assert_eq!(
            (
                desks[1].line,
                desks[1].covers.clone(),
                desks[1].name.as_deref(),
                desks[1].minors
            ),
            (
                7,
                Some(crate::handoff::Covers::Word("region".into())),
                Some("Fédération régionale"),
                Some(true)
            )
        );
        std::fs::write(
            &path,
            "[[handoff.desk]]\nassociation = \"ceid-33\"\nchannel = \"matrix\"\nroom = \"!a:b\"\ncovers = 33\n",
        )
        .unwrap();
        let error = Config::from_file(&path).unwrap_err().to_string();
        assert!(
            error.contains("passerelle.toml:5:")
                && error.contains("\"region\", or a list of département codes"),
            "{error}"
        );
        std::fs::write(&path, "[handoff]\nexpire_after = \"two weeks\"\n").unwrap();
        let error = Config::from_file(&path).unwrap_err().to_string();
        assert!(
            error.contains("passerelle.toml:2:") && error.contains("not a duration"),
            "{error}"
        );

        // The reply prefix: one for all, or per language, each checked where it is written.
        std::fs::write(&path, "[handoff]\nreply_prefix = \" Message \"\n").unwrap();
        let config = Config::from_file(&path).unwrap();
        let all = config.handoff.reply_prefix.all.unwrap();
        assert_eq!((all.prefix.as_str(), all.line), ("Message", 2));
        std::fs::write(
            &path,
            "[handoff.reply_prefix]\nfr = \"Suite :\"\nEnglish = \"Note:\"\n",
        )
        .unwrap();
        let config = Config::from_file(&path).unwrap();
        let written: Vec<(&str, &str, usize)> = config
            .handoff
            .reply_prefix
            .by_language
            .iter()
            .map(|p| (p.language.as_str(), p.prefix.as_str(), p.line))
            .collect();
        assert_eq!(written, [("fr", "Suite :", 2), ("English", "Note:", 3)]);
        for (written, expected) in [
            (
                "[handoff]\nreply_prefix = \"  \"\n",
                "passerelle.toml:2:16: the reply prefix is empty",
            ),
            (
                "[handoff.reply_prefix]\nfr = \"Réponse :\"\nen = \"\"\n",
                "passerelle.toml:3:6: the reply prefix is empty",
            ),
            (
                "[handoff]\nreply_prefix = \"Une réponse de l'équipe arrive\"\n",
                "passerelle.toml:2:16: the reply prefix has 30 characters, more than 24",
            ),
            (
                "[handoff]\nreply_prefix = \"Re\\nponse\"\n",
                "passerelle.toml:2:16: the reply prefix holds a line break",
            ),
            (
                "[handoff]\nreply_prefix = 3\n",
                "passerelle.toml:2:16: invalid type",
            ),
        ] {
            std::fs::write(&path, written).unwrap();
            let error = Config::from_file(&path).unwrap_err().to_string();
            assert!(error.contains(expected), "{written}: {error}");
        }

        std::fs::write(&path, "data_dir = \"data\"\nsession_ttl = 2\n").unwrap();
        let error = Config::from_file(&path).unwrap_err().to_string();
        assert!(error.contains("passerelle.toml:2:1"), "{error}");
    }
}
