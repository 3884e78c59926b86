//! `nazar gen`: writes a synthetic population (FtM persons, no real person) and, optionally, a
//! labelled query set. The generator itself lives in `nazar-gen`.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};

#[derive(clap::Args)]
pub struct Args {
    /// Number of persons to write.
    #[arg(long)]
    persons: u64,
    /// Seed: the same seed writes byte-identical files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file (JSON lines, ingestible with `nazar ingest --list synth FILE`).
    #[arg(long)]
    out: PathBuf,
    /// Also write a labelled query set (yente /match queries plus `expected`).
    #[arg(long)]
    queries: Option<PathBuf>,
    /// Number of queries in the query set.
    #[arg(long, default_value_t = 1_000)]
    query_count: u64,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let cfg = nazar_gen::Config {
        persons: args.persons,
        seed: args.seed,
        ..Default::default()
    };
    let start = Instant::now();
    let file =
        File::create(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    nazar_gen::write_persons(&cfg, &mut w)
        .with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} persons to {} in {:.2} s",
        args.persons,
        args.out.display(),
        start.elapsed().as_secs_f64()
    );
    if let Some(q) = &args.queries {
        let start = Instant::now();
        let file = File::create(q).with_context(|| format!("creating {}", q.display()))?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        nazar_gen::write_queries(&cfg, args.query_count, &mut w)
            .with_context(|| format!("writing {}", q.display()))?;
        eprintln!(
            "wrote {} queries to {} in {:.2} s",
            args.query_count,
            q.display(),
            start.elapsed().as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}
