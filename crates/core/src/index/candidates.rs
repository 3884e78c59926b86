//! Candidate retrieval: from a prepared query to the few entities worth scoring, through the
//! posting lists of [`super::token_keys`], without scoring every entity. Each query part
//! reaches entities with a weight (how rare its key is, never more than its most common
//! spelling); common parts rank what the rare ones reached, or intersect when every part is
//! common; a part written as one word also reaches the carriers of its halves, and two
//! adjacent parts the carriers of the joined word. Accumulators live in a per-thread dense
//! scratch, one 16-byte slot per entity.

use rustc_hash::FxHashMap;

use super::{token_keys, Index};
use crate::names::{NameToken, Role};
use crate::query::Prepared;

/// Posting lists longer than this select candidates only by intersection.
pub(super) const STOP_LIST: usize = 2_000;
/// Candidates beyond the [`FLOOR_KEEPS`] best with less than this share of the best
/// candidate's retrieval weight are not scored. Chosen on the tune part at 8k and beside 100k
/// generated people, where 0.3 to 0.7 leave every figure as it is; at 0.7 screening of
/// manifests ran 6x faster than with no floor (most weak candidates share one loose key with
/// a query part), measured before the ten best were spared.
const RELATIVE_FLOOR: f32 = 0.7;
/// The best candidates scored whatever the floor: one agreeing on a rare part of the name
/// may trail those agreeing on two common ones (`Rabi` and a loose `Faisal` / `Fazl`).
const FLOOR_KEEPS: usize = 10;

/// The longest common part's list that [`Index::fallback`] compares part by part.
const FALLBACK_LIST: usize = 20_000;
/// How alike an unknown part and a listed part must be to make a fallback candidate.
const FALLBACK_SIMILARITY: f32 = 0.75;
/// Candidates reached that common parts may still reorder (each costs a binary search per
/// common key).
const REFINE_LIMIT: usize = 20_000;
/// Candidates reached that the stop key of a partly common part may still reorder.
const MIXED_REFINE_LIMIT: usize = 5_000;
/// The most entities that carry every common-keyed part of a name loosely and are still
/// worth adding as candidates (see [`Index::candidates`]): more do not discriminate.
const BROAD_KEEP: usize = 4_000;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Per-thread accumulators of candidate retrieval, as dense as the entity numbers, so that a
/// query touches only the entities its keys reach and allocates nothing per entity.
#[derive(Default)]
struct Scratch {
    /// One slot per entity: what a query gathers on it, in one cache line's reach.
    slots: Vec<Slot>,
    /// Entities with a non-zero `acc`.
    touched: Vec<u32>,
    /// The last stamp given out.
    epoch: u32,
    token_touched: Vec<u32>,
}

/// What a query has gathered on one entity.
#[derive(Default, Clone, Copy)]
struct Slot {
    /// Sum over tokens; zero when untouched.
    acc: f32,
    /// This token's best key weight, valid where `stamp` is the token's.
    token: f32,
    stamp: u32,
    /// Which query tokens reached the entity (bit `b` for the `b`-th token, the first 32),
    /// valid where `acc` is non-zero.
    mask: u32,
}

impl Scratch {
    fn fit(&mut self, n: usize) {
        if self.slots.len() < n {
            self.slots.resize(n, Slot::default());
        }
    }

    /// A stamp no entity carries yet.
    fn next_stamp(&mut self) -> u32 {
        if self.epoch == u32::MAX {
            self.slots.iter_mut().for_each(|x| x.stamp = 0);
            self.epoch = 0;
        }
        self.epoch += 1;
        self.epoch
    }

    fn add(&mut self, e: u32, w: f32) {
        let slot = &mut self.slots[e as usize];
        if slot.acc == 0.0 {
            self.touched.push(e);
            slot.mask = 0;
        }
        slot.acc += w;
    }

    /// Records that the token of `stamp` reaches the entities of `list` with weight `w`,
    /// keeping each entity's best weight for the token.
    fn reach(&mut self, list: &[u32], w: f32, stamp: u32) {
        for &e in list {
            let slot = &mut self.slots[e as usize];
            if slot.stamp != stamp {
                slot.stamp = stamp;
                slot.token = w;
                self.token_touched.push(e);
            } else if slot.token < w {
                slot.token = w;
            }
        }
    }

    /// [`Scratch::add`] for the evidence of the query token of bit `bit`.
    fn add_part(&mut self, e: u32, w: f32, bit: u32) {
        self.add(e, w);
        self.slots[e as usize].mask |= bit;
    }
}

/// Calls `f(k)` for every `k` whose `sorted[k]` is in `list` (both ascending), galloping
/// through `list` so that a short `sorted` costs little against a long `list`.
fn for_members(sorted: &[u32], list: &[u32], f: &mut dyn FnMut(usize)) {
    let mut rest = list;
    for (k, &e) in sorted.iter().enumerate() {
        if rest.is_empty() {
            break;
        }
        let mut step = 1;
        while step < rest.len() && rest[step] < e {
            step *= 2;
        }
        let end = (step + 1).min(rest.len());
        match rest[..end].binary_search(&e) {
            Ok(i) => {
                f(k);
                rest = &rest[i + 1..];
            }
            Err(i) => rest = &rest[i..],
        }
    }
}

/// The entries on every one of `lists` (each ascending), from the shortest list up.
fn intersect_all(mut lists: Vec<&[u32]>) -> Vec<u32> {
    lists.sort_by_key(|l| l.len());
    let Some((first, rest)) = lists.split_first() else {
        return Vec::new();
    };
    let mut inter = first.to_vec();
    for other in rest {
        if inter.is_empty() {
            break;
        }
        intersect(&mut inter, other);
    }
    inter
}

/// Keeps in `a` the entries also in `b` (both ascending), galloping through the longer.
fn intersect(a: &mut Vec<u32>, b: &[u32]) {
    let mut rest = b;
    a.retain(|x| match rest.binary_search(x) {
        Ok(i) => {
            rest = &rest[i + 1..];
            true
        }
        Err(i) => {
            rest = &rest[i..];
            false
        }
    });
}

impl Index {
    /// The entities worth scoring for a prepared query, best first.
    ///
    /// Each query token adds, to every entity one of its keys reaches, the weight of its
    /// rarest such key (`log2(n / list length) + 1`); tokens add up. A key carried by more
    /// than the stop limit (`Index::stop_limit`) selects nothing alone: when every part of a name is
    /// that common, the entities carrying all of them (the intersection of each part's
    /// widest list) are the candidates. When fewer than `limit` entities were reached by
    /// every part, the entities on the skeleton or variant-group list of every common part
    /// join them, if they are few (the listed `Ayache` of a query `Ayash`, whose own keys
    /// reach only other Ayashes).
    pub fn candidates(&self, q: &Prepared, limit: usize) -> Vec<u32> {
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            s.fit(self.ids.len());
            self.candidates_in(q, limit, &mut s)
        })
    }

    fn candidates_in(&self, q: &Prepared, limit: usize, s: &mut Scratch) -> Vec<u32> {
        let n = self.n_live.max(1) as f32;
        let stop = self.stop_limit();
        let weight = |len: usize| (n / len as f32).log2().max(0.1) + 1.0;
        // Tokens whose every key is a stop key: their lists, and the token's factor.
        let mut common: Vec<(Vec<&[u32]>, f32)> = Vec::new();
        // Name parts no key of which any entity carries: misspelled beyond the keys.
        let mut unknown: Vec<&NameToken> = Vec::new();
        // Every name part with a stop key for its other spellings (a skeleton or a variant
        // group): that list, and the weight it gives.
        let mut broad: Vec<(&[u32], f32)> = Vec::new();
        // Name parts that could reach an entity at all.
        let mut parts: usize = 0;
        // Parts some of whose keys selected and others are stop keys: the part's bit and its
        // spellings list.
        let mut mixed: Vec<(u32, &[u32])> = Vec::new();
        // The bit of each part in `common`.
        let mut common_bits: Vec<u32> = Vec::new();
        let mut token_no = 0u32;
        // Two adjacent parts of the query as one word (Gholam Hossein / Gholamhossein): the
        // joined normal form, both parts' bits, and the most both parts' spellings weigh.
        let mut joins: Vec<(String, u32, f32)> = Vec::new();
        for name in &q.names {
            let mut previous: Option<(&NameToken, u32, f32)> = None;
            for t in &name.name.tokens {
                let stamp = s.next_stamp();
                // Titles carry no bit: agreeing on every part means on every name part.
                let bit = if t.role == Role::Honorific {
                    0
                } else {
                    token_no += 1;
                    1u32.checked_shl(token_no - 1).unwrap_or(0)
                };
                let mut lists: Vec<&[u32]> = Vec::new();
                // The longest stop list of a skeleton or variant-group key: the one that
                // holds the other spellings of the part.
                let mut spellings: Option<&[u32]> = None;
                let mut reached: usize = 0;
                let start = s.token_touched.len();
                let keyed: Vec<(String, &[u32])> = token_keys(t, t.role)
                    .into_iter()
                    .filter_map(|k| self.postings.get(&k).map(|l| (k, l)))
                    .collect();
                // A part is as rare as its most common spelling: an Arabic-script عبدالله
                // spelled `abdalla` (a rare spelling) must not reach its few carriers with
                // more weight than `abdullah` gives the many.
                let cap = keyed
                    .iter()
                    .filter(|(k, _)| k.starts_with("n:"))
                    .map(|(_, l)| weight(l.len()))
                    .fold(f32::INFINITY, f32::min);
                // What the part's spelling would weigh in a join: a spelling no entity
                // carries weighs as one carried by a single entity.
                let join_weight = cap.min(weight(1));
                if t.role == Role::Part {
                    if let Some((p, pbit, pweight)) = previous {
                        joins.push((
                            crate::phonetic::normal_form(&format!(
                                "{}{}",
                                p.primary(),
                                t.primary()
                            )),
                            pbit | bit,
                            pweight + join_weight,
                        ));
                    }
                }
                previous = (t.role == Role::Part).then_some((t, bit, join_weight));
                let halves = if t.role == Role::Part {
                    self.halves(t, stop)
                } else {
                    Vec::new()
                };
                for (key, list) in keyed {
                    if list.len() > stop {
                        lists.push(list);
                        if (key.starts_with("s:") || key.starts_with("g:"))
                            && spellings.is_none_or(|l| l.len() < list.len())
                        {
                            spellings = Some(list);
                        }
                        continue;
                    }
                    reached += list.len();
                    s.reach(list, weight(list.len()).min(cap), stamp);
                }
                for (list, head, tail) in &halves {
                    reached += list.len();
                    let bound = weight(*head) + weight(*tail);
                    s.reach(list, weight(list.len()).min(cap).min(bound), stamp);
                }
                let factor = if t.role == Role::Honorific { 0.5 } else { 1.0 };
                if t.role != Role::Honorific {
                    if reached > 0 || !lists.is_empty() {
                        parts += 1;
                    }
                    if let Some(l) = spellings {
                        broad.push((l, weight(l.len())));
                        if reached > 0 {
                            mixed.push((bit, l));
                        }
                    }
                }
                if reached == 0 && !lists.is_empty() {
                    common.push((lists, factor));
                    common_bits.push(bit);
                } else if reached == 0 && matches!(t.role, Role::Part | Role::Relative) {
                    unknown.push(t);
                }
                for k in start..s.token_touched.len() {
                    let e = s.token_touched[k];
                    s.add_part(e, factor * s.slots[e as usize].token, bit);
                }
                s.token_touched.truncate(start);
            }
        }
        for (joined, bits, bound) in &joins {
            let Some(list) = self.postings.get(&format!("n:{joined}")) else {
                continue;
            };
            if list.len() > stop {
                continue;
            }
            // Both parts' evidence, as two agreeing parts would give it, and no more than
            // their spellings give: a joined `Mohammadreza` is as common as Mohammad Reza.
            let w = (2.0 * weight(list.len())).min(*bound);
            for &e in list {
                let slot = &s.slots[e as usize];
                if slot.acc == 0.0 || slot.mask & bits == 0 {
                    s.add_part(e, w, *bits);
                }
            }
        }
        for (_, v) in &q.identifiers {
            if let Some(list) = self.postings.get(&format!("i:{v}")) {
                for &e in list {
                    s.add(e, 100.0);
                }
            }
        }
        // A name made only of common parts: intersect their postings (each part's widest
        // list), so that a listed "Muhammad Khan" is still found on a list of a million.
        let all_common = common.len() >= 2 && s.touched.is_empty();
        if all_common {
            let widest = common
                .iter()
                .filter_map(|(lists, _)| lists.iter().max_by_key(|l| l.len()).copied())
                .collect();
            for e in intersect_all(widest) {
                s.add(e, 2.0);
            }
        }
        // The common parts still rank the entities the rare parts reached: of the thousand
        // Shaheens, those also called Muhammad Ali come first.
        // Likewise the stop keys of a part that other keys made reach some entities: of the
        // Adils its spelling reached, none is the listed `Adel`, whom the variant group holds.
        let refine_common = !common.is_empty() && s.touched.len() <= REFINE_LIMIT;
        let refine_mixed = !mixed.is_empty() && s.touched.len() <= MIXED_REFINE_LIMIT;
        if refine_common || refine_mixed {
            // Sorted, the reached entities are found on a list by galloping through both,
            // which touches the list's memory in order (measured faster than one binary
            // search per entity, even for a few hundred).
            s.touched.sort_unstable();
            let touched = std::mem::take(&mut s.touched);
            let mut best = vec![0.0f32; touched.len()];
            let credit = |best: &[f32], bit: u32, s: &mut Scratch| {
                for (k, &b) in best.iter().enumerate() {
                    if b > 0.0 {
                        let i = touched[k] as usize;
                        s.slots[i].acc += b;
                        s.slots[i].mask |= bit;
                    }
                }
            };
            if refine_common {
                for ((lists, factor), &bit) in common.iter().zip(&common_bits) {
                    best.fill(0.0);
                    for l in lists {
                        let w = factor * weight(l.len());
                        for_members(&touched, l, &mut |k| best[k] = best[k].max(w));
                    }
                    credit(&best, bit, s);
                }
            }
            if refine_mixed {
                for &(bit, spellings) in &mixed {
                    best.fill(0.0);
                    let w = weight(spellings.len());
                    let slots = &s.slots;
                    for_members(&touched, spellings, &mut |k| {
                        if slots[touched[k] as usize].mask & bit == 0 {
                            best[k] = w;
                        }
                    });
                    credit(&best, bit, s);
                }
            }
            s.touched = touched;
        }
        // Few entities agree on every part, and the parts with stop keys reach the others
        // only through those keys: the keys of the spelling asked (`Ayash`, `Chaudry`) may
        // miss a listed spelling (`Ayache`, `Chaudhry`) that the widest keys (the skeleton,
        // the variant group) hold. The entities on such a list of every part are candidates
        // too, when they are few enough to discriminate.
        // (Only the first 32 parts have bits to count.)
        if broad.len() >= 2 && !(all_common && common.len() == broad.len()) && parts <= 32 {
            let agreeing = s
                .touched
                .iter()
                .filter(|&&e| s.slots[e as usize].mask.count_ones() as usize >= parts)
                .count();
            if agreeing < limit {
                self.broad_candidates(&broad, s);
            }
        }
        if s.touched.len() < limit && !unknown.is_empty() && !common.is_empty() {
            self.fallback(&common, &unknown, s);
        }
        // Among entities the name reached, a shared year of birth breaks the ties of common
        // names (there are many Muhammad al-Shaykhs, fewer born in 1971).
        // Equal weights (a common name's carriers) go to the entities with the shortest name
        // first: the fewer parts a name adds to the query's, the less it loses in scoring.
        let mut ranked: Vec<(u32, f32, usize)> = Vec::with_capacity(s.touched.len());
        for &e in &s.touched {
            let i = e as usize;
            let mut w = s.slots[i].acc;
            s.slots[i].acc = 0.0;
            if !self.live[i] {
                continue;
            }
            let key = self.rank_keys[i];
            if q.birth_dates.iter().any(|d| key.near_year(d.year)) {
                w += 3.0;
            }
            ranked.push((e, w, key.shortest as usize));
        }
        s.touched.clear();
        let order = |a: &(u32, f32, usize), b: &(u32, f32, usize)| {
            b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0))
        };
        if ranked.len() > limit && limit > 0 {
            ranked.select_nth_unstable_by(limit - 1, order);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by(order);
        ranked.truncate(limit);
        // A candidate reached with a small share of the best one's evidence lost to it on
        // most of the name already: not worth scoring.
        if let Some(best) = ranked.first().map(|r| r.1) {
            let floor = best * RELATIVE_FLOOR;
            let mut k = 0;
            ranked.retain(|r| {
                k += 1;
                k <= FLOOR_KEEPS || r.1 >= floor
            });
        }
        ranked.into_iter().map(|(e, _, _)| e).collect()
    }

    /// The entities that may carry a part written as one word (`gholamhossein`) as two words
    /// (`Gholam Hossein`, `Wen-ji`): for each split into two spellings of two letters or more
    /// that both select, the entities on both lists (which holds the two as parts of any of
    /// an entity's names, in any order: scoring decides), and the lengths of the two lists.
    fn halves(&self, t: &NameToken, stop: usize) -> Vec<(Vec<u32>, usize, usize)> {
        // The spelling, not its normal form: that writes a `w` inside a word as `v`, which
        // a half at the start of a word keeps (Liwen: `li` + `wen`, not `ven`).
        let f = t.primary();
        if !f.is_ascii() || f.len() < 4 {
            return Vec::new();
        }
        let mut out = Vec::new();
        for k in 2..=f.len() - 2 {
            let head = crate::phonetic::normal_form(&f[..k]);
            let tail = crate::phonetic::normal_form(&f[k..]);
            let (Some(a), Some(b)) = (
                self.postings.get(&format!("n:{head}")),
                self.postings.get(&format!("n:{tail}")),
            ) else {
                continue;
            };
            if a.len() > stop || b.len() > stop {
                continue;
            }
            let both = intersect_all(vec![a, b]);
            if !both.is_empty() {
                out.push((both, a.len(), b.len()));
            }
        }
        out
    }

    /// Adds the entities on the spellings list of every part in `broad` (see
    /// [`Index::candidates_in`]), each with the weight of those lists, if there are at most
    /// [`BROAD_KEEP`] of them.
    fn broad_candidates(&self, broad: &[(&[u32], f32)], s: &mut Scratch) {
        let inter = intersect_all(broad.iter().map(|(l, _)| *l).collect());
        if inter.len() > BROAD_KEEP {
            return;
        }
        let w: f32 = broad.iter().map(|(_, w)| w).sum();
        for e in inter {
            if s.slots[e as usize].acc == 0.0 {
                s.add(e, w);
            }
        }
    }

    /// When a name's rare parts are spelled beyond every key (`Belaventsev` for a listed
    /// `Belavencev`) and its other parts are common (`Oleg`), the keys reach nothing: the
    /// entities of the shortest common part's list are then compared part by part with the
    /// unknown parts, if that list is short enough to afford it.
    fn fallback(&self, common: &[(Vec<&[u32]>, f32)], unknown: &[&NameToken], s: &mut Scratch) {
        let Some(list) = common
            .iter()
            .filter_map(|(lists, _)| lists.iter().max_by_key(|l| l.len()).copied())
            .min_by_key(|l| l.len())
            .filter(|l| l.len() <= FALLBACK_LIST)
        else {
            return;
        };
        let mut memo: FxHashMap<(usize, u32), f32> = FxHashMap::default();
        for &e in list {
            let p = &self.prepared[e as usize];
            let mut total = 0.0f32;
            for (qi, qt) in unknown.iter().enumerate() {
                let mut best = 0.0f32;
                for t in p.names.iter().flat_map(|n| &n.name.tokens) {
                    if !matches!(t.role, Role::Part | Role::Relative) {
                        continue;
                    }
                    let sim = if t.id == NameToken::NO_ID {
                        crate::align::token_similarity(qt, t).0
                    } else {
                        *memo
                            .entry((qi, t.id))
                            .or_insert_with(|| crate::align::token_similarity(qt, t).0)
                    };
                    best = best.max(sim);
                }
                if best >= FALLBACK_SIMILARITY {
                    total += 10.0 * best;
                }
            }
            if total > 0.0 {
                s.add(e, total);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Galloping finds exactly the members a plain search finds.
        #[test]
        fn for_members_finds_every_member(
            a in proptest::collection::btree_set(0u32..500, 0..80),
            b in proptest::collection::btree_set(0u32..500, 0..300),
        ) {
            let (a, b): (Vec<u32>, Vec<u32>) = (a.into_iter().collect(), b.into_iter().collect());
            let mut found = Vec::new();
            for_members(&a, &b, &mut |k| found.push(k));
            let expected: Vec<usize> = (0..a.len()).filter(|&k| b.contains(&a[k])).collect();
            prop_assert_eq!(found, expected);
        }
    }
}
