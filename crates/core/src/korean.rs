//! Korean names in Latin letters: one key for the many romanisations of a syllable.
//!
//! The same Korean name reaches the lists in McCune–Reischauer with its breves dropped (`KIM
//! YONG CHOL`, `RI U'N-SO'NG`), in Revised Romanisation (`Kim Yeong-cheol`, `Ri Eun-seong`) and
//! in the spellings people choose (`Kim Young-Chul`, `Park`, `Choi`, `Lee`, `Rhee`). Those differ
//! in regular ways: which of k/g, t/d, p/b, ch/j a consonant is written with, `eo`/`eu`/`ŏ`/`ŭ`
//! for vowels that MR and informal spellings write `o`/`u`, `oo` and `ee` for `u` and `i`, and
//! the South's dropping of an initial r before i and y (Ri / Lee / Yi, Rim / Im, Ryu / Yoo).
//!
//! [`key`] parses a token into Korean syllables (initial consonant, vowel, final consonant)
//! and writes each in one canonical way, so that every spelling above of one syllable has one
//! key. The key is coarse on purpose (ㅗ ㅓ ㅜ ㅡ share it: informal spellings write each of
//! them as o and as u), so it is only used inside a name that reads as Korean ([`is_korean`]):
//! a Korean family name, every part Korean syllables, three syllables or more.
//!
//! Names written in Hangul are read here too ([`romanize_hangul`]): each syllable block in
//! both systems and as its key, so `김정은` meets `KIM, Jong Un` and `박진혁` meets `PARK, Jin Hyok`.

/// Family names that mark a name as Korean, in the spellings the lists and passports use.
/// Spellings as usual in other languages are left out (Li, Yi, Wang, Song, Han, Kang, Hong,
/// Ho, An, Ko, Chang, Chung, Lim, Sim, Pang: Chinese; Son: Vietnamese; U: a Burmese
/// honorific), so they mark nothing on their own.
const FAMILY_NAMES: &[&str] = &[
    "kim", "gim", "ri", "rhee", "lee", "pak", "park", "bak", "choe", "choi", "jong", "jeong",
    "chong", "jung", "cho", "yun", "yoon", "yoo", "ryu", "rim", "im", "o", "oh", "sin", "shin",
    "kwon", "gwon", "hwang", "hyon", "hyun", "hyeon", "paek", "baek", "paik", "kye", "gye", "thae",
    "tae", "jon", "jeon", "chon", "mun", "moon", "pyon", "byun", "byeon", "heo", "hur", "huh",
    "nam", "ryom", "yeom", "yom", "sohn", "joo", "kil", "gil", "pae", "bae", "shim", "seo", "suh",
    "ok", "chae", "kwak", "gwak", "jang", "ryang", "myong", "tak",
];

/// Syllables a Korean name has at least: a family name and a given name of two (a name of two
/// syllables, `Song Jun`, `Jun Kim`, is too short to tell from a Chinese or English one).
const MIN_NAME_SYLLABLES: usize = 3;

/// Initial consonants, longest first, with the key each is written as. The key writes the
/// plain (MR) letter: voiced and voiceless, single and doubled are spelling choices.
const INITIALS: &[(&str, &str)] = &[
    ("tch", "ch"),
    ("jj", "ch"),
    ("kk", "k"),
    ("tt", "t"),
    ("pp", "p"),
    ("ss", "s"),
    ("ch", "ch"),
    ("sh", "s"),
    ("th", "t"),
    ("kh", "k"),
    ("ph", "p"),
    ("rh", "r"),
    ("k", "k"),
    ("g", "k"),
    ("n", "n"),
    ("d", "t"),
    ("t", "t"),
    ("r", "r"),
    ("l", "r"),
    ("m", "m"),
    ("b", "p"),
    ("p", "p"),
    ("s", "s"),
    ("j", "ch"),
    ("h", "h"),
    ("", ""),
];

/// Vowels, longest first, with their key. ㅗ ㅓ ㅜ ㅡ all key as `o`, their y-forms as `yo`.
const VOWELS: &[(&str, &str)] = &[
    ("yeo", "yo"),
    ("yae", "yae"),
    ("you", "yo"),
    ("yoo", "yo"),
    ("yi", "i"),
    ("weo", "wo"),
    ("wae", "we"),
    ("woo", "o"),
    ("eui", "ui"),
    ("ya", "ya"),
    ("ae", "ae"),
    ("ai", "ae"),
    ("yo", "yo"),
    ("yu", "yo"),
    ("eo", "o"),
    ("ye", "ye"),
    ("oo", "o"),
    ("ou", "o"),
    ("wo", "wo"),
    ("we", "we"),
    ("wi", "wi"),
    ("eu", "o"),
    ("ui", "ui"),
    ("ee", "i"),
    ("wa", "wa"),
    ("oe", "oe"),
    ("oi", "oe"),
    ("a", "a"),
    ("o", "o"),
    ("e", "e"),
    ("u", "o"),
    ("i", "i"),
];

/// Final consonants, longest first, with their key (`Park`'s r marks a long vowel; `Oh`'s and
/// `Ahn`'s h is a spelling habit).
const FINALS: &[(&str, &str)] = &[
    ("ng", "ng"),
    ("ll", "l"),
    ("rk", "k"),
    ("hn", "n"),
    ("k", "k"),
    ("g", "k"),
    ("n", "n"),
    ("t", "t"),
    ("d", "t"),
    ("l", "l"),
    ("r", "l"),
    ("m", "m"),
    ("p", "p"),
    ("b", "p"),
    ("h", ""),
    ("", ""),
];

/// Syllables a token may have at most (given names are two, joined: `Yongchol`).
const MAX_SYLLABLES: usize = 3;

/// Parses `s` (lowercase ASCII letters) into at most `left` Korean syllables, appending each
/// syllable's key to `out`. Tries the longest pieces first and backtracks.
fn parse(s: &str, left: usize, out: &mut String) -> bool {
    if s.is_empty() {
        return true;
    }
    if left == 0 {
        return false;
    }
    let mark = out.len();
    for (i, ik) in INITIALS {
        let Some(r1) = s.strip_prefix(i) else {
            continue;
        };
        for (v, vk) in VOWELS {
            let Some(r2) = r1.strip_prefix(v) else {
                continue;
            };
            for (f, fk) in FINALS {
                let Some(r3) = r2.strip_prefix(f) else {
                    continue;
                };
                // A final h only ends the token (Oh, Koh); inside it starts the next syllable.
                if *f == "h" && !r3.is_empty() {
                    continue;
                }
                out.push_str(ik);
                out.push_str(vk);
                out.push_str(fk);
                if parse(r3, left - 1, out) {
                    return true;
                }
                out.truncate(mark);
            }
        }
    }
    false
}

/// The key of a token read as Korean syllables, or `None` if it does not parse as one to
/// three of them. `token` is a folded Latin token (lowercase, no apostrophes).
pub fn key(token: &str) -> Option<String> {
    syllables(token).map(|(k, _)| k)
}

/// The key of a token and how many syllables it has (the fewest parse first, longest pieces).
fn syllables(token: &str) -> Option<(String, usize)> {
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut out = String::with_capacity(token.len());
    let n = (1..=MAX_SYLLABLES).find(|&n| parse(token, n, &mut out))?;
    // The South drops an initial r before i and y: Ri / Lee / Yi / I, Rim / Im, Ryu / Yu.
    if let Some(rest) = out.strip_prefix('r') {
        if rest.starts_with(['i', 'y']) {
            out.remove(0);
        }
    }
    Some((out, n))
}

/// Whether a name's Latin parts (folded tokens, in order) read as a Korean name: two parts or
/// more, the first or the last a Korean family name, every part Korean syllables, three
/// syllables or more in all. A one-letter part may only be the syllables O and U (오, 우):
/// any other is an initial (A. Kim), which no Korean name has.
pub fn is_korean<'a>(parts: impl IntoIterator<Item = &'a str>) -> bool {
    let parts: Vec<&str> = parts.into_iter().collect();
    if parts.len() < 2 {
        return false;
    }
    let family = |t: &&str| FAMILY_NAMES.contains(t);
    if !(parts.first().is_some_and(family) || parts.last().is_some_and(family)) {
        return false;
    }
    let mut total = 0;
    for p in &parts {
        if p.len() == 1 && !matches!(*p, "o" | "u") {
            return false;
        }
        match syllables(p) {
            Some((_, n)) => total += n,
            None => return false,
        }
    }
    total >= MIN_NAME_SYLLABLES
}

/// Hangul: the Korean alphabet, written in syllable blocks (U+AC00 to U+D7A3), each an
/// initial consonant, a vowel and an optional final consonant, numbered in that order.
pub(crate) const HANGUL_FIRST: u32 = 0xAC00;
pub(crate) const HANGUL_LAST: u32 = 0xD7A3;

/// Initial consonants in Unicode's order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ):
/// Revised Romanisation, then McCune–Reischauer as a syllable alone says it (voiceless, its
/// aspiration apostrophe dropped, as the lists write it).
const HANGUL_INITIALS: [(&str, &str); 19] = [
    ("g", "k"),
    ("kk", "kk"),
    ("n", "n"),
    ("d", "t"),
    ("tt", "tt"),
    ("r", "r"),
    ("m", "m"),
    ("b", "p"),
    ("pp", "pp"),
    ("s", "s"),
    ("ss", "ss"),
    ("", ""),
    ("j", "ch"),
    ("jj", "tch"),
    ("ch", "ch"),
    ("k", "k"),
    ("t", "t"),
    ("p", "p"),
    ("h", "h"),
];

/// Vowels in Unicode's order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ): Revised
/// Romanisation, then McCune–Reischauer without its breves (ŏ ŭ as o u).
const HANGUL_VOWELS: [(&str, &str); 21] = [
    ("a", "a"),
    ("ae", "ae"),
    ("ya", "ya"),
    ("yae", "yae"),
    ("eo", "o"),
    ("e", "e"),
    ("yeo", "yo"),
    ("ye", "ye"),
    ("o", "o"),
    ("wa", "wa"),
    ("wae", "wae"),
    ("oe", "oe"),
    ("yo", "yo"),
    ("u", "u"),
    ("wo", "wo"),
    ("we", "we"),
    ("wi", "wi"),
    ("yu", "yu"),
    ("eu", "u"),
    ("ui", "ui"),
    ("i", "i"),
];

/// Final consonants in Unicode's order (none, then ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ
/// ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ), as they sound at the end of a syllable; both systems agree.
const HANGUL_FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// The initial, vowel and final of a Hangul syllable block, as indexes into the tables.
fn hangul_jamo(c: char) -> Option<(usize, usize, usize)> {
    let c = c as u32;
    (HANGUL_FIRST..=HANGUL_LAST).contains(&c).then(|| {
        let n = (c - HANGUL_FIRST) as usize;
        (n / (21 * 28), (n / 28) % 21, n % 28)
    })
}

/// Spellings family names have in passports and lists besides the two systems' (이 Lee, 박
/// Park, 최 Choi): the key already joins most of them to the systems' spellings, but a Latin
/// name too short to read as Korean has no key, only its spelling.
const FAMILY_SPELLINGS: &[(char, &[&str])] = &[
    ('이', &["lee", "yi", "rhee"]),
    ('리', &["ri", "lee"]),
    ('박', &["park"]),
    ('최', &["choi"]),
    ('오', &["oh"]),
    ('윤', &["yoon"]),
    ('신', &["shin"]),
    ('정', &["jung", "chung"]),
    ('조', &["cho"]),
    ('유', &["yoo"]),
    ('류', &["ryu", "yoo"]),
    ('임', &["lim", "rim"]),
    ('림', &["rim", "lim"]),
    ('노', &["roh", "noh"]),
    ('로', &["ro", "roh"]),
    ('안', &["ahn"]),
    ('문', &["moon"]),
    ('손', &["sohn"]),
    ('김', &["kim"]),
    ('강', &["kang"]),
    ('장', &["chang"]),
    ('전', &["jun", "chun"]),
    ('천', &["chun"]),
    ('서', &["suh"]),
    ('허', &["huh", "hur"]),
    ('우', &["woo"]),
    ('주', &["joo", "chu"]),
    ('구', &["koo"]),
    ('성', &["sung"]),
    ('현', &["hyun"]),
    ('변', &["byun"]),
    ('엄', &["uhm"]),
];

/// Latin spellings of a Hangul token (one syllable block or a run of them): Revised
/// Romanisation, McCune–Reischauer without its marks, the Korean [`key`] (how it meets the
/// Latin spellings of a name that reads as Korean), then the usual spellings of a family
/// name. Characters that are not syllable blocks (lone jamo) leave it unread.
pub fn romanize_hangul(token: &str) -> Vec<String> {
    let (mut rr, mut mr) = (String::new(), String::new());
    let mut key_text = String::new();
    for c in token.chars() {
        let Some((i, v, f)) = hangul_jamo(c) else {
            return Vec::new();
        };
        let syllable = format!(
            "{}{}{}",
            HANGUL_INITIALS[i].0, HANGUL_VOWELS[v].0, HANGUL_FINALS[f]
        );
        rr.push_str(&syllable);
        mr.push_str(HANGUL_INITIALS[i].1);
        mr.push_str(HANGUL_VOWELS[v].1);
        mr.push_str(HANGUL_FINALS[f]);
        // Syllable by syllable: a joined string could parse into other syllables.
        key_text.push_str(&syllables(&syllable).map(|(k, _)| k).unwrap_or(syllable));
    }
    let mut out = vec![rr];
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    push(mr);
    push(key_text);
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if let Some((_, spellings)) = FAMILY_SPELLINGS.iter().find(|(h, _)| *h == c) {
            for s in *spellings {
                push((*s).to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(spellings: &[&str]) {
        let keys: Vec<Option<String>> = spellings.iter().map(|s| key(s)).collect();
        assert!(keys[0].is_some(), "{} does not parse", spellings[0]);
        for (s, k) in spellings.iter().zip(&keys) {
            assert_eq!(k, &keys[0], "{s} against {}", spellings[0]);
        }
    }

    #[test]
    fn romanisations_of_one_syllable_share_a_key() {
        same(&["chol", "cheol", "chul"]);
        same(&["yong", "young", "yeong", "yung"]);
        same(&["pak", "park", "bak"]);
        same(&["choe", "choi"]);
        same(&["jong", "jeong", "chong", "jung", "chung"]);
        same(&["ri", "lee", "rhee", "yi", "i"]);
        same(&["rim", "lim", "im"]);
        same(&["un", "eun"]);
        same(&["song", "seong", "sung"]);
        same(&["hyok", "hyeok", "hyuk"]);
        same(&["o", "oh"]);
        same(&["kim", "gim"]);
        same(&["myong", "myeong", "myung"]);
        same(&["yongchol", "yeongcheol", "youngchul"]);
        same(&["an", "ahn"]);
    }

    #[test]
    fn hangul_reads_in_both_systems_and_as_the_key() {
        assert_eq!(romanize_hangul("정"), ["jeong", "chong", "jung", "chung"]);
        assert_eq!(romanize_hangul("은"), ["eun", "un", "on"]);
        assert_eq!(romanize_hangul("철"), ["cheol", "chol"]);
        assert_eq!(romanize_hangul("이"), ["i", "lee", "yi", "rhee"]);
        assert_eq!(romanize_hangul("룡"), ["ryong", "yong"]);
        // The key of a Hangul syllable is the key of its Latin spellings.
        for (hangul, latin) in [
            ("혁", "hyok"),
            ("박", "park"),
            ("최", "choi"),
            ("영", "young"),
        ] {
            assert!(
                romanize_hangul(hangul).contains(&key(latin).unwrap()),
                "{hangul} {latin}"
            );
        }
        // Lone jamo are not syllables.
        assert!(romanize_hangul("ㄱ").is_empty());
    }

    #[test]
    fn different_syllables_keep_different_keys() {
        assert_ne!(key("kim"), key("kam"));
        assert_ne!(key("chol"), key("chil"));
        assert_ne!(key("hyok"), key("hek"));
        assert_ne!(key("jin"), key("jun"));
    }

    #[test]
    fn what_is_not_korean_syllables_has_no_key() {
        for t in [
            "sandra",
            "francisco",
            "vladimir",
            "zhang",
            "strong",
            "fox",
            "yongcholminsu",
        ] {
            assert_eq!(key(t), None, "{t}");
        }
    }

    #[test]
    fn a_name_is_korean_with_a_korean_family_name_and_syllables_only() {
        assert!(is_korean(["kim", "yong", "chol"]));
        assert!(is_korean(["ri", "un", "song"]));
        assert!(is_korean(["jin", "hyok", "park"]));
        assert!(is_korean(["kim", "yongchol"]));
        assert!(is_korean(["o", "chong", "u"]));
        assert!(!is_korean(["kim"]));
        assert!(!is_korean(["li", "jun"]));
        assert!(!is_korean(["sandra", "kim"]));
        assert!(!is_korean(["wang", "wei"]));
        // Two syllables are as often Chinese or English: Song Jun, Jun Kim, Phil Lee.
        for name in [
            ["song", "jun"],
            ["jun", "kim"],
            ["phil", "lee"],
            ["choi", "park"],
        ] {
            assert!(!is_korean(name), "{name:?}");
        }
        // Initials, and family names other languages share (Han, Kang; U, a Burmese title).
        assert!(!is_korean(["a", "e", "kim"]));
        assert!(!is_korean(["han", "tong", "wei"]));
        assert!(!is_korean(["u", "than", "shwe"]));
    }
}
