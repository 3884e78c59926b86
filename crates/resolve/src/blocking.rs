//! Blocking: which record pairs are compared at all. A rule's key is a hash of its parts'
//! values (a part is a property or its first N characters), computed once per record; two
//! records whose keys are equal form a candidate pair. A pair that an earlier rule already
//! produced is skipped by checking the earlier rules' keys, so no set of seen pairs is kept.
//!
//! [`Blocker::entries`] lists one rule's `(key, record)` entries; [`Block::plan`] sorts them
//! and cuts them into chunks of about equal work, which the caller runs in parallel (or, when
//! memory is bounded, partition by partition: see [`crate::spill`]).

use crate::config::{LinkType, Rule};
use crate::data::{Dataset, NULL};
use crate::hash::{combine, hash_bytes, FxHashMap};
use crate::Error;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Part {
    prop: usize,
    prefix: usize,
}

/// One entry of a rule's block list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub key: u64,
    pub rec: u32,
    pub source: u16,
    /// 0: the rule's `on` side, 1: its `with` side (asymmetric rules only).
    pub role: u16,
}

/// Compiled rules with every record's keys.
pub struct Blocker {
    /// Human-readable rules, for reports.
    pub rules: Vec<String>,
    /// Every record's keys, one row per record (so that checking a pair against all rules
    /// touches two cache lines): the `on` key of each rule (0: none), then the `with` keys
    /// of asymmetric rules.
    keys: Vec<u64>,
    stride: usize,
    /// Per rule: its `with` key's slot in a row, for asymmetric rules.
    right: Vec<Option<usize>>,
    link_type: LinkType,
}

impl Blocker {
    pub fn new(rules: &[Rule], link_type: LinkType, data: &Dataset) -> Result<Blocker, Error> {
        let mut value_hashes: FxHashMap<Part, Vec<u64>> = FxHashMap::default();
        let mut parse = |spec: &[String]| -> Result<Vec<Part>, Error> {
            spec.iter()
                .map(|s| {
                    let (name, prefix) = match s.split_once(':') {
                        Some((n, p)) => (
                            n.trim(),
                            p.trim().parse::<usize>().map_err(|_| {
                                Error::Config(format!("bad prefix length in blocking part `{s}`"))
                            })?,
                        ),
                        None => (s.trim(), 0),
                    };
                    let prop = data.prop(name).ok_or_else(|| {
                        Error::Config(format!("blocking part `{s}`: unknown property"))
                    })?;
                    let part = Part { prop, prefix };
                    value_hashes.entry(part).or_insert_with(|| {
                        data.values[prop]
                            .strings
                            .iter()
                            .map(|v| {
                                let s: &str = if prefix == 0 {
                                    v
                                } else {
                                    let end = v
                                        .char_indices()
                                        .nth(prefix)
                                        .map(|(i, _)| i)
                                        .unwrap_or(v.len());
                                    &v[..end]
                                };
                                hash_bytes(s.as_bytes())
                            })
                            .collect()
                    });
                    Ok(part)
                })
                .collect()
        };
        let mut compiled = Vec::new();
        for r in rules {
            let on = parse(&r.on)?;
            let with = r.with.as_deref().map(&mut parse).transpose()?;
            compiled.push((on, with));
        }
        let key = |parts: &[Part], rec: u32| -> u64 {
            let mut k = 0x5eed_u64;
            for p in parts {
                let v = data.cell(rec, p.prop);
                if v == NULL {
                    return 0;
                }
                k = combine(k, value_hashes[p][v as usize]);
            }
            k.max(1)
        };
        let mut right = Vec::new();
        let mut slots: Vec<&[Part]> = compiled.iter().map(|(on, _)| on.as_slice()).collect();
        for (_, with) in &compiled {
            right.push(with.as_deref().map(|w| {
                slots.push(w);
                slots.len() - 1
            }));
        }
        let stride = slots.len();
        let mut keys = vec![0u64; data.len() * stride];
        {
            use rayon::prelude::*;
            keys.par_chunks_mut(stride.max(1) * 4096)
                .enumerate()
                .for_each(|(chunk, rows)| {
                    for (i, row) in rows.chunks_mut(stride.max(1)).enumerate() {
                        let rec = (chunk * 4096 + i) as u32;
                        for (slot, parts) in row.iter_mut().zip(&slots) {
                            *slot = key(parts, rec);
                        }
                    }
                });
        }
        let rules = rules
            .iter()
            .map(|r| match &r.with {
                Some(w) => format!("{} = {}", r.on.join(" & "), w.join(" & ")),
                None => r.on.join(" & "),
            })
            .collect();
        Ok(Blocker {
            rules,
            keys,
            stride,
            right,
            link_type,
        })
    }

    pub fn n_rules(&self) -> usize {
        self.right.len()
    }

    /// Record `rec`'s key in slot `slot`.
    #[inline]
    fn key(&self, rec: u32, slot: usize) -> u64 {
        self.keys[rec as usize * self.stride + slot]
    }

    /// Whether rule `r` pairs records `x` and `y`.
    #[inline]
    pub fn matches(&self, r: usize, x: u32, y: u32) -> bool {
        let (lx, ly) = (self.key(x, r), self.key(y, r));
        match self.right[r] {
            None => lx != 0 && lx == ly,
            Some(w) => (lx != 0 && lx == self.key(y, w)) || (ly != 0 && ly == self.key(x, w)),
        }
    }

    /// Whether a rule before `r` already pairs `x` and `y`.
    #[inline]
    pub fn covered(&self, r: usize, x: u32, y: u32) -> bool {
        (0..r).any(|k| self.matches(k, x, y))
    }

    #[inline]
    pub fn allowed(&self, sx: u16, sy: u16) -> bool {
        match self.link_type {
            LinkType::LinkOnly => sx != sy,
            LinkType::DedupeOnly => sx == sy,
            LinkType::LinkAndDedupe => true,
        }
    }

    /// Rule `r`'s entries, unsorted.
    pub fn entries(&self, r: usize, data: &Dataset) -> Vec<Entry> {
        let mut out = Vec::with_capacity(data.len());
        for s in 0..data.sources.len() {
            for rec in data.source_start[s]..data.source_start[s + 1] {
                let k = self.key(rec, r);
                if k != 0 {
                    out.push(Entry {
                        key: k,
                        rec,
                        source: s as u16,
                        role: 0,
                    });
                }
                if let Some(w) = self.right[r] {
                    let k = self.key(rec, w);
                    if k != 0 {
                        out.push(Entry {
                            key: k,
                            rec,
                            source: s as u16,
                            role: 1,
                        });
                    }
                }
            }
        }
        out
    }

    /// Pairs rule `r`'s blocks span: an upper bound of its candidate pairs, known before
    /// generating any, so that the caller can choose to partition.
    pub fn span(&self, r: usize, data: &Dataset) -> u64 {
        use rayon::slice::ParallelSliceMut;
        let mut keys: Vec<u64> = self.entries(r, data).iter().map(|e| e.key).collect();
        keys.par_sort_unstable();
        let mut total = 0u64;
        let mut i = 0;
        while i < keys.len() {
            let mut j = i + 1;
            while j < keys.len() && keys[j] == keys[i] {
                j += 1;
            }
            let n = (j - i) as u64;
            total += n * (n - 1) / 2;
            i = j;
        }
        total
    }

    pub fn is_symmetric(&self, r: usize) -> bool {
        self.right[r].is_none()
    }

    pub fn memory(&self) -> u64 {
        self.keys.len() as u64 * 8
    }
}

/// A unit of work: outer positions `lo..hi` of the run `start..end` of sorted entries.
#[derive(Clone, Copy, Debug)]
pub struct Chunk {
    pub start: u32,
    pub end: u32,
    pub lo: u32,
    pub hi: u32,
}

/// One rule's sorted entries and the chunks of work over them.
pub struct Block {
    pub rule: usize,
    pub entries: Vec<Entry>,
    pub chunks: Vec<Vec<Chunk>>,
    /// Pairs the runs span (an upper bound of the candidate pairs).
    pub span: u64,
}

impl Block {
    /// Sorts `entries` and groups runs of equal keys into about `parts` jobs of equal work.
    pub fn plan(rule: usize, mut entries: Vec<Entry>, parts: usize) -> Block {
        use rayon::slice::ParallelSliceMut;
        entries.par_sort_unstable();
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut i = 0;
        while i < entries.len() {
            let mut j = i + 1;
            while j < entries.len() && entries[j].key == entries[i].key {
                j += 1;
            }
            if j - i > 1 {
                runs.push((i as u32, j as u32));
            }
            i = j;
        }
        let span: u64 = runs
            .iter()
            .map(|&(s, e)| {
                let n = (e - s) as u64;
                n * (n - 1) / 2
            })
            .sum();
        let target = (span / parts.max(1) as u64).max(1 << 14);
        let mut chunks = Vec::new();
        let mut cur = Vec::new();
        let mut acc = 0u64;
        for (s, e) in runs {
            let n = (e - s) as u64;
            let work = n * (n - 1) / 2;
            if work > target {
                // A big block: split its outer loop.
                let mut lo = s;
                while lo < e {
                    let mut w = 0u64;
                    let mut hi = lo;
                    while hi < e && w < target {
                        w += (e - hi) as u64;
                        hi += 1;
                    }
                    chunks.push(vec![Chunk {
                        start: s,
                        end: e,
                        lo,
                        hi,
                    }]);
                    lo = hi;
                }
                continue;
            }
            cur.push(Chunk {
                start: s,
                end: e,
                lo: s,
                hi: e,
            });
            acc += work;
            if acc >= target {
                chunks.push(std::mem::take(&mut cur));
                acc = 0;
            }
        }
        if !cur.is_empty() {
            chunks.push(cur);
        }
        Block {
            rule,
            entries,
            chunks,
            span,
        }
    }

    /// Calls `f(x, y)` (x < y) for every new candidate pair of the chunks `job`.
    #[inline]
    pub fn pairs(&self, blocker: &Blocker, job: &[Chunk], mut f: impl FnMut(u32, u32)) {
        let e = &self.entries;
        let r = self.rule;
        let sym = blocker.is_symmetric(r);
        for c in job {
            for i in c.lo..c.hi {
                let a = e[i as usize];
                if !sym && a.role != 0 {
                    continue;
                }
                let inner = if sym { i + 1 } else { c.start };
                for j in inner..c.end {
                    let b = e[j as usize];
                    if b.rec == a.rec || !blocker.allowed(a.source, b.source) {
                        continue;
                    }
                    if !sym {
                        if b.role != 1 {
                            continue;
                        }
                        // The pair is emitted once: from the orientation starting at the
                        // smaller record, or from this one if the other does not exist.
                        if a.rec > b.rec
                            && blocker.key(b.rec, r)
                                == blocker.right[r].map_or(0, |w| blocker.key(a.rec, w))
                        {
                            continue;
                        }
                    }
                    let (x, y) = if a.rec < b.rec {
                        (a.rec, b.rec)
                    } else {
                        (b.rec, a.rec)
                    };
                    if blocker.covered(r, x, y) {
                        continue;
                    }
                    f(x, y);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::data::Reader;

    fn data(cfg: &Config) -> Dataset {
        let mut r = Reader::new(cfg, vec!["firstName".into(), "lastName".into()]);
        r.read_csv(
            "a.csv",
            "id,first,last\na1,anna,berg\na2,bob,stone\na3,carl,dunn\n".as_bytes(),
        )
        .unwrap();
        r.read_csv(
            "b.csv",
            "id,first,last\nb1,anna,berg\nb2,stone,bob\nb3,carl,dune\nb4,anna,berg\n".as_bytes(),
        )
        .unwrap();
        r.finish().0
    }

    fn all_pairs(cfg: &Config) -> Vec<(String, String)> {
        let d = data(cfg);
        let b = Blocker::new(&cfg.blocking, cfg.link_type, &d).unwrap();
        let mut out = Vec::new();
        for r in 0..b.n_rules() {
            let block = Block::plan(r, b.entries(r, &d), 4);
            for job in &block.chunks {
                block.pairs(&b, job, |x, y| {
                    out.push((d.record_id(x).to_string(), d.record_id(y).to_string()))
                });
            }
        }
        out.sort();
        out
    }

    #[test]
    fn rules_with_swaps_prefixes_and_no_repeats() {
        let cfg = Config::from_toml(
            r#"
[input]
columns = { firstName = "first", lastName = "last" }
[[blocking]]
on = ["firstName", "lastName"]
[[blocking]]
on = ["firstName", "lastName"]
with = ["lastName", "firstName"]
[[blocking]]
on = ["firstName", "lastName:3"]
[[comparisons]]
property = "firstName"
kind = "name"
"#,
        )
        .unwrap();
        let got = all_pairs(&cfg);
        let want: Vec<(String, String)> = [("a1", "b1"), ("a1", "b4"), ("a2", "b2"), ("a3", "b3")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn dedupe_pairs_within_inputs() {
        let cfg = Config::from_toml(
            r#"
link_type = "dedupe_only"
[input]
columns = { firstName = "first", lastName = "last" }
[[blocking]]
on = ["firstName"]
[[comparisons]]
property = "firstName"
kind = "name"
"#,
        )
        .unwrap();
        assert_eq!(all_pairs(&cfg), vec![("b1".to_string(), "b4".to_string())]);
    }
}
