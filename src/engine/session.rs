//! What the bot remembers of one conversation: where it stands, in which language, and the few
//! answers the flows asked for. Never a name, an id, a message text or a precise place.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::flow::NodeRef;

/// One conversation's state, keyed by a pseudonym in the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The chosen language tag.
    pub lang: Option<String>,
    /// The node waiting for the person's answer.
    pub at: Option<NodeRef>,
    /// The language menu is open.
    #[serde(default)]
    pub choosing_language: bool,
    /// The conversation reached an end or was stopped: the next message starts again.
    #[serde(default)]
    pub ended: bool,
    /// Values set by choices and number inputs (from the flows, never text the person typed).
    #[serde(default)]
    pub vars: BTreeMap<String, String>,
    /// The département the person chose to give.
    pub dept: Option<String>,
    /// Last activity, in seconds since the Unix epoch, for expiry.
    pub last_seen: u64,
}

impl Session {
    /// Whether the session has been silent longer than `ttl_secs` at `now`.
    pub fn expired(&self, now: u64, ttl_secs: u64) -> bool {
        now.saturating_sub(self.last_seen) > ttl_secs
    }
}
