//! One scale of `nazar bench`, in three phases, each run in a process of its own (`nazar bench
//! --one N --phase P`) so that each phase's peak RSS is its own, as it would be in production:
//! - `ingest`: generate the population and the queries, parse and write a list version;
//! - `index`: read the version back, build the index, save it as the store's index file;
//! - `screen`: open the index file, screen on the candidate path and by brute force, and, with
//!   `--http`, through the service.
//!
//! Each phase prints its figures as one JSON line.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nazar_core::{Index, IndexBuilder, Query, Schema, ScreenOptions};
use nazar_ingest::{Format, Options};
use nazar_store::index_file::{self, Manifest, Opened};
use nazar_store::{IngestMeta, SqliteStore, Store};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::store_err;

/// The phases of a scale, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Phase {
    Ingest,
    Index,
    Screen,
}

/// The figures of one scale, phase by phase.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScaleFigures {
    pub entities: u64,
    pub ingest: IngestFigures,
    pub index: IndexFigures,
    pub screen: ScreenFigures,
}

/// Generating and ingesting.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IngestFigures {
    /// Writing the population and the query set.
    pub gen_s: f64,
    /// Parsing the population file and writing it to the store as a list version.
    pub ingest_s: f64,
    /// Peak RSS of the process, MB; `None` where /proc is not there.
    pub rss_mb: Option<f64>,
}

/// Building the index from the store and saving its snapshot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexFigures {
    /// Reading the current version from the store into the builder (which prepares entities
    /// as they come).
    pub read_s: f64,
    /// `IndexBuilder::build`.
    pub build_s: f64,
    /// Writing the index file (`nazar_store::index_file::save`).
    pub save_s: f64,
    pub snapshot_mb: f64,
    pub rss_mb: Option<f64>,
}

/// Screening from the reopened snapshot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScreenFigures {
    /// Opening the index file (`nazar_store::index_file::load`: read, check the list versions
    /// against the store's, `Index::from_bytes`).
    pub open_s: f64,
    /// The first screening after opening, not counted in the latencies: it loads the tables
    /// that transliteration and scoring build on first use.
    pub warmup_s: f64,
    /// Peak RSS of opening and screening in-process (before the HTTP service starts).
    pub rss_mb: Option<f64>,
    pub candidate: PathFigures,
    /// A batch screened as a batch job would: the index opened, then [`OPENED_BATCH`]
    /// screenings on all threads (the queries over again), all timed together.
    #[serde(default)]
    pub opened_batch: OpenedBatch,
    pub brute_force: PathFigures,
    /// The candidate path's quality on the queries brute force screened.
    pub candidate_on_brute_force: Quality,
    pub http: Option<super::http::HttpFigures>,
}

/// Screenings of the batch that includes opening the index.
pub const OPENED_BATCH: usize = 20_000;

/// A batch job's rate, opening included.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OpenedBatch {
    pub screens: usize,
    /// Opening, the first screening and the batch.
    pub seconds: f64,
    pub per_s: f64,
}

/// Latency, throughput and quality of one screening path over a set of queries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PathFigures {
    /// Queries screened (brute force stops at its budget).
    pub queries: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub mean_ms: f64,
    /// Screens per second over all cores (rayon), the same queries again.
    pub batch_per_s: f64,
    /// Variants of listed persons: how many, and the share found first and flagged.
    pub listed: usize,
    pub recall: Option<f64>,
    /// Non-listed people: how many, and the share that raised any alert.
    pub non_listed: usize,
    pub alert_rate: Option<f64>,
}

/// What a scale run needs besides its size.
pub struct ScaleConfig<'a> {
    pub persons: u64,
    pub queries: u64,
    pub seed: u64,
    pub dir: &'a Path,
    pub http: bool,
    pub brute_force_queries: usize,
    pub brute_force_budget: Duration,
}

impl ScaleConfig<'_> {
    fn persons_path(&self) -> PathBuf {
        self.dir.join("persons.jsonl")
    }
    fn queries_path(&self) -> PathBuf {
        self.dir.join("queries.jsonl")
    }
    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }
    fn step(&self, what: &str) {
        eprintln!("bench {}: {what}", self.persons);
    }
}

/// One labelled query of the generated set.
pub struct Labelled {
    pub query: Query,
    /// `{"schema", "properties"}` as sent to `/match`.
    pub body: Value,
    /// The listed person the query is a variant of; `None` for a non-listed person.
    pub expected: Option<String>,
}

/// Runs one phase and returns its figures as JSON.
pub fn run(cfg: &ScaleConfig<'_>, phase: Phase) -> Result<Value> {
    Ok(match phase {
        Phase::Ingest => serde_json::to_value(ingest(cfg)?)?,
        Phase::Index => serde_json::to_value(index(cfg)?)?,
        Phase::Screen => serde_json::to_value(screen_all(cfg)?)?,
    })
}

fn ingest(cfg: &ScaleConfig<'_>) -> Result<IngestFigures> {
    std::fs::create_dir_all(cfg.dir).with_context(|| format!("creating {}", cfg.dir.display()))?;
    let (persons_path, queries_path) = (cfg.persons_path(), cfg.queries_path());
    cfg.step("gen");
    let started = Instant::now();
    let gen = nazar_gen::Config {
        persons: cfg.persons,
        seed: cfg.seed,
        ..Default::default()
    };
    let mut w = BufWriter::with_capacity(1 << 20, create(&persons_path)?);
    nazar_gen::write_persons(&gen, &mut w)
        .with_context(|| format!("writing {}", persons_path.display()))?;
    drop(w);
    let mut w = BufWriter::new(create(&queries_path)?);
    nazar_gen::write_queries(&gen, cfg.queries, &mut w)
        .with_context(|| format!("writing {}", queries_path.display()))?;
    drop(w);
    let gen_s = started.elapsed().as_secs_f64();

    cfg.step("ingest (parse and store)");
    let started = Instant::now();
    let parsed = nazar_ingest::parse_files(
        nazar_gen::LIST,
        Some(Format::Ftm),
        std::slice::from_ref(&persons_path),
        &Options::default(),
    )?;
    let mut store = SqliteStore::open(&cfg.data()).map_err(store_err)?;
    let meta = IngestMeta {
        format: Format::Ftm.name().to_string(),
        sources: vec!["persons.jsonl".into()],
        warnings: parsed.warnings.len(),
        ..IngestMeta::default()
    };
    store
        .ingest(nazar_gen::LIST, parsed.entities, &meta)
        .map_err(store_err)?;
    Ok(IngestFigures {
        gen_s,
        ingest_s: started.elapsed().as_secs_f64(),
        rss_mb: peak_rss_mb(),
    })
}

fn index(cfg: &ScaleConfig<'_>) -> Result<IndexFigures> {
    cfg.step("index (read the store, build, save)");
    let data = cfg.data();
    let started = Instant::now();
    let store = SqliteStore::open(&data).map_err(store_err)?;
    let mut builder = IndexBuilder::new();
    let lists = store
        .for_each_current(None, &mut |e| builder.add(e))
        .map_err(store_err)?;
    drop(store);
    let read_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let index = builder.build();
    let build_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    index_file::save(&index, &Manifest::of(&lists), &data).map_err(store_err)?;
    let save_s = started.elapsed().as_secs_f64();
    let path = index_file::path(&data);
    let bytes = std::fs::metadata(&path)
        .with_context(|| format!("reading {}", path.display()))?
        .len();
    Ok(IndexFigures {
        read_s,
        build_s,
        save_s,
        snapshot_mb: bytes as f64 / (1024.0 * 1024.0),
        rss_mb: peak_rss_mb(),
    })
}

fn screen_all(cfg: &ScaleConfig<'_>) -> Result<ScreenFigures> {
    cfg.step("open persisted index");
    let data = cfg.data();
    let started = Instant::now();
    let store = SqliteStore::open(&data).map_err(store_err)?;
    let loaded = index_file::load(&store, &data).map_err(store_err)?;
    drop(store);
    let open_s = started.elapsed().as_secs_f64();
    // The index phase saved the file for the store's versions: anything but opening it as it
    // is would time a rebuild as an open.
    anyhow::ensure!(
        loaded.opened == Opened::Snapshot,
        "the index file was not opened as saved: {:?}",
        loaded.opened
    );
    let index = loaded.index;

    let queries = read_labelled(&cfg.queries_path())?;
    let opts = ScreenOptions::default();
    let started = Instant::now();
    if let Some(q) = queries.first() {
        index.screen(&q.query, &opts);
    }
    let warmup_s = started.elapsed().as_secs_f64();
    cfg.step("candidate path");
    let (candidate, tops) = measure(&index, &queries, &opts, Method::Candidate, None)?;
    cfg.step("batch with opening");
    let opened_batch = {
        let started = Instant::now();
        let screens = OPENED_BATCH.max(queries.len());
        if !queries.is_empty() {
            (0..screens).into_par_iter().for_each(|k| {
                index.screen(&queries[k % queries.len()].query, &opts);
            });
        }
        let seconds = open_s + warmup_s + started.elapsed().as_secs_f64();
        OpenedBatch {
            screens,
            seconds,
            per_s: screens as f64 / seconds.max(1e-9),
        }
    };
    cfg.step("brute force");
    let (brute_force, _) = measure(
        &index,
        &queries[..queries.len().min(cfg.brute_force_queries)],
        &opts,
        Method::BruteForce,
        Some(cfg.brute_force_budget),
    )?;
    // Brute force screens only the first queries: the candidate path on the same ones, so
    // that the two can be compared query for query.
    let n = brute_force.queries;
    let candidate_on_brute_force = Quality::of(&queries[..n], &tops[..n]);
    let tops: Vec<Option<String>> = tops
        .into_iter()
        .map(|t| t.first.map(|(id, _)| id))
        .collect();
    let rss_mb = peak_rss_mb();

    let http = if cfg.http {
        cfg.step("HTTP");
        // The service makes its own index, as `nazar serve` does; drop ours first so the two
        // are not held at once.
        drop(index);
        Some(super::http::measure(&cfg.data(), &queries, &tops)?)
    } else {
        None
    };
    Ok(ScreenFigures {
        open_s,
        warmup_s,
        rss_mb,
        candidate,
        opened_batch,
        brute_force,
        candidate_on_brute_force,
        http,
    })
}

fn create(path: &Path) -> Result<File> {
    File::create(path).with_context(|| format!("creating {}", path.display()))
}

/// Reads the query set `nazar gen --queries` writes.
pub fn read_labelled(path: &Path) -> Result<Vec<Labelled>> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {}", path.display(), n + 1))?;
        let schema = v.get("schema").and_then(Value::as_str);
        let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
        if let Some(obj) = v.get("properties").and_then(Value::as_object) {
            for (k, vals) in obj {
                let vals = vals
                    .as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)));
                props.insert(k.clone(), vals.into_iter().flatten().collect());
            }
        }
        out.push(Labelled {
            query: Query::from_properties(schema.map(Schema::parse), &props),
            body: serde_json::json!({"schema": schema, "properties": v.get("properties")}),
            expected: v
                .get("expected")
                .and_then(Value::as_str)
                .map(str::to_string),
        });
    }
    Ok(out)
}

/// How a query finds what to score.
#[derive(Clone, Copy)]
enum Method {
    /// The index's candidates.
    Candidate,
    /// Every entity.
    BruteForce,
}

/// What a screening returned that the quality figures need.
struct Top {
    first: Option<(String, bool)>,
    alerted: bool,
}

fn screen(index: &Index, q: &Query, opts: &ScreenOptions, method: Method) -> Top {
    let hits = match method {
        Method::Candidate => index.screen(q, opts),
        Method::BruteForce => index.screen_brute_force(q, opts),
    };
    Top {
        first: hits.first().map(|h| (h.entity.id.clone(), h.is_match)),
        alerted: hits.iter().any(|h| h.is_match),
    }
}

/// Screens the queries one at a time on one thread (latency and quality), stopping after
/// `budget` if one is given, then the same queries again across all cores (throughput).
/// Returns the figures and what each query screened returned.
fn measure(
    index: &Index,
    queries: &[Labelled],
    opts: &ScreenOptions,
    method: Method,
    budget: Option<Duration>,
) -> Result<(PathFigures, Vec<Top>)> {
    let started = Instant::now();
    let mut latencies = Vec::with_capacity(queries.len());
    let mut tops = Vec::with_capacity(queries.len());
    for q in queries {
        if budget.is_some_and(|b| started.elapsed() > b) {
            break;
        }
        let t = Instant::now();
        let top = screen(index, &q.query, opts, method);
        latencies.push(t.elapsed());
        tops.push(top);
    }
    let done = &queries[..tops.len()];
    let t = Instant::now();
    let alerts: usize = done
        .par_iter()
        .map(|q| usize::from(screen(index, &q.query, opts, method).alerted))
        .sum();
    let batch_s = t.elapsed().as_secs_f64();
    // The batch pass must agree with the single pass, or one of them is wrong.
    let single = tops.iter().filter(|t| t.alerted).count();
    anyhow::ensure!(
        alerts == single,
        "the batch pass raised {alerts} alerts, the single pass {single}"
    );

    latencies.sort();
    let total: Duration = latencies.iter().sum();
    let quality = Quality::of(done, &tops);
    let figures = PathFigures {
        queries: done.len(),
        p50_ms: percentile_ms(&latencies, 0.50),
        p99_ms: percentile_ms(&latencies, 0.99),
        mean_ms: total.as_secs_f64() * 1000.0 / latencies.len().max(1) as f64,
        batch_per_s: done.len() as f64 / batch_s.max(1e-9),
        listed: quality.listed,
        recall: quality.recall,
        non_listed: quality.non_listed,
        alert_rate: quality.alert_rate,
    };
    Ok((figures, tops))
}

/// Recall of listed variants and alert rate of non-listed people over some queries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Quality {
    pub listed: usize,
    /// The share of listed variants whose first result is the listed person, flagged.
    pub recall: Option<f64>,
    pub non_listed: usize,
    /// The share of non-listed people with any flagged result.
    pub alert_rate: Option<f64>,
}

impl Quality {
    fn of(queries: &[Labelled], tops: &[Top]) -> Quality {
        let (mut listed, mut found, mut non_listed, mut alerted) = (0, 0, 0, 0);
        for (q, top) in queries.iter().zip(tops) {
            match &q.expected {
                Some(id) => {
                    listed += 1;
                    found += usize::from(matches!(&top.first, Some((first, true)) if first == id));
                }
                None => {
                    non_listed += 1;
                    alerted += usize::from(top.alerted);
                }
            }
        }
        let share = |n: usize, of: usize| (of > 0).then(|| n as f64 / of as f64);
        Quality {
            listed,
            recall: share(found, listed),
            non_listed,
            alert_rate: share(alerted, non_listed),
        }
    }
}

/// The nearest-rank percentile of sorted durations, in milliseconds; 0 when there are none.
pub fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

/// The process's peak resident set (`VmHWM`), in MB; `None` where /proc is not there.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let d: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile_ms(&d, 0.5), 50.0);
        assert_eq!(percentile_ms(&d, 0.99), 99.0);
        assert_eq!(percentile_ms(&d[..1], 0.99), 1.0);
        assert_eq!(percentile_ms(&[], 0.5), 0.0);
    }
}
