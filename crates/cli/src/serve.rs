//! `nazar serve`: the HTTP screening service over the data directory (see `nazar-server`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use nazar_server::{App, Config};

use crate::{admin, UserError};

#[derive(clap::Args)]
pub struct Args {
    /// Where to listen, `HOST:PORT`; port 0 picks a free port. Default 127.0.0.1:8000.
    #[arg(long)]
    addr: Option<String>,
    /// Settings file (`addr`, `max_queries`, `body_limit_mb`, `rate_limit_per_minute`,
    /// `request_timeout_secs`, `retention_days`, `reload_secs`); flags override it.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Queries per /match request at most.
    #[arg(long)]
    max_queries: Option<usize>,
    /// Request bodies above this many MB are refused with 413.
    #[arg(long)]
    body_limit_mb: Option<usize>,
    /// Requests per minute per key; 0 for no limit.
    #[arg(long)]
    rate_limit_per_minute: Option<u32>,
    /// Seconds a request may take before it is answered with 408.
    #[arg(long)]
    request_timeout_secs: Option<u64>,
    /// Purge screened subjects and alert details older than this many days.
    #[arg(long)]
    retention_days: Option<u32>,
}

/// The settings: `--config FILE`, else `nazar.toml` in the working directory if there is
/// one, else the defaults; then the flags.
fn config(args: &Args) -> Result<Config> {
    let file = match &args.config {
        Some(p) => Some(p.clone()),
        None => Some(PathBuf::from("nazar.toml")).filter(|p| p.is_file()),
    };
    let mut c = match file {
        Some(p) => Config::load(&p).map_err(UserError)?,
        None => Config::default(),
    };
    if let Some(a) = &args.addr {
        c.addr = Some(a.clone());
    }
    if let Some(v) = args.max_queries {
        c.max_queries = v;
    }
    if let Some(v) = args.body_limit_mb {
        c.body_limit_mb = v;
    }
    if let Some(v) = args.rate_limit_per_minute {
        c.rate_limit_per_minute = v;
    }
    if let Some(v) = args.request_timeout_secs {
        c.request_timeout_secs = v;
    }
    if args.retention_days.is_some() {
        c.retention_days = args.retention_days;
    }
    Ok(c)
}

/// Logs go to stderr at `NAZAR_LOG` (error, warn, info, debug, trace; default info). They
/// carry key ids, routes and digests, never names or query content.
fn init_logging() {
    let level = std::env::var("NAZAR_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing_subscriber::filter::LevelFilter>().ok())
        .unwrap_or(tracing_subscriber::filter::LevelFilter::INFO);
    let _ = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
}

pub fn run(data: &Path, args: Args) -> Result<ExitCode> {
    init_logging();
    let mut config = config(&args)?;
    if config.index_dir.is_none() {
        config.index_dir = Some(data.to_path_buf());
    }
    let addr = config
        .addr
        .clone()
        .unwrap_or_else(|| "127.0.0.1:8000".to_string());
    let store = admin::open(data)?;
    let app = App::new(Box::new(store), config).map_err(|e| anyhow::anyhow!("{e}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .map_err(|e| UserError(format!("cannot listen on {addr}: {e}")))?;
        let local = listener.local_addr()?;
        // The first stdout line names the address, so scripts (and tests) can use port 0.
        println!("nazar listening on http://{local}");
        std::io::stdout().flush()?;
        nazar_server::serve(listener, app)
            .await
            .context("serving HTTP")?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Wrap {
        #[command(flatten)]
        args: Args,
    }

    #[test]
    fn flags_override_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nazar.toml");
        std::fs::write(
            &file,
            "addr = \"0.0.0.0:9000\"\nmax_queries = 7\nbody_limit_mb = 3\n",
        )
        .unwrap();
        let f = file.to_str().unwrap();
        let w = Wrap::parse_from(["x", "--config", f, "--max-queries", "9"]);
        let c = config(&w.args).unwrap();
        assert_eq!(c.addr.as_deref(), Some("0.0.0.0:9000"));
        assert_eq!((c.max_queries, c.body_limit_mb), (9, 3));
        let w = Wrap::parse_from(["x", "--config", "/nonexistent/nazar.toml"]);
        assert!(config(&w.args).is_err());
    }
}
