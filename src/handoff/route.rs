//! Tickets and their routes (DESIGN.md P3): what the bot needs to carry replies between a person
//! and a desk, sealed with an AEAD under a key derived from the secret, keyed by a random ticket
//! code, with an expiry that stays readable so that expired routes can be dropped unopened.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::privacy::{Pseudonym, Secret};

/// Letters and digits that cannot be misread (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters of a ticket code, without the dash: 31^6, about 887 million codes.
const CODE_CHARS: usize = 6;
/// The format of a stored route.
const FORMAT: u8 = 1;
const NONCE_BYTES: usize = 12;
const HEADER_BYTES: usize = 1 + 8 + 8 + NONCE_BYTES;

/// Why a route cannot be read or made.
#[derive(Debug, Error)]
pub enum RouteError {
    /// No randomness from the operating system.
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
    /// The stored bytes are not a route of this format, or were sealed under another secret.
    #[error("ticket {0}: its route cannot be opened (damaged, or sealed under another secret)")]
    Unreadable(String),
}

/// A random ticket code such as `K7Q-F2M`: shown to staff and to the person, derived from
/// nothing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TicketCode(String);

impl TicketCode {
    /// A fresh random code.
    pub fn random() -> Result<Self, RouteError> {
        let mut bytes = [0u8; CODE_CHARS];
        let mut code = String::with_capacity(CODE_CHARS + 1);
        for (i, slot) in bytes.iter_mut().enumerate() {
            // Rejection sampling keeps every character equally likely.
            *slot = loop {
                let mut one = [0u8; 1];
                getrandom::fill(&mut one).map_err(|e| RouteError::Random(e.to_string()))?;
                if usize::from(one[0]) < 256 - 256 % CODE_ALPHABET.len() {
                    break CODE_ALPHABET[usize::from(one[0]) % CODE_ALPHABET.len()];
                }
            };
            if i == CODE_CHARS / 2 {
                code.push('-');
            }
            code.push(char::from(*slot));
        }
        Ok(Self(code))
    }

    /// A code as typed or stored, if it has the shape of one.
    pub fn parse(text: &str) -> Option<Self> {
        let letters: String = text
            .trim()
            .chars()
            .filter(|c| *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid =
            letters.len() == CODE_CHARS && letters.bytes().all(|b| CODE_ALPHABET.contains(&b));
        valid.then(|| {
            let (first, last) = letters.split_at(CODE_CHARS / 2);
            Self(format!("{first}-{last}"))
        })
    }

    /// The code as shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TicketCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where to reach someone on a channel: a person's private chat or a desk room.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// The channel (`telegram`, `matrix`).
    pub channel: String,
    /// The chat or room id on it.
    pub chat: String,
}

/// What a ticket remembers, sealed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// The person's chat.
    pub person: Address,
    /// The person's session, to end the relay on their side when staff close it.
    pub session: [u8; 32],
    /// The association handling it now.
    pub association: String,
    /// Its desk.
    pub desk: Address,
    /// The bot's messages in the desk about this ticket, the ticket itself first: staff reply
    /// to any of them.
    pub desk_messages: Vec<String>,
    /// The person's language.
    pub lang: String,
    /// The needs they chose to share.
    pub needs: Vec<String>,
    /// Their département.
    pub dept: Option<String>,
    /// How soon they would like an answer.
    pub urgency: Option<String>,
    /// Whether staff have answered.
    pub answered: bool,
    /// A regional desk took it instead of this association's own desk (the person's
    /// fallback if nobody answers is that association's contacts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instead_of: Option<String>,
}

impl Route {
    /// The person's session key.
    pub fn session(&self) -> Pseudonym {
        Pseudonym::from_bytes(self.session)
    }
}

/// A stored route: readable timers, sealed contents.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedRoute {
    /// After this (seconds since the Unix epoch) the route is dropped.
    pub expires_at: u64,
    /// When staff should have answered; then the person gets the fallback.
    pub answer_due: Option<u64>,
    nonce: [u8; NONCE_BYTES],
    sealed: Vec<u8>,
}

/// Seals and opens routes under a key derived from the secret.
#[derive(Clone)]
pub struct RouteKey(Key);

impl std::fmt::Debug for RouteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RouteKey(…)")
    }
}

impl RouteKey {
    /// The route key of a secret.
    pub fn of(secret: &Secret) -> Self {
        Self(Key::from(secret.derive_key("route/v1")))
    }

    /// Seals a route for a ticket.
    pub fn seal(
        &self,
        code: &TicketCode,
        route: &Route,
        expires_at: u64,
        answer_due: Option<u64>,
    ) -> Result<SealedRoute, RouteError> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::fill(&mut nonce).map_err(|e| RouteError::Random(e.to_string()))?;
        let plain =
            serde_json::to_vec(route).map_err(|_| RouteError::Unreadable(code.to_string()))?;
        let sealed = ChaCha20Poly1305::new(&self.0)
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: &plain,
                    aad: aad(code).as_bytes(),
                },
            )
            .map_err(|_| RouteError::Unreadable(code.to_string()))?;
        Ok(SealedRoute {
            expires_at,
            answer_due,
            nonce,
            sealed,
        })
    }

    /// Opens a ticket's route; fails if it was changed or sealed for another ticket.
    pub fn open(&self, code: &TicketCode, stored: &SealedRoute) -> Result<Route, RouteError> {
        let plain = ChaCha20Poly1305::new(&self.0)
            .decrypt(
                &Nonce::from(stored.nonce),
                Payload {
                    msg: &stored.sealed,
                    aad: aad(code).as_bytes(),
                },
            )
            .map_err(|_| RouteError::Unreadable(code.to_string()))?;
        serde_json::from_slice(&plain).map_err(|_| RouteError::Unreadable(code.to_string()))
    }
}

fn aad(code: &TicketCode) -> String {
    format!("passerelle/route/{code}")
}

impl SealedRoute {
    /// The stored bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(HEADER_BYTES + self.sealed.len());
        bytes.push(FORMAT);
        bytes.extend_from_slice(&self.expires_at.to_be_bytes());
        bytes.extend_from_slice(&self.answer_due.unwrap_or(0).to_be_bytes());
        bytes.extend_from_slice(&self.nonce);
        bytes.extend_from_slice(&self.sealed);
        bytes
    }

    /// Reads stored bytes.
    pub fn from_bytes(code: &TicketCode, bytes: &[u8]) -> Result<Self, RouteError> {
        let unreadable = || RouteError::Unreadable(code.to_string());
        if bytes.len() <= HEADER_BYTES || bytes[0] != FORMAT {
            return Err(unreadable());
        }
        let number = |range: std::ops::Range<usize>| -> Result<u64, RouteError> {
            let array: [u8; 8] = bytes[range].try_into().map_err(|_| unreadable())?;
            Ok(u64::from_be_bytes(array))
        };
        let expires_at = number(1..9)?;
        let answer_due = Some(number(9..17)?).filter(|due| *due != 0);
        let nonce = bytes[17..HEADER_BYTES]
            .try_into()
            .map_err(|_| unreadable())?;
        Ok(Self {
            expires_at,
            answer_due,
            nonce,
            sealed: bytes[HEADER_BYTES..].to_vec(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route() -> Route {
        Route {
            person: Address {
                channel: "telegram".into(),
                chat: "777000123".into(),
            },
            session: [7; 32],
            association: "ceid-33".into(),
            desk: Address {
                channel: "matrix".into(),
                chat: "!desk:example.org".into(),
            },
            desk_messages: vec!["$ticket".into()],
            lang: "bg".into(),
            needs: vec!["housing".into()],
            dept: Some("33".into()),
            urgency: Some("today".into()),
            answered: false,
            instead_of: None,
        }
    }

    #[test]
    fn codes_are_random_readable_and_parsed_back() {
        let codes: std::collections::BTreeSet<String> = (0..200)
            .map(|_| TicketCode::random().unwrap().to_string())
            .collect();
        assert_eq!(codes.len(), 200);
        for code in &codes {
            assert_eq!(code.len(), 7);
            assert_eq!(TicketCode::parse(code).unwrap().as_str(), code);
            assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        }
        assert_eq!(TicketCode::parse(" k7q-f2m ").unwrap().as_str(), "K7Q-F2M");
        assert!(TicketCode::parse("K7Q-F2").is_none());
        assert!(TicketCode::parse("K0Q-F2M").is_none());
    }

    #[test]
    fn a_sealed_route_hides_the_address_and_opens_only_for_its_ticket_and_key() {
        let key = RouteKey::of(&Secret::new(vec![9; 32]).unwrap());
        let code = TicketCode::parse("AAA-BBB").unwrap();
        let sealed = key.seal(&code, &route(), 1_000, Some(500)).unwrap();
        let bytes = sealed.to_bytes();
        let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!holds(b"777000123"));
        assert!(!holds(b"desk:example"));
        let read = SealedRoute::from_bytes(&code, &bytes).unwrap();
        assert_eq!((read.expires_at, read.answer_due), (1_000, Some(500)));
        assert_eq!(key.open(&code, &read).unwrap(), route());
        // Another ticket's code, another secret, or a changed byte: refused.
        let other = TicketCode::parse("CCC-DDD").unwrap();
        assert!(key.open(&other, &read).is_err());
        let stranger = RouteKey::of(&Secret::new(vec![8; 32]).unwrap());
        assert!(stranger.open(&code, &read).is_err());
        let mut damaged = bytes.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        let damaged = SealedRoute::from_bytes(&code, &damaged).unwrap();
        assert!(key.open(&code, &damaged).is_err());
        assert!(SealedRoute::from_bytes(&code, &bytes[..10]).is_err());
    }
}
