//! Persistent state on sled: pseudonymous sessions that expire, and aggregate counters with no
//! per-person rows. Nothing else is written (DESIGN.md P1, P4, P5).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use thiserror::Error;

use crate::engine::Session;
use crate::privacy::Pseudonym;

const SESSIONS: &str = "sessions";
const COUNTERS: &str = "counters";
const ROUTES: &str = "routes";
const DESK_MESSAGES: &str = "desk-messages";
const SEPARATOR: char = '\u{1f}';
const CACHE_BYTES: u64 = 16 * 1024 * 1024;
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
    sessions: sled::Tree,
    counters: sled::Tree,
    /// Sealed handoff routes, by ticket code.
    routes: sled::Tree,
    /// Ticket codes, by a keyed hash of a desk message (channel, room, message id).
    desk_messages: sled::Tree,
    /// Counter increments not yet written: a few hot keys would otherwise be rewritten on
    /// every message. A crash loses at most these (aggregates only).
    pending: Arc<Mutex<HashMap<CounterKey, u64>>>,
    path: PathBuf,
    durability: Durability,
}

impl Store {
    /// Opens (or creates) the store in a data directory.
    pub fn open(dir: &Path, durability: Durability) -> Result<Self, StoreError> {
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
        let path = dir.join("store");
        let config = sled::Config::new()
            .path(&path)
            .flush_every_ms(Some(200))
            // Sessions are small; a bounded cache keeps memory low with many of them.
            .cache_capacity(CACHE_BYTES);
        // A store closed a moment ago may still be held by its background flusher: wait for it
        // briefly before saying another process has it.
        let mut attempt = 0;
        let db = loop {
            match config.open().map_err(|error| classify(dir, error)) {
                Err(StoreError::Locked(_)) if attempt < LOCK_RETRIES => {
                    attempt += 1;
                    std::thread::sleep(LOCK_RETRY_PAUSE);
                }
                other => break other?,
            }
        };
        let sessions = db
            .open_tree(SESSIONS)
            .map_err(|error| classify(dir, error))?;
        let counters = db
            .open_tree(COUNTERS)
            .map_err(|error| classify(dir, error))?;
        let routes = db.open_tree(ROUTES).map_err(|error| classify(dir, error))?;
        let desk_messages = db
            .open_tree(DESK_MESSAGES)
            .map_err(|error| classify(dir, error))?;
        Ok(Self {
            db,
            sessions,
            counters,
            routes,
            desk_messages,
            pending: Arc::default(),
            path: dir.to_path_buf(),
            durability,
        })
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
        let Some(bytes) = self
            .sessions
            .get(who.as_bytes())
            .map_err(|e| self.fail(e))?
        else {
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
        self.sessions
            .insert(who.as_bytes(), bytes)
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Erases a session at once.
    pub fn erase(&self, who: &Pseudonym) -> Result<(), StoreError> {
        self.sessions
            .remove(who.as_bytes())
            .map_err(|e| self.fail(e))?;
        self.durable()
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
            let (key, bytes) = entry.map_err(|e| self.fail(e))?;
            let keep =
                serde_json::from_slice::<Session>(&bytes).is_ok_and(|s| !s.expired(now, ttl_secs));
            // Remove only if unchanged: a message that revived the session since it was read
            // must not lose its fresh state.
            if !keep
                && self
                    .sessions
                    .compare_and_swap(&key, Some(&bytes), None::<&[u8]>)
                    .map_err(|e| self.fail(e))?
                    .is_ok()
            {
                erased += 1;
            }
        }
        if erased > 0 {
            self.db.flush().map_err(|e| self.fail(e))?;
        }
        Ok(erased)
    }

    /// Saves a ticket's sealed route.
    pub fn put_route(&self, code: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.routes
            .insert(code.as_bytes(), bytes)
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// A ticket's sealed route.
    pub fn route(&self, code: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .routes
            .get(code.as_bytes())
            .map_err(|e| self.fail(e))?
            .map(|bytes| bytes.to_vec()))
    }

    /// Saves a new ticket's route unless the code is taken; returns whether it was saved.
    pub fn put_new_route(&self, code: &str, bytes: &[u8]) -> Result<bool, StoreError> {
        let saved = self
            .routes
            .compare_and_swap(code.as_bytes(), None::<&[u8]>, Some(bytes))
            .map_err(|e| self.fail(e))?
            .is_ok();
        self.durable()?;
        Ok(saved)
    }

    /// Erases a ticket's route.
    pub fn remove_route(&self, code: &str) -> Result<(), StoreError> {
        self.routes
            .remove(code.as_bytes())
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Every ticket code with its sealed route.
    pub fn routes(&self) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.routes
            .iter()
            .map(|entry| {
                let (key, value) = entry.map_err(|e| self.fail(e))?;
                Ok((String::from_utf8_lossy(&key).into_owned(), value.to_vec()))
            })
            .collect()
    }

    /// Remembers which ticket a desk message belongs to.
    pub fn put_desk_message(&self, key: &[u8; 32], code: &str) -> Result<(), StoreError> {
        self.desk_messages
            .insert(key, code.as_bytes())
            .map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// The ticket a desk message belongs to.
    pub fn desk_message(&self, key: &[u8; 32]) -> Result<Option<String>, StoreError> {
        Ok(self
            .desk_messages
            .get(key)
            .map_err(|e| self.fail(e))?
            .map(|code| String::from_utf8_lossy(&code).into_owned()))
    }

    /// Forgets a desk message.
    pub fn remove_desk_message(&self, key: &[u8; 32]) -> Result<(), StoreError> {
        self.desk_messages.remove(key).map_err(|e| self.fail(e))?;
        self.durable()
    }

    /// Erases every session, and every handoff route with its desk index (they lead back to
    /// people); returns how many sessions.
    pub fn purge_sessions(&self) -> Result<usize, StoreError> {
        let count = self.sessions.len();
        self.sessions.clear().map_err(|e| self.fail(e))?;
        self.routes.clear().map_err(|e| self.fail(e))?;
        self.desk_messages.clear().map_err(|e| self.fail(e))?;
        self.db.flush().map_err(|e| self.fail(e))?;
        Ok(count)
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

    /// Removes a store that cannot be opened any more (sessions and counters are lost; nothing
    /// else lives there). Refuses a store that opens: use [`Store::purge_sessions`] then.
    pub fn remove_damaged(dir: &Path) -> Result<(), StoreError> {
        match Self::open(dir, Durability::EveryWrite) {
            Err(StoreError::Corrupted { .. }) => {
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
        self.db.flush().map(|_| ()).map_err(|e| self.fail(e))
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
    use crate::privacy::Secret;

    fn who(n: &str) -> Pseudonym {
        Pseudonym::of(&Secret::new(vec![9; 32]).unwrap(), "test", n)
    }

    #[test]
    fn sessions_round_trip_expire_and_erase() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), Durability::Periodic).unwrap();
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
        let store = Store::open(dir.path(), Durability::Periodic).unwrap();
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
        drop(Store::open(dir.path(), Durability::EveryWrite).unwrap());
        std::fs::write(
            dir.path().join("store/conf"),
            b"\xff\xfe garbage that is not a sled config",
        )
        .unwrap();
        let error = Store::open(dir.path(), Durability::EveryWrite)
            .err()
            .expect("a damaged store is refused");
        assert!(matches!(error, StoreError::Corrupted { .. }), "{error:?}");
        assert!(
            error.to_string().contains("passerelle purge --data-dir"),
            "{error}"
        );
        Store::remove_damaged(dir.path()).unwrap();
        let store = Store::open(dir.path(), Durability::EveryWrite).unwrap();
        assert_eq!(store.session_count(), 0);
    }

    #[test]
    fn a_file_is_not_a_data_directory() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let error = Store::open(file.path(), Durability::EveryWrite)
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
            let store = Store::open(dir.path(), Durability::Periodic).unwrap();
            for _ in 0..10 {
                store.count(&key, 1).unwrap();
            }
            store.flush().unwrap();
        }
        let store = Store::open(dir.path(), Durability::Periodic).unwrap();
        store.count(&key, 5).unwrap();
        assert_eq!(store.counters().unwrap(), vec![(key, 15)]);
    }
}
