//! `nazar paxlst`: print a parsed passenger manifest; and `nazar screen --paxlst`, which
//! screens every traveller on it.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use nazar_core::{Index, ScreenOptions};
use nazar_ingest::paxlst::{self, Manifest, Traveller};
use rayon::prelude::*;

use crate::output::result_json;
use crate::UserError;

/// A matched entity: id, caption, score.
type Alert = (String, String, f32);

#[derive(clap::Args)]
pub struct Args {
    /// A UN/EDIFACT PAXLST message (D02B or D05B).
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Print the manifest as one JSON object instead of a readable list.
    #[arg(long)]
    json: bool,
}

/// Reads and parses a manifest; its warnings go to stderr.
pub fn read(path: &Path) -> Result<Manifest> {
    let bytes = std::fs::read(path).map_err(|e| UserError(format!("{}: {e}", path.display())))?;
    let text = String::from_utf8_lossy(&bytes);
    let manifest = paxlst::parse(&text, path)?;
    for w in &manifest.warnings {
        eprintln!("warning: {w}");
    }
    Ok(manifest)
}

pub fn run(args: Args) -> Result<ExitCode> {
    let m = read(&args.file)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&m)?);
        return Ok(ExitCode::SUCCESS);
    }
    for leg in &m.flights {
        println!(
            "flight {} {} -> {} departing {}",
            leg.flight.as_deref().unwrap_or("?"),
            leg.departure.as_deref().unwrap_or("?"),
            leg.arrival.as_deref().unwrap_or("?"),
            leg.departure_time.as_deref().unwrap_or("?"),
        );
    }
    println!("{} travellers", m.travellers.len());
    for t in &m.travellers {
        println!("{}", describe(t));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line about a traveller: id, role, name, birth date, nationality, documents.
fn describe(t: &Traveller) -> String {
    let docs: Vec<String> = t
        .documents
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d.kind.as_deref().unwrap_or("?"),
                d.number.as_deref().unwrap_or("?")
            )
        })
        .collect();
    format!(
        "{:<14} {:<9} {:<32} born {:<10} {:<3} {}",
        t.id(),
        t.role,
        t.name(),
        t.date_of_birth.as_deref().unwrap_or("-"),
        t.nationality.as_deref().unwrap_or("-"),
        docs.join(", ")
    )
}

/// Screens every traveller: one JSON line `{"traveller", "results"}` each to `output`
/// (stdout when `None`), then a readable summary, alerts first, to stdout (stderr when the
/// lines went to stdout). Returns the ids of the matched entities, for the audit record.
pub fn screen(
    index: &Index,
    manifest: &Manifest,
    opts: &ScreenOptions,
    output: Option<&Path>,
) -> Result<Vec<String>> {
    let started = std::time::Instant::now();
    let screened: Vec<(Vec<u8>, Vec<Alert>)> = manifest
        .travellers
        .par_iter()
        .map(|t| {
            let hits = index.screen(&t.to_query(), opts);
            let line = serde_json::json!({
                "traveller": t,
                "results": hits.iter().map(result_json).collect::<Vec<_>>(),
            });
            let mut buf = serde_json::to_vec(&line).unwrap_or_default();
            buf.push(b'\n');
            let alerts = hits
                .iter()
                .filter(|h| h.is_match)
                .map(|h| (h.entity.id.clone(), h.entity.caption().to_string(), h.score))
                .collect();
            (buf, alerts)
        })
        .collect();
    let secs = started.elapsed().as_secs_f64();
    {
        let mut out: Box<dyn Write> = match output {
            Some(p) => Box::new(BufWriter::new(
                File::create(p).with_context(|| format!("creating {}", p.display()))?,
            )),
            None => Box::new(BufWriter::new(std::io::stdout().lock())),
        };
        for (buf, _) in &screened {
            out.write_all(buf)?;
        }
        out.flush()?;
    }
    let mut summary = String::new();
    let alerted: Vec<(&Traveller, &Vec<Alert>)> = manifest
        .travellers
        .iter()
        .zip(&screened)
        .filter(|(_, (_, a))| !a.is_empty())
        .map(|(t, (_, a))| (t, a))
        .collect();
    summary.push_str(&format!(
        "{} travellers screened against {} entities in {:.3} s; {} with alerts\n",
        manifest.travellers.len(),
        index.len(),
        secs,
        alerted.len()
    ));
    for (t, alerts) in &alerted {
        summary.push_str(&format!("ALERT  {}\n", describe(t)));
        for (id, caption, score) in alerts.iter() {
            summary.push_str(&format!("         {score:.3}  {id}  {caption}\n"));
        }
    }
    for (t, (_, alerts)) in manifest.travellers.iter().zip(&screened) {
        if alerts.is_empty() {
            summary.push_str(&format!("clear  {}\n", describe(t)));
        }
    }
    if output.is_some() {
        print!("{summary}");
    } else {
        eprint!("{summary}");
    }
    let mut matched: Vec<String> = screened
        .iter()
        .flat_map(|(_, a)| a.iter().map(|(id, _, _)| id.clone()))
        .collect();
    matched.sort();
    matched.dedup();
    Ok(matched)
}
