//! Persistent state on sled: pseudonymous sessions that expire, sealed handoff routes, and
//! aggregate counters with no per-person rows. Nothing else is written (DESIGN.md P1, P4, P5).
//!
//! Sessions and routes are sealed under keys of their own, kept in the [`vault`]: erasing one
//! destroys its key where destruction is real, so the old versions sled keeps in its log cannot
//! be opened (P8). Their sled keys are derived from that key too, never from the person.

pub mod vault;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use thiserror::Error;

use crate::engine::Session;
use crate::privacy::{Pseudonym, Secret};
use vault::{RecordId, RecordKey, Tag, Vault, VaultError};

const SESSIONS: &str = "sessions";
const COUNTERS: &str = "counters";
const ROUTES: &str = "routes";
const DESK_MESSAGES: &str = "desk-messages";
const DESK_ROOMS: &str = "desk-rooms";
const SEPARATOR: char = '\u{1f}';
const CACHE_BYTES: u64 = 16 * 1024 * 1024;
/// The key file, beside sled's directory (not inside it: sled owns that one).
const KEY_FILE: &str = "store-keys";
const SESSION_TAG: &str = "session";
const ROUTE_TAG: &str = "route";
/// Pending counter keys that trigger a write of all of them.
const PENDING_COUNTERS_LIMIT: usize = 4096;

/// Why the store could not be used; each says what to do.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The data directory cannot be created or written.
    #[error("data directory {path}: {source} (choose a writable directory with --data-dir)")]
    Directory {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Another process holds the database.
    #[error(
        "data directory {0} is in use by another passerelle process (stop it, or use another --data-dir)"
    )]
    Locked(PathBuf),
    /// The database files are damaged.
    #[error(
        "the session store in {path} is damaged ({detail}); move the directory aside or run `passerelle purge --data-dir {path}` (sessions are lost, nothing else)"
    )]
    Corrupted {
        /// The directory.
        path: PathBuf,
        /// What sled said.
        detail: String,
    },
    /// Any other storage failure.
    #[error("session store in {path}: {detail}")]
    Storage {
        /// The directory.
        path: PathBuf,
        /// What sled said.
        detail: String,
    },
}

/// How often the store makes writes durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// After every saved session: a crash loses nothing (interactive channels).
    EveryWrite,
    /// Every few hundred milliseconds in the background: a crash may lose the last moments
    /// (high-volume channels).
    Periodic,
}

/// One counter row: per day, what was counted (a node, a campaign), and the language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CounterKey {
    /// Days since the Unix epoch.
    pub day: u64,
    /// `node`, `campaign` or `undelivered` (replies a channel could not deliver).
    pub kind: String,
    /// The node (`flow:node`), campaign code or channel.
    pub name: String,
    /// The language tag.
    pub lang: String,
}

impl CounterKey {
    fn encode(&self) -> Vec<u8> {
        format!(
            "{:08}{SEPARATOR}{}{SEPARATOR}{}{SEPARATOR}{}",
            self.day, self.kind, self.name, self.lang
        )
        .into_bytes()
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        let text = std::str::from_utf8(bytes).ok()?;
        let mut parts = text.split(SEPARATOR);
        Some(Self {
            day: parts.next()?.parse().ok()?,
            kind: parts.next()?.to_owned(),
            name: parts.next()?.to_owned(),
            lang: parts.next()?.to_owned(),
        })
    }
}

/// How often opening retries a store that is still locked, and how long it waits between tries.
const LOCK_RETRIES: u32 = 20;
const LOCK_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(50);

/// The sled database of one data directory.
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    /// Sealed sessions, by record id.
    sessions: sled::Tree,
    counters: sled::Tree,
    /// Sealed handoff routes (with their ticket code inside), by record id.
    routes: sled::Tree,
    /// Route record ids, by a keyed hash of a desk message (channel, room, message id).
    desk_messages: sled::Tree,
    /// Keyed hashes of every room that was ever a desk (staff rooms, no person's).
    desk_rooms: sled::Tree,
    /// The key of every live session and route.
    vault: Arc<Vault>,
    /// Counter increments not yet written: a few hot keys would otherwise be rewritten on
    /// every message. A crash loses at most these (aggregates only).
    pending: Arc<Mutex<HashMap<CounterKey, u64>>>,
    path: PathBuf,
    durability: Durability,
}

impl Store {
    /// Opens (or creates) the store in a data directory; `secret` seals what it holds.
    pub fn open(dir: &Path, durability: Durability, secret: &Secret) -> Result<Self, StoreError> {
        let db = Self::open_db(dir)?;
        let vault = Vault::open(&dir.join(KEY_FILE), secret).map_err(|e| vault_error(dir, e))?;
        let tree = |name: &str| db.open_tree(name).map_err(|error| classify(dir, error));
        Ok(Self {
            sessions: tree(SESSIONS)?,
            counters: tree(COUNTERS)?,
            routes: tree(ROUTES)?,
            desk_messages: tree(DESK_MESSAGES)?,
            desk_rooms: tree(DESK_ROOMS)?,
            db,
            vault: Arc::new(vault),
            pending: Arc::default(),
            path: dir.to_path_buf(),
            durability,
        })
    }

    /// Makes sure the data directory exists and is one (before a secret is generated in it).
    pub fn prepare_dir(dir: &Path) -> Result<(), StoreError> {
        if dir.is_file() {
            let source = std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "this is a file, not a directory",
            );
            return Err(StoreError::Directory {
                path: dir.to_path_buf(),
                source,
            });
        }
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Directory {
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(())
    }

    /// Opens sled alone (a purge needs no secret).
    fn open_db(dir: &Path) -> Result<sled::Db, StoreError> {
        Self::prepare_dir(dir)?;
        let path = dir.join("store");
        let config = sled::Config::new()
            .path(&path)
            .flush_every_ms(Some(200))
            // Sessions are small; a bounded cache keeps memory low with many of them.
            .cache_capacity(CACHE_BYTES);
        // A store closed a moment ago may still be held by its background flusher: wait for it
        // briefly before saying another process has it.
        let mut attempt = 0;
        loop {
            match config.open().map_err(|error| classify(dir, error)) {
                Err(StoreError::Locked(_)) if attempt < LOCK_RETRIES => {
                    attempt += 1;
                    std::thread::sleep(LOCK_RETRY_PAUSE);
                }
                other => return other,
            }
        }
    }

    fn fail(&self, error: sled::Error) -> StoreError {
        classify(&self.path, error)
    }

    /// The session of a pseudonym, unless it has expired (an expired one is erased on the spot).
    pub fn load(
        &self,
        who: &Pseudonym,
        now: u64,
        ttl_secs: u64,
    ) -> Result<Option<Session>, StoreError> {
        let Some(key) = self.vault.key(&self.session_tag(who)) else {
            return Ok(None);
        };
        let Some(sealed) = self.sessions.get(key.id).map_err(|e| self.fail(e))? else {
            return Ok(None);
        };
        let Some(bytes) = key.open(&sealed) else {
            tracing::warn!(session = %who, "a sealed session that does not open was dropped");
            self.erase(who)?;
            return Ok(None);
        };
        match serde_json::from_slice::<Session>(&bytes) {
            Ok(session) if !session.expired(now, ttl_secs) => Ok(Some(session)),
            Ok(_) => {
                self.erase(who)?;
                Ok(None)
            }
            Err(error) => {
                // An unreadable session (older format, damage) starts again rather than failing
                // the person's message.
                // The error's category only: its text could quote the stored bytes.
                tracing::warn!(session = %who, kind = ?error.classify(), "unreadable session dropped");
                self.erase(who)?;
                Ok(None)
            }
        }
    }

    /// Saves a session.
    pub fn save(&self, who: &Pseudonym, session: &Session) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(session).map_err(|e| StoreError::Storage {
            path: self.path.clone(),
            detail: e.to_string(),
        })?;
        let key = self
            .vault
            .key_or_create(&self.session_tag(who), self.every_write())
            .map_err(|e| self.vault_fail(e))?;
        let sealed = key.seal(&bytes).map_err(|e| self.vault_fail(e))?;
        self.sessions
            .insert(key.id, sealed)
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Saves what is left of an ended conversation under a new key: the old key is destroyed
    /// first, so none of the session's earlier versions can be read back.
    pub fn replace(&self, who: &Pseudonym, session: &Session) -> Result<(), StoreError> {
        self.erase(who)?;
        self.save(who, session)
    }

    /// Erases a session at once: its key is destroyed first, so every version of it that sled
    /// still keeps is unreadable from that moment.
    pub fn erase(&self, who: &Pseudonym) -> Result<(), StoreError> {
        let tag = self.session_tag(who);
        let Some(key) = self.vault.key(&tag) else {
            return Ok(());
        };
        self.vault.destroy(&tag).map_err(|e| self.vault_fail(e))?;
        self.sessions.remove(key.id).map_err(|e| self.fail(e))?;
        self.durable()
    }

    fn session_tag(&self, who: &Pseudonym) -> Tag {
        self.vault.tag(SESSION_TAG, who.as_bytes())
    }

    fn route_tag(&self, code: &str) -> Tag {
        self.vault.tag(ROUTE_TAG, code.as_bytes())
    }

    fn every_write(&self) -> bool {
        self.durability == Durability::EveryWrite
    }

    fn vault_fail(&self, error: VaultError) -> StoreError {
        vault_error(&self.path, error)
    }

    fn durable(&self) -> Result<(), StoreError> {
        if self.durability == Durability::EveryWrite {
            self.db.flush().map_err(|e| self.fail(e))?;
        }
        Ok(())
    }

    /// Erases every session silent for longer than the time to live; returns how many.
    pub fn sweep(&self, now: u64, ttl_secs: u64) -> Result<usize, StoreError> {
        let mut erased = 0;
        for entry in self.sessions.iter() {
            let (id, sealed) = entry.map_err(|e| self.fail(e))?;
            let key = record_id(&id).and_then(|id| self.vault.key_of_record(&id));
            let keep = key
                .as_ref()
                .and_then(|key| key.open(&sealed))
                .and_then(|bytes| serde_json::from_slice::<Session>(&bytes).ok())
                .is_some_and(|s| !s.expired(now, ttl_secs));
            // Remove only if unchanged: a message that revived the session since it was read
            // must not lose its fresh state.
            if !keep
                && self
                    .sessions
                    .compare_and_swap(&id, Some(&sealed), None::<&[u8]>)
                    .map_err(|e| self.fail(e))?
                    .is_ok()
            {
                if let Some(key) = key {
                    let sessions = &self.sessions;
                    self.vault
                        .destroy_record(&key.id, || sessions.get(key.id).ok().flatten().is_none())
                        .map_err(|e| self.vault_fail(e))?;
                }
                erased += 1;
            }
        }
        if erased > 0 {
            self.db.flush().map_err(|e| self.fail(e))?;
        }
        Ok(erased)
    }

    /// Saves a ticket's route.
    pub fn put_route(&self, code: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let key = self
            .vault
            .key_or_create(&self.route_tag(code), self.every_write())
            .map_err(|e| self.vault_fail(e))?;
        self.write_route(&key, code, bytes)
    }

    fn write_route(&self, key: &RecordKey, code: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let sealed = key
            .seal(&route_record(code, bytes))
            .map_err(|e| self.vault_fail(e))?;
        self.routes
            .insert(key.id, sealed)
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// A ticket's route.
    pub fn route(&self, code: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let Some(key) = self.vault.key(&self.route_tag(code)) else {
            return Ok(None);
        };
        Ok(self
            .open_route(&key)?
            .filter(|(stored, _)| stored == code)
            .map(|(_, bytes)| bytes))
    }

    /// The ticket code and bytes of a route record, if its key still opens it.
    fn open_route(&self, key: &RecordKey) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let Some(sealed) = self.routes.get(key.id).map_err(|e| self.fail(e))? else {
            return Ok(None);
        };
        Ok(key
            .open(&sealed)
            .and_then(|plain| split_route_record(&plain)))
    }

    /// Saves a new ticket's route unless the code is taken; returns whether it was saved.
    pub fn put_new_route(&self, code: &str, bytes: &[u8]) -> Result<bool, StoreError> {
        let Some(key) = self
            .vault
            .create_new(&self.route_tag(code), self.every_write())
            .map_err(|e| self.vault_fail(e))?
        else {
            return Ok(false);
        };
        self.write_route(&key, code, bytes)?;
        Ok(true)
    }

    /// Erases a ticket's route: its key is destroyed first.
    pub fn remove_route(&self, code: &str) -> Result<(), StoreError> {
        let tag = self.route_tag(code);
        let Some(key) = self.vault.key(&tag) else {
            return Ok(());
        };
        self.vault.destroy(&tag).map_err(|e| self.vault_fail(e))?;
        self.routes.remove(key.id).map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Every ticket code with its route. Records whose key is gone (a crash between destroying
    /// the key and removing the record) are removed on the way.
    pub fn routes(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let mut out = Vec::new();
        for entry in self.routes.iter() {
            let (id, _) = entry.map_err(|e| self.fail(e))?;
            match record_id(&id).and_then(|id| self.vault.key_of_record(&id)) {
                Some(key) => out.extend(self.open_route(&key)?),
                None => {
                    self.routes.remove(&id).map_err(|e| self.fail(e))?;
                }
            }
        }
        Ok(out)
    }

    /// Remembers which ticket a desk message belongs to (the route must exist).
    pub fn put_desk_message(&self, key: &[u8; 32], code: &str) -> Result<(), StoreError> {
        let Some(route) = self.vault.key(&self.route_tag(code)) else {
            return Ok(());
        };
        self.desk_messages
            .insert(key, &route.id)
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// The ticket a desk message belongs to, while its route lives.
    pub fn desk_message(&self, key: &[u8; 32]) -> Result<Option<String>, StoreError> {
        let Some(id) = self.desk_messages.get(key).map_err(|e| self.fail(e))? else {
            return Ok(None);
        };
        let Some(route) = record_id(&id).and_then(|id| self.vault.key_of_record(&id)) else {
            return Ok(None);
        };
        Ok(self.open_route(&route)?.map(|(code, _)| code))
    }

    /// Forgets a desk message.
    pub fn remove_desk_message(&self, key: &[u8; 32]) -> Result<(), StoreError> {
        self.desk_messages.remove(key).map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Remembers a desk room (a keyed hash of it), for good.
    pub fn mark_desk_room(&self, key: &[u8; 32]) -> Result<(), StoreError> {
        if !self
            .desk_rooms
            .contains_key(key)
            .map_err(|e| self.fail(e))?
        {
            self.desk_rooms.insert(key, &[]).map_err(|e| self.fail(e))?;
            self.db.flush().map_err(|e| self.fail(e))?;
        }
        Ok(())
    }

    /// Whether a room was ever a desk.
    pub fn was_desk_room(&self, key: &[u8; 32]) -> Result<bool, StoreError> {
        self.desk_rooms.contains_key(key).map_err(|e| self.fail(e))
    }

    /// How many sessions are stored.
    pub fn session_count(&self) -> usize {
        self.sessions.len()
    }

    /// Adds to an aggregate counter.
    pub fn count(&self, key: &CounterKey, by: u64) -> Result<(), StoreError> {
        let full = {
            let mut pending = self.pending();
            match pending.get_mut(key) {
                Some(n) => *n = n.saturating_add(by),
                None => {
                    pending.insert(key.clone(), by);
                }
            }
            pending.len() >= PENDING_COUNTERS_LIMIT
        };
        if full { self.flush_counters() } else { Ok(()) }
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<CounterKey, u64>> {
        // A panic while holding the lock cannot leave the map half-updated in a way that
        // matters for aggregate counts.
        self.pending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes pending counter increments to the database.
    pub fn flush_counters(&self) -> Result<(), StoreError> {
        let pending: Vec<(CounterKey, u64)> = self.pending().drain().collect();
        for (key, by) in pending {
            self.counters
                .update_and_fetch(key.encode(), |old| {
                    let old = old
                        .and_then(|b| <[u8; 8]>::try_from(b).ok())
                        .map_or(0, u64::from_be_bytes);
                    Some(old.saturating_add(by).to_be_bytes().to_vec())
                })
                .map_err(|e| self.fail(e))?;
        }
        Ok(())
    }

    /// Every counter, in key order (pending increments are written first).
    pub fn counters(&self) -> Result<Vec<(CounterKey, u64)>, StoreError> {
        self.flush_counters()?;
        let mut out = Vec::new();
        for entry in self.counters.iter() {
            let (key, value) = entry.map_err(|e| self.fail(e))?;
            if let (Some(key), Ok(value)) = (
                CounterKey::decode(&key),
                <[u8; 8]>::try_from(value.as_ref()),
            ) {
                out.push((key, u64::from_be_bytes(value)));
            }
        }
        Ok(out)
    }

    /// Erases every session and route of a data directory without the secret: every key is
    /// destroyed, then the records. Returns how many sessions there were.
    pub fn purge(dir: &Path) -> Result<usize, StoreError> {
        vault::wipe_file(&dir.join(KEY_FILE)).map_err(|e| vault_error(dir, e))?;
        let db = Self::open_db(dir)?;
        let tree = |name: &str| db.open_tree(name).map_err(|error| classify(dir, error));
        let sessions = tree(SESSIONS)?;
        let count = sessions.len();
        for tree in [sessions, tree(ROUTES)?, tree(DESK_MESSAGES)?] {
            tree.clear().map_err(|e| classify(dir, e))?;
        }
        db.flush().map_err(|e| classify(dir, e))?;
        Ok(count)
    }

    /// Removes a store that cannot be opened any more (sessions and counters are lost; nothing
    /// else lives there). Refuses a store that opens: use [`Store::purge`] then.
    pub fn remove_damaged(dir: &Path) -> Result<(), StoreError> {
        match Self::open_db(dir) {
            Err(StoreError::Corrupted { .. }) => {
                vault::wipe_file(&dir.join(KEY_FILE)).map_err(|e| vault_error(dir, e))?;
                let path = dir.join("store");
                std::fs::remove_dir_all(&path)
                    .map_err(|source| StoreError::Directory { path, source })
            }
            Err(other) => Err(other),
            Ok(_) => Err(StoreError::Storage {
                path: dir.to_path_buf(),
                detail: "the store is not damaged; nothing removed".into(),
            }),
        }
    }

    /// Makes every write durable now (shutdown).
    pub fn flush(&self) -> Result<(), StoreError> {
        self.flush_counters()?;
        self.vault.sync().map_err(|e| self.vault_fail(e))?;
        self.db.flush().map(|_| ()).map_err(|e| self.fail(e))
    }
}

fn record_id(bytes: &[u8]) -> Option<RecordId> {
    bytes.try_into().ok()
}

/// A route record's plain bytes: the ticket code's length, the code, the route.
fn route_record(code: &str, bytes: &[u8]) -> Vec<u8> {
    let code = code.as_bytes();
    let mut out = Vec::with_capacity(1 + code.len() + bytes.len());
    out.push(u8::try_from(code.len()).unwrap_or(u8::MAX));
    out.extend_from_slice(&code[..code.len().min(usize::from(u8::MAX))]);
    out.extend_from_slice(bytes);
    out
}

fn split_route_record(plain: &[u8]) -> Option<(String, Vec<u8>)> {
    let (&len, rest) = plain.split_first()?;
    let len = usize::from(len);
    let code = std::str::from_utf8(rest.get(..len)?).ok()?.to_owned();
    Some((code, rest[len..].to_vec()))
}

fn vault_error(dir: &Path, error: VaultError) -> StoreError {
    match error {
        VaultError::Damaged { .. } => StoreError::Corrupted {
            path: dir.to_path_buf(),
            detail: error.to_string(),
        },
        VaultError::Io { path, source } => StoreError::Directory { path, source },
        VaultError::Random(_) => StoreError::Storage {
            path: dir.to_path_buf(),
            detail: error.to_string(),
        },
    }
}

fn classify(dir: &Path, error: sled::Error) -> StoreError {
    match error {
        // sled wraps the lock failure in an error of its own kind; its text names the lock.
        sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock
                || io.raw_os_error() == Some(11)
                || io.to_string().contains("could not acquire lock") =>
        {
            StoreError::Locked(dir.to_path_buf())
        }
        sled::Error::Io(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            StoreError::Directory {
                path: dir.to_path_buf(),
                source: io,
            }
        }
        sled::Error::Corruption { .. }
        | sled::Error::Unsupported(_)
        | sled::Error::ReportableBug(_) => StoreError::Corrupted {
            path: dir.to_path_buf(),
            detail: error.to_string(),
        },
        other => StoreError::Storage {
            path: dir.to_path_buf(),
            detail: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret() -> Secret {
        Secret::new(vec![9; 32]).unwrap()
    }

    fn who(n: &str) -> Pseudonym {
        Pseudonym::of(&secret(), "test", n)
    }

    #[test]
    fn routes_and_their_desk_messages_live_and_die_together() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap();
        assert!(store.put_new_route("AAA-BBB", b"first").unwrap());
        assert!(
            !store.put_new_route("AAA-BBB", b"again").unwrap(),
            "code taken"
        );
        store.put_route("AAA-BBB", b"second").unwrap();
        store.put_route("CCC-DDD", b"other").unwrap();
        store.put_desk_message(&[1; 32], "AAA-BBB").unwrap();
        assert_eq!(
            store.route("AAA-BBB").unwrap().as_deref(),
            Some(&b"second"[..])
        );
        assert_eq!(
            store.desk_message(&[1; 32]).unwrap().as_deref(),
            Some("AAA-BBB")
        );
        let mut all = store.routes().unwrap();
        all.sort();
        assert_eq!(
            all,
            vec![
                ("AAA-BBB".to_owned(), b"second".to_vec()),
                ("CCC-DDD".to_owned(), b"other".to_vec())
            ]
        );
        store.remove_route("AAA-BBB").unwrap();
        assert_eq!(store.route("AAA-BBB").unwrap(), None);
        assert_eq!(
            store.desk_message(&[1; 32]).unwrap(),
            None,
            "its desk index leads nowhere"
        );
        drop(store);
        // Reopened under another secret, nothing opens; under the same one, the live route.
        let stranger = Store::open(
            dir.path(),
            Durability::EveryWrite,
            &Secret::new(vec![8; 32]).unwrap(),
        )
        .unwrap();
        assert!(stranger.routes().unwrap().is_empty());
        drop(stranger);
        let store = Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap();
        assert_eq!(
            store.route("CCC-DDD").unwrap().as_deref(),
            Some(&b"other"[..])
        );
    }

    #[test]
    fn a_purge_needs_no_secret_and_leaves_nothing_that_opens() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap();
            store.save(&who("a"), &Session::default()).unwrap();
            store.put_route("AAA-BBB", b"route").unwrap();
        }
        assert_eq!(Store::purge(dir.path()).unwrap(), 1);
        let store = Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap();
        assert_eq!(store.session_count(), 0);
        assert_eq!(store.load(&who("a"), 0, 3600).unwrap(), None);
        assert!(store.routes().unwrap().is_empty());
        assert_eq!(store.vault.len(), 0);
    }

    #[test]
    fn sessions_round_trip_expire_and_erase() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), Durability::Periodic, &secret()).unwrap();
        let session = Session {
            lang: Some("fr".into()),
            last_seen: 1000,
            ..Session::default()
        };
        store.save(&who("a"), &session).unwrap();
        store
            .save(
                &who("b"),
                &Session {
                    last_seen: 5000,
                    ..session.clone()
                },
            )
            .unwrap();
        assert_eq!(
            store.load(&who("a"), 1100, 3600).unwrap(),
            Some(session.clone())
        );
        assert_eq!(
            store.load(&who("a"), 1000 + 3601, 3600).unwrap(),
            None,
            "expired on load"
        );
        assert_eq!(store.session_count(), 1);
        assert_eq!(store.sweep(5000 + 3601, 3600).unwrap(), 1);
        assert_eq!(store.session_count(), 0);
        store.save(&who("c"), &session).unwrap();
        store.erase(&who("c")).unwrap();
        assert_eq!(store.load(&who("c"), 1000, 3600).unwrap(), None);
    }

    #[test]
    fn counters_add_up() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), Durability::Periodic, &secret()).unwrap();
        let key = CounterKey {
            day: 20000,
            kind: "node".into(),
            name: "welcome:menu".into(),
            lang: "fr".into(),
        };
        store.count(&key, 2).unwrap();
        store.count(&key, 3).unwrap();
        assert_eq!(store.counters().unwrap(), vec![(key, 5)]);
    }

    #[test]
    fn damaged_files_give_an_error_that_says_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap());
        std::fs::write(
            dir.path().join("store/conf"),
            b"\xff\xfe garbage that is not a sled config",
        )
        .unwrap();
        let error = Store::open(dir.path(), Durability::EveryWrite, &secret())
            .err()
            .expect("a damaged store is refused");
        assert!(matches!(error, StoreError::Corrupted { .. }), "{error:?}");
        assert!(
            error.to_string().contains("passerelle purge --data-dir"),
            "{error}"
        );
        Store::remove_damaged(dir.path()).unwrap();
        let store = Store::open(dir.path(), Durability::EveryWrite, &secret()).unwrap();
        assert_eq!(store.session_count(), 0);
    }

    #[test]
    fn a_file_is_not_a_data_directory() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let error = Store::open(file.path(), Durability::EveryWrite, &secret())
            .err()
            .expect("refused");
        assert!(
            error
                .to_string()
                .contains("this is a file, not a directory"),
            "{error}"
        );
    }

    #[test]
    fn buffered_counters_survive_a_reopen_once_flushed() {
        let dir = tempfile::tempdir().unwrap();
        let key = CounterKey {
            day: 1,
            kind: "node".into(),
            name: "a:b".into(),
            lang: "en".into(),
        };
        {
            let store = Store::open(dir.path(), Durability::Periodic, &secret()).unwrap();
            for _ in 0..10 {
                store.count(&key, 1).unwrap();
            }
            store.flush().unwrap();
        }
        let store = Store::open(dir.path(), Durability::Periodic, &secret()).unwrap();
        store.count(&key, 5).unwrap();
        assert_eq!(store.counters().unwrap(), vec![(key, 15)]);
    }
}
