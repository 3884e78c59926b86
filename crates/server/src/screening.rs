//! The yente-compatible routes: `POST /match/{dataset}`, `GET /search/{dataset}`,
//! `GET /entities/{id}`, and `GET /lists`. Screening raises alerts for flagged results and
//! saves the subject for re-screening.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::Json;
use nazar_core::{Query, Schema, ScreenOptions};
use nazar_store::Role;
use serde_json::{json, Map, Value};

use crate::auth::{Caller, Request, Served};
use crate::wire::{self, digest, entity_json, normalize_properties, result_json};
use crate::{blocking, ApiError, App, Shared};

/// URL parameters, repeated ones kept (`include_dataset=a&include_dataset=b`).
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(raw: Option<&str>) -> Result<Params, ApiError> {
        let pairs = serde_urlencoded::from_str::<Vec<(String, String)>>(raw.unwrap_or(""))
            .map_err(|e| ApiError::bad_request(format!("query string: {e}")))?;
        Ok(Params(pairs))
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn number<T: std::str::FromStr>(&self, key: &str) -> Result<Option<T>, ApiError> {
        self.get(key)
            .map(|v| {
                v.trim()
                    .parse::<T>()
                    .map_err(|_| ApiError::bad_request(format!("{key}: not a number: {v:?}")))
            })
            .transpose()
    }
}

/// One query of a `/match` request, read from JSON.
#[derive(Debug)]
struct MatchQuery {
    name: String,
    schema: Option<String>,
    properties: BTreeMap<String, Vec<String>>,
    subject_id: String,
}

fn read_properties(v: Option<&Value>) -> Result<BTreeMap<String, Vec<String>>, String> {
    let mut props = BTreeMap::new();
    let Some(v) = v else { return Ok(props) };
    let obj = v.as_object().ok_or("properties must be an object")?;
    for (k, val) in obj {
        let vals: Vec<String> = match val {
            Value::Array(a) => a
                .iter()
                .filter_map(|x| match x {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect(),
            Value::String(s) => vec![s.clone()],
            Value::Number(n) => vec![n.to_string()],
            Value::Null => Vec::new(),
            _ => {
                return Err(format!(
                    "property {k:?} must be a string or a list of strings"
                ))
            }
        };
        props.insert(k.clone(), vals);
    }
    Ok(props)
}

fn read_match_body(body: &[u8], max: usize) -> Result<Vec<MatchQuery>, ApiError> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
    let queries = v
        .get("queries")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::unprocessable("the body needs a \"queries\" object"))?;
    if queries.len() > max {
        return Err(ApiError::unprocessable(format!(
            "{} queries in one request; at most {max} are allowed",
            queries.len()
        )));
    }
    let mut out = Vec::new();
    for (name, q) in queries {
        let schema = q.get("schema").and_then(Value::as_str).map(str::to_string);
        let properties = read_properties(q.get("properties"))
            .map_err(|e| ApiError::unprocessable(format!("query {name:?}: {e}")))?;
        let subject_id = match q.get("subject_id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            Some(Value::Number(n)) => n.to_string(),
            _ => wire::subject_digest(schema.as_deref(), &properties),
        };
        out.push(MatchQuery {
            name: name.clone(),
            schema,
            properties,
            subject_id,
        });
    }
    Ok(out)
}

/// Screening options from the URL and the lists the caller may see.
pub(crate) fn options(
    app: &App,
    caller: &Caller,
    lists: &[nazar_store::ListInfo],
    dataset: &str,
    params: &Params,
) -> Result<ScreenOptions, ApiError> {
    let mut allowed = app.visible_lists(caller, lists, dataset)?;
    let include = params.all("include_dataset");
    if !include.is_empty() {
        allowed.retain(|l| include.contains(l));
    }
    let exclude = params.all("exclude_dataset");
    allowed.retain(|l| !exclude.contains(l));
    let defaults = ScreenOptions::default();
    Ok(ScreenOptions {
        limit: params.number("limit")?.unwrap_or(5).clamp(1, 500),
        threshold: params.number("threshold")?.unwrap_or(defaults.threshold),
        cutoff: params.number("cutoff")?.unwrap_or(defaults.cutoff),
        lists: allowed,
        ..defaults
    })
}

/// `POST /match/{dataset}`.
pub async fn match_entities(
    State(app): State<Shared>,
    Path(dataset): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Screener, "match", |caller| {
            let params = Params::parse(raw.as_deref())?;
            let queries = read_match_body(&body, app.config.max_queries)?;
            let live = app.live();
            let opts = options(&app, caller, &live.lists, &dataset, &params)?;
            let exclude_ids = params.all("exclude_entity_ids");
            let mut responses = Map::new();
            let mut result_ids: Vec<String> = Vec::new();
            let mut normalized: Vec<Value> = Vec::new();
            let mut flagged: Vec<(String, String, String, f32)> = Vec::new();
            let mut subjects: Vec<(String, String)> = Vec::new();
            for q in &queries {
                let query =
                    Query::from_properties(q.schema.as_deref().map(Schema::parse), &q.properties);
                let norm =
                    json!({"schema": q.schema, "properties": normalize_properties(&q.properties)});
                let mut hits = if opts.lists.is_empty() {
                    Vec::new()
                } else {
                    let wide = ScreenOptions {
                        limit: opts.limit + exclude_ids.len(),
                        ..opts.clone()
                    };
                    live.index.screen(&query, &wide)
                };
                hits.retain(|h| !exclude_ids.contains(&h.entity.id));
                hits.truncate(opts.limit);
                for h in hits.iter().filter(|h| h.is_match) {
                    flagged.push((
                        q.subject_id.clone(),
                        h.entity.id.clone(),
                        h.entity.content_hash(),
                        h.score,
                    ));
                }
                result_ids.extend(hits.iter().map(|h| h.entity.id.clone()));
                subjects.push((q.subject_id.clone(), norm.to_string()));
                normalized.push(json!({"subject_id": q.subject_id, "query": norm}));
                let mut echo = json!({"schema": q.schema, "properties": q.properties});
                echo["subject_id"] = json!(q.subject_id);
                responses.insert(
                    q.name.clone(),
                    json!({
                        "status": 200,
                        "results": hits.iter().map(|h| result_json(h, true)).collect::<Vec<_>>(),
                        "total": {"value": hits.len(), "relation": "eq"},
                        "query": echo,
                    }),
                );
            }
            let mut alert_ids: Vec<i64> = Vec::new();
            {
                let mut db = app.db();
                for (subject, list_query) in &subjects {
                    db.save_subject(subject, &caller.key.agency, list_query)?;
                }
                for (subject, entity, hash, score) in &flagged {
                    if let Some(a) =
                        db.raise_alert(subject, &caller.key.agency, entity, hash, *score)?
                    {
                        alert_ids.push(a.id);
                    }
                }
            }
            app.metrics.screened(queries.len(), flagged.len());
            let value = Json(json!({
                "responses": responses,
                "limit": opts.limit,
                "alerts": alert_ids,
            }));
            Ok(Served::new(
                value,
                Some(digest(&Value::Array(normalized))),
                result_ids,
            ))
        })
    })
    .await
}

/// `GET /search/{dataset}?q=&limit=&offset=`: the name matcher over `q` as a name.
pub async fn search(
    State(app): State<Shared>,
    Path(dataset): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Screener, "search", |caller| {
            let params = Params::parse(raw.as_deref())?;
            let live = app.live();
            let mut opts = options(&app, caller, &live.lists, &dataset, &params)?;
            let limit = params.number("limit")?.unwrap_or(10usize).clamp(1, 500);
            let offset = params.number("offset")?.unwrap_or(0usize).min(10_000);
            let q = params.get("q").unwrap_or("").trim().to_string();
            let query = Query {
                schema: params.get("schema").map(Schema::parse),
                names: vec![q.clone()],
                ..Query::default()
            };
            opts.limit = offset + limit + 1;
            let hits = if q.is_empty() || opts.lists.is_empty() {
                Vec::new()
            } else {
                live.index.screen(&query, &opts)
            };
            let more = hits.len() > offset + limit;
            let page: Vec<_> = hits.iter().skip(offset).take(limit).collect();
            let ids: Vec<String> = page.iter().map(|h| h.entity.id.clone()).collect();
            let digest = digest(&json!({"q": q.to_lowercase(), "schema": params.get("schema")}));
            let value = Json(json!({
                "results": page.iter().map(|h| result_json(h, false)).collect::<Vec<_>>(),
                "total": {
                    "value": hits.len().min(offset + limit),
                    "relation": if more { "gte" } else { "eq" },
                },
                "limit": limit,
                "offset": offset,
            }));
            Ok(Served::new(value, Some(digest), ids))
        })
    })
    .await
}

/// `GET /entities/{id}`: an entity of the current version with its source record.
/// `nested` is accepted; nazar's entities carry no nested entities.
pub async fn entity(
    State(app): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        let found = app.serve_as(&req, Role::Screener, "fetch", |caller| {
            let entity = app.db().entity(&id)?;
            let lists = app.live().lists.clone();
            let visible = entity.filter(|e| {
                let list = e.id.split(':').next().unwrap_or("");
                lists.iter().any(|l| l.list == list && caller.sees(l))
            });
            let ids = visible.iter().map(|e| e.id.clone()).collect();
            let value = visible.map(|e| {
                let mut v = entity_json(&e);
                v["source"] = match &e.source {
                    Some(s) => json!({"format": s.format, "text": s.text}),
                    None => Value::Null,
                };
                v
            });
            Ok(Served::new(value, Some(digest(&json!({"id": id}))), ids))
        })?;
        found
            .map(Json)
            .ok_or_else(|| ApiError::not_found(format!("no entity {id:?}")))
    })
    .await
}

/// `GET /lists`: the lists the caller may see, with their current versions.
pub async fn lists(State(app): State<Shared>, headers: HeaderMap) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Screener, "lists", |caller| {
            let lists = app.db().lists()?;
            let out: Vec<Value> = lists
                .iter()
                .filter(|l| caller.sees(l))
                .map(|l| {
                    json!({
                        "name": l.list,
                        "version": l.version,
                        "entities": l.entities,
                        "by_schema": l.by_schema,
                        "ingested_at": l.ingested_at,
                        "format": l.format,
                        "agency": l.agency,
                    })
                })
                .collect();
            let ids = out
                .iter()
                .filter_map(|l| l["name"].as_str().map(str::to_string))
                .collect();
            Ok(Served::new(Json(json!({"lists": out})), None, ids))
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_params_are_kept() {
        let p = Params::parse(Some("include_dataset=a&include_dataset=b%3Ac&limit=3")).unwrap();
        assert_eq!(p.all("include_dataset"), ["a", "b:c"]);
        assert_eq!(p.number::<usize>("limit").unwrap(), Some(3));
        assert!(p.number::<usize>("include_dataset").is_err());
    }

    #[test]
    fn match_body_limits_and_digests() {
        let body = br#"{"queries":{"a":{"schema":"Person","properties":{"name":["X Y"]}},"b":{"schema":"Person","properties":{"name":"X Y"},"subject_id":"case-1"}}}"#;
        let qs = read_match_body(body, 10).unwrap();
        assert_eq!(qs[0].subject_id.len(), 64);
        assert_eq!(qs[1].subject_id, "case-1");
        assert_eq!(read_match_body(body, 1).unwrap_err().status.as_u16(), 422);
        assert_eq!(read_match_body(b"{", 1).unwrap_err().status.as_u16(), 400);
        assert_eq!(read_match_body(b"{}", 1).unwrap_err().status.as_u16(), 422);
    }
}
