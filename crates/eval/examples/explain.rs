//! Explains how tune-part cases scored: for every case whose query contains one of the given
//! strings, the expected entity's explanation (scored exhaustively) and the first hit's.
//!
//! `cargo run --release -p nazar-eval --example explain -- [--beside p1m.jsonl] "Norullah Noori"`
//!
//! It reads only the tuning part: the test part is for reporting.

use nazar_core::{IndexBuilder, ScreenOptions};
use nazar_eval::{evaluate, sets, Config, Lists, QueryForm, Selection};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut wanted: Vec<String> = std::env::args().skip(1).collect();
    // `--beside FILE` first: the generated persons indexed beside each batch, as `nazar eval
    // --beside` does (exhaustive scoring then takes seconds per query).
    let beside = match wanted.first().map(String::as_str) {
        Some("--beside") if wanted.len() >= 2 => {
            let path = std::path::PathBuf::from(wanted.remove(1));
            wanted.remove(0);
            Some(path)
        }
        _ => None,
    };
    let shared = std::path::Path::new("../shared/data");
    let config = Config {
        selection: Selection::Tune,
        ..Config::default()
    };
    let lists = Lists::load(shared)?;
    let sets = sets::build(&lists, &config);
    for batch in &sets.batches {
        let cases: Vec<_> = batch
            .cases
            .iter()
            .filter(|c| wanted.iter().any(|w| c.name.contains(w.as_str())))
            .collect();
        if cases.is_empty() {
            continue;
        }
        let mut b = IndexBuilder::new();
        for e in batch.entities.clone() {
            b.add(e);
        }
        if let Some(path) = &beside {
            for e in nazar_ingest::ftm::parse("synth", path)?.entities {
                b.add(e);
            }
        }
        let index = b.build();
        let options = ScreenOptions {
            limit: 3000,
            cutoff: 0.0,
            ..ScreenOptions::default()
        };
        for case in cases {
            for form in [QueryForm::Name, QueryForm::NameDob] {
                let Some(q) = evaluate::query(case, form) else {
                    continue;
                };
                let hits = index.screen_brute_force(&q, &options);
                println!(
                    "== {:?} {:?} dob {:?}, expected {:?} {:?}",
                    case.kind, case.name, case.birth_date, case.expected, case.expected_caption
                );
                let pos = hits
                    .iter()
                    .position(|h| case.expected.contains(&h.entity.id));
                let show = |label: &str, h: &nazar_core::Hit| {
                    println!(
                        "  {label} {} {:?} score {:.3}",
                        h.entity.id,
                        h.entity.caption(),
                        h.score
                    );
                    for f in &h.comparison.explanation.features {
                        println!(
                            "      {:+.1} {} {} [{:?} / {:?}]",
                            f.bits, f.feature, f.detail, f.query, f.candidate
                        );
                    }
                    if let Some(n) = &h.comparison.explanation.name {
                        for u in &n.unmatched {
                            println!("      unmatched {} {} {:+.1}", u.side, u.part, u.bits);
                        }
                        for m in &n.matched {
                            println!(
                                "      matched {}~{} sim {:.2} {:+.1} f {:.5}",
                                m.query, m.candidate, m.similarity, m.bits, m.frequency
                            );
                        }
                    }
                };
                if let Some(first) = hits.first() {
                    show("first", first);
                }
                match pos {
                    Some(p) if p > 0 => show(&format!("rank {}", p + 1), &hits[p]),
                    Some(_) => {}
                    None => println!("  expected not scored above 0"),
                }
                let fast = index.screen(&q, &ScreenOptions::default());
                let fpos = fast
                    .iter()
                    .position(|h| case.expected.contains(&h.entity.id));
                println!("  candidate path rank {:?}", fpos.map(|p| p + 1));
            }
        }
    }
    Ok(())
}
