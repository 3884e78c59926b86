//! Comparing two names part by part: how similar two tokens are, and which query part aligns
//! with which listed part, with the bits each agreement or leftover part contributes.
//!
//! [`compare_names`] is the name feature of [`crate::score::compare`]; its result,
//! [`NameComparison`], is the name part of every explanation.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::names::{NameToken, Role};
use crate::phonetic::{abjad_fold, devowel, similarity_normal};
use crate::query::{NameKind, PreparedName};
use crate::score::{token_bits, Frequencies, L0};
use crate::text::Script;
use crate::translit;

/// How two name tokens were found to agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenMatchKind {
    /// Same spelling.
    Exact,
    /// Spellings of one name (shared variant group or normal form).
    Variant,
    /// Close spellings.
    Fuzzy,
    /// Another script, matched through transliteration or consonant skeleton.
    CrossScript,
    /// An initial standing for the name part.
    Initial,
    /// One token on one side matches two joined tokens on the other.
    Joined,
    /// A document name cut short: the query's last part is the start of the listed part.
    Truncated,
}

/// Pairs of names that are spelled alike but are different names: their similarity is capped.
const DISTINCT_NAMES: &[(&str, &[&str])] = &[
    ("hasan", &["husain", "husein", "hosein", "husin"]),
    ("muhamad", &["mahmud", "mahmod"]),
    ("aslam", &["akram", "asam"]),
    ("navid", &["nadim"]),
    ("abdulah", &["ubaidulah", "ubaydulah"]),
];

/// How alike a truncated part and the listed part it begins are: a spelling of the part, as
/// far as it goes.
const TRUNCATED_SIM: f32 = 0.95;

/// Whether a spelling of `cut` (three letters or more) is, up to spelling, the start of a
/// longer spelling of `full` (HUSSE of Hussain, ABDULRAH of Abdulrahman).
fn starts(cut: &NameToken, full: &NameToken) -> bool {
    cut.forms.iter().any(|a| {
        let n = a.chars().count();
        n >= 3
            && full.forms.iter().any(|b| {
                let head: String = b.chars().take(n).collect();
                b.chars().count() > n && crate::phonetic::similarity(a, &head) >= 0.9
            })
    })
}

fn distinct(a: &str, b: &str) -> bool {
    DISTINCT_NAMES.iter().any(|(x, ys)| {
        (a.starts_with(x) && ys.iter().any(|y| b.starts_with(y)))
            || (b.starts_with(x) && ys.iter().any(|y| a.starts_with(y)))
    })
}

/// Similarity of two tokens in [0, 1] and how they agree.
pub fn token_similarity(q: &NameToken, c: &NameToken) -> (f32, TokenMatchKind) {
    if q.role == Role::Initial || c.role == Role::Initial {
        let (a, b) = (q.primary(), c.primary());
        let initial_ok = !a.is_empty() && !b.is_empty() && a.as_bytes()[0] == b.as_bytes()[0];
        return (if initial_ok { 0.8 } else { 0.0 }, TokenMatchKind::Initial);
    }
    let cross = q.script != c.script;
    // Not for a token written with Persian or Urdu letters for p, ch, zh, g: that alphabet
    // tells them apart, so its ب ج are b and j.
    let abjad_side =
        |t: &NameToken| t.script == Script::Arabic && !t.original.contains(['پ', 'چ', 'ژ', 'گ']);
    let abjad = cross && (abjad_side(q) || abjad_side(c));
    // Only Arabic script leaves vowels unwritten: against it, what is written (the consonants)
    // is what can agree. Cyrillic, Greek, Han and Hangul write their vowels, and their
    // consonants alone agree by chance (吴超磊 wu chaolei / CHO IL U).
    let arabic = cross && (q.script == Script::Arabic || c.script == Script::Arabic);
    let mut best = (0.0f32, TokenMatchKind::Fuzzy);
    for (i, (fq, nq)) in q.forms.iter().zip(&q.norms).enumerate() {
        for (j, (fc, nc)) in c.forms.iter().zip(&c.norms).enumerate() {
            let s = if fq == fc {
                if i == 0 && j == 0 && !cross {
                    1.0
                } else {
                    0.97
                }
            } else {
                let mut s = similarity_normal(nq, nc);
                // Letters an abjad writes alike (p/b, v/f) count as one across it.
                let folded = if abjad && s < 0.95 {
                    (abjad_fold(nq), abjad_fold(nc))
                } else {
                    (None, None)
                };
                let (aq, ac) = (
                    folded.0.as_deref().unwrap_or(nq),
                    folded.1.as_deref().unwrap_or(nc),
                );
                if folded.0.is_some() || folded.1.is_some() {
                    s = s.max(0.95 * similarity_normal(aq, ac));
                }
                if arabic && s < 0.95 {
                    // Arabic script writes no short vowels: compare what it does write.
                    let (dq, dc) = (devowel(aq), devowel(ac));
                    let d = if dq.len() >= 2 && dq == dc {
                        0.95
                    } else {
                        0.93 * similarity_normal(&dq, &dc)
                    };
                    s.max(d)
                } else if cross && s < CONSONANTS_ONLY_SIM {
                    // Other scripts write vowels, but romanise them many ways (Доку Dokka,
                    // Doku): the same consonants are weak evidence, too weak to join parts.
                    let (dq, dc) = (devowel(aq), devowel(ac));
                    if dq.len() >= 2 && dq == dc {
                        CONSONANTS_ONLY_SIM
                    } else {
                        s
                    }
                } else {
                    s
                }
            };
            if s <= best.0 {
                continue;
            }
            if s >= MIN_SIM && distinct(nq, nc) {
                best = best.max_by(0.4, TokenMatchKind::Fuzzy);
                continue;
            }
            let kind = if cross {
                TokenMatchKind::CrossScript
            } else if s >= 0.999 {
                TokenMatchKind::Exact
            } else if s >= 0.97 {
                TokenMatchKind::Variant
            } else {
                TokenMatchKind::Fuzzy
            };
            best = (s, kind);
        }
    }
    // Two romanisations of one Arabic name, as the learned table spells it, are that name
    // (Ahmad / Ahmed, Osman / Usman): like one normal form.
    if best.0 < 0.97
        && !cross
        && q.script == Script::Latin
        && translit::same_arabic_name(q.primary(), c.primary())
        && !distinct(&q.norms[0], &c.norms[0])
    {
        best = (0.97, TokenMatchKind::Variant);
    }
    if best.0 < 0.95 && q.groups.iter().any(|g| c.groups.contains(g)) {
        best = (
            0.95,
            if cross {
                TokenMatchKind::CrossScript
            } else {
                TokenMatchKind::Variant
            },
        );
    }
    if arabic
        && best.0 < 0.86
        && q.skeletons
            .iter()
            .any(|k| k.len() >= 2 && c.skeletons.contains(k))
        && !initial_vowels_disagree(q, c)
    {
        best = (0.86, TokenMatchKind::CrossScript);
    }
    best
}

/// Whether an Arabic-script token and a Latin one disagree on starting with a vowel, which
/// their consonant skeletons do not show. Arabic script writes a name's first vowel with a
/// letter (ا, ع or a hamza: أحمد Ahmad, عمر Omar), so a Latin name that begins with one is
/// not a name that begins with ج (Ajili / جليلي Jalili), nor the other way round. A first و
/// or ي may be either (Yusuf, Ismail / يسماعيل), and is not judged.
fn initial_vowels_disagree(q: &NameToken, c: &NameToken) -> bool {
    let (arabic, latin) = match (q.script, c.script) {
        (Script::Arabic, Script::Latin) => (q, c),
        (Script::Latin, Script::Arabic) => (c, q),
        _ => return false,
    };
    let (Some(a), Some(l)) = (
        arabic.original.chars().next(),
        latin.forms.first().and_then(|f| f.chars().next()),
    ) else {
        return false;
    };
    if matches!(a, 'و' | 'ي') {
        return false;
    }
    let arabic_vowel = matches!(a, 'ا' | 'ع' | 'ء' | 'ئ' | 'ؤ');
    let latin_vowel = matches!(l, 'a' | 'e' | 'i' | 'o' | 'u');
    arabic_vowel != latin_vowel
}

trait MaxBy {
    fn max_by(self, s: f32, k: TokenMatchKind) -> Self;
}

impl MaxBy for (f32, TokenMatchKind) {
    fn max_by(self, s: f32, k: TokenMatchKind) -> Self {
        if s > self.0 {
            (s, k)
        } else {
            self
        }
    }
}

/// Token similarities already computed during one query: listed tokens repeat across
/// candidates (`hussein` in many names), so each distinct one is compared once per query token.
#[derive(Default)]
pub struct SimilarityCache {
    map: HashMap<(u32, u32), (f32, TokenMatchKind), BuildHasherDefault<PairHasher>>,
}

/// A multiplicative hasher for the cache's two small integer keys.
#[derive(Default)]
pub struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(32) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl SimilarityCache {
    fn similarity(&mut self, q_key: u32, q: &NameToken, c: &NameToken) -> (f32, TokenMatchKind) {
        if c.id == NameToken::NO_ID || q_key == NameToken::NO_ID {
            return token_similarity(q, c);
        }
        *self
            .map
            .entry((q_key, c.id))
            .or_insert_with(|| token_similarity(q, c))
    }
}

/// One aligned pair of name parts in an explanation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PartMatch {
    pub query: String,
    pub candidate: String,
    pub kind: TokenMatchKind,
    pub similarity: f32,
    /// Bits this agreement contributed.
    pub bits: f32,
    /// The estimated share of people carrying this part.
    pub frequency: f32,
}

/// A name part without a counterpart, and what it cost.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PartUnmatched {
    pub part: String,
    pub side: &'static str,
    pub role: Role,
    pub bits: f32,
}

/// How a query name compared with one candidate name.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NameComparison {
    pub query_name: String,
    pub candidate_name: String,
    pub candidate_kind: NameKind,
    pub matched: Vec<PartMatch>,
    pub unmatched: Vec<PartUnmatched>,
    /// True when every part on both sides agreed closely: the full name matched.
    pub full_match: bool,
    pub bits: f32,
}

/// One or two adjacent token positions on one side of an alignment.
#[derive(Clone, Copy)]
struct Span {
    idx: [usize; 2],
    len: usize,
}

impl Span {
    fn one(i: usize) -> Span {
        Span {
            idx: [i, i],
            len: 1,
        }
    }

    fn two(i: usize, j: usize) -> Span {
        Span {
            idx: [i, j],
            len: 2,
        }
    }

    fn first(&self) -> usize {
        self.idx[0]
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.idx[..self.len].iter().copied()
    }
}

/// How alike two parts in two scripts that write vowels are when only their consonants agree.
const CONSONANTS_ONLY_SIM: f32 = 0.86;

/// Bits against a pair of parts left over on both sides.
const CONFLICT_PENALTY: f32 = 2.5;

/// A first name left over with fewer bits than this (Muhammad, Ali) does not mark a shifted
/// name chain: it is often left out.
const CHAIN_SHIFT_MIN_BITS: f32 = 4.5;

/// The minimum similarity for two parts to be aligned at all.
const MIN_SIM: f32 = 0.72;

/// Weight of an agreement of similarity `s`: 1 for equal spellings, falling to 0 at MIN_SIM.
fn agreement_weight(s: f32) -> f32 {
    ((s - MIN_SIM) / (1.0 - MIN_SIM)).clamp(0.0, 1.0).powf(0.8)
}

/// Bits against a part of `bits` information that the other side does not give, on either
/// side: lists omit family names as often as travellers omit fathers' names.
fn missing_penalty(bits: f32) -> f32 {
    0.5 + 0.15 * bits.min(12.0)
}

/// The evidence a full-name match is raised to: an exact match on a listed full name always
/// reaches the default threshold, however common the name, and a rarer name still ranks above
/// a common one (`bits` is the name's own evidence).
fn full_match_floor(bits: f32) -> f32 {
    L0 + 0.2 + 0.05 * bits.clamp(0.0, 20.0)
}

/// Compares two parsed names.
pub fn compare_names(q: &PreparedName, c: &PreparedName, freq: &dyn Frequencies) -> NameComparison {
    compare_names_cached(
        q,
        NameToken::NO_ID,
        c,
        freq,
        &mut SimilarityCache::default(),
        true,
    )
}

/// [`compare_names`] with a per-query cache; `q_key` names the query name (its index among
/// the query's names), or is [`NameToken::NO_ID`] to bypass the cache. Without `explain`
/// only the bits and `full_match` are computed: the part lists and names stay empty, which
/// saves their allocations for the many candidates that are not shown.
pub fn compare_names_cached(
    q: &PreparedName,
    q_key: u32,
    c: &PreparedName,
    freq: &dyn Frequencies,
    cache: &mut SimilarityCache,
    explain: bool,
) -> NameComparison {
    let qt = &q.name.tokens[..];
    let ct = &c.name.tokens[..];
    let is_core = |t: &NameToken| matches!(t.role, Role::Part | Role::Initial);
    let q_idx: Vec<usize> = (0..qt.len())
        .filter(|&i| is_core(&qt[i]) || qt[i].role == Role::Relative)
        .collect();
    let c_idx: Vec<usize> = (0..ct.len())
        .filter(|&i| ct[i].role != Role::Honorific)
        .collect();

    // Candidate alignments: single pairs, plus a token on one side against two adjacent
    // tokens joined on the other (`Ziaulhaq` / `Zia ul Haq`).
    struct Cand {
        sim: f32,
        kind: TokenMatchKind,
        qs: Span,
        cs: Span,
    }
    let mut cands: Vec<Cand> = Vec::new();
    for &i in &q_idx {
        for &j in &c_idx {
            let key = if q_key == NameToken::NO_ID {
                NameToken::NO_ID
            } else {
                (q_key << 8) | i as u32
            };
            let (mut s, mut k) = cache.similarity(key, &qt[i], &ct[j]);
            if q.truncated == Some(i) && s < TRUNCATED_SIM && starts(&qt[i], &ct[j]) {
                (s, k) = (TRUNCATED_SIM, TokenMatchKind::Truncated);
            }
            if s >= MIN_SIM {
                cands.push(Cand {
                    sim: s,
                    kind: k,
                    qs: Span::one(i),
                    cs: Span::one(j),
                });
            }
        }
    }
    // Joins are tried only for parts that found no good single counterpart, which keeps the
    // common case (every part has one) free of allocations.
    let mut best_q = vec![0.0f32; qt.len()];
    let mut best_c = vec![0.0f32; ct.len()];
    for c in &cands {
        best_q[c.qs.first()] = best_q[c.qs.first()].max(c.sim);
        best_c[c.cs.first()] = best_c[c.cs.first()].max(c.sim);
    }
    // Joined as the parser joins a compound written as one word (Abdul Habib / عبدالحبيب:
    // abdhabib), so the two meet: the whole as the tables spell it when they know it (خامنه
    // ای: khamenei), else each part's first two spellings put together (علی زاده: alizadeh,
    // not only ali + zade).
    let joined = |a: &NameToken, b: &NameToken| -> NameToken {
        let original = format!("{}{}", a.original, b.original);
        let mut forms: Vec<String> = Vec::new();
        let mut push = |f: &str| {
            let f = crate::names::canonical_compound(f);
            if !forms.contains(&f) {
                forms.push(f);
            }
        };
        if a.script == b.script && a.script != Script::Latin {
            for f in translit::learned(&original, a.script).iter().take(2) {
                push(f);
            }
        }
        for x in a.forms.iter().take(2) {
            for y in b.forms.iter().take(2) {
                push(&format!("{x}{y}"));
            }
        }
        let mut t = NameToken::new(original, a.script, forms, Role::Part);
        t.norms = t
            .forms
            .iter()
            .map(|f| crate::phonetic::normal_form(f))
            .collect();
        t
    };
    // A token can be two joined ones only if it starts alike and is about as long as both.
    // Across scripts the first letters may differ (غلام: gholam, qolam).
    let plausible_join = |one: &NameToken, a: &NameToken, b: &NameToken| {
        let (o, x, y) = (one.norms.first(), a.norms.first(), b.norms.first());
        match (o, x, y) {
            (Some(o), Some(x), Some(y)) => {
                let joined_len = (x.len() + y.len()) as f32;
                (one.script != a.script || o.as_bytes().first() == x.as_bytes().first())
                    && (o.len() as f32) >= 0.7 * joined_len
                    && (o.len() as f32) <= 1.4 * joined_len
            }
            _ => false,
        }
    };
    let weak_q: Vec<usize> = q_idx.iter().copied().filter(|&i| best_q[i] < 0.9).collect();
    if !weak_q.is_empty() {
        for w in c_idx.windows(2) {
            if w[1] != w[0] + 1 {
                continue;
            }
            let Some(&i0) = weak_q
                .iter()
                .find(|&&i| plausible_join(&qt[i], &ct[w[0]], &ct[w[1]]))
            else {
                continue;
            };
            let jt = joined(&ct[w[0]], &ct[w[1]]);
            for &i in weak_q.iter().filter(|&&i| i >= i0) {
                if !plausible_join(&qt[i], &ct[w[0]], &ct[w[1]]) {
                    continue;
                }
                let (s, _) = token_similarity(&qt[i], &jt);
                if s >= 0.9 {
                    cands.push(Cand {
                        sim: s,
                        kind: TokenMatchKind::Joined,
                        qs: Span::one(i),
                        cs: Span::two(w[0], w[1]),
                    });
                }
            }
        }
    }
    let weak_c: Vec<usize> = c_idx.iter().copied().filter(|&j| best_c[j] < 0.9).collect();
    if !weak_c.is_empty() {
        for w in q_idx.windows(2) {
            if w[1] != w[0] + 1 {
                continue;
            }
            if !weak_c
                .iter()
                .any(|&j| plausible_join(&ct[j], &qt[w[0]], &qt[w[1]]))
            {
                continue;
            }
            let jt = joined(&qt[w[0]], &qt[w[1]]);
            for &j in &weak_c {
                if !plausible_join(&ct[j], &qt[w[0]], &qt[w[1]]) {
                    continue;
                }
                let (s, _) = token_similarity(&jt, &ct[j]);
                if s >= 0.9 {
                    cands.push(Cand {
                        sim: s,
                        kind: TokenMatchKind::Joined,
                        qs: Span::two(w[0], w[1]),
                        cs: Span::one(j),
                    });
                }
            }
        }
    }
    // Greedy assignment, best first; on ties prefer the rarer part.
    cands.sort_by(|a, b| b.sim.total_cmp(&a.sim).then(b.cs.len.cmp(&a.cs.len)));
    // Where each side's token went on the other side (a pair's first token); `None` while
    // unused.
    let mut q_to_c: Vec<Option<usize>> = vec![None; qt.len()];
    let mut c_to_q: Vec<Option<usize>> = vec![None; ct.len()];
    let mut matched = Vec::new();
    let mut n_matched = 0usize;
    let mut bits = 0.0f32;
    let mut min_sim = 1.0f32;
    for cand in cands {
        if cand.qs.iter().any(|i| q_to_c[i].is_some())
            || cand.cs.iter().any(|j| c_to_q[j].is_some())
        {
            continue;
        }
        let info_q: f32 = cand.qs.iter().map(|i| token_bits(&qt[i], freq)).sum();
        let info_c: f32 = cand.cs.iter().map(|j| token_bits(&ct[j], freq)).sum();
        let info = info_q.min(info_c);
        let w = agreement_weight(cand.sim);
        let initial = cand.kind == TokenMatchKind::Initial;
        // A father's name or patronymic that agrees is weaker evidence than the person's own
        // name: many share a father's name (Petrovich).
        let relative = cand.qs.iter().any(|i| qt[i].role == Role::Relative)
            || cand.cs.iter().any(|j| ct[j].role == Role::Relative);
        let b = if initial {
            1.5
        } else if relative {
            0.5 * w * info
        } else {
            w * info - (1.0 - w) * missing_penalty(info)
        };
        for i in cand.qs.iter() {
            q_to_c[i] = Some(cand.cs.first());
        }
        for j in cand.cs.iter() {
            c_to_q[j] = Some(cand.qs.first());
        }
        if !initial {
            min_sim = min_sim.min(cand.sim);
        }
        bits += b;
        n_matched += 1;
        if explain {
            matched.push(PartMatch {
                query: cand
                    .qs
                    .iter()
                    .map(|i| qt[i].original.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                candidate: cand
                    .cs
                    .iter()
                    .map(|j| ct[j].original.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                kind: cand.kind,
                similarity: cand.sim,
                bits: b,
                frequency: 2f32.powf(-info),
            });
        }
    }
    let mut unmatched = Vec::new();
    // Leftover parts per side: (own name parts, fathers' names).
    let (mut left_q, mut left_c) = ((0usize, 0usize), (0usize, 0usize));
    let mut full = n_matched > 0;
    for &i in &q_idx {
        if q_to_c[i].is_some() {
            continue;
        }
        let t = &qt[i];
        let b = match t.role {
            Role::Relative => 0.0,
            Role::Initial => -1.0,
            _ => -missing_penalty(token_bits(t, freq)),
        };
        match t.role {
            Role::Part => left_q.0 += 1,
            Role::Relative => left_q.1 += 1,
            _ => {}
        }
        if t.role != Role::Relative {
            full = false;
        }
        bits += b;
        if explain {
            unmatched.push(PartUnmatched {
                part: t.original.clone(),
                side: "query",
                role: t.role,
                bits: b,
            });
        }
    }
    for &j in &c_idx {
        if c_to_q[j].is_some() {
            continue;
        }
        let t = &ct[j];
        let b = if t.role == Role::Relative {
            0.0
        } else {
            -missing_penalty(token_bits(t, freq))
        };
        match t.role {
            Role::Part => left_c.0 += 1,
            Role::Relative => left_c.1 += 1,
            _ => {}
        }
        // A father's name the query does not give leaves the person's own name whole, on
        // either side.
        if t.role != Role::Relative {
            full = false;
        }
        bits += b;
        if explain {
            unmatched.push(PartUnmatched {
                part: t.original.clone(),
                side: "candidate",
                role: t.role,
                bits: b,
            });
        }
    }
    // In an Arabic name chain the first part is the person's own name and the next their
    // father's. A first name left over on one side while the other side's first name matched a
    // later part there is a son or daughter and their father (Aisha Muammar Qadhafi / Muammar
    // Qadhafi), not an omission. A common first name (Muhammad Ayub Khan / Ayub Khan) is
    // often left out and is spared.
    // The first three name parts of a side, without allocating: this runs for every candidate.
    let first_parts = |ts: &[NameToken], idx: &[usize]| {
        let mut it = idx.iter().copied().filter(|&i| ts[i].role == Role::Part);
        [it.next(), it.next(), it.next()]
    };
    let (qp, cp) = (first_parts(qt, &q_idx), first_parts(ct, &c_idx));
    // A chain needs two names on each side.
    if let ([Some(qf), Some(q2), q3], [Some(cf), Some(c2), c3]) = (qp, cp) {
        let shifted_q = q_to_c[qf].is_none()
            && c_to_q[cf].is_some_and(|i| i > qf)
            && token_bits(&qt[qf], freq) > CHAIN_SHIFT_MIN_BITS;
        let shifted_c = c_to_q[cf].is_none()
            && q_to_c[qf].is_some_and(|j| j > cf)
            && token_bits(&ct[cf], freq) > CHAIN_SHIFT_MIN_BITS;
        // Or the first two names swapped between the sides of a chain of three or more
        // (Ibrahim Mohammed Omar / Mohammad Ibrahim Omari: two men, each the other's father's
        // namesake). Two-part names are left alone: surname-first order swaps them.
        let swapped =
            q3.is_some() && c3.is_some() && q_to_c[qf] == Some(c2) && c_to_q[cf] == Some(q2);
        // Only where names are such chains (Francisco Javier / Javier is one Spaniard): one of
        // the two first names is a usual name there, or a compound only such names make.
        let chain_name = |t: &NameToken| {
            t.script == Script::Arabic
                || std::iter::once(t.original.as_str())
                    .chain(t.forms.iter().map(String::as_str))
                    .any(|f| {
                        translit::chain_naming(f)
                            || (f.len() > 5
                                && (f.starts_with("abd")
                                    || f.ends_with("ullah")
                                    || f.ends_with("uddin")))
                    })
        };
        if (shifted_q || shifted_c || swapped) && (chain_name(&qt[qf]) || chain_name(&ct[cf])) {
            bits -= CONFLICT_PENALTY;
            full = false;
            if explain {
                unmatched.push(PartUnmatched {
                    part: "first names in different places of the name chain".to_string(),
                    side: "both",
                    role: Role::Part,
                    bits: -CONFLICT_PENALTY,
                });
            }
        }
    }
    // Whether a title of one side is among the other side's titles.
    let titled = |t: &NameToken, others: &[NameToken]| {
        others
            .iter()
            .any(|o| o.role == Role::Honorific && token_similarity(t, o).0 >= 0.9)
    };
    // Shared honorifics are weak evidence; a missing one costs nothing.
    for t in qt.iter().filter(|t| t.role == Role::Honorific) {
        if titled(t, ct) {
            bits += 0.5;
        }
    }
    // A part left over on both sides is a disagreement, not an omission: two people who share
    // given names but not a family name (Mark John Fischer / Mark John Taylor).
    // Likewise fathers' names (patronymics) that both sides give and that differ.
    let conflicts = left_q.0.min(left_c.0) + left_q.1.min(left_c.1);
    // Two different fathers' names: not the same full name.
    if left_q.1 > 0 && left_c.1 > 0 {
        full = false;
    }
    if conflicts > 0 {
        let b = -CONFLICT_PENALTY * conflicts as f32;
        bits += b;
        if explain {
            unmatched.push(PartUnmatched {
                part: format!("{conflicts} part(s) disagree"),
                side: "both",
                role: Role::Part,
                bits: b,
            });
        }
    }
    // A listed name that is one part once its titles are set aside (`MUHAMMAD, Sahib`, `SAYED,
    // Khan`, `NOORULLAH, Haji`) is that full name only with its titles: a traveller called
    // Muhammad, Khan or Noorullah matched a part, not the name, and is scored on that part.
    if full
        && n_matched == 1
        && ct
            .iter()
            .any(|c| c.role == Role::Honorific && !titled(c, qt))
    {
        full = false;
    }
    // Only the same spelling (up to its normal form) counts as the full name: a variant of a
    // common full name (Hassan Ahmed / Hasan Ahmad) is evidence like any other.
    let full_match = full && min_sim >= 0.97;
    if full_match {
        bits = bits.max(full_match_floor(bits));
    }
    if c.kind == NameKind::WeakAlias && bits > 0.0 {
        bits *= 0.7;
    }
    let text = |t: &String| if explain { t.clone() } else { String::new() };
    NameComparison {
        query_name: text(&q.text),
        candidate_name: text(&c.text),
        candidate_kind: c.kind,
        matched,
        unmatched,
        full_match,
        bits,
    }
}
