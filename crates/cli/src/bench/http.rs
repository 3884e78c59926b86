//! `nazar bench --http`: the service started in-process on 127.0.0.1 over the bench's own
//! store, then one `POST /match/default` at a time from a blocking client, as a caller who
//! screens one traveller at a time would.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use nazar_server::{App, Config};
use nazar_store::{AccessStore, Role, SqliteStore};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::scale::{peak_rss_mb, percentile_ms, Labelled};
use crate::store_err;

/// Latency of single-query `/match` requests over loopback.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HttpFigures {
    /// Starting the service: opening the store and its index file.
    pub start_s: f64,
    pub requests: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Requests answered with a status other than 200.
    pub errors: usize,
    /// Requests whose first result is the in-process candidate path's first result.
    pub agree: usize,
    /// Peak RSS of the process by the end, MB (the service builds its own index).
    pub rss_mb: Option<f64>,
}

/// Starts the service over the store in `data` and screens every query through it, one
/// request at a time. `tops` is the in-process first result per query, to check agreement.
pub fn measure(data: &Path, queries: &[Labelled], tops: &[Option<String>]) -> Result<HttpFigures> {
    let started = Instant::now();
    let mut store = SqliteStore::open(data).map_err(store_err)?;
    let key = store
        .create_key("bench", Role::Screener, None)
        .map_err(store_err)?;
    // The service opens the store's index file, as `nazar serve` does.
    let config = Config {
        rate_limit_per_minute: 0,
        index_dir: Some(data.to_path_buf()),
        ..Config::default()
    };
    let app =
        App::new(Box::new(store), config).map_err(|e| anyhow!("starting the service: {e}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .context("listening on 127.0.0.1")?;
    let addr = listener.local_addr()?;
    // The server runs until the process ends; the bench child exits right after.
    std::thread::spawn(move || {
        runtime.block_on(async move {
            if let Err(e) = nazar_server::serve(listener, app).await {
                eprintln!("bench: the service stopped: {e}");
            }
        })
    });
    let start_s = started.elapsed().as_secs_f64();

    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let url = format!("http://{addr}/match/default");
    let auth = format!("Bearer {}", key.token);
    let mut latencies = Vec::with_capacity(queries.len());
    let (mut errors, mut agree) = (0, 0);
    for (q, top) in queries.iter().zip(tops) {
        let body = json!({"queries": {"q": q.body}}).to_string();
        let t = Instant::now();
        let mut response = agent
            .post(&url)
            .header("Authorization", &auth)
            .content_type("application/json")
            .send(&body)
            .with_context(|| format!("POST {url}"))?;
        let text = response
            .body_mut()
            .read_to_string()
            .context("reading a /match answer")?;
        latencies.push(t.elapsed());
        if response.status() != 200 {
            errors += 1;
            continue;
        }
        let v: Value = serde_json::from_str(&text).context("a /match answer is not JSON")?;
        let first = v["responses"]["q"]["results"][0]["id"].as_str();
        agree += usize::from(first == top.as_deref());
    }
    latencies.sort();
    Ok(HttpFigures {
        start_s,
        requests: latencies.len(),
        p50_ms: percentile_ms(&latencies, 0.50),
        p99_ms: percentile_ms(&latencies, 0.99),
        errors,
        agree,
        rss_mb: peak_rss_mb(),
    })
}
