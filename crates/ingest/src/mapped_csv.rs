//! Any agency's CSV, read through a column mapping written in TOML.
//!
//! ```toml
//! id = "case_no"                    # the column with the record's id (required)
//! schema = "Person"                 # every row's schema, or:
//! # schema_column = "type"          #   a column naming it, through
//! # [schema_map]                    #   a map of that column's values (case-insensitive)
//! # individual = "Person"
//! # entity = "Organization"
//! delimiter = ","                   # one character; "\t" or "tab" for tabs
//! date_format = "%d/%m/%Y"          # %d %m %Y %y and literal characters, or "iso" (default)
//! multi_value_separator = ";"       # split every cell on this (per property: `separator`)
//!
//! [properties]                      # FtM property = column(s)
//! alias = ["aka1", "aka2"]
//! birthDate = "dob"
//! notes = { column = "remarks", separator = "" }   # "" = never split
//!
//! [properties.name]
//! join = ["given", "surname"]       # one value from several columns, joined by spaces
//! columns = ["org_name"]            # plus plain columns, if wanted
//! ```
//!
//! Values are converted by property: dates (`birthDate`, `deathDate`, `createdAt`,
//! `modifiedAt`) through `date_format` to ISO prefixes, with `00`/`dd`/`mm` for unknown parts
//! (`00/00/1975` -> `1975`) and a bare year always accepted; countries (`nationality`,
//! `citizenship`, `country`, `birthCountry`, `jurisdiction`) through
//! [`country_code`]; `gender` from m/f/male/female.
//!
//! Rows that share an id make one entity (one row per alias is a common export shape). Each
//! entity's source record has format `csv`: the header line and the entity's rows, written
//! back with the file's delimiter, so the reader sees every value next to its column name.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use nazar_core::{countries::country_code, prop, Entity, Schema, SourceRecord};
use serde::Deserialize;

use crate::read::{self, Progress};
use crate::{IngestError, Parsed, Warning};

mod date;
pub use date::DateFormat;

/// A column mapping, checked when it is read: a `Mapping` that exists is usable.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "RawMapping")]
pub struct Mapping {
    /// The column holding the source id.
    pub id: String,
    pub schema: SchemaRule,
    pub delimiter: u8,
    pub date_format: DateFormat,
    /// One rule per mapped FtM property, in property-name order.
    pub properties: Vec<PropertyRule>,
}

/// Where a row's schema comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum SchemaRule {
    Fixed(Schema),
    /// A column's value, looked up (trimmed, lowercased) in the map, then read as a schema
    /// name or a common word (`individual`, `entity`, `vessel`, ...).
    Column {
        column: String,
        map: BTreeMap<String, Schema>,
    },
}

/// How one FtM property is filled from a row.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyRule {
    pub property: String,
    /// Columns whose cells are values, each split on `separator`.
    pub columns: Vec<String>,
    /// Columns joined by spaces into one value (empty cells skipped).
    pub join: Vec<String>,
    /// What splits a cell into several values; `None` keeps cells whole.
    pub separator: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    id: String,
    schema: Option<String>,
    schema_column: Option<String>,
    #[serde(default)]
    schema_map: BTreeMap<String, String>,
    delimiter: Option<String>,
    date_format: Option<String>,
    multi_value_separator: Option<String>,
    #[serde(default)]
    properties: BTreeMap<String, toml::Value>,
}

/// Properties whose values are dates, countries or a gender, converted on reading.
const DATE_PROPS: &[&str] = &[
    prop::BIRTH_DATE,
    prop::DEATH_DATE,
    prop::LISTING_DATE,
    prop::MODIFIED_AT,
];
const COUNTRY_PROPS: &[&str] = &[
    prop::NATIONALITY,
    prop::CITIZENSHIP,
    prop::COUNTRY,
    prop::BIRTH_COUNTRY,
    prop::JURISDICTION,
];

impl Mapping {
    /// Reads a mapping from TOML text. The error says what is wrong and where.
    pub fn from_toml_str(text: &str) -> Result<Mapping, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Reads a mapping file.
    pub fn load(path: &Path) -> Result<Mapping, IngestError> {
        let text = read::text(path, &Progress::default())?;
        toml::from_str(&text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            let line = text.as_bytes()[..at.min(text.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            IngestError::malformed(path, format!("line {}", line + 1), e.message().to_string())
        })
    }

    /// Every column the mapping reads, with the key that names it.
    fn columns(&self) -> Vec<(String, &str)> {
        let mut out = vec![("id".to_string(), self.id.as_str())];
        if let SchemaRule::Column { column, .. } = &self.schema {
            out.push(("schema_column".to_string(), column));
        }
        for rule in &self.properties {
            for c in rule.columns.iter().chain(&rule.join) {
                out.push((format!("properties.{}", rule.property), c));
            }
        }
        out
    }
}

impl TryFrom<RawMapping> for Mapping {
    type Error = String;

    fn try_from(raw: RawMapping) -> Result<Mapping, String> {
        if raw.id.trim().is_empty() {
            return Err("`id` must name the id column".into());
        }
        let schema = match (raw.schema, raw.schema_column) {
            (Some(_), Some(_)) => return Err("set `schema` or `schema_column`, not both".into()),
            (None, None) => return Err("set `schema` (e.g. \"Person\") or `schema_column`".into()),
            (Some(s), None) => SchemaRule::Fixed(Schema::parse(s.trim())),
            (None, Some(column)) => {
                let map = raw
                    .schema_map
                    .into_iter()
                    .map(|(k, v)| (k.trim().to_lowercase(), Schema::parse(v.trim())))
                    .collect();
                SchemaRule::Column { column, map }
            }
        };
        let delimiter = match raw.delimiter.as_deref() {
            None => b',',
            Some("\t" | "tab" | "\\t") => b'\t',
            Some(d) if d.len() == 1 && d.is_ascii() => d.as_bytes()[0],
            Some(d) => {
                return Err(format!(
                    "`delimiter` must be one ASCII character, not {d:?}"
                ))
            }
        };
        let date_format = match raw.date_format.as_deref() {
            None => DateFormat::Iso,
            Some(f) => DateFormat::parse(f)?,
        };
        let global_sep = raw.multi_value_separator.filter(|s| !s.is_empty());
        let mut properties = Vec::new();
        for (property, value) in raw.properties {
            properties.push(property_rule(&property, value, &global_sep)?);
        }
        let names = [prop::NAME, prop::ALIAS, prop::FIRST_NAME, prop::LAST_NAME];
        if !properties
            .iter()
            .any(|r| names.contains(&r.property.as_str()))
        {
            return Err(
                "the mapping gives no name: map `name`, `alias`, `firstName` or `lastName`".into(),
            );
        }
        Ok(Mapping {
            id: raw.id,
            schema,
            delimiter,
            date_format,
            properties,
        })
    }
}

/// Reads one `[properties]` entry: a column, a list of columns, or a table.
fn property_rule(
    property: &str,
    value: toml::Value,
    global_sep: &Option<String>,
) -> Result<PropertyRule, String> {
    if let Some(known) = KNOWN_PROPS
        .iter()
        .find(|k| k.eq_ignore_ascii_case(property) && **k != property)
    {
        return Err(format!(
            "unknown property `{property}`: did you mean `{known}`?"
        ));
    }
    let strings = |key: &str, v: toml::Value| -> Result<Vec<String>, String> {
        match v {
            toml::Value::String(s) => Ok(vec![s]),
            toml::Value::Array(items) => items
                .into_iter()
                .map(|i| match i {
                    toml::Value::String(s) => Ok(s),
                    other => Err(format!(
                        "properties.{property}{key}: expected column names, found {other}"
                    )),
                })
                .collect(),
            other => Err(format!(
                "properties.{property}{key}: expected a column name or a list, found {other}"
            )),
        }
    };
    let mut rule = PropertyRule {
        property: property.to_string(),
        columns: Vec::new(),
        join: Vec::new(),
        separator: global_sep.clone(),
    };
    match value {
        toml::Value::Table(table) => {
            for (key, v) in table {
                match key.as_str() {
                    "column" | "columns" => rule.columns.extend(strings(&format!(".{key}"), v)?),
                    "join" => rule.join = strings(".join", v)?,
                    "separator" => match v {
                        toml::Value::String(s) => rule.separator = Some(s).filter(|s| !s.is_empty()),
                        other => return Err(format!("properties.{property}.separator: expected a string, found {other}")),
                    },
                    other => {
                        return Err(format!(
                            "properties.{property}: unknown key `{other}` (expected column, columns, join or separator)"
                        ))
                    }
                }
            }
        }
        other => rule.columns = strings("", other)?,
    }
    if rule.columns.is_empty() && rule.join.is_empty() {
        return Err(format!("properties.{property}: names no column"));
    }
    Ok(rule)
}

/// FtM property names, to catch a wrong case (`birthdate`) in a mapping.
const KNOWN_PROPS: &[&str] = &[
    prop::NAME,
    prop::ALIAS,
    prop::WEAK_ALIAS,
    prop::PREVIOUS_NAME,
    prop::FIRST_NAME,
    prop::SECOND_NAME,
    prop::MIDDLE_NAME,
    prop::LAST_NAME,
    prop::FATHER_NAME,
    prop::MOTHER_NAME,
    prop::TITLE,
    prop::BIRTH_DATE,
    prop::BIRTH_PLACE,
    prop::BIRTH_COUNTRY,
    prop::DEATH_DATE,
    prop::NATIONALITY,
    prop::CITIZENSHIP,
    prop::COUNTRY,
    prop::JURISDICTION,
    prop::GENDER,
    prop::PASSPORT_NUMBER,
    prop::ID_NUMBER,
    prop::TAX_NUMBER,
    prop::REGISTRATION_NUMBER,
    prop::IMO_NUMBER,
    prop::MMSI,
    prop::CALL_SIGN,
    prop::FLAG,
    prop::EMAIL,
    prop::PHONE,
    prop::CRYPTO_WALLET,
    prop::USERNAME,
    prop::WEBSITE,
    prop::ADDRESS,
    prop::POSITION,
    prop::NOTES,
    prop::PROGRAM,
    prop::TOPICS,
    prop::SOURCE_URL,
    prop::LISTING_DATE,
    prop::MODIFIED_AT,
    "programId",
];

/// Parses a CSV file through `mapping`. A column the mapping names but the header lacks
/// fails the file; a row with an empty id, or an unknown schema value, is a warning.
pub fn parse(list: &str, path: &Path, mapping: &Mapping) -> Result<Parsed, IngestError> {
    parse_with(list, path, mapping, &Progress::default())
}

/// [`parse`], adding the bytes read to `progress`.
pub(crate) fn parse_with(
    list: &str,
    path: &Path,
    mapping: &Mapping,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let text = read::text(path, progress)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(mapping.delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| IngestError::malformed(path, "line 1", format!("unreadable header: {e}")))?
        .clone();
    // A repeated header name reads its first column.
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        index.entry(h.trim()).or_insert(i);
    }
    for (key, column) in mapping.columns() {
        if !index.contains_key(column.trim()) {
            return Err(IngestError::Missing {
                path: path.to_path_buf(),
                message: format!(
                    "the mapping's {key} names column {column:?}, which the header (line 1) lacks; the header has: {}",
                    headers.iter().collect::<Vec<_>>().join(", ")
                ),
            });
        }
    }
    let cell = |row: &csv::StringRecord, column: &str| -> String {
        let i = index.get(column.trim()).copied();
        i.and_then(|i| row.get(i))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let mut out = Parsed::default();
    let mut entities: Vec<(Entity, Vec<csv::StringRecord>)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                out.warnings
                    .push(Warning::at_line(path, line, format!("bad row: {e}")));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        let id = cell(&row, &mapping.id);
        if id.is_empty() {
            let message = format!("empty id (column {:?}); row skipped", mapping.id);
            out.warnings.push(Warning::at_line(path, line, message));
            continue;
        }
        let schema = match row_schema(&mapping.schema, &row, &cell) {
            Ok(s) => s,
            Err(message) => {
                out.warnings.push(Warning::at_line(path, line, message));
                continue;
            }
        };
        let slot = match by_id.get(&id) {
            Some(&i) => {
                if entities[i].0.schema != schema {
                    let message = format!(
                        "id {id:?} repeats with schema {schema}; kept {}",
                        entities[i].0.schema
                    );
                    out.warnings.push(Warning::at_line(path, line, message));
                }
                i
            }
            None => {
                by_id.insert(id.clone(), entities.len());
                entities.push((Entity::new(list, &id, schema), Vec::new()));
                entities.len() - 1
            }
        };
        let (entity, rows) = &mut entities[slot];
        for rule in &mapping.properties {
            for (column, value) in rule_values(rule, &row, &cell) {
                match convert(&rule.property, &value, &mapping.date_format) {
                    Ok(v) => entity.add(&rule.property, v),
                    Err(message) => out.warnings.push(Warning::at_line(
                        path,
                        line,
                        format!("column {column:?}: {message}"),
                    )),
                }
            }
        }
        rows.push(row);
    }
    for (mut entity, rows) in entities {
        entity.source = Some(SourceRecord {
            format: "csv".to_string(),
            text: csv_text(mapping.delimiter, &headers, &rows),
        });
        out.entities.push(entity);
    }
    Ok(out)
}

fn row_schema(
    rule: &SchemaRule,
    row: &csv::StringRecord,
    cell: &impl Fn(&csv::StringRecord, &str) -> String,
) -> Result<Schema, String> {
    let (column, map) = match rule {
        SchemaRule::Fixed(s) => return Ok(s.clone()),
        SchemaRule::Column { column, map } => (column, map),
    };
    let value = cell(row, column);
    let key = value.to_lowercase();
    if let Some(s) = map.get(&key) {
        return Ok(s.clone());
    }
    Ok(match key.as_str() {
        "person" | "individual" | "natural person" => Schema::Person,
        "organization" | "organisation" | "entity" => Schema::Organization,
        "company" => Schema::Company,
        "vessel" | "ship" => Schema::Vessel,
        "aircraft" => Schema::Aircraft,
        "legalentity" | "legal entity" => Schema::LegalEntity,
        _ => {
            return Err(format!(
            "unknown schema {value:?} in column {column:?} (add it to [schema_map]); row skipped"
        ))
        }
    })
}

/// A rule's raw values from one row, each with the column it came from.
fn rule_values(
    rule: &PropertyRule,
    row: &csv::StringRecord,
    cell: &impl Fn(&csv::StringRecord, &str) -> String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !rule.join.is_empty() {
        let parts: Vec<String> = rule
            .join
            .iter()
            .map(|c| cell(row, c))
            .filter(|v| !v.is_empty())
            .collect();
        out.push((rule.join.join("+"), parts.join(" ")));
    }
    for column in &rule.columns {
        let value = cell(row, column);
        match &rule.separator {
            Some(sep) => out.extend(
                value
                    .split(sep.as_str())
                    .map(|v| (column.clone(), v.trim().to_string())),
            ),
            None => out.push((column.clone(), value)),
        }
    }
    out.retain(|(_, v)| !v.is_empty());
    out
}

/// Converts a value for its property: dates to ISO prefixes, countries to codes, genders.
fn convert(property: &str, value: &str, dates: &DateFormat) -> Result<String, String> {
    if DATE_PROPS.contains(&property) {
        return dates
            .read(value)
            .ok_or_else(|| format!("unreadable date {value:?} (date_format {dates})"));
    }
    if COUNTRY_PROPS.contains(&property) {
        let v = value.trim();
        return Ok(match country_code(v) {
            Some(code) => code.to_string(),
            None if v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic()) => {
                v.to_ascii_lowercase()
            }
            None => v.to_string(),
        });
    }
    if property == prop::GENDER {
        return match value.trim().to_lowercase().as_str() {
            "m" | "male" | "man" => Ok("male".into()),
            "f" | "female" | "woman" => Ok("female".into()),
            "x" | "o" | "other" => Ok("other".into()),
            // Unknown is a value agencies write; it says nothing, so it adds nothing.
            "u" | "unknown" | "-" => Ok(String::new()),
            other => Err(format!(
                "unknown gender {other:?} (expected m/f/male/female/other)"
            )),
        };
    }
    Ok(value.to_string())
}

/// The header and an entity's rows, written back as CSV with the file's delimiter (also the
/// UK ConList's source records).
pub(crate) fn csv_text(
    delimiter: u8,
    headers: &csv::StringRecord,
    rows: &[csv::StringRecord],
) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    for r in std::iter::once(headers).chain(rows) {
        // Writing to a Vec cannot fail.
        let _ = w.write_record(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).trim_end().to_string()
}

#[cfg(test)]
mod tests;
