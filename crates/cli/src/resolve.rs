//! `nazar resolve`: batch entity resolution of CSV inputs into clusters. The work is
//! `nazar_resolve`'s; this is argument glue, progress bars and the printed summary.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use nazar_resolve::config::Config;
use nazar_resolve::{evaluate, explain, report, Options, Progress};

use crate::UserError;

#[derive(clap::Args)]
pub struct Args {
    /// The resolution configuration (TOML): column mappings, blocking rules, comparisons.
    #[arg(long)]
    config: PathBuf,
    /// An input CSV file; repeat for several. Its file name is the output's `source`.
    #[arg(long, required = true)]
    input: Vec<PathBuf>,
    /// The clusters: `source,record_id,cluster_id,cluster_size`, one row per record.
    #[arg(long)]
    output: PathBuf,
    /// Also write the scored pairs with each comparison's level and bits (the waterfall).
    #[arg(long, value_name = "FILE")]
    pairs: Option<PathBuf>,
    /// Pairs written to --pairs have at least this match probability.
    #[arg(long, default_value_t = 0.01)]
    pairs_min_probability: f64,
    /// Print the waterfall of one pair's match weight (`[source:]record_id` twice).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    explain: Vec<String>,
    /// Write the diagnostics report (self-contained HTML).
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Memory cap (`500M`, `2G`): candidate pairs beyond it are partitioned on disk.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_memory: Option<u64>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Evaluate against truth encoded in the record ids: the id up to the first of these
    /// comma-separated markers is the entity (`-org,-dup-` for FEBRL).
    #[arg(long, value_name = "MARKERS")]
    truth_id_cut: Option<String>,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => {
            let mult = match s[i..].to_ascii_uppercase().trim_end_matches(['B', 'I']) {
                "" => 1,
                "K" => 1 << 10,
                "M" => 1 << 20,
                "G" => 1 << 30,
                "T" => 1u64 << 40,
                u => return Err(format!("unknown unit {u:?}: use K, M, G")),
            };
            (&s[..i], mult)
        }
        None => (s, 1),
    };
    let n: f64 = num
        .trim()
        .parse()
        .map_err(|_| format!("not a size: {s:?}"))?;
    if n.is_nan() || n < 0.0 {
        return Err(format!("not a size: {s:?}"));
    }
    Ok((n * mult as f64) as u64)
}

/// indicatif bars on a terminal, nothing otherwise.
struct Bars {
    visible: bool,
    bar: Mutex<Option<ProgressBar>>,
}

impl Bars {
    fn new() -> Bars {
        Bars {
            visible: std::io::stderr().is_terminal(),
            bar: Mutex::new(None),
        }
    }

    fn start(&self, name: &str, total: u64) -> ProgressBar {
        let pb = if !self.visible {
            ProgressBar::hidden()
        } else if total == 0 {
            let pb = ProgressBar::new_spinner();
            pb.enable_steady_tick(std::time::Duration::from_millis(120));
            pb
        } else {
            let pb = ProgressBar::new(total);
            if let Ok(style) = ProgressStyle::with_template(
                "{msg:24} [{bar:40}] {percent:>3}% {elapsed_precise} eta {eta}",
            ) {
                pb.set_style(style.progress_chars("=> "));
            }
            pb
        };
        pb.set_message(name.to_string());
        if let Ok(mut b) = self.bar.lock() {
            if let Some(old) = b.replace(pb.clone()) {
                old.finish_and_clear();
            }
        }
        pb
    }
}

impl Progress for Bars {
    fn stage(&self, name: &str, total: u64) {
        self.start(name, total);
    }
    fn inc(&self, n: u64) {
        if let Ok(b) = self.bar.lock() {
            if let Some(pb) = b.as_ref() {
                pb.inc(n);
            }
        }
    }
    fn finish(&self) {
        if let Ok(mut b) = self.bar.lock() {
            if let Some(pb) = b.take() {
                pb.finish_and_clear();
            }
        }
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let start = Instant::now();
    if let Some(t) = args.threads {
        // Fails only if a pool exists already, which is then used as it is.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build_global();
    }
    let text = std::fs::read_to_string(&args.config)
        .with_context(|| format!("reading {}", args.config.display()))?;
    let cfg = Config::from_toml(&text)
        .map_err(|e| UserError(format!("{}: {e}", args.config.display())))?;
    let bars = Bars::new();
    let mut names: Vec<String> = Vec::new();
    let mut inputs = Vec::new();
    let mut total = 0;
    for path in &args.input {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        if names.contains(&name) {
            return Err(UserError(format!("two inputs are named {name}: rename one")).into());
        }
        names.push(name.clone());
        let file = File::open(path).map_err(|e| UserError(format!("{}: {e}", path.display())))?;
        total += file.metadata().map(|m| m.len()).unwrap_or(0);
        inputs.push((name, file));
    }
    let pb = bars.start("reading", total);
    let inputs = inputs
        .into_iter()
        .map(|(n, f)| (n, pb.wrap_read(f)))
        .collect();
    let props = nazar_resolve::properties(&cfg);
    let (data, warnings) = nazar_resolve::data::read_all(&cfg, &props, inputs)
        .map_err(|e| user(e, "reading the inputs"))?;
    bars.finish();
    for w in warnings.iter().take(10) {
        eprintln!("warning: {}:{}: {}", w.file, w.line, w.message);
    }
    if warnings.len() > 10 {
        eprintln!("warning: {} more rows skipped", warnings.len() - 10);
    }
    for (p, v) in data.props.iter().zip(&data.values) {
        if v.filled == 0 {
            eprintln!("warning: property {p} has no value in any input: check the column mapping");
        }
    }
    let read_secs = start.elapsed().as_secs_f64();
    let markers: Option<Vec<String>> = args
        .truth_id_cut
        .as_deref()
        .map(|m| m.split(',').map(str::to_string).collect());
    let truth = markers
        .as_deref()
        .map(|m| evaluate::truth_from_ids(&data, m));
    let opts = Options {
        max_memory: args.max_memory,
        keep_probability: args.pairs.as_ref().map(|_| args.pairs_min_probability),
        truth: truth.as_deref(),
        progress: &bars,
    };
    let res = nazar_resolve::resolve(&cfg, data, &opts).map_err(|e| user(e, "resolve"))?;

    let file = File::create(&args.output)
        .with_context(|| format!("creating {}", args.output.display()))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    explain::write_clusters(&res, &mut w)
        .with_context(|| format!("writing {}", args.output.display()))?;
    w.flush()?;
    if let Some(p) = &args.pairs {
        let file = File::create(p).with_context(|| format!("creating {}", p.display()))?;
        let mut w = BufWriter::with_capacity(1 << 20, file);
        explain::write_pairs(&res, args.pairs_min_probability, &mut w)
            .with_context(|| format!("writing {}", p.display()))?;
        w.flush()?;
    }
    if let Some(p) = &args.report {
        std::fs::write(p, report::render(&res))
            .with_context(|| format!("writing {}", p.display()))?;
    }

    let s = &res.stats;
    if let Some(cap) = args.max_memory {
        if s.fixed_bytes > cap {
            eprintln!(
                "note: --max-memory {:.0} MB is below the {:.0} MB that do not shrink with partitions (records, blocking keys, comparison tables, name tables); only candidate pairs were partitioned",
                cap as f64 / 1e6,
                s.fixed_bytes as f64 / 1e6
            );
        }
    }
    let n_clusters = res.clusters.sizes.len();
    let multi = res.clusters.sizes.iter().filter(|&&n| n > 1).count();
    eprintln!(
        "{} records from {} inputs, read in {:.2} s",
        s.records,
        res.data.sources.len(),
        read_secs
    );
    for (i, (rule, n)) in res.rules.iter().zip(&s.pairs_per_rule).enumerate() {
        let t = s
            .true_per_rule
            .get(i)
            .map(|t| format!(" ({t} true)"))
            .unwrap_or_default();
        eprintln!("  block on {rule}: {n} new pairs{t}");
    }
    eprintln!(
        "{} candidate pairs{}; prior {:.3e} (EM: {:.4} of {} pairs are matches, {} iterations, m from {:?})",
        s.candidates,
        if s.partitions > 0 {
            format!(
                " in {} partitions per rule ({:.1} MB spilled)",
                s.partitions,
                s.spilled_bytes as f64 / 1e6
            )
        } else {
            String::new()
        },
        res.model.prior,
        res.model.em_lambda,
        s.em_pairs,
        res.model.em_iterations,
        res.model.m_source
    );
    for (i, c) in res.comparators.iter().enumerate() {
        let levels: Vec<String> = (1..c.n_levels())
            .rev()
            .map(|l| format!("{} {:+.1}", c.levels[l], res.model.bits[i][l]))
            .collect();
        eprintln!("  {:<12} {}", c.name, levels.join(" | "));
    }
    eprintln!(
        "{} clusters ({} with more than one record), {} links accepted, {} refused by guards",
        n_clusters, multi, res.clusters.accepted, res.clusters.refused
    );
    let timings: Vec<String> = s
        .timings
        .iter()
        .map(|(n, t)| format!("{n} {t:.2}"))
        .collect();
    eprintln!(
        "seconds: read {read_secs:.2}, {}, total {:.2}",
        timings.join(", "),
        start.elapsed().as_secs_f64()
    );
    if let Some(t) = &truth {
        let sc = evaluate::evaluate(&res.data, &res.clusters.of, t, cfg.link_type);
        if let Some(tc) = s.true_candidates {
            eprintln!(
                "blocking recall {:.5} ({} of {} true pairs are candidates)",
                tc as f64 / sc.true_pairs.max(1) as f64,
                tc,
                sc.true_pairs
            );
        }
        println!(
            "precision {:.5} recall {:.5} f1 {:.5} (true pairs {}, predicted {}, correct {})",
            sc.precision, sc.recall, sc.f1, sc.true_pairs, sc.predicted, sc.correct
        );
    }
    if let [a, b] = args.explain.as_slice() {
        let find = |spec: &str| {
            explain::find_record(&res, spec)
                .ok_or_else(|| UserError(format!("no record {spec:?} in the inputs")))
        };
        let (x, y) = (find(a)?, find(b)?);
        print!("{}", explain::explain(&res, x, y));
    }
    Ok(ExitCode::SUCCESS)
}

fn user(e: nazar_resolve::Error, what: &str) -> anyhow::Error {
    if e.is_user_error() {
        UserError(e.to_string()).into()
    } else {
        anyhow::Error::new(e).context(what.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("200M"), Ok(200 << 20));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert!(parse_size("12Q").is_err());
    }
}
