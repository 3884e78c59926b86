//! A bounded HTTP load generator for `POST /match`: a fixed number of keep-alive connections,
//! each sending one request at a time (a closed loop, so the offered load never outruns the
//! server), for a fixed time. Prints throughput and latency percentiles.
//!
//! ```sh
//! cargo run --release -p nazar-server --example loadgen -- \
//!     127.0.0.1:8765 TOKEN /tmp/ofacq.jsonl --connections 4 --seconds 20 --batch 1
//! ```
//!
//! QUERIES is JSON lines shaped like yente's queries (`{"schema", "properties"}`); each
//! request carries `--batch` of them, taken round-robin.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

struct Opts {
    addr: String,
    token: String,
    queries: Vec<Value>,
    connections: usize,
    seconds: u64,
    batch: usize,
}

fn opts() -> Result<Opts, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        return Err(
            "usage: loadgen ADDR TOKEN QUERIES.jsonl [--connections N] [--seconds S] [--batch B]"
                .into(),
        );
    }
    let flag = |name: &str, default: usize| -> Result<usize, String> {
        match args.iter().position(|a| a == name) {
            Some(i) => args
                .get(i + 1)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a number")),
            None => Ok(default),
        }
    };
    let text = std::fs::read_to_string(&args[2]).map_err(|e| format!("{}: {e}", args[2]))?;
    let queries: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|v| json!({"schema": v.get("schema").cloned().unwrap_or(json!("Person")), "properties": v["properties"]}))
        .collect();
    if queries.is_empty() {
        return Err("no queries read".into());
    }
    Ok(Opts {
        addr: args[0].clone(),
        token: args[1].clone(),
        queries,
        connections: flag("--connections", 4)?,
        seconds: flag("--seconds", 10)? as u64,
        batch: flag("--batch", 1)?.max(1),
    })
}

/// Reads one response off a keep-alive connection; returns its status.
fn read_response(r: &mut BufReader<TcpStream>) -> std::io::Result<u16> {
    let mut line = String::new();
    r.read_line(&mut line)?;
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        r.read_line(&mut line)?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; length];
    r.read_exact(&mut body)?;
    Ok(status)
}

fn main() {
    let o = match opts() {
        Ok(o) => Arc::new(o),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(o.seconds);
    let started = Instant::now();
    let workers: Vec<_> = (0..o.connections)
        .map(|_| {
            let o = o.clone();
            let next = next.clone();
            std::thread::spawn(move || {
                let mut lat = Vec::new();
                let mut errors = 0usize;
                let stream = TcpStream::connect(&o.addr).expect("connect");
                stream.set_nodelay(true).ok();
                let mut w = stream.try_clone().expect("clone");
                let mut r = BufReader::new(stream);
                while Instant::now() < deadline {
                    let mut qs = Map::new();
                    for i in 0..o.batch {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        qs.insert(format!("q{i}"), o.queries[n % o.queries.len()].clone());
                    }
                    let body = json!({"queries": qs}).to_string();
                    let req = format!(
                        "POST /match/default HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                        o.addr, o.token, body.len()
                    );
                    let t = Instant::now();
                    w.write_all(req.as_bytes()).expect("write");
                    let status = read_response(&mut r).expect("read");
                    lat.push(t.elapsed());
                    if status != 200 {
                        errors += 1;
                    }
                }
                (lat, errors)
            })
        })
        .collect();
    let mut lat: Vec<Duration> = Vec::new();
    let mut errors = 0;
    for w in workers {
        let (l, e) = w.join().expect("worker");
        lat.extend(l);
        errors += e;
    }
    let secs = started.elapsed().as_secs_f64();
    lat.sort();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1)))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    println!(
        "{} requests ({} queries each) over {} connections in {:.1} s: {:.0} requests/s, {:.0} queries/s; non-200: {}",
        lat.len(),
        o.batch,
        o.connections,
        secs,
        lat.len() as f64 / secs,
        (lat.len() * o.batch) as f64 / secs,
        errors
    );
    println!(
        "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        pct(0.5),
        pct(0.9),
        pct(0.99),
        pct(1.0)
    );
}
