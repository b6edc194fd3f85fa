//! Pseudonyms instead of identities (DESIGN.md P1, P2): a session is keyed by a keyed hash of the
//! channel and the platform id, under a secret that never sits beside the data in production.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use thiserror::Error;

/// Name of the environment variable holding the secret.
pub const SECRET_ENV: &str = "PASSERELLE_SECRET";
/// Name of the environment variable naming a file that holds the secret.
pub const SECRET_FILE_ENV: &str = "PASSERELLE_SECRET_FILE";
/// The generated secret's file name in the data directory (embedded default only).
pub const GENERATED_SECRET_FILE: &str = "generated-secret";
/// A shorter secret can be guessed.
pub const MIN_SECRET_BYTES: usize = 32;

/// The key under which pseudonyms are computed. Never printed.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// A secret from bytes; refused when too short to resist guessing.
    pub fn new(bytes: Vec<u8>) -> Result<Self, PrivacyError> {
        if bytes.len() < MIN_SECRET_BYTES {
            return Err(PrivacyError::TooShort(bytes.len()));
        }
        Ok(Self(bytes))
    }

    /// A key for one purpose (`label`), derived from the secret so that the secret itself
    /// never encrypts anything and each use has its own key.
    pub fn derive_key(&self, label: &str) -> [u8; 32] {
        let mut mac = self.mac();
        mac.update(b"passerelle/key/");
        mac.update(label.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// A keyed hash of parts under a label: a store key that reveals none of the parts.
    pub fn keyed_hash(&self, label: &str, parts: &[&str]) -> [u8; 32] {
        let mut mac = self.mac();
        mac.update(b"passerelle/");
        mac.update(label.as_bytes());
        for part in parts {
            mac.update(&[0]);
            mac.update(part.as_bytes());
        }
        mac.finalize().into_bytes().into()
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC takes keys of any length, so this cannot fail.
        <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"))
    }
}

/// Where the secret came from, for the start-up log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretSource {
    /// `PASSERELLE_SECRET`.
    Environment,
    /// The file named by `PASSERELLE_SECRET_FILE`.
    File(PathBuf),
    /// Generated and kept in the data directory (embedded default only).
    Generated(PathBuf),
}

/// Why no secret could be had.
#[derive(Debug, Error)]
pub enum PrivacyError {
    /// Too short.
    #[error(
        "the secret is {0} bytes long; use at least {MIN_SECRET_BYTES} random bytes (for example `openssl rand -base64 48`)"
    )]
    TooShort(usize),
    /// Neither variable is set, and generating one is not allowed.
    #[error(
        "no secret: set {SECRET_ENV}, or {SECRET_FILE_ENV} to a file holding it (at least {MIN_SECRET_BYTES} random bytes)"
    )]
    Missing,
    /// The secret file could not be read or written.
    #[error("secret file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// No randomness from the OS.
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
}

/// Finds the secret: the environment, a file it names, or (only when allowed, for the embedded
/// default) one generated once and kept in the data directory.
pub fn load_secret(
    data_dir: &Path,
    allow_generated: bool,
) -> Result<(Secret, SecretSource), PrivacyError> {
    if let Ok(value) = std::env::var(SECRET_ENV)
        && !value.is_empty()
    {
        return Ok((Secret::new(value.into_bytes())?, SecretSource::Environment));
    }
    if let Ok(path) = std::env::var(SECRET_FILE_ENV)
        && !path.is_empty()
    {
        let path = PathBuf::from(path);
        let bytes = fs::read(&path).map_err(|source| PrivacyError::Io {
            path: path.clone(),
            source,
        })?;
        let trimmed = String::from_utf8_lossy(&bytes).trim().as_bytes().to_vec();
        return Ok((Secret::new(trimmed)?, SecretSource::File(path)));
    }
    if !allow_generated {
        return Err(PrivacyError::Missing);
    }
    let path = data_dir.join(GENERATED_SECRET_FILE);
    match fs::read(&path) {
        Ok(bytes) => Ok((Secret::new(bytes)?, SecretSource::Generated(path))),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let mut bytes = vec![0u8; 48];
            getrandom::fill(&mut bytes).map_err(|e| PrivacyError::Random(e.to_string()))?;
            write_private(&path, &bytes).map_err(|source| PrivacyError::Io {
                path: path.clone(),
                source,
            })?;
            Ok((Secret::new(bytes)?, SecretSource::Generated(path)))
        }
        Err(source) => Err(PrivacyError::Io { path, source }),
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A session key: HMAC-SHA-256 of channel and platform id. The platform id cannot be recovered
/// from it without the secret.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pseudonym([u8; 32]);

impl Pseudonym {
    /// The pseudonym of a platform id on a channel.
    pub fn of(secret: &Secret, channel: &str, platform_id: &str) -> Self {
        let mut mac = secret.mac();
        mac.update(b"passerelle/session/");
        mac.update(channel.as_bytes());
        mac.update(&[0]);
        mac.update(platform_id.as_bytes());
        Self(mac.finalize().into_bytes().into())
    }

    /// A pseudonym from its raw bytes (kept sealed in a route).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The raw bytes (store keys).
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A short prefix for logs: enough to follow one conversation, useless to find a person.
    pub fn short(&self) -> String {
        self.0[..4].iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Debug for Pseudonym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pseudonym({})", self.short())
    }
}

impl fmt::Display for Pseudonym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(byte: u8) -> Secret {
        Secret::new(vec![byte; 32]).unwrap()
    }

    #[test]
    fn pseudonyms_depend_on_secret_channel_and_id() {
        let a = Pseudonym::of(&secret(1), "telegram", "42");
        assert_eq!(a, Pseudonym::of(&secret(1), "telegram", "42"));
        assert_ne!(a, Pseudonym::of(&secret(2), "telegram", "42"));
        assert_ne!(a, Pseudonym::of(&secret(1), "matrix", "42"));
        assert_ne!(a, Pseudonym::of(&secret(1), "telegram", "43"));
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        assert_ne!(
            Pseudonym::of(&secret(1), "ab", "c"),
            Pseudonym::of(&secret(1), "a", "bc")
        );
        assert!(!format!("{a:?}").contains("42"));
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(matches!(
            Secret::new(vec![0; 8]),
            Err(PrivacyError::TooShort(8))
        ));
    }
}
