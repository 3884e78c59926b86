//! The scoring model: one log-likelihood ratio over names, date of birth, nationality, gender
//! and identifiers, mapped to a score in (0, 1), with every contribution explained.
//!
//! Evidence is counted in bits (log2 of a likelihood ratio). Agreement on a name part is worth
//! about as many bits as the part is rare: `-log2 P(part)`, where `P` blends a population
//! prior with the frequency in the indexed lists ([`Frequencies`]). Agreeing on `Muhammad`
//! (about 1 man in 10) is worth 3 bits, on a rare family name 13 or more. Disagreements cost
//! bits. The sum `L` maps to `score = 1 / (1 + exp(-K (L - L0)))`, so the score rises with the
//! evidence and never saturates at 1.0; `L0` is where a score of 0.5 lies. See
//! `docs/SCORING.md` for the model and how its constants were set.

pub use crate::align::{
    compare_names, compare_names_cached, token_similarity, NameComparison, PartMatch,
    PartUnmatched, SimilarityCache, TokenMatchKind,
};
use crate::dates::{self, DateAgreement};
use crate::names::{NameToken, Spelling};
use crate::query::Prepared;

/// Bits at which the score is 0.5.
pub const L0: f32 = 10.5;
/// Steepness of the score curve, per bit.
pub const K: f32 = 0.4;
/// The default alert threshold on the score.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Maps evidence in bits to a score in (0, 1).
pub fn score_of_bits(bits: f32) -> f32 {
    1.0 / (1.0 + (-K * (bits - L0)).exp())
}

/// How often a name part occurs: a built-in population prior blended with list counts.
pub trait Frequencies {
    /// The relative frequency of a name part (its normal form) per person, in (0, 1).
    fn frequency(&self, form: &str) -> f32;
}

/// The floor for a part seen nowhere: about one person in 30,000 carries it.
pub const RARE_FREQUENCY: f32 = 3.0e-5;

/// The information of a token: bits of agreement on it, from its most common spelling.
/// Uses the value the index stored on the token when there is one.
pub fn token_bits(t: &NameToken, freq: &dyn Frequencies) -> f32 {
    if t.bits > 0.0 {
        return t.bits;
    }
    compute_token_bits(t, freq)
}

/// [`token_bits`] computed afresh from the frequencies.
pub fn compute_token_bits(t: &NameToken, freq: &dyn Frequencies) -> f32 {
    spelling_bits(&t.spelling, freq)
}

/// The bits of agreement on a spelling: `-log2` of the frequency of its most common form.
pub fn spelling_bits(t: &Spelling, freq: &dyn Frequencies) -> f32 {
    let p = t
        .norms
        .iter()
        .zip(&t.forms)
        .take(3)
        .map(|(n, f)| freq.frequency(n).max(freq.frequency(f)))
        .fold(RARE_FREQUENCY, f32::max);
    (-p.log2()).clamp(0.5, 15.0)
}

/// Stores [`compute_token_bits`] on every token of every name.
pub fn assign_bits(p: &mut Prepared, freq: &dyn Frequencies) {
    for n in &mut p.names {
        for t in &mut n.name.tokens {
            t.bits = compute_token_bits(t, freq);
        }
    }
}

/// One feature's contribution to a score.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Feature {
    /// `name`, `birthDate`, `nationality`, `gender`, `identifier`.
    pub feature: &'static str,
    pub bits: f32,
    pub detail: String,
    pub query: Option<String>,
    pub candidate: Option<String>,
}

/// Why a candidate scored what it did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Explanation {
    pub features: Vec<Feature>,
    /// The best-agreeing pair of names, part by part.
    pub name: Option<NameComparison>,
    /// The sum of all contributions, in bits.
    pub bits: f32,
}

/// The result of comparing a query with one candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub score: f32,
    pub explanation: Explanation,
}

/// Compares a prepared query with a prepared candidate.
pub fn compare(q: &Prepared, c: &Prepared, freq: &dyn Frequencies) -> Comparison {
    compare_cached(q, c, freq, &mut SimilarityCache::default(), true)
}

/// [`compare`] with a cache shared by all candidates of one query. Without `explain` the
/// score is the same but the name feature's texts are left empty (see
/// [`compare_names_cached`]): the index scores every candidate so, then explains the few it
/// returns.
pub fn compare_cached(
    q: &Prepared,
    c: &Prepared,
    freq: &dyn Frequencies,
    cache: &mut SimilarityCache,
    explain: bool,
) -> Comparison {
    let mut features = Vec::new();
    let mut best: Option<NameComparison> = None;
    for (qi, qn) in q.names.iter().enumerate() {
        // The cache key packs the query name's index above its token's; past 2^24 names or
        // 256 tokens the cache is bypassed.
        let q_key = if qi < (1 << 23) && qn.name.tokens.len() < 256 {
            qi as u32
        } else {
            NameToken::NO_ID
        };
        for cn in &c.names {
            let cmp = compare_names_cached(qn, q_key, cn, freq, cache, explain);
            if best.as_ref().is_none_or(|b| cmp.bits > b.bits) {
                best = Some(cmp);
            }
        }
    }
    if let Some(b) = best.as_ref().filter(|_| !explain) {
        features.push(Feature {
            feature: "name",
            bits: b.bits,
            detail: String::new(),
            query: None,
            candidate: None,
        });
    } else if let Some(b) = &best {
        let parts: Vec<String> = b
            .matched
            .iter()
            .map(|m| format!("{}~{} ({:?})", m.query, m.candidate, m.kind).to_lowercase())
            .collect();
        features.push(Feature {
            feature: "name",
            bits: b.bits,
            detail: if b.full_match {
                format!("full name agrees: {}", parts.join(", "))
            } else if parts.is_empty() {
                "no name part agrees".to_string()
            } else {
                format!("parts agree: {}", parts.join(", "))
            },
            query: Some(b.query_name.clone()),
            candidate: Some(b.candidate_name.clone()),
        });
    }
    if let Some(f) = birth_date_feature(q, c) {
        features.push(f);
    }
    if let Some(f) = country_feature(q, c) {
        features.push(f);
    }
    if let (Some(a), Some(b)) = (q.gender, c.gender) {
        let same = a == b;
        features.push(Feature {
            feature: "gender",
            bits: if same { 0.3 } else { -5.0 },
            detail: if same {
                "same gender"
            } else {
                "different gender"
            }
            .to_string(),
            query: Some(format!("{a:?}").to_lowercase()),
            candidate: Some(format!("{b:?}").to_lowercase()),
        });
    }
    if let Some(f) = identifier_feature(q, c) {
        features.push(f);
    }
    let bits: f32 = features.iter().map(|f| f.bits).sum();
    Comparison {
        score: score_of_bits(bits),
        explanation: Explanation {
            features,
            name: best,
            bits,
        },
    }
}

fn birth_date_feature(q: &Prepared, c: &Prepared) -> Option<Feature> {
    let mut best: Option<(DateAgreement, String, String)> = None;
    for a in &q.birth_dates {
        for b in &c.birth_dates {
            let agr = dates::compare(a, b);
            if best.as_ref().is_none_or(|(x, _, _)| agr < *x) {
                best = Some((agr, a.to_string(), b.to_string()));
            }
        }
    }
    let (agr, qa, cb) = best?;
    let (bits, detail) = match agr {
        DateAgreement::ExactDay => (12.0, "same date of birth"),
        DateAgreement::SameMonth => (5.0, "same month and year of birth"),
        DateAgreement::SameYear => (3.5, "same year of birth"),
        DateAgreement::SwappedDayMonth => (3.0, "same date with day and month swapped"),
        DateAgreement::SameYearDiffers => (-0.5, "same year, different day"),
        DateAgreement::NearYear => (-1.5, "years of birth one apart"),
        DateAgreement::FewYears => (-5.0, "years of birth 2 to 4 apart"),
        DateAgreement::Different => (-7.0, "years of birth 5 or more apart"),
    };
    Some(Feature {
        feature: "birthDate",
        bits,
        detail: detail.to_string(),
        query: Some(qa),
        candidate: Some(cb),
    })
}

fn country_feature(q: &Prepared, c: &Prepared) -> Option<Feature> {
    if q.countries.is_empty() || c.countries.is_empty() {
        return None;
    }
    let shared = q.countries.iter().find(|x| c.countries.contains(x));
    Some(match shared {
        Some(code) => Feature {
            feature: "nationality",
            bits: 1.5,
            detail: "shared country".to_string(),
            query: Some(code.clone()),
            candidate: Some(code.clone()),
        },
        None => Feature {
            feature: "nationality",
            bits: -2.0,
            detail: "no shared country".to_string(),
            query: Some(q.countries.join(", ")),
            candidate: Some(c.countries.join(", ")),
        },
    })
}

fn identifier_feature(q: &Prepared, c: &Prepared) -> Option<Feature> {
    if q.identifiers.is_empty() || c.identifiers.is_empty() {
        return None;
    }
    for (qp, qv) in &q.identifiers {
        for (cp, cv) in &c.identifiers {
            if qv == cv && crate::ids::comparable(qp, cp) {
                return Some(Feature {
                    feature: "identifier",
                    bits: 14.0,
                    detail: format!("same {cp}"),
                    query: Some(qv.clone()),
                    candidate: Some(cv.clone()),
                });
            }
        }
    }
    None
}
