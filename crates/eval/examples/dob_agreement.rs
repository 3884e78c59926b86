//! How the dates of birth of one person agree across publishers, on the tuning part, against
//! how they agree between different people: the two sides of the scoring model's date bits.
//!
//! For each publisher case with a date, `same` is the best agreement between the query's date
//! and the other publisher's dates of that person: P(agreement | same person). `other` is the
//! best agreement between the query's date and each *other* listed person's dates in the same
//! list: P(agreement | different people). `bits` is log2 of their ratio, with half a case
//! added to each count so that an agreement never seen still gets a finite figure.
//!
//! The publisher pairs are made from shared document numbers among persons whose birth years
//! agree where both have one (`sets.rs`), so a person's dates five or more years apart are
//! under-counted on the `same` side. A second table (`docs`) therefore pairs the tuning part's
//! UN and OFAC persons on shared document numbers alone, whatever their years, both ways.
//!
//! `cargo run --release -p nazar-eval --example dob_agreement`

use std::collections::BTreeMap;

use nazar_core::dates::{self, DateAgreement, PartialDate};
use nazar_core::{prop, Entity};
use nazar_eval::split::{split_of, Split};
use nazar_eval::{lists, sets, Config, Kind, Lists, Selection};

fn dates_of(e: &Entity) -> Vec<PartialDate> {
    e.get(prop::BIRTH_DATE)
        .iter()
        .filter_map(|d| PartialDate::parse(d))
        .collect()
}

fn best(q: &PartialDate, listed: &[PartialDate]) -> Option<DateAgreement> {
    listed.iter().map(|d| dates::compare(q, d)).min()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config {
        selection: Selection::Tune,
        ..Config::default()
    };
    let lists = Lists::load(std::path::Path::new("../shared/data"))?;
    let sets = sets::build(&lists, &config);
    let mut same: BTreeMap<Option<DateAgreement>, f64> = BTreeMap::new();
    let mut other: BTreeMap<Option<DateAgreement>, f64> = BTreeMap::new();
    let (mut n_same, mut n_other) = (0usize, 0usize);
    for batch in &sets.batches {
        let persons: Vec<(&Entity, Vec<PartialDate>)> = batch
            .entities
            .iter()
            .filter(|e| lists::is_person(e))
            .map(|e| (e, dates_of(e)))
            .filter(|(_, d)| !d.is_empty())
            .collect();
        for case in batch.cases.iter().filter(|c| c.kind == Kind::Publisher) {
            let Some(q) = case.birth_date.as_deref().and_then(PartialDate::parse) else {
                continue;
            };
            let listed: Vec<PartialDate> = batch
                .entities
                .iter()
                .filter(|e| case.expected.contains(&e.id))
                .flat_map(dates_of)
                .collect();
            *same.entry(best(&q, &listed)).or_default() += 1.0;
            n_same += 1;
            for (_, d) in persons
                .iter()
                .filter(|(e, _)| !case.expected.contains(&e.id))
            {
                *other.entry(best(&q, d)).or_default() += 1.0;
                n_other += 1;
            }
        }
    }
    // The same person by shared documents alone, both ways.
    let mut docs: BTreeMap<Option<DateAgreement>, f64> = BTreeMap::new();
    let mut n_docs = 0usize;
    let ofac: Vec<(&Entity, Vec<String>)> = lists
        .ofac
        .iter()
        .filter(|e| lists::is_person(e))
        .map(|e| (e, sets::documents(e)))
        .collect();
    for u in lists.un.iter().filter(|e| lists::is_person(e)) {
        if split_of(&u.id) != Split::Tune {
            continue;
        }
        let ud = sets::documents(u);
        for (o, _) in ofac
            .iter()
            .filter(|(_, od)| od.iter().any(|d| ud.contains(d)))
        {
            for (q, listed) in [(u, *o), (*o, u)] {
                let Some(qd) = lists::query_birth_date(q).and_then(|d| PartialDate::parse(&d))
                else {
                    continue;
                };
                *docs.entry(best(&qd, &dates_of(listed))).or_default() += 1.0;
                n_docs += 1;
            }
        }
    }
    println!(
        "{n_same} publisher cases with a date of birth (tuning part); {n_docs} queries of a \
         person paired on documents alone; {n_other} pairs of a query's date with another \
         listed person's dates"
    );
    println!(
        "  {:<22} {:>5} {:>7} {:>6}   {:>5} {:>7} {:>6}   {:>8}",
        "agreement", "same", "share", "bits", "docs", "share", "bits", "other"
    );
    let mut keys: Vec<Option<DateAgreement>> = same
        .keys()
        .chain(other.keys())
        .chain(docs.keys())
        .copied()
        .collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        let s = same.get(&k).copied().unwrap_or(0.0);
        let d = docs.get(&k).copied().unwrap_or(0.0);
        let o = other.get(&k).copied().unwrap_or(0.0);
        let u = (o + 0.5) / (n_other as f64 + 0.5);
        let bits = |count: f64, n: usize| ((count + 0.5) / (n as f64 + 0.5) / u).log2();
        let label = k.map_or("no date listed".to_string(), |a| format!("{a:?}"));
        println!(
            "  {label:<22} {s:>5} {:>7.3} {:>+6.1}   {d:>5} {:>7.3} {:>+6.1}   {:>8.5}",
            s / n_same as f64,
            bits(s, n_same),
            d / n_docs as f64,
            bits(d, n_docs),
            o / n_other as f64,
        );
    }
    Ok(())
}
