//! `nazar serve` as a user runs it: the real binary on a loopback socket, spoken to with
//! plain HTTP/1.1 over a `TcpStream` (no client library), after `nazar ingest` and
//! `nazar keys create` on the same data directory.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn nazar(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_nazar"));
    c.arg("--data").arg(data);
    c
}

fn demo_list() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo/watchlist.jsonl")
}

/// Kills the server when the test ends, passing or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One request over a fresh connection; answers the status and the body.
fn http(addr: &str, method: &str, path: &str, auth: Option<&str>, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let auth = auth
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "{head}"
    );
    (status, body.to_string())
}

#[test]
fn serve_over_a_socket_with_a_key_from_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = nazar(&data)
        .args(["ingest", "--list", "demo"])
        .arg(demo_list())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = nazar(&data)
        .args(["keys", "create", "--agency", "A", "--role", "screener"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let token = stdout.lines().last().unwrap().trim().to_string();

    let mut child = nazar(&data)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let addr = line
        .trim()
        .strip_prefix("nazar listening on http://")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();

    let started = Instant::now();
    loop {
        if let Ok(s) = TcpStream::connect(&addr) {
            drop(s);
            if http(&addr, "GET", "/healthz", None, "").0 == 200 {
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no /healthz");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (status, body) = http(&addr, "GET", "/healthz", None, "");
    assert_eq!((status, body.as_str()), (200, r#"{"status":"ok"}"#));

    let query =
        r#"{"queries":{"q":{"schema":"Person","properties":{"name":["Tariq Mahmood Qureshi"]}}}}"#;
    let (status, body) = http(&addr, "POST", "/match/default", None, query);
    assert_eq!(status, 401);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(v["error"].is_string() && v["detail"].is_string(), "{v}");

    let auth = format!("ApiKey {token}");
    let (status, body) = http(&addr, "POST", "/match/default", Some(&auth), query);
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["responses"]["q"]["results"][0]["id"], "demo:D-001", "{v}");

    let (status, body) = http(&addr, "GET", "/entities/demo%3AD-001", Some(&auth), "");
    assert_eq!(status, 200, "{body}");
    drop(server);

    // What the server did is in the audit log the CLI verifies.
    let out = nazar(&data).args(["audit", "verify"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
