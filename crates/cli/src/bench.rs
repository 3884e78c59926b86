//! `nazar bench`: how the cost of screening grows with the size of the list. For each scale it
//! generates a synthetic population (`nazar-gen`), ingests it, builds the index and screens a
//! labelled query set on the candidate path and by brute force (every entity scored, the upper
//! bound on work), side by side, then prints one table row per scale and path.
//!
//! Each phase of a scale (ingest, index, screen) runs in a child process (`nazar bench --one N
//! --phase P`, hidden) so that its peak RSS is its own and a scale that runs out of memory
//! fails alone; the child prints its figures as one JSON line and the parent gathers them
//! ([`scale::ScaleFigures`]).

mod http;
mod scale;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::json;

use crate::UserError;
use scale::{PathFigures, Phase, ScaleConfig, ScaleFigures};

#[derive(clap::Args)]
pub struct Args {
    /// List sizes to measure (persons), comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    scales: Vec<u64>,
    /// Labelled queries per scale: about half variants of listed persons, half non-listed.
    #[arg(long, default_value_t = 2_000)]
    queries: u64,
    /// Seed of the population and the queries.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where the scratch files go (one folder per scale); a temporary folder when omitted.
    #[arg(long, value_name = "DIR")]
    work_dir: Option<PathBuf>,
    /// Keep the scratch files (population, queries, store) instead of deleting them.
    #[arg(long)]
    keep: bool,
    /// Also measure latency over HTTP: the service in-process on 127.0.0.1, one
    /// `POST /match/default` at a time.
    #[arg(long)]
    http: bool,
    /// Queries screened by brute force at most per scale (each scores every entity).
    #[arg(long, default_value_t = 50)]
    brute_force_queries: usize,
    /// Brute force stops taking new queries after this many seconds per scale.
    #[arg(long, default_value_t = 60)]
    brute_force_seconds: u64,
    /// Print a JSON array (one object per scale) instead of the table.
    #[arg(long)]
    json: bool,
    /// Run one phase of one scale in this process and print its figures as one JSON line.
    #[arg(long, hide = true, value_name = "N", requires = "phase")]
    one: Option<u64>,
    #[arg(long, hide = true, value_enum)]
    phase: Option<Phase>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let (Some(persons), Some(phase)) = (args.one, args.phase) {
        let dir = args
            .work_dir
            .clone()
            .ok_or_else(|| UserError("--one needs --work-dir".into()))?;
        let cfg = ScaleConfig {
            persons,
            queries: args.queries,
            seed: args.seed,
            dir: &dir,
            http: args.http,
            brute_force_queries: args.brute_force_queries,
            brute_force_budget: Duration::from_secs(args.brute_force_seconds),
        };
        let figures = scale::run(&cfg, phase)?;
        println!("{}", serde_json::to_string(&figures)?);
        return Ok(ExitCode::SUCCESS);
    }
    if args.scales.is_empty() || args.scales.contains(&0) {
        return Err(
            UserError("--scales needs list sizes above 0, e.g. 10000,100000".into()).into(),
        );
    }
    if args.queries == 0 {
        return Err(UserError("--queries must be above 0".into()).into());
    }
    let (base, temporary) = match &args.work_dir {
        Some(d) => (d.clone(), false),
        None => (
            std::env::temp_dir().join(format!("nazar-bench-{}", std::process::id())),
            true,
        ),
    };
    std::fs::create_dir_all(&base).with_context(|| format!("creating {}", base.display()))?;
    let mut results: Vec<(u64, Result<ScaleFigures, String>)> = Vec::new();
    for &n in &args.scales {
        let dir = base.join(format!("scale-{n}"));
        let result = run_scale(&args, n, &dir);
        if let Err(e) = &result {
            eprintln!("bench {n}: failed: {e}");
        }
        if !args.keep {
            let _ = std::fs::remove_dir_all(&dir);
        }
        results.push((n, result));
    }
    if temporary && !args.keep {
        let _ = std::fs::remove_dir_all(&base);
    } else if args.keep {
        eprintln!("bench: scratch files kept in {}", base.display());
    }
    if args.json {
        let out: Vec<_> = results
            .iter()
            .map(|(n, r)| match r {
                Ok(f) => json!(f),
                Err(e) => json!({"entities": n, "error": e}),
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print_table(&args, &results);
    }
    Ok(if results.iter().all(|(_, r)| r.is_ok()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs the phases of one scale, each in a child process.
fn run_scale(args: &Args, n: u64, dir: &Path) -> Result<ScaleFigures, String> {
    Ok(ScaleFigures {
        entities: n,
        ingest: phase(args, n, dir, Phase::Ingest)?,
        index: phase(args, n, dir, Phase::Index)?,
        screen: phase(args, n, dir, Phase::Screen)?,
    })
}

/// The figures of one phase, from its child process.
fn phase<T: serde::de::DeserializeOwned>(
    args: &Args,
    n: u64,
    dir: &Path,
    phase: Phase,
) -> Result<T, String> {
    let v = child(args, n, dir, phase)?;
    serde_json::from_value(v).map_err(|e| format!("reading the {phase:?} figures: {e}"))
}

/// Runs one phase in a child process and reads its figures off its last stdout line.
fn child(args: &Args, n: u64, dir: &Path, phase: Phase) -> Result<serde_json::Value, String> {
    let exe = std::env::current_exe().map_err(|e| format!("finding nazar itself: {e}"))?;
    let mut cmd = Command::new(exe);
    cmd.arg("bench")
        .arg("--one")
        .arg(n.to_string())
        .arg("--phase")
        .arg(format!("{phase:?}").to_lowercase())
        .arg("--queries")
        .arg(args.queries.to_string())
        .arg("--seed")
        .arg(args.seed.to_string())
        .arg("--work-dir")
        .arg(dir)
        .arg("--brute-force-queries")
        .arg(args.brute_force_queries.to_string())
        .arg("--brute-force-seconds")
        .arg(args.brute_force_seconds.to_string());
    if args.http {
        cmd.arg("--http");
    }
    let out = cmd
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("starting the scale's process: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{} phase: {}",
            format!("{phase:?}").to_lowercase(),
            describe_exit(out.status)
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next_back().unwrap_or("");
    serde_json::from_str(line).map_err(|e| format!("reading the scale's figures: {e}"))
}

fn describe_exit(status: std::process::ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if status.signal() == Some(9) {
            return "killed (signal 9; out of memory?)".into();
        }
    }
    format!("the scale's process ended with {status}")
}

fn secs(v: f64) -> String {
    format!("{v:.2}")
}

/// Screens per second: whole numbers, except the few of brute force at scale.
fn rate(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.0}")
    }
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "n/a".into(), |v| format!("{v:.digits$}"))
}

const HEADER: &[&str] = &[
    "entities",
    "path",
    "queries",
    "gen s",
    "ingest s",
    "index build s",
    "save s",
    "open s",
    "p50 ms",
    "p99 ms",
    "batch screens/s",
    "HTTP p50 ms",
    "HTTP p99 ms",
    "ingest RSS MB",
    "build RSS MB",
    "screen RSS MB",
    "recall",
    "alert rate",
];

/// One table row; the figures the two paths share only on the candidate row.
fn row(f: &ScaleFigures, name: &str, p: &PathFigures, shared: bool) -> String {
    let (i, x, s) = (&f.ingest, &f.index, &f.screen);
    let mut cells = vec![
        f.entities.to_string(),
        name.to_string(),
        p.queries.to_string(),
    ];
    let common = [
        secs(i.gen_s),
        secs(i.ingest_s),
        secs(x.read_s + x.build_s),
        secs(x.save_s),
        secs(s.open_s),
    ];
    cells.extend(common.map(|c| if shared { c } else { "–".into() }));
    cells.push(format!("{:.3}", p.p50_ms));
    cells.push(format!("{:.3}", p.p99_ms));
    cells.push(rate(p.batch_per_s));
    let http = s.http.as_ref().filter(|_| shared);
    cells.push(http.map_or("–".into(), |h| format!("{:.2}", h.p50_ms)));
    cells.push(http.map_or("–".into(), |h| format!("{:.2}", h.p99_ms)));
    let rss = [opt(i.rss_mb, 0), opt(x.rss_mb, 0), opt(s.rss_mb, 0)];
    cells.extend(rss.map(|c| if shared { c } else { "–".into() }));
    cells.push(opt(p.recall, 3));
    cells.push(opt(p.alert_rate, 3));
    format!("| {} |", cells.join(" | "))
}

fn print_table(args: &Args, results: &[(u64, Result<ScaleFigures, String>)]) {
    println!(
        "nazar bench: seed {}, {} queries per scale, {} threads; brute force at most {} queries or {} s per scale",
        args.seed,
        args.queries,
        rayon::current_num_threads(),
        args.brute_force_queries,
        args.brute_force_seconds
    );
    println!();
    println!("| {} |", HEADER.join(" | "));
    println!("|{}", "---|".repeat(HEADER.len()));
    for (n, r) in results {
        match r {
            Ok(f) => {
                println!("{}", row(f, "candidates", &f.screen.candidate, true));
                println!("{}", row(f, "brute force", &f.screen.brute_force, false));
            }
            Err(e) => {
                let rest = "| ".repeat(HEADER.len() - 2);
                println!("| {n} | failed: {e} {rest}|");
            }
        }
    }
    println!();
    println!(
        "gen: population and queries written. ingest: parsed and written to the store as a list \
         version. index build: read back from the store and built. save/open: the index snapshot \
         written, then read and opened in a fresh process, which does all the screening. \
         p50/p99: one query at a time on one thread. batch: the same queries on all threads. \
         RSS: peak of each phase's process. recall: listed variants whose first result is the \
         listed person, flagged. alert rate: non-listed people with any flagged result."
    );
    for f in results.iter().filter_map(|(_, r)| r.as_ref().ok()) {
        let x = &f.index;
        println!(
            "{}: index file {:.1} MB; index build = read {:.2} s + build {:.2} s; first screening after opening (tables loaded on first use, not in p50/p99) {:.2} s; mean latency {:.3} ms on the candidate path, {:.1} ms by brute force.",
            f.entities,
            x.snapshot_mb,
            x.read_s,
            x.build_s,
            f.screen.warmup_s,
            f.screen.candidate.mean_ms,
            f.screen.brute_force.mean_ms
        );
        let o = &f.screen.opened_batch;
        println!(
            "{}: a batch job, opening included: the index opened, then {} screenings on all threads, {:.2} s in all: {} screens/s.",
            f.entities,
            o.screens,
            o.seconds,
            rate(o.per_s)
        );
        let (b, c) = (&f.screen.brute_force, &f.screen.candidate_on_brute_force);
        println!(
            "{}: on the {} queries brute force screened ({} listed, {} not), the candidate path: recall {}, alert rate {}; brute force: recall {}, alert rate {}.",
            f.entities,
            b.queries,
            c.listed,
            c.non_listed,
            opt(c.recall, 3),
            opt(c.alert_rate, 3),
            opt(b.recall, 3),
            opt(b.alert_rate, 3)
        );
        if let Some(h) = &f.screen.http {
            println!(
                "{}: HTTP {} requests, {} not 200, first result as in-process for {}; service start (store and index file opened) {:.2} s, peak RSS with it {} MB.",
                f.entities, h.requests, h.errors, h.agree, h.start_s, opt(h.rss_mb, 0)
            );
        }
    }
}
