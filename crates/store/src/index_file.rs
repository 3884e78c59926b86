//! The persisted screening index: `DIR/index.nzi`, the snapshot of the index over every
//! current list version, so that screening opens it instead of preparing every entity again.
//!
//! [`load`] reads the file and compares the list versions it was made from with the store's:
//! - the same versions: the snapshot is the index;
//! - some lists moved on (or are new): their changes since the recorded versions
//!   ([`Store::changes_since`]) are folded into the snapshot ([`Index::apply`]) and the file
//!   is rewritten;
//! - a list was deleted or went back (a restored backup), or the file is missing or damaged:
//!   the index is rebuilt from the store and the file rewritten.
//!
//! Layout: `NZIDXF1\n`, a little-endian `u32` length, the manifest as JSON
//! (`{"versions": {"un": 3, ...}}`), then [`Index::to_bytes`]. The file is written to a
//! temporary name and renamed, so a reader sees the old file or the new one, never half.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use nazar_core::{Index, IndexBuilder};
use serde::{Deserialize, Serialize};

use crate::{ListInfo, Result, Store, StoreError};

/// The index file inside a store directory.
pub const INDEX_FILE: &str = "index.nzi";

const MAGIC: &[u8; 8] = b"NZIDXF1\n";

/// The list versions an index file reflects.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub versions: BTreeMap<String, i64>,
}

impl Manifest {
    pub fn of(lists: &[ListInfo]) -> Manifest {
        Manifest {
            versions: lists.iter().map(|l| (l.list.clone(), l.version)).collect(),
        }
    }
}

/// How [`load`] came by its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The file matched the store.
    Snapshot,
    /// The file was caught up with these lists' changes.
    Updated { lists: Vec<String> },
    /// The index was built from the store, for this reason.
    Rebuilt { reason: String },
}

/// An index with the lists it reflects.
pub struct Loaded {
    pub index: Index,
    /// The current lists, with the versions the index reflects.
    pub lists: Vec<ListInfo>,
    pub opened: Opened,
    /// Why the file could not be rewritten (a read-only directory, a full disk), if so. The
    /// index is good; only the next open will be slower.
    pub save_error: Option<String>,
}

/// The index file of a store directory.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(INDEX_FILE)
}

/// Opens the index of the store's current list versions, from the file in `dir` when it can
/// (see the module docs), rewriting the file when it had to change it.
pub fn load(store: &dyn Store, dir: &Path) -> Result<Loaded> {
    let loaded = finish_unsaved(store, read(&path(dir)))?;
    Ok(save_if_changed(loaded, dir))
}

/// [`load`] in two steps, for a caller that must not hold the store while the file is read
/// or written: [`read`] first, then this, then [`save_if_changed`].
pub fn finish_unsaved(
    store: &dyn Store,
    file: std::result::Result<(Manifest, Index), String>,
) -> Result<Loaded> {
    let (index, lists, opened) = match file {
        Ok((manifest, index)) => catch_up(store, manifest, index)?,
        Err(reason) => {
            let (index, lists) = build(store)?;
            (index, lists, Opened::Rebuilt { reason })
        }
    };
    Ok(Loaded {
        index,
        lists,
        opened,
        save_error: None,
    })
}

/// Writes the index file unless the index is the file's as it was read.
pub fn save_if_changed(mut loaded: Loaded, dir: &Path) -> Loaded {
    if loaded.opened != Opened::Snapshot {
        loaded.save_error = save(&loaded.index, &Manifest::of(&loaded.lists), dir)
            .err()
            .map(|e| e.to_string());
    }
    loaded
}

/// Builds the index over every current entity of the store.
pub fn build(store: &dyn Store) -> Result<(Index, Vec<ListInfo>)> {
    let mut builder = IndexBuilder::new();
    let lists = store.for_each_current(None, &mut |e| builder.add(e))?;
    Ok((builder.build(), lists))
}

/// Brings a snapshot made at `manifest`'s versions up to the store's current ones.
fn catch_up(
    store: &dyn Store,
    manifest: Manifest,
    mut index: Index,
) -> Result<(Index, Vec<ListInfo>, Opened)> {
    let current = store.lists()?;
    let gone = manifest.versions.iter().find(|(name, v)| {
        current
            .iter()
            .find(|l| &l.list == *name)
            .is_none_or(|l| l.version < **v)
    });
    if let Some((name, _)) = gone {
        let (index, lists) = build(store)?;
        let reason = format!("list {name} was deleted or went back to an older version");
        return Ok((index, lists, Opened::Rebuilt { reason }));
    }
    let mut lists = Vec::with_capacity(current.len());
    let mut updated = Vec::new();
    for l in current {
        let since = manifest.versions.get(&l.list).copied().unwrap_or(0);
        if since == l.version {
            lists.push(l);
            continue;
        }
        let changes = store.changes_since(&l.list, since)?;
        index.apply(changes.upserts, &changes.removed);
        updated.push(l.list.clone());
        lists.push(changes.info);
    }
    let opened = if updated.is_empty() {
        Opened::Snapshot
    } else {
        Opened::Updated { lists: updated }
    };
    Ok((index, lists, opened))
}

/// Reads an index file; the error says why it cannot be used.
pub fn read(file: &Path) -> std::result::Result<(Manifest, Index), String> {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("{} does not exist yet", file.display()))
        }
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    let damaged = |what: &str| format!("{}: {what}", file.display());
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| damaged("not a nazar index file of this version"))?;
    let (len, rest) = rest
        .split_first_chunk::<4>()
        .ok_or_else(|| damaged("truncated"))?;
    let len = u32::from_le_bytes(*len) as usize;
    if rest.len() < len {
        return Err(damaged("truncated"));
    }
    let manifest: Manifest =
        serde_json::from_slice(&rest[..len]).map_err(|e| damaged(&e.to_string()))?;
    let index = Index::from_bytes(&rest[len..]).map_err(|e| damaged(&e.to_string()))?;
    Ok((manifest, index))
}

/// Writes the index file for `manifest`'s versions (atomically: a temporary file, renamed).
pub fn save(index: &Index, manifest: &Manifest, dir: &Path) -> Result<()> {
    let file = path(dir);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io { path, source }
    };
    let manifest = serde_json::to_vec(manifest).map_err(|source| StoreError::Corrupt {
        id: "index manifest".into(),
        source,
    })?;
    let tmp = dir.join(format!("{INDEX_FILE}.{}.tmp", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        w.write_all(MAGIC)?;
        w.write_all(&(manifest.len() as u32).to_le_bytes())?;
        w.write_all(&manifest)?;
        index.write_to(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(&tmp)(e));
    }
    std::fs::rename(&tmp, &file).map_err(io(&file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IngestMeta, SqliteStore};
    use nazar_core::{prop, Entity, Query, Schema, ScreenOptions};

    fn person(id: &str, name: &str) -> Entity {
        let mut e = Entity::new("t", id, Schema::Person);
        e.add(prop::NAME, name);
        e
    }

    fn top(index: &Index, name: &str) -> Option<String> {
        let q = Query {
            names: vec![name.into()],
            ..Query::default()
        };
        index
            .screen(&q, &ScreenOptions::default())
            .first()
            .map(|h| h.entity.id.clone())
    }

    #[test]
    fn builds_then_opens_then_catches_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        let meta = IngestMeta::default();
        let first = vec![
            person("1", "Aamir Ali Chaudhry"),
            person("2", "Viktor Bout"),
        ];
        store.ingest("t", first, &meta).unwrap();

        let loaded = load(&store, dir.path()).unwrap();
        assert!(
            matches!(loaded.opened, Opened::Rebuilt { .. }),
            "{:?}",
            loaded.opened
        );
        assert_eq!(loaded.save_error, None);
        assert!(path(dir.path()).exists());

        let loaded = load(&store, dir.path()).unwrap();
        assert_eq!(loaded.opened, Opened::Snapshot);
        assert_eq!(top(&loaded.index, "Viktor Bout").as_deref(), Some("t:2"));

        // Version 2: Bout delisted, a new person, Chaudhry unchanged.
        let second = vec![person("1", "Aamir Ali Chaudhry"), person("3", "Zhang Wei")];
        store.ingest("t", second, &meta).unwrap();
        let loaded = load(&store, dir.path()).unwrap();
        assert_eq!(
            loaded.opened,
            Opened::Updated {
                lists: vec!["t".into()]
            }
        );
        assert_eq!(loaded.index.len(), 2);
        assert_eq!(top(&loaded.index, "Viktor Bout"), None);
        assert_eq!(top(&loaded.index, "Zhang Wei").as_deref(), Some("t:3"));
        assert_eq!(loaded.lists[0].version, 2);
        assert_eq!(load(&store, dir.path()).unwrap().opened, Opened::Snapshot);

        // A deleted list forces a rebuild.
        store.delete_list("t").unwrap();
        let loaded = load(&store, dir.path()).unwrap();
        assert!(matches!(loaded.opened, Opened::Rebuilt { .. }));
        assert!(loaded.index.is_empty());
    }

    #[test]
    fn a_damaged_file_is_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = SqliteStore::open(dir.path()).unwrap();
        store
            .ingest(
                "t",
                vec![person("1", "Usama bin Laden")],
                &IngestMeta::default(),
            )
            .unwrap();
        load(&store, dir.path()).unwrap();
        let bytes = std::fs::read(path(dir.path())).unwrap();
        std::fs::write(path(dir.path()), &bytes[..bytes.len() - 10]).unwrap();
        let loaded = load(&store, dir.path()).unwrap();
        match &loaded.opened {
            Opened::Rebuilt { reason } => assert!(reason.contains("index.nzi"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            top(&loaded.index, "Osama bin Ladin").as_deref(),
            Some("t:1")
        );
    }
}
