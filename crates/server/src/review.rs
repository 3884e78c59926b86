//! The analyst's and the administrator's routes: alerts and decisions, the audit log,
//! re-screening saved subjects, and uploading a new version of a list.

use std::collections::BTreeMap;
use std::io::Write;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::Json;
use nazar_core::{Query, Schema, ScreenOptions};
use nazar_store::{Alert, AlertFilter, IngestMeta, Role};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::auth::{Caller, Request, Served};
use crate::screening::Params;
use crate::{blocking, ApiError, App, Shared};

/// `GET /alerts?status=&subject_id=&entity_id=&agency=&limit=`: the caller's agency's
/// alerts (any agency's for a federal one).
pub async fn alerts(
    State(app): State<Shared>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Analyst, "alerts", |caller| {
            let p = Params::parse(raw.as_deref())?;
            let agency = match p.get("agency") {
                Some(a) if caller.federal => Some(a.to_string()),
                _ if caller.federal => None,
                _ => Some(caller.key.agency.clone()),
            };
            let filter = AlertFilter {
                agency,
                status: p.get("status").map(str::to_string),
                subject_id: p.get("subject_id").map(str::to_string),
                entity_id: p.get("entity_id").map(str::to_string),
                limit: Some(p.number("limit")?.unwrap_or(100usize).min(10_000)),
            };
            let alerts = app.db().alerts(&filter)?;
            let ids = alerts.iter().map(|a| a.entity_id.clone()).collect();
            Ok(Served::new(Json(json!({"alerts": alerts})), None, ids))
        })
    })
    .await
}

/// `POST /alerts/{id}/decision` with `{"decision": "match" | "no-match", "note": "..."}`.
pub async fn decide(
    State(app): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Analyst, "decision", |caller| {
            let v: Value = serde_json::from_slice(&body)
                .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
            let decision = v.get("decision").and_then(Value::as_str).unwrap_or("");
            if decision != "match" && decision != "no-match" {
                return Err(ApiError::unprocessable(
                    "\"decision\" must be \"match\" or \"no-match\"",
                ));
            }
            let note = v.get("note").and_then(Value::as_str);
            let id: i64 = id
                .parse()
                .map_err(|_| ApiError::not_found(format!("no alert {id:?}")))?;
            let mut db = app.db();
            let alert = db
                .alert(id)?
                .filter(|a| caller.sees_agency(Some(&a.agency)))
                .ok_or_else(|| ApiError::not_found(format!("no alert {id}")))?;
            let decided = db
                .decide(alert.id, decision, note, &caller.key.id)?
                .ok_or_else(|| ApiError::not_found(format!("no alert {id}")))?;
            drop(db);
            let ids = vec![decided.entity_id.clone()];
            let mut served = Served::new(Json(json!(decided)), None, ids);
            served.action = Some(format!("decision.{decision}"));
            Ok(served)
        })
    })
    .await
}

/// `GET /audit?after=&limit=`: audit records in order; a non-federal agency sees its own.
pub async fn audit(
    State(app): State<Shared>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Analyst, "audit.read", |caller| {
            let p = Params::parse(raw.as_deref())?;
            let after = p.number("after")?.unwrap_or(0i64);
            let limit = p.number("limit")?.unwrap_or(1000usize).min(10_000);
            let records: Vec<_> = app
                .db()
                .audit_records(after, limit)?
                .into_iter()
                .filter(|r| caller.sees_agency(r.agency.as_deref()))
                .collect();
            Ok(Served::new(
                Json(json!({"records": records})),
                None,
                Vec::new(),
            ))
        })
    })
    .await
}

/// `POST /rescreen`: screens the saved subjects of the caller's agency (all agencies' for a
/// federal one) against the current lists and reports the alerts that are new.
pub async fn rescreen(
    State(app): State<Shared>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Analyst, "rescreen", |caller| {
            let (screened, new_alerts) =
                app.rescreen_subjects(&|agency| caller.sees_agency(Some(agency)))?;
            let ids = new_alerts.iter().map(|a| a.entity_id.clone()).collect();
            let value = Json(json!({"screened": screened, "new_alerts": new_alerts}));
            Ok(Served::new(value, None, ids))
        })
    })
    .await
}

/// `POST /lists/{name}?format=&agency=`: the body is a list file; it becomes the list's next
/// version in one transaction and the index is rebuilt before the answer.
pub async fn upload_list(
    State(app): State<Shared>,
    Path(name): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Admin, "ingest", |caller| {
            let p = Params::parse(raw.as_deref())?;
            nazar_store::validate_list_name(&name)?;
            let agency = list_owner(&app, caller, &name, p.get("agency"))?;
            let format = match p.get("format") {
                Some(f) => Some(nazar_ingest::Format::parse(f).ok_or_else(|| {
                    ApiError::bad_request(format!(
                        "unknown format {f:?}; one of {}",
                        nazar_ingest::Format::NAMES.join(", ")
                    ))
                })?),
                None => None,
            };
            let dir = tempfile::tempdir().map_err(ApiError::internal)?;
            let path = dir.path().join(format!("{name}.upload"));
            let mut f = std::fs::File::create(&path).map_err(ApiError::internal)?;
            f.write_all(&body).map_err(ApiError::internal)?;
            drop(f);
            let format = match format {
                Some(f) => f,
                None => nazar_ingest::detect_bytes(&path, &body[..body.len().min(4096)])
                    .ok_or_else(|| {
                        ApiError::bad_request("cannot tell the list's format; give ?format=")
                    })?,
            };
            let parsed =
                nazar_ingest::parse_files(&name, Some(format), &[path], &Default::default())
                    .map_err(|e| ApiError::bad_request(format!("{e}")))?;
            if parsed.entities.is_empty() {
                return Err(ApiError::unprocessable("the upload holds no entities"));
            }
            let meta = IngestMeta {
                format: format.name().to_string(),
                sources: vec!["upload".to_string()],
                source_digest: Some(nazar_core::model::hex(&Sha256::digest(&body))),
                warnings: parsed.warnings.len(),
                agency,
            };
            let report = app.db().ingest(&name, parsed.entities, &meta)?;
            if app.refresh()? {
                app.rescreen_after_update()?;
            }
            let warnings: Vec<String> = parsed.warnings.iter().map(|w| w.to_string()).collect();
            let ids = vec![format!("{}@{}", report.list, report.version)];
            let value = Json(json!({"report": report, "warnings": warnings}));
            Ok(Served::new(value, meta.source_digest.clone(), ids))
        })
    })
    .await
}

impl App {
    /// Screens the saved subjects of the agencies `scope` admits against the live index, each
    /// against the lists its agency may see, at the default threshold, and raises alerts.
    /// Returns how many subjects were screened and the alerts that are new (an open alert, or
    /// a `no-match` on an unchanged entity, is not raised again).
    pub fn rescreen_subjects(
        &self,
        scope: &dyn Fn(&str) -> bool,
    ) -> Result<(usize, Vec<Alert>), ApiError> {
        let live = self.live();
        let subjects = self.db().subjects()?;
        let mut new_alerts = Vec::new();
        let mut screened = 0usize;
        for (subject, agency, query_json) in subjects {
            if !scope(&agency) {
                continue;
            }
            let Ok(v) = serde_json::from_str::<Value>(&query_json) else {
                continue;
            };
            let schema = v.get("schema").and_then(Value::as_str).map(Schema::parse);
            let props: BTreeMap<String, Vec<String>> = v
                .get("properties")
                .and_then(|p| serde_json::from_value(p.clone()).ok())
                .unwrap_or_default();
            let federal = self.db().agency(&agency)?.is_some_and(|a| a.federal);
            let lists: Vec<String> = live
                .lists
                .iter()
                .filter(|l| l.agency.is_none() || federal || l.agency.as_deref() == Some(&agency))
                .map(|l| l.list.clone())
                .collect();
            if lists.is_empty() {
                continue;
            }
            let opts = ScreenOptions {
                lists,
                ..ScreenOptions::default()
            };
            let hits = live
                .index
                .screen(&Query::from_properties(schema, &props), &opts);
            screened += 1;
            let mut db = self.db();
            for h in hits.iter().filter(|h| h.is_match) {
                let hash = h.entity.content_hash();
                if let Some(a) = db.raise_alert(&subject, &agency, &h.entity.id, &hash, h.score)? {
                    new_alerts.push(a);
                }
            }
        }
        Ok((screened, new_alerts))
    }
}

/// The agency that will own an uploaded list version. An existing private list keeps its
/// owner unless `?agency=` names another, and only its owner or a federal agency may replace
/// it (others get 404, as if it did not exist). A non-federal admin may make a list private
/// to its own agency only.
fn list_owner(
    app: &App,
    caller: &Caller,
    name: &str,
    asked: Option<&str>,
) -> Result<Option<String>, ApiError> {
    let existing = app.db().list(name)?;
    if let Some(l) = &existing {
        if !caller.sees(l) {
            return Err(ApiError::not_found(format!("no list named {name:?}")));
        }
    }
    let owner = match asked {
        Some("") | Some("public") => None,
        Some(a) => Some(a.to_string()),
        None => existing.and_then(|l| l.agency),
    };
    if let Some(a) = &owner {
        if !caller.federal && *a != caller.key.agency {
            return Err(ApiError::forbidden(format!(
                "an admin of agency {:?} cannot make a list private to {a:?}",
                caller.key.agency
            )));
        }
    }
    Ok(owner)
}
