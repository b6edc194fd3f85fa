//! Keys that can really be destroyed (DESIGN.md P8).
//!
//! sled is log-structured: an erased value stays in its log until segments are reclaimed, and
//! nothing says when. So every session and every route is sealed under a key of its own, kept
//! here, in a small file of fixed-size slots; erasing a record overwrites its slot in place with
//! zeros and syncs the file before the record is removed. Old versions left in sled's log are
//! then ciphertext that nobody can open, not even with the secret.
//!
//! A slot holds a tag (a keyed hash of what the record is, e.g. a session's pseudonym) and random
//! key material. The record's sled key and its cipher key are both derived from the material, so
//! once the slot is zeroed nothing on disk links the old ciphertext to the person's pseudonym
//! either: someone holding the secret can compute a pseudonym, but no longer find it.
//!
//! Limits (documented in DESIGN.md): overwriting in place is real on a plain file system on a
//! disk; copy-on-write file systems, snapshots and SSD wear levelling may keep the old block.

use std::collections::{BTreeSet, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use thiserror::Error;

use crate::privacy::Secret;

/// The file's first bytes: what it is and its format.
const MAGIC: &[u8; 16] = b"passerelle-keys1";
const TAG_BYTES: usize = 32;
const MATERIAL_BYTES: usize = 32;
const SLOT_BYTES: usize = TAG_BYTES + MATERIAL_BYTES;
/// A record's sled key: enough bytes that two records never share one.
pub const RECORD_ID_BYTES: usize = 16;
/// The format byte of a sealed record.
const RECORD_FORMAT: u8 = 2;
const NONCE_BYTES: usize = 12;

/// What a record is, hashed under the secret: finds its slot.
pub type Tag = [u8; TAG_BYTES];
/// A record's key in its sled tree.
pub type RecordId = [u8; RECORD_ID_BYTES];

/// Why the key file cannot be used.
#[derive(Debug, Error)]
pub enum VaultError {
    /// Reading, writing or syncing the file failed.
    #[error("key file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not a key file of this format.
    #[error("key file {path}: {detail}")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// No randomness from the operating system.
    #[error("the operating system gave no random bytes: {0}")]
    Random(String),
}

/// The key of one record: where it lives in sled and what seals it.
#[derive(Clone)]
pub struct RecordKey {
    /// Its sled key.
    pub id: RecordId,
    cipher: Key,
}

impl std::fmt::Debug for RecordKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecordKey(…)")
    }
}

impl RecordKey {
    /// Seals bytes for this record (a fresh random nonce each time).
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, VaultError> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::fill(&mut nonce).map_err(|e| VaultError::Random(e.to_string()))?;
        let sealed = ChaCha20Poly1305::new(&self.cipher)
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plain,
                    aad: &self.id,
                },
            )
            .map_err(|_| VaultError::Random("sealing failed".into()))?;
        let mut out = Vec::with_capacity(1 + NONCE_BYTES + sealed.len());
        out.push(RECORD_FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a sealed record; `None` if it is damaged, of another format or another record.
    pub fn open(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        if bytes.len() <= 1 + NONCE_BYTES || bytes[0] != RECORD_FORMAT {
            return None;
        }
        let nonce: [u8; NONCE_BYTES] = bytes[1..=NONCE_BYTES].try_into().ok()?;
        ChaCha20Poly1305::new(&self.cipher)
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: &bytes[1 + NONCE_BYTES..],
                    aad: &self.id,
                },
            )
            .ok()
    }
}

/// A live slot, with its record's key derived once.
struct Held {
    slot: u64,
    key: RecordKey,
}

struct Slots {
    file: File,
    /// Slots in the file.
    count: u64,
    by_tag: HashMap<Tag, Held>,
    by_record: HashMap<RecordId, Tag>,
    /// Zeroed slots, reused lowest first so the file stays small.
    free: BTreeSet<u64>,
    /// Slots written since the last sync.
    unsynced: bool,
}

/// The key file of one data directory.
pub struct Vault {
    slots: Mutex<Slots>,
    path: PathBuf,
    secret: Secret,
    /// Mixed into every cipher key: the key file alone opens nothing.
    master: [u8; 32],
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Vault({})", self.path.display())
    }
}

impl Vault {
    /// Opens (or creates) the key file.
    pub fn open(path: &Path, secret: &Secret) -> Result<Self, VaultError> {
        let io = |source| VaultError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = private_file(path).map_err(io)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map_err(io)?;
        if bytes.is_empty() {
            file.write_all(MAGIC).map_err(io)?;
            file.sync_all().map_err(io)?;
            bytes.extend_from_slice(MAGIC);
        }
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(VaultError::Damaged {
                path: path.to_path_buf(),
                detail: "not a Passerelle key file".into(),
            });
        }
        let body = &bytes[MAGIC.len()..];
        // A slot cut short by a crash while the file grew held nothing yet.
        let count = (body.len() / SLOT_BYTES) as u64;
        let mut slots = Slots {
            file,
            count,
            by_tag: HashMap::new(),
            by_record: HashMap::new(),
            free: BTreeSet::new(),
            unsynced: false,
        };
        let master = secret.derive_key("vault/v1");
        for (index, slot) in body.chunks_exact(SLOT_BYTES).enumerate() {
            let index = index as u64;
            if slot.iter().all(|b| *b == 0) {
                slots.free.insert(index);
                continue;
            }
            let tag: Tag = slot[..TAG_BYTES].try_into().unwrap_or([0; TAG_BYTES]);
            let material: [u8; MATERIAL_BYTES] =
                slot[TAG_BYTES..].try_into().unwrap_or([0; MATERIAL_BYTES]);
            if slots.by_tag.contains_key(&tag) {
                // Cannot happen through this code; a duplicate would be a stale copy.
                slots.free.insert(index);
                continue;
            }
            let key = key_of(&master, &material);
            slots.by_record.insert(key.id, tag);
            slots.by_tag.insert(tag, Held { slot: index, key });
        }
        Ok(Self {
            slots: Mutex::new(slots),
            path: path.to_path_buf(),
            secret: secret.clone(),
            master,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Slots> {
        // Every change to the maps is made after its file write succeeded; a panic between two
        // lines cannot leave a key usable that was destroyed on disk.
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn io(&self, source: std::io::Error) -> VaultError {
        VaultError::Io {
            path: self.path.clone(),
            source,
        }
    }

    /// The tag of a record: its kind and what names it (a pseudonym, a ticket code).
    pub fn tag(&self, kind: &str, name: &[u8]) -> Tag {
        let name: String = name.iter().map(|b| format!("{b:02x}")).collect();
        self.secret.keyed_hash("vault/tag", &[kind, &name])
    }

    /// The key of a record, if it has one.
    pub fn key(&self, tag: &Tag) -> Option<RecordKey> {
        let slots = self.lock();
        slots.by_tag.get(tag).map(|held| held.key.clone())
    }

    /// The key of the record stored under a sled key, if it still has one.
    pub fn key_of_record(&self, id: &RecordId) -> Option<RecordKey> {
        let slots = self.lock();
        let tag = slots.by_record.get(id)?;
        slots.by_tag.get(tag).map(|held| held.key.clone())
    }

    /// The key of a record, made if it has none (`sync`: durable before returning).
    pub fn key_or_create(&self, tag: &Tag, sync: bool) -> Result<RecordKey, VaultError> {
        let mut slots = self.lock();
        if let Some(held) = slots.by_tag.get(tag) {
            return Ok(held.key.clone());
        }
        self.create(&mut slots, tag, sync)
    }

    /// A key for a new record; `None` if the tag already has one.
    pub fn create_new(&self, tag: &Tag, sync: bool) -> Result<Option<RecordKey>, VaultError> {
        let mut slots = self.lock();
        if slots.by_tag.contains_key(tag) {
            return Ok(None);
        }
        self.create(&mut slots, tag, sync).map(Some)
    }

    fn create(&self, slots: &mut Slots, tag: &Tag, sync: bool) -> Result<RecordKey, VaultError> {
        let mut material = [0u8; MATERIAL_BYTES];
        getrandom::fill(&mut material).map_err(|e| VaultError::Random(e.to_string()))?;
        let slot = slots.free.first().copied().unwrap_or(slots.count);
        let mut bytes = [0u8; SLOT_BYTES];
        bytes[..TAG_BYTES].copy_from_slice(tag);
        bytes[TAG_BYTES..].copy_from_slice(&material);
        write_slot(&mut slots.file, slot, &bytes).map_err(|e| self.io(e))?;
        if sync {
            slots.file.sync_data().map_err(|e| self.io(e))?;
        } else {
            slots.unsynced = true;
        }
        slots.free.remove(&slot);
        slots.count = slots.count.max(slot + 1);
        let key = key_of(&self.master, &material);
        slots.by_record.insert(key.id, *tag);
        slots.by_tag.insert(
            *tag,
            Held {
                slot,
                key: key.clone(),
            },
        );
        Ok(key)
    }

    /// Destroys a record's key: its slot is overwritten with zeros and the file synced before
    /// this returns. Returns whether there was one.
    pub fn destroy(&self, tag: &Tag) -> Result<bool, VaultError> {
        let mut slots = self.lock();
        let Some(held) = slots.by_tag.get(tag) else {
            return Ok(false);
        };
        let (slot, id) = (held.slot, held.key.id);
        write_slot(&mut slots.file, slot, &[0; SLOT_BYTES]).map_err(|e| self.io(e))?;
        slots.file.sync_data().map_err(|e| self.io(e))?;
        slots.by_tag.remove(tag);
        slots.by_record.remove(&id);
        slots.free.insert(slot);
        Ok(true)
    }

    /// Destroys the key of the record stored under a sled key, if `still_gone` says the record
    /// is still absent (checked under the lock, so a record saved meanwhile keeps its key).
    pub fn destroy_record(
        &self,
        id: &RecordId,
        still_gone: impl Fn() -> bool,
    ) -> Result<bool, VaultError> {
        let tag = {
            let slots = self.lock();
            match slots.by_record.get(id) {
                Some(tag) if still_gone() => *tag,
                _ => return Ok(false),
            }
        };
        self.destroy(&tag)
    }

    /// Destroys every key: the whole file is overwritten with zeros and synced.
    pub fn destroy_all(&self) -> Result<(), VaultError> {
        let mut slots = self.lock();
        let zeros = vec![0u8; SLOT_BYTES];
        for slot in 0..slots.count {
            write_slot(&mut slots.file, slot, &zeros).map_err(|e| self.io(e))?;
        }
        slots.file.sync_data().map_err(|e| self.io(e))?;
        let count = slots.count;
        slots.by_tag.clear();
        slots.by_record.clear();
        slots.free = (0..count).collect();
        Ok(())
    }

    /// Makes every created key durable.
    pub fn sync(&self) -> Result<(), VaultError> {
        let mut slots = self.lock();
        if slots.unsynced {
            slots.file.sync_data().map_err(|e| self.io(e))?;
            slots.unsynced = false;
        }
        Ok(())
    }

    /// How many keys are held (live records).
    pub fn len(&self) -> usize {
        self.lock().by_tag.len()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Overwrites a whole key file with zeros, syncs it and empties it, without needing the secret
/// (a purge, or a damaged store being removed). The next open starts an empty file.
pub fn wipe_file(path: &Path) -> Result<(), VaultError> {
    let io = |source| VaultError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = match OpenOptions::new().write(true).open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(io(error)),
    };
    let len = file.metadata().map_err(io)?.len();
    let zeros = vec![0u8; SLOT_BYTES * 64];
    let mut at = 0;
    while at < len {
        let n = zeros
            .len()
            .min(usize::try_from(len - at).unwrap_or(zeros.len()));
        file.write_all(&zeros[..n]).map_err(io)?;
        at += n as u64;
    }
    file.sync_data().map_err(io)?;
    file.set_len(0).map_err(io)?;
    file.sync_all().map_err(io)
}

/// A record's key: its sled key and its cipher key, both from the slot's material; the cipher
/// key also from the secret.
fn key_of(master: &[u8; 32], material: &[u8; MATERIAL_BYTES]) -> RecordKey {
    let mut mac = <Hmac<Sha256> as hmac::KeyInit>::new_from_slice(master)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(material);
    RecordKey {
        id: record_id(material),
        cipher: Key::from(<[u8; 32]>::from(mac.finalize().into_bytes())),
    }
}

fn record_id(material: &[u8; MATERIAL_BYTES]) -> RecordId {
    let mut mac = <Hmac<Sha256> as hmac::KeyInit>::new_from_slice(material)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(b"passerelle/record-id");
    let full: [u8; 32] = mac.finalize().into_bytes().into();
    let mut id = [0u8; RECORD_ID_BYTES];
    id.copy_from_slice(&full[..RECORD_ID_BYTES]);
    id
}

fn write_slot(file: &mut File, slot: u64, bytes: &[u8]) -> std::io::Result<()> {
    file.seek(SeekFrom::Start(
        MAGIC.len() as u64 + slot * SLOT_BYTES as u64,
    ))?;
    file.write_all(bytes)
}

fn private_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret() -> Secret {
        Secret::new(vec![3; 32]).unwrap()
    }

    #[test]
    fn a_destroyed_key_is_zeros_on_disk_and_its_record_no_longer_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let vault = Vault::open(&path, &secret()).unwrap();
        let (a, b) = (vault.tag("session", b"a"), vault.tag("session", b"b"));
        let key_a = vault.key_or_create(&a, true).unwrap();
        let key_b = vault.key_or_create(&b, true).unwrap();
        assert_ne!(key_a.id, key_b.id);
        let sealed = key_a.seal(b"{\"dept\":\"33\"}").unwrap();
        assert_eq!(key_a.open(&sealed).unwrap(), b"{\"dept\":\"33\"}");
        assert!(
            key_b.open(&sealed).is_none(),
            "another record's key opens nothing"
        );
        // Reopened, the same keys come back.
        drop(vault);
        let vault = Vault::open(&path, &secret()).unwrap();
        assert_eq!(vault.key(&a).unwrap().id, key_a.id);
        assert!(vault.destroy(&a).unwrap());
        assert!(vault.key(&a).is_none() && vault.key_of_record(&key_a.id).is_none());
        // On disk: the slot is zeros, the other one is intact.
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes.len(), MAGIC.len() + 2 * SLOT_BYTES);
        assert!(
            bytes[MAGIC.len()..MAGIC.len() + SLOT_BYTES]
                .iter()
                .all(|b| *b == 0)
        );
        drop(vault);
        let vault = Vault::open(&path, &secret()).unwrap();
        assert!(vault.key(&a).is_none());
        assert_eq!(vault.len(), 1);
        // A new record reuses the zeroed slot, with new material: the old record stays closed.
        let again = vault.key_or_create(&a, true).unwrap();
        assert_ne!(again.id, key_a.id);
        assert!(again.open(&sealed).is_none());
        assert_eq!(
            std::fs::read(&path).unwrap().len(),
            MAGIC.len() + 2 * SLOT_BYTES
        );
    }

    #[test]
    fn another_secret_opens_nothing_and_a_strange_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let vault = Vault::open(&path, &secret()).unwrap();
        let tag = vault.tag("route", b"AAA-BBB");
        let sealed = vault.key_or_create(&tag, true).unwrap().seal(b"x").unwrap();
        drop(vault);
        let stranger = Vault::open(&path, &Secret::new(vec![4; 32]).unwrap()).unwrap();
        // The tag differs under another secret, and the material's key does too.
        assert!(stranger.key(&stranger.tag("route", b"AAA-BBB")).is_none());
        let id = record_id(
            &std::fs::read(&path).unwrap()[MAGIC.len() + TAG_BYTES..][..32]
                .try_into()
                .unwrap(),
        );
        assert!(stranger.key_of_record(&id).unwrap().open(&sealed).is_none());
        let other = dir.path().join("other");
        std::fs::write(&other, b"hello").unwrap();
        let error = Vault::open(&other, &secret()).unwrap_err().to_string();
        assert!(error.contains("not a Passerelle key file"), "{error}");
    }

    #[test]
    fn wiping_the_file_destroys_every_key_without_the_secret() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys");
        let vault = Vault::open(&path, &secret()).unwrap();
        for name in [b"a", b"b", b"c"] {
            vault
                .key_or_create(&vault.tag("session", name), false)
                .unwrap();
        }
        vault.sync().unwrap();
        drop(vault);
        wipe_file(&path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"");
        assert_eq!(Vault::open(&path, &secret()).unwrap().len(), 0);
        // A file that is not a key file is wiped too: a purge repairs it.
        std::fs::write(&path, b"garbage").unwrap();
        assert!(Vault::open(&path, &secret()).is_err());
        wipe_file(&path).unwrap();
        assert_eq!(Vault::open(&path, &secret()).unwrap().len(), 0);
    }
}
