//! String distances for the non-name comparisons: bounded optimal-string-alignment
//! (Damerau-Levenshtein with adjacent transpositions) for identifiers and dates, and
//! Jaro-Winkler for free text. Both work on short byte strings without allocating.

/// Optimal string alignment distance of `a` and `b`, or `None` when it exceeds `max`.
pub fn osa_bounded(a: &[u8], b: &[u8], max: u32) -> Option<u32> {
    if a.len().abs_diff(b.len()) as u32 > max {
        return None;
    }
    if a.len() == b.len() {
        // The Hamming distance bounds the edit distance from above: when it is within
        // `max`, only a transposition can make the distance smaller.
        let ham = a.iter().zip(b).filter(|(x, y)| x != y).count() as u32;
        if ham <= 1 {
            return Some(ham);
        }
    }
    // Identifiers are short: rows on the stack.
    const N: usize = 32;
    if b.len() >= N {
        return osa_bounded(&a[..a.len().min(N - 1)], &b[..N - 1], max);
    }
    let m = b.len();
    let mut prev2 = [0u32; N];
    let mut prev = [0u32; N];
    let mut cur = [0u32; N];
    for (j, p) in prev.iter_mut().enumerate().take(m + 1) {
        *p = j as u32;
    }
    for i in 1..=a.len() {
        cur[0] = i as u32;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = u32::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        prev2[..=m].copy_from_slice(&prev[..=m]);
        prev[..=m].copy_from_slice(&cur[..=m]);
    }
    let d = prev[m];
    (d <= max).then_some(d)
}

/// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 letters).
pub fn jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let j = jaro(a, b);
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count() as f64;
    j + prefix * 0.1 * (1.0 - j)
}

fn jaro(a: &[u8], b: &[u8]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Matched positions as bit sets: streets and towns are shorter than 64 bytes.
    let (a, b) = (&a[..a.len().min(64)], &b[..b.len().min(64)]);
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_match = 0u64;
    let mut b_match = 0u64;
    let mut matches = 0u32;
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for (j, &cb) in b.iter().enumerate().take(hi).skip(lo) {
            if b_match & (1 << j) == 0 && cb == ca {
                a_match |= 1 << i;
                b_match |= 1 << j;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut t = 0u32;
    let mut bm = b_match;
    let mut am = a_match;
    while am != 0 {
        let i = am.trailing_zeros() as usize;
        let j = bm.trailing_zeros() as usize;
        if a[i] != b[j] {
            t += 1;
        }
        am &= am - 1;
        bm &= bm - 1;
    }
    let m = matches as f64;
    (m / a.len() as f64 + m / b.len() as f64 + (m - t as f64 / 2.0) / m) / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_osa(a: &str, b: &str, max: u32, want: Option<u32>) {
        assert_eq!(
            osa_bounded(a.as_bytes(), b.as_bytes(), max),
            want,
            "{a} {b}"
        );
        assert_eq!(
            osa_bounded(b.as_bytes(), a.as_bytes(), max),
            want,
            "{b} {a}"
        );
    }

    #[test]
    fn osa() {
        check_osa("5304218", "5304218", 2, Some(0));
        check_osa("5304218", "5302418", 2, Some(1));
        check_osa("5304218", "530421", 2, Some(1));
        check_osa("5304218", "1304219", 2, Some(2));
        check_osa("5304218", "1111111", 2, None);
        check_osa("", "12", 2, Some(2));
    }

    #[test]
    fn jw() {
        let s = jaro_winkler(b"martha", b"marhta");
        assert!((s - 0.9611).abs() < 1e-3, "{s}");
        let s = jaro_winkler(b"dixon", b"dicksonx");
        assert!((s - 0.8133).abs() < 1e-3, "{s}");
        assert_eq!(jaro_winkler(b"abc", b"abc"), 1.0);
        assert_eq!(jaro_winkler(b"abc", b"xyz"), 0.0);
    }
}
