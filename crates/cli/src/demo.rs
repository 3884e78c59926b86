//! `nazar demo`: a training run on synthetic people only. It ingests the invented watchlist
//! shipped in `examples/demo/` and screens sample queries that show what the matcher does:
//! spelling variants, other scripts, a common name that must not alert, an ID-only query.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use nazar_core::ScreenOptions;
use nazar_store::{IngestMeta, Store};

use crate::{admin, output::print_table, screen, store_err};

/// The synthetic watchlist: invented people, never real ones.
const WATCHLIST: &str = include_str!("../../../examples/demo/watchlist.jsonl");
/// Sample queries against it.
const QUERIES: &str = include_str!("../../../examples/demo/queries.jsonl");

#[derive(clap::Args)]
pub struct Args {}

pub fn run(data: &Path, _args: Args) -> Result<ExitCode> {
    let dir = tempdir_in(data)?;
    let wl = dir.join("watchlist.jsonl");
    let qs = dir.join("queries.jsonl");
    std::fs::write(&wl, WATCHLIST)?;
    std::fs::write(&qs, QUERIES)?;
    let parsed = nazar_ingest::parse_files(
        "demo",
        Some(nazar_ingest::Format::Ftm),
        std::slice::from_ref(&wl),
        &Default::default(),
    )?;
    let mut store = admin::open(data)?;
    let meta = IngestMeta {
        format: "ftm".into(),
        sources: vec!["watchlist.jsonl".into()],
        source_digest: Some(crate::ingest::digest_files(&[wl])?),
        warnings: parsed.warnings.len(),
        agency: None,
    };
    let report = store
        .ingest("demo", parsed.entities, &meta)
        .map_err(store_err)?;
    println!(
        "demo: list `demo` version {} in {} ({} synthetic entities; invented people only)\n",
        report.version,
        data.display(),
        store
            .list("demo")
            .map_err(store_err)?
            .map(|l| l.entities)
            .unwrap_or(0)
    );
    let index = screen::load_index(data, &["demo".to_string()])?;
    let opts = ScreenOptions {
        limit: 3,
        lists: vec!["demo".to_string()],
        ..ScreenOptions::default()
    };
    for q in screen::read_queries(&qs)? {
        println!("== {}", q.id);
        print_table(&q.query, &index.screen(&q.query, &opts), &opts);
        println!();
    }
    std::fs::remove_dir_all(&dir).ok();
    println!(
        "try: nazar --data {} screen --name \"Rashid Nawaz Laghari\" --dob 1972",
        data.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn tempdir_in(data: &Path) -> Result<std::path::PathBuf> {
    let dir = data.join(format!("demo-tmp-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
