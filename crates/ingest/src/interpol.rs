//! INTERPOL public notices as the public notices API answers them (HAL JSON): a list
//! response `{"_embedded":{"notices":[...]}}`, a single notice's detail object, a JSON array
//! of notices, or one notice (or list response) per line.
//!
//! Every notice is a `Person` with id `<list>:<entity_id>`, the id keeping its `/`
//! (`interpol:2026/30493`). `name` is forename then family name; a forename of `-` or null
//! means none. The notice kind (`red notice`, `yellow notice`) comes from the `_links`
//! when present and goes to `program`.

use std::path::Path;

use nazar_core::{countries::country_code, prop, Entity, Schema, SourceRecord};
use serde_json::Value;

use crate::read::{self, Progress};
use crate::{IngestError, Parsed, Warning};

/// A notice to read, where it was in the file, and the text to keep as its source.
struct Item {
    value: Value,
    location: String,
    raw: Option<String>,
    program: Option<&'static str>,
}

/// Parses INTERPOL notices JSON in any of the shapes above.
pub fn parse(list: &str, path: &Path) -> Result<Parsed, IngestError> {
    parse_with(list, path, &Progress::default())
}

/// [`parse`], adding the bytes read to `progress`.
pub(crate) fn parse_with(
    list: &str,
    path: &Path,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let text = read::text(path, progress)?;
    let body = text.trim();
    let items = match serde_json::from_str::<Value>(body) {
        Ok(value) => whole_document(path, value)?,
        Err(e) if body.starts_with('{') && e.line() > 1 => json_lines(path, body, &e)?,
        Err(e) => {
            return Err(IngestError::malformed(
                path,
                format!("line {}, column {}", e.line(), e.column()),
                format!("not INTERPOL notices JSON: {e}"),
            ))
        }
    };
    let mut out = Parsed::default();
    for item in items {
        let mut notes = Vec::new();
        match notice(list, &item, &mut notes) {
            Ok(e) => out.entities.push(e),
            Err(message) => notes.push(message),
        }
        out.warnings
            .extend(notes.into_iter().map(|message| Warning {
                file: path.to_path_buf(),
                location: item.location.clone(),
                message,
            }));
    }
    Ok(out)
}

/// The notices of a file that is one JSON document.
fn whole_document(path: &Path, value: Value) -> Result<Vec<Item>, IngestError> {
    match value {
        Value::Array(values) => Ok(values
            .into_iter()
            .enumerate()
            .map(|(i, value)| Item {
                program: program(&value),
                value,
                location: format!("record {}", i + 1),
                raw: None,
            })
            .collect()),
        Value::Object(_) => notices_of(value, 0).ok_or_else(|| {
            IngestError::malformed(
                path,
                "line 1",
                "neither a notice (no \"entity_id\") nor a notice list (no \"_embedded\".\"notices\")",
            )
        }),
        other => Err(IngestError::malformed(
            path,
            "line 1",
            format!("expected a JSON object or array, found {other}"),
        )),
    }
}

/// One object per line: notices or list responses. When the first line is not JSON either,
/// the file is reported with `whole`, the error from reading it as one document.
fn json_lines(
    path: &Path,
    body: &str,
    whole: &serde_json::Error,
) -> Result<Vec<Item>, IngestError> {
    let mut items = Vec::new();
    let mut seen = false;
    for (i, line) in body.lines().enumerate() {
        let (number, line) = (i + 1, line.trim());
        if line.is_empty() {
            continue;
        }
        let problem = |message: String| Item {
            value: Value::String(message),
            location: format!("line {number}"),
            raw: None,
            program: None,
        };
        let value = match serde_json::from_str::<Value>(line) {
            Ok(value) => value,
            Err(_) if !seen => {
                return Err(IngestError::malformed(
                    path,
                    format!("line {}, column {}", whole.line(), whole.column()),
                    format!("not INTERPOL notices JSON: {whole}"),
                ))
            }
            Err(e) => {
                items.push(problem(format!("not JSON: {e}")));
                continue;
            }
        };
        seen = true;
        match notices_of(value, number) {
            Some(mut found) => {
                if let [only] = found.as_mut_slice() {
                    if only.location == format!("line {number}") {
                        only.raw = Some(line.to_string());
                    }
                }
                items.extend(found);
            }
            None => items.push(problem(
                "neither a notice (no \"entity_id\") nor a notice list".to_string(),
            )),
        }
    }
    Ok(items)
}

/// The notices in an object: itself when it is a notice, its `_embedded.notices` when it is
/// a list response. `line` 0 means a whole-file document.
fn notices_of(value: Value, line: usize) -> Option<Vec<Item>> {
    let here = |i: usize| match (line, i) {
        (0, 0) => "record 1".to_string(),
        (0, i) => format!("record {i}"),
        (l, 0) => format!("line {l}"),
        (l, i) => format!("line {l}, notice {i}"),
    };
    if value.get("entity_id").is_some() {
        return Some(vec![Item {
            program: program(&value),
            value,
            location: here(0),
            raw: None,
        }]);
    }
    let list_program = program(&value);
    let notices = value.get("_embedded")?.get("notices")?.as_array()?;
    Some(
        notices
            .iter()
            .enumerate()
            .map(|(i, n)| Item {
                value: n.clone(),
                location: here(i + 1),
                raw: None,
                program: program(n).or(list_program),
            })
            .collect(),
    )
}

/// The notice kind from a `_links.self.href` such as `.../notices/v1/red/2026-30493`.
fn program(value: &Value) -> Option<&'static str> {
    let href = value.get("_links")?.get("self")?.get("href")?.as_str()?;
    if href.contains("/red") {
        Some("red notice")
    } else if href.contains("/yellow") {
        Some("yellow notice")
    } else if href.contains("/un/") {
        Some("UN special notice")
    } else {
        None
    }
}

fn notice(list: &str, item: &Item, notes: &mut Vec<String>) -> Result<Entity, String> {
    let n = &item.value;
    if let Value::String(problem) = n {
        return Err(problem.clone());
    }
    let id = match n.get("entity_id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(x)) => x.to_string(),
        _ => return Err("notice has no entity_id".to_string()),
    };
    let forename = text(n, "forename");
    let family = text(n, "name");
    if forename.is_none() && family.is_none() {
        return Err(format!("notice {id} has no name"));
    }
    let mut e = Entity::new(list, &id, Schema::Person);
    let full: Vec<&str> = [forename, family].into_iter().flatten().collect();
    e.add(prop::NAME, full.join(" "));
    e.add_all(prop::FIRST_NAME, forename);
    e.add_all(prop::LAST_NAME, family);
    if let Some(dob) = text(n, "date_of_birth") {
        match date(dob) {
            Some(d) => e.add(prop::BIRTH_DATE, d),
            None => notes.push(format!("notice {id}: unreadable date_of_birth {dob:?}")),
        }
    }
    for c in strings(n, "nationalities") {
        e.add(prop::NATIONALITY, country(c));
    }
    match text(n, "sex_id") {
        Some("M") => e.add(prop::GENDER, "male"),
        Some("F") => e.add(prop::GENDER, "female"),
        _ => {}
    }
    e.add_all(prop::BIRTH_PLACE, text(n, "place_of_birth"));
    e.add_all(
        prop::BIRTH_COUNTRY,
        text(n, "country_of_birth_id").map(country),
    );
    if let Some(Value::Array(warrants)) = n.get("arrest_warrants") {
        for w in warrants {
            e.add_all(prop::NOTES, text(w, "charge"));
            e.add_all(prop::NOTES, text(w, "charge_translation"));
        }
    }
    e.add_all(prop::PROGRAM, item.program);
    e.source = Some(SourceRecord {
        format: "json".to_string(),
        text: item.raw.clone().unwrap_or_else(|| n.to_string()),
    });
    Ok(e)
}

/// A string field, trimmed; null, blank and `-` read as absent.
fn text<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
}

fn strings<'v>(v: &'v Value, key: &str) -> impl Iterator<Item = &'v str> {
    let items = v.get(key).and_then(Value::as_array);
    items
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `1972/05/04` -> `1972-05-04`, `1972/05` -> `1972-05`, `1972` -> `1972`.
fn date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(['/', '-']).collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => Some(y.to_string()),
        [y, m] if digits(y, 4) && digits(m, 2) => Some(format!("{y}-{m}")),
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => Some(format!("{y}-{m}-{d}")),
        _ => None,
    }
}

/// INTERPOL writes ISO alpha-2 codes (`PK`); anything else goes through [`country_code`].
fn country(raw: &str) -> String {
    if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_alphabetic()) {
        return raw.to_ascii_lowercase();
    }
    country_code(raw).map_or_else(|| raw.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    fn ids(p: &Parsed) -> Vec<&str> {
        p.entities.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn list_response() {
        let p = parse("interpol", &fixture("interpol_red_list.json")).unwrap();
        assert_eq!(
            ids(&p),
            [
                "interpol:2026/30493",
                "interpol:2025/11872",
                "interpol:2019/90210"
            ]
        );
        let e = &p.entities[0];
        assert_eq!(e.schema, Schema::Person);
        assert_eq!(e.get(prop::NAME), ["FARAZ AHMED QALANDARANI"]);
        assert_eq!(e.get(prop::FIRST_NAME), ["FARAZ AHMED"]);
        assert_eq!(e.get(prop::LAST_NAME), ["QALANDARANI"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1984-07-19"]);
        assert_eq!(e.get(prop::NATIONALITY), ["pk", "ae"]);
        assert_eq!(e.get(prop::PROGRAM), ["red notice"]);
        let no_forename = &p.entities[1];
        assert_eq!(no_forename.get(prop::NAME), ["ZHELEZNYAKOVA"]);
        assert!(no_forename.get(prop::FIRST_NAME).is_empty());
        assert_eq!(no_forename.get(prop::BIRTH_DATE), ["1972"]);
        // The third falls back to the list's own link for its kind.
        assert_eq!(p.entities[2].get(prop::PROGRAM), ["red notice"]);
        assert_eq!(p.warnings.len(), 1);
        assert_eq!(p.warnings[0].location, "record 4");
        assert!(p.warnings[0].message.contains("no name"));
    }

    #[test]
    fn detail_notice() {
        let p = parse("interpol", &fixture("interpol_red_detail.json")).unwrap();
        assert_eq!(ids(&p), ["interpol:2026/30493"]);
        let e = &p.entities[0];
        assert_eq!(e.get(prop::GENDER), ["male"]);
        assert_eq!(e.get(prop::BIRTH_PLACE), ["Jacobabad"]);
        assert_eq!(e.get(prop::BIRTH_COUNTRY), ["pk"]);
        assert_eq!(
            e.get(prop::NOTES),
            [
                "Fraud and forgery of documents (invented charge)",
                "Money laundering (invented charge)",
                "Blanchiment d'argent",
            ]
        );
        assert!(e
            .source
            .as_ref()
            .unwrap()
            .text
            .contains("\"arrest_warrants\""));
    }

    #[test]
    fn array_and_json_lines() {
        let a = file(
            r#"[{"entity_id":"2024/1","name":"RAHIMI","forename":null,"_links":{"self":{"href":"https://x/notices/v1/yellow/2024-1"}}}]"#,
        );
        let p = parse("interpol", a.path()).unwrap();
        assert_eq!(p.entities[0].get(prop::PROGRAM), ["yellow notice"]);
        assert_eq!(p.entities[0].get(prop::NAME), ["RAHIMI"]);
        let line =
            r#"{"entity_id":"2024/2","name":"NOORI","forename":"Zahra","date_of_birth":"2001/02"}"#;
        let l = file(&format!("{line}\n\n{{\"entity_id\":\"2024/3\"}}\n{{bad\n"));
        let p = parse("interpol", l.path()).unwrap();
        assert_eq!(ids(&p), ["interpol:2024/2"]);
        assert_eq!(p.entities[0].get(prop::BIRTH_DATE), ["2001-02"]);
        assert_eq!(p.entities[0].source.as_ref().unwrap().text, line);
        let at: Vec<&str> = p.warnings.iter().map(|w| w.location.as_str()).collect();
        assert_eq!(at, ["line 3", "line 4"]);
    }

    #[test]
    fn not_notices_fails() {
        for bad in ["<xml/>", "{\"total\": 0}", "[{", "42", "{\"entity_id\":\n"] {
            assert!(
                matches!(
                    parse("interpol", file(bad).path()),
                    Err(IngestError::Malformed { .. })
                ),
                "{bad}"
            );
        }
        let empty = file(r#"{"total":0,"_embedded":{"notices":[]}}"#);
        assert!(parse("interpol", empty.path()).unwrap().entities.is_empty());
    }
}
