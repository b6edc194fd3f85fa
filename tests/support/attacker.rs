//! The attacker of DESIGN.md P8: someone who seized the server with its secret and its config,
//! and knows the code. They read every byte of the data directory (sled's files, old versions
//! in its log included) and try to open whatever is sealed there with every key they can
//! derive: the keys the secret gives directly, and those of every slot still in the key file.
//!
//! Records are sealed with ChaCha20-Poly1305, a stream cipher: with the right key and nonce the
//! attacker reads the plain bytes without needing to know where a record ends. The attacker
//! knows the formats the code writes (a format byte, then the nonce), so at every offset holding
//! such a byte, the bytes after it are taken as a nonce and what follows is decrypted with each
//! key; a plain text that looks like what the bot seals (JSON, or a ticket code) is a record
//! opened. Plain JSON (the store before P8) is found by the plain scan of the forensic tests.

use std::path::Path;

use chacha20::ChaCha20;
use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
use hmac::{Hmac, KeyInit, Mac};
use passerelle::privacy::{Pseudonym, Secret};
use sha2::Sha256;

use super::files_under;

const NONCE: usize = 12;
/// Bytes decrypted to judge a candidate, then to show what was opened.
const PROBE: usize = 16;
const SHOWN: usize = 160;
/// Each sealed format's first byte and where its nonce starts: records in the store
/// (src/store/vault.rs), and routes as the hub seals them (src/handoff/route.rs: format 1, then
/// two timers), which the store kept as they were before P8.
const FORMATS: [(u8, usize); 2] = [(2, 1), (1, 17)];
/// The key file's header and slots (src/store/vault.rs).
const KEY_FILE: &str = "store-keys";
const KEY_FILE_HEADER: usize = 16;
const SLOT: usize = 64;

/// One record the attacker opened.
#[derive(Debug)]
pub struct Opened {
    /// The file and offset it was found at.
    pub place: String,
    /// Which key opened it.
    pub key: String,
    /// Its first plain bytes.
    pub plain: String,
}

/// Every key the attacker can derive from the secret and the data directory.
pub fn keys(data_dir: &Path, secret: &Secret) -> Vec<(String, [u8; 32])> {
    // Every label the code derives keys with (src/handoff/route.rs, src/store/vault.rs).
    let mut keys: Vec<(String, [u8; 32])> = ["route/v1", "vault/v1"]
        .iter()
        .map(|label| (format!("derive_key({label})"), secret.derive_key(label)))
        .collect();
    let master = secret.derive_key("vault/v1");
    if let Ok(file) = std::fs::read(data_dir.join(KEY_FILE)) {
        for (index, slot) in file
            .get(KEY_FILE_HEADER..)
            .unwrap_or(&[])
            .chunks_exact(SLOT)
            .enumerate()
        {
            if slot.iter().all(|b| *b == 0) {
                continue;
            }
            let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&master).expect("hmac");
            mac.update(&slot[32..]);
            keys.push((
                format!("key file slot {index}"),
                mac.finalize().into_bytes().into(),
            ));
        }
    }
    keys
}

/// Looks like the start of a sealed plain text: JSON (sessions, routes) or a route record
/// (a code's length, then a ticket code).
fn plausible(plain: &[u8]) -> bool {
    let json = plain.starts_with(b"{\"") && plain.iter().all(|b| (0x20..0x7f).contains(b));
    let code = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let record = plain[0] == 7
        && plain[1..4].iter().all(code)
        && plain[4] == b'-'
        && plain[5..8].iter().all(code);
    json || record
}

/// Tries every key at every offset of every file under the data directory.
pub fn attack(data_dir: &Path, secret: &Secret) -> Vec<Opened> {
    let keys = keys(data_dir, secret);
    let mut opened = Vec::new();
    for file in files_under(data_dir) {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        if bytes.len() < NONCE + PROBE {
            continue;
        }
        let candidates = (0..bytes.len()).filter_map(|i| {
            FORMATS
                .iter()
                .find(|(format, _)| bytes[i] == *format)
                .map(|(_, nonce_at)| i + nonce_at)
        });
        for at in candidates.filter(|at| at + NONCE + PROBE <= bytes.len()) {
            let nonce = &bytes[at..at + NONCE];
            for (name, key) in &keys {
                let mut probe = [0u8; PROBE];
                probe.copy_from_slice(&bytes[at + NONCE..at + NONCE + PROBE]);
                let mut cipher = ChaCha20::new(key.into(), nonce.into());
                // ChaCha20-Poly1305 encrypts from the second block (the first keys Poly1305).
                cipher.seek(64u64);
                cipher.apply_keystream(&mut probe);
                if !plausible(&probe) {
                    continue;
                }
                let end = (at + NONCE + SHOWN).min(bytes.len());
                let mut plain = bytes[at + NONCE..end].to_vec();
                let mut cipher = ChaCha20::new(key.into(), nonce.into());
                cipher.seek(64u64);
                cipher.apply_keystream(&mut plain);
                opened.push(Opened {
                    place: format!("{} at {at}", file.display()),
                    key: name.clone(),
                    plain: String::from_utf8_lossy(&plain).into_owned(),
                });
            }
        }
    }
    opened
}

/// Where a person's pseudonym (or the key file tag made from it) is still on disk: with the
/// secret, anyone can compute it from a known account and learn that the account wrote.
pub fn pseudonym_traces(data_dir: &Path, secret: &Secret, channel: &str, id: &str) -> Vec<String> {
    let pseudonym = Pseudonym::of(secret, channel, id);
    let hex: String = pseudonym
        .as_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let tag = secret.keyed_hash("vault/tag", &["session", &hex]);
    let mut found = Vec::new();
    for file in files_under(data_dir) {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for (what, needle) in [
            ("pseudonym", &pseudonym.as_bytes()[..]),
            ("key file tag", &tag[..]),
        ] {
            if bytes.windows(needle.len()).any(|w| w == needle) {
                found.push(format!(
                    "the {what} of {channel}:{id} in {}",
                    file.display()
                ));
            }
        }
    }
    found
}
