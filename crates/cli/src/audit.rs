//! `nazar audit export|verify|purge`, and the records the CLI itself appends: the local CLI is
//! the machine's operator, audited with no key, no agency and role `operator`.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use nazar_core::Query;
use nazar_store::access::{now_rfc3339, sha256_hex};
use nazar_store::{verify_chain, AccessStore, AuditEntry, AuditRecord, ChainError, SqliteStore};

use crate::{admin, store_err, UserError};

/// The exact top-level fields of an exported record.
pub const EXPORT_FIELDS: [&str; 11] = [
    "seq",
    "time",
    "key_id",
    "agency",
    "role",
    "action",
    "purpose",
    "query_digest",
    "result_ids",
    "prev_hash",
    "hash",
];

/// How many records an export or verify reads from the store at a time.
const PAGE: usize = 10_000;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Print the audit log as JSONL, one record per line, oldest first.
    Export {
        /// Only records after this sequence number.
        #[arg(long, default_value_t = 0)]
        after: i64,
    },
    /// Check the hash chain of the store's log, or of a file written by `nazar audit export`.
    /// Exits 0 when intact, 1 naming the first bad record.
    Verify {
        /// A JSONL export to check instead of the store. It must start at seq 1.
        #[arg(long, value_name = "F")]
        file: Option<PathBuf>,
    },
    /// Retention: delete screened subjects and alerts older than N days. The audit chain,
    /// which holds only digests, is kept whole.
    Purge {
        #[arg(long)]
        days: u32,
    },
}

/// An audit entry for something the local operator did.
pub fn operator(action: &str, query_digest: Option<String>, result_ids: Vec<String>) -> AuditEntry {
    AuditEntry {
        key_id: None,
        agency: None,
        role: Some("operator".into()),
        action: action.into(),
        purpose: None,
        query_digest,
        result_ids,
    }
}

/// Appends an operator record to the store's log; the command fails if it cannot be written.
pub fn record(store: &mut SqliteStore, entry: &AuditEntry) -> Result<()> {
    store
        .append_audit(entry)
        .map_err(store_err)
        .context("writing the audit record")?;
    Ok(())
}

/// Opens the store of a data directory and appends an operator record.
pub fn record_in(data: &Path, entry: &AuditEntry) -> Result<()> {
    record(&mut admin::open(data)?, entry)
}

/// SHA-256 of the normalised queries, in order: what was asked, without keeping it.
pub fn queries_digest<'a>(queries: impl IntoIterator<Item = &'a Query>) -> String {
    let norm = |s: &String| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut text = String::new();
    for q in queries {
        let mut ids: Vec<(String, String)> = q
            .identifiers
            .iter()
            .map(|(p, v)| (p.clone(), norm(v)))
            .collect();
        ids.sort();
        let line = serde_json::json!({
            "schema": q.schema.as_ref().map(|s| format!("{s:?}")),
            "names": q.names.iter().map(norm).collect::<Vec<_>>(),
            "birth_dates": q.birth_dates,
            "nationalities": q.nationalities.iter().map(norm).collect::<Vec<_>>(),
            "gender": q.gender.as_ref().map(norm),
            "identifiers": ids,
        });
        text.push_str(&line.to_string());
        text.push('\n');
    }
    sha256_hex(text.as_bytes())
}

pub fn run(data: &Path, command: Command) -> Result<ExitCode> {
    match command {
        Command::Export { after } => export(data, after),
        Command::Verify { file: None } => {
            let store = admin::open(data)?;
            let mut records = StoreRecords::new(&store)?;
            let result = verify_chain(&mut records);
            if let Some(e) = records.error {
                return Err(store_err(e));
            }
            report(result)
        }
        Command::Verify { file: Some(f) } => verify_file(&f),
        Command::Purge { days } => purge(data, days),
    }
}

/// Reads the store's log page by page, so a long log is never held in memory whole. A read
/// error ends the iteration and is kept in `error`, for the caller to report.
struct StoreRecords<'a> {
    store: &'a SqliteStore,
    page: std::vec::IntoIter<AuditRecord>,
    last: i64,
    error: Option<nazar_store::StoreError>,
}

impl<'a> StoreRecords<'a> {
    fn new(store: &'a SqliteStore) -> Result<Self> {
        let page = store.audit_records(0, PAGE).map_err(store_err)?;
        Ok(StoreRecords {
            store,
            page: page.into_iter(),
            last: 0,
            error: None,
        })
    }
}

impl Iterator for StoreRecords<'_> {
    type Item = AuditRecord;

    fn next(&mut self) -> Option<AuditRecord> {
        if let Some(r) = self.page.next() {
            self.last = r.seq;
            return Some(r);
        }
        match self.store.audit_records(self.last, PAGE) {
            Ok(page) => self.page = page.into_iter(),
            Err(e) => {
                self.error = Some(e);
                return None;
            }
        }
        let r = self.page.next()?;
        self.last = r.seq;
        Some(r)
    }
}

fn export(data: &Path, after: i64) -> Result<ExitCode> {
    let store = admin::open(data)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut last = after;
    loop {
        let page = store.audit_records(last, PAGE).map_err(store_err)?;
        let Some(end) = page.last() else { break };
        last = end.seq;
        for r in &page {
            serde_json::to_writer(&mut out, r)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn report(result: Result<usize, ChainError>) -> Result<ExitCode> {
    match result {
        Ok(n) => {
            println!("ok: {n} records");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("broken: {e}");
            eprintln!("error: audit chain broken at {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Parses an exported line strictly: exactly [`EXPORT_FIELDS`], so an added or removed field
/// is caught even though serde would ignore or default it.
fn parse_line(line: &str) -> Result<AuditRecord, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let obj = value.as_object().ok_or("not a JSON object")?;
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected = EXPORT_FIELDS.to_vec();
    expected.sort_unstable();
    if keys != expected {
        return Err(format!("fields are {keys:?}, expected {expected:?}"));
    }
    serde_json::from_value(value).map_err(|e| e.to_string())
}

fn verify_file(path: &Path) -> Result<ExitCode> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut records = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(&line) {
            Ok(r) => records.push(r),
            Err(msg) => {
                // Name the record by its seq when the line still says one.
                let seq = serde_json::from_str::<serde_json::Value>(&line)
                    .ok()
                    .and_then(|v| v.get("seq").and_then(|s| s.as_i64()));
                let at = match seq {
                    Some(s) => format!("record seq {s}"),
                    None => format!("line {}", i + 1),
                };
                println!("broken: {at}: {msg}");
                eprintln!(
                    "error: audit chain broken at {at} of {}: {msg}",
                    path.display()
                );
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    report(verify_chain(records))
}

fn purge(data: &Path, days: u32) -> Result<ExitCode> {
    let mut store = admin::open(data)?;
    let before = chrono::Utc::now() - chrono::Duration::days(i64::from(days));
    let before = before.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let n = store.purge_before(&before).map_err(store_err)?;
    record(&mut store, &operator("audit.purge", None, Vec::new()))?;
    eprintln!("purged {n} subject and alert rows older than {before}");
    Ok(ExitCode::SUCCESS)
}

/// Checks `--expires` / `--days` style inputs: an RFC 3339 time.
pub fn parse_time(s: &str) -> Result<String> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        })
        .map_err(|_| {
            UserError(format!(
                "{s:?} is not an RFC 3339 time (2026-12-31T00:00:00Z)"
            ))
            .into()
        })
}

/// The current time, as the store writes it.
pub fn now() -> String {
    now_rfc3339()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_need_exactly_the_export_fields() {
        let r = AuditRecord {
            seq: 1,
            time: "t".into(),
            key_id: None,
            agency: None,
            role: Some("operator".into()),
            action: "ingest".into(),
            purpose: None,
            query_digest: None,
            result_ids: vec![],
            prev_hash: "0".into(),
            hash: "h".into(),
        };
        let line = serde_json::to_string(&r).unwrap();
        assert_eq!(parse_line(&line).unwrap(), r);
        let mut v: serde_json::Value = serde_json::from_str(&line).unwrap();
        v["extra"] = serde_json::json!(1);
        assert!(parse_line(&v.to_string()).is_err());
        let mut v: serde_json::Value = serde_json::from_str(&line).unwrap();
        v.as_object_mut().unwrap().remove("purpose");
        assert!(parse_line(&v.to_string()).is_err());
    }

    #[test]
    fn query_digest_ignores_case_and_spacing_not_content() {
        let q = |n: &str| Query {
            names: vec![n.into()],
            ..Query::default()
        };
        assert_eq!(
            queries_digest([&q("Aamir  Ali")]),
            queries_digest([&q("aamir ali")])
        );
        assert_ne!(
            queries_digest([&q("Aamir Ali")]),
            queries_digest([&q("Amir Ali")])
        );
        assert_eq!(queries_digest([&q("x")]).len(), 64);
    }
}
