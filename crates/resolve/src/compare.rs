//! Comparisons: each compares one property of two records and answers a discrete level.
//! Level 0 is "a value is missing", level 1 "else" (disagreement), the top level exact
//! agreement, and the levels between are degrees of closeness.
//!
//! Everything a comparison needs of a value (parsed name tokens, date parts, identifier
//! digits) is computed once per distinct value when the comparator is built; comparing two
//! records is then a pair of integer lookups and, when the values differ, one distance on
//! prepared data. Names go through nazar-core ([`nazar_core::names::parse`],
//! [`nazar_core::align::token_similarity`]), as in screening.

use std::sync::atomic::{AtomicU8, Ordering};

use nazar_core::align::token_similarity;
use nazar_core::names::{self, NameToken, Role};

use crate::config::{self, Kind};
use crate::data::{Dataset, NULL};
use crate::distance::{jaro_winkler, osa_bounded};
use crate::hash::FxHashMap;

/// Level of a missing value.
pub const LEVEL_NULL: u8 = 0;
/// Level of disagreement.
pub const LEVEL_ELSE: u8 = 1;

/// Prepared data of each distinct value.
enum Prepared {
    Name(Vec<Vec<NameToken>>),
    /// Bytes, and counts of letter classes for an upper bound of Jaro-Winkler.
    Text(Vec<(Box<[u8]>, [u8; 32])>),
    Date(Vec<Date>),
    /// Characters, and a histogram of them (4 bits per class) for a cheap lower bound.
    Id(Vec<(Box<[u8]>, u64)>),
    Exact,
    Email(Vec<(Box<str>, Box<str>)>),
}

#[derive(Clone, Copy, Default)]
struct Date {
    /// The digits as one integer, for a quick equality test.
    packed: u64,
    digits: [u8; 8],
    len: u8,
    year: i32,
    month: u8,
    day: u8,
}

/// One comparison of the model, ready to compare records of a [`Dataset`].
pub struct Comparator {
    /// Display name (the property).
    pub name: String,
    pub prop: usize,
    pub kind: Kind,
    pub tf: bool,
    /// Label of each level, from null (0) to exact (last).
    pub levels: Vec<String>,
    thresholds: Vec<f32>,
    edits: Vec<u32>,
    prepared: Prepared,
    /// Levels of value pairs, filled lazily, when the property has few distinct values
    /// (names, towns, postcodes repeat): a triangular table of nibbles holding level + 1,
    /// 0 until computed. Small enough to stay mostly in cache.
    table: Option<Vec<AtomicU8>>,
}

/// Largest number of distinct values that gets a dense table (at most 9 MB).
const DENSE_MAX: usize = 6_000;

impl Comparator {
    /// Prepares a comparison of `data`'s property `prop`.
    pub fn new(c: &config::Comparison, prop: usize, data: &Dataset) -> Comparator {
        let values = &data.values[prop].strings;
        let thresholds = c.thresholds.clone().unwrap_or_else(|| match c.kind {
            Kind::Name => vec![0.9, 0.75],
            _ => vec![0.9, 0.7],
        });
        let edits = c.edits.clone().unwrap_or_else(|| match c.kind {
            Kind::Phone => vec![1],
            _ => vec![1, 2],
        });
        let (prepared, middle): (Prepared, Vec<String>) = match c.kind {
            Kind::Name => (
                Prepared::Name(values.iter().map(|v| name_tokens(v)).collect()),
                thresholds
                    .iter()
                    .rev()
                    .map(|t| format!("similarity >= {t:.2}"))
                    .collect(),
            ),
            Kind::Text => (
                Prepared::Text(
                    values
                        .iter()
                        .map(|v| (v.as_bytes().into(), letter_counts(v.as_bytes())))
                        .collect(),
                ),
                thresholds
                    .iter()
                    .rev()
                    .map(|t| format!("jaro-winkler >= {t:.2}"))
                    .collect(),
            ),
            Kind::Date => (
                Prepared::Date(values.iter().map(|v| parse_date(v)).collect()),
                vec![
                    "within a year".into(),
                    "one typo or day/month swapped".into(),
                ],
            ),
            Kind::Id => (
                Prepared::Id(
                    values
                        .iter()
                        .map(|v| with_histogram(id_chars(v, false)))
                        .collect(),
                ),
                edits
                    .iter()
                    .rev()
                    .map(|e| format!("<= {e} edits"))
                    .collect(),
            ),
            Kind::Phone => (
                Prepared::Id(
                    values
                        .iter()
                        .map(|v| with_histogram(id_chars(v, true)))
                        .collect(),
                ),
                edits
                    .iter()
                    .rev()
                    .map(|e| format!("<= {e} edits"))
                    .collect(),
            ),
            Kind::Email => (
                Prepared::Email(
                    values
                        .iter()
                        .map(|v| {
                            let (l, d) = v.rsplit_once('@').unwrap_or((v, ""));
                            (l.into(), d.into())
                        })
                        .collect(),
                ),
                vec!["same domain".into(), "same local part".into()],
            ),
            Kind::Exact => (Prepared::Exact, Vec::new()),
        };
        let mut levels = vec!["null".to_string(), "else".to_string()];
        levels.extend(middle);
        levels.push("exact".into());
        Comparator {
            name: c.property.clone(),
            prop,
            kind: c.kind,
            tf: c.tf,
            levels,
            thresholds,
            edits,
            table: None,
            prepared,
        }
        .with_table(values.len())
    }

    fn with_table(mut self, n: usize) -> Self {
        let worth = !matches!(self.prepared, Prepared::Exact | Prepared::Date(_));
        if worth && n <= DENSE_MAX && n > 1 {
            let cells = (n * (n - 1) / 2).div_ceil(2);
            self.table = Some((0..cells).map(|_| AtomicU8::new(0)).collect());
        }
        self
    }

    /// The level of two values, through the dense table when there is one.
    #[inline]
    pub fn level_cached(&self, a: u32, b: u32) -> Option<u8> {
        let t = self.table.as_ref()?;
        if a == b || a == NULL || b == NULL {
            return Some(self.level(a, b));
        }
        let (lo, hi) = if a < b {
            (a as usize, b as usize)
        } else {
            (b as usize, a as usize)
        };
        let idx = hi * (hi - 1) / 2 + lo;
        let (cell, shift) = (&t[idx / 2], (idx & 1) * 4);
        let v = (cell.load(Ordering::Relaxed) >> shift) & 0xf;
        if v != 0 {
            return Some(v - 1);
        }
        // Two threads may compute the same cell: both store the same level.
        let l = self.level(lo as u32, hi as u32);
        cell.fetch_or((l + 1) << shift, Ordering::Relaxed);
        Some(l)
    }

    /// Bytes of the dense level table.
    pub fn memory(&self) -> u64 {
        self.table.as_ref().map_or(0, |t| t.len() as u64)
    }

    /// Number of levels, null included.
    pub fn n_levels(&self) -> usize {
        self.levels.len()
    }

    pub fn exact_level(&self) -> u8 {
        (self.levels.len() - 1) as u8
    }

    /// Whether results are worth caching per value pair: values repeat and comparing them
    /// costs more than a hash lookup.
    pub fn cacheable(&self) -> bool {
        matches!(self.prepared, Prepared::Name(_) | Prepared::Text(_))
    }

    /// The level of two values (value ids of this comparator's property).
    pub fn level(&self, a: u32, b: u32) -> u8 {
        if a == NULL || b == NULL {
            return LEVEL_NULL;
        }
        let top = self.exact_level();
        if a == b {
            return top;
        }
        let (a, b) = (a as usize, b as usize);
        match &self.prepared {
            Prepared::Exact => LEVEL_ELSE,
            Prepared::Name(v) => {
                let s = name_similarity(&v[a], &v[b]);
                if s >= 0.999 {
                    return top;
                }
                self.by_threshold(s)
            }
            Prepared::Text(v) => {
                let ((x, cx), (y, cy)) = (&v[a], &v[b]);
                let lowest = self.thresholds.last().copied().unwrap_or(0.0);
                if jaro_winkler_bound(x, cx, y, cy) < lowest as f64 {
                    return LEVEL_ELSE;
                }
                self.by_threshold(jaro_winkler(x, y) as f32)
            }
            Prepared::Id(v) => {
                let ((x, hx), (y, hy)) = (&v[a], &v[b]);
                if x.is_empty() || y.is_empty() {
                    return LEVEL_NULL;
                }
                let max = self.edits.last().copied().unwrap_or(0);
                // Each edit changes at most two character counts by one each, so half the
                // histograms' L1 distance bounds the distance from below.
                if histogram_distance(*hx, *hy) > 2 * max {
                    return LEVEL_ELSE;
                }
                match osa_bounded(x, y, max) {
                    Some(0) => top,
                    Some(d) => {
                        // edits ascending: the first threshold is the closest level.
                        let i = self.edits.iter().position(|&e| d <= e).unwrap_or(0);
                        top - 1 - i as u8
                    }
                    None => LEVEL_ELSE,
                }
            }
            Prepared::Date(v) => {
                let (x, y) = (&v[a], &v[b]);
                if x.len == 0 || y.len == 0 {
                    return LEVEL_NULL;
                }
                if x.packed == y.packed && x.len == y.len {
                    return top;
                }
                let (dx, dy) = (&x.digits[..x.len as usize], &y.digits[..y.len as usize]);
                let swapped = x.year == y.year && x.month == y.day && x.day == y.month;
                if swapped
                    || (dx.len() == dy.len() && one_typo(dx, dy))
                    || (dx.len() != dy.len() && osa_bounded(dx, dy, 1).is_some())
                {
                    return top - 1;
                }
                if x.year != 0 && y.year != 0 {
                    let mx = x.year * 12 + x.month as i32;
                    let my = y.year * 12 + y.month as i32;
                    if (mx - my).abs() <= 12 {
                        return top - 2;
                    }
                }
                LEVEL_ELSE
            }
            Prepared::Email(v) => {
                let (x, y) = (&v[a], &v[b]);
                if x == y {
                    top
                } else if x.0 == y.0 {
                    top - 1
                } else if !x.1.is_empty() && x.1 == y.1 {
                    top - 2
                } else {
                    LEVEL_ELSE
                }
            }
        }
    }

    fn by_threshold(&self, s: f32) -> u8 {
        // thresholds descending: the first one reached is the closest level.
        let top = self.exact_level();
        match self.thresholds.iter().position(|&t| s >= t) {
            Some(i) => top - 1 - i as u8,
            None => LEVEL_ELSE,
        }
    }
}

/// Memo of levels of value pairs, for comparisons whose values repeat.
#[derive(Default)]
pub struct Memo {
    maps: Vec<FxHashMap<u64, u8>>,
}

impl Memo {
    const MAX: usize = 1 << 20;

    pub fn new(n: usize) -> Memo {
        Memo {
            maps: (0..n).map(|_| FxHashMap::default()).collect(),
        }
    }

    #[inline]
    pub fn level(&mut self, i: usize, c: &Comparator, a: u32, b: u32) -> u8 {
        if let Some(l) = c.level_cached(a, b) {
            return l;
        }
        if a == b || a == NULL || b == NULL || !c.cacheable() {
            return c.level(a, b);
        }
        let key = if a < b {
            (a as u64) << 32 | b as u64
        } else {
            (b as u64) << 32 | a as u64
        };
        let map = &mut self.maps[i];
        if let Some(&l) = map.get(&key) {
            return l;
        }
        if map.len() >= Self::MAX {
            map.clear();
        }
        let l = c.level(a, b);
        map.insert(key, l);
        l
    }
}

/// One [`Memo`] per worker thread, so that a thread's jobs share what it has compared.
pub struct Memos {
    slots: Vec<std::sync::Mutex<Memo>>,
}

impl Memos {
    pub fn new(comparisons: usize) -> Memos {
        let n = rayon::current_num_threads() + 1;
        Memos {
            slots: (0..n)
                .map(|_| std::sync::Mutex::new(Memo::new(comparisons)))
                .collect(),
        }
    }

    /// Runs `f` with the calling thread's memo.
    pub fn with<R>(&self, f: impl FnOnce(&mut Memo) -> R) -> R {
        let i = rayon::current_thread_index()
            .unwrap_or(self.slots.len() - 1)
            .min(self.slots.len() - 1);
        let mut guard = match self.slots[i].lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }
}

/// All comparisons of two records, as one pattern: 4 bits per comparison, comparison 0 lowest.
pub type Pattern = u64;

/// The level of comparison `i` in a pattern.
#[inline]
pub fn level_of(p: Pattern, i: usize) -> u8 {
    ((p >> (4 * i)) & 0xf) as u8
}

/// Compares records `x` and `y` on every comparison.
#[inline]
pub fn pattern(data: &Dataset, comps: &[Comparator], memo: &mut Memo, x: u32, y: u32) -> Pattern {
    let mut p: Pattern = 0;
    for (i, c) in comps.iter().enumerate() {
        let l = memo.level(i, c, data.cell(x, c.prop), data.cell(y, c.prop));
        p |= (l as u64) << (4 * i);
    }
    p
}

fn letter_counts(s: &[u8]) -> [u8; 32] {
    let mut c = [0u8; 32];
    for &b in s {
        let i = if b.is_ascii_lowercase() {
            b - b'a'
        } else {
            26 + b % 6
        };
        c[i as usize] = c[i as usize].saturating_add(1);
    }
    c
}

/// An upper bound of [`jaro_winkler`]: at most as many matching characters as the two
/// strings share by count, no transpositions, and the actual common prefix.
fn jaro_winkler_bound(x: &[u8], cx: &[u8; 32], y: &[u8], cy: &[u8; 32]) -> f64 {
    if x.len() > 64 || y.len() > 64 {
        return 1.0;
    }
    let m: u32 = cx.iter().zip(cy).map(|(a, b)| u32::from(*a.min(b))).sum();
    if m == 0 {
        return 0.0;
    }
    let m = m as f64;
    let j = ((m / x.len() as f64).min(1.0) + (m / y.len() as f64).min(1.0) + 1.0) / 3.0;
    let prefix = x.iter().zip(y).take(4).take_while(|(a, b)| a == b).count() as f64;
    j + prefix * 0.1 * (1.0 - j)
}

/// One substitution or one adjacent transposition between equal-length strings.
fn one_typo(x: &[u8], y: &[u8]) -> bool {
    let mut diff = x
        .iter()
        .zip(y)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, _)| i);
    match (diff.next(), diff.next(), diff.next()) {
        (Some(_), None, _) => true,
        (Some(i), Some(j), None) => j == i + 1 && x[i] == y[j] && x[j] == y[i],
        _ => false,
    }
}

fn name_tokens(v: &str) -> Vec<NameToken> {
    let parsed = names::parse(v);
    let parts: Vec<NameToken> = parsed.parts().cloned().collect();
    if parts.is_empty() {
        parsed.tokens
    } else {
        parts
    }
}

/// Symmetric name similarity: each token of the shorter name takes its best counterpart, and
/// the mean is scaled down when the longer name has tokens left over.
fn name_similarity(a: &[NameToken], b: &[NameToken]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut sum = 0.0f32;
    for t in short {
        let mut best = 0.0f32;
        for u in long {
            let s = if t.role == Role::Initial || u.role == Role::Initial {
                0.0
            } else {
                token_similarity(t, u).0
            };
            best = best.max(s);
        }
        sum += best;
    }
    let mean = sum / short.len() as f32;
    let extra = (long.len() - short.len()) as f32;
    mean * (short.len() as f32 / (short.len() as f32 + 0.5 * extra))
}

fn with_histogram(chars: Box<[u8]>) -> (Box<[u8]>, u64) {
    let mut h = 0u64;
    for &c in chars.iter() {
        // 16 classes: digits apart, letters folded.
        let class = if c.is_ascii_digit() {
            c - b'0'
        } else {
            10 + c % 6
        };
        let shift = class as u64 * 4;
        if (h >> shift) & 0xf < 0xf {
            h += 1 << shift;
        }
    }
    (chars, h)
}

fn histogram_distance(a: u64, b: u64) -> u32 {
    (0..16)
        .map(|i| ((a >> (4 * i)) & 0xf).abs_diff((b >> (4 * i)) & 0xf) as u32)
        .sum()
}

fn id_chars(v: &str, phone: bool) -> Box<[u8]> {
    if phone {
        let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
        // Country and trunk prefixes vary: the last nine digits are the number.
        let start = d.len().saturating_sub(9);
        return d[start..].into();
    }
    v.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

/// A date as an ISO prefix (`1985-11-02`, `1985-11`, `1985`), or its digits when it cannot be
/// read as a date (a typo must still meet its original).
pub(crate) fn canonical_date(v: &str) -> Option<String> {
    let d = parse_date(v);
    if d.year != 0 && (1..=12).contains(&d.month) && (1..=31).contains(&d.day) {
        Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
    } else if d.year != 0 && d.month == 0 && d.len <= 4 {
        Some(format!("{:04}", d.year))
    } else if d.year != 0 && (1..=12).contains(&d.month) && d.len <= 6 {
        Some(format!("{:04}-{:02}", d.year, d.month))
    } else {
        let digits: String = v.chars().filter(char::is_ascii_digit).collect();
        (!digits.is_empty()).then_some(digits)
    }
}

/// Dates as `YYYYMMDD`, `YYYY-MM-DD` (and ISO prefixes), `DD/MM/YYYY` or `DD.MM.YYYY`.
fn parse_date(v: &str) -> Date {
    let digits: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
    let mut d = Date::default();
    let n = digits.len().min(8);
    d.digits[..n].copy_from_slice(&digits[..n]);
    d.len = n as u8;
    let num = |s: &[u8]| s.iter().fold(0i32, |a, &c| a * 10 + (c - b'0') as i32);
    if let Some(p) = nazar_core::dates::PartialDate::parse(v) {
        d.year = p.year;
        d.month = p.month.unwrap_or(0);
        d.day = p.day.unwrap_or(0);
    } else if digits.len() == 8 && v.bytes().all(|b| b.is_ascii_digit()) {
        d.year = num(&digits[..4]);
        d.month = num(&digits[4..6]) as u8;
        d.day = num(&digits[6..8]) as u8;
    } else if digits.len() == 8 {
        // Day first, as most of the world writes it.
        d.year = num(&digits[4..8]);
        d.month = num(&digits[2..4]) as u8;
        d.day = num(&digits[..2]) as u8;
        let mut iso = [0u8; 8];
        iso[..4].copy_from_slice(&digits[4..8]);
        iso[4..6].copy_from_slice(&digits[2..4]);
        iso[6..].copy_from_slice(&digits[..2]);
        d.digits = iso;
    }
    if d.year != 0 && d.len == 8 {
        // Keep the digits in year-month-day order whatever the input's order.
        let s = format!("{:04}{:02}{:02}", d.year, d.month, d.day);
        if s.len() == 8 {
            d.digits.copy_from_slice(s.as_bytes());
        }
    }
    d.packed = u64::from_le_bytes(d.digits);
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::data::Reader;

    fn setup(kind: &str, values: &[&str]) -> (Dataset, Comparator) {
        let cfg = Config::from_toml(&format!(
            "[input]\ncolumns = {{ p = \"v\" }}\n[[blocking]]\non = [\"p\"]\n[[comparisons]]\nproperty = \"p\"\nkind = \"{kind}\"\n"
        ))
        .unwrap();
        let mut r = Reader::new(&cfg, vec!["p".into()]);
        let mut csv = String::from("id,v\n");
        for (i, v) in values.iter().enumerate() {
            csv.push_str(&format!("{i},{v}\n"));
        }
        r.read_csv("a.csv", csv.as_bytes()).unwrap();
        let (d, _) = r.finish();
        let c = Comparator::new(&cfg.comparisons[0], 0, &d);
        (d, c)
    }

    fn check(kind: &str, a: &str, b: &str, want: &str) {
        let (d, c) = setup(kind, &[a, b]);
        let l = c.level(d.cell(0, 0), d.cell(1, 0));
        assert_eq!(c.levels[l as usize], want, "{kind}: {a} / {b}");
        let l2 = c.level(d.cell(1, 0), d.cell(0, 0));
        assert_eq!(l, l2, "symmetric");
    }

    #[test]
    fn jaro_winkler_bound_bounds() {
        let words = [
            "stanley street",
            "stanely street",
            "pinkerton circuit",
            "bega flats",
            "a",
            "miami",
            "maimi",
            "winston hills",
            "winstonbhills",
        ];
        for x in words {
            for y in words {
                let (bx, by) = (x.as_bytes(), y.as_bytes());
                let ub = jaro_winkler_bound(bx, &letter_counts(bx), by, &letter_counts(by));
                assert!(ub + 1e-9 >= jaro_winkler(bx, by), "{x} / {y}");
            }
        }
    }

    #[test]
    fn names() {
        check("name", "michaela", "michaela", "exact");
        check("name", "michaela", "micheala", "similarity >= 0.90");
        check("name", "anna maria berg", "anna berg", "similarity >= 0.75");
        check("name", "catherine", "katherine", "similarity >= 0.90");
        check("name", "michaela", "robert", "else");
        check("name", "Müller", "muller", "exact");
        check("name", "michaela", "", "null");
    }

    #[test]
    fn dates() {
        check("date", "19151111", "19151111", "exact");
        check(
            "date",
            "19151111",
            "19151121",
            "one typo or day/month swapped",
        );
        check(
            "date",
            "1915-11-03",
            "1915-03-11",
            "one typo or day/month swapped",
        );
        check("date", "19151111", "19160305", "within a year");
        check("date", "19151111", "19800101", "else");
        check("date", "11/11/1915", "1915-11-11", "exact");
    }

    #[test]
    fn ids_phones_emails() {
        check("id", "5304218", "5304218", "exact");
        check("id", "53-04218", "5304218", "exact");
        check("id", "5304218", "5302418", "<= 1 edits");
        check("id", "5304218", "1304219", "<= 2 edits");
        check("id", "5304218", "9999999", "else");
        check("phone", "+92 300 1234567", "0300 1234567", "exact");
        check("phone", "0300 1234567", "0300 1234568", "<= 1 edits");
        check("email", "a.b@example.org", "A.B@example.org", "exact");
        check(
            "email",
            "a.b@example.org",
            "a.b@example.com",
            "same local part",
        );
        check("email", "x@example.org", "a.b@example.org", "same domain");
        check("exact", "nsw", "vic", "else");
        check(
            "text",
            "stanley street",
            "stanely street",
            "jaro-winkler >= 0.90",
        );
    }
}
