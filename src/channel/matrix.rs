//! The Matrix channel (matrix-sdk). Its adapter lands with its own issue; until then the build
//! feature exists so that deployments can already select channels, and `serve` reports whether
//! a homeserver is configured.

/// The environment variable naming the homeserver.
pub const HOMESERVER_ENV: &str = "PASSERELLE_MATRIX_HOMESERVER";

/// Whether a Matrix homeserver is configured.
pub fn configured() -> bool {
    std::env::var_os(HOMESERVER_ENV).is_some_and(|t| !t.is_empty())
}
