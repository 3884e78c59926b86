//! The candidate index: from a query to the few listed entities worth scoring, without
//! scoring every entity.
//!
//! Each name token of each listed entity is posted under several keys: its normal spelling
//! (`n:`), that spelling with its vowels masked (`m:`, `dh*r*` for Dhere and Dheere), its
//! consonant skeletons with and without `h` (`s:`), which is how an Arabic-script token meets
//! its Latin spellings, a looser skeleton for typos (`l:`), and its variant groups (`g:`).
//! Identifiers are posted under `i:`. A query collects the entities its keys reach, weighting
//! each key by how rare it is (a part never weighs more than its most common spelling), and
//! keeps the best [`ScreenOptions::candidates`]; only those are scored. A query part written
//! as one word also reaches the entities that carry its two halves as parts, and two adjacent
//! query parts those that carry them as one word (the query looks up those spellings' `n:`
//! keys; the index posts nothing more for them).
//!
//! `IndexBuilder` → `Index`: build once, then screen many queries. [`Index::apply`] folds a
//! list update in without re-preparing the unchanged entities, and [`Index::to_bytes`] /
//! [`Index::from_bytes`] give the compact serialized form that a remote post opens without
//! rebuilding (`snapshot.rs`).
//!
//! Memory is what bounds a list of a million people, so the index keeps each entity as its
//! JSON text (read back only for returned hits) and interns token spellings: the ten million
//! name tokens of such a list share a few hundred thousand [`Spelling`]s.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::model::Entity;
use crate::names::{NameToken, Role, Spelling};
use crate::query::{Prepared, Query};
use crate::score::{self, Comparison, Frequencies, RARE_FREQUENCY};

mod candidates;
use candidates::STOP_LIST;
mod snapshot;
use crate::translit;
pub use snapshot::SnapshotError;

/// The version of name preparation: romanisations, normal forms, skeletons and retrieval
/// keys. A snapshot stores prepared names and posted keys, so one prepared by another version
/// would disagree with the queries this build prepares; it is refused and rebuilt. Bump it
/// with any change to the rules of `names::parse` or the index's `token_keys`: a test fails
/// when the prepared form of its sample names changes, which catches most such changes, not
/// all. (The learned tables need no bump: the snapshot records their digest.)
pub const PREPARATION_VERSION: u32 = 24;

/// Options of one screening.
#[derive(Debug, Clone)]
pub struct ScreenOptions {
    /// Results to return at most.
    pub limit: usize,
    /// A result is a match when its score is at least this.
    pub threshold: f32,
    /// Results below this score are not returned.
    pub cutoff: f32,
    /// Candidates scored at most, from the index.
    pub candidates: usize,
    /// Only entities of these lists (datasets); empty means all.
    pub lists: Vec<String>,
}

impl Default for ScreenOptions {
    fn default() -> Self {
        ScreenOptions {
            limit: 10,
            threshold: score::DEFAULT_THRESHOLD,
            cutoff: 0.05,
            candidates: 64,
            lists: Vec::new(),
        }
    }
}

/// One scored candidate. The entity is read back from the index's compact copy for the few
/// candidates that are returned.
#[derive(Debug, Clone)]
pub struct Hit {
    pub entity: Entity,
    pub score: f32,
    pub is_match: bool,
    pub comparison: Comparison,
}

/// Collects entities, then builds an [`Index`]. Entities are prepared in parallel batches as
/// they are added, so the builder never holds more than a batch of them as they came.
pub struct IndexBuilder {
    pending: Vec<Entity>,
    index: Index,
}

impl Default for IndexBuilder {
    fn default() -> Self {
        IndexBuilder {
            pending: Vec::new(),
            index: Index::empty(),
        }
    }
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an entity; relation and detail schemas (Sanction, Address, ...) are skipped.
    pub fn add(&mut self, entity: Entity) {
        if entity.schema.is_matchable() {
            self.pending.push(entity);
            if self.pending.len() >= BATCH {
                self.index.extend(std::mem::take(&mut self.pending));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.index.n_live + self.pending.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn build(mut self) -> Index {
        self.index.extend(std::mem::take(&mut self.pending));
        self.index.finish();
        self.index
    }
}

/// Entities prepared per parallel batch: bounds the memory of not-yet-interned spellings.
const BATCH: usize = 4096;

/// Equal spellings shared by every token that has them, each with the posting lists its
/// retrieval keys name (so that a spelling's keys are made once, not once per token).
#[derive(Default)]
pub(crate) struct Spellings {
    pub(crate) table: Vec<Arc<Spelling>>,
    pub(crate) ids: FxHashMap<Arc<Spelling>, u32>,
    /// The posting lists of each spelling's keys as a name part.
    pub(crate) slots: Vec<Box<[u32]>>,
}

impl Spellings {
    /// The shared copy of a spelling, and its number.
    fn intern(&mut self, s: &Arc<Spelling>, postings: &mut Postings) -> (Arc<Spelling>, u32) {
        if let Some(&id) = self.ids.get(s) {
            return (self.table[id as usize].clone(), id);
        }
        let id = self.table.len() as u32;
        let slots: Vec<u32> = token_keys(s, Role::Part)
            .iter()
            .map(|k| postings.slot(k))
            .collect();
        self.table.push(s.clone());
        self.ids.insert(s.clone(), id);
        self.slots.push(slots.into_boxed_slice());
        (s.clone(), id)
    }
}

/// What candidate ranking needs of an entity: the token count of its shortest name, and the
/// span of its years of birth (`i16::MAX..=i16::MIN` when it has none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RankKey {
    shortest: u16,
    first_year: i16,
    last_year: i16,
}

impl RankKey {
    pub(crate) fn of(p: &Prepared) -> RankKey {
        let years = p
            .birth_dates
            .iter()
            .map(|d| d.year.clamp(-9999, 9999) as i16);
        RankKey {
            shortest: p
                .names
                .iter()
                .map(|n| n.name.tokens.len().min(u16::MAX as usize) as u16)
                .min()
                .unwrap_or(0),
            first_year: years.clone().min().unwrap_or(i16::MAX),
            last_year: years.max().unwrap_or(i16::MIN),
        }
    }

    /// Whether a year of birth lies within a year of this entity's.
    fn near_year(&self, year: i32) -> bool {
        let y = year.clamp(-9999, 9999) as i16;
        y >= self.first_year.saturating_sub(1) && y <= self.last_year.saturating_add(1)
    }
}

/// Posting lists by key: `n:muhammad`, `s:MHMD`, `g:1234`, `i:3520212345671`, ...
#[derive(Default)]
pub(crate) struct Postings {
    pub(crate) slots: FxHashMap<Box<str>, u32>,
    /// Ascending entity numbers.
    pub(crate) lists: Vec<Vec<u32>>,
}

impl Postings {
    /// The number of a key's list, made empty if new.
    fn slot(&mut self, key: &str) -> u32 {
        if let Some(&s) = self.slots.get(key) {
            return s;
        }
        let s = self.lists.len() as u32;
        self.lists.push(Vec::new());
        self.slots.insert(Box::from(key), s);
        s
    }

    fn post(&mut self, slot: u32, idx: u32) {
        let list = &mut self.lists[slot as usize];
        if list.last() != Some(&idx) {
            list.push(idx);
        }
    }

    fn get(&self, key: &str) -> Option<&[u32]> {
        self.slots
            .get(key)
            .map(|&s| self.lists[s as usize].as_slice())
    }
}

/// The retrieval keys of a token spelled `t` in role `role`.
fn token_keys(t: &Spelling, role: Role) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    // A title is also often a family name (Shaykh, Hafiz): post its spelling, so that it can
    // still select candidates, but nothing looser.
    if role == Role::Honorific {
        for f in &t.norms {
            keys.push(format!("n:{f}"));
        }
        keys.dedup();
        return keys;
    }
    for f in &t.norms {
        keys.push(format!("n:{f}"));
    }
    // The normal form with its vowels masked: as tolerant of vowels as the skeleton, far
    // more selective on a list of a million (`Dhere` / `Dhiri` share it, `Haidar` does not).
    if let Some(m) = t.norms.first().and_then(|f| vowel_masked(f)) {
        keys.push(format!("m:{m}"));
    }
    for s in &t.skeletons {
        keys.push(format!("s:{s}"));
    }
    // The loose key of the h-less skeleton, for typos in consonants; short skeletons would
    // collide with everything.
    if let Some(s) = t
        .skeletons
        .iter()
        .filter(|s| !s.contains('H'))
        .max_by_key(|s| s.len())
    {
        if s.len() >= 3 {
            keys.push(format!("l:{}", crate::phonetic::skeleton_loose(s)));
        }
    }
    for g in t.groups.iter().take(4) {
        keys.push(format!("g:{g}"));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// A Latin normal form with every run of vowels written `*`: `dhere` and `dhiri` are
/// `dh*r*`. `None` for other scripts and for forms of fewer than two consonants.
fn vowel_masked(f: &str) -> Option<String> {
    if !f.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(f.len());
    let mut consonants = 0;
    for (i, c) in f.chars().enumerate() {
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || (c == 'y' && i > 0) {
            if !out.ends_with('*') {
                out.push('*');
            }
        } else {
            consonants += 1;
            out.push(c);
        }
    }
    (consonants >= 2).then_some(out)
}

/// The forms an entity counts towards name frequencies: each once per entity, so that an
/// entity with ten aliases of one name does not make that name common.
fn counted_forms(p: &Prepared) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for n in &p.names {
        for t in &n.name.tokens {
            if t.role == Role::Honorific {
                continue;
            }
            if let Some(f) = t.norms.first() {
                if !seen.contains(&f.as_str()) {
                    seen.push(f);
                }
            }
        }
    }
    seen
}

/// Name-part frequencies: the population prior, blended with how often a part occurs among
/// the indexed entities.
pub struct ListFrequencies {
    pub(crate) counts: FxHashMap<String, u32>,
    pub(crate) n_entities: f32,
}

/// The weight of list counts against the prior: a list is not the population, but a part
/// that a tenth of listed people carry is not rare either.
const LIST_WEIGHT: f32 = 0.5;
/// Below this many entities a list says little about how common a name is.
const MIN_LIST_SIZE: f32 = 200.0;

impl Frequencies for ListFrequencies {
    fn frequency(&self, form: &str) -> f32 {
        let prior = translit::prior_frequency(form).unwrap_or(RARE_FREQUENCY);
        let listed = if self.n_entities >= MIN_LIST_SIZE {
            let c = self.counts.get(form).copied().unwrap_or(0) as f32;
            LIST_WEIGHT * c / self.n_entities
        } else {
            0.0
        };
        prior.max(listed).max(RARE_FREQUENCY)
    }
}

/// Listed entities prepared for screening, with their candidate keys.
pub struct Index {
    /// Entity ids, by entity number.
    pub(crate) ids: Vec<Box<str>>,
    /// Entity numbers sorted by id, for [`Index::get`].
    pub(crate) by_id: Vec<u32>,
    /// Each entity as JSON, without its source record (the store keeps that).
    pub(crate) records: Vec<Box<str>>,
    /// Each entity's datasets, as a number in `dataset_sets`.
    pub(crate) datasets: Vec<u32>,
    pub(crate) dataset_sets: Vec<Vec<String>>,
    /// False for an entity removed by [`Index::apply`]; its number is never reused.
    pub(crate) live: Vec<bool>,
    pub(crate) n_live: usize,
    pub(crate) prepared: Vec<Prepared>,
    /// What ranking candidates reads of each entity, packed: the prepared entities are
    /// scattered in memory, and a common name's query ranks tens of thousands.
    pub(crate) rank_keys: Vec<RankKey>,
    /// Posting lists, ascending entity numbers.
    pub(crate) postings: Postings,
    pub(crate) freq: ListFrequencies,
    pub(crate) spellings: Spellings,
}

impl Index {
    pub(crate) fn empty() -> Index {
        Index {
            ids: Vec::new(),
            by_id: Vec::new(),
            records: Vec::new(),
            datasets: Vec::new(),
            dataset_sets: Vec::new(),
            live: Vec::new(),
            n_live: 0,
            prepared: Vec::new(),
            rank_keys: Vec::new(),
            postings: Postings::default(),
            freq: ListFrequencies {
                counts: FxHashMap::default(),
                n_entities: 1.0,
            },
            spellings: Spellings::default(),
        }
    }

    /// Entities indexed (removed ones not counted).
    pub fn len(&self) -> usize {
        self.n_live
    }

    pub fn is_empty(&self) -> bool {
        self.n_live == 0
    }

    /// Distinct token spellings interned.
    pub fn spelling_count(&self) -> usize {
        self.spellings.table.len()
    }

    pub fn frequencies(&self) -> &ListFrequencies {
        &self.freq
    }

    /// Prepares, interns and posts new entities (in parallel batches); call
    /// [`Index::finish`] after.
    fn extend(&mut self, entities: Vec<Entity>) {
        let mut entities = entities;
        entities.retain(|e| e.schema.is_matchable());
        let mut rest = entities.into_iter();
        loop {
            let batch: Vec<Entity> = rest.by_ref().take(BATCH).collect();
            if batch.is_empty() {
                break;
            }
            let prepared: Vec<(Entity, Prepared, String)> = batch
                .into_par_iter()
                .map(|mut e| {
                    let p = Prepared::entity(&e);
                    e.source = None;
                    let json = serde_json::to_string(&e).unwrap_or_default();
                    (e, p, json)
                })
                .collect();
            for (e, p, json) in prepared {
                self.push(e, p, json);
            }
        }
    }

    fn push(&mut self, e: Entity, mut p: Prepared, json: String) {
        let idx = self.ids.len() as u32;
        let mut posted: Vec<u32> = Vec::new();
        for n in &mut p.names {
            for t in &mut n.name.tokens {
                let (shared, id) = self.spellings.intern(&t.spelling, &mut self.postings);
                t.spelling = shared;
                if t.role != Role::Honorific && !posted.contains(&id) {
                    posted.push(id);
                }
                // An initial compares differently from a part of the same spelling.
                t.id = if t.role == Role::Initial {
                    NameToken::NO_ID
                } else {
                    id
                };
            }
        }
        for id in posted {
            for &slot in self.spellings.slots[id as usize].iter() {
                self.postings.post(slot, idx);
            }
        }
        for n in &p.names {
            for t in n.name.tokens.iter().filter(|t| t.role == Role::Honorific) {
                for key in token_keys(t, t.role) {
                    let slot = self.postings.slot(&key);
                    self.postings.post(slot, idx);
                }
            }
        }
        for (_, v) in &p.identifiers {
            let slot = self.postings.slot(&format!("i:{v}"));
            self.postings.post(slot, idx);
        }
        for f in counted_forms(&p) {
            match self.freq.counts.get_mut(f) {
                Some(c) => *c += 1,
                None => {
                    self.freq.counts.insert(f.to_string(), 1);
                }
            }
        }
        let set = match self.dataset_sets.iter().position(|d| *d == e.datasets) {
            Some(i) => i as u32,
            None => {
                self.dataset_sets.push(e.datasets.clone());
                (self.dataset_sets.len() - 1) as u32
            }
        };
        self.ids.push(e.id.into_boxed_str());
        self.records.push(json.into_boxed_str());
        self.datasets.push(set);
        self.live.push(true);
        self.n_live += 1;
        self.rank_keys.push(RankKey::of(&p));
        self.prepared.push(p);
    }

    /// Recomputes what depends on the whole list: bits of every token from the current
    /// frequencies (once per distinct spelling), and the id order.
    fn finish(&mut self) {
        self.freq.n_entities = self.n_live.max(1) as f32;
        let freq = &self.freq;
        let bits: Vec<f32> = self
            .spellings
            .table
            .par_iter()
            .map(|s| score::spelling_bits(s, freq))
            .collect();
        let spellings = &self.spellings;
        self.prepared.par_iter_mut().for_each(|p| {
            for n in &mut p.names {
                for t in &mut n.name.tokens {
                    let id = match t.id {
                        NameToken::NO_ID => spellings.ids.get(&t.spelling).copied(),
                        id => Some(id),
                    };
                    t.bits = match id {
                        Some(i) => bits[i as usize],
                        None => score::spelling_bits(&t.spelling, freq),
                    };
                }
            }
        });
        self.sort_ids();
    }

    fn sort_ids(&mut self) {
        let mut by_id: Vec<u32> = (0..self.ids.len() as u32)
            .filter(|&i| self.live[i as usize])
            .collect();
        by_id.par_sort_unstable_by(|&a, &b| self.ids[a as usize].cmp(&self.ids[b as usize]));
        self.by_id = by_id;
    }

    /// Folds a list update in: `upserts` are new or changed entities (a changed one replaces
    /// the entity of the same id), `removed` are ids no longer listed. Unchanged entities are
    /// not prepared again; removed ones are tombstoned and dropped at the next compaction,
    /// which happens here once a quarter of the entity numbers are dead.
    pub fn apply(&mut self, upserts: Vec<Entity>, removed: &[String]) {
        let gone: Vec<&str> = removed
            .iter()
            .map(String::as_str)
            .chain(upserts.iter().map(|e| e.id.as_str()))
            .collect();
        for id in gone {
            if let Some(i) = self.position(id) {
                self.kill(i);
            }
        }
        self.extend(upserts);
        let dead = self.ids.len() - self.n_live;
        if dead > 0 && dead * 4 > self.ids.len() {
            *self = self.compacted();
        } else {
            self.finish();
        }
    }

    fn kill(&mut self, i: usize) {
        if !self.live[i] {
            return;
        }
        self.live[i] = false;
        self.n_live -= 1;
        for f in counted_forms(&self.prepared[i]) {
            if let Some(c) = self.freq.counts.get_mut(f) {
                *c = c.saturating_sub(1);
            }
        }
        // Drop the prepared form; the number stays so that postings need no rewrite.
        self.prepared[i] = Prepared::empty();
        self.records[i] = Box::from("");
    }

    /// The live entities rebuilt into a fresh index.
    fn compacted(&self) -> Index {
        let mut b = IndexBuilder::new();
        for i in 0..self.ids.len() {
            if self.live[i] {
                if let Some(e) = self.entity(i as u32) {
                    b.add(e);
                }
            }
        }
        b.build()
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.by_id
            .binary_search_by(|&i| (*self.ids[i as usize]).cmp(id))
            .ok()
            .map(|k| self.by_id[k] as usize)
            .filter(|&i| self.live[i])
    }

    /// The entity with this number, read back from its compact copy.
    fn entity(&self, idx: u32) -> Option<Entity> {
        let i = idx as usize;
        if !self.live.get(i).copied().unwrap_or(false) {
            return None;
        }
        serde_json::from_str(&self.records[i]).ok()
    }

    /// A key is a stop key when so many entities carry it that it cannot select candidates
    /// alone (`muhammad`, `khan` on a large list). It still counts in scoring. The limit
    /// bounds the work of one query whatever the list size.
    fn stop_limit(&self) -> usize {
        (self.n_live / 500).max(STOP_LIST)
    }

    /// Prepares a query against this index's name frequencies.
    pub fn prepare(&self, query: &Query) -> Prepared {
        let mut q = Prepared::query(query);
        score::assign_bits(&mut q, &self.freq);
        q
    }

    /// Screens a query: candidates from the index, each scored, best first.
    pub fn screen(&self, query: &Query, opts: &ScreenOptions) -> Vec<Hit> {
        let q = self.prepare(query);
        let cands = self.candidates(&q, opts.candidates);
        self.score_all(&q, cands.into_iter(), opts)
    }

    /// Scores every entity, with no index: the upper bound on work, for benchmarks and for
    /// checking that the candidate path loses nothing.
    pub fn screen_brute_force(&self, query: &Query, opts: &ScreenOptions) -> Vec<Hit> {
        let q = self.prepare(query);
        self.score_all(&q, 0..self.ids.len() as u32, opts)
    }

    fn score_all(
        &self,
        q: &Prepared,
        cands: impl Iterator<Item = u32>,
        opts: &ScreenOptions,
    ) -> Vec<Hit> {
        // Score every candidate without building explanations, keep the best, then explain
        // those alone: most candidates are never shown.
        let mut scored: Vec<(u32, score::Comparison)> = Vec::new();
        let mut cache = score::SimilarityCache::default();
        for idx in cands {
            let i = idx as usize;
            if !self.live[i] {
                continue;
            }
            if !opts.lists.is_empty()
                && !self.dataset_sets[self.datasets[i] as usize]
                    .iter()
                    .any(|d| opts.lists.contains(d))
            {
                continue;
            }
            let p = &self.prepared[i];
            if let (Some(qs), Some(cs)) = (&q.schema, &p.schema) {
                if !qs.compatible(cs) {
                    continue;
                }
            }
            let comparison = score::compare_cached(q, p, &self.freq, &mut cache, false);
            if comparison.score >= opts.cutoff {
                scored.push((idx, comparison));
            }
        }
        // Equal scores: a listing whose primary name agreed before one that agreed through an
        // alias, then by id so that the order is stable.
        let kind = |c: &score::Comparison| c.explanation.name.as_ref().map(|n| n.candidate_kind);
        scored.sort_by(|(ia, a), (ib, b)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| kind(a).cmp(&kind(b)))
                .then_with(|| self.ids[*ia as usize].cmp(&self.ids[*ib as usize]))
        });
        scored.truncate(opts.limit);
        scored
            .into_iter()
            .filter_map(|(idx, _)| {
                let entity = self.entity(idx)?;
                let comparison = score::compare_cached(
                    q,
                    &self.prepared[idx as usize],
                    &self.freq,
                    &mut cache,
                    true,
                );
                Some(Hit {
                    entity,
                    score: comparison.score,
                    is_match: comparison.score >= opts.threshold,
                    comparison,
                })
            })
            .collect()
    }

    /// Scores a query against one indexed entity, whatever the candidate step would do: why
    /// an entity was or was not returned. `None` if no entity has this id, or the schemas
    /// cannot match.
    pub fn score_one(&self, query: &Query, id: &str) -> Option<Hit> {
        let q = self.prepare(query);
        let opts = ScreenOptions {
            limit: 1,
            cutoff: f32::NEG_INFINITY,
            ..ScreenOptions::default()
        };
        let idx = self.position(id)? as u32;
        self.score_all(&q, std::iter::once(idx), &opts).pop()
    }

    /// The entity with this id, if indexed.
    pub fn get(&self, id: &str) -> Option<Entity> {
        self.entity(self.position(id)? as u32)
    }

    /// The ids of the indexed entities, in entity-number order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids
            .iter()
            .zip(&self.live)
            .filter(|(_, l)| **l)
            .map(|(id, _)| &**id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names in every script and shape the preparation handles.
    const SAMPLE: &[&str] = &[
        "Muhammad Ali Khan",
        "CHAUDHRY, Aamir Ali",
        "عامر علی چوہدری",
        "Abd al-Rahman bin Ahmad al-Masri",
        "مولانا فضل اللہ",
        "محمدباقر قالیباف",
        "Ch. Shujaat Hussain s/o Zahoor Elahi",
        "Евгений Викторович Пригожин",
        "Олександр Вікторович Янукович",
        "李文浩",
        "Γεώργιος Παπαδόπουλος",
        "José María Fernández-Núñez",
        "Sheikh Hafiz Zia-ul-Haq Deif",
        "MXHMD ALI",
        "Kamel Djermane",
        "محمد الیاس الطاف البغدادي",
        "Jiang Wen-ji",
        "Li Lei Mai",
        "ألطاف حسين إيسوفيتش",
        "عثمان ذاكر تشافيز",
        "Хасан Джохар",
        "穆罕默德·阿里",
        "吕志和",
        "Ҷалол Раҳмонов Джамал",
        "AHMED ALQAHTANI Elena Albert Eldar",
        "ڄامڙو ٻٽ",
        "حسن ظاهرعويس",
        "الهام تشكري",
        "PARK, Jin Hyok",
        "O Chong U",
        "Jun Kim",
        "U Than Shwe",
        "김정은 리은성",
        "محمود احمدی\u{200c}نژاد اژه\u{200c}ای حسین پور خامنه ای",
        "Ив\u{0061}нов Petr\u{043E}v",
        "Mohammed Omar Magomedov",
        "Горан Хаџић Ѓорѓи",
    ];

    /// A stable digest (FNV-1a) of everything a snapshot keeps of prepared names.
    fn preparation_fingerprint() -> u64 {
        let mut text = String::new();
        for raw in SAMPLE {
            for t in crate::names::parse(raw).tokens {
                text.push_str(&format!("{t:?} {:?}\n", token_keys(&t, t.role)));
            }
        }
        crate::translit::fnv1a(text.bytes())
    }

    #[test]
    fn preparation_changes_bump_the_version() {
        // The version and the fingerprint of its preparation, recorded together.
        let recorded: (u32, u64) = (24, 0x626c_ed4e_51c1_0511);
        let now = preparation_fingerprint();
        assert_eq!(
            recorded,
            (PREPARATION_VERSION, now),
            "name preparation changed: snapshots of the old one would disagree with queries. \
             Bump PREPARATION_VERSION and record it here with the new fingerprint {now:#x}"
        );
    }
}
