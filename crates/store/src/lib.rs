//! nazar's system of record: lists, their versions, and the entities in each version.
//!
//! The [`Store`] trait is the API boundary; [`SqliteStore`] is the embedded backend (one file,
//! `DIR/nazar.db`). A PostgreSQL backend can implement the same trait later.
//!
//! # Tutorial
//!
//! ```
//! use nazar_core::{prop, Entity, Schema};
//! use nazar_store::{IngestMeta, SqliteStore, Store};
//!
//! # fn main() -> Result<(), nazar_store::StoreError> {
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = SqliteStore::open(dir.path())?;
//!
//! let mut e = Entity::new("un", "QDi.312", Schema::Person);
//! e.add(prop::NAME, "Aamir Ali CHAUDHRY");
//! let meta = IngestMeta { format: "un".into(), ..IngestMeta::default() };
//!
//! // Every ingest makes a new version of the list, in one transaction.
//! let report = store.ingest("un", vec![e.clone()], &meta)?;
//! assert_eq!((report.version, report.added), (1, 1));
//!
//! // An ingest without the entity removes it from the current version ...
//! let report = store.ingest("un", vec![], &meta)?;
//! assert_eq!((report.version, report.removed), (2, 1));
//! assert!(store.entity("un:QDi.312")?.is_none());
//!
//! // ... but old versions stay queryable.
//! assert_eq!(store.entities_at("un", 1)?, vec![e]);
//! # Ok(())
//! # }
//! ```
//!
//! # How versions are stored
//!
//! An entity row is `(list, entity_id, content_hash, schema, data, first_version, last_version)`.
//! A row is part of every version from `first_version` to `last_version` inclusive;
//! `last_version` is NULL while the row is current. An ingest compares content hashes
//! ([`Entity::content_hash`]) with the current rows: unchanged rows are left alone, changed and
//! removed rows are closed, changed and added entities get new rows. A version therefore costs
//! only its differences, and any old version can be read back with [`Store::entities_at`].
//!
//! # Sharing, backups, schema versions
//!
//! The database runs in WAL mode with a [`BUSY_TIMEOUT`], so a CLI ingest and a running server
//! can use it at once: readers never wait, a second writer waits for the first. [`Store::backup`]
//! and [`SqliteStore::restore`] use SQLite's online backup API and are safe while others use the
//! store. The schema version is `PRAGMA user_version`; opening a store applies the pending
//! migrations, and a store written by a newer nazar is refused ([`StoreError::SchemaTooNew`]).
//!
//! **Architecture invariant:** a version becomes visible only once it is fully written (one
//! transaction), and every read runs inside one read transaction, so a reader never sees half
//! an ingest or a version number that does not match the entities it got.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use nazar_core::Entity;
use serde::Serialize;

pub mod access;
mod access_sqlite;
mod backup;
pub mod index_file;
mod migrate;
mod sqlite;
mod versions;

pub use access::{
    canonical_hash, verify_chain, AccessStore, Agency, Alert, AlertFilter, ApiKey, AuditEntry,
    AuditRecord, ChainBreak, ChainError, NewKey, Role,
};
pub use migrate::SCHEMA_VERSION;
pub use sqlite::{SqliteStore, BUSY_TIMEOUT, DB_FILE};

/// A specialised `Result` for store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or directory could not be created, read or renamed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The database engine failed (locked for longer than the busy timeout, disk full, ...).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// SQLite could not switch the database to WAL mode, which sharing it between processes
    /// needs. Network file systems often cannot do WAL.
    #[error("{path}: cannot use WAL journal mode (got {mode:?}); is it on a network file system?")]
    NoWal { path: PathBuf, mode: String },
    /// A stored entity could not be read back; the database was edited by hand or is damaged.
    #[error("stored entity {id} is corrupt: {source}")]
    Corrupt {
        id: String,
        source: serde_json::Error,
    },
    /// The file is an SQLite database, but not one written by nazar.
    #[error("{path} is not a nazar database")]
    NotNazar { path: PathBuf },
    /// The database was written by a newer nazar; this binary must not touch it.
    #[error("database schema version {found} is newer than this nazar supports ({supported}); upgrade nazar")]
    SchemaTooNew { found: i64, supported: i64 },
    /// A backup failed its integrity check.
    #[error("{path} failed its integrity check: {message}")]
    Damaged { path: PathBuf, message: String },
    /// A backup's page size differs from the live database's, which SQLite cannot restore into
    /// a database in WAL mode.
    #[error("{path} has page size {found}, the store uses {expected}")]
    PageSize {
        path: PathBuf,
        found: i64,
        expected: i64,
    },
    /// No list of that name exists.
    #[error("no list named {0:?}")]
    NoSuchList(String),
    /// The list exists but never had that version.
    #[error("list {list:?} has no version {version}")]
    NoSuchVersion { list: String, version: i64 },
    /// A list name must be 1 to 64 ASCII letters, digits, `-`, `_` or `.`.
    #[error("invalid list name {0:?}: use 1 to 64 letters, digits, '-', '_' or '.'")]
    InvalidListName(String),
    /// No API key has that id.
    #[error("no key with id {0:?}")]
    NoSuchKey(String),
    /// A value given to an access operation is malformed: a time that is not RFC 3339, a
    /// decision other than `match` or `no-match`, an empty agency name.
    #[error("invalid {what}: {value:?}")]
    Invalid { what: &'static str, value: String },
}

impl StoreError {
    /// Whether the error is the user's to fix (a wrong name, version or file) rather than an
    /// internal failure. The CLI maps user errors to exit code 2, the server to 4xx.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::NotNazar { .. }
                | StoreError::SchemaTooNew { .. }
                | StoreError::Damaged { .. }
                | StoreError::PageSize { .. }
                | StoreError::NoSuchList(_)
                | StoreError::NoSuchVersion { .. }
                | StoreError::InvalidListName(_)
                | StoreError::NoSuchKey(_)
                | StoreError::Invalid { .. }
        )
    }
}

/// What an ingest records about where a version came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IngestMeta {
    /// The parser used: `un`, `ofac`, `ftm`, `csv`, ...
    pub format: String,
    /// The file names read (names only, for display).
    pub sources: Vec<String>,
    /// SHA-256 of the inputs, so `nazar update` can skip a download that did not change.
    pub source_digest: Option<String>,
    /// How many records the parser skipped with a warning.
    pub warnings: usize,
    /// The agency that owns a private list; `None` for a public list.
    pub agency: Option<String>,
}

/// What an ingest did. Serialises with exactly these keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    pub list: String,
    /// The version this ingest created; a list's first ingest is version 1.
    pub version: i64,
    /// Entities not in the previous version.
    pub added: usize,
    /// Entities whose content hash differs from the previous version.
    pub changed: usize,
    /// Entities of the previous version that are gone.
    pub removed: usize,
    /// Copied from [`IngestMeta::warnings`].
    pub warnings: usize,
}

/// A list and its current version. `nazar lists --json` prints the first five keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListInfo {
    pub list: String,
    pub version: i64,
    /// Entities in the current version.
    pub entities: usize,
    /// Entities in the current version by FtM schema name.
    pub by_schema: BTreeMap<String, usize>,
    /// When the current version was written, RFC 3339 UTC (`2025-01-31T12:00:00Z`).
    pub ingested_at: String,
    pub agency: Option<String>,
    pub format: String,
    pub source_digest: Option<String>,
}

/// What changed in a list between a version and the current one ([`Store::changes_since`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ListChanges {
    /// The list as it is now.
    pub info: ListInfo,
    /// Entities added or changed since the version, as they are now.
    pub upserts: Vec<Entity>,
    /// Ids of entities removed since the version.
    pub removed: Vec<String>,
}

/// One version of a list, as recorded when it was ingested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionInfo {
    pub list: String,
    pub version: i64,
    pub ingested_at: String,
    pub format: String,
    pub sources: Vec<String>,
    pub source_digest: Option<String>,
    pub warnings: usize,
    /// Entities in this version.
    pub entities: usize,
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

/// The operations of nazar's system of record, independent of the database behind it.
///
/// The trait is object safe, so the CLI and server can hold a `Box<dyn Store>` chosen at run
/// time. Reads take `&self` and each runs in one read transaction; writes take `&mut self`.
pub trait Store {
    /// Writes `entities` as the next version of `list` (version 1 if the list is new), in one
    /// transaction. Of two entities with the same id, the later one wins.
    fn ingest(
        &mut self,
        list: &str,
        entities: Vec<Entity>,
        meta: &IngestMeta,
    ) -> Result<IngestReport>;

    /// Every list with its current version, ordered by name.
    fn lists(&self) -> Result<Vec<ListInfo>>;

    /// One list's current version, or `None` if there is no such list.
    fn list(&self, name: &str) -> Result<Option<ListInfo>>;

    /// Every recorded version of a list, oldest first; empty if there is no such list.
    fn versions(&self, list: &str) -> Result<Vec<VersionInfo>>;

    /// Calls `f` with each current entity of one list (or of all lists, ordered by list then
    /// id), without holding them all in memory. Returns the versions it read, taken in the
    /// same read transaction, so the caller knows exactly which versions it saw.
    /// A named list that does not exist is [`StoreError::NoSuchList`].
    fn for_each_current(
        &self,
        list: Option<&str>,
        f: &mut dyn FnMut(Entity),
    ) -> Result<Vec<ListInfo>>;

    /// The current entities of one list, or of all lists, ordered by list then id.
    fn current_entities(&self, list: Option<&str>) -> Result<Vec<Entity>> {
        let mut out = Vec::new();
        self.for_each_current(list, &mut |e| out.push(e))?;
        Ok(out)
    }

    /// The current version of the entity with this id, in whichever list holds it (the first
    /// list by name if several do).
    fn entity(&self, id: &str) -> Result<Option<Entity>>;

    /// What changed in `list` after `version` (0: since nothing), read in one transaction:
    /// the current entities added or changed since, and the ids current at `version` that
    /// no longer are. This is how a persisted index catches up without a rebuild.
    fn changes_since(&self, list: &str, version: i64) -> Result<ListChanges>;

    /// The entities of `version` of `list`, ordered by id.
    fn entities_at(&self, list: &str, version: i64) -> Result<Vec<Entity>>;

    /// Deletes a list with all its versions. Returns whether it existed.
    fn delete_list(&mut self, name: &str) -> Result<bool>;

    /// A store-wide setting.
    fn setting(&self, key: &str) -> Result<Option<String>>;

    /// Sets a store-wide setting, replacing any previous value.
    fn set_setting(&mut self, key: &str, value: &str) -> Result<()>;

    /// Writes a consistent copy of the whole store to `dest` (replaced if it exists), while
    /// other connections may keep writing.
    fn backup(&self, dest: &Path) -> Result<()>;
}

/// Checks that a list name is 1 to 64 ASCII letters, digits, `-`, `_` or `.`. Entity ids are
/// `<list>:<source id>`, so a list name must not contain `:`.
pub fn validate_list_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidListName(name.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_names() {
        for ok in ["un", "ofac-sdn", "uk_hmt", "eu.fsf", "A1"] {
            assert!(validate_list_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a:b", "a b", "liste-é", &"x".repeat(65)] {
            let err = validate_list_name(bad).unwrap_err();
            assert!(err.is_user_error(), "{bad}");
        }
    }

    #[test]
    fn ingest_report_json_keys() {
        let r = IngestReport {
            list: "un".into(),
            version: 2,
            added: 1,
            changed: 0,
            removed: 3,
            warnings: 0,
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"list":"un","version":2,"added":1,"changed":0,"removed":3,"warnings":0}"#
        );
    }
}
