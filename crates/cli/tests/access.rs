//! The `nazar keys`, `nazar agencies` and `nazar audit` commands, driving the real binary, and
//! the audit records the other commands leave.

use std::path::Path;
use std::process::Output;

use serde_json::Value;

mod common;
use common::{nazar, workspace};

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "status {:?}\nstdout: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn last_line(s: &str) -> &str {
    s.lines().last().unwrap_or_default()
}

fn export(data: &Path) -> Vec<Value> {
    ok(nazar(data, &["audit", "export"]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn is_token(t: &str) -> bool {
    let secret = t.rsplit('_').next().unwrap_or_default();
    t.starts_with("nzr_k_") && secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit())
}

#[test]
fn create_list_rotate_revoke_keys() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = ok(nazar(
        &data,
        &[
            "keys", "create", "--agency", "border", "--role", "analyst", "--days", "30",
        ],
    ));
    let token = last_line(&out).to_string();
    assert!(is_token(&token), "{token}");

    let keys: Value = serde_json::from_str(&ok(nazar(&data, &["keys", "list", "--json"]))).unwrap();
    assert_eq!(keys.as_array().unwrap().len(), 1);
    let id = keys[0]["id"].as_str().unwrap().to_string();
    assert_eq!(keys[0]["role"], "analyst");
    assert_eq!(keys[0]["status"], "active");
    assert!(token.starts_with(&format!("nzr_{id}_")));
    // The listing never shows the token.
    assert!(!ok(nazar(&data, &["keys", "list"])).contains(&token[token.len() - 64..]));

    let out = ok(nazar(&data, &["keys", "rotate", &id, "--grace-hours", "2"]));
    let rotated = last_line(&out);
    assert!(is_token(rotated) && rotated != token);
    let keys: Value = serde_json::from_str(&ok(nazar(&data, &["keys", "list", "--json"]))).unwrap();
    assert_eq!(keys.as_array().unwrap().len(), 2);
    assert_eq!(keys[0]["status"], "grace");

    ok(nazar(&data, &["keys", "revoke", &id]));
    let keys: Value = serde_json::from_str(&ok(nazar(&data, &["keys", "list", "--json"]))).unwrap();
    assert_eq!(keys[0]["status"], "revoked");
    assert_eq!(keys[1]["status"], "active");
    assert_eq!(
        nazar(&data, &["keys", "revoke", "k_nope"]).status.code(),
        Some(2)
    );
    assert_eq!(
        nazar(
            &data,
            &["keys", "create", "--agency", "a", "--role", "root"]
        )
        .status
        .code(),
        Some(2)
    );

    ok(nazar(
        &data,
        &["agencies", "set", "border", "--federal", "true"],
    ));
    assert!(ok(nazar(&data, &["agencies", "list"])).contains("border\tfederal true"));

    let actions: Vec<String> = export(&data)
        .iter()
        .map(|r| r["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions,
        ["key.create", "key.rotate", "key.revoke", "agency.set"]
    );
}

#[test]
fn ingest_and_screen_are_audited_and_the_export_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let demo = workspace().join("examples/demo/watchlist.jsonl");
    ok(nazar(
        &data,
        &["ingest", "--list", "demo", demo.to_str().unwrap()],
    ));
    let r: Value = serde_json::from_str(&ok(nazar(
        &data,
        &[
            "screen",
            "--name",
            "عبدالرحمن یوسفزئی",
            "--dob",
            "1984",
            "--json",
        ],
    )))
    .unwrap();
    let matched: Vec<&str> = r["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["match"] == true)
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert!(!matched.is_empty(), "the demo list has this person: {r}");

    let records = export(&data);
    assert_eq!(records.len(), 2);
    let fields = [
        "action",
        "agency",
        "hash",
        "key_id",
        "prev_hash",
        "purpose",
        "query_digest",
        "result_ids",
        "role",
        "seq",
        "time",
    ];
    for r in &records {
        let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, fields);
        assert_eq!(r["role"], "operator");
        assert!(r["key_id"].is_null() && r["agency"].is_null());
    }
    assert_eq!(records[0]["action"], "ingest");
    assert_eq!(records[0]["result_ids"], serde_json::json!([]));
    assert!(records[0]["query_digest"].is_null());
    let screen = &records[1];
    assert_eq!(screen["action"], "screen");
    assert_eq!(screen["query_digest"].as_str().unwrap().len(), 64);
    let mut expected = matched.clone();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(screen["result_ids"], serde_json::json!(expected));
    // No names in the audit.
    let text = ok(nazar(&data, &["audit", "export"]));
    assert!(!text.contains("عبدالرحمن") && !text.contains("1984"));

    let out = ok(nazar(&data, &["audit", "verify"]));
    assert_eq!(out.trim(), "ok: 2 records");
    let file = dir.path().join("audit.jsonl");
    std::fs::write(&file, &text).unwrap();
    let out = ok(nazar(
        &data,
        &["audit", "verify", "--file", file.to_str().unwrap()],
    ));
    assert_eq!(out.trim(), "ok: 2 records");
    ok(nazar(&data, &["audit", "purge", "--days", "30"]));
    assert_eq!(
        ok(nazar(&data, &["audit", "verify"])).trim(),
        "ok: 3 records"
    );
}

/// Writes `records` as an export file and runs `audit verify --file` on it.
fn verify_file(data: &Path, dir: &Path, records: &[Value]) -> Output {
    let file = dir.join("tampered.jsonl");
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&file, text).unwrap();
    nazar(data, &["audit", "verify", "--file", file.to_str().unwrap()])
}

fn assert_broken_at(o: Output, seq: i64, why: &str) {
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("record seq {seq}")) && stdout.contains(why),
        "{stdout}"
    );
}

#[test]
fn tampering_with_an_export_fails_verify_naming_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    for agency in ["a", "b", "c", "d"] {
        ok(nazar(
            &data,
            &["keys", "create", "--agency", agency, "--role", "screener"],
        ));
    }
    let records = export(&data);
    assert_eq!(records.len(), 4);
    assert_eq!(
        verify_file(&data, dir.path(), &records).status.code(),
        Some(0)
    );

    let edits: [(&str, Value); 10] = [
        ("time", "2020-01-01T00:00:00.000Z".into()),
        ("key_id", "k_forged".into()),
        ("agency", "a".into()),
        ("role", "admin".into()),
        ("action", "key.revoke".into()),
        ("purpose", "audit".into()),
        ("query_digest", "00".into()),
        ("result_ids", serde_json::json!([])),
        ("hash", "ab".repeat(32).into()),
        ("seq", 7.into()),
    ];
    for (field, value) in edits {
        let mut t = records.clone();
        t[2][field] = value;
        let o = verify_file(&data, dir.path(), &t);
        let seq = if field == "seq" { 7 } else { 3 };
        let why = if field == "seq" {
            "seq gap"
        } else {
            "hash mismatch"
        };
        assert_broken_at(o, seq, why);
    }
    let mut t = records.clone();
    t[2]["prev_hash"] = "ab".repeat(32).into();
    assert_broken_at(verify_file(&data, dir.path(), &t), 3, "prev_hash mismatch");

    // An added or a removed field.
    let mut t = records.clone();
    t[1]["extra"] = 1.into();
    assert_broken_at(verify_file(&data, dir.path(), &t), 2, "fields");
    let mut t = records.clone();
    t[1].as_object_mut().unwrap().remove("purpose");
    assert_broken_at(verify_file(&data, dir.path(), &t), 2, "fields");

    // A removed and an inserted record.
    let mut t = records.clone();
    t.remove(1);
    assert_broken_at(verify_file(&data, dir.path(), &t), 3, "seq gap");
    let mut t = records.clone();
    let copy = t[1].clone();
    t.insert(1, copy);
    assert_broken_at(verify_file(&data, dir.path(), &t), 2, "");

    // The store itself still verifies.
    assert_eq!(
        ok(nazar(&data, &["audit", "verify"])).trim(),
        "ok: 4 records"
    );
}
