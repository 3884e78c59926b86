//! How the dates of birth of one person agree across publishers, on the tuning part: for each
//! publisher case with a date, the best agreement between the query's date and the other
//! publisher's dates. This is P(agreement | same person) for the scoring model's date bits.
//!
//! `cargo run --release -p nazar-eval --example dob_agreement`

use std::collections::BTreeMap;

use nazar_core::dates::{self, PartialDate};
use nazar_core::prop;
use nazar_eval::{sets, Config, Kind, Lists, Selection};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config {
        selection: Selection::Tune,
        ..Config::default()
    };
    let lists = Lists::load(std::path::Path::new("../shared/data"))?;
    let sets = sets::build(&lists, &config);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut n = 0;
    for batch in &sets.batches {
        for case in batch.cases.iter().filter(|c| c.kind == Kind::Publisher) {
            let Some(q) = case.birth_date.as_deref().and_then(PartialDate::parse) else {
                continue;
            };
            let listed: Vec<PartialDate> = batch
                .entities
                .iter()
                .filter(|e| case.expected.contains(&e.id))
                .flat_map(|e| {
                    e.get(prop::BIRTH_DATE)
                        .iter()
                        .filter_map(|d| PartialDate::parse(d))
                        .collect::<Vec<_>>()
                })
                .collect();
            let best = listed.iter().map(|d| dates::compare(&q, d)).min();
            *counts.entry(format!("{best:?}")).or_default() += 1;
            n += 1;
        }
    }
    println!("{n} publisher cases with a date of birth (tuning part)");
    for (k, v) in counts {
        println!("  {k:<40} {v:>4}  {:.3}", v as f64 / n as f64);
    }
    Ok(())
}
