//! FtM delta files (OpenSanctions `entities.delta.json`): one `{"op":..., "entity":{...}}`
//! per line, applied in order onto the entities of a list.
//!
//! How [`apply`] treats each operation:
//! - `ADD` inserts the entity, or replaces it when its id is already there (a delta run may
//!   re-add what an earlier run added; the newer record wins, silently).
//! - `MOD` replaces the entity. A `MOD` of an unknown id is a warning, and the entity is added
//!   anyway: a delta says what the entity *is* now, so dropping it would lose a listing.
//! - `DEL` removes the entity. A `DEL` of an unknown id is a warning and changes nothing.

use std::collections::HashMap;
use std::path::Path;

use nazar_core::{model::entity_id, Entity};
use serde_json::Value;

use crate::ftm::entity_from_json;
use crate::read::{self, Progress};
use crate::{IngestError, Warning};

/// One change to a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeltaOp {
    Add(Entity),
    Mod(Entity),
    /// The id (`<list>:<ftm id>`) of the entity to remove.
    Del(String),
}

impl DeltaOp {
    /// The id of the entity the operation is about.
    pub fn id(&self) -> &str {
        match self {
            DeltaOp::Add(e) | DeltaOp::Mod(e) => &e.id,
            DeltaOp::Del(id) => id,
        }
    }
}

/// Reads a delta file. A bad line is a warning naming its line number; the file fails when
/// its first non-empty line is not JSON, or when it has lines and none is an operation.
/// An empty file is an empty delta.
pub fn read_delta(list: &str, path: &Path) -> Result<(Vec<DeltaOp>, Vec<Warning>), IngestError> {
    let text = read::text(path, &Progress::default())?;
    let mut ops = Vec::new();
    let mut warnings = Vec::new();
    let mut first_error: Option<(usize, String)> = None;
    let mut seen_line = false;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let result = match serde_json::from_str::<Value>(line) {
            Ok(value) => {
                seen_line = true;
                op_from_json(list, &value)
            }
            Err(e) if !seen_line => {
                return Err(IngestError::malformed(
                    path,
                    format!("line {number}, column {}", e.column()),
                    format!("not an FtM delta (JSON lines): {e}"),
                ));
            }
            Err(e) => Err(format!("not JSON: {e}")),
        };
        match result {
            Ok(op) => ops.push(op),
            Err(message) => {
                first_error.get_or_insert((number, message.clone()));
                warnings.push(Warning::at_line(path, number, message));
            }
        }
    }
    if let (true, Some((number, message))) = (ops.is_empty(), first_error) {
        return Err(IngestError::malformed(
            path,
            format!("line {number}"),
            format!("no delta operation in the file: {message}"),
        ));
    }
    Ok((ops, warnings))
}

fn op_from_json(list: &str, value: &Value) -> Result<DeltaOp, String> {
    let op = value
        .get("op")
        .and_then(Value::as_str)
        .ok_or("line has no \"op\"")?;
    let entity = value.get("entity").ok_or("line has no \"entity\"")?;
    match op.to_ascii_uppercase().as_str() {
        "ADD" => Ok(DeltaOp::Add(entity_from_json(list, entity)?)),
        "MOD" => Ok(DeltaOp::Mod(entity_from_json(list, entity)?)),
        "DEL" => match entity.get("id").and_then(Value::as_str) {
            Some(id) if !id.trim().is_empty() => Ok(DeltaOp::Del(entity_id(list, id))),
            _ => Err("DEL without an entity id".to_string()),
        },
        other => Err(format!("unknown op {other:?} (expected ADD, MOD or DEL)")),
    }
}

/// Applies operations in order onto `current`, keeping the order of the entities that stay
/// and appending new ones. `file` names the delta in warnings.
pub fn apply(current: Vec<Entity>, ops: Vec<DeltaOp>, file: &Path) -> (Vec<Entity>, Vec<Warning>) {
    let mut slots: Vec<Option<Entity>> = current.into_iter().map(Some).collect();
    let mut index: HashMap<String, usize> = slots
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|e| (e.id.clone(), i)))
        .collect();
    let mut warnings = Vec::new();
    let mut warn = |id: &str, message: &str| {
        warnings.push(Warning {
            file: file.to_path_buf(),
            location: format!("record {id}"),
            message: message.to_string(),
        })
    };
    for op in ops {
        let (entity, is_mod) = match op {
            DeltaOp::Add(entity) => (entity, false),
            DeltaOp::Mod(entity) => (entity, true),
            DeltaOp::Del(id) => {
                match index.remove(&id) {
                    Some(i) => slots[i] = None,
                    None => warn(&id, "DEL of an entity not in the list; nothing removed"),
                }
                continue;
            }
        };
        match index.get(&entity.id) {
            Some(&i) => slots[i] = Some(entity),
            None => {
                if is_mod {
                    warn(&entity.id, "MOD of an entity not in the list; added");
                }
                index.insert(entity.id.clone(), slots.len());
                slots.push(Some(entity));
            }
        }
    }
    (slots.into_iter().flatten().collect(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nazar_core::{prop, Schema};
    use std::io::Write;

    fn entity(id: &str, name: &str) -> Entity {
        let mut e = Entity::new("os", id, Schema::Person);
        e.add(prop::NAME, name);
        e
    }

    fn ids(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn reads_ops_and_warns_on_bad_lines() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        let lines = [
            r#"{"op":"ADD","entity":{"id":"a","schema":"Person","properties":{"name":["Bilal Qureshi"]}}}"#,
            "",
            r#"{"op":"DEL","entity":{"id":"b"}}"#,
            r#"{"op":"UPSERT","entity":{"id":"c","schema":"Person"}}"#,
            "{broken",
        ];
        f.write_all(lines.join("\n").as_bytes()).unwrap();
        let (ops, warnings) = read_delta("os", f.path()).unwrap();
        assert_eq!(ops.len(), 2);
        assert!(matches!(&ops[0], DeltaOp::Add(e) if e.id == "os:a"));
        assert_eq!(ops[1], DeltaOp::Del("os:b".into()));
        let at: Vec<&str> = warnings.iter().map(|w| w.location.as_str()).collect();
        assert_eq!(at, ["line 4", "line 5"]);
    }

    #[test]
    fn a_file_of_entities_is_not_a_delta() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        writeln!(f, r#"{{"id":"a","schema":"Person","properties":{{}}}}"#).unwrap();
        assert!(matches!(
            read_delta("os", f.path()),
            Err(IngestError::Malformed { .. })
        ));
        let empty = tempfile::NamedTempFile::new().unwrap();
        assert!(read_delta("os", empty.path()).unwrap().0.is_empty());
    }

    #[test]
    fn apply_in_order() {
        let current = vec![entity("a", "A"), entity("b", "B"), entity("c", "C")];
        let ops = vec![
            DeltaOp::Add(entity("d", "D")),
            DeltaOp::Add(entity("a", "A2")),
            DeltaOp::Mod(entity("b", "B2")),
            DeltaOp::Del("os:c".into()),
            DeltaOp::Mod(entity("e", "E")),
            DeltaOp::Del("os:zz".into()),
            DeltaOp::Del("os:d".into()),
        ];
        let (out, warnings) = apply(current, ops, Path::new("delta.json"));
        assert_eq!(ids(&out), ["os:a", "os:b", "os:e"]);
        assert_eq!(out[0].caption(), "A2");
        assert_eq!(out[1].caption(), "B2");
        let w: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            w,
            [
                "delta.json: record os:e: MOD of an entity not in the list; added",
                "delta.json: record os:zz: DEL of an entity not in the list; nothing removed",
            ]
        );
    }
}
