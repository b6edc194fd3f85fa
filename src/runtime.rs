//! The one place where store, engine and channels meet: inbound event -> pseudonym -> session ->
//! engine -> save -> replies.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;

use crate::engine::{Engine, HandoffEvent, HandoffNotice, Inbound, Outcome, Session};
use crate::privacy::{Pseudonym, Secret};
use crate::store::{CounterKey, Store, StoreError};

/// Sessions are handled one message at a time per person; this many locks are shared by all.
const LOCK_STRIPES: usize = 256;
/// How long words for the team held back by danger words stay in memory, for the offer to send
/// them marked urgent (seconds).
pub const HELD_FOR_SECS: u64 = 15 * 60;
const SECONDS_PER_DAY: u64 = 86_400;

/// Why a message could not be handled.
#[derive(Debug, Error)]
pub enum RuntimeError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Settings of the runtime.
#[derive(Debug, Clone)]
pub struct RuntimeSettings {
    /// A session silent this long is erased (seconds).
    pub session_ttl_secs: u64,
    /// Campaign codes the operator published (deep links, posters). Only these are counted by
    /// name: a code anyone can type into a link could otherwise mark one person's visit on disk.
    pub campaigns: BTreeSet<String>,
}

impl Default for RuntimeSettings {
    fn default() -> Self {
        Self {
            session_ttl_secs: 24 * 3600,
            campaigns: BTreeSet::new(),
        }
    }
}

/// The counter name for campaign codes that are not in the operator's list.
pub const UNLISTED_CAMPAIGN: &str = "(unlisted)";

/// Runs conversations for every channel.
pub struct Runtime {
    engine: Arc<Engine>,
    store: Store,
    secret: Secret,
    settings: RuntimeSettings,
    locks: Vec<Mutex<()>>,
    /// Words for the team held back by danger words, by person, until when: memory only, never
    /// written anywhere (P1), gone at a restart, an erase or after [`HELD_FOR_SECS`].
    held: Mutex<HashMap<Pseudonym, (String, u64)>>,
}

impl Runtime {
    /// A runtime over an engine and a store, with the pseudonym secret.
    pub fn new(
        engine: Arc<Engine>,
        store: Store,
        secret: Secret,
        settings: RuntimeSettings,
    ) -> Self {
        let locks = (0..LOCK_STRIPES).map(|_| Mutex::new(())).collect();
        Self {
            engine,
            store,
            secret,
            settings,
            locks,
            held: Mutex::default(),
        }
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The secret (the handoff derives its route key and desk index from it).
    pub(crate) fn secret(&self) -> &Secret {
        &self.secret
    }

    /// Applies what the handoff hub says to a person's conversation (a request posted, staff
    /// words, a fallback); `fresh` is the session to use when none is stored.
    pub fn notice(
        &self,
        who: &Pseudonym,
        notice: HandoffNotice,
        now: u64,
        fresh: Option<Session>,
    ) -> Result<Outcome, RuntimeError> {
        let _guard = self.lock(who);
        let stored = self.store.load(who, now, self.settings.session_ttl_secs)?;
        let session = stored.or(fresh).unwrap_or_default();
        let outcome = self.engine.notice(session, notice, now);
        self.keep(who, &outcome)?;
        Ok(outcome)
    }

    /// Keeps the session an outcome leaves; an ended conversation's under a new key.
    fn keep(&self, who: &Pseudonym, outcome: &Outcome) -> Result<(), RuntimeError> {
        match &outcome.session {
            Some(session) if outcome.forget_past => self.store.replace(who, session)?,
            Some(session) => self.store.save(who, session)?,
            None => {}
        }
        Ok(())
    }

    /// For a channel that reaches no desk (the terminal, a platform without a hub): a
    /// consented request gets the honest fallback, the association's card and the numbers.
    pub fn without_desk(
        &self,
        who: &Pseudonym,
        mut outcome: Outcome,
        now: u64,
    ) -> Result<Outcome, RuntimeError> {
        if let Some(HandoffEvent::Open(request)) = outcome.handoff.take() {
            let notice = HandoffNotice::NoDesk {
                association: request.association,
            };
            let more = self.notice(who, notice, now, None)?;
            outcome.replies.extend(more.replies);
            outcome.session = more.session;
        }
        Ok(outcome)
    }

    /// The pseudonym of a platform id on a channel.
    pub fn pseudonym(&self, channel: &str, platform_id: &str) -> Pseudonym {
        Pseudonym::of(&self.secret, channel, platform_id)
    }

    /// Remembers that a room is a desk, for good: once removed from the config it is still
    /// never taken for a person's chat (nor erased by a quick exit typed there).
    pub fn mark_desk_room(&self, channel: &str, room: &str) -> Result<(), RuntimeError> {
        let key = self.secret.keyed_hash("desk-room", &[channel, room]);
        Ok(self.store.mark_desk_room(&key)?)
    }

    /// Whether a room was ever a desk.
    pub fn was_desk_room(&self, channel: &str, room: &str) -> Result<bool, RuntimeError> {
        let key = self.secret.keyed_hash("desk-room", &[channel, room]);
        Ok(self.store.was_desk_room(&key)?)
    }

    /// Handles one inbound event of a person, at `now` (seconds since the Unix epoch).
    pub fn handle(
        &self,
        channel: &str,
        platform_id: &str,
        inbound: Inbound,
        now: u64,
    ) -> Result<Outcome, RuntimeError> {
        let who = self.pseudonym(channel, platform_id);
        self.handle_as(&who, inbound, now, None)
    }

    /// Handles an event; `fresh` is the session to use when none is stored (a language chosen
    /// on the command line).
    pub fn handle_as(
        &self,
        who: &Pseudonym,
        inbound: Inbound,
        now: u64,
        fresh: Option<Session>,
    ) -> Result<Outcome, RuntimeError> {
        self.handle_shown(who, inbound, now, fresh, &[])
    }

    /// Handles an event, first remembering the messages `shown` since the last one (the
    /// person's and the bot's), so that a quick exit can erase them: one store write for both.
    pub fn handle_shown(
        &self,
        who: &Pseudonym,
        inbound: Inbound,
        now: u64,
        fresh: Option<Session>,
        shown: &[i64],
    ) -> Result<Outcome, RuntimeError> {
        let _guard = self.lock(who);
        let stored = self.store.load(who, now, self.settings.session_ttl_secs)?;
        // The channel says what it can erase on each message (a room's power levels change).
        let channel = fresh.as_ref().and_then(|f| f.channel.clone());
        let mut session = stored.or(fresh).unwrap_or_default();
        if channel.is_some() {
            session.channel = channel;
        }
        session.remember_visible(shown, now);
        let held = if self.engine.asks_held(&session, &inbound) {
            self.take_held(who, now)
        } else {
            None
        };
        let outcome = match held {
            Some(words) => self.engine.send_held(session, words, now),
            None => self.engine.handle(session, inbound, now),
        };
        self.keep_held(who, &outcome, now);
        self.keep(who, &outcome)?;
        if outcome.session.is_none() {
            self.store.erase(who)?;
        }
        self.count(&outcome, now)?;
        tracing::debug!(
            session = %who,
            lang = %outcome.lang,
            nodes = ?outcome.visited.iter().map(ToString::to_string).collect::<Vec<_>>(),
            replies = outcome.replies.len(),
            "handled"
        );
        Ok(outcome)
    }

    /// The words held back for a person, taken (they are sent once).
    fn take_held(&self, who: &Pseudonym, now: u64) -> Option<String> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.retain(|_, (_, until)| *until > now);
        held.remove(who).map(|(words, _)| words)
    }

    /// Keeps the words an outcome held back; an erased conversation loses them.
    fn keep_held(&self, who: &Pseudonym, outcome: &Outcome, now: u64) {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        held.retain(|_, (_, until)| *until > now);
        match (&outcome.held, &outcome.session) {
            (_, None) => {
                held.remove(who);
            }
            (Some(words), Some(_)) => {
                held.insert(*who, (words.clone(), now.saturating_add(HELD_FOR_SECS)));
            }
            (None, Some(_)) => {}
        }
    }

    /// Whether a person has a live session.
    pub fn has_session(&self, who: &Pseudonym, now: u64) -> Result<bool, RuntimeError> {
        Ok(self
            .store
            .load(who, now, self.settings.session_ttl_secs)?
            .is_some())
    }

    /// Remembers messages now on screen (the person's and the bot's), so that a quick exit can
    /// erase them. Nothing is kept for a conversation that has no session (it was just erased).
    pub fn remember_visible(
        &self,
        who: &Pseudonym,
        ids: &[i64],
        now: u64,
    ) -> Result<(), RuntimeError> {
        if ids.is_empty() {
            return Ok(());
        }
        let _guard = self.lock(who);
        if let Some(mut session) = self.store.load(who, now, self.settings.session_ttl_secs)? {
            session.remember_visible(ids, now);
            self.store.save(who, &session)?;
        }
        Ok(())
    }

    /// Counts a reply a channel could not deliver, in aggregate (per day, channel and language).
    pub fn count_undelivered(
        &self,
        channel: &str,
        lang: &str,
        now: u64,
    ) -> Result<(), RuntimeError> {
        self.count_event("undelivered", channel, lang, now)
    }

    /// Counts one event in aggregate (per day, kind, name and language): nothing about who.
    pub fn count_event(
        &self,
        kind: &str,
        name: &str,
        lang: &str,
        now: u64,
    ) -> Result<(), RuntimeError> {
        let key = CounterKey {
            day: now / SECONDS_PER_DAY,
            kind: kind.to_owned(),
            name: name.to_owned(),
            lang: lang.to_owned(),
        };
        Ok(self.store.count(&key, 1)?)
    }

    /// The lock of a person's stripe: one message of a person at a time.
    fn lock(&self, who: &Pseudonym) -> std::sync::MutexGuard<'_, ()> {
        let stripe = usize::from(who.as_bytes()[0]) % self.locks.len();
        // A poisoned lock only means another message of the same stripe panicked; the data it
        // guards is in the store, so go on.
        self.locks[stripe]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn count(&self, outcome: &Outcome, now: u64) -> Result<(), RuntimeError> {
        let day = now / SECONDS_PER_DAY;
        for node in &outcome.visited {
            let key = CounterKey {
                day,
                kind: "node".into(),
                name: node.to_string(),
                lang: outcome.lang.clone(),
            };
            self.store.count(&key, 1)?;
        }
        if let Some(campaign) = &outcome.campaign {
            let name = if self.settings.campaigns.contains(campaign) {
                campaign.clone()
            } else {
                UNLISTED_CAMPAIGN.to_owned()
            };
            // Per week: a campaign is read week by week, and a day's count could be one school.
            let key = CounterKey {
                day: week_start(day),
                kind: "campaign".into(),
                name,
                lang: outcome.lang.clone(),
            };
            self.store.count(&key, 1)?;
        }
        Ok(())
    }

    /// Periodic upkeep: erases expired sessions (returns how many) and writes pending
    /// counters.
    pub fn sweep(&self, now: u64) -> Result<usize, RuntimeError> {
        self.store.flush_counters()?;
        Ok(self.store.sweep(now, self.settings.session_ttl_secs)?)
    }
}

/// The Monday starting the week of a day (days since the Unix epoch, which was a Thursday).
pub fn week_start(day: u64) -> u64 {
    day - (day + 3) % 7
}

/// Seconds since the Unix epoch, from the system clock (the engine never reads a clock itself).
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check;
    use crate::content::ContentFiles;
    use crate::store::Durability;

    fn runtime(dir: &std::path::Path, campaigns: &[&str]) -> Runtime {
        let report = check(&ContentFiles::embedded());
        let store = Store::open(
            dir,
            Durability::Periodic,
            &Secret::new(vec![3; 32]).unwrap(),
        )
        .unwrap();
        let settings = RuntimeSettings {
            campaigns: campaigns.iter().map(|c| (*c).to_owned()).collect(),
            ..RuntimeSettings::default()
        };
        Runtime::new(
            Arc::new(Engine::new(report.content)),
            store,
            Secret::new(vec![3; 32]).unwrap(),
            settings,
        )
    }

    #[test]
    fn only_published_campaigns_are_counted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path(), &["lycee2026"]);
        let day = 20_000 * SECONDS_PER_DAY;
        rt.handle(
            "test",
            "a",
            Inbound::Text("/start l-fr_c-lycee2026".into()),
            day,
        )
        .unwrap();
        rt.handle(
            "test",
            "b",
            Inbound::Text("/start l-fr_c-0612345678".into()),
            day,
        )
        .unwrap();
        // 2024-09-02 was a Monday: days 19968 to 19974 are its week.
        assert_eq!(week_start(19_968), 19_968);
        assert_eq!(week_start(19_974), 19_968);
        assert_eq!(week_start(19_975), 19_975);
        let campaigns: Vec<(String, u64)> = rt
            .store()
            .counters()
            .unwrap()
            .into_iter()
            .filter(|(k, _)| k.kind == "campaign")
            .map(|(k, n)| (k.name, n))
            .collect();
        assert_eq!(
            campaigns,
            vec![
                (UNLISTED_CAMPAIGN.to_owned(), 1),
                ("lycee2026".to_owned(), 1)
            ]
        );
    }

    /// The words held back by danger words: sent once when asked, gone after a while, gone
    /// with an erase; never written to the store.
    #[test]
    fn held_words_live_in_memory_only_are_sent_once_and_expire() {
        use crate::engine::{HELD_SEND_TOKEN, HandoffEvent};
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path(), &[]);
        let words = "HELD-CANARY il a pris mon passeport, j'ai peur";
        let to_message = ["/start l-fr", "2", "1", "33", "1", "oui"];
        let walk = |who: &str, at: u64| {
            for line in to_message {
                rt.handle("test", who, Inbound::Text(line.into()), at)
                    .unwrap();
            }
            let out = rt
                .handle("test", who, Inbound::Text(words.into()), at)
                .unwrap();
            assert_eq!(out.held.as_deref(), Some(words));
        };
        let send = |who: &str, at: u64| {
            rt.handle("test", who, Inbound::Button(HELD_SEND_TOKEN.into()), at)
                .unwrap()
        };
        walk("a", 1000);
        rt.store().flush().unwrap();
        fn all_bytes(dir: &std::path::Path) -> Vec<u8> {
            let mut out = Vec::new();
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    out.extend(all_bytes(&path));
                } else {
                    out.extend(std::fs::read(&path).unwrap_or_default());
                }
            }
            out
        }
        let on_disk = all_bytes(dir.path());
        assert!(
            !on_disk.windows(11).any(|w| w == b"HELD-CANARY"),
            "never on disk"
        );
        let sent = send("a", 1010);
        assert!(
            matches!(&sent.handoff, Some(HandoffEvent::Open(r)) if r.message.as_deref() == Some(words)),
            "{:?}",
            sent.handoff
        );
        assert!(send("a", 1011).handoff.is_none(), "sent once");
        // Too late: gone.
        walk("b", 2000);
        assert!(send("b", 2000 + HELD_FOR_SECS + 1).handoff.is_none());
        // Erased with the conversation (/exit).
        walk("c", 3000);
        rt.handle("test", "c", Inbound::Text("/exit".into()), 3001)
            .unwrap();
        rt.handle("test", "c", Inbound::Text("/start l-fr".into()), 3002)
            .unwrap();
        assert!(send("c", 3003).handoff.is_none());
    }

    #[test]
    fn sessions_are_per_person_and_channel() {
        let dir = tempfile::tempdir().unwrap();
        let rt = runtime(dir.path(), &[]);
        rt.handle("test", "a", Inbound::Text("/start l-fr".into()), 100)
            .unwrap();
        let other_channel = rt
            .handle("other", "a", Inbound::Text("hello".into()), 101)
            .unwrap();
        assert!(
            other_channel.session.unwrap().choosing_language,
            "a new person on another channel"
        );
        let same = rt.handle("test", "a", Inbound::Resume, 102).unwrap();
        assert_eq!(same.lang, "fr");
        assert_eq!(rt.store().session_count(), 2);
        // Expired: a message after the time to live starts afresh and the sweep erases the rest.
        let later = 101 + RuntimeSettings::default().session_ttl_secs + 1;
        assert_eq!(rt.sweep(later).unwrap(), 1);
        assert_eq!(rt.store().session_count(), 1);
    }
}
