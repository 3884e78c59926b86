//! Helpers shared by the integration tests that drive the `nazar` binary.
// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// Runs `nazar --data DATA ARGS...` and returns what it printed.
pub fn nazar(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nazar"))
        .arg("--data")
        .arg(data)
        .args(args)
        .output()
        .expect("run nazar")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The output of a run that must have succeeded; a failure shows stderr and stdout.
pub fn ok(o: Output) -> Output {
    assert!(
        o.status.success(),
        "nazar failed: {}\n{}",
        String::from_utf8_lossy(&o.stderr),
        stdout(&o)
    );
    o
}

/// Stdout parsed as one JSON value.
pub fn json(o: &Output) -> Value {
    serde_json::from_str(stdout(o).trim()).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// The repository root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
