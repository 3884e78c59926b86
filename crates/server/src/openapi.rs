//! The OpenAPI 3.1 description of every route, written by hand. A test checks that it names
//! each route the router serves.

use serde_json::{json, Value};

fn error_responses(codes: &[&str]) -> Value {
    let mut m = serde_json::Map::new();
    for c in codes {
        m.insert(
            c.to_string(),
            json!({"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}),
        );
    }
    Value::Object(m)
}

fn op(summary: &str, role: Option<&str>, params: Value, body: Option<Value>, ok: Value) -> Value {
    let mut responses = error_responses(if role.is_some() {
        &["400", "401", "403", "404", "413", "422", "429"]
    } else {
        &[]
    });
    responses["200"] =
        json!({"description": "ok", "content": {"application/json": {"schema": ok}}});
    let mut o = json!({
        "summary": summary,
        "parameters": params,
        "responses": responses,
    });
    match role {
        Some(r) => {
            o["security"] = json!([{"bearer": []}, {"apiKey": []}]);
            o["description"] = json!(format!("Needs a key with the {r} role or above."));
        }
        None => o["security"] = json!([]),
    }
    if let Some(b) = body {
        o["requestBody"] =
            json!({"required": true, "content": {"application/json": {"schema": b}}});
    }
    o
}

fn path_param(name: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}})
}

fn query_param(name: &str, ty: &str) -> Value {
    json!({"name": name, "in": "query", "required": false, "schema": {"type": ty}})
}

fn refs(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// The document served at `/openapi.json`.
pub fn document() -> Value {
    let match_params = json!([
        path_param("dataset"),
        query_param("threshold", "number"),
        query_param("cutoff", "number"),
        query_param("limit", "integer"),
        {"name": "include_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "exclude_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "exclude_entity_ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        query_param("algorithm", "string"),
    ]);
    let screen_params = json!([
        query_param("threshold", "number"),
        query_param("cutoff", "number"),
        query_param("limit", "integer"),
        {"name": "include_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "exclude_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    ]);
    let mut paxlst_op = op(
        "Read a PAXLST manifest (UN/EDIFACT) and screen every traveller",
        Some("screener"),
        screen_params.clone(),
        Some(
            json!({"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}),
        ),
        json!({"type": "object", "properties": {
            "manifest": {"type": "object", "description": "version, sender, receiver, flights, the traveller count, control_count"},
            "travellers": {"type": "array", "items": {"type": "object", "properties": {
                "traveller": {"type": "object"}, "subject_id": {"type": "string"},
                "results": {"type": "array", "items": refs("ScoredEntity")}}}},
            "warnings": {"type": "array", "items": {"type": "string"}},
            "limit": {"type": "integer"},
            "alerts": {"type": "array", "items": {"type": "integer"}}}}),
    );
    // The raw message is accepted as well as the JSON wrapper.
    paxlst_op["requestBody"]["content"]["text/plain"] = json!({"schema": {"type": "string"}});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "nazar screening service",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Watchlist screening, compatible with yente's /match, /search and /entities. Every request that reaches authentication is audited; send an optional X-Purpose header.",
        },
        "paths": {
            "/match/{dataset}": {"post": op("Screen entities by example", Some("screener"), match_params, Some(refs("MatchRequest")), refs("MatchResponse"))},
            "/search/{dataset}": {"get": op("Search by name", Some("screener"),
                json!([path_param("dataset"), query_param("q", "string"), query_param("schema", "string"), query_param("limit", "integer"), query_param("offset", "integer")]),
                None, refs("SearchResponse"))},
            "/entities/{id}": {"get": op("Fetch one entity with its source record", Some("screener"),
                json!([path_param("id"), query_param("nested", "boolean")]), None, refs("Entity"))},
            "/screen/paxlst": {"post": paxlst_op},
            "/screen/mrz": {"post": op("Read a travel document's MRZ and screen its holder", Some("screener"), screen_params.clone(),
                Some(json!({"type": "object", "required": ["lines"], "properties": {
                    "lines": {"type": "array", "items": {"type": "string"}, "description": "the 2 or 3 lines of the MRZ"},
                    "ocr": {"type": "boolean", "description": "fix OCR confusions that the check digits confirm"},
                    "subject_id": {"type": "string", "description": "the alerts' subject; the document number when absent"}}})),
                json!({"type": "object", "properties": {
                    "document": {"type": "object", "description": "the MRZ read: fields, checks, valid, warnings"},
                    "subject_id": {"type": "string"}, "results": {"type": "array", "items": refs("ScoredEntity")},
                    "total": refs("Total"), "limit": {"type": "integer"},
                    "alerts": {"type": "array", "items": {"type": "integer"}}}}))},
            "/lists": {"get": op("The lists the caller may see", Some("screener"), json!([]), None,
                json!({"type": "object", "properties": {"lists": {"type": "array", "items": {"type": "object"}}}}))},
            "/lists/{name}": {"post": {
                "summary": "Upload a list file as the list's next version",
                "description": "Needs a key with the admin role.",
                "security": [{"bearer": []}, {"apiKey": []}],
                "parameters": [path_param("name"), query_param("format", "string"), query_param("agency", "string")],
                "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": {"description": "the ingest report"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}},
            }},
            "/alerts": {"get": op("Alerts, filtered", Some("analyst"),
                json!([query_param("status", "string"), query_param("subject_id", "string"), query_param("entity_id", "string"), query_param("agency", "string"), query_param("limit", "integer")]),
                None, json!({"type": "object", "properties": {"alerts": {"type": "array", "items": refs("Alert")}}}))},
            "/alerts/{id}/decision": {"post": op("Record a decision on an alert", Some("analyst"),
                json!([path_param("id")]),
                Some(json!({"type": "object", "required": ["decision"], "properties": {"decision": {"enum": ["match", "no-match"]}, "note": {"type": "string"}}})),
                refs("Alert"))},
            "/audit": {"get": op("Audit records", Some("analyst"),
                json!([query_param("after", "integer"), query_param("limit", "integer")]), None,
                json!({"type": "object", "properties": {"records": {"type": "array", "items": {"type": "object"}}}}))},
            "/rescreen": {"post": op("Re-screen saved subjects; report new alerts", Some("analyst"), json!([]), None,
                json!({"type": "object", "properties": {"screened": {"type": "integer"}, "new_alerts": {"type": "array", "items": refs("Alert")}}}))},
            "/healthz": {"get": op("Liveness", None, json!([]), None, refs("Status"))},
            "/readyz": {"get": {
                "summary": "Readiness: 503 when a list is older than its maximum age",
                "security": [],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": refs("Status")}}},
                              "503": {"description": "stale", "content": {"application/json": {"schema": refs("Error")}}}},
            }},
            "/metrics": {"get": {"summary": "Prometheus metrics", "security": [],
                "responses": {"200": {"description": "text exposition format", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
            "/openapi.json": {"get": {"summary": "This document", "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}},
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "`ApiKey KEY`, as OpenSanctions clients send it"},
            },
            "responses": {"Error": {"description": "error", "content": {"application/json": {"schema": refs("Error")}}}},
            "schemas": {
                "Error": {"type": "object", "required": ["error", "detail"], "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}},
                "Status": {"type": "object", "properties": {"status": {"type": "string"}}},
                "Total": {"type": "object", "properties": {"value": {"type": "integer"}, "relation": {"enum": ["eq", "gte"]}}},
                "Entity": {"type": "object", "required": ["id", "caption", "schema", "properties", "datasets"], "properties": {
                    "id": {"type": "string"}, "caption": {"type": "string"}, "schema": {"type": "string"},
                    "properties": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                    "datasets": {"type": "array", "items": {"type": "string"}},
                    "referents": {"type": "array", "items": {"type": "string"}},
                    "target": {"type": "boolean"},
                    "source": {"type": ["object", "null"], "properties": {"format": {"type": "string"}, "text": {"type": "string"}}},
                }},
                "Feature": {"type": "object", "properties": {
                    "score": {"type": "number", "description": "evidence in bits; negative speaks against the match"},
                    "detail": {"type": ["string", "null"]}, "query": {"type": ["string", "null"]},
                    "candidate": {"type": ["string", "null"]}, "weight": {"type": "number"}}},
                "ScoredEntity": {"allOf": [refs("Entity"), {"type": "object", "properties": {
                    "score": {"type": "number"}, "match": {"type": "boolean"},
                    "explanations": {"type": "object", "additionalProperties": refs("Feature")},
                    "nazar": {"type": "object", "description": "nazar's full explanation: bits per feature and the name parts that agreed"}}}]},
                "EntityQuery": {"type": "object", "properties": {
                    "schema": {"type": "string"},
                    "properties": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                    "subject_id": {"type": "string", "description": "a case or document number; a digest of the normalised properties when absent"}}},
                "MatchRequest": {"type": "object", "required": ["queries"], "properties": {
                    "queries": {"type": "object", "additionalProperties": refs("EntityQuery")},
                    "weights": {"type": "object"}, "config": {"type": "object"}}},
                "MatchResponse": {"type": "object", "properties": {
                    "responses": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                        "status": {"type": "integer"}, "results": {"type": "array", "items": refs("ScoredEntity")},
                        "total": refs("Total"), "query": {"type": "object"}}}},
                    "limit": {"type": "integer"},
                    "alerts": {"type": "array", "items": {"type": "integer"}, "description": "ids of alerts this request raised"}}},
                "SearchResponse": {"type": "object", "properties": {
                    "results": {"type": "array", "items": refs("ScoredEntity")}, "total": refs("Total"),
                    "limit": {"type": "integer"}, "offset": {"type": "integer"}}},
                "Alert": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "subject_id": {"type": "string"}, "agency": {"type": "string"},
                    "entity_id": {"type": "string"}, "entity_hash": {"type": "string"}, "score": {"type": "number"},
                    "created_at": {"type": "string"}, "status": {"enum": ["open", "match", "no-match"]},
                    "decision_note": {"type": ["string", "null"]}, "decided_by": {"type": ["string", "null"]},
                    "decided_at": {"type": ["string", "null"]}}},
            },
        },
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_path_has_an_operation() {
        let doc = super::document();
        let paths = doc["paths"].as_object().unwrap();
        assert_eq!(paths.len(), 15);
        for (p, item) in paths {
            let ops = item.as_object().unwrap();
            assert!(!ops.is_empty(), "{p}");
            for (_, o) in ops {
                assert!(o["responses"].is_object(), "{p}");
            }
        }
    }
}
