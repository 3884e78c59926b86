//! `nazar ingest`: list files (or a delta) to a new version of a list.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use nazar_ingest::{delta, mapped_csv::Mapping, Format, Options, Parsed};
use nazar_store::{IngestMeta, IngestReport, Store};
use sha2::{Digest, Sha256};

use crate::{admin, store_err, UserError};

#[derive(clap::Args)]
pub struct Args {
    /// The list to write a new version of, e.g. `un`, `ofac`, `os`.
    #[arg(long)]
    list: String,
    /// The format of the files; detected from their content when omitted.
    #[arg(long, value_name = "F", value_parser = parse_format)]
    format: Option<Format>,
    /// A column-mapping file for an agency's own CSV (implies `--format csv`).
    #[arg(long, value_name = "FILE")]
    mapping: Option<PathBuf>,
    /// Apply a FollowTheMoney delta file (ADD/MOD/DEL lines) to the list's current version.
    #[arg(long, value_name = "FILE")]
    delta: Vec<PathBuf>,
    /// Make the list private to this agency.
    #[arg(long)]
    agency: Option<String>,
    /// Print `{"list","version","added","changed","removed","warnings"}`.
    #[arg(long)]
    json: bool,
    /// List files. OFAC's CSV set is given as sdn.csv (companions are found beside it).
    paths: Vec<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s)
        .ok_or_else(|| format!("unknown format {s:?}; one of {}", Format::NAMES.join(", ")))
}

/// A spinner on stderr when it is a terminal; hidden otherwise.
pub fn spinner(msg: &str) -> ProgressBar {
    let pb = if std::io::stderr().is_terminal() {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::hidden()
    };
    pb.set_style(
        ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb.set_message(msg.to_string());
    pb
}

/// A bar over the bytes `parse_files` will read (OFAC companions included) on stderr when it
/// is a terminal, with the rate and the time left; hidden otherwise.
fn byte_bar(format: Option<Format>, paths: &[PathBuf], msg: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    // When the files cannot be listed the parse reports why; the bar then sizes what it has.
    let files = nazar_ingest::input_files(format, paths).unwrap_or_else(|_| paths.to_vec());
    let total = files
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    let pb = ProgressBar::new(total);
    pb.set_style(
        ProgressStyle::with_template(
            "{msg} {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb.set_message(msg.to_string());
    pb
}

/// SHA-256 over the contents of files, in order.
pub fn digest_files(paths: &[PathBuf]) -> Result<String> {
    let mut h = Sha256::new();
    for p in paths {
        let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
    }
    Ok(nazar_core::model::hex(&h.finalize()))
}

pub fn run(data: &Path, args: Args) -> Result<ExitCode> {
    nazar_store::validate_list_name(&args.list).map_err(store_err)?;
    if args.paths.is_empty() && args.delta.is_empty() {
        return Err(UserError("give list files to read, or --delta FILE".into()).into());
    }
    for p in args.paths.iter().chain(&args.delta) {
        if !p.is_file() {
            return Err(UserError(format!("{}: no such file", p.display())).into());
        }
    }
    let started = Instant::now();
    let mut store = admin::open(data)?;
    let mut options = Options::default();
    let mut format = args.format;
    if let Some(m) = &args.mapping {
        options.mapping = Some(Mapping::load(m)?);
        format.get_or_insert(Format::MappedCsv);
    }
    let mut parsed = if args.paths.is_empty() {
        Parsed::default()
    } else {
        let msg = format!(
            "reading {} file(s) for list {}",
            args.paths.len(),
            args.list
        );
        let bar = byte_bar(format, &args.paths, &msg);
        if !bar.is_hidden() {
            let sink = bar.clone();
            options.progress = Some(Arc::new(move |read| sink.set_position(read)));
        }
        let parsed = nazar_ingest::parse_files(&args.list, format, &args.paths, &options);
        bar.finish_and_clear();
        parsed?
    };
    let pb = spinner(&format!("list {}", args.list));
    let format_name = match (format, args.paths.first()) {
        (Some(f), _) => f.name().to_string(),
        (None, Some(p)) => nazar_ingest::detect(p)?.name().to_string(),
        (None, None) => "ftm-delta".to_string(),
    };
    if !args.delta.is_empty() {
        // A delta applies to the files just read, or else to the list's current version.
        let mut base = std::mem::take(&mut parsed.entities);
        if args.paths.is_empty() {
            base = store
                .current_entities(Some(&args.list))
                .or_else(|e| match e {
                    nazar_store::StoreError::NoSuchList(_) => Ok(Vec::new()),
                    e => Err(store_err(e)),
                })?;
        }
        for d in &args.delta {
            pb.set_message(format!("applying delta {}", d.display()));
            let (ops, warnings) = delta::read_delta(&args.list, d)?;
            parsed.warnings.extend(warnings);
            let (next, warnings) = delta::apply(base, ops, d);
            parsed.warnings.extend(warnings);
            base = next;
        }
        parsed.entities = base;
    }
    for w in &parsed.warnings {
        pb.suspend(|| eprintln!("warning: {w}"));
    }
    if parsed.entities.is_empty() && !args.paths.is_empty() {
        pb.finish_and_clear();
        return Err(UserError(format!(
            "no entities could be read from {}; the list is unchanged",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    }
    pb.set_message(format!("writing {} entities", parsed.entities.len()));
    let mut inputs = args.paths.clone();
    inputs.extend(args.delta.iter().cloned());
    let meta = IngestMeta {
        format: format_name,
        sources: inputs
            .iter()
            .map(|p| {
                p.file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default()
            })
            .collect(),
        source_digest: Some(digest_files(&inputs)?),
        warnings: parsed.warnings.len(),
        agency: args.agency.clone(),
    };
    let report = store
        .ingest(&args.list, parsed.entities, &meta)
        .map_err(store_err)?;
    crate::audit::record(
        &mut store,
        &crate::audit::operator("ingest", None, Vec::new()),
    )?;
    pb.finish_and_clear();
    print_report(&report, args.json, started.elapsed().as_secs_f64())?;
    refresh_index(&store, data);
    Ok(ExitCode::SUCCESS)
}

/// Brings the persisted index up to the store's new versions, so that the next screening
/// opens it as it is. A failure here loses nothing (the next screening rebuilds the index),
/// so it is a warning.
pub fn refresh_index(store: &dyn Store, data: &Path) {
    let started = Instant::now();
    match nazar_store::index_file::load(store, data) {
        Ok(loaded) => {
            if loaded.opened != nazar_store::index_file::Opened::Snapshot {
                eprintln!(
                    "index: {} entities ready in {:.2} s",
                    loaded.index.len(),
                    started.elapsed().as_secs_f64()
                );
            }
            if let Some(e) = loaded.save_error {
                eprintln!("warning: the index file could not be saved: {e}");
            }
        }
        Err(e) => eprintln!("warning: the index was not updated: {e}"),
    }
}

pub fn print_report(report: &IngestReport, json: bool, seconds: f64) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string(report)?);
    } else {
        println!(
            "{} version {}: {} added, {} changed, {} removed, {} warnings ({:.2} s)",
            report.list,
            report.version,
            report.added,
            report.changed,
            report.removed,
            report.warnings,
            seconds
        );
    }
    Ok(())
}
