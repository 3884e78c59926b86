//! The border routes: `POST /screen/paxlst` reads a passenger manifest (UN/EDIFACT PAXLST)
//! and screens every traveller on it; `POST /screen/mrz` reads a travel document's
//! machine-readable zone and screens its holder. Both answer results in `/match`'s shape,
//! raise alerts for flagged results and write one audit record per request, as `/match` does.

use std::collections::{BTreeMap, HashMap};

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::Json;
use nazar_core::{prop, Query, ScreenOptions};
use nazar_ingest::paxlst::{self, Manifest};
use nazar_store::Role;
use serde_json::{json, Value};

use crate::auth::{Caller, Request, Served};
use crate::live::Live;
use crate::screening::{options, Params};
use crate::wire::{digest, normalize_properties, result_json};
use crate::{blocking, ApiError, App, Shared};

mod mrz;

pub use mrz::screen_mrz;

/// One subject to screen: its id for alerts and its query.
pub(crate) struct Subject {
    pub id: String,
    pub query: Query,
}

/// What screening a batch of subjects gave: each subject's results in `/match`'s shape,
/// the alerts raised, every result id (for the audit) and the digest of the queries.
pub(crate) struct Screened {
    pub results: Vec<Vec<Value>>,
    pub alerts: Vec<i64>,
    pub result_ids: Vec<String>,
    pub digest: String,
}

/// A query as FtM properties, the form saved subjects are re-screened from.
fn properties(q: &Query) -> BTreeMap<String, Vec<String>> {
    let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut put = |k: &str, v: &str| props.entry(k.to_string()).or_default().push(v.to_string());
    for n in &q.names {
        put(prop::NAME, n);
    }
    for d in &q.birth_dates {
        put(prop::BIRTH_DATE, d);
    }
    for c in &q.nationalities {
        put(prop::NATIONALITY, c);
    }
    if let Some(g) = &q.gender {
        put(prop::GENDER, g);
    }
    for (p, v) in &q.identifiers {
        put(p, v);
    }
    props
}

/// Screens the subjects, saves them for re-screening and raises an alert for every flagged
/// result.
pub(crate) fn screen_subjects(
    app: &App,
    caller: &Caller,
    live: &Live,
    opts: &ScreenOptions,
    subjects: &[Subject],
) -> Result<Screened, ApiError> {
    let mut results = Vec::with_capacity(subjects.len());
    let mut result_ids = Vec::new();
    let mut flagged: Vec<(&str, String, String, f32)> = Vec::new();
    let mut saved = Vec::with_capacity(subjects.len());
    let mut normalized = Vec::with_capacity(subjects.len());
    for s in subjects {
        let hits = if opts.lists.is_empty() {
            Vec::new()
        } else {
            live.index.screen(&s.query, opts)
        };
        for h in hits.iter().filter(|h| h.is_match) {
            flagged.push((&s.id, h.entity.id.clone(), h.entity.content_hash(), h.score));
        }
        result_ids.extend(hits.iter().map(|h| h.entity.id.clone()));
        results.push(hits.iter().map(|h| result_json(h, true)).collect());
        let norm =
            json!({"schema": "Person", "properties": normalize_properties(&properties(&s.query))});
        saved.push((s.id.as_str(), norm.to_string()));
        normalized.push(json!({"subject_id": s.id, "query": norm}));
    }
    let mut alerts = Vec::new();
    {
        let mut db = app.db();
        for (subject, list_query) in &saved {
            db.save_subject(subject, &caller.key.agency, list_query)?;
        }
        for (subject, entity, hash, score) in &flagged {
            if let Some(a) = db.raise_alert(subject, &caller.key.agency, entity, hash, *score)? {
                alerts.push(a.id);
            }
        }
    }
    app.metrics.screened(subjects.len(), flagged.len());
    Ok(Screened {
        results,
        alerts,
        result_ids,
        digest: digest(&Value::Array(normalized)),
    })
}

/// The message text of a `/screen/paxlst` body: the raw message, or `{"message": "..."}`.
fn read_message(body: &[u8]) -> Result<String, ApiError> {
    let text = String::from_utf8_lossy(body);
    if !text.trim_start().starts_with('{') {
        return Ok(text.into_owned());
    }
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
    v.get("message")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| ApiError::unprocessable("the body needs a \"message\" string"))
}

/// The id a traveller's alerts carry: their document number, unless another traveller on
/// the manifest carries the same one (test manifests do), then the traveller's id within
/// this manifest (`paxlst-<digest>/traveller-3`).
fn subject_ids(m: &Manifest, message_digest: &str) -> Vec<String> {
    let number = |t: &paxlst::Traveller| t.documents.iter().find_map(|d| d.number.clone());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for t in &m.travellers {
        if let Some(n) = number(t) {
            *seen.entry(n).or_default() += 1;
        }
    }
    m.travellers
        .iter()
        .map(|t| match number(t) {
            Some(n) if seen.get(&n) == Some(&1) => n,
            _ => format!("paxlst-{}/{}", &message_digest[..12], t.id()),
        })
        .collect()
}

/// `POST /screen/paxlst`: every traveller of a PAXLST manifest, screened.
pub async fn screen_paxlst(
    State(app): State<Shared>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Screener, "screen.paxlst", |caller| {
            let params = Params::parse(raw.as_deref())?;
            let text = read_message(&body)?;
            let manifest = paxlst::parse(&text, std::path::Path::new("message"))
                .map_err(|e| ApiError::unprocessable(e.to_string()))?;
            let max = app.config.max_travellers;
            if manifest.travellers.len() > max {
                return Err(ApiError::unprocessable(format!(
                    "{} travellers in one manifest; at most {max} are allowed",
                    manifest.travellers.len()
                )));
            }
            let live = app.live();
            let opts = options(&app, caller, &live.lists, "default", &params)?;
            let ids = subject_ids(&manifest, &digest(&json!(text)));
            let subjects: Vec<Subject> = manifest
                .travellers
                .iter()
                .zip(ids)
                .map(|(t, id)| Subject {
                    id,
                    query: t.to_query(),
                })
                .collect();
            let screened = screen_subjects(&app, caller, &live, &opts, &subjects)?;
            let travellers: Vec<Value> = manifest
                .travellers
                .iter()
                .zip(&subjects)
                .zip(screened.results)
                .map(|((t, s), results)| {
                    json!({"traveller": t, "subject_id": s.id, "results": results})
                })
                .collect();
            let summary = json!({
                "version": manifest.version,
                "message_type": manifest.message_type,
                "sender": manifest.sender,
                "receiver": manifest.receiver,
                "document": manifest.document,
                "flights": manifest.flights,
                "travellers": manifest.travellers.len(),
                "control_count": manifest.control_count,
            });
            let warnings: Vec<String> = manifest
                .warnings
                .iter()
                .map(|w| format!("{}: {}", w.location, w.message))
                .collect();
            let value = Json(json!({
                "manifest": summary,
                "travellers": travellers,
                "warnings": warnings,
                "limit": opts.limit,
                "alerts": screened.alerts,
            }));
            Ok(Served::new(
                value,
                Some(screened.digest),
                screened.result_ids,
            ))
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_the_message_or_json_with_one() {
        assert_eq!(read_message(b"UNB+A'").unwrap(), "UNB+A'");
        assert_eq!(read_message(br#"{"message":"UNB+A'"}"#).unwrap(), "UNB+A'");
        assert_eq!(read_message(b"{").unwrap_err().status.as_u16(), 400);
        assert_eq!(read_message(b"{}").unwrap_err().status.as_u16(), 422);
    }

    #[test]
    fn shared_document_numbers_fall_back_to_the_traveller_id() {
        let m = paxlst::parse(
            "UNB+A'NAD+FL+++A:B'DOC+P+111'NAD+FL+++C:D'DOC+P+222'NAD+FL+++E:F'DOC+P+222'NAD+FL+++G:H'",
            std::path::Path::new("m"),
        )
        .unwrap();
        let ids = subject_ids(&m, &"0".repeat(64));
        assert_eq!(ids[0], "111");
        assert_eq!(ids[1], "paxlst-000000000000/traveller-2");
        assert_eq!(ids[3], "paxlst-000000000000/traveller-4");
    }

    #[test]
    fn queries_become_properties_for_rescreening() {
        let q = Query {
            names: vec!["ANNA SMITH".into()],
            birth_dates: vec!["1970-01-02".into()],
            gender: Some("female".into()),
            identifiers: vec![("passportNumber".into(), "X1".into())],
            ..Query::default()
        };
        let p = properties(&q);
        assert_eq!(p["name"], ["ANNA SMITH"]);
        assert_eq!(p["passportNumber"], ["X1"]);
        assert_eq!(p["gender"], ["female"]);
    }
}
