//! `nazar mrz`: read a travel document's machine-readable zone and print its fields.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::Datelike;
use nazar_ingest::mrz::{self, Mrz, MrzOptions};

use crate::UserError;

#[derive(clap::Args)]
pub struct Args {
    /// The MRZ lines (2 or 3); read from stdin when none are given.
    #[arg(value_name = "LINE")]
    lines: Vec<String>,
    /// Print one JSON object instead of a readable form.
    #[arg(long)]
    json: bool,
    /// OCR-tolerant: fix O/0, I/1, B/8, S/5, Z/2, K/< where the check digits confirm it.
    #[arg(long)]
    ocr: bool,
}

/// Reads an MRZ from `lines` (or stdin when empty), with today's date for century
/// inference. An unreadable MRZ is the user's error (exit 2).
pub fn read(lines: &[String], ocr: bool) -> Result<Mrz> {
    let mut owned: Vec<String> = lines.to_vec();
    if owned.is_empty() {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            eprintln!("reading MRZ lines from stdin (end with Ctrl-D)");
        }
        for l in stdin.lock().lines() {
            owned.push(l.context("reading stdin")?);
        }
    }
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let today = chrono::Utc::now().date_naive();
    let opts = MrzOptions {
        today: Some((today.year(), today.month(), today.day())),
        ocr,
    };
    mrz::parse(&refs, &opts).map_err(|e| UserError(format!("unreadable MRZ: {e}")).into())
}

pub fn run(args: Args) -> Result<ExitCode> {
    let m = read(&args.lines, args.ocr)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&m)?);
    } else {
        print_summary(&m);
    }
    Ok(ExitCode::SUCCESS)
}

/// The document, readably: fields, checks, warnings.
pub fn print_summary(m: &Mrz) {
    let or_dash = |s: Option<&str>| s.unwrap_or("-").to_string();
    println!(
        "document     {} {} issued by {}, number {}  ({})",
        m.format,
        m.document_type,
        m.issuing_country,
        m.document_number,
        if m.valid {
            "check digits valid"
        } else {
            "CHECK DIGITS INVALID"
        }
    );
    println!(
        "name         {}, {}{}",
        m.surname,
        m.given_names,
        if m.name_truncated {
            "  (may be truncated)"
        } else {
            ""
        }
    );
    println!(
        "born         {}   sex {}   nationality {}",
        or_dash(m.date_of_birth.as_deref()),
        or_dash(m.sex.as_deref()),
        m.nationality
    );
    println!("expires      {}", or_dash(m.date_of_expiry.as_deref()));
    if let Some(p) = &m.personal_number {
        println!("personal no. {p}");
    }
    let checks: Vec<String> = m
        .checks
        .iter()
        .map(|c| {
            if c.ok {
                format!("{} ok", c.field)
            } else {
                format!(
                    "{} BAD (read {}, computed {})",
                    c.field, c.expected, c.computed
                )
            }
        })
        .collect();
    println!("checks       {}", checks.join(", "));
    for w in &m.warnings {
        println!("warning      {w}");
    }
}
