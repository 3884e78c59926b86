//! `nazar gen`, driving the real binary: the same seed writes the same bytes, and the file
//! ingests as it is with `nazar ingest --list synth`; the query set names ingested ids.

use std::process::Output;

mod common;
use common::nazar;

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "status {:?}\nstdout: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn gen_is_deterministic_and_ingests_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = |f: &str| dir.path().join(f).to_string_lossy().into_owned();
    let (a, b, q) = (p("a.jsonl"), p("b.jsonl"), p("q.jsonl"));
    let args = |out: &str| {
        vec![
            "gen".to_string(),
            "--persons".into(),
            "300".into(),
            "--seed".into(),
            "9".into(),
            "--out".into(),
            out.to_string(),
            "--queries".into(),
            q.clone(),
            "--query-count".into(),
            "50".into(),
        ]
    };
    let run = |out: &str| {
        let a = args(out);
        ok(nazar(
            &data,
            &a.iter().map(String::as_str).collect::<Vec<_>>(),
        ))
    };
    assert!(run(&a).contains("wrote 300 persons"));
    run(&b);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let queries = std::fs::read_to_string(&q).unwrap();
    assert_eq!(queries.lines().count(), 50);

    let out = ok(nazar(&data, &["ingest", "--list", "synth", &a]));
    assert!(out.contains("300 added"), "{out}");
    assert!(out.contains("0 warnings"), "{out}");
    // A listed query's expected id is an ingested entity: screening finds it.
    let line = queries
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["expected"].is_string())
        .unwrap();
    let expected = line["expected"].as_str().unwrap();
    let out = ok(nazar(
        &data,
        &["screen", "--list", "synth", "--input", &q, "--json"],
    ));
    assert!(out.contains(expected), "{expected} not in {out}");
}
