//! The Telegram channel (teloxide). Its adapter lands with its own issue; until then the build
//! feature exists so that deployments can already select channels, and `serve` reports whether
//! a token is configured.

/// The environment variable holding the bot token (never logged).
pub const TOKEN_ENV: &str = "TELOXIDE_TOKEN";

/// Whether a Telegram token is configured.
pub fn configured() -> bool {
    std::env::var_os(TOKEN_ENV).is_some_and(|t| !t.is_empty())
}
