//! `nazar lists`, `nazar backup`, `nazar restore`: looking after the store.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use nazar_store::{SqliteStore, Store};

use crate::store_err;

#[derive(clap::Args)]
pub struct ListsArgs {
    /// Print a JSON array instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy.
    file: PathBuf,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    /// A file written by `nazar backup`.
    file: PathBuf,
}

/// Opens the store of a data directory.
pub fn open(data: &Path) -> Result<SqliteStore> {
    SqliteStore::open(data).map_err(store_err)
}

pub fn lists(data: &Path, args: ListsArgs) -> Result<ExitCode> {
    let store = open(data)?;
    let lists = store.lists().map_err(store_err)?;
    if args.json {
        let out: Vec<serde_json::Value> = lists
            .iter()
            .map(|l| {
                serde_json::json!({
                    "list": l.list,
                    "version": l.version,
                    "entities": l.entities,
                    "by_schema": l.by_schema,
                    "ingested_at": l.ingested_at,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    if lists.is_empty() {
        println!("no lists yet: add one with `nazar ingest --list NAME FILE`");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:<16} {:>7} {:>9}  {:<20}  schemas",
        "list", "version", "entities", "ingested at"
    );
    for l in &lists {
        let schemas: Vec<String> = l
            .by_schema
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        println!(
            "{:<16} {:>7} {:>9}  {:<20}  {}",
            l.list,
            l.version,
            l.entities,
            l.ingested_at,
            schemas.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn backup(data: &Path, args: BackupArgs) -> Result<ExitCode> {
    let store = open(data)?;
    store.backup(&args.file).map_err(store_err)?;
    eprintln!("wrote {}", args.file.display());
    Ok(ExitCode::SUCCESS)
}

pub fn restore(data: &Path, args: RestoreArgs) -> Result<ExitCode> {
    SqliteStore::restore(data, &args.file).map_err(store_err)?;
    eprintln!("restored {} into {}", args.file.display(), data.display());
    Ok(ExitCode::SUCCESS)
}
