//! `nazar update`: fetch the configured official lists, verify them, and ingest those that
//! changed. The sources come from a TOML file (see `examples/sources.toml`) or built-in defaults.
//!
//! A source that fails (download, digest, parse, no entities) keeps its list's current version
//! and does not stop the others; the exit code is 1 at the end if any failed.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use nazar_ingest::{Format, IngestError, Options};
use nazar_store::{IngestMeta, ListInfo, SqliteStore, Store};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{admin, ingest, store_err, UserError};

#[derive(clap::Args)]
pub struct Args {
    /// The sources file; defaults to DATA/sources.toml, then the built-in official sources.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Update only this list (repeatable); all configured lists when omitted.
    #[arg(long = "list", value_name = "NAME")]
    lists: Vec<String>,
    /// Print one JSON line per source:
    /// `{"list","status","version","added","changed","removed","warnings","error"}`.
    #[arg(long)]
    json: bool,
    /// Ingest even when the downloaded files are the ones the current version came from.
    #[arg(long)]
    force: bool,
}

/// The official sources used when neither `--config` nor DATA/sources.toml exists. The same
/// sources, with comments, are in `examples/sources.toml`; a unit test keeps the two equal.
const DEFAULT_SOURCES: &str = r#"
[[source]]
list = "un"
format = "un-xml"
urls = ["https://scsanctions.un.org/resources/xml/en/consolidated.xml"]

[[source]]
list = "ofac"
format = "ofac-csv"
urls = [
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV",
]
files = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]

[[source]]
list = "eu"
format = "eu-xml"
urls = ["https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"]
files = ["eu-fsf.xml"]

[[source]]
list = "uk"
format = "uk-xml"
urls = ["https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"]
files = ["uk-sanctions-list.xml"]
"#;

/// Connecting must succeed within this; official servers answer in well under a second.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// A transfer that sends nothing for this long has stalled.
const READ_TIMEOUT: Duration = Duration::from_secs(60);
/// The whole of one download, redirects included. The largest official file (OFAC's SDN
/// Advanced XML, ~120 MB) fits comfortably on a slow link.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// No official list comes near this; a body past it is not a list.
const MAX_BYTES: u64 = 1 << 30;

/// The sources file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<SourceEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    list: String,
    format: String,
    urls: Vec<String>,
    #[serde(default)]
    files: Vec<String>,
    sha256: Option<Sha256Entry>,
    max_age_days: Option<u32>,
}

/// One digest for a source with one URL, or one per URL.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Sha256Entry {
    One(String),
    Each(Vec<String>),
}

/// A checked source: a valid list name, a known format, and one [`Download`] per URL.
#[derive(Debug, PartialEq, Eq)]
struct Source {
    list: String,
    format: Format,
    downloads: Vec<Download>,
    max_age_days: Option<u32>,
}

#[derive(Debug, PartialEq, Eq)]
struct Download {
    url: String,
    /// The name the download is saved under; parsers such as OFAC's find companions by name.
    file: String,
    /// Lowercase hex.
    sha256: Option<String>,
}

/// Reads the sources of `--config`, else DATA/sources.toml, else the defaults.
fn load_sources(data: &Path, config: Option<&Path>) -> Result<Vec<Source>> {
    let default_path = data.join("sources.toml");
    let (text, origin) = match config {
        Some(p) => (read_config(p)?, p.display().to_string()),
        None if default_path.is_file() => (
            read_config(&default_path)?,
            default_path.display().to_string(),
        ),
        None => (
            DEFAULT_SOURCES.to_string(),
            "the built-in sources".to_string(),
        ),
    };
    let sources = parse_sources(&text).map_err(|e| UserError(format!("{origin}: {e}")))?;
    if sources.is_empty() {
        return Err(UserError(format!("{origin}: no [[source]] entries")).into());
    }
    Ok(sources)
}

fn read_config(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| UserError(format!("{}: {e}", path.display())).into())
}

fn parse_sources(text: &str) -> Result<Vec<Source>, String> {
    let file: SourcesFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut out: Vec<Source> = Vec::new();
    for entry in file.source {
        let source = check_source(entry)?;
        if out.iter().any(|s| s.list == source.list) {
            return Err(format!("list {:?} has two [[source]] entries", source.list));
        }
        out.push(source);
    }
    Ok(out)
}

fn check_source(e: SourceEntry) -> Result<Source, String> {
    nazar_store::validate_list_name(&e.list).map_err(|err| err.to_string())?;
    let list = e.list;
    let format = Format::parse(&e.format).ok_or_else(|| {
        format!(
            "list {list:?}: unknown format {:?}; one of {}",
            e.format,
            Format::NAMES.join(", ")
        )
    })?;
    if format == Format::MappedCsv {
        return Err(format!(
            "list {list:?}: the csv format needs a mapping; use `nazar ingest --mapping`"
        ));
    }
    if e.urls.is_empty() {
        return Err(format!("list {list:?}: urls is empty"));
    }
    let n = e.urls.len();
    if !e.files.is_empty() && e.files.len() != n {
        return Err(format!(
            "list {list:?}: files must name one file per URL ({n})"
        ));
    }
    let digests: Vec<Option<String>> = match e.sha256 {
        None => vec![None; n],
        Some(Sha256Entry::One(d)) if n == 1 => vec![Some(d)],
        Some(Sha256Entry::One(_)) => {
            return Err(format!(
                "list {list:?}: sha256 must be a list with one digest per URL ({n})"
            ));
        }
        Some(Sha256Entry::Each(ds)) if ds.len() == n => ds.into_iter().map(Some).collect(),
        Some(Sha256Entry::Each(_)) => {
            return Err(format!(
                "list {list:?}: sha256 must give one digest per URL ({n})"
            ));
        }
    };
    let mut downloads: Vec<Download> = Vec::with_capacity(n);
    for (i, (url, sha256)) in e.urls.into_iter().zip(digests).enumerate() {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(format!("list {list:?}: {url:?} is not an http(s) URL"));
        }
        let file = match e.files.get(i) {
            Some(f) => f.clone(),
            None => file_name_for(&list, format, &url, i, n),
        };
        if !is_plain_file_name(&file) {
            return Err(format!("list {list:?}: {file:?} is not a plain file name"));
        }
        if downloads.iter().any(|d| d.file == file) {
            return Err(format!(
                "list {list:?}: two URLs save to {file:?}; name them with files = [...]"
            ));
        }
        let sha256 = match sha256 {
            Some(d) if d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Some(d.to_ascii_lowercase())
            }
            Some(d) => return Err(format!("list {list:?}: sha256 {d:?} is not 64 hex digits")),
            None => None,
        };
        downloads.push(Download { url, file, sha256 });
    }
    Ok(Source {
        list,
        format,
        downloads,
        max_age_days: e.max_age_days,
    })
}

/// The last part of the URL's path, lowercased, when it looks like a file name; else
/// `<list>.<ext>` (`<list>-<i>.<ext>` for one of several URLs).
fn file_name_for(list: &str, format: Format, url: &str, i: usize, n: usize) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.rsplit('/').next().unwrap_or("").to_ascii_lowercase();
    if last.contains('.') && is_plain_file_name(&last) {
        return last;
    }
    let ext = match format {
        Format::OfacCsv | Format::UkCsv | Format::MappedCsv => "csv",
        Format::Ftm | Format::Interpol => "json",
        _ => "xml",
    };
    if n == 1 {
        format!("{list}.{ext}")
    } else {
        format!("{list}-{}.{ext}", i + 1)
    }
}

fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', '\0', ':'])
}

/// What happened to one source. Serialises as the `--json` line.
#[derive(Debug, Serialize)]
struct Outcome {
    list: String,
    status: Status,
    /// The list's current version after the update (`None` if it has none).
    version: Option<i64>,
    added: Option<usize>,
    changed: Option<usize>,
    removed: Option<usize>,
    warnings: Option<usize>,
    error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    Updated,
    Unchanged,
    Failed,
}

pub fn run(data: &Path, args: Args) -> Result<ExitCode> {
    let mut sources = load_sources(data, args.config.as_deref())?;
    for name in &args.lists {
        if !sources.iter().any(|s| &s.list == name) {
            let known: Vec<&str> = sources.iter().map(|s| s.list.as_str()).collect();
            return Err(UserError(format!(
                "no source for list {name:?}; configured: {}",
                known.join(", ")
            ))
            .into());
        }
    }
    if !args.lists.is_empty() {
        sources.retain(|s| args.lists.contains(&s.list));
    }
    let mut store = admin::open(data)?;
    let run = Run {
        agent: agent(),
        data,
        force: args.force,
    };
    let mut failed = 0;
    for source in &sources {
        if let Some(days) = source.max_age_days {
            store
                .set_setting(&format!("max_age_days.{}", source.list), &days.to_string())
                .map_err(store_err)?;
        }
        let started = Instant::now();
        let outcome = update(&mut store, &run, source);
        print(&outcome, args.json, started.elapsed().as_secs_f64())?;
        if outcome.status == Status::Failed {
            failed += 1;
        } else {
            // When the list was last seen current, so readiness checks need not take an
            // unchanged list for a stale one.
            let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            store
                .set_setting(&format!("checked_at.{}", source.list), &now)
                .map_err(store_err)?;
        }
    }
    // One record per run, whatever each source's outcome; the lists' versions say the rest.
    crate::audit::record(
        &mut store,
        &crate::audit::operator("update", None, Vec::new()),
    )?;
    crate::ingest::refresh_index(&store, data);
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .timeout_per_read(Some(READ_TIMEOUT))
        .timeout_global(Some(DOWNLOAD_TIMEOUT))
        .http_status_as_error(false)
        .user_agent(concat!("nazar/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

fn print(o: &Outcome, json: bool, seconds: f64) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string(o)?);
        return Ok(());
    }
    match o.status {
        Status::Updated => println!(
            "{} version {}: {} added, {} changed, {} removed, {} warnings ({seconds:.2} s)",
            o.list,
            o.version.unwrap_or(0),
            o.added.unwrap_or(0),
            o.changed.unwrap_or(0),
            o.removed.unwrap_or(0),
            o.warnings.unwrap_or(0),
        ),
        Status::Unchanged => println!(
            "{} unchanged: version {} came from the same files ({seconds:.2} s)",
            o.list,
            o.version.unwrap_or(0)
        ),
        // Already said on stderr by `update`.
        Status::Failed => {}
    }
    Ok(())
}

/// Downloads, checks and ingests one source. Never fails as a whole: a failure is an
/// [`Outcome`] with status `failed`, said on stderr.
fn update(store: &mut SqliteStore, run: &Run, source: &Source) -> Outcome {
    let current = store.list(&source.list);
    let kept = current
        .as_ref()
        .ok()
        .and_then(|c| c.as_ref())
        .map(|l| l.version);
    let mut outcome = Outcome {
        list: source.list.clone(),
        status: Status::Failed,
        version: kept,
        added: None,
        changed: None,
        removed: None,
        warnings: None,
        error: None,
    };
    let pb = ingest::spinner(&format!("updating {}", source.list));
    let result = match current {
        Ok(current) => fetch_and_ingest(store, run, source, current, &pb),
        Err(e) => Err(e.to_string()),
    };
    pb.finish_and_clear();
    match result {
        Ok(Done::Unchanged) => {
            outcome.status = Status::Unchanged;
            outcome.added = Some(0);
            outcome.changed = Some(0);
            outcome.removed = Some(0);
            outcome.warnings = Some(0);
        }
        Ok(Done::Updated(r)) => {
            outcome.status = Status::Updated;
            outcome.version = Some(r.version);
            outcome.added = Some(r.added);
            outcome.changed = Some(r.changed);
            outcome.removed = Some(r.removed);
            outcome.warnings = Some(r.warnings);
        }
        Err(reason) => {
            let kept = match kept {
                Some(v) => format!("version {v} is kept"),
                None => "nothing was stored".to_string(),
            };
            eprintln!("error: update {}: {reason}; {kept}", source.list);
            outcome.error = Some(reason);
        }
    }
    outcome
}

/// What stays the same across the sources of one `nazar update`.
struct Run<'a> {
    agent: ureq::Agent,
    data: &'a Path,
    force: bool,
}

enum Done {
    Unchanged,
    Updated(nazar_store::IngestReport),
}

fn fetch_and_ingest(
    store: &mut SqliteStore,
    run: &Run,
    source: &Source,
    current: Option<ListInfo>,
    pb: &indicatif::ProgressBar,
) -> Result<Done, String> {
    if let Some(agency) = current.as_ref().and_then(|l| l.agency.as_deref()) {
        // Writing an official list over a private one would make the agency's list public.
        return Err(format!(
            "list {:?} is private to agency {agency:?}; configure another list name",
            source.list
        ));
    }
    let dir = WorkDir::create(run.data, &source.list).map_err(|e| format!("{e:#}"))?;
    let mut paths = Vec::with_capacity(source.downloads.len());
    for d in &source.downloads {
        pb.set_message(format!("downloading {}", d.url));
        let path = dir.0.join(&d.file);
        fetch(&run.agent, d, &path).map_err(|reason| format!("{}: {reason}", d.url))?;
        paths.push(path);
    }
    let digest = ingest::digest_files(&paths).map_err(|e| format!("{e:#}"))?;
    if !run.force && current.as_ref().and_then(|l| l.source_digest.as_deref()) == Some(&digest) {
        return Ok(Done::Unchanged);
    }
    pb.set_message(format!("reading {}", source.list));
    let parsed = nazar_ingest::parse_files(
        &source.list,
        Some(source.format),
        &paths,
        &Options::default(),
    )
    .map_err(|e| describe(&e, source))?;
    for w in &parsed.warnings {
        let file = w
            .file
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        pb.suspend(|| {
            eprintln!(
                "warning: {}: {file}: {}: {}",
                source.list, w.location, w.message
            )
        });
    }
    if parsed.entities.is_empty() {
        let urls: Vec<&str> = source.downloads.iter().map(|d| d.url.as_str()).collect();
        return Err(format!(
            "no entities could be read from {}",
            urls.join(", ")
        ));
    }
    pb.set_message(format!("writing {} entities", parsed.entities.len()));
    let meta = IngestMeta {
        format: source.format.name().to_string(),
        sources: source.downloads.iter().map(|d| d.file.clone()).collect(),
        source_digest: Some(digest),
        warnings: parsed.warnings.len(),
        agency: None,
    };
    store
        .ingest(&source.list, parsed.entities, &meta)
        .map(Done::Updated)
        .map_err(|e| e.to_string())
}

/// Downloads one URL to `path`, checking the status, the size and the configured digest.
fn fetch(agent: &ureq::Agent, d: &Download, path: &Path) -> Result<(), String> {
    let mut response = agent.get(&d.url).call().map_err(|e| e.to_string())?;
    let status = response.status();
    if status != 200 {
        return Err(format!(
            "HTTP {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string());
    }
    let mut reader = response.body_mut().with_config().limit(MAX_BYTES).reader();
    let file = File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BufWriter::new(file);
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total: u64 = 0;
    loop {
        let n = reader.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        out.write_all(&buf[..n])
            .map_err(|e| format!("{}: {e}", path.display()))?;
        total += n as u64;
    }
    out.flush()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if total == 0 {
        return Err("empty response body".into());
    }
    if let Some(expected) = &d.sha256 {
        let got = nazar_core::model::hex(&hasher.finalize());
        if &got != expected {
            return Err(format!(
                "SHA-256 {got} does not match the configured {expected}"
            ));
        }
    }
    Ok(())
}

/// An ingest error with the temporary path replaced by the URL and the file's name.
fn describe(e: &IngestError, source: &Source) -> String {
    let (path, rest) = match e {
        IngestError::Malformed {
            path,
            location,
            message,
        } => (path, format!("{location}: {message}")),
        IngestError::Io { path, source } => (path, source.to_string()),
        IngestError::Missing { path, message } => (path, message.clone()),
        IngestError::UnknownFormat { path } => (path, "not in the configured format".into()),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    match source.downloads.iter().find(|d| d.file == name) {
        Some(d) => format!("{} ({name}): {rest}", d.url),
        None => format!("{name}: {rest}"),
    }
}

/// A folder for one source's downloads inside the data directory (so large files land on the
/// store's disk, not a small tmpfs), removed when dropped.
struct WorkDir(PathBuf);

impl WorkDir {
    fn create(data: &Path, list: &str) -> Result<WorkDir> {
        let path = data.join(format!(".update-{list}-{}", std::process::id()));
        if path.exists() {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("removing {}", path.display()))?;
        }
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(WorkDir(path))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_err(toml: &str, expected: &str) {
        let err = parse_sources(toml).expect_err("should be rejected");
        assert!(
            err.contains(expected),
            "{err:?} does not contain {expected:?}"
        );
    }

    #[test]
    fn defaults_are_the_official_sources() {
        let sources = parse_sources(DEFAULT_SOURCES).unwrap();
        let lists: Vec<&str> = sources.iter().map(|s| s.list.as_str()).collect();
        assert_eq!(lists, ["un", "ofac", "eu", "uk"]);
        assert_eq!(sources[0].downloads[0].file, "consolidated.xml");
        let ofac: Vec<&str> = sources[1]
            .downloads
            .iter()
            .map(|d| d.file.as_str())
            .collect();
        assert_eq!(ofac, ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]);
        assert_eq!(sources[1].format, Format::OfacCsv);
    }

    #[test]
    fn example_file_matches_defaults() {
        let example = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/sources.toml"
        ));
        assert_eq!(
            parse_sources(example).unwrap(),
            parse_sources(DEFAULT_SOURCES).unwrap()
        );
    }

    #[test]
    fn file_names_from_urls() {
        let f = |url, i, n| file_name_for("x", Format::OfacCsv, url, i, n);
        assert_eq!(f("https://h/exports/SDN.CSV", 0, 4), "sdn.csv");
        assert_eq!(f("https://h/a/content?token=abc.def", 0, 1), "x.csv");
        assert_eq!(f("https://h/a/content?token=abc", 1, 2), "x-2.csv");
        assert_eq!(
            file_name_for("eu", Format::EuXml, "https://h/", 0, 1),
            "eu.xml"
        );
    }

    #[test]
    fn sha256_forms() {
        let d = "A".repeat(64);
        let one = format!(
            "[[source]]\nlist='un'\nformat='un-xml'\nurls=['https://h/a.xml']\nsha256='{d}'"
        );
        let s = parse_sources(&one).unwrap();
        assert_eq!(
            s[0].downloads[0].sha256.as_deref(),
            Some("a".repeat(64).as_str())
        );
        let two = format!("[[source]]\nlist='o'\nformat='ofac-csv'\nurls=['https://h/sdn.csv','https://h/add.csv']\nsha256=['{d}','{d}']");
        assert_eq!(parse_sources(&two).unwrap()[0].downloads.len(), 2);
        let bad = format!("[[source]]\nlist='o'\nformat='ofac-csv'\nurls=['https://h/sdn.csv','https://h/add.csv']\nsha256='{d}'");
        check_err(&bad, "one digest per URL");
        check_err(
            "[[source]]\nlist='un'\nformat='un-xml'\nurls=['https://h/a.xml']\nsha256='abc'",
            "not 64 hex digits",
        );
    }

    #[test]
    fn bad_configs_are_rejected() {
        let src = |body: &str| format!("[[source]]\n{body}");
        check_err(
            &src("list='un'\nformat='nope'\nurls=['https://h/a']"),
            "unknown format",
        );
        check_err(
            &src("list='u:n'\nformat='un'\nurls=['https://h/a']"),
            "invalid list name",
        );
        check_err(&src("list='un'\nformat='un'\nurls=[]"), "urls is empty");
        check_err(
            &src("list='un'\nformat='un'\nurls=['ftp://h/a']"),
            "not an http(s) URL",
        );
        check_err(
            &src("list='un'\nformat='un'\nurls=['https://h/a']\nfiles=['../x']"),
            "plain file name",
        );
        check_err(
            &src("list='un'\nformat='un'\nurls=['https://h/a']\nfiles=['a','b']"),
            "one file per URL",
        );
        check_err(
            &src("list='un'\nformat='un'\nurls=['https://h/a.xml','https://g/a.xml']"),
            "two URLs save to",
        );
        check_err(
            &src("list='un'\nformat='un'\nurls=['https://h/a']\nurl='x'"),
            "unknown field",
        );
        let twice = format!(
            "{}\n{}",
            src("list='un'\nformat='un'\nurls=['https://h/a']"),
            src("list='un'\nformat='un'\nurls=['https://h/b']")
        );
        check_err(&twice, "two [[source]] entries");
    }
}
