//! The candidate index: from a query to the few listed entities worth scoring, without
//! scoring every entity.
//!
//! Each name token of each listed entity is posted under several keys: its normal spelling
//! (`n:`), its consonant skeletons with and without `h` (`s:`), which is how an Arabic-script
//! token meets its Latin spellings, and its variant groups (`g:`). Identifiers are posted
//! under `i:`. A query collects the entities its keys reach, weighting each key by how rare it
//! is, and keeps the best [`ScreenOptions::candidates`]; only those are scored.
//!
//! `IndexBuilder` → `Index`: build once per list version, then screen many queries.

use std::collections::HashMap;

use crate::model::Entity;
use crate::names::{NameToken, Role};
use crate::query::{Prepared, Query};
use crate::score::{self, Comparison, Frequencies, RARE_FREQUENCY};
use crate::translit;

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

/// One scored candidate.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub entity: &'a Entity,
    pub score: f32,
    pub is_match: bool,
    pub comparison: Comparison,
}

/// Collects entities, then builds an [`Index`].
#[derive(Default)]
pub struct IndexBuilder {
    entities: Vec<Entity>,
}

impl IndexBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an entity; relation and detail schemas (Sanction, Address, ...) are skipped.
    pub fn add(&mut self, entity: Entity) {
        if entity.schema.is_matchable() {
            self.entities.push(entity);
        }
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn build(self) -> Index {
        let mut prepared: Vec<Prepared> = self.entities.iter().map(Prepared::entity).collect();
        intern_tokens(&mut prepared);
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        let mut counts: HashMap<String, u32> = HashMap::new();
        for (idx, p) in prepared.iter().enumerate() {
            let idx = idx as u32;
            let mut seen_forms: Vec<String> = Vec::new();
            for n in &p.names {
                for t in &n.name.tokens {
                    // A title is also often a family name (Shaykh, Hafiz): post its spelling,
                    // so that it can still select candidates, but nothing looser.
                    if t.role == Role::Honorific {
                        for f in &t.norms {
                            let list = postings.entry(format!("n:{f}")).or_default();
                            if list.last() != Some(&idx) {
                                list.push(idx);
                            }
                        }
                        continue;
                    }
                    for key in token_keys(t) {
                        let list = postings.entry(key).or_default();
                        if list.last() != Some(&idx) {
                            list.push(idx);
                        }
                    }
                    // Count each form once per entity: an entity with ten aliases of one
                    // name does not make that name common.
                    if let Some(f) = t.norms.first().cloned() {
                        if !seen_forms.contains(&f) {
                            seen_forms.push(f);
                        }
                    }
                }
            }
            for f in seen_forms {
                *counts.entry(f).or_default() += 1;
            }
            for (_, v) in &p.identifiers {
                let list = postings.entry(format!("i:{v}")).or_default();
                if list.last() != Some(&idx) {
                    list.push(idx);
                }
            }
        }
        let freq = ListFrequencies {
            counts,
            n_entities: prepared.len().max(1) as f32,
        };
        for p in &mut prepared {
            score::assign_bits(p, &freq);
        }
        Index {
            entities: self.entities,
            prepared,
            postings,
            freq,
        }
    }
}

/// Gives equal tokens of all entities one id, for [`score::SimilarityCache`].
fn intern_tokens(prepared: &mut [Prepared]) {
    let mut ids: HashMap<(crate::text::Script, Vec<String>), u32> = HashMap::new();
    for p in prepared.iter_mut() {
        for n in &mut p.names {
            for t in &mut n.name.tokens {
                let next = ids.len() as u32;
                let key = (t.script, t.forms.clone());
                // An initial compares differently from a part of the same spelling.
                t.id = if t.role == Role::Initial {
                    NameToken::NO_ID
                } else {
                    *ids.entry(key).or_insert(next)
                };
            }
        }
    }
}

/// The retrieval keys of a token.
fn token_keys(t: &NameToken) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for f in &t.norms {
        keys.push(format!("n:{f}"));
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

/// Name-part frequencies: the population prior, blended with how often a part occurs among
/// the indexed entities.
pub struct ListFrequencies {
    counts: HashMap<String, u32>,
    n_entities: f32,
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
    entities: Vec<Entity>,
    prepared: Vec<Prepared>,
    postings: HashMap<String, Vec<u32>>,
    freq: ListFrequencies,
}

impl Index {
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn frequencies(&self) -> &ListFrequencies {
        &self.freq
    }

    /// A key is a stop key when so many entities carry it that it cannot select candidates
    /// alone (`muhammad`, `khan` on a large list). It still counts in scoring.
    fn stop_limit(&self) -> usize {
        (self.entities.len() / 20).max(2_000)
    }

    /// Prepares a query against this index's name frequencies.
    pub fn prepare(&self, query: &Query) -> Prepared {
        let mut q = Prepared::query(query);
        score::assign_bits(&mut q, &self.freq);
        q
    }

    /// The entities worth scoring for a prepared query, best first.
    pub fn candidates(&self, q: &Prepared, limit: usize) -> Vec<u32> {
        let n = self.entities.len().max(1) as f32;
        let mut acc: HashMap<u32, f32> = HashMap::new();
        let mut stopped: Vec<&Vec<u32>> = Vec::new();
        let add_key = |key: &str, per_token: &mut HashMap<u32, f32>, stopped: &mut Vec<_>| {
            let Some(list) = self.postings.get(key) else {
                return;
            };
            if list.len() > self.stop_limit() {
                if key.starts_with("n:") {
                    stopped.push(list);
                }
                return;
            }
            let w = (n / list.len() as f32).log2().max(0.1) + 1.0;
            for &e in list {
                let slot = per_token.entry(e).or_insert(0.0);
                *slot = slot.max(w);
            }
        };
        for name in &q.names {
            for t in &name.name.tokens {
                let mut per_token: HashMap<u32, f32> = HashMap::new();
                let honorific = t.role == Role::Honorific;
                if honorific {
                    for f in &t.norms {
                        add_key(&format!("n:{f}"), &mut per_token, &mut stopped);
                    }
                } else {
                    for key in token_keys(t) {
                        add_key(&key, &mut per_token, &mut stopped);
                    }
                }
                let factor = if honorific { 0.5 } else { 1.0 };
                for (e, w) in per_token {
                    *acc.entry(e).or_insert(0.0) += factor * w;
                }
            }
        }
        for (_, v) in &q.identifiers {
            if let Some(list) = self.postings.get(&format!("i:{v}")) {
                for &e in list {
                    *acc.entry(e).or_insert(0.0) += 100.0;
                }
            }
        }
        // A name made only of common parts: intersect their postings, so that a listed
        // "Muhammad Khan" is still found on a list of a million.
        if stopped.len() >= 2 {
            stopped.sort_by_key(|l| l.len());
            let mut inter: Vec<u32> = stopped[0].clone();
            for other in &stopped[1..] {
                inter.retain(|e| other.binary_search(e).is_ok());
            }
            for e in inter {
                *acc.entry(e).or_insert(0.0) += 2.0;
            }
        }
        // Among entities the name reached, a shared year of birth breaks the ties of common
        // names (there are many Muhammad al-Shaykhs, fewer born in 1971).
        if !q.birth_dates.is_empty() {
            for (e, w) in acc.iter_mut() {
                let born = &self.prepared[*e as usize].birth_dates;
                if born
                    .iter()
                    .any(|b| q.birth_dates.iter().any(|d| (b.year - d.year).abs() <= 1))
                {
                    *w += 3.0;
                }
            }
        }
        let mut ranked: Vec<(u32, f32)> = acc.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked.into_iter().map(|(e, _)| e).collect()
    }

    /// Screens a query: candidates from the index, each scored, best first.
    pub fn screen(&self, query: &Query, opts: &ScreenOptions) -> Vec<Hit<'_>> {
        let q = self.prepare(query);
        let cands = self.candidates(&q, opts.candidates);
        self.score_all(&q, cands.into_iter(), opts)
    }

    /// Scores every entity, with no index: the upper bound on work, for benchmarks and for
    /// checking that the candidate path loses nothing.
    pub fn screen_brute_force(&self, query: &Query, opts: &ScreenOptions) -> Vec<Hit<'_>> {
        let q = self.prepare(query);
        self.score_all(&q, 0..self.entities.len() as u32, opts)
    }

    fn score_all(
        &self,
        q: &Prepared,
        cands: impl Iterator<Item = u32>,
        opts: &ScreenOptions,
    ) -> Vec<Hit<'_>> {
        // Score every candidate without building explanations, keep the best, then explain
        // those alone: most candidates are never shown.
        let mut scored: Vec<(u32, score::Comparison)> = Vec::new();
        let mut cache = score::SimilarityCache::default();
        for idx in cands {
            let e = &self.entities[idx as usize];
            if !opts.lists.is_empty() && !e.datasets.iter().any(|d| opts.lists.contains(d)) {
                continue;
            }
            let p = &self.prepared[idx as usize];
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
                .then_with(|| {
                    self.entities[*ia as usize]
                        .id
                        .cmp(&self.entities[*ib as usize].id)
                })
        });
        scored.truncate(opts.limit);
        scored
            .into_iter()
            .map(|(idx, _)| {
                let e = &self.entities[idx as usize];
                let comparison = score::compare_cached(
                    q,
                    &self.prepared[idx as usize],
                    &self.freq,
                    &mut cache,
                    true,
                );
                Hit {
                    entity: e,
                    score: comparison.score,
                    is_match: comparison.score >= opts.threshold,
                    comparison,
                }
            })
            .collect()
    }

    /// The entity with this id, if indexed.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}
