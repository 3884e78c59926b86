//! FollowTheMoney entities (OpenSanctions `entities.ftm.json`): one JSON object per line, or
//! a JSON array of such objects.
//!
//! Every FtM property is kept as it is: property values are lists of strings (a scalar string
//! is tolerated), and a nested entity inside a property is kept as its id. The entity id is
//! `<list>:<ftm id>`; `datasets` is `[list]` (FtM's own `datasets` stay in the source record,
//! which is the JSON line as shipped).

use std::path::Path;

use nazar_core::{Entity, Schema, SourceRecord};
use serde_json::Value;

use crate::read::{self, Progress};
use crate::{IngestError, Parsed, Warning};

/// Parses an FtM entities file: JSON lines, or one JSON array.
///
/// A line that is not JSON or not an entity is a warning naming its line number. The file
/// fails when its first non-empty line is not JSON, or when no line at all gives an entity.
pub fn parse(list: &str, path: &Path) -> Result<Parsed, IngestError> {
    parse_with(list, path, &Progress::default())
}

/// [`parse`], adding the bytes read to `progress`. JSON lines are read one at a time, so a
/// large file is never held whole.
pub(crate) fn parse_with(
    list: &str,
    path: &Path,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let mut lines = read::Lines::open(path, progress)?;
    let mut out = Parsed::default();
    let mut first_error: Option<(usize, String)> = None;
    let mut seen_line = false;
    // The text up to the first line with content, kept whole in case the file is an array.
    let mut leading = Some(String::new());
    while let Some((number, raw)) = lines.next_line()? {
        let line = raw.trim();
        if line.is_empty() {
            if let Some(leading) = &mut leading {
                leading.push_str(raw);
            }
            continue;
        }
        if let Some(mut body) = leading.take() {
            if line.starts_with('[') {
                body.push_str(raw);
                body.push_str(&lines.rest()?);
                return parse_array(list, path, &body);
            }
        }
        let value: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) if !seen_line => {
                let error = IngestError::malformed(
                    path,
                    format!("line {number}, column {}", e.column()),
                    format!("not FtM JSON lines: {e}"),
                );
                // A bad byte anywhere in the file is named first, as when the file was
                // checked whole before parsing.
                lines.rest()?;
                return Err(error);
            }
            Err(e) => {
                let message = format!("not JSON: {e}");
                first_error.get_or_insert((number, message.clone()));
                out.warnings.push(Warning::at_line(path, number, message));
                continue;
            }
        };
        seen_line = true;
        match entity_from_json(list, &value) {
            Ok(mut entity) => {
                entity.source = Some(json_source(line));
                entity.shrink_to_fit();
                out.entities.push(entity);
            }
            Err(message) => {
                first_error.get_or_insert((number, message.clone()));
                out.warnings.push(Warning::at_line(path, number, message));
            }
        }
    }
    if out.entities.is_empty() {
        let (number, message) = first_error.unwrap_or((1, "empty file".to_string()));
        return Err(IngestError::malformed(
            path,
            format!("line {number}"),
            format!("no FtM entity in the file: {message}"),
        ));
    }
    Ok(out)
}

/// A JSON array of entities. Its source records are the re-serialised objects, since an
/// array element has no line of its own.
fn parse_array(list: &str, path: &Path, body: &str) -> Result<Parsed, IngestError> {
    let values: Vec<Value> = serde_json::from_str(body).map_err(|e| {
        IngestError::malformed(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            format!("not a JSON array of FtM entities: {e}"),
        )
    })?;
    let mut out = Parsed::default();
    for (i, value) in values.iter().enumerate() {
        match entity_from_json(list, value) {
            Ok(entity) => out.entities.push(entity),
            Err(message) => out.warnings.push(Warning {
                file: path.to_path_buf(),
                location: format!("record {}", i + 1),
                message,
            }),
        }
    }
    if out.entities.is_empty() {
        return Err(IngestError::malformed(
            path,
            "line 1",
            "no FtM entity in the array",
        ));
    }
    Ok(out)
}

/// Reads one FtM entity object into an [`Entity`] with id `<list>:<ftm id>`.
///
/// The source record is the object re-serialised; [`parse`] replaces it with the line as
/// shipped. The error names what is missing; the caller adds the location.
pub fn entity_from_json(list: &str, value: &Value) -> Result<Entity, String> {
    let obj = value
        .as_object()
        .ok_or_else(|| format!("expected an entity object, found {}", kind(value)))?;
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim(),
        _ => return Err("entity has no id".to_string()),
    };
    let schema = match obj.get("schema") {
        Some(Value::String(s)) if !s.trim().is_empty() => Schema::parse(s.trim()),
        _ => return Err(format!("entity {id} has no schema")),
    };
    let mut entity = Entity::new(list, id, schema);
    match obj.get("properties") {
        None | Some(Value::Null) => {}
        Some(Value::Object(props)) => {
            for (prop, values) in props {
                add_values(&mut entity, prop, values);
            }
        }
        Some(other) => {
            return Err(format!(
                "entity {id}: properties is {}, expected an object",
                kind(other)
            ))
        }
    }
    entity.source = Some(json_source(&value.to_string()));
    Ok(entity)
}

/// Adds a property's values: a list of strings as FtM writes it, or a scalar. Nested entity
/// objects count as their id; numbers and booleans as their JSON text.
fn add_values(entity: &mut Entity, prop: &str, values: &Value) {
    match values {
        Value::Array(items) => {
            for item in items {
                add_values(entity, prop, item);
            }
        }
        Value::String(s) => entity.add(prop, s),
        Value::Object(nested) => {
            if let Some(Value::String(id)) = nested.get("id") {
                entity.add(prop, id);
            }
        }
        Value::Number(n) => entity.add(prop, n.to_string()),
        Value::Bool(b) => entity.add(prop, b.to_string()),
        Value::Null => {}
    }
}

fn json_source(text: &str) -> SourceRecord {
    SourceRecord {
        format: "json".to_string(),
        text: text.to_string(),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nazar_core::prop;
    use std::io::Write;

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    const PERSON: &str = r#"{"id":"NK-abc","schema":"Person","caption":"Amina Rauf","properties":{"name":["Amina Rauf","آمنہ رؤف"],"birthDate":"1971-01","nationality":["pk"],"addressEntity":[{"id":"addr-1","schema":"Address","properties":{"full":["Lahore"]}}]},"datasets":["eu_fsf"],"target":true}"#;

    #[test]
    fn reads_lines_and_keeps_properties() {
        let f = file(&format!("{PERSON}\n\n{{\"id\":\"NK-org\",\"schema\":\"Organization\",\"properties\":{{\"name\":[\"Zephyr Trading\"]}}}}\n"));
        let parsed = parse("os", f.path()).unwrap();
        assert!(parsed.warnings.is_empty());
        let p = &parsed.entities[0];
        assert_eq!(p.id, "os:NK-abc");
        assert_eq!(p.schema, Schema::Person);
        assert_eq!(p.get(prop::NAME), ["Amina Rauf", "آمنہ رؤف"]);
        assert_eq!(p.get(prop::BIRTH_DATE), ["1971-01"]);
        assert_eq!(p.get("addressEntity"), ["addr-1"]);
        assert_eq!(p.datasets, ["os"]);
        let src = p.source.as_ref().unwrap();
        assert_eq!((src.format.as_str(), src.text.as_str()), ("json", PERSON));
        assert_eq!(parsed.entities[1].schema, Schema::Organization);
    }

    #[test]
    fn bad_line_is_a_warning_with_its_number() {
        let f = file(&format!(
            "{PERSON}\n{{not json\n{{\"schema\":\"Person\"}}\n"
        ));
        let parsed = parse("os", f.path()).unwrap();
        assert_eq!(parsed.entities.len(), 1);
        let at: Vec<&str> = parsed
            .warnings
            .iter()
            .map(|w| w.location.as_str())
            .collect();
        assert_eq!(at, ["line 2", "line 3"]);
        assert!(parsed.warnings[1].message.contains("no id"));
    }

    #[test]
    fn not_json_fails_at_the_first_line() {
        let f = file("\n<?xml version=\"1.0\"?>\n<export/>\n");
        match parse("os", f.path()) {
            Err(IngestError::Malformed { location, .. }) => {
                assert_eq!(location, "line 2, column 1")
            }
            other => panic!("expected malformed, got {other:?}"),
        }
    }

    #[test]
    fn no_entity_at_all_fails() {
        let f = file("{\"op\":\"ADD\"}\n{\"id\":\"x\"}\n");
        match parse("os", f.path()) {
            Err(IngestError::Malformed { location, .. }) => assert_eq!(location, "line 1"),
            other => panic!("expected malformed, got {other:?}"),
        }
        assert!(parse("os", file("").path()).is_err());
    }

    #[test]
    fn reads_a_json_array() {
        let f = file(&format!("[{PERSON}, 3]"));
        let parsed = parse("os", f.path()).unwrap();
        assert_eq!(parsed.entities.len(), 1);
        assert_eq!(parsed.warnings[0].location, "record 2");
        assert!(parse("os", file("[{").path()).is_err());
    }
}
