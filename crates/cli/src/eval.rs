//! `nazar eval`: recall, precision and alert rates on labelled data built from the UN and
//! OFAC lists in the shared data folder, or on an agency's own labelled queries (`--cases`)
//! against the lists in the store. The work is `nazar_eval`'s; this is argument glue.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use nazar_eval::{Config, Selection};

use crate::UserError;

#[derive(clap::Args)]
pub struct Args {
    /// The shared data folder holding `un-consolidated/` and `ofac-sdn-legacy-csv/`.
    #[arg(long, value_name = "DIR", default_value = "../shared/data")]
    shared: PathBuf,
    /// The part of the labelled data to screen: tune (to look at while tuning), test (to
    /// report), or all.
    #[arg(long, default_value = "test", value_parser = ["tune", "test", "all"])]
    split: String,
    /// Score at or above which a result is a match (an alert).
    #[arg(long, default_value_t = nazar_core::score::DEFAULT_THRESHOLD)]
    threshold: f32,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Show N missed queries per kind, with what came first (with --cases: N of the listed
    /// people missed and N false alerts).
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_misses: usize,
    /// Index the real lists beside the generated persons in FILE (`nazar gen` output):
    /// quality at a national list size.
    #[arg(long, value_name = "FILE")]
    beside: Option<PathBuf>,
    /// Labelled queries of your own, screened against the lists in the store: CSV or JSONL
    /// as `nazar screen --input` reads, with an `expected` column or field (the ids of the
    /// entities each query should find, `;`-separated; empty for a person on no list) and an
    /// optional `group` to give figures for.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["split", "beside", "shared"])]
    cases: Option<PathBuf>,
    /// With --cases: screen against these lists of the store only (repeatable).
    #[arg(long, requires = "cases")]
    list: Vec<String>,
}

/// Runs the evaluation. Without `--cases` the store is not read: the labelled sets come from
/// list files, so that every run screens exactly the same data.
pub fn run(data: &Path, args: Args) -> Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.threshold) {
        return Err(UserError(format!("threshold {} is not in [0, 1]", args.threshold)).into());
    }
    if let Some(cases) = &args.cases {
        return run_cases(data, cases, &args);
    }
    let selection = Selection::parse(&args.split)
        .ok_or_else(|| UserError(format!("unknown split {:?}: tune, test or all", args.split)))?;
    let config = Config {
        selection,
        threshold: args.threshold,
        show_misses: args.show_misses,
        beside: args.beside.clone(),
        ..Config::default()
    };
    let report = nazar_eval::run(&args.shared, &config).map_err(|e| match e {
        nazar_eval::EvalError::Missing { .. } => anyhow::Error::new(UserError(e.to_string())),
        // Kept as an IngestError so that main reports it as the user's (exit code 2).
        nazar_eval::EvalError::Ingest(e) => anyhow::Error::new(e),
    })?;
    print_report(&report, args.json)
}

/// `--cases FILE`: the file's labelled queries against the store's lists. The screening is
/// audited like `nazar screen --input`'s.
fn run_cases(data: &Path, path: &Path, args: &Args) -> Result<ExitCode> {
    let batch = crate::screen::read_queries(path)?;
    if batch.is_empty() {
        return Err(UserError(format!("{}: no queries", path.display())).into());
    }
    let mut queries = Vec::with_capacity(batch.len());
    for q in batch {
        let Some(expected) = q.expected else {
            return Err(UserError(format!(
                "{}: query {} has no `expected` column or field: give the id(s) of the listed \
                 entity it should find (as `nazar screen` shows them, or the list's own id), or \
                 leave it empty for a person on no list",
                path.display(),
                q.id
            ))
            .into());
        };
        if q.query.names.is_empty() && q.query.identifiers.is_empty() {
            return Err(UserError(format!(
                "{}: query {} has no name and no identifier to screen",
                path.display(),
                q.id
            ))
            .into());
        }
        queries.push(nazar_eval::labelled::LabelledQuery {
            id: q.id,
            group: q.group,
            query: q.query,
            expected,
        });
    }
    let index = crate::screen::load_index(data, &args.list)?;
    let options = nazar_core::ScreenOptions {
        threshold: args.threshold,
        lists: args.list.clone(),
        ..nazar_core::ScreenOptions::default()
    };
    let report = nazar_eval::labelled::evaluate(&index, &queries, &options, args.show_misses);
    let digest = crate::audit::queries_digest(queries.iter().map(|q| &q.query));
    crate::audit::record_in(
        data,
        &crate::audit::operator(
            "eval",
            Some(digest),
            report.flagged.iter().cloned().collect(),
        ),
    )?;
    print_report(&report, args.json)
}

/// Prints a report as its table, or as JSON.
fn print_report(
    report: &(impl serde::Serialize + std::fmt::Display),
    json: bool,
) -> Result<ExitCode> {
    if json {
        let text = serde_json::to_string_pretty(report).context("writing the report as JSON")?;
        println!("{text}");
    } else {
        print!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}
