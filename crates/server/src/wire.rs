//! Wire shapes: entities and scored results as yente answers them, nazar's richer
//! explanation beside them, and the digests that name queries in audit records and logs.

use std::collections::BTreeMap;

use nazar_core::index::Hit;
use nazar_core::Entity;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

/// Rounds for the wire; scores and bits carry no meaning past three decimals.
fn r3(x: f32) -> f64 {
    (x as f64 * 1000.0).round() / 1000.0
}

/// An entity as yente serialises one: `id`, `caption`, `schema`, `properties` (each a list of
/// strings), `datasets`, `referents`, `target`.
pub fn entity_json(e: &Entity) -> Value {
    json!({
        "id": e.id,
        "caption": e.caption(),
        "schema": e.schema.as_str(),
        "properties": e.properties,
        "datasets": e.datasets,
        "referents": [],
        "target": true,
    })
}

/// A scored result: the entity, `score`, `match`, yente-style `explanations` (feature name to
/// `{score, detail, query, candidate, weight}`; `score` is the feature's evidence in bits,
/// negative when it speaks against the match, `weight` is 1 since bits already add up), and
/// under `nazar` the full explanation with the name parts that agreed.
pub fn result_json(h: &Hit, explain: bool) -> Value {
    let mut v = entity_json(&h.entity);
    v["score"] = json!(r3(h.score));
    v["match"] = json!(h.is_match);
    if !explain {
        v["explanations"] = json!({});
        return v;
    }
    let ex = &h.comparison.explanation;
    let mut explanations = Map::new();
    for f in &ex.features {
        explanations.insert(
            f.feature.to_string(),
            json!({
                "score": r3(f.bits),
                "detail": f.detail,
                "query": f.query,
                "candidate": f.candidate,
                "weight": 1.0,
            }),
        );
    }
    v["explanations"] = Value::Object(explanations);
    let features: Vec<Value> = ex
        .features
        .iter()
        .map(|f| {
            json!({
                "feature": f.feature,
                "bits": r3(f.bits),
                "detail": f.detail,
                "query": f.query,
                "candidate": f.candidate,
            })
        })
        .collect();
    let name = ex.name.as_ref().map(|n| {
        json!({
            "candidate_name_kind": n.candidate_kind,
            "full_match": n.full_match,
            "parts": n.matched.iter().map(|m| json!({
                "query": m.query,
                "candidate": m.candidate,
                "how": m.kind,
                "similarity": r3(m.similarity),
                "bits": r3(m.bits),
                "frequency": m.frequency,
            })).collect::<Vec<_>>(),
            "unmatched": n.unmatched.iter().map(|u| json!({
                "part": u.part, "side": u.side, "role": u.role, "bits": r3(u.bits),
            })).collect::<Vec<_>>(),
        })
    });
    v["nazar"] = json!({"bits": r3(ex.bits), "features": features, "name": name});
    v
}

/// A query's properties in normal form: trimmed, whitespace collapsed, lower case, empty
/// values dropped, each list sorted and deduplicated. Two spellings of one request in
/// different key order or case digest alike.
pub fn normalize_properties(
    props: &BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (k, vs) in props {
        let mut vs: Vec<String> = vs
            .iter()
            .map(|v| nazar_core::model::collapse_whitespace(v).to_lowercase())
            .filter(|v| !v.is_empty())
            .collect();
        vs.sort();
        vs.dedup();
        if !vs.is_empty() {
            out.insert(k.clone(), vs);
        }
    }
    out
}

/// SHA-256 in hex of a JSON value's canonical text (serde_json writes object keys sorted).
pub fn digest(v: &Value) -> String {
    let text = v.to_string();
    nazar_core::model::hex(&Sha256::digest(text.as_bytes()))
}

/// A screened subject's id when the caller gave none: the digest of its normalised schema and
/// properties.
pub fn subject_digest(schema: Option<&str>, props: &BTreeMap<String, Vec<String>>) -> String {
    digest(&json!({"schema": schema, "properties": normalize_properties(props)}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_digest_ignores_case_space_and_order() {
        let a: BTreeMap<String, Vec<String>> = [(
            "name".to_string(),
            vec!["Tariq  Qureshi".to_string(), "T Q".to_string()],
        )]
        .into();
        let b: BTreeMap<String, Vec<String>> = [(
            "name".to_string(),
            vec![
                "t q".to_string(),
                " tariq qureshi".to_string(),
                String::new(),
            ],
        )]
        .into();
        assert_eq!(
            subject_digest(Some("Person"), &a),
            subject_digest(Some("Person"), &b)
        );
        assert_ne!(subject_digest(Some("Person"), &a), subject_digest(None, &a));
        assert_eq!(subject_digest(None, &a).len(), 64);
    }
}
