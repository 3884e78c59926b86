//! Spelling variant operators: the ways one person's name differs between a list and a
//! passenger record. Each operator returns `None` when it does not apply to the name.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::population::Model;
use crate::rng::Rng;

/// One variant operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `Hassan` -> `Hassen`, `Yusuf` -> `Yosuf`, `Rahim` -> `Raheem`.
    VowelSwap,
    /// `Hassan` -> `Hasan`, `Bilal` -> `Billal`.
    DoubleLetter,
    /// `Muhammad` <-> `Mohd` / `Md` / `Mohammed`.
    Muhammad,
    /// `Abdul Rahman` <-> `Abdulrahman`, `Abdulrahman` -> `Abdul Rahman`.
    Abdul,
    /// `Given Middle Family` -> `FAMILY, Given Middle`.
    SurnameFirst,
    /// Drops a middle part of a name of three or more parts.
    DropMiddle,
    /// Another spelling of one part from the pools (`Hussain` -> `Hussein`).
    Spelling,
}

pub const ALL: &[Op] = &[
    Op::VowelSwap,
    Op::DoubleLetter,
    Op::Muhammad,
    Op::Abdul,
    Op::SurnameFirst,
    Op::DropMiddle,
    Op::Spelling,
];

/// Applies `op` to `name`; `None` when it does not apply or changes nothing.
pub fn apply(op: Op, name: &str, rng: &mut Rng) -> Option<String> {
    let out = match op {
        Op::VowelSwap => vowel_swap(name, rng),
        Op::DoubleLetter => double_letter(name, rng),
        Op::Muhammad => muhammad(name, rng),
        Op::Abdul => abdul(name),
        Op::SurnameFirst => surname_first(name),
        Op::DropMiddle => drop_middle(name, rng),
        Op::Spelling => spelling(name, rng),
    }?;
    (out != name && !out.trim().is_empty()).then_some(out)
}

/// A variant made by up to `n` operators drawn at random (at least one applies when any can).
pub fn vary(name: &str, n: usize, rng: &mut Rng) -> String {
    let mut cur = name.to_string();
    let mut applied = 0;
    for _ in 0..n * 6 {
        if applied >= n {
            break;
        }
        if let Some(v) = apply(*rng.choose(ALL), &cur, rng) {
            cur = v;
            applied += 1;
        }
    }
    cur
}

fn words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// Picks a word index with at least `min_len` characters, not `s/o`-like linkers.
fn pick_word(ws: &[&str], min_len: usize, rng: &mut Rng) -> Option<usize> {
    let ok: Vec<usize> = (0..ws.len())
        .filter(|&i| ws[i].chars().count() >= min_len && ws[i].chars().all(char::is_alphabetic))
        .collect();
    (!ok.is_empty()).then(|| *rng.choose(&ok))
}

fn replace_word(ws: &[&str], i: usize, new: &str) -> String {
    let mut out: Vec<&str> = ws.to_vec();
    out[i] = new;
    out.join(" ")
}

fn vowel_swap(name: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(name);
    let i = pick_word(&ws, 3, rng)?;
    let chars: Vec<char> = ws[i].chars().collect();
    // Not the first letter: initials rarely change between spellings.
    let pos: Vec<usize> = (1..chars.len())
        .filter(|&j| "aeiouAEIOU".contains(chars[j]))
        .collect();
    if pos.is_empty() {
        return None;
    }
    let j = *rng.choose(&pos);
    let mut w: String = chars[..j].iter().collect();
    let swaps: &[&str] = match chars[j].to_ascii_lowercase() {
        'a' => &["e", "aa", "o"],
        'e' => &["a", "i", "ee"],
        'i' => &["ee", "e", "y"],
        'o' => &["u", "ou", "a"],
        _ => &["o", "oo", "ou"],
    };
    let swap = *rng.choose(swaps);
    w.push_str(swap);
    w.extend(&chars[j + 1..]);
    Some(replace_word(&ws, i, &w))
}

fn double_letter(name: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(name);
    let i = pick_word(&ws, 4, rng)?;
    let chars: Vec<char> = ws[i].chars().collect();
    if let Some(j) = (1..chars.len()).find(|&j| chars[j] == chars[j - 1]) {
        let mut c = chars.clone();
        c.remove(j);
        return Some(replace_word(&ws, i, &c.into_iter().collect::<String>()));
    }
    let cons: Vec<usize> = (1..chars.len() - 1)
        .filter(|&j| "bdfklmnrstzBDFKLMNRSTZ".contains(chars[j]))
        .collect();
    if cons.is_empty() {
        return None;
    }
    let j = *rng.choose(&cons);
    let mut c = chars.clone();
    c.insert(j, chars[j]);
    Some(replace_word(&ws, i, &c.into_iter().collect::<String>()))
}

const MUHAMMADS: &[&str] = &["Muhammad", "Mohammad", "Mohammed", "Mohamed", "Muhammed"];
const SHORT: &[&str] = &["Mohd", "Md", "Muhd", "M."];

fn muhammad(name: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(name);
    let i = ws
        .iter()
        .position(|w| MUHAMMADS.contains(w) || SHORT.contains(w))?;
    let long: Vec<&str> = MUHAMMADS.iter().copied().filter(|m| *m != ws[i]).collect();
    let new = if MUHAMMADS.contains(&ws[i]) && rng.chance(0.6) {
        rng.choose(SHORT)
    } else {
        rng.choose(&long)
    };
    Some(replace_word(&ws, i, new))
}

const ABD: &[&str] = &["Abdul", "Abdel", "Abdur", "Abdu", "Abd", "Abdal", "Abdi"];

fn abdul(name: &str) -> Option<String> {
    let ws = words(name);
    // Split joined: Abdulrahman -> Abdul Rahman.
    for (i, w) in ws.iter().enumerate() {
        if ABD.contains(w) && i + 1 < ws.len() {
            let mut out: Vec<String> = ws.iter().map(|s| s.to_string()).collect();
            let joined = format!("{}{}", w, ws[i + 1].to_lowercase());
            out.splice(i..i + 2, [joined]);
            return Some(out.join(" "));
        }
        for prefix in ["Abdul", "Abdel", "Abdur", "Abdal"] {
            if let Some(rest) = w.strip_prefix(prefix) {
                if rest.chars().count() >= 3 {
                    let cap = crate::population::capitalise(rest);
                    return Some(replace_word(&ws, i, &format!("{prefix} {cap}")));
                }
            }
        }
    }
    None
}

fn surname_first(name: &str) -> Option<String> {
    let ws = words(name);
    if ws.len() < 2 || name.contains(',') || ws.iter().any(|w| w.contains('/')) {
        return None;
    }
    let last = ws[ws.len() - 1].to_uppercase();
    Some(format!("{last}, {}", ws[..ws.len() - 1].join(" ")))
}

fn drop_middle(name: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(name);
    if ws.len() < 3 || name.contains(',') {
        return None;
    }
    let i = 1 + rng.below(ws.len() as u64 - 2) as usize;
    let mut out = ws.clone();
    out.remove(i);
    Some(out.join(" "))
}

/// Spelling -> all spellings of that part, built once from the pools.
fn spellings() -> &'static HashMap<&'static str, &'static [&'static str]> {
    static MAP: OnceLock<HashMap<&'static str, &'static [&'static str]>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for r in Model::new().regions {
            for pool in [
                &r.male,
                &r.female,
                &r.family,
                &r.patronymic_m,
                &r.patronymic_f,
            ] {
                for p in pool.parts() {
                    if p.spellings.len() > 1 {
                        for s in p.spellings {
                            m.entry(*s).or_insert(p.spellings);
                        }
                    }
                }
            }
        }
        m
    })
}

fn spelling(name: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(name);
    let map = spellings();
    let ok: Vec<usize> = (0..ws.len()).filter(|&i| map.contains_key(ws[i])).collect();
    if ok.is_empty() {
        return None;
    }
    let i = *rng.choose(&ok);
    let alts: Vec<&str> = map[ws[i]].iter().copied().filter(|s| *s != ws[i]).collect();
    if alts.is_empty() {
        return None;
    }
    let alt = *rng.choose(&alts);
    Some(replace_word(&ws, i, alt))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(op: Op, input: &str, expect: impl Fn(&str) -> bool) {
        let mut rng = Rng::new(3);
        for _ in 0..50 {
            let out = apply(op, input, &mut rng).unwrap_or_else(|| panic!("{op:?} on {input}"));
            assert!(expect(&out), "{op:?}: {input} -> {out}");
        }
    }

    #[test]
    fn operators_make_the_expected_variants() {
        check(Op::Muhammad, "Muhammad Ali Khan", |o| {
            o.ends_with(" Ali Khan") && !o.starts_with("Muhammad ")
        });
        check(Op::Muhammad, "Mohd Tariq", |o| {
            MUHAMMADS.iter().any(|m| o.starts_with(m))
        });
        check(Op::Abdul, "Abdul Rahman Qureshi", |o| {
            o == "Abdulrahman Qureshi"
        });
        check(Op::Abdul, "Abdulrahman Qureshi", |o| {
            o == "Abdul Rahman Qureshi"
        });
        check(Op::SurnameFirst, "Hamid Gul Wardak", |o| {
            o == "WARDAK, Hamid Gul"
        });
        check(Op::DropMiddle, "Ali Reza Hosseini", |o| o == "Ali Hosseini");
        check(Op::DoubleLetter, "Hassan Butt", |o| {
            o == "Hasan Butt" || o == "Hassan But"
        });
        check(Op::DoubleLetter, "Bilal Omar", |o| {
            o.len() == "Bilal Omar".len() + 1
        });
        check(Op::VowelSwap, "Yusuf Karimov", |o| {
            o.len() >= "Yusuf Karimov".len() && o != "Yusuf Karimov"
        });
        check(Op::Spelling, "Hussain", |o| {
            o != "Hussain" && o.starts_with('H')
        });
    }

    #[test]
    fn operators_decline_what_they_cannot_vary() {
        let mut rng = Rng::new(1);
        assert_eq!(apply(Op::Muhammad, "Ivan Petrov", &mut rng), None);
        assert_eq!(apply(Op::Abdul, "Ivan Petrov", &mut rng), None);
        assert_eq!(apply(Op::DropMiddle, "Ivan Petrov", &mut rng), None);
        assert_eq!(apply(Op::SurnameFirst, "Wei", &mut rng), None);
        assert_eq!(apply(Op::VowelSwap, "王伟", &mut rng), None);
    }

    #[test]
    fn vary_changes_the_name_when_it_can() {
        let mut rng = Rng::new(9);
        for name in [
            "Muhammad Imran Qureshi",
            "Olga Ivanovna Petrova",
            "Wang Xiaoming",
        ] {
            assert_ne!(vary(name, 1, &mut rng), name);
        }
    }
}
