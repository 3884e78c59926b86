//! `nazar screen`: one person from flags, or a batch of queries from JSONL or CSV.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use nazar_core::{prop, Index, Query, Schema, ScreenOptions};
use nazar_store::{index_file, Store};
use rayon::prelude::*;

use crate::output::{print_table, result_json};
use crate::{admin, ingest::spinner, store_err, UserError};

#[derive(clap::Args)]
pub struct Args {
    /// A name of the person (repeat for aliases or other scripts).
    #[arg(long)]
    name: Vec<String>,
    /// Date of birth: `1986-08-03`, `1986-08` or `1986` (repeatable).
    #[arg(long)]
    dob: Vec<String>,
    /// Nationality, as a country code or name (repeatable).
    #[arg(long)]
    nationality: Vec<String>,
    /// Gender: male or female.
    #[arg(long)]
    gender: Option<String>,
    /// A passport, national ID (CNIC) or other document number (repeatable).
    #[arg(long)]
    id: Vec<String>,
    /// An email address (repeatable).
    #[arg(long)]
    email: Vec<String>,
    /// A phone number (repeatable).
    #[arg(long)]
    phone: Vec<String>,
    /// A crypto wallet address (repeatable).
    #[arg(long)]
    wallet: Vec<String>,
    /// The schema to screen as: Person, Organization, Vessel, ...; any when omitted.
    #[arg(long)]
    schema: Option<String>,
    /// Screen against these lists only (repeatable); all lists when omitted.
    #[arg(long)]
    list: Vec<String>,
    /// Results to show per query.
    #[arg(long, default_value_t = 5)]
    limit: usize,
    /// Score at or above which a result is a match (an alert).
    #[arg(long, default_value_t = nazar_core::score::DEFAULT_THRESHOLD)]
    threshold: f32,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// A batch of queries: JSONL shaped like yente's /match queries, or CSV with a header.
    #[arg(long, value_name = "FILE", conflicts_with = "name")]
    input: Option<PathBuf>,
    /// Where batch results go (one JSON line per query or traveller); stdout when omitted.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Screen the holder of a travel document: its MRZ lines (2 or 3).
    #[arg(long, value_name = "LINE", num_args = 2..=3, conflicts_with_all = ["name", "input", "paxlst"])]
    mrz: Vec<String>,
    /// With --mrz: OCR-tolerant reading (see `nazar mrz --ocr`).
    #[arg(long, requires = "mrz")]
    ocr: bool,
    /// Screen every traveller on a UN/EDIFACT PAXLST manifest.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "input"])]
    paxlst: Option<PathBuf>,
}

/// Opens the index over the current versions of every list: the persisted index file when it
/// matches the store, caught up or rebuilt (and saved) when it does not. `lists` are checked
/// to exist; screening keeps to them through [`ScreenOptions::lists`].
pub fn load_index(data: &Path, lists: &[String]) -> Result<Index> {
    let store = admin::open(data)?;
    for l in lists {
        if store.list(l).map_err(store_err)?.is_none() {
            return Err(UserError(format!("no list named {l:?} in {}", data.display())).into());
        }
    }
    let pb = spinner("opening the index");
    let loaded = index_file::load(&store, data).map_err(store_err)?;
    pb.finish_and_clear();
    report_index(&loaded);
    let index = loaded.index;
    if index.is_empty() {
        return Err(UserError(format!(
            "no entities to screen against in {}: ingest a list first (`nazar ingest --list NAME FILE`)",
            data.display()
        ))
        .into());
    }
    Ok(index)
}

/// Says on stderr how the index was opened when it was not simply read, and why the index
/// file could not be saved if so.
pub fn report_index(loaded: &index_file::Loaded) {
    match &loaded.opened {
        index_file::Opened::Snapshot => {}
        index_file::Opened::Updated { lists } => eprintln!(
            "index: caught up with {} ({} entities)",
            lists.join(", "),
            loaded.index.len()
        ),
        index_file::Opened::Rebuilt { reason } => {
            eprintln!("index: built ({} entities): {reason}", loaded.index.len())
        }
    }
    if let Some(e) = &loaded.save_error {
        eprintln!("warning: the index file could not be saved, the next run rebuilds it: {e}");
    }
}

pub fn run(data: &Path, args: Args) -> Result<ExitCode> {
    let opts = ScreenOptions {
        limit: args.limit,
        threshold: args.threshold,
        lists: args.list.clone(),
        ..ScreenOptions::default()
    };
    if args.output.is_some() && args.input.is_none() && args.paxlst.is_none() {
        return Err(UserError("--output needs --input FILE or --paxlst FILE".into()).into());
    }
    if !args.mrz.is_empty() {
        return run_mrz(data, &args, &opts);
    }
    if let Some(path) = &args.paxlst {
        let manifest = crate::paxlst::read(path)?;
        let index = load_index(data, &args.list)?;
        let matched = crate::paxlst::screen(&index, &manifest, &opts, args.output.as_deref())?;
        let queries: Vec<Query> = manifest.travellers.iter().map(|t| t.to_query()).collect();
        let digest = crate::audit::queries_digest(queries.iter());
        crate::audit::record_in(
            data,
            &crate::audit::operator("screen", Some(digest), matched),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(input) = &args.input {
        let queries = read_queries(input)?;
        let index = load_index(data, &args.list)?;
        let (code, matched) = run_batch(&index, &queries, &opts, args.output.as_deref())?;
        let digest = crate::audit::queries_digest(queries.iter().map(|q| &q.query));
        crate::audit::record_in(
            data,
            &crate::audit::operator("screen", Some(digest), matched),
        )?;
        return Ok(code);
    }
    if args.name.is_empty()
        && args.id.is_empty()
        && args.email.is_empty()
        && args.phone.is_empty()
        && args.wallet.is_empty()
    {
        return Err(UserError(
            "give --name (or --id, --email, --phone, --wallet), or --input FILE".into(),
        )
        .into());
    }
    let mut identifiers: Vec<(String, String)> = Vec::new();
    identifiers.extend(
        args.id
            .iter()
            .map(|v| (prop::ID_NUMBER.to_string(), v.clone())),
    );
    identifiers.extend(
        args.email
            .iter()
            .map(|v| (prop::EMAIL.to_string(), v.clone())),
    );
    identifiers.extend(
        args.phone
            .iter()
            .map(|v| (prop::PHONE.to_string(), v.clone())),
    );
    identifiers.extend(
        args.wallet
            .iter()
            .map(|v| (prop::CRYPTO_WALLET.to_string(), v.clone())),
    );
    let query = Query {
        schema: args.schema.as_deref().map(Schema::parse),
        names: args.name.clone(),
        birth_dates: args.dob.iter().map(|d| normalize_date(d)).collect(),
        nationalities: args.nationality.clone(),
        gender: args.gender.clone(),
        identifiers,
        names_from_mrz: false,
        truncated_word: None,
    };
    let index = load_index(data, &args.list)?;
    let hits = index.screen(&query, &opts);
    let matched = matched_ids(hits.iter().filter(|h| h.is_match).map(|h| &h.entity.id));
    let digest = crate::audit::queries_digest([&query]);
    crate::audit::record_in(
        data,
        &crate::audit::operator("screen", Some(digest), matched),
    )?;
    if args.json {
        let line = serde_json::json!({
            "query": "q",
            "results": hits.iter().map(result_json).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&line)?);
    } else {
        print_table(&query, &hits, &opts);
    }
    Ok(ExitCode::SUCCESS)
}

/// `screen --mrz`: reads the document, prints it, then screens its holder.
fn run_mrz(data: &Path, args: &Args, opts: &ScreenOptions) -> Result<ExitCode> {
    let doc = crate::mrz::read(&args.mrz, args.ocr)?;
    let query = nazar_ingest::mrz::to_query(&doc);
    let index = load_index(data, &args.list)?;
    let hits = index.screen(&query, opts);
    let matched = matched_ids(hits.iter().filter(|h| h.is_match).map(|h| &h.entity.id));
    let digest = crate::audit::queries_digest([&query]);
    crate::audit::record_in(
        data,
        &crate::audit::operator("screen", Some(digest), matched),
    )?;
    if args.json {
        let out = serde_json::json!({
            "document": doc,
            "results": hits.iter().map(result_json).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        crate::mrz::print_summary(&doc);
        println!();
        print_table(&query, &hits, opts);
    }
    Ok(ExitCode::SUCCESS)
}

/// Accepts `1986-08-03`, `03/08/1986` (day first), `1986/08/03` and `1986`.
fn normalize_date(s: &str) -> String {
    let s = s.trim();
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    if parts.len() == 3 && parts[2].len() == 4 && parts[0].len() <= 2 {
        return format!("{}-{:0>2}-{:0>2}", parts[2], parts[1], parts[0]);
    }
    s.replace('/', "-")
}

/// One query of a batch, with its id.
pub struct BatchQuery {
    pub id: String,
    pub query: Query,
    /// For labelled data (`nazar eval --cases`): the ids of the entities the query should
    /// find, empty for a person on no list; `None` when the file does not say.
    pub expected: Option<Vec<String>>,
    /// For labelled data: the group its figures are also given for; may be empty.
    pub group: String,
}

/// Splits a cell or field of expected ids (`un:QDi.312; ofac:15517`). Only `;` and `|`
/// separate: an id may hold spaces and commas.
fn expected_ids(s: &str) -> Vec<String> {
    s.split([';', '|'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads queries from JSONL (yente /match query shape) or CSV (header names are FtM
/// properties or the usual aliases: `name`, `dob`, `nationality`, ...). Labelled data adds
/// `expected` (entity ids) and `group` (a field of each JSON line, or a CSV column).
pub fn read_queries(path: &Path) -> Result<Vec<BatchQuery>> {
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let file = File::open(path).map_err(|e| UserError(format!("{}: {e}", path.display())))?;
    if is_csv {
        return read_csv_queries(path, file);
    }
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| {
            UserError(format!(
                "{}: line {}: not a JSON query: {e}",
                path.display(),
                n + 1
            ))
        })?;
        let id = match v.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) if !other.is_null() => other.to_string(),
            _ => format!("line-{}", n + 1),
        };
        let schema = v.get("schema").and_then(|s| s.as_str()).map(Schema::parse);
        // Ids as strings or numbers (a list's own numbering), one or a list of them.
        let id_text = |x: &serde_json::Value| match x {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let bad_expected = |other: &serde_json::Value| {
            UserError(format!(
                "{}: line {}: \"expected\" is {other}: give entity ids, one or a list of them",
                path.display(),
                n + 1
            ))
        };
        let expected = match v.get("expected") {
            None => None,
            Some(serde_json::Value::Null) => Some(Vec::new()),
            Some(serde_json::Value::Array(a)) => {
                let mut ids = Vec::new();
                for x in a {
                    let t = id_text(x).ok_or_else(|| bad_expected(x))?;
                    ids.extend(expected_ids(&t));
                }
                Some(ids)
            }
            Some(x) => Some(expected_ids(&id_text(x).ok_or_else(|| bad_expected(x))?)),
        };
        let group = match v.get("group") {
            Some(serde_json::Value::String(s)) => s.trim().to_string(),
            _ => String::new(),
        };
        let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
        if let Some(obj) = v.get("properties").and_then(|p| p.as_object()) {
            for (k, val) in obj {
                let vals: Vec<String> = match val {
                    serde_json::Value::Array(a) => a
                        .iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect(),
                    serde_json::Value::String(s) => vec![s.clone()],
                    _ => Vec::new(),
                };
                props.insert(k.clone(), vals);
            }
        }
        out.push(BatchQuery {
            id,
            query: Query::from_properties(schema, &props),
            expected,
            group,
        });
    }
    Ok(out)
}

fn read_csv_queries(path: &Path, file: File) -> Result<Vec<BatchQuery>> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let headers = rdr
        .headers()
        .map_err(|e| UserError(format!("{}: {e}", path.display())))?
        .clone();
    let prop_of = |h: &str| -> Option<&'static str> {
        Some(
            match h
                .trim()
                .to_lowercase()
                .replace([' ', '_', '-'], "")
                .as_str()
            {
                "name" | "fullname" => prop::NAME,
                "alias" => prop::ALIAS,
                "firstname" | "givenname" | "givennames" | "forename" => prop::FIRST_NAME,
                "lastname" | "surname" | "familyname" => prop::LAST_NAME,
                "fathername" => prop::FATHER_NAME,
                "birthdate" | "dob" | "dateofbirth" => prop::BIRTH_DATE,
                "nationality" | "country" | "citizenship" => prop::NATIONALITY,
                "gender" | "sex" => prop::GENDER,
                "passport" | "passportnumber" => prop::PASSPORT_NUMBER,
                "idnumber" | "id number" | "cnic" | "nationalid" => prop::ID_NUMBER,
                "email" => prop::EMAIL,
                "phone" => prop::PHONE,
                "cryptowallet" | "wallet" => prop::CRYPTO_WALLET,
                _ => return None,
            },
        )
    };
    let id_col = headers.iter().position(|h| {
        matches!(
            h.trim().to_lowercase().as_str(),
            "id" | "query" | "case" | "subject_id"
        )
    });
    let column = |names: &[&str]| {
        headers.iter().position(|h| {
            let h = h.trim().to_lowercase().replace([' ', '-'], "_");
            names.contains(&h.as_str())
        })
    };
    let expected_col = column(&["expected", "expected_id", "expected_ids", "answer"]);
    let group_col = column(&["group", "set", "category"]);
    let mut out = Vec::new();
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| UserError(format!("{}: {e}", path.display())))?;
        let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (h, v) in headers.iter().zip(rec.iter()) {
            if let Some(p) = prop_of(h) {
                if !v.trim().is_empty() {
                    let v = if p == prop::BIRTH_DATE {
                        normalize_date(v)
                    } else {
                        v.trim().to_string()
                    };
                    props.entry(p.to_string()).or_default().push(v);
                }
            }
        }
        let id = id_col
            .and_then(|i| rec.get(i))
            .map(str::to_string)
            .unwrap_or_else(|| format!("row-{}", n + 1));
        out.push(BatchQuery {
            id,
            query: Query::from_properties(None, &props),
            // A row too short to reach the column does not say: not a person on no list.
            expected: expected_col.and_then(|i| rec.get(i)).map(expected_ids),
            group: group_col
                .and_then(|i| rec.get(i))
                .unwrap_or("")
                .trim()
                .to_string(),
        });
    }
    Ok(out)
}

/// The ids of matched entities, sorted and without repeats, for the audit record.
fn matched_ids<'a>(ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    let set: std::collections::BTreeSet<&String> = ids.collect();
    set.into_iter().cloned().collect()
}

/// Screens a batch, writing one JSON line per query, best result first. Returns the ids of
/// the entities that matched any query.
pub fn run_batch(
    index: &Index,
    queries: &[BatchQuery],
    opts: &ScreenOptions,
    output: Option<&Path>,
) -> Result<(ExitCode, Vec<String>)> {
    let mut out: Box<dyn Write> = match output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let started = std::time::Instant::now();
    let mut alerts = 0usize;
    let mut matched = std::collections::BTreeSet::new();
    // Screen in chunks across all cores, writing each chunk in query order.
    for chunk in queries.chunks(4096) {
        let lines: Vec<(Vec<String>, Vec<u8>)> = chunk
            .par_iter()
            .map(|q| {
                let hits = index.screen(&q.query, opts);
                let line = serde_json::json!({
                    "query": q.id,
                    "results": hits.iter().map(result_json).collect::<Vec<_>>(),
                });
                let mut buf = serde_json::to_vec(&line).unwrap_or_default();
                buf.push(b'\n');
                let ids = hits.iter().filter(|h| h.is_match);
                (ids.map(|h| h.entity.id.clone()).collect(), buf)
            })
            .collect();
        for (ids, buf) in lines {
            alerts += usize::from(!ids.is_empty());
            matched.extend(ids);
            out.write_all(&buf)?;
        }
    }
    out.flush()?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "screened {} queries against {} entities in {:.2} s ({:.0}/s); {} with alerts",
        queries.len(),
        index.len(),
        secs,
        queries.len() as f64 / secs.max(1e-9),
        alerts
    );
    Ok((ExitCode::SUCCESS, matched.into_iter().collect()))
}
