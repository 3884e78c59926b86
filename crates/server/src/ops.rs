//! Routes for operators, open without a key: `/healthz`, `/readyz` (503 when a list is older
//! than its maximum age), `/metrics`, `/openapi.json`, and the JSON 404 for unknown routes.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use crate::{blocking, ApiError, App, Shared};

pub async fn healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// `GET /readyz`: `{"status": "ok"}`, or 503 naming each list last checked longer ago than
/// its `max_age_days.<list>` setting. A list's age counts from `checked_at.<list>` (set by
/// `nazar update` when the publisher had nothing new) or else from its last ingest.
pub async fn readyz(State(app): State<Shared>) -> Result<Response, ApiError> {
    let stale = blocking(move || app.stale_lists()).await?;
    if stale.is_empty() {
        return Ok(Json(json!({"status": "ok"})).into_response());
    }
    let detail = stale.join("; ");
    Ok((
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({"status": "stale", "error": "stale", "detail": detail})),
    )
        .into_response())
}

impl App {
    /// Why each stale list is stale, in words.
    pub fn stale_lists(&self) -> Result<Vec<String>, ApiError> {
        let live = self.live();
        let db = self.db();
        let now = chrono::Utc::now();
        let mut out = Vec::new();
        for l in &live.lists {
            let Some(days) = db.setting(&format!("max_age_days.{}", l.list))? else {
                continue;
            };
            let Ok(days) = days.trim().parse::<i64>() else {
                continue;
            };
            let checked = db.setting(&format!("checked_at.{}", l.list))?;
            let since = checked.as_deref().unwrap_or(&l.ingested_at);
            let Ok(at) = chrono::DateTime::parse_from_rfc3339(since) else {
                out.push(format!("list {}: unreadable time {since:?}", l.list));
                continue;
            };
            let age = now.signed_duration_since(at.with_timezone(&chrono::Utc));
            if age > chrono::Duration::days(days) {
                out.push(format!(
                    "list {} was last updated {} days ago; its maximum age is {days} days",
                    l.list,
                    age.num_days()
                ));
            }
        }
        Ok(out)
    }
}

/// `GET /metrics` in Prometheus text format.
pub async fn metrics(State(app): State<Shared>) -> Response {
    app.metrics.set_entities(app.live().index.len());
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        app.metrics.render(),
    )
        .into_response()
}

pub async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route; see /openapi.json")
}
