//! The `nazar` binary: argument parsing and glue between the parsers, the store and the core.
//! Logic that a library could own lives in a library; this crate only wires it up.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod admin;
mod audit;
mod bench;
mod demo;
mod eval;
mod gen;
mod ingest;
mod keys;
mod mrz;
mod output;
mod paxlst;
mod resolve;
mod screen;
mod serve;
mod update;

/// Many small allocations (name tokens, explanations) on every core: mimalloc is faster than
/// the system allocator here and returns memory to the system as well.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Watchlist screening and entity resolution for border, immigration and law-enforcement work.
#[derive(Parser)]
#[command(name = "nazar", version, about, long_about = None)]
struct Cli {
    /// The data directory holding the embedded store.
    #[arg(
        long,
        global = true,
        env = "NAZAR_DATA",
        default_value = "./nazar-data"
    )]
    data: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read list files into a new version of a list.
    Ingest(ingest::Args),
    /// Show the lists in the store with their current versions.
    Lists(admin::ListsArgs),
    /// Screen one person, a batch of queries, a passport (--mrz) or a manifest (--paxlst).
    Screen(Box<screen::Args>),
    /// Read a travel document's machine-readable zone (ICAO 9303 TD1, TD2, TD3, visas).
    Mrz(mrz::Args),
    /// Print a UN/EDIFACT PAXLST passenger or crew manifest.
    Paxlst(paxlst::Args),
    /// Fetch the configured official lists and ingest those that changed.
    Update(update::Args),
    /// Write a consistent copy of the store to FILE, while nazar keeps running.
    Backup(admin::BackupArgs),
    /// Replace the store with a copy made by `nazar backup`.
    Restore(admin::RestoreArgs),
    /// Training mode: ingest a synthetic watchlist (invented people) and screen sample queries.
    Demo(demo::Args),
    /// Measure recall, precision and alert rates on labelled data built from the real lists,
    /// or on your own labelled queries against the store (--cases).
    Eval(eval::Args),
    /// Write a synthetic population of invented persons (FtM) and labelled query sets.
    Gen(gen::Args),
    /// Link and deduplicate records of CSV inputs into entities (batch entity resolution).
    Resolve(Box<resolve::Args>),
    /// Measure latency, throughput, memory and quality at several list sizes (synthetic).
    Bench(bench::Args),
    /// Run the HTTP screening service (yente-compatible API with keys, roles and audit).
    Serve(serve::Args),
    /// Manage API keys: create, list, revoke, rotate.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Manage agencies: which are federal (see every agency's private lists).
    #[command(subcommand)]
    Agencies(keys::AgenciesCommand),
    /// Export, verify or purge the hash-chained audit log.
    #[command(subcommand)]
    Audit(audit::Command),
}

/// An error that is the user's to fix: bad input, a missing file, a wrong name. Exit code 2.
#[derive(Debug)]
pub struct UserError(pub String);

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UserError {}

/// Wraps a store error, marking it as the user's when it is.
pub fn store_err(e: nazar_store::StoreError) -> anyhow::Error {
    if e.is_user_error() {
        UserError(e.to_string()).into()
    } else {
        anyhow::Error::new(e)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(a) => ingest::run(&cli.data, a),
        Command::Lists(a) => admin::lists(&cli.data, a),
        Command::Screen(a) => screen::run(&cli.data, *a),
        Command::Mrz(a) => mrz::run(a),
        Command::Paxlst(a) => paxlst::run(a),
        Command::Update(a) => update::run(&cli.data, a),
        Command::Backup(a) => admin::backup(&cli.data, a),
        Command::Restore(a) => admin::restore(&cli.data, a),
        Command::Demo(a) => demo::run(&cli.data, a),
        Command::Eval(a) => eval::run(&cli.data, a),
        Command::Gen(a) => gen::run(a),
        Command::Resolve(a) => resolve::run(*a),
        Command::Bench(a) => bench::run(a),
        Command::Serve(a) => serve::run(&cli.data, a),
        Command::Keys(c) => keys::run_keys(&cli.data, c),
        Command::Agencies(c) => keys::run_agencies(&cli.data, c),
        Command::Audit(c) => audit::run(&cli.data, c),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let user = e.chain().any(|c| c.downcast_ref::<UserError>().is_some())
                || e.chain()
                    .any(|c| c.downcast_ref::<nazar_ingest::IngestError>().is_some());
            eprintln!("error: {e:#}");
            if user {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
