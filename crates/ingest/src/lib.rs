//! Parsers that read watchlists exactly as their publishers ship them into nazar [`Entity`]s.
//!
//! Every parser returns what it could read *and* the warnings for records it skipped
//! ([`Parsed`]): one bad record never sinks a file. A file that is not of the format at all
//! (a truncated XML, the wrong format) fails fast with an [`IngestError`] naming the file and
//! the line or byte position. Parsers never touch the store.
//!
//! [`Options::progress`] hears the bytes read so far across a [`parse_files`] call;
//! [`input_files`] names the files the call reads, and so the total to expect.
//!
//! ```no_run
//! use nazar_ingest::{parse_files, Options};
//! let parsed = parse_files("un", None, &["consolidated.xml".into()], &Options::default())?;
//! println!("{} entities, {} warnings", parsed.entities.len(), parsed.warnings.len());
//! # Ok::<(), nazar_ingest::IngestError>(())
//! ```

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use nazar_core::Entity;

use read::Progress;

pub mod delta;
pub mod eu;
pub mod ftm;
pub mod interpol;
pub mod mapped_csv;
pub mod mrz;
pub mod ofac_csv;
pub mod ofac_xml;
pub mod paxlst;
pub mod pnrgov;
mod read;
pub mod uk;
pub mod un;
mod xml;

/// What a parser read from one or more files.
#[derive(Debug, Default)]
pub struct Parsed {
    pub entities: Vec<Entity>,
    pub warnings: Vec<Warning>,
}

impl Parsed {
    pub fn extend(&mut self, other: Parsed) {
        self.entities.extend(other.entities);
        self.warnings.extend(other.warnings);
    }
}

/// A record that was skipped or read only in part. The file keeps loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: PathBuf,
    /// Where in the file: `line 12`, `byte 4031`, `record QDi.312`.
    pub location: String,
    pub message: String,
}

impl Warning {
    /// A warning about the record at a line of a file.
    pub(crate) fn at_line(file: &Path, line: impl fmt::Display, message: String) -> Warning {
        Warning {
            file: file.to_path_buf(),
            location: format!("line {line}"),
            message,
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.file.display(),
            self.location,
            self.message
        )
    }
}

/// A file that could not be read as a whole. Nothing from it should be stored.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid in its format: truncated, malformed, or of another format.
    #[error("{}: {location}: {message}", path.display())]
    Malformed {
        path: PathBuf,
        /// `line 120, column 7`, `byte 5120`, `line 3`.
        location: String,
        message: String,
    },
    /// The format could not be told from the content and none was given.
    #[error("{}: cannot tell the list format from the content; pass --format ({})", path.display(), Format::NAMES.join(", "))]
    UnknownFormat { path: PathBuf },
    /// A format needs something that was not given (a companion file, a mapping).
    #[error("{}: {message}", path.display())]
    Missing { path: PathBuf, message: String },
}

impl IngestError {
    pub fn malformed(path: &Path, location: impl Into<String>, message: impl Into<String>) -> Self {
        IngestError::Malformed {
            path: path.to_path_buf(),
            location: location.into(),
            message: message.into(),
        }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Self {
        IngestError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The list formats nazar reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// UN Security Council consolidated list, XML.
    UnXml,
    /// OFAC legacy CSV set: sdn.csv (or cons_prim.csv) with add/alt/comments beside it.
    OfacCsv,
    /// OFAC legacy sdn.xml (or cons.xml).
    OfacXml,
    /// FollowTheMoney entities, one JSON object per line.
    Ftm,
    /// EU financial sanctions file, XML (xmlFullSanctionsList_1_1).
    EuXml,
    /// UK Sanctions List (FCDO) XML.
    UkXml,
    /// UK OFSI consolidated list CSV (ConList.csv).
    UkCsv,
    /// INTERPOL public notices, JSON as the public API answers.
    Interpol,
    /// Any CSV, read through a column-mapping file.
    MappedCsv,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &[
        "un-xml", "ofac-csv", "ofac-xml", "ftm", "eu-xml", "uk-xml", "uk-csv", "interpol", "csv",
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::UnXml => "un-xml",
            Format::OfacCsv => "ofac-csv",
            Format::OfacXml => "ofac-xml",
            Format::Ftm => "ftm",
            Format::EuXml => "eu-xml",
            Format::UkXml => "uk-xml",
            Format::UkCsv => "uk-csv",
            Format::Interpol => "interpol",
            Format::MappedCsv => "csv",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "un-xml" | "un" => Format::UnXml,
            "ofac-csv" | "ofac" | "sdn-csv" => Format::OfacCsv,
            "ofac-xml" | "sdn-xml" => Format::OfacXml,
            "ftm" | "ftm-json" | "opensanctions" | "jsonl" => Format::Ftm,
            "eu-xml" | "eu" => Format::EuXml,
            "uk-xml" | "uk" => Format::UkXml,
            "uk-csv" | "ofsi" | "conlist" => Format::UkCsv,
            "interpol" => Format::Interpol,
            "csv" | "mapped-csv" => Format::MappedCsv,
            _ => return None,
        })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where [`parse_files`] reports its progress: called with the bytes read so far across all
/// the files of the call, after every chunk read (see [`input_files`] for the total).
pub type ProgressFn = Arc<dyn Fn(u64) + Send + Sync>;

/// Settings that some formats need, and an optional progress sink.
#[derive(Clone, Default)]
pub struct Options {
    /// The column mapping for [`Format::MappedCsv`].
    pub mapping: Option<mapped_csv::Mapping>,
    /// Called with the bytes read so far; `None` reads silently.
    pub progress: Option<ProgressFn>,
}

impl fmt::Debug for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Options")
            .field("mapping", &self.mapping)
            .field("progress", &self.progress.as_ref().map(|_| "Fn(u64)"))
            .finish()
    }
}

/// Tells the format of a file from its first bytes (and, for OFAC's headerless CSV, its name).
pub fn detect(path: &Path) -> Result<Format, IngestError> {
    let head = read::head(path, 8192)?;
    detect_bytes(path, &head).ok_or_else(|| IngestError::UnknownFormat {
        path: path.to_path_buf(),
    })
}

/// [`detect`] over bytes already read.
pub fn detect_bytes(path: &Path, head: &[u8]) -> Option<Format> {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if t.starts_with('<') {
        if t.contains("<CONSOLIDATED_LIST") {
            return Some(Format::UnXml);
        }
        if t.contains("<sdnList") || t.contains("sdnList.xsd") {
            return Some(Format::OfacXml);
        }
        if t.contains("fsd/export") || t.contains("<sanctionEntity") {
            return Some(Format::EuXml);
        }
        if t.contains("<Designations") {
            return Some(Format::UkXml);
        }
        return None;
    }
    if t.starts_with('{') || t.starts_with('[') {
        if t.contains("\"entity_id\"") || t.contains("\"_embedded\"") {
            return Some(Format::Interpol);
        }
        if t.contains("\"schema\"") && t.contains("\"properties\"") {
            return Some(Format::Ftm);
        }
        return None;
    }
    if t.starts_with("Last Updated") || t.starts_with("Name 6,") {
        return Some(Format::UkCsv);
    }
    if ofac_csv::looks_like(&file_name, t) {
        return Some(Format::OfacCsv);
    }
    None
}

/// Parses files of one list. The format is detected from each file's content when `format`
/// is `None`. Entity ids are `<list>:<source id>`.
pub fn parse_files(
    list: &str,
    format: Option<Format>,
    paths: &[PathBuf],
    options: &Options,
) -> Result<Parsed, IngestError> {
    let progress = Progress::new(options.progress.clone());
    let mut out = Parsed::default();
    for (f, ps) in by_format(format, paths)? {
        out.extend(parse_format(list, f, &ps, options, &progress)?);
    }
    // The JSON-lines parser shrinks as it reads (its files are the big ones); the others'
    // entities are shrunk here, before they wait for the store.
    out.entities.iter_mut().for_each(Entity::shrink_to_fit);
    Ok(out)
}

/// The files [`parse_files`] reads for the same arguments: the given ones, and for OFAC's
/// CSV set the companions it finds beside a primary file. Their sizes add up to the last
/// total [`Options::progress`] is called with.
pub fn input_files(format: Option<Format>, paths: &[PathBuf]) -> Result<Vec<PathBuf>, IngestError> {
    let mut out = Vec::new();
    for (f, ps) in by_format(format, paths)? {
        if f == Format::OfacCsv {
            out.extend(ofac_csv::files(&ps)?);
        } else {
            out.extend(ps);
        }
    }
    Ok(out)
}

/// The paths grouped by their format, in the order each format first appears.
fn by_format(
    format: Option<Format>,
    paths: &[PathBuf],
) -> Result<Vec<(Format, Vec<PathBuf>)>, IngestError> {
    let mut groups: Vec<(Format, Vec<PathBuf>)> = Vec::new();
    for path in paths {
        let f = match format {
            Some(f) => f,
            None => detect(path)?,
        };
        match groups.iter_mut().find(|(g, _)| *g == f) {
            Some((_, ps)) => ps.push(path.clone()),
            None => groups.push((f, vec![path.clone()])),
        }
    }
    Ok(groups)
}

fn parse_format(
    list: &str,
    format: Format,
    paths: &[PathBuf],
    options: &Options,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    // OFAC's CSV set spans several files that belong together; every other format is one
    // file at a time.
    if format == Format::OfacCsv {
        return ofac_csv::parse_with(list, paths, progress);
    }
    let mut out = Parsed::default();
    for path in paths {
        out.extend(match format {
            Format::UnXml => un::parse_with(list, path, progress)?,
            Format::OfacXml => ofac_xml::parse_with(list, path, progress)?,
            Format::Ftm => ftm::parse_with(list, path, progress)?,
            Format::EuXml => eu::parse_xml_with(list, path, progress)?,
            Format::UkXml => uk::parse_xml_with(list, path, progress)?,
            Format::UkCsv => uk::parse_csv_with(list, path, progress)?,
            Format::Interpol => interpol::parse_with(list, path, progress)?,
            Format::MappedCsv => {
                let mapping = options
                    .mapping
                    .as_ref()
                    .ok_or_else(|| IngestError::Missing {
                        path: path.clone(),
                        message: "the csv format needs a column mapping (--mapping FILE)".into(),
                    })?;
                mapped_csv::parse_with(list, path, mapping, progress)?
            }
            Format::OfacCsv => unreachable!("handled above"),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    /// Parses with a progress sink; returns the totals it was called with.
    fn totals(format: Option<Format>, paths: &[PathBuf]) -> Vec<u64> {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let options = Options {
            progress: Some(Arc::new(move |n| sink.lock().unwrap().push(n))),
            ..Options::default()
        };
        parse_files("t", format, paths, &options).unwrap();
        let seen = seen.lock().unwrap().clone();
        seen
    }

    fn size(paths: &[PathBuf]) -> u64 {
        paths.iter().map(|p| p.metadata().unwrap().len()).sum()
    }

    #[test]
    fn progress_ends_at_the_size_of_the_input_files() {
        let paths = [
            fixture("un_consolidated.xml"),
            fixture("eu_fsf.xml"),
            fixture("sdn.xml"),
        ];
        let seen = totals(None, &paths);
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert_eq!(input_files(None, &paths).unwrap(), paths);
        assert_eq!(seen.last(), Some(&size(&paths)));
    }

    #[test]
    fn progress_counts_ofac_companions_found_beside_sdn_csv() {
        let sdn = [fixture("ofac_sdn/sdn.csv")];
        let files = input_files(Some(Format::OfacCsv), &sdn).unwrap();
        let names: Vec<_> = files.iter().filter_map(|p| p.file_name()).collect();
        assert_eq!(names, ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]);
        assert_eq!(totals(None, &sdn).last(), Some(&size(&files)));
    }

    #[test]
    fn options_stay_debug_and_clone_with_a_sink() {
        let options = Options {
            progress: Some(Arc::new(|_| {})),
            ..Options::default()
        };
        let copy = options.clone();
        assert_eq!(
            format!("{copy:?}"),
            "Options { mapping: None, progress: Some(\"Fn(u64)\") }"
        );
    }
}
