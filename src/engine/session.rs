//! What the bot remembers of one conversation: where it stands, in which language, and the few
//! answers the flows asked for. Never a name, an id, a message text or a precise place.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::handoff::Relay;
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
    /// Messages of the conversation a channel may erase on a quick exit (both sides), kept only
    /// as long as the session (DESIGN.md P1: a message number identifies nobody).
    #[serde(default)]
    pub visible: Vec<VisibleMessage>,
    /// An open warm handoff: what the person writes goes to the association's staff.
    #[serde(default)]
    pub relay: Option<Relay>,
    /// An open handoff keeps the session at least until then, past the usual expiry.
    #[serde(default)]
    pub keep_until: Option<u64>,
    /// The menu whose numbered choices were shown last: after an end or `/stop` they are still
    /// on screen, and a typed number still picks one (DESIGN.md S2).
    #[serde(default)]
    pub shown: Option<NodeRef>,
    /// What the person's channel can erase (`telegram`, `matrix`, `matrix-no-redact`; none on
    /// the terminal), passed to every text as `$channel`: the phone-safety note and the exit
    /// say what stays and what the person must still do.
    #[serde(default)]
    pub channel: Option<String>,
}

/// One message shown in the conversation: its number on the platform and when it was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisibleMessage {
    /// The platform's message number in that conversation.
    pub id: i64,
    /// When it was shown (seconds since the Unix epoch).
    pub at: u64,
}

/// How many visible messages a session remembers (the oldest are forgotten first).
pub const MAX_VISIBLE: usize = 500;

impl Session {
    /// Remembers messages shown at `now`, keeping the newest [`MAX_VISIBLE`].
    pub fn remember_visible(&mut self, ids: &[i64], now: u64) {
        self.visible
            .extend(ids.iter().map(|&id| VisibleMessage { id, at: now }));
        let excess = self.visible.len().saturating_sub(MAX_VISIBLE);
        self.visible.drain(..excess);
    }
}

impl Session {
    /// Whether the session has been silent longer than `ttl_secs` at `now`.
    pub fn expired(&self, now: u64, ttl_secs: u64) -> bool {
        now.saturating_sub(self.last_seen) > ttl_secs && self.keep_until.is_none_or(|k| now > k)
    }
}
