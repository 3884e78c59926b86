//! The index's compact serialized form: what `nazar` writes beside the store after a list
//! changes, and what a screening process or a remote post opens instead of preparing every
//! entity again.
//!
//! The form is the index itself, field for field, except that name tokens refer to the
//! interned spelling table by number. Layout: the 8 bytes `NAZARIX4`, the
//! [`PREPARATION_VERSION`] as 4 bytes little-endian, the digest of the learned name tables
//! ([`crate::translit::tables_digest`]) as 8, then the postcard encoding of [`Snapshot`]. A
//! change to the layout changes the magic; a file with another magic, or names prepared by
//! another version of the rules or with other tables, is refused, and the caller rebuilds
//! from the store.

use std::fmt;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize, Serializer};

use super::{Index, ListFrequencies, Postings, Spellings, PREPARATION_VERSION};
use crate::dates::PartialDate;
use crate::model::Schema;
use crate::names::{Name, NameToken, Role, Spelling};
use crate::query::{Gender, NameKind, Prepared, PreparedName};

const MAGIC: &[u8; 8] = b"NAZARIX4";

/// Why bytes are not an index snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
    /// Not a snapshot, or one of another layout version.
    Magic,
    /// Names prepared by another version of the matcher (its [`PREPARATION_VERSION`]) or with
    /// other learned tables.
    Preparation(u32),
    /// The encoding is broken (a truncated or damaged file).
    Decode(String),
    /// The parts do not fit together (a token names a spelling that is not there, ...).
    Inconsistent(&'static str),
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::Magic => write!(f, "not a nazar index snapshot of this version"),
            SnapshotError::Preparation(v) => write!(
                f,
                "index snapshot of names prepared by matcher version {v} or other name \
                 tables; this nazar prepares them as version {PREPARATION_VERSION} with its own"
            ),
            SnapshotError::Decode(e) => write!(f, "damaged index snapshot: {e}"),
            SnapshotError::Inconsistent(what) => write!(f, "inconsistent index snapshot: {what}"),
        }
    }
}

impl std::error::Error for SnapshotError {}

#[derive(Serialize, Deserialize)]
struct Token {
    spelling: u32,
    role: Role,
    bits: f32,
    id: u32,
}

#[derive(Serialize, Deserialize)]
struct SnapName {
    text: String,
    kind: NameKind,
    tokens: Vec<Token>,
}

#[derive(Serialize, Deserialize)]
struct SnapPrepared {
    schema: Option<Schema>,
    names: Vec<SnapName>,
    birth_dates: Vec<PartialDate>,
    countries: Vec<String>,
    gender: Option<Gender>,
    identifiers: Vec<(String, String)>,
}

/// What is written, borrowing the index.
#[derive(Serialize)]
struct SnapshotRef<'a> {
    spellings: Vec<&'a Spelling>,
    ids: &'a [Box<str>],
    records: &'a [Box<str>],
    datasets: &'a [u32],
    dataset_sets: &'a [Vec<String>],
    live: &'a [bool],
    prepared: PreparedSeq<'a>,
    spelling_slots: &'a [Box<[u32]>],
    posting_keys: &'a FxHashMap<Box<str>, u32>,
    posting_lists: &'a [Vec<u32>],
    counts: &'a FxHashMap<String, u32>,
}

/// What is read back.
#[derive(Deserialize)]
struct Snapshot {
    spellings: Vec<Spelling>,
    ids: Vec<Box<str>>,
    records: Vec<Box<str>>,
    datasets: Vec<u32>,
    dataset_sets: Vec<Vec<String>>,
    live: Vec<bool>,
    prepared: Vec<SnapPrepared>,
    spelling_slots: Vec<Box<[u32]>>,
    posting_keys: FxHashMap<Box<str>, u32>,
    posting_lists: Vec<Vec<u32>>,
    counts: FxHashMap<String, u32>,
}

/// The prepared entities, each converted to its numbered form as it is written, so that
/// writing a snapshot needs no second copy of the index.
struct PreparedSeq<'a> {
    prepared: &'a [Prepared],
    spellings: &'a Spellings,
}

impl Serialize for PreparedSeq<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(
            self.prepared
                .iter()
                .map(|p| snap_prepared(p, self.spellings)),
        )
    }
}

fn snap_prepared(p: &Prepared, spellings: &Spellings) -> SnapPrepared {
    SnapPrepared {
        schema: p.schema.clone(),
        names: p
            .names
            .iter()
            .map(|n| SnapName {
                text: n.text.clone(),
                kind: n.kind,
                tokens: n
                    .name
                    .tokens
                    .iter()
                    .map(|t| Token {
                        // Every token of an indexed entity was interned when it was pushed.
                        spelling: spellings.ids.get(&t.spelling).copied().unwrap_or(u32::MAX),
                        role: t.role,
                        bits: t.bits,
                        id: t.id,
                    })
                    .collect(),
            })
            .collect(),
        birth_dates: p.birth_dates.clone(),
        countries: p.countries.clone(),
        gender: p.gender,
        identifiers: p.identifiers.clone(),
    }
}

fn prepared_of(s: SnapPrepared, table: &[Arc<Spelling>]) -> Result<Prepared, SnapshotError> {
    let mut names = Vec::with_capacity(s.names.len());
    for n in s.names {
        let mut tokens = Vec::with_capacity(n.tokens.len());
        for t in n.tokens {
            let spelling = table
                .get(t.spelling as usize)
                .ok_or(SnapshotError::Inconsistent("token spelling out of range"))?
                .clone();
            tokens.push(NameToken {
                spelling,
                role: t.role,
                bits: t.bits,
                id: t.id,
            });
        }
        names.push(PreparedName {
            text: n.text,
            kind: n.kind,
            name: Name { tokens },
            truncated: None,
        });
    }
    Ok(Prepared {
        schema: s.schema,
        names,
        birth_dates: s.birth_dates,
        countries: s.countries,
        gender: s.gender,
        identifiers: s.identifiers,
    })
}

impl Index {
    /// The index's compact serialized form (see the module docs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing plain data into a Vec cannot fail.
        let _ = self.write_to(&mut out);
        out
    }

    /// [`Index::to_bytes`] into a writer, as it is encoded: a snapshot of a million people
    /// goes to its file without a second copy in memory.
    pub fn write_to<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        let snap = SnapshotRef {
            spellings: self.spellings.table.iter().map(|s| &**s).collect(),
            ids: &self.ids,
            records: &self.records,
            datasets: &self.datasets,
            dataset_sets: &self.dataset_sets,
            live: &self.live,
            prepared: PreparedSeq {
                prepared: &self.prepared,
                spellings: &self.spellings,
            },
            spelling_slots: &self.spellings.slots,
            posting_keys: &self.postings.slots,
            posting_lists: &self.postings.lists,
            counts: &self.freq.counts,
        };
        w.write_all(MAGIC)?;
        w.write_all(&PREPARATION_VERSION.to_le_bytes())?;
        w.write_all(&crate::translit::tables_digest().to_le_bytes())?;
        postcard::to_io(&snap, w).map_err(|e| match e {
            postcard::Error::SerdeSerCustom => std::io::Error::other("index snapshot encoding"),
            other => std::io::Error::other(other),
        })?;
        Ok(())
    }

    /// Opens an index from [`Index::to_bytes`], without preparing any entity again.
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, SnapshotError> {
        let body = bytes.strip_prefix(MAGIC).ok_or(SnapshotError::Magic)?;
        let (version, body) = body.split_first_chunk::<4>().ok_or(SnapshotError::Magic)?;
        let (tables, body) = body.split_first_chunk::<8>().ok_or(SnapshotError::Magic)?;
        let version = u32::from_le_bytes(*version);
        if version != PREPARATION_VERSION
            || u64::from_le_bytes(*tables) != crate::translit::tables_digest()
        {
            return Err(SnapshotError::Preparation(version));
        }
        let snap: Snapshot =
            postcard::from_bytes(body).map_err(|e| SnapshotError::Decode(e.to_string()))?;
        let n = snap.ids.len();
        if [
            snap.records.len(),
            snap.datasets.len(),
            snap.live.len(),
            snap.prepared.len(),
        ]
        .iter()
        .any(|&l| l != n)
        {
            return Err(SnapshotError::Inconsistent(
                "per-entity arrays differ in length",
            ));
        }
        if snap
            .datasets
            .iter()
            .any(|&d| d as usize >= snap.dataset_sets.len())
            || snap
                .posting_lists
                .iter()
                .any(|l| l.iter().any(|&e| e as usize >= n))
        {
            return Err(SnapshotError::Inconsistent("entity number out of range"));
        }
        let n_lists = snap.posting_lists.len();
        if snap.spelling_slots.len() != snap.spellings.len()
            || snap
                .spelling_slots
                .iter()
                .flatten()
                .any(|&s| s as usize >= n_lists)
            || snap.posting_keys.values().any(|&s| s as usize >= n_lists)
        {
            return Err(SnapshotError::Inconsistent("posting list out of range"));
        }
        let mut spellings = Spellings {
            slots: snap.spelling_slots,
            ..Spellings::default()
        };
        for s in snap.spellings {
            let s = Arc::new(s);
            spellings
                .ids
                .insert(s.clone(), spellings.table.len() as u32);
            spellings.table.push(s);
        }
        let mut prepared = Vec::with_capacity(n);
        for p in snap.prepared {
            prepared.push(prepared_of(p, &spellings.table)?);
        }
        let n_live = snap.live.iter().filter(|l| **l).count();
        let mut index = Index {
            ids: snap.ids,
            by_id: Vec::new(),
            records: snap.records,
            datasets: snap.datasets,
            dataset_sets: snap.dataset_sets,
            live: snap.live,
            n_live,
            rank_keys: prepared.iter().map(super::RankKey::of).collect(),
            prepared,
            postings: Postings {
                slots: snap.posting_keys,
                lists: snap.posting_lists,
            },
            freq: ListFrequencies {
                counts: snap.counts,
                n_entities: n_live.max(1) as f32,
            },
            spellings,
        };
        index.sort_ids();
        Ok(index)
    }
}
