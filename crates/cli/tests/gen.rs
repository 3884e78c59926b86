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

/// `nazar bench` at a tiny scale, HTTP included: one row per path, every figure a number.
/// Nothing timed is asserted; quality is, loosely, so a bench that screens nothing fails.
#[test]
fn bench_prints_a_row_per_path_with_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    let work_s = work.to_string_lossy().into_owned();
    let args = [
        "bench",
        "--scales",
        "500",
        "--queries",
        "50",
        "--brute-force-queries",
        "10",
        "--http",
        "--work-dir",
        &work_s,
    ];
    let o = nazar(&dir.path().join("data"), &args);
    let out = ok(o);
    let rows: Vec<Vec<&str>> = out
        .lines()
        .filter(|l| l.starts_with("| 500 |"))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    let header: Vec<&str> = out
        .lines()
        .find(|l| l.starts_with("| entities |"))
        .unwrap()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect();
    let cell = |row: &[&str], name: &str| -> String {
        let i = header.iter().position(|h| *h == name).unwrap();
        row[i].to_string()
    };
    let num = |row: &[&str], name: &str| -> f64 {
        cell(row, name)
            .parse()
            .unwrap_or_else(|e| panic!("{name}: {e}: {out}"))
    };
    let (cand, brute) = (&rows[0], &rows[1]);
    assert_eq!(cell(cand, "path"), "candidates");
    assert_eq!(cell(brute, "path"), "brute force");
    assert_eq!(num(cand, "queries"), 50.0);
    assert_eq!(num(brute, "queries"), 10.0);
    for name in [
        "gen s",
        "ingest s",
        "index build s",
        "save s",
        "open s",
        "p50 ms",
        "p99 ms",
        "batch screens/s",
        "HTTP p50 ms",
        "HTTP p99 ms",
    ] {
        assert!(num(cand, name) >= 0.0, "{name}");
    }
    for row in [cand, brute] {
        assert!(num(row, "p99 ms") >= num(row, "p50 ms"), "{out}");
        let recall = num(row, "recall");
        let alerts = num(row, "alert rate");
        assert!((0.0..=1.0).contains(&recall) && (0.0..=1.0).contains(&alerts));
    }
    // At 500 persons nearly every listed variant is found; a broken path finds none.
    assert!(num(cand, "recall") >= 0.5, "{out}");
    // Every HTTP request answered 200, with the in-process first result.
    assert!(out.contains("50 requests, 0 not 200"), "{out}");
    // The batch job timed with its opening screened its 20,000 and gives a rate.
    let job = out
        .lines()
        .find(|l| l.starts_with("500: a batch job, opening included"))
        .unwrap_or_else(|| panic!("no batch-job line: {out}"));
    assert!(job.contains("then 20000 screenings"), "{job}");
    let rate: f64 = job
        .rsplit(": ")
        .next()
        .and_then(|r| r.trim_end_matches(" screens/s.").parse().ok())
        .unwrap_or_else(|| panic!("{job}"));
    assert!(rate > 0.0, "{job}");
    // The scratch files are deleted unless --keep.
    assert!(!work.join("scale-500").exists());
}
