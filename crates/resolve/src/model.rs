//! The Fellegi–Sunter model: for each comparison level, m (the probability of the level
//! among matches) and u (among non-matches). A pair's match weight is the prior log-odds plus,
//! for each comparison, log2(m/u) of its level, plus a term-frequency adjustment when an exact
//! agreement is on a rarer (or commoner) value than average.
//!
//! u is estimated from random pairs (almost all non-matches); m by expectation-maximisation
//! over the candidate pairs' comparison patterns, without labels; or from labelled pairs when
//! the inputs carry labels. EM works on a histogram of patterns, so its cost does not grow
//! with the number of pairs.

use crate::compare::{level_of, pattern, Comparator, Memo, Pattern, LEVEL_NULL};
use crate::config::{LinkType, Training};
use crate::data::Dataset;
use crate::hash::FxHashMap;

/// Counts of comparison patterns.
pub type Histogram = FxHashMap<Pattern, u64>;

/// Adds `b` into `a`.
pub fn merge(a: &mut Histogram, b: Histogram) {
    for (k, v) in b {
        *a.entry(k).or_insert(0) += v;
    }
}

/// How m was estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MSource {
    Em,
    Labels,
}

/// The trained model.
#[derive(Debug, Clone)]
pub struct Model {
    /// Probability that two random records (of the allowed pairs) match.
    pub prior: f64,
    /// Per comparison, per level (0 = null, unused).
    pub m: Vec<Vec<f64>>,
    pub u: Vec<Vec<f64>>,
    /// log2(m/u) per comparison and level; 0 for null.
    pub bits: Vec<Vec<f32>>,
    /// Per comparison with TF: bits added to exact agreement on each value id.
    pub tf: Vec<Option<Vec<f32>>>,
    /// Share of candidate pairs that EM found to be matches.
    pub em_lambda: f64,
    pub em_iterations: u32,
    pub m_source: MSource,
    pub u_pairs: u64,
}

impl Model {
    /// Log-odds (bits) of the prior.
    pub fn prior_bits(&self) -> f32 {
        (self.prior / (1.0 - self.prior)).log2() as f32
    }

    /// Match weight of a pair with pattern `p` (records `x`, `y`).
    #[inline]
    pub fn weight(&self, data: &Dataset, comps: &[Comparator], p: Pattern, x: u32) -> f32 {
        let mut w = self.prior_bits();
        for (i, c) in comps.iter().enumerate() {
            let l = level_of(p, i);
            w += self.bits[i][l as usize];
            if l == c.exact_level() {
                if let Some(t) = &self.tf[i] {
                    w += t[data.cell(x, c.prop) as usize];
                }
            }
        }
        w
    }
}

/// Probability of a match weight.
pub fn probability(w: f32) -> f64 {
    let o = 2f64.powf(w as f64);
    o / (1.0 + o)
}

/// Weight of a probability.
pub fn weight_of(p: f64) -> f32 {
    (p / (1.0 - p)).log2() as f32
}

/// A small deterministic generator (SplitMix64) for sampling.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
}

/// Number of allowed pairs among all records.
pub fn total_pairs(data: &Dataset, link: LinkType) -> f64 {
    let sizes: Vec<f64> = data
        .source_start
        .windows(2)
        .map(|w| (w[1] - w[0]) as f64)
        .collect();
    let n: f64 = sizes.iter().sum();
    let within: f64 = sizes.iter().map(|s| s * (s - 1.0) / 2.0).sum();
    match link {
        LinkType::LinkOnly => n * (n - 1.0) / 2.0 - within,
        LinkType::DedupeOnly => within,
        LinkType::LinkAndDedupe => n * (n - 1.0) / 2.0,
    }
}

/// Estimates u per comparison level from random allowed pairs (in parallel, deterministic).
pub fn estimate_u(
    data: &Dataset,
    comps: &[Comparator],
    link: LinkType,
    t: &Training,
) -> (Vec<Vec<f64>>, u64) {
    use rayon::prelude::*;
    let sizes: Vec<u64> = data
        .source_start
        .windows(2)
        .map(|w| (w[1] - w[0]) as u64)
        .collect();
    let n = data.len() as u64;
    let jobs = 64u64;
    let per_job = t.u_pairs.div_ceil(jobs);
    let counts: Vec<Vec<Vec<u64>>> = (0..jobs)
        .into_par_iter()
        .map(|job| {
            let mut rng = Rng::new(t.seed.wrapping_mul(1_000_003).wrapping_add(job));
            let mut memo = Memo::new(comps.len());
            let mut counts: Vec<Vec<u64>> = comps.iter().map(|c| vec![0; c.n_levels()]).collect();
            let mut done = 0;
            let mut tries = 0;
            while done < per_job && tries < per_job * 20 && n > 1 {
                tries += 1;
                let x = rng.below(n) as u32;
                let sx = data.source(x) as usize;
                let (start, size) = (data.source_start[sx] as u64, sizes[sx]);
                let y = match link {
                    LinkType::LinkOnly => {
                        if n == size {
                            break;
                        }
                        // Uniform among the other inputs' records.
                        let i = rng.below(n - size);
                        (if i >= start { i + size } else { i }) as u32
                    }
                    LinkType::DedupeOnly => (start + rng.below(size)) as u32,
                    LinkType::LinkAndDedupe => rng.below(n) as u32,
                };
                if x == y {
                    continue;
                }
                let p = pattern(data, comps, &mut memo, x, y);
                for (i, c) in counts.iter_mut().enumerate() {
                    c[level_of(p, i) as usize] += 1;
                }
                done += 1;
            }
            counts
        })
        .collect();
    let mut total: Vec<Vec<u64>> = comps.iter().map(|c| vec![0; c.n_levels()]).collect();
    let mut sampled = 0;
    for c in &counts {
        sampled += c.first().map_or(0, |l| l.iter().sum::<u64>());
        for (i, lv) in c.iter().enumerate() {
            for (l, v) in lv.iter().enumerate() {
                total[i][l] += v;
            }
        }
    }
    let u = total
        .iter()
        .zip(comps)
        .map(|(lv, c)| {
            let top = c.exact_level() as usize;
            // Exact agreement is counted over all pairs, not sampled: its u is small and
            // decides much of a weight.
            let exact = exact_agreement(data, c, link).max(1e-12);
            let rest: u64 = lv[1..top].iter().sum();
            let k = (top - 1) as f64;
            let mut out = vec![0.0; lv.len()];
            for l in 1..top {
                // Add-half smoothing: a level never seen among random pairs is rare, not
                // impossible.
                out[l] = (1.0 - exact) * (lv[l] as f64 + 0.5) / (rest as f64 + 0.5 * k);
            }
            out[top] = exact;
            out
        })
        .collect();
    (u, sampled)
}

/// Share of allowed pairs, among those where both records have a value, with equal values.
pub fn exact_agreement(data: &Dataset, c: &Comparator, link: LinkType) -> f64 {
    let n_src = data.sources.len();
    let n_val = data.values[c.prop].len();
    let mut counts = vec![0u64; n_src * n_val];
    let mut filled = vec![0f64; n_src];
    for s in 0..n_src {
        for r in data.source_start[s]..data.source_start[s + 1] {
            let v = data.cell(r, c.prop);
            if v != crate::data::NULL {
                counts[v as usize * n_src + s] += 1;
                filled[s] += 1.0;
            }
        }
    }
    let mut agree = 0f64;
    for v in 0..n_val {
        let cs = &counts[v * n_src..(v + 1) * n_src];
        let n: f64 = cs.iter().map(|&x| x as f64).sum();
        let sq: f64 = cs.iter().map(|&x| (x as f64) * (x as f64)).sum();
        agree += match link {
            LinkType::LinkOnly => (n * n - sq) / 2.0,
            LinkType::DedupeOnly => cs.iter().map(|&x| x as f64 * (x as f64 - 1.0) / 2.0).sum(),
            LinkType::LinkAndDedupe => n * (n - 1.0) / 2.0,
        };
    }
    let n: f64 = filled.iter().sum();
    let sq: f64 = filled.iter().map(|x| x * x).sum();
    let pairs = match link {
        LinkType::LinkOnly => (n * n - sq) / 2.0,
        LinkType::DedupeOnly => filled.iter().map(|x| x * (x - 1.0) / 2.0).sum(),
        LinkType::LinkAndDedupe => n * (n - 1.0) / 2.0,
    };
    if pairs > 0.0 {
        agree / pairs
    } else {
        0.0
    }
}

fn initial_m(comps: &[Comparator]) -> Vec<Vec<f64>> {
    comps
        .iter()
        .map(|c| {
            let n = c.n_levels();
            let mut m = vec![0.0; n];
            // Most matches agree exactly; the rest spread over the lower levels.
            m[n - 1] = 0.85;
            let rest = 0.15 / (n - 2) as f64;
            for v in m.iter_mut().take(n - 1).skip(1) {
                *v = rest;
            }
            m
        })
        .collect()
}

/// Expectation-maximisation of m (and of the candidates' own u and share of matches) over a
/// histogram of candidate pairs' patterns. Returns (m, lambda, iterations).
pub fn em(
    hist: &Histogram,
    comps: &[Comparator],
    u_random: &[Vec<f64>],
    iterations: u32,
) -> (Vec<Vec<f64>>, f64, u32) {
    let pats: Vec<(Pattern, f64)> = hist.iter().map(|(&p, &n)| (p, n as f64)).collect();
    let total: f64 = pats.iter().map(|p| p.1).sum();
    let mut m = initial_m(comps);
    let mut u = u_random.to_vec();
    let mut lambda = 0.01f64;
    let mut it = 0;
    if total == 0.0 {
        return (m, 0.0, 0);
    }
    while it < iterations {
        it += 1;
        let mut mc: Vec<Vec<f64>> = comps.iter().map(|c| vec![0.0; c.n_levels()]).collect();
        let mut uc = mc.clone();
        let mut matches = 0.0;
        for &(p, n) in &pats {
            let (mut lm, mut lu) = (lambda, 1.0 - lambda);
            for i in 0..comps.len() {
                let l = level_of(p, i) as usize;
                if l as u8 != LEVEL_NULL {
                    lm *= m[i][l];
                    lu *= u[i][l];
                }
            }
            let pm = if lm + lu > 0.0 { lm / (lm + lu) } else { 0.0 };
            matches += pm * n;
            for i in 0..comps.len() {
                let l = level_of(p, i) as usize;
                mc[i][l] += pm * n;
                uc[i][l] += (1.0 - pm) * n;
            }
        }
        let new_lambda = matches / total;
        let mut delta = (new_lambda - lambda).abs();
        lambda = new_lambda;
        for i in 0..comps.len() {
            for (est, counts) in [(&mut m[i], &mc[i]), (&mut u[i], &uc[i])] {
                let filled: f64 = counts[1..].iter().sum();
                if filled <= 0.0 {
                    continue;
                }
                let k = (counts.len() - 1) as f64;
                for l in 1..counts.len() {
                    let v = (counts[l] + 1e-3) / (filled + 1e-3 * k);
                    delta = delta.max((v - est[l]).abs());
                    est[l] = v;
                }
            }
        }
        if delta < 1e-6 {
            break;
        }
    }
    (m, lambda, it)
}

/// m from labelled pairs: the level counts among candidate pairs with equal labels.
pub fn m_from_labels(level_counts: &[Vec<u64>]) -> Vec<Vec<f64>> {
    level_counts
        .iter()
        .map(|lv| {
            let filled: u64 = lv[1..].iter().sum();
            let k = (lv.len() - 1) as f64;
            let mut out = vec![0.0; lv.len()];
            for l in 1..lv.len() {
                out[l] = (lv[l] as f64 + 0.5) / (filled as f64 + 0.5 * k);
            }
            out
        })
        .collect()
}

/// Builds the model from its estimates: bits per level and TF tables.
pub fn build(
    data: &Dataset,
    comps: &[Comparator],
    m: Vec<Vec<f64>>,
    u: Vec<Vec<f64>>,
    prior: f64,
) -> Model {
    let bits = m
        .iter()
        .zip(&u)
        .map(|(m, u)| {
            let mut b: Vec<f32> = m
                .iter()
                .zip(u)
                .map(|(m, u)| {
                    if *u > 0.0 && *m > 0.0 {
                        (m / u).log2() as f32
                    } else {
                        0.0
                    }
                })
                .collect();
            b[LEVEL_NULL as usize] = 0.0;
            b
        })
        .collect();
    let tf = comps
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if !c.tf {
                return None;
            }
            let vals = &data.values[c.prop];
            let u_exact = u[i][c.exact_level() as usize];
            let filled = vals.filled.max(1) as f64;
            Some(
                vals.counts
                    .iter()
                    .map(|&n| {
                        let tf = (n as f64 / filled).max(1.0 / filled);
                        ((u_exact / tf).log2() as f32).clamp(-12.0, 12.0)
                    })
                    .collect(),
            )
        })
        .collect();
    Model {
        prior: prior.clamp(1e-12, 0.5),
        m,
        u,
        bits,
        tf,
        em_lambda: 0.0,
        em_iterations: 0,
        m_source: MSource::Em,
        u_pairs: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities() {
        assert!((probability(0.0) - 0.5).abs() < 1e-9);
        assert!((weight_of(0.8) - 2.0).abs() < 1e-6);
        assert!(probability(10.0) > 0.999);
    }

    #[test]
    fn rng_is_deterministic_and_bounded() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..100 {
            let x = a.below(10);
            assert_eq!(x, b.below(10));
            assert!(x < 10);
        }
    }
}
