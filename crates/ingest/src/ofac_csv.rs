//! OFAC's legacy delimited files: `sdn.csv` (or `cons_prim.csv` for the non-SDN consolidated
//! list) with its companions `add.csv`, `alt.csv` and `sdn_comments.csv` (`cons_add.csv`, ...).
//!
//! The files are headerless, Windows-1252, and write NULL as `-0- `. Most identifiers of a
//! person live in the free-text `Remarks` column, a mini-language of `;`-separated clauses
//! (`DOB 10 Dec 1948; POB Faisalabad, Pakistan; Passport BN4196361 (Pakistan); a.k.a. 'X'`).
//! That grammar lives in `ofac_csv/remarks.rs` and is shared with `ofac_xml`, whose
//! `dateOfBirth` values use the same shapes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use nazar_core::{prop, Entity, Schema, SourceRecord};

use crate::read::{self, Progress};
use crate::{IngestError, Parsed, Warning};

mod remarks;

pub(crate) use remarks::{
    add_country, apply_clause, apply_remarks, parse_dob, place_country, year_range,
};

/// OFAC's NULL. The 2019 files sometimes lose the trailing space (and once the last `-`).
fn is_null(field: &str) -> bool {
    matches!(field.trim(), "" | "-0-" | "-0")
}

/// Which file of the set a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// `sdn.csv` / `cons_prim.csv`: 12 columns, one row per entity.
    Primary,
    /// `add.csv`: 6 columns.
    Address,
    /// `alt.csv`: 5 columns.
    Alias,
    /// `sdn_comments.csv`: 2 columns, the remarks beyond 1000 characters.
    Comments,
}

impl Part {
    fn columns(self) -> usize {
        match self {
            Part::Primary => 12,
            Part::Address => 6,
            Part::Alias => 5,
            Part::Comments => 2,
        }
    }

    fn from_name(name: &str) -> Option<Part> {
        Some(match name {
            "sdn.csv" | "cons_prim.csv" => Part::Primary,
            "add.csv" | "cons_add.csv" => Part::Address,
            "alt.csv" | "cons_alt.csv" => Part::Alias,
            "sdn_comments.csv" | "cons_comments.csv" => Part::Comments,
            _ => return None,
        })
    }

    fn from_columns(n: usize) -> Option<Part> {
        [Part::Primary, Part::Address, Part::Alias, Part::Comments]
            .into_iter()
            .find(|p| p.columns() == n)
    }

    /// The standard file name of this part beside a primary file.
    fn beside(self, consolidated: bool) -> &'static str {
        match (self, consolidated) {
            (Part::Primary, false) => "sdn.csv",
            (Part::Primary, true) => "cons_prim.csv",
            (Part::Address, false) => "add.csv",
            (Part::Address, true) => "cons_add.csv",
            (Part::Alias, false) => "alt.csv",
            (Part::Alias, true) => "cons_alt.csv",
            (Part::Comments, false) => "sdn_comments.csv",
            (Part::Comments, true) => "cons_comments.csv",
        }
    }
}

/// Whether a file is part of OFAC's CSV set: by its name, or by a first row that looks like
/// `36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",...` (a numeric ent_num and OFAC's NULL).
pub fn looks_like(file_name_lowercase: &str, head_text: &str) -> bool {
    if Part::from_name(file_name_lowercase).is_some()
        || (file_name_lowercase.starts_with("cons_") && file_name_lowercase.ends_with(".csv"))
    {
        return true;
    }
    let Some(line) = head_text.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    if !line.contains("-0-") {
        return false;
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => {
            let ent_num = record.get(0).unwrap_or("").trim();
            !ent_num.is_empty()
                && ent_num.bytes().all(|b| b.is_ascii_digit())
                && matches!(record.len(), 12 | 6 | 5)
        }
        _ => false,
    }
}

/// Parses an OFAC CSV set. `paths` may name the primary file alone (its companions are then
/// read from beside it when present) or the companions too; several sets may be given at
/// once. Companions without any primary file are [`IngestError::Missing`].
pub fn parse(list: &str, paths: &[PathBuf]) -> Result<Parsed, IngestError> {
    parse_with(list, paths, &Progress::default())
}

/// [`parse`], adding the bytes read to `progress`.
pub(crate) fn parse_with(
    list: &str,
    paths: &[PathBuf],
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let mut sets = group(paths)?;
    let mut out = Parsed::default();
    for set in &mut sets {
        fill_beside(set);
        out.extend(parse_set(list, set, progress)?);
    }
    Ok(out)
}

/// Every file [`parse`] reads for `paths`: each set's primary file and its companions, those
/// given and those found beside it.
pub(crate) fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, IngestError> {
    let mut out = Vec::new();
    for mut set in group(paths)? {
        fill_beside(&mut set);
        out.push(set.primary);
        out.extend(set.companions.into_iter().map(|(_, path)| path));
    }
    Ok(out)
}

/// One primary file and the companions that belong to it.
#[derive(Debug, Default)]
struct FileSet {
    primary: PathBuf,
    companions: Vec<(Part, PathBuf)>,
}

/// Sorts the given paths into sets: a companion joins the primary file in its folder, or the
/// only primary file when there is one.
fn group(paths: &[PathBuf]) -> Result<Vec<FileSet>, IngestError> {
    let mut sets: Vec<FileSet> = Vec::new();
    let mut companions = Vec::new();
    for path in paths {
        match classify(path)? {
            Part::Primary => sets.push(FileSet {
                primary: path.clone(),
                companions: Vec::new(),
            }),
            part => companions.push((part, path.clone())),
        }
    }
    if sets.is_empty() {
        if let Some((_, path)) = companions.first() {
            return Err(IngestError::Missing {
                path: path.clone(),
                message: "an OFAC companion file (add, alt or comments) needs its primary file \
                          (sdn.csv or cons_prim.csv) in the same run"
                    .into(),
            });
        }
        return Ok(sets);
    }
    for (part, path) in companions {
        let same_folder: Vec<usize> = (0..sets.len())
            .filter(|&i| sets[i].primary.parent() == path.parent())
            .collect();
        let index = match same_folder.as_slice() {
            [i] => *i,
            [] if sets.len() == 1 => 0,
            _ => {
                // Several primaries in one folder: the consolidated files go with cons_prim.
                let consolidated = is_consolidated(&path);
                match same_folder
                    .iter()
                    .find(|&&i| is_consolidated(&sets[i].primary) == consolidated)
                {
                    Some(&i) => i,
                    None => {
                        return Err(IngestError::Missing {
                            path,
                            message: "cannot tell which OFAC primary file this companion \
                                      belongs to; give one set at a time"
                                .into(),
                        })
                    }
                }
            }
        };
        sets[index].companions.push((part, path));
    }
    Ok(sets)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_consolidated(path: &Path) -> bool {
    file_name(path).starts_with("cons")
}

/// A file's part by its standard name, else by the column count of its first row.
fn classify(path: &Path) -> Result<Part, IngestError> {
    if let Some(part) = Part::from_name(&file_name(path)) {
        return Ok(part);
    }
    // Not counted as progress: the file is read again when its set is parsed.
    let text = read::text_or_windows_1252(path, &Progress::default())?;
    let columns = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .next()
        .and_then(Result::ok)
        .map_or(0, |r| r.len());
    Part::from_columns(columns).ok_or_else(|| {
        IngestError::malformed(
            path,
            "line 1",
            format!(
                "not an OFAC CSV file: the first row has {columns} columns, expected 12, 6, 5 or 2"
            ),
        )
    })
}

/// Adds the standard companions found beside the primary file for the parts not given.
fn fill_beside(set: &mut FileSet) {
    let consolidated = is_consolidated(&set.primary);
    let folder = set.primary.parent().unwrap_or(Path::new(""));
    for part in [Part::Address, Part::Alias, Part::Comments] {
        if set.companions.iter().any(|(p, _)| *p == part) {
            continue;
        }
        let name = part.beside(consolidated);
        for candidate in [folder.join(name), folder.join(name.to_ascii_uppercase())] {
            if candidate.is_file() {
                set.companions.push((part, candidate));
                break;
            }
        }
    }
}

/// One CSV row as read: its fields (trimmed, NULL as empty), original text and line.
struct Row {
    line: usize,
    fields: Vec<String>,
    /// The last field untrimmed: a remark cut at 1000 characters may end in a space that the
    /// `sdn_comments` overflow continues after.
    tail: String,
    raw: String,
}

/// Reads every row of a file. A CSV syntax error fails the file; column counts are checked
/// by the caller so that one short row is only a warning.
fn read_rows(path: &Path, text: &str) -> Result<Vec<Row>, IngestError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut starts = Vec::new();
    let mut rows = Vec::new();
    let (mut counted_to, mut line) = (0, 1);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let at = e.position().map_or(0, |p| p.byte() as usize);
            IngestError::malformed(
                path,
                format!("line {}", line_of(text, at)),
                format!("bad CSV: {e}"),
            )
        })?;
        // After a CRLF the reader's record position can point at the LF that ended the row
        // before; the row starts after it.
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        // Lines counted forward from the previous row, so the file is counted once.
        line += text
            .as_bytes()
            .get(counted_to..start)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
        counted_to = start;
        starts.push(start);
        let null_or = |f: &str| {
            if is_null(f) {
                String::new()
            } else {
                f.to_string()
            }
        };
        rows.push(Row {
            line,
            fields: record.iter().map(|f| null_or(f.trim())).collect(),
            tail: record.iter().next_back().map(null_or).unwrap_or_default(),
            raw: String::new(),
        });
    }
    for (i, row) in rows.iter_mut().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        row.raw = text
            .get(starts[i]..end)
            .unwrap_or_default()
            .trim_end_matches(['\r', '\n'])
            .to_string();
    }
    Ok(rows)
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()
        .get(..at)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
        + 1
}

/// An entity being assembled from its primary row and companion rows.
struct Draft {
    row: Row,
    remarks: String,
    extra_rows: Vec<String>,
    addresses: Vec<Row>,
    aliases: Vec<Row>,
}

fn parse_set(list: &str, set: &FileSet, progress: &Progress) -> Result<Parsed, IngestError> {
    let mut out = Parsed::default();
    let path = &set.primary;
    let text = read::text_or_windows_1252(path, progress)?;
    let rows = read_rows(path, &text)?;
    check_format(path, &rows, Part::Primary)?;
    let mut drafts: Vec<Draft> = Vec::with_capacity(rows.len());
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let Some(ent_num) = row_key(path, &row, Part::Primary, &mut out.warnings) else {
            continue;
        };
        if index.contains_key(&ent_num) {
            out.warnings.push(Warning::at_line(
                path,
                row.line,
                format!("ent_num {ent_num} appears twice; the later row is skipped"),
            ));
            continue;
        }
        index.insert(ent_num, drafts.len());
        drafts.push(Draft {
            remarks: row.tail.clone(),
            row,
            extra_rows: Vec::new(),
            addresses: Vec::new(),
            aliases: Vec::new(),
        });
    }
    // Companions in a fixed order, so that remarks overflow is joined before anything reads it.
    let mut companions: Vec<&(Part, PathBuf)> = set.companions.iter().collect();
    companions.sort_by_key(|(part, _)| *part as u8);
    for (part, cpath) in companions {
        let ctext = read::text_or_windows_1252(cpath, progress)?;
        let crows = read_rows(cpath, &ctext)?;
        check_format(cpath, &crows, *part)?;
        for row in crows {
            let Some(ent_num) = row_key(cpath, &row, *part, &mut out.warnings) else {
                continue;
            };
            let Some(&i) = index.get(&ent_num) else {
                out.warnings.push(Warning::at_line(
                    cpath,
                    row.line,
                    format!("ent_num {ent_num} is not in {}", path.display()),
                ));
                continue;
            };
            let draft = &mut drafts[i];
            draft.extra_rows.push(row.raw.clone());
            match part {
                // The overflow continues the cut-off remark mid-word: no separator.
                Part::Comments => draft.remarks.push_str(&row.tail),
                Part::Address => draft.addresses.push(row),
                Part::Alias => draft.aliases.push(row),
                Part::Primary => {}
            }
        }
    }
    out.entities = drafts.iter().map(|d| build(list, d)).collect();
    Ok(out)
}

/// Fails the file when it has rows but none of them is a row of this part: the file is of
/// another format (or another part of the set under the wrong name).
fn check_format(path: &Path, rows: &[Row], part: Part) -> Result<(), IngestError> {
    let ok = |r: &Row| r.fields.len() == part.columns() && is_ent_num(&r.fields[0]);
    if part == Part::Primary && rows.is_empty() {
        return Err(IngestError::malformed(path, "line 1", "empty OFAC file"));
    }
    if !rows.is_empty() && !rows.iter().any(ok) {
        return Err(IngestError::malformed(
            path,
            format!("line {}", rows[0].line),
            format!(
                "not an OFAC {} file: no row has a numeric ent_num and {} columns",
                part.beside(false),
                part.columns()
            ),
        ));
    }
    Ok(())
}

fn is_ent_num(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The ent_num of a row with the right column count, else a warning.
fn row_key(path: &Path, row: &Row, part: Part, warnings: &mut Vec<Warning>) -> Option<String> {
    if row.fields.len() != part.columns() {
        warnings.push(Warning::at_line(
            path,
            row.line,
            format!(
                "expected {} columns, found {}; row skipped",
                part.columns(),
                row.fields.len()
            ),
        ));
        return None;
    }
    let ent_num = row.fields[0].trim_start_matches('0');
    if !is_ent_num(&row.fields[0]) || ent_num.is_empty() {
        warnings.push(Warning::at_line(
            path,
            row.line,
            format!("bad ent_num {:?}; row skipped", row.fields[0]),
        ));
        return None;
    }
    Some(ent_num.to_string())
}

/// The entity of a primary row with its companions.
fn build(list: &str, draft: &Draft) -> Entity {
    let f = &draft.row.fields;
    let schema = match f[2].to_ascii_lowercase().as_str() {
        "individual" => Schema::Person,
        "vessel" => Schema::Vessel,
        "aircraft" => Schema::Aircraft,
        _ => Schema::Organization,
    };
    let mut e = Entity::new(list, f[0].trim_start_matches('0'), schema);
    e.add(prop::NAME, &f[1]);
    if e.schema == Schema::Person {
        // Individuals are "LAST, First Middle".
        if let Some((last, first)) = f[1].split_once(',') {
            e.add(prop::LAST_NAME, last);
            e.add(prop::FIRST_NAME, first);
        }
    }
    for program in f[3].split("] [") {
        e.add(prop::PROGRAM, program.trim_matches(['[', ']', ' ']));
    }
    // The Title column is a function ("Minister of ...", "Brigadier General"), not an honorific.
    e.add(prop::POSITION, &f[4]);
    e.add(prop::CALL_SIGN, &f[5]);
    e.add("type", &f[6]);
    e.add("tonnage", &f[7]);
    e.add("grossRegisteredTonnage", &f[8]);
    if !f[9].is_empty() {
        add_country(&mut e, prop::FLAG, &f[9]);
    }
    if !f[10].is_empty() {
        e.add(prop::NOTES, format!("Vessel owner: {}", f[10]));
    }
    apply_remarks(&mut e, &draft.remarks);
    for row in &draft.addresses {
        let a = &row.fields;
        let has_street_or_city = !a[2].is_empty() || !a[3].is_empty();
        if has_street_or_city {
            let parts: Vec<&str> = [&a[2], &a[3], &a[4]]
                .into_iter()
                .map(String::as_str)
                .filter(|s| !s.is_empty())
                .collect();
            e.add(prop::ADDRESS, parts.join(", "));
        }
        if !a[4].is_empty() {
            add_country(&mut e, prop::COUNTRY, &a[4]);
        }
    }
    for row in &draft.aliases {
        let a = &row.fields;
        let property = match a[2].to_ascii_lowercase().as_str() {
            "fka" => prop::PREVIOUS_NAME,
            _ => prop::ALIAS,
        };
        e.add(property, &a[3]);
    }
    let mut text = draft.row.raw.clone();
    for extra in &draft.extra_rows {
        text.push('\n');
        text.push_str(extra);
    }
    e.source = Some(SourceRecord {
        format: "csv".into(),
        text,
    });
    e
}

#[cfg(test)]
mod tests;
