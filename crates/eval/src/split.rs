//! The tuning and test parts, by a stable hash of a key, and the small deterministic random
//! number generator the population generator draws from.
//!
//! A case belongs to a part by its key (the listed entity's id), so a person never has cases
//! on both sides, and the assignment does not move when lists, rules or code around it change.

use serde::Serialize;

/// One of the two halves of the labelled data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    /// For looking at misses and setting constants.
    Tune,
    /// For reporting only: nothing is set by looking at it.
    Test,
}

/// Which part(s) an evaluation runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Selection {
    Tune,
    #[default]
    Test,
    All,
}

impl Selection {
    pub fn parse(s: &str) -> Option<Selection> {
        match s.to_ascii_lowercase().as_str() {
            "tune" => Some(Selection::Tune),
            "test" => Some(Selection::Test),
            "all" => Some(Selection::All),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Selection::Tune => "tune",
            Selection::Test => "test",
            Selection::All => "all",
        }
    }

    pub fn contains(self, split: Split) -> bool {
        match self {
            Selection::Tune => split == Split::Tune,
            Selection::Test => split == Split::Test,
            Selection::All => true,
        }
    }

    /// The parts selected, in order.
    pub fn splits(self) -> Vec<Split> {
        [Split::Tune, Split::Test]
            .into_iter()
            .filter(|s| self.contains(*s))
            .collect()
    }
}

/// The part a key belongs to: about half of all keys each.
pub fn split_of(key: &str) -> Split {
    if stable_hash(key) >> 63 == 0 {
        Split::Tune
    } else {
        Split::Test
    }
}

/// A 64-bit hash that is the same on every platform and in every release: FNV-1a over the
/// bytes, then SplitMix64's finaliser so that every bit depends on every byte (FNV-1a's low
/// bits alone do not).
pub fn stable_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// SplitMix64: small, fast, and the same sequence everywhere for a seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// A uniform number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A uniform integer in `[0, n)`; `n` must be positive.
    pub fn below(&mut self, n: u64) -> u64 {
        // The modulo bias is below 2^-40 for the small n drawn here.
        self.next_u64() % n.max(1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_splits_evenly() {
        // Pinned: changing the hash would move every case to another part.
        assert_eq!(stable_hash(""), mix(0xcbf2_9ce4_8422_2325));
        assert_eq!(split_of("un:QDi.312"), split_of("un:QDi.312"));
        let tune = (0..10_000)
            .filter(|i| split_of(&format!("ofac:{i}")) == Split::Tune)
            .count();
        assert!((4_700..5_300).contains(&tune), "{tune}");
    }

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        for _ in 0..100 {
            let x = a.unit();
            assert_eq!(x, b.unit());
            assert!((0.0..1.0).contains(&x));
            assert!(a.below(5) < 5);
            b.below(5);
        }
    }

    #[test]
    fn selection_parses() {
        assert_eq!(Selection::parse("TEST"), Some(Selection::Test));
        assert_eq!(Selection::parse("x"), None);
        assert_eq!(Selection::All.splits(), [Split::Tune, Split::Test]);
        assert!(!Selection::Tune.contains(Split::Test));
    }
}
