//! `nazar eval`: recall, precision and alert rates on labelled data built from the UN and
//! OFAC lists in the shared data folder. The work is `nazar_eval`'s; this is argument glue.

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
    /// Show N missed queries per kind, with what came first.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_misses: usize,
    /// Index the real lists beside the generated persons in FILE (`nazar gen` output):
    /// quality at a national list size.
    #[arg(long, value_name = "FILE")]
    beside: Option<PathBuf>,
}

/// Runs the evaluation. `_data` (the store) is not read: the labelled sets come from list
/// files, so that every run screens exactly the same data.
pub fn run(_data: &Path, args: Args) -> Result<ExitCode> {
    let selection = Selection::parse(&args.split)
        .ok_or_else(|| UserError(format!("unknown split {:?}: tune, test or all", args.split)))?;
    if !(0.0..=1.0).contains(&args.threshold) {
        return Err(UserError(format!("threshold {} is not in [0, 1]", args.threshold)).into());
    }
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
    if args.json {
        let text = serde_json::to_string_pretty(&report).context("writing the report as JSON")?;
        println!("{text}");
    } else {
        print!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}
