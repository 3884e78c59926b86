//! nazar's HTTP screening service: a yente-compatible API (`/match`, `/search`,
//! `/entities`) with API keys and roles, private lists, alerts and decisions, and an audit
//! record for every request that reaches authentication.
//!
//! # Tutorial
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use nazar_server::{App, Config};
//! let store = nazar_store::SqliteStore::open(std::path::Path::new("./nazar-data"))?;
//! let app = App::new(Box::new(store), Config::default())?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8000").await?;
//! nazar_server::serve(listener, app).await?;
//! # Ok(()) }
//! ```
//!
//! [`App`] holds the store (behind a mutex: SQLite connections are not shared between
//! threads) and the live [`Index`](nazar_core::Index) as an `Arc`, swapped whole when a list version changes
//! ([`live`]). [`router`] builds the axum `Router`; tests drive it in-process with
//! `tower::ServiceExt::oneshot`.
//!
//! **Architecture invariant:** this is the only crate that knows about HTTP and JSON wire
//! shapes; matching stays in `nazar-core`, persistence in `nazar-store`.
//!
//! **Architecture invariant:** an audit record is appended (durably) before the response that
//! it describes is sent; a request whose record cannot be written fails with 500.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use nazar_store::{AccessStore, Store};
use serde::Deserialize;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

mod auth;
mod border;
mod error;
pub mod live;
mod metrics;
mod openapi;
mod ops;
mod review;
mod screening;
mod wire;

pub use error::ApiError;
pub use live::Live;

/// The store the service needs: list versions and access control in one database.
pub trait Backend: Store + AccessStore + Send {}
impl<T: Store + AccessStore + Send> Backend for T {}

/// Service settings, from an optional `nazar.toml`; command-line flags override them.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `HOST:PORT` to listen on.
    pub addr: Option<String>,
    /// Queries per `/match` request at most.
    pub max_queries: usize,
    /// Travellers per `/screen/paxlst` manifest at most (a larger one is refused with 422):
    /// each costs about a millisecond of screening, and the request has a timeout.
    pub max_travellers: usize,
    /// Request bodies larger than this many megabytes are refused with 413.
    pub body_limit_mb: usize,
    /// Requests per minute per key; 0 for no limit.
    pub rate_limit_per_minute: u32,
    /// A request running longer than this is answered with 408.
    pub request_timeout_secs: u64,
    /// Screened subjects and alert details older than this many days are purged.
    pub retention_days: Option<u32>,
    /// How often the list versions are checked for an update, in seconds.
    pub reload_secs: u64,
    /// Where the persisted index file lives (`nazar serve` uses the store directory), so that
    /// the service opens it instead of building the index; none: built in memory.
    pub index_dir: Option<std::path::PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: None,
            max_queries: 100,
            max_travellers: 10_000,
            body_limit_mb: 10,
            rate_limit_per_minute: 600,
            request_timeout_secs: 30,
            retention_days: None,
            reload_secs: 5,
            index_dir: None,
        }
    }
}

impl Config {
    /// Reads a `nazar.toml`.
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The service's shared state.
pub struct App {
    db: Mutex<Box<dyn Backend>>,
    live: RwLock<Arc<Live>>,
    config: Config,
    limiter: auth::RateLimiter,
    metrics: metrics::Metrics,
}

/// What handlers share.
pub type Shared = Arc<App>;

impl App {
    /// Loads the current list versions into an index and makes the service state.
    pub fn new(store: Box<dyn Backend>, config: Config) -> Result<Shared, ApiError> {
        let db = Mutex::new(store);
        let live = live::load(&db, config.index_dir.as_deref())?;
        Ok(Arc::new(App {
            db,
            live: RwLock::new(Arc::new(live)),
            limiter: auth::RateLimiter::new(config.rate_limit_per_minute),
            config,
            metrics: metrics::Metrics::default(),
        }))
    }

    /// The store, locked. A poisoned lock is taken over: the store's own transactions keep
    /// it consistent, whatever a panicking request left half done.
    fn db(&self) -> MutexGuard<'_, Box<dyn Backend>> {
        lock(&self.db)
    }

    /// The index and list versions a request works on; it keeps them even if a newer
    /// version is swapped in meanwhile.
    pub fn live(&self) -> Arc<Live> {
        self.live.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs blocking work (the store, screening) off the async threads. A panic in it becomes a
/// 500 that says nothing internal.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("task failed: {e}")))?
}

/// The service's routes with their limits, timeouts and error shaping.
pub fn router(app: Shared) -> Router {
    let body_limit = app.config.body_limit_mb.saturating_mul(1024 * 1024);
    let timeout = Duration::from_secs(app.config.request_timeout_secs.max(1));
    Router::new()
        .route("/match/{dataset}", post(screening::match_entities))
        .route("/search/{dataset}", get(screening::search))
        .route("/entities/{id}", get(screening::entity))
        .route("/screen/paxlst", post(border::screen_paxlst))
        .route("/screen/mrz", post(border::screen_mrz))
        .route("/lists", get(screening::lists))
        .route("/lists/{name}", post(review::upload_list))
        .route("/alerts", get(review::alerts))
        .route("/alerts/{id}/decision", post(review::decide))
        .route("/audit", get(review::audit))
        .route("/rescreen", post(review::rescreen))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(ops::openapi))
        .fallback(ops::not_found)
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(span))
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            metrics::observe,
        ))
        .with_state(app)
}

/// The span of a request names its method and route, never its path or query string:
/// those can carry a name (`/search?q=...`).
fn span(req: &axum::extract::Request) -> tracing::Span {
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str())
        .unwrap_or("unmatched");
    tracing::info_span!("request", method = %req.method(), route)
}

/// Serves until Ctrl-C or SIGTERM, reloading the index when list versions change.
pub async fn serve(listener: tokio::net::TcpListener, app: Shared) -> std::io::Result<()> {
    let reloader = tokio::spawn(live::watch(app.clone()));
    let result = axum::serve(listener, router(app))
        .with_graceful_shutdown(shutdown())
        .await;
    reloader.abort();
    result
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_from_toml_with_defaults() {
        let c: Config = toml::from_str("max_queries = 5\nrate_limit_per_minute = 0").unwrap();
        assert_eq!(c.max_queries, 5);
        assert_eq!(c.rate_limit_per_minute, 0);
        assert_eq!(c.body_limit_mb, 10);
        assert!(toml::from_str::<Config>("nonsense = 1").is_err());
    }
}
