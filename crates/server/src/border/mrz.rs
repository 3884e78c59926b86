//! `POST /screen/mrz`: a travel document's machine-readable zone, read and its holder screened.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::Json;
use nazar_ingest::mrz::{self, MrzOptions};
use nazar_store::Role;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{screen_subjects, Subject};
use crate::auth::{Request, Served};
use crate::screening::{options, Params};
use crate::{blocking, ApiError, Shared};

/// The body: the MRZ's lines, whether to read them OCR-tolerantly, an optional subject id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    lines: Vec<String>,
    #[serde(default)]
    ocr: bool,
    subject_id: Option<String>,
}

fn read_body(body: &[u8]) -> Result<Body, ApiError> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
    serde_json::from_value(v).map_err(|e| ApiError::unprocessable(format!("the body: {e}")))
}

/// Today as `(year, month, day)`, for the MRZ's century inference.
fn today() -> (i32, u32, u32) {
    use chrono::Datelike;
    let d = chrono::Utc::now().date_naive();
    (d.year(), d.month(), d.day())
}

/// `POST /screen/mrz`.
pub async fn screen_mrz(
    State(app): State<Shared>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let req = Request::from_headers(&headers);
    blocking(move || {
        app.serve_as(&req, Role::Screener, "screen.mrz", |caller| {
            let params = Params::parse(raw.as_deref())?;
            let body = read_body(&body)?;
            let lines: Vec<&str> = body.lines.iter().map(String::as_str).collect();
            let opts = MrzOptions {
                today: Some(today()),
                ocr: body.ocr,
            };
            let document =
                mrz::parse(&lines, &opts).map_err(|e| ApiError::unprocessable(e.to_string()))?;
            let subject_id = body
                .subject_id
                .filter(|s| !s.trim().is_empty())
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|| document.document_number.clone());
            let live = app.live();
            let screen = options(&app, caller, &live.lists, "default", &params)?;
            let subjects = [Subject {
                id: subject_id.clone(),
                query: mrz::to_query(&document),
            }];
            let mut screened = screen_subjects(&app, caller, &live, &screen, &subjects)?;
            let results = screened.results.pop().unwrap_or_default();
            let value = Json(json!({
                "document": document,
                "subject_id": subject_id,
                "results": results,
                "total": {"value": results.len(), "relation": "eq"},
                "limit": screen.limit,
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
