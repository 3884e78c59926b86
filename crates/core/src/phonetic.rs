//! Spelling-tolerant comparison of romanised name tokens, and the consonant skeleton keys that
//! let an Arabic-script token meet its Latin spellings.
//!
//! Romanisations of one name differ mostly in vowels (`Muhammad`/`Mohammed`), doubled letters
//! (`Hussain`/`Husain`), `h` (`Rahman`/`Raman`), and a few consonant pairs (`q`/`k`, `z`/`dh`).
//! [`similarity`] is a weighted edit distance where those edits are cheap, over a light
//! rewrite ([`normal_form`]). The skeleton ([`skeleton_latin`], [`skeleton_arabic`]) keeps
//! only consonant classes, which is what an abjad writes.

/// Rewrites a lower-case ASCII token so that common spelling variants coincide: `ph`→`f`,
/// `ck`/`q`→`k`, `ou`/`oo`→`u`, `ee`→`i`, doubled letters single. Non-ASCII passes through.
pub fn normal_form(s: &str) -> String {
    let b: Vec<u8> = s.bytes().collect();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let n = b.get(i + 1).copied();
        let (rep, used): (&[u8], usize) = match (c, n) {
            (b'p', Some(b'h')) => (b"f", 2),
            (b'c', Some(b'k')) => (b"k", 2),
            (b'o', Some(b'u')) | (b'o', Some(b'o')) => (b"u", 2),
            (b'e', Some(b'e')) => (b"i", 2),
            (b'q', _) => (b"k", 1),
            (b'x', _) if i > 0 => (b"ks", 1),
            // French romanisations of Maghrebi names: Djamel / Jamal, Djibril / Jibril.
            (b'd', Some(b'j')) => (b"j", 2),
            // A hard c is a k (Victor / Viktor); a soft one (before e, i, y) and ch stay.
            (b'c', n) if !matches!(n, Some(b'e' | b'i' | b'y' | b'h')) => (b"k", 1),
            (b'w', _) if i > 0 => (b"v", 1),
            (b'y', _) if i > 0 && n.is_none_or(|n| !is_vowel(n)) => (b"i", 1),
            // The diphthong ay is also written ai and ei (Shaykh / Shaikh / Sheikh, Husayn /
            // Hussein, Dayf / Deif) when a consonant follows. Not at the end, where pinyin's
            // lei and lai, bei and bai are different names.
            (b'e', Some(b'i' | b'y')) if i > 0 && b.get(i + 2).is_some_and(|&c| !is_vowel(c)) => {
                (b"a", 1)
            }
            _ => (std::slice::from_ref(&b[i]), 1),
        };
        for &r in rep {
            if out.last() != Some(&r) || r.is_ascii_digit() {
                out.push(r);
            }
        }
        i += used;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

const fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The cost of substituting one letter for another in a romanised name.
const fn sub_cost_slow(a: u8, b: u8) -> f32 {
    if a == b {
        return 0.0;
    }
    if is_vowel(a) && is_vowel(b) {
        return vowel_cost(a, b);
    }
    const fn is_pair(a: u8, b: u8, x: u8, y: u8) -> bool {
        (a == x && b == y) || (a == y && b == x)
    }
    macro_rules! pair {
        ($x:expr, $y:expr) => {
            is_pair(a, b, $x, $y)
        };
    }
    if pair!(b's', b'c') {
        return 0.4;
    }
    // Qaf is g in Gulf and Maghrebi speech: Gaddafi / Qadhafi, Gasmi / Qasmi.
    if pair!(b'k', b'g') {
        return 0.3;
    }
    if pair!(b'k', b'c') || pair!(b's', b'z') || pair!(b'v', b'f') {
        return 0.5;
    }
    // Ukrainian and Belarusian write h where Russian writes g (г): Serhiy / Sergey,
    // Oleh / Oleg, Hennadiy / Gennadiy.
    if pair!(b'g', b'h') {
        return 0.5;
    }
    if pair!(b'd', b't') || pair!(b'j', b'g') || pair!(b'j', b'z') || pair!(b'v', b'u') {
        return 0.6;
    }
    if pair!(b'i', b'j') || pair!(b'p', b'b') || pair!(b'l', b'r') {
        return 0.7;
    }
    1.0
}

/// Vowels that romanisations swap freely (a/e, o/u, e/i) cost little; i/u, which an abjad
/// writes as different letters (ي / و: Saeed / Saud), costs more.
const fn vowel_cost(a: u8, b: u8) -> f32 {
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    match (x, y) {
        (b'i', b'y') => 0.1,
        (b'a', b'e') | (b'o', b'u') => 0.2,
        (b'e', b'i') | (b'e', b'y') => 0.25,
        (b'a', b'o') => 0.3,
        (b'e', b'o') => 0.35,
        (b'e', b'u') | (b'a', b'u') => 0.45,
        (b'a', b'i') | (b'a', b'y') | (b'i', b'o') | (b'o', b'y') => 0.5,
        _ => 0.6,
    }
}

/// The cost of inserting or deleting one letter.
const fn indel_cost_slow(c: u8) -> f32 {
    match c {
        b'h' => 0.35,
        c if is_vowel(c) => 0.4,
        _ => 1.0,
    }
}

/// [`sub_cost_slow`] for every byte pair, computed at compile time: the edit distance is the
/// matcher's innermost loop.
static SUB: [[f32; 128]; 128] = {
    let mut t = [[1.0f32; 128]; 128];
    let mut a = 0;
    while a < 128 {
        let mut b = 0;
        while b < 128 {
            t[a][b] = sub_cost_slow(a as u8, b as u8);
            b += 1;
        }
        a += 1;
    }
    t
};

static INDEL: [f32; 128] = {
    let mut t = [1.0f32; 128];
    let mut c = 0;
    while c < 128 {
        t[c] = indel_cost_slow(c as u8);
        c += 1;
    }
    t
};

#[inline]
fn sub_cost(a: u8, b: u8) -> f32 {
    if a < 128 && b < 128 {
        SUB[a as usize][b as usize]
    } else if a == b {
        0.0
    } else {
        1.0
    }
}

#[inline]
fn indel_cost(c: u8) -> f32 {
    if c < 128 {
        INDEL[c as usize]
    } else {
        1.0
    }
}

/// Similarity of two romanised tokens in [0, 1]: 1 for equal normal forms, falling with the
/// weighted edit distance relative to the longer token.
pub fn similarity(a: &str, b: &str) -> f32 {
    if a == b {
        return 1.0;
    }
    similarity_normal(&normal_form(a), &normal_form(b))
}

/// [`similarity`] of two tokens already in [`normal_form`].
pub fn similarity_normal(na: &str, nb: &str) -> f32 {
    if na == nb {
        return 0.97;
    }
    let (x, y) = (na.as_bytes(), nb.as_bytes());
    let len = x.len().max(y.len()) as f32;
    // A cheap lower bound first: every letter on one side that the other side lacks costs at
    // least its cheapest edit, and so does every letter of length difference. Pairs that
    // cannot reach the budget are refused without the quadratic distance.
    let budget = USEFUL_DISTANCE * len;
    if letter_bound(x, y) > budget || x.len().abs_diff(y.len()) as f32 * 0.35 > budget {
        return 0.0;
    }
    // Pairs that cannot reach a useful similarity stop early: most candidate pairs are
    // different names, and this is the matcher's hottest loop.
    let Some(d) = weighted_distance_bounded(x, y, USEFUL_DISTANCE * len) else {
        return 0.0;
    };
    // A first letter that differs in class is rare among variants of one name.
    let first_penalty = match (x.first(), y.first()) {
        (Some(p), Some(q)) if p != q && sub_cost(*p, *q) >= 1.0 => 0.1,
        _ => 0.0,
    };
    let sim = (1.0 - d / len - first_penalty).clamp(0.0, 0.96);
    // Short names leave no room: one real edit in a four-letter name is another name
    // (Saeed / Saud, Li / Lei).
    if len <= 4.0 && d > 0.35 {
        sim.min(0.78)
    } else {
        sim
    }
}

/// The cheapest edit of each letter: its deletion, or its cheapest substitution.
static CHEAPEST: [f32; 128] = {
    let mut t = [1.0f32; 128];
    let mut c = 0;
    while c < 128 {
        let mut m = INDEL[c];
        let mut x = 0;
        while x < 128 {
            if x != c && SUB[c][x] < m {
                m = SUB[c][x];
            }
            x += 1;
        }
        t[c] = m;
        c += 1;
    }
    t
};

/// A lower bound of [`weighted_distance`]: each distinct letter of one side missing from the
/// other needs at least one edit of its own. Non-ASCII bytes are ignored, which keeps it a
/// lower bound.
fn letter_bound(x: &[u8], y: &[u8]) -> f32 {
    let mask = |s: &[u8]| {
        s.iter()
            .filter(|b| b.is_ascii_lowercase())
            .fold(0u32, |m, b| m | 1 << (b - b'a'))
    };
    let (mx, my) = (mask(x), mask(y));
    let cost = |only: u32| {
        (0..26)
            .filter(|i| only & (1 << i) != 0)
            .map(|i| CHEAPEST[(b'a' + i as u8) as usize])
            .sum::<f32>()
    };
    cost(mx & !my).max(cost(my & !mx))
}

/// Relative distances above this give a similarity below any threshold the scorer uses.
const USEFUL_DISTANCE: f32 = 0.35;

/// Weighted Levenshtein distance with `sub_cost` and `indel_cost`.
pub fn weighted_distance(x: &[u8], y: &[u8]) -> f32 {
    weighted_distance_bounded(x, y, f32::INFINITY).unwrap_or(f32::INFINITY)
}

/// [`weighted_distance`], or `None` as soon as it is sure to exceed `max`.
pub fn weighted_distance_bounded(x: &[u8], y: &[u8], max: f32) -> Option<f32> {
    // Names are short: two rows on the stack cover all but pathological tokens.
    const STACK: usize = 48;
    let (mut prev_buf, mut cur_buf) = ([0.0f32; STACK], [0.0f32; STACK]);
    let (mut prev_vec, mut cur_vec);
    let (mut prev, mut cur): (&mut [f32], &mut [f32]) = if y.len() < STACK {
        (&mut prev_buf[..=y.len()], &mut cur_buf[..=y.len()])
    } else {
        prev_vec = vec![0.0f32; y.len() + 1];
        cur_vec = vec![0.0f32; y.len() + 1];
        (&mut prev_vec[..], &mut cur_vec[..])
    };
    for (j, &c) in y.iter().enumerate() {
        prev[j + 1] = prev[j] + indel_cost(c);
    }
    for &a in x {
        cur[0] = prev[0] + indel_cost(a);
        for (j, &b) in y.iter().enumerate() {
            let sub = prev[j] + sub_cost(a, b);
            let del = prev[j + 1] + indel_cost(a);
            let ins = cur[j] + indel_cost(b);
            cur[j + 1] = sub.min(del).min(ins);
        }
        if cur.iter().fold(f32::INFINITY, |m, &v| m.min(v)) > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[y.len()];
    (d <= max).then_some(d)
}

/// A looser skeleton for retrieval under typos: voiced and voiceless pairs and near
/// consonants share a class (`Kweider` / `Kweiter`, `Zulkarnain` / `Sulkarnain`).
pub fn skeleton_loose(skeleton: &str) -> String {
    let mut out = String::with_capacity(skeleton.len());
    for c in skeleton.chars() {
        let m = match c {
            'D' => 'T',
            'Z' | 'J' | 'C' => 'S',
            'G' | 'X' => 'K',
            'F' => 'B',
            'L' => 'R',
            other => other,
        };
        if !out.ends_with(m) {
            out.push(m);
        }
    }
    out
}

/// A normal form without its vowels: what an abjad writes of a name (ysf for يوسف and
/// Yusuf alike), for comparing a Latin spelling with a rule romanisation of Arabic script.
pub fn devowel(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .collect()
}

/// A normal form with the letters the Arabic alphabet does not tell apart written alike:
/// `p` as `b` and `v` as `f` (ب and ف write them in foreign names: باكبور Pakpour, لافروف
/// Lavrov), and a `g` that is not `gh` as `j` (Egyptian ج: Gamal / Jamal, Ragab / Rajab);
/// `None` when there is nothing to fold.
pub fn abjad_fold(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let folds = |i: usize| match b[i] {
        b'p' | b'v' => true,
        b'g' => b.get(i + 1) != Some(&b'h'),
        _ => false,
    };
    if !(0..b.len()).any(folds) {
        return None;
    }
    let out: Vec<u8> = (0..b.len())
        .map(|i| match b[i] {
            b'p' => b'b',
            b'v' => b'f',
            b'g' if folds(i) => b'j',
            c => c,
        })
        .collect();
    String::from_utf8(out).ok()
}

/// Consonant classes shared by Latin and Arabic-script skeletons.
fn push_class(out: &mut String, class: char) {
    if !out.ends_with(class) {
        out.push(class);
    }
}

/// The consonant skeleton of a lower-case Latin token: vowels, `w`, `y` dropped, digraphs
/// (`sh`, `kh`, `gh`, `ch`, `dh`, `th`, `zh`, `ph`) read as one consonant, similar consonants in
/// one class. With `keep_h` false, `h` is dropped too.
pub fn skeleton_latin(s: &str, keep_h: bool) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let n = b.get(i + 1).copied();
        // French romanisations write ج as `dj` (Djermane / جرمان), as in [`normal_form`].
        if c == b'd' && n == Some(b'j') {
            i += 1;
            continue;
        }
        if n == Some(b'h') {
            let class = match c {
                b's' | b'z' => Some('S'),
                b'k' => Some('X'),
                b'g' => Some('G'),
                b'c' => Some('C'),
                b'd' => Some('D'),
                b't' => Some('T'),
                b'p' => Some('F'),
                _ => None,
            };
            if let Some(class) = class {
                push_class(&mut out, class);
                i += 2;
                continue;
            }
        }
        let class = match c {
            b'b' | b'p' => Some('B'),
            b't' => Some('T'),
            b's' | b'c' if c == b's' || matches!(n, Some(b'e' | b'i')) => Some('S'),
            b'c' | b'k' | b'q' => Some('K'),
            b'z' | b'x' => Some('Z'),
            b'j' => Some('J'),
            b'g' => Some('G'),
            b'd' => Some('D'),
            b'r' => Some('R'),
            b'l' => Some('L'),
            b'm' => Some('M'),
            b'n' => Some('N'),
            b'f' | b'v' => Some('F'),
            b'h' if keep_h => Some('H'),
            _ => None,
        };
        // Vowels do not split a class: an abjad writes a doubled consonant once either way.
        if let Some(class) = class {
            push_class(&mut out, class);
        }
        i += 1;
    }
    out
}

/// The consonant skeleton of a folded Arabic-script token (see [`crate::text::fold_arabic`]):
/// long vowels and ʿayn/hamza dropped, letters mapped to the classes of [`skeleton_latin`].
pub fn skeleton_arabic(s: &str, keep_h: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let last = i + 1 == chars.len();
        let class = match c {
            'ب' | 'پ' | 'ٻ' | 'ڀ' => Some('B'),
            'ت' | 'ط' | 'ٹ' | 'ټ' | 'ٺ' | 'ٽ' | 'ٿ' => Some('T'),
            'ث' | 'س' | 'ص' | 'ش' | 'ښ' | 'ڜ' => Some('S'),
            'ذ' | 'ز' | 'ض' | 'ظ' | 'ژ' | 'ږ' | 'ځ' => Some('Z'),
            'ج' | 'ڄ' | 'ڃ' => Some('J'),
            'چ' | 'څ' | 'ڇ' => Some('C'),
            'ح' => keep_h.then_some('H'),
            'ه' => (keep_h && !last && i > 0).then_some('H'),
            'خ' => Some('X'),
            'د' | 'ڈ' | 'ډ' | 'ڊ' | 'ڌ' | 'ڍ' | 'ڎ' | 'ڏ' => Some('D'),
            'ر' | 'ڑ' | 'ړ' | 'ڙ' | 'ڕ' => Some('R'),
            'غ' | 'گ' | 'ګ' | 'ڳ' | 'ڱ' | 'ڨ' => Some('G'),
            'ف' | 'ڤ' | 'ڦ' => Some('F'),
            'ق' | 'ك' => Some('K'),
            'ل' | 'ڵ' => Some('L'),
            'م' => Some('M'),
            'ن' | 'ں' | 'ڼ' | 'ڻ' => Some('N'),
            _ => None,
        };
        if let Some(class) = class {
            push_class(&mut out, class);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abjad_fold_writes_alike_what_arabic_writes_alike() {
        assert_eq!(abjad_fold("pakpur").as_deref(), Some("bakbur"));
        assert_eq!(abjad_fold("lavrov").as_deref(), Some("lafrof"));
        // A `g` is folded to `j`, a `gh` (غ) is not.
        assert_eq!(abjad_fold("gamal").as_deref(), Some("jamal"));
        assert_eq!(abjad_fold("ghulam"), None);
        assert_eq!(abjad_fold("ahmad"), None);
    }

    #[test]
    fn dj_is_the_skeleton_of_jim() {
        assert_eq!(
            skeleton_latin("djermane", false),
            skeleton_arabic("جرمان", false)
        );
    }

    #[test]
    fn the_diphthong_is_one_normal_form() {
        for (a, b) in [
            ("sheikh", "shaykh"),
            ("hussein", "husayn"),
            ("deif", "dayf"),
        ] {
            assert_eq!(normal_form(a), normal_form(b), "{a} {b}");
        }
        // Before a vowel, `ei` is two sounds and stays; at the end it is pinyin's own vowel.
        assert_eq!(normal_form("reiad"), "reiad");
        for (a, b) in [("lei", "lai"), ("bei", "bai"), ("mei", "mai")] {
            assert_ne!(normal_form(a), normal_form(b), "{a} {b}");
        }
    }

    #[test]
    fn variants_are_similar() {
        for (a, b) in [
            ("muhammad", "mohammad"),
            ("muhammad", "mohammed"),
            ("hussain", "husain"),
            ("rehman", "rahman"),
            ("chaudhry", "chaudhary"),
            ("chaudhry", "choudhury"),
            ("usama", "osama"),
            ("yusuf", "yousef"),
            ("sergiy", "serhiy"),
            ("gennadiy", "hennadiy"),
        ] {
            let s = similarity(a, b);
            assert!(s >= 0.8, "{a} ~ {b}: {s}");
            assert!((s - similarity(b, a)).abs() < 1e-6, "symmetric {a} {b}");
        }
    }

    #[test]
    fn different_names_are_not() {
        for (a, b) in [("khan", "ali"), ("ahmed", "mahmood"), ("aslam", "akram")] {
            let s = similarity(a, b);
            assert!(s < 0.8, "{a} !~ {b}: {s}");
        }
    }

    #[test]
    fn skeletons_meet_across_scripts() {
        for (latin, arabic) in [
            ("muhammad", "محمد"),
            ("chaudhry", "چوهدري"),
            ("laden", "لادن"),
            ("usama", "اسامه"),
            ("hussain", "حسين"),
            ("khan", "خان"),
            ("aamir", "عامر"),
        ] {
            assert_eq!(
                skeleton_latin(latin, false),
                skeleton_arabic(arabic, false),
                "{latin} / {arabic}"
            );
        }
        assert_eq!(skeleton_latin("muhammad", true), "MHMD");
        assert_eq!(skeleton_arabic("محمد", true), "MHMD");
    }

    #[test]
    fn letter_bound_never_exceeds_the_distance() {
        let words = [
            "muhamad",
            "mohamed",
            "husain",
            "hasan",
            "khan",
            "ali",
            "chaudhri",
            "kureshi",
            "abdrahman",
            "abdrehman",
            "zahrani",
            "saud",
            "said",
            "ivanov",
            "li",
            "lei",
        ];
        for a in words {
            for b in words {
                let (x, y) = (a.as_bytes(), b.as_bytes());
                assert!(
                    letter_bound(x, y) <= weighted_distance(x, y) + 1e-6,
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn normal_form_rewrites() {
        assert_eq!(normal_form("yousouf"), "yusuf");
        assert_eq!(normal_form("muhammad"), "muhamad");
        assert_eq!(normal_form("farooq"), "faruk");
        assert_eq!(normal_form("alexey"), normal_form("aleksey"));
    }
}
