//! Counters and a latency histogram in Prometheus text format, written by hand, and the
//! outermost middleware that feeds them and gives every error answer a JSON body.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, State};
use axum::http::{header, Request};
use axum::middleware::Next;
use axum::response::Response;

use crate::Shared;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

#[derive(Default)]
pub struct Metrics {
    /// Requests by (route, status).
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    /// Sum of latencies in microseconds.
    sum_micros: AtomicU64,
    queries: AtomicU64,
    alerts: AtomicU64,
    rate_limited: AtomicU64,
    reloads: AtomicU64,
    entities: AtomicU64,
}

impl Metrics {
    fn observe(&self, route: &str, status: u16, secs: f64) {
        *crate::lock(&self.requests)
            .entry((route.to_string(), status))
            .or_default() += 1;
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                self.buckets[i].fetch_add(1, Relaxed);
            }
        }
        self.count.fetch_add(1, Relaxed);
        self.sum_micros.fetch_add((secs * 1e6) as u64, Relaxed);
    }

    pub fn screened(&self, queries: usize, alerts: usize) {
        self.queries.fetch_add(queries as u64, Relaxed);
        self.alerts.fetch_add(alerts as u64, Relaxed);
    }

    pub fn rate_limited(&self) {
        self.rate_limited.fetch_add(1, Relaxed);
    }

    pub fn reloaded(&self, entities: usize) {
        self.reloads.fetch_add(1, Relaxed);
        self.entities.store(entities as u64, Relaxed);
    }

    pub fn set_entities(&self, entities: usize) {
        self.entities.store(entities as u64, Relaxed);
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut s = String::new();
        s.push_str("# HELP nazar_http_requests_total HTTP requests by route and status.\n");
        s.push_str("# TYPE nazar_http_requests_total counter\n");
        for ((route, status), n) in crate::lock(&self.requests).iter() {
            let _ = writeln!(
                s,
                "nazar_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}",
                route.replace('\\', "\\\\").replace('"', "\\\"")
            );
        }
        s.push_str("# HELP nazar_http_request_duration_seconds Time to answer a request.\n");
        s.push_str("# TYPE nazar_http_request_duration_seconds histogram\n");
        for (i, b) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                s,
                "nazar_http_request_duration_seconds_bucket{{le=\"{b}\"}} {}",
                self.buckets[i].load(Relaxed)
            );
        }
        let count = self.count.load(Relaxed);
        let _ = writeln!(
            s,
            "nazar_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            s,
            "nazar_http_request_duration_seconds_sum {}",
            self.sum_micros.load(Relaxed) as f64 / 1e6
        );
        let _ = writeln!(s, "nazar_http_request_duration_seconds_count {count}");
        let simple = [
            (
                "nazar_queries_total",
                "counter",
                "Queries screened.",
                &self.queries,
            ),
            (
                "nazar_alerts_total",
                "counter",
                "Results flagged as matches.",
                &self.alerts,
            ),
            (
                "nazar_rate_limited_total",
                "counter",
                "Requests refused by the rate limit.",
                &self.rate_limited,
            ),
            (
                "nazar_index_reloads_total",
                "counter",
                "Index rebuilds after a list update.",
                &self.reloads,
            ),
            (
                "nazar_index_entities",
                "gauge",
                "Entities in the live index.",
                &self.entities,
            ),
        ];
        for (name, kind, help, v) in simple {
            let _ = writeln!(
                s,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {}",
                v.load(Relaxed)
            );
        }
        s
    }
}

/// Records each request's route, status and latency, and replaces the body of an error
/// answer that is not ours (a limit layer's 413, the timeout's 408, axum's rejections) by a
/// JSON one. A server error never carries anything internal.
pub async fn observe(State(app): State<Shared>, req: Request<Body>, next: Next) -> Response {
    let started = Instant::now();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let mut resp = next.run(req).await;
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.is_client_error() && !is_json {
        let detail = match status.as_u16() {
            413 => format!(
                "the request body is larger than {} MB",
                app.config.body_limit_mb
            ),
            408 => "the request took too long".to_string(),
            405 => "this route does not take that method".to_string(),
            _ => status.canonical_reason().unwrap_or("error").to_string(),
        };
        resp = crate::error::body(status, crate::error::code_of(status), &detail);
    } else if status.is_server_error() && !is_json {
        resp = crate::error::body(
            status,
            "internal",
            "the server failed to answer this request",
        );
    }
    app.metrics
        .observe(&route, status.as_u16(), started.elapsed().as_secs_f64());
    resp
}
