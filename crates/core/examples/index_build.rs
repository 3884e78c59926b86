//! Builds an index from a FollowTheMoney JSON-lines file (as `nazar gen` writes), writes its
//! snapshot, opens it again and screens a query file, printing time and memory of each step.
//!
//! ```text
//! cargo run --release -p nazar-core --example index_build -- persons.jsonl [queries.jsonl]
//! ```

use std::io::BufRead;
use std::time::Instant;

use nazar_core::{Entity, Index, IndexBuilder, Query, ScreenOptions};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        })
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| format!("{:.0} MB", kb / 1024.0))
        .unwrap_or_else(|| "n/a".into())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        return Err("usage: index_build PERSONS.jsonl [QUERIES.jsonl]".into());
    };
    if path.ends_with(".nzi") {
        let t = Instant::now();
        let bytes = std::fs::read(path)?;
        let index = Index::from_bytes(&bytes)?;
        drop(bytes);
        println!(
            "opened {} entities in {:.2} s; peak RSS {}",
            index.len(),
            t.elapsed().as_secs_f64(),
            peak_rss_mb()
        );
        return screen(&index, args.get(1));
    }
    let t = Instant::now();
    let mut b = IndexBuilder::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let mut e: Entity = serde_json::from_str(&line?)?;
        if !e.id.contains(':') {
            e.id = format!("synth:{}", e.id);
        }
        b.add(e);
    }
    println!(
        "read {} entities in {:.2} s",
        b.len(),
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let index = b.build();
    println!(
        "built in {:.2} s: {} spellings; peak RSS {}",
        t.elapsed().as_secs_f64(),
        index.spelling_count(),
        peak_rss_mb()
    );
    let t = Instant::now();
    let bytes = index.to_bytes();
    println!(
        "snapshot {:.1} MB in {:.2} s",
        bytes.len() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    drop(index);
    if let Ok(out) = std::env::var("SAVE") {
        std::fs::write(out, &bytes)?;
    }
    let t = Instant::now();
    let index = Index::from_bytes(&bytes)?;
    drop(bytes);
    println!(
        "opened in {:.2} s; peak RSS {}",
        t.elapsed().as_secs_f64(),
        peak_rss_mb()
    );
    screen(&index, args.get(1))
}

fn screen(index: &Index, queries: Option<&String>) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(qpath) = queries {
        let mut queries = Vec::new();
        for line in std::io::BufReader::new(std::fs::File::open(qpath)?).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?)?;
            let props = serde_json::from_value(v["properties"].clone())?;
            let expected = v["expected"].as_str().map(str::to_string);
            queries.push((Query::from_properties(None, &props), expected));
        }
        let opts = ScreenOptions::default();
        let mut lat: Vec<f64> = Vec::new();
        let (mut listed, mut found, mut others, mut alerts) = (0, 0, 0, 0);
        let verbose = std::env::var("VERBOSE").is_ok();
        for (q, expected) in &queries {
            let t = Instant::now();
            let hits = index.screen(q, &opts);
            lat.push(t.elapsed().as_secs_f64() * 1e3);
            let alert = hits.iter().any(|h| h.is_match);
            match expected {
                Some(id) => {
                    listed += 1;
                    let ok = hits
                        .first()
                        .is_some_and(|h| h.is_match && h.entity.id == *id);
                    found += usize::from(ok);
                    if !ok && verbose {
                        let top = hits
                            .first()
                            .map(|h| (h.entity.caption().to_string(), h.score));
                        println!("MISS {:?} want {id} got {top:?}", q.names);
                    }
                }
                None => {
                    others += 1;
                    alerts += usize::from(alert);
                    if alert && verbose {
                        let h = &hits[0];
                        println!(
                            "ALERT {:?} {:?} -> {} {:.3}",
                            q.names,
                            q.birth_dates,
                            h.entity.caption(),
                            h.score
                        );
                    }
                }
            }
        }
        println!(
            "listed variants found first and flagged: {found}/{listed}; non-listed alerting: {alerts}/{others}"
        );
        lat.sort_by(f64::total_cmp);
        let pct = |p: f64| lat[((lat.len() - 1) as f64 * p) as usize];
        println!(
            "{} queries: p50 {:.3} ms, p99 {:.3} ms; peak RSS {}",
            lat.len(),
            pct(0.5),
            pct(0.99),
            peak_rss_mb()
        );
    }
    Ok(())
}
