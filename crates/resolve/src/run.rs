//! The pipeline: block, train, score, cluster. Pairs are generated twice at most: once to
//! count comparison patterns for EM (kept in memory when they fit, so the second pass only
//! scores them), and once to score them when memory is capped (partitions spilled to disk,
//! see [`crate::spill`]).

use std::time::Instant;

use rayon::prelude::*;

use crate::blocking::{Block, Blocker};
use crate::cluster::{cluster, Clusters, Link};
use crate::compare::{level_of, pattern, Comparator, Memo, Memos, Pattern};
use crate::config::Config;
use crate::data::{Dataset, NULL};
use crate::model::{self, Histogram, MSource, Model};
use crate::spill::Partitions;
use crate::Error;

/// Progress of the long stages, for a progress bar. Called from many threads.
pub trait Progress: Sync {
    /// A stage starts with `total` units of work (0: unknown).
    fn stage(&self, name: &str, total: u64);
    /// `n` units done.
    fn inc(&self, n: u64);
    /// The stage is over.
    fn finish(&self);
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn stage(&self, _: &str, _: u64) {}
    fn inc(&self, _: u64) {}
    fn finish(&self) {}
}

/// Run options that are not part of the model's configuration.
pub struct Options<'a> {
    /// Memory cap in bytes: when the candidate pairs would not fit, blocks are partitioned
    /// on disk and processed one partition at a time.
    pub max_memory: Option<u64>,
    /// Also keep pairs at or above this probability (for `--pairs` and the report), not
    /// only those near or above the threshold.
    pub keep_probability: Option<f64>,
    /// Known truth per record (equal keys: same entity; `u32::MAX`: unknown), to count how
    /// many true pairs blocking finds.
    pub truth: Option<&'a [u32]>,
    pub progress: &'a dyn Progress,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            max_memory: None,
            keep_probability: None,
            truth: None,
            progress: &NoProgress,
        }
    }
}

/// Figures of a run.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub records: usize,
    /// New candidate pairs per blocking rule.
    pub pairs_per_rule: Vec<u64>,
    pub candidates: u64,
    /// Candidate pairs that are true pairs (when the truth is known).
    pub true_candidates: Option<u64>,
    /// New true pairs per blocking rule (when the truth is known, in memory).
    pub true_per_rule: Vec<u64>,
    /// Disk partitions per rule (0: all in memory).
    pub partitions: usize,
    pub spilled_bytes: u64,
    /// Memory needed whatever the partitioning (records, keys, tables, the process).
    pub fixed_bytes: u64,
    /// Pairs EM trained on.
    pub em_pairs: u64,
    /// Seconds per stage.
    pub timings: Vec<(&'static str, f64)>,
}

/// Bins of the weight histogram: one per bit from `HIST_MIN`.
pub const HIST_MIN: i32 = -40;
pub const HIST_BINS: usize = 90;

/// Everything a run produced.
pub struct Resolution {
    pub data: Dataset,
    pub comparators: Vec<Comparator>,
    pub rules: Vec<String>,
    pub model: Model,
    /// Scored pairs kept (above the threshold, near it, or above `keep_probability`),
    /// strongest first.
    pub links: Vec<Link>,
    pub clusters: Clusters,
    pub threshold_weight: f32,
    /// Candidate pairs per bin of match weight (see [`HIST_MIN`]).
    pub weight_histogram: Vec<u64>,
    pub stats: Stats,
}

/// The properties a configuration uses, in a fixed order.
pub fn properties(cfg: &Config) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |p: &str| {
        let p = p.split(':').next().unwrap_or(p).trim();
        if !out.iter().any(|q| q == p) {
            out.push(p.to_string());
        }
    };
    for c in &cfg.comparisons {
        add(&c.property);
    }
    for r in &cfg.blocking {
        for p in r.on.iter().chain(r.with.iter().flatten()) {
            add(p);
        }
    }
    out
}

/// Per-job state of the first pass.
struct Pass1 {
    pairs: Vec<(u32, u32, Pattern)>,
    hist: Histogram,
    labelled: Vec<Vec<u64>>,
    true_pairs: u64,
    n: u64,
}

/// Per-job state of the scoring pass.
struct Pass2 {
    links: Vec<Link>,
    hist: Vec<u64>,
}

fn bin(w: f32) -> usize {
    ((w.floor() as i32 - HIST_MIN).max(0) as usize).min(HIST_BINS - 1)
}

/// Runs the whole pipeline on `data`.
pub fn resolve(cfg: &Config, data: Dataset, opts: &Options) -> Result<Resolution, Error> {
    let mut stats = Stats {
        records: data.len(),
        ..Stats::default()
    };
    let mut clock = Instant::now();
    let mut lap = |stats: &mut Stats, name: &'static str| {
        stats.timings.push((name, clock.elapsed().as_secs_f64()));
        clock = Instant::now();
    };
    let comps: Vec<Comparator> = cfg
        .comparisons
        .iter()
        .map(|c| {
            let p = data
                .prop(&c.property)
                .ok_or_else(|| Error::Config(format!("unknown property `{}`", c.property)))?;
            Ok(Comparator::new(c, p, &data))
        })
        .collect::<Result<_, Error>>()?;
    let blocker = Blocker::new(&cfg.blocking, cfg.link_type, &data)?;
    lap(&mut stats, "prepare");

    // Decide whether candidate pairs fit in memory.
    // Only a memory cap needs the pair counts up front (they cost a sort per rule).
    let spans: Vec<u64> = match opts.max_memory {
        Some(_) => (0..blocker.n_rules())
            .map(|r| blocker.span(r, &data))
            .collect(),
        None => Vec::new(),
    };
    let span: u64 = spans.iter().sum();
    const PAIR_BYTES: u64 = 16;
    // What does not shrink with partitions: the record table, the blocking keys, the
    // comparators' tables, and the process itself (nazar-core's name tables, ~100 MB).
    const PROCESS_BYTES: u64 = 110 << 20;
    let fixed = data.memory()
        + blocker.memory()
        + comps.iter().map(Comparator::memory).sum::<u64>()
        + PROCESS_BYTES;
    stats.fixed_bytes = fixed;
    let budget = opts.max_memory.map(|m| m.saturating_sub(fixed));
    let in_memory = budget.is_none_or(|b| span * PAIR_BYTES < b / 2);
    let threads = rayon::current_num_threads().max(1);
    let n_labels: Vec<Vec<u64>> = comps.iter().map(|c| vec![0; c.n_levels()]).collect();
    let memos = Memos::new(comps.len());
    let new_pass1 = || Pass1 {
        pairs: Vec::new(),
        hist: Histogram::default(),
        labelled: n_labels.clone(),
        true_pairs: 0,
        n: 0,
    };
    let labels = data.labels.as_deref();
    let truth = opts.truth;
    let pass1_pair = |s: &mut Pass1, memo: &mut Memo, x: u32, y: u32, keep: bool| {
        let p = pattern(&data, &comps, memo, x, y);
        *s.hist.entry(p).or_insert(0) += 1;
        s.n += 1;
        if keep {
            s.pairs.push((x, y, p));
        }
        if let Some(l) = labels {
            let (a, b) = (l[x as usize], l[y as usize]);
            if a != NULL && a == b {
                for (i, c) in s.labelled.iter_mut().enumerate() {
                    c[level_of(p, i) as usize] += 1;
                }
            }
        }
        if let Some(t) = truth {
            let (a, b) = (t[x as usize], t[y as usize]);
            if a != u32::MAX && a == b {
                s.true_pairs += 1;
            }
        }
    };

    // Pass 1: candidate pairs and their patterns.
    // Progress in millionths of each rule's work (spans are not known in memory mode).
    const UNIT: u64 = 1_000_000;
    opts.progress.stage(
        "blocking and comparing",
        if in_memory {
            blocker.n_rules() as u64 * UNIT
        } else {
            span
        },
    );
    let mut hist = Histogram::default();
    let mut labelled = n_labels.clone();
    let mut true_pairs = 0u64;
    let mut stored: Vec<Vec<(u32, u32, Pattern)>> = Vec::new();
    let mut partitions: Option<Partitions> = None;
    let mut em_sampled_span = 0u64;
    let fold = |states: Vec<Pass1>,
                hist: &mut Histogram,
                labelled: &mut Vec<Vec<u64>>,
                true_pairs: &mut u64,
                stored: &mut Vec<Vec<(u32, u32, Pattern)>>,
                per_rule: &mut u64| {
        for s in states {
            model::merge(hist, s.hist);
            for (a, b) in labelled.iter_mut().zip(&s.labelled) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
            *true_pairs += s.true_pairs;
            *per_rule += s.n;
            if !s.pairs.is_empty() {
                stored.push(s.pairs);
            }
        }
    };
    if in_memory {
        for r in 0..blocker.n_rules() {
            let block = Block::plan(r, blocker.entries(r, &data), threads * 16);
            let states: Vec<Pass1> = block
                .chunks
                .par_iter()
                .map(|job| {
                    let mut s = new_pass1();
                    memos.with(|memo| {
                        block.pairs(&blocker, job, |x, y| pass1_pair(&mut s, memo, x, y, true))
                    });
                    let w: u64 = job.iter().map(work).sum();
                    opts.progress.inc(w * UNIT / block.span.max(1));
                    s
                })
                .collect();
            let mut n = 0;
            let before = true_pairs;
            fold(
                states,
                &mut hist,
                &mut labelled,
                &mut true_pairs,
                &mut stored,
                &mut n,
            );
            stats.pairs_per_rule.push(n);
            if truth.is_some() {
                stats.true_per_rule.push(true_pairs - before);
            }
        }
        em_sampled_span = 1;
    } else {
        let budget = budget.unwrap_or(u64::MAX);
        let parts =
            Partitions::write(&blocker, &data, &spans, (budget / 4 / PAIR_BYTES).max(4096))?;
        stats.partitions = parts.count();
        stats.spilled_bytes = parts.bytes();
        // EM on a sample: whole partitions, round-robin over rules, until enough pairs.
        stats.pairs_per_rule = vec![0; blocker.n_rules()];
        'sample: for p in 0..parts.count() {
            for r in 0..blocker.n_rules() {
                let block = Block::plan(r, parts.read(r, p)?, threads * 16);
                em_sampled_span += block.span;
                let states: Vec<Pass1> = block
                    .chunks
                    .par_iter()
                    .map(|job| {
                        let mut s = new_pass1();
                        memos.with(|memo| {
                            block.pairs(&blocker, job, |x, y| pass1_pair(&mut s, memo, x, y, false))
                        });
                        s
                    })
                    .collect();
                let mut n = 0;
                fold(
                    states,
                    &mut hist,
                    &mut labelled,
                    &mut true_pairs,
                    &mut stored,
                    &mut n,
                );
                stats.pairs_per_rule[r] += n;
                opts.progress.inc(block.span);
                if stats.pairs_per_rule.iter().sum::<u64>() >= cfg.training.em_pairs {
                    break 'sample;
                }
            }
        }
        partitions = Some(parts);
    }
    opts.progress.finish();
    stats.em_pairs = hist.values().sum();
    if truth.is_some() && in_memory {
        stats.true_candidates = Some(true_pairs);
    }
    lap(&mut stats, "block+compare");

    // Training.
    opts.progress.stage("training", 0);
    let (u, u_pairs) = model::estimate_u(&data, &comps, cfg.link_type, &cfg.training);
    let (m_em, lambda, iterations) = model::em(&hist, &comps, &u, cfg.training.em_iterations);
    let labelled_pairs: u64 = labelled.first().map_or(0, |l| l.iter().sum());
    let (m, m_source) = if labelled_pairs >= 10 {
        (model::m_from_labels(&labelled), MSource::Labels)
    } else {
        (m_em, MSource::Em)
    };
    // Matches among all candidates (extrapolated from the EM sample), over all pairs.
    let candidates_est = if !in_memory && em_sampled_span > 0 {
        stats.em_pairs as f64 * span as f64 / em_sampled_span as f64
    } else if in_memory {
        stats.em_pairs as f64
    } else {
        0.0
    };
    let total = model::total_pairs(&data, cfg.link_type).max(1.0);
    let prior = lambda * candidates_est / (total * cfg.training.blocking_recall.clamp(0.01, 1.0));
    let mut model = model::build(&data, &comps, m, u, prior);
    model.em_lambda = lambda;
    model.em_iterations = iterations;
    model.m_source = m_source;
    model.u_pairs = u_pairs;
    opts.progress.finish();
    lap(&mut stats, "train");

    // Pass 2: score.
    let threshold_weight = model::weight_of(cfg.clustering.threshold);
    let mut floor = threshold_weight - 3.0;
    if let Some(p) = opts.keep_probability {
        floor = floor.min(model::weight_of(p.clamp(1e-9, 1.0 - 1e-9)));
    }
    let new_pass2 = || Pass2 {
        links: Vec::new(),
        hist: vec![0; HIST_BINS],
    };
    let score = |s: &mut Pass2, x: u32, y: u32, p: Pattern| {
        let w = model.weight(&data, &comps, p, x);
        s.hist[bin(w)] += 1;
        if w >= floor {
            s.links.push(Link {
                x,
                y,
                weight: w,
                pattern: p,
            });
        }
    };
    let mut links: Vec<Link> = Vec::new();
    let mut weight_histogram = vec![0u64; HIST_BINS];
    let mut gather = |states: Vec<Pass2>| {
        for s in states {
            links.extend(s.links);
            for (a, b) in weight_histogram.iter_mut().zip(&s.hist) {
                *a += b;
            }
        }
    };
    match &partitions {
        None => {
            opts.progress.stage("scoring", stored.len() as u64);
            let states: Vec<Pass2> = stored
                .par_iter()
                .map(|pairs| {
                    let mut s = new_pass2();
                    for &(x, y, p) in pairs {
                        score(&mut s, x, y, p);
                    }
                    opts.progress.inc(1);
                    s
                })
                .collect();
            gather(states);
            stats.candidates = stats.pairs_per_rule.iter().sum();
        }
        Some(parts) => {
            opts.progress.stage(
                "scoring partitions",
                (parts.count() * blocker.n_rules()) as u64,
            );
            stats.pairs_per_rule = vec![0; blocker.n_rules()];
            let mut true_pairs = 0u64;
            for p in 0..parts.count() {
                for r in 0..blocker.n_rules() {
                    let block = Block::plan(r, parts.read(r, p)?, threads * 16);
                    let states: Vec<(Pass2, u64, u64)> = block
                        .chunks
                        .par_iter()
                        .map(|job| {
                            let mut s = new_pass2();
                            let (mut n, mut t) = (0u64, 0u64);
                            memos.with(|memo| {
                                block.pairs(&blocker, job, |x, y| {
                                    let pat = pattern(&data, &comps, memo, x, y);
                                    score(&mut s, x, y, pat);
                                    n += 1;
                                    if let Some(tr) = truth {
                                        let (a, b) = (tr[x as usize], tr[y as usize]);
                                        t += u64::from(a != u32::MAX && a == b);
                                    }
                                })
                            });
                            (s, n, t)
                        })
                        .collect();
                    let mut p2 = Vec::with_capacity(states.len());
                    for (s, n, t) in states {
                        stats.pairs_per_rule[r] += n;
                        true_pairs += t;
                        p2.push(s);
                    }
                    gather(p2);
                    opts.progress.inc(1);
                }
            }
            stats.candidates = stats.pairs_per_rule.iter().sum();
            if truth.is_some() {
                stats.true_candidates = Some(true_pairs);
            }
        }
    }
    drop(stored);
    opts.progress.finish();
    lap(&mut stats, "score");

    opts.progress.stage("clustering", 0);
    let clusters = cluster(&data, &mut links, &cfg.clustering, threshold_weight)?;
    opts.progress.finish();
    lap(&mut stats, "cluster");
    Ok(Resolution {
        rules: blocker.rules.clone(),
        data,
        comparators: comps,
        model,
        links,
        clusters,
        threshold_weight,
        weight_histogram,
        stats,
    })
}

fn work(c: &crate::blocking::Chunk) -> u64 {
    let outer = (c.hi - c.lo) as u64;
    let n = (c.end - c.start) as u64;
    outer * n / 2
}
