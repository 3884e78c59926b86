//! How the cross-script token comparison fares on the transliteration pairs in
//! `../shared/data/transliteration` (every tenth line of a file; `swap` for google's
//! `arabic<TAB>latin` order): the share of pairs at similarity 0.9 or more, 0.8 to 0.9, and
//! the misses. These pairs trained the tables, so the figures are in-sample: a check of
//! coverage and of parsing (an article split off a name), not a held-out accuracy.
//!
//! `cargo run --release -p nazar-eval --example translit_probe -- FILE [swap]`
use nazar_core::names::parse;
use nazar_core::score::token_similarity;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: translit_probe FILE [swap]")?;
    let swap = args.iter().skip(2).any(|a| a == "swap");
    // `mid`: list the pairs at 0.8 to 0.9 instead of the misses.
    let mid_band = args.iter().skip(2).any(|a| a == "mid");
    let f = std::io::BufReader::new(std::fs::File::open(path)?);
    let (mut n, mut hi, mut mid, mut any) = (0usize, 0usize, 0usize, 0usize);
    let mut bad: Vec<String> = Vec::new();
    for (k, line) in f.lines().enumerate() {
        let line = line?;
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || k % 10 != 0 {
            continue;
        }
        let (latin, script) = if swap {
            (cols[1].to_string(), cols[0].replace(' ', ""))
        } else {
            (cols[0].to_string(), cols[1].replace(' ', ""))
        };
        let (a, b) = (parse(&latin), parse(&script));
        let (Some(x), Some(y)) = (a.tokens.first(), b.tokens.first()) else {
            continue;
        };
        if a.tokens.len() != 1 || b.tokens.len() != 1 {
            continue;
        }
        n += 1;
        let s = token_similarity(y, x).0;
        let in_mid = (0.8..0.9).contains(&s);
        if s >= 0.9 {
            hi += 1
        } else if in_mid {
            mid += 1
        }
        if s < 0.9 && in_mid == mid_band && bad.len() < 25 {
            bad.push(format!("{latin} {script} {s:.2} {:?}", y.forms));
        }
        if s >= 0.72 {
            any += 1
        }
    }
    println!(
        "{path}: n {n}  >=0.9 {:.3}  0.8-0.9 {:.3}  >=0.72 {:.3}",
        hi as f64 / n as f64,
        mid as f64 / n as f64,
        any as f64 / n as f64
    );
    for b in bad {
        println!("  {b}");
    }
    Ok(())
}
