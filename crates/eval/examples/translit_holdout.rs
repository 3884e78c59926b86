//! How the cross-script token comparison fares on transliteration pairs it was *not* built
//! from: `tools/names/holdout.sh` sets one name pair in ten of the training files aside, derives the
//! tables from the rest, builds this example against those tables and runs it on the lines set
//! aside (`DIR/{google,arabic,russian,chinese}.tsv`, `latin<TAB>native` per line).
//!
//! For each file it prints, by what the tables know of the native token (`learned`: the
//! training pairs saw it with other spellings; `group`: only a Wikidata variant group has it;
//! `rules`: neither, so only the letter rules and the consonant skeleton speak for it;
//! `split`: the parser made several parts of it, as it does of a Chinese name it does not
//! know or of two Arabic-script names typed without a space, compared joined as the matcher's
//! alignment joins two parts):
//! the share of pairs at similarity ≥ 0.9, ≥ 0.86 (a skeleton match), ≥ 0.72 (any positive
//! evidence), and `R@1`, the share whose Latin side is the most similar of itself and 99
//! other Latin names of the same file (ties do not count against it) with similarity ≥ 0.72.
//!
//! `cargo run --release -p nazar-eval --example translit_holdout -- DIR [--misses N]`
use nazar_core::names::{canonical_compound, parse, NameToken, Role};
use nazar_core::score::token_similarity;
use nazar_core::text::Script;
use nazar_core::translit;

const DISTRACTORS: usize = 99;

#[derive(Default)]
struct Tally {
    n: usize,
    hi: usize,
    skeleton: usize,
    any: usize,
    first: usize,
}

impl Tally {
    fn add(&mut self, s: f32, first: bool) {
        self.n += 1;
        self.hi += usize::from(s >= 0.9);
        self.skeleton += usize::from(s >= 0.86);
        self.any += usize::from(s >= 0.72);
        self.first += usize::from(first);
    }

    fn line(&self, label: &str) -> String {
        let share = |k: usize| k as f64 / self.n.max(1) as f64;
        format!(
            "  {label:<8} n {:>6}  >=0.9 {:.3}  >=0.86 {:.3}  >=0.72 {:.3}  R@1 {:.3}",
            self.n,
            share(self.hi),
            share(self.skeleton),
            share(self.any),
            share(self.first)
        )
    }
}

/// The one token of a one-word name; the parts of a name that parses to several joined into
/// one (with `true`); `None` for a name with no part.
fn one_token(text: &str) -> Option<(NameToken, bool)> {
    let mut name = parse(text);
    match name.tokens.len() {
        0 => None,
        1 => name.tokens.pop().map(|t| (t, false)),
        _ => {
            let t = &name.tokens;
            let mut joined = NameToken::new(
                t.iter().map(|t| t.original.as_str()).collect(),
                t[0].script,
                vec![canonical_compound(
                    &t.iter().map(|t| t.primary()).collect::<String>(),
                )],
                Role::Part,
            );
            joined.finish();
            Some((joined, true))
        }
    }
}

fn class(t: &NameToken, split: bool) -> usize {
    let original = &t.spelling.original;
    if split {
        3
    } else if !translit::learned(original, t.spelling.script).is_empty() {
        0
    } else if !translit::groups(original).is_empty() {
        1
    } else {
        2
    }
}

const CLASSES: [&str; 4] = ["learned", "group", "rules", "split"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(
        args.get(1)
            .ok_or("usage: translit_holdout DIR [--misses N]")?,
    );
    let misses: usize = match args.iter().position(|a| a == "--misses") {
        Some(i) => args.get(i + 1).ok_or("--misses needs a number")?.parse()?,
        None => 0,
    };
    for file in ["google", "arabic", "russian", "chinese"] {
        let path = dir.join(format!("{file}.tsv"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{}: not found, skipped", path.display());
            continue;
        };
        let mut pairs: Vec<(String, NameToken, NameToken, bool)> = Vec::new();
        let mut skipped = 0usize;
        for line in text.lines() {
            let Some((latin, native)) = line.split_once('\t') else {
                continue;
            };
            match (one_token(latin), one_token(native)) {
                (Some((l, false)), Some((n, split))) if l.spelling.script == Script::Latin => {
                    pairs.push((line.to_string(), l, n, split))
                }
                _ => skipped += 1,
            }
        }
        let mut tallies: [Tally; 4] = Default::default();
        let mut all = Tally::default();
        let mut shown = 0usize;
        for (k, (line, latin, native, split)) in pairs.iter().enumerate() {
            let s = token_similarity(native, latin).0;
            let beaten = (1..pairs.len())
                .map(|d| &pairs[(k + d * 7919) % pairs.len()].1)
                .filter(|other| other.spelling.original != latin.spelling.original)
                .take(DISTRACTORS)
                .any(|other| token_similarity(native, other).0 > s);
            let first = s >= 0.72 && !beaten;
            let c = class(native, *split);
            tallies[c].add(s, first);
            all.add(s, first);
            if !first && shown < misses {
                shown += 1;
                println!("  miss [{}] {line}  {s:.2}  {:?}", CLASSES[c], native.forms);
            }
        }
        println!(
            "{}: {} pairs of a one-word Latin name ({skipped} others skipped)",
            path.display(),
            pairs.len()
        );
        println!("{}", all.line("all"));
        for (label, t) in CLASSES.iter().zip(&tallies) {
            println!("{}", t.line(label));
        }
    }
    Ok(())
}
