//! Runs the engine on the synthetic sample shipped in examples/resolve and checks the
//! clusters against the sample's known answer, the report, the explanations and the
//! memory-capped (spilling) path.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use nazar_resolve::config::Config;
use nazar_resolve::{data, evaluate, explain, report, resolve, Options, Resolution};

fn sample_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/resolve")
}

fn run(max_memory: Option<u64>) -> (Config, Resolution) {
    let dir = sample_dir();
    let cfg =
        Config::from_toml(&std::fs::read_to_string(dir.join("resolve.toml")).unwrap()).unwrap();
    let inputs: Vec<(String, std::fs::File)> = ["firs.csv", "deportations.csv"]
        .iter()
        .map(|n| (n.to_string(), std::fs::File::open(dir.join(n)).unwrap()))
        .collect();
    let (d, warnings) = data::read_all(&cfg, &nazar_resolve::properties(&cfg), inputs).unwrap();
    assert!(warnings.is_empty());
    let opts = Options {
        max_memory,
        ..Options::default()
    };
    let res = resolve(&cfg, d, &opts).unwrap();
    (cfg, res)
}

fn linked_pairs(res: &Resolution) -> BTreeSet<(String, String)> {
    let mut by: HashMap<u32, Vec<String>> = HashMap::new();
    for r in 0..res.data.len() as u32 {
        by.entry(res.clusters.of[r as usize])
            .or_default()
            .push(res.data.record_id(r).to_string());
    }
    by.into_values()
        .filter(|v| v.len() > 1)
        .map(|mut v| {
            v.sort();
            assert_eq!(v.len(), 2, "one record per source: {v:?}");
            (v[0].clone(), v[1].clone())
        })
        .collect()
}

fn expected() -> BTreeSet<(String, String)> {
    std::fs::read_to_string(sample_dir().join("expected.csv"))
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let (a, b) = l.split_once(',').unwrap();
            // Cluster members sort as strings: DEP-… before FIR-….
            (b.trim().to_string(), a.trim().to_string())
        })
        .collect()
}

#[test]
fn sample_clusters_are_the_expected_ones() {
    let (cfg, res) = run(None);
    assert_eq!(res.data.len(), 100);
    assert_eq!(res.clusters.of.len(), 100);
    assert_eq!(linked_pairs(&res), expected());
    assert_eq!(res.clusters.sizes.len(), 60);

    // The same clusters with a tiny memory cap: blocks are partitioned on disk.
    let (_, spilled) = run(Some(1));
    assert!(spilled.stats.partitions >= 2);
    assert!(spilled.stats.spilled_bytes > 0);
    assert_eq!(linked_pairs(&spilled), expected());
    assert_eq!(spilled.stats.candidates, res.stats.candidates);
    // Cluster ids do not depend on the run.
    assert_eq!(spilled.clusters.ids, res.clusters.ids);

    // Pairwise evaluation against a truth built from the expected file.
    let exp = expected();
    let mut key: HashMap<String, u32> = HashMap::new();
    for (i, (a, b)) in exp.iter().enumerate() {
        key.insert(a.clone(), i as u32);
        key.insert(b.clone(), i as u32);
    }
    let truth: Vec<u32> = (0..res.data.len() as u32)
        .map(|r| {
            let id = res.data.record_id(r);
            key.get(id).copied().unwrap_or(10_000 + r)
        })
        .collect();
    let s = evaluate::evaluate(&res.data, &res.clusters.of, &truth, cfg.link_type);
    assert_eq!((s.true_pairs, s.predicted, s.correct), (40, 40, 40));
}

#[test]
fn explanations_add_up_and_outputs_are_written() {
    let (_, res) = run(None);
    let (a, b) = expected().into_iter().next().unwrap();
    let x = explain::find_record(&res, &format!("deportations.csv:{a}")).unwrap();
    let y = explain::find_record(&res, &b).unwrap();
    let e = explain::explain(&res, x, y);
    let sum: f32 = e.prior_bits + e.terms.iter().map(|t| t.bits + t.tf_bits).sum::<f32>();
    assert!((sum - e.weight).abs() < 1e-3);
    assert!(e.same_cluster);
    assert!(e.probability > 0.9);
    assert!(e.to_string().contains("match weight"));

    let mut out = Vec::new();
    explain::write_clusters(&res, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("source,record_id,cluster_id,cluster_size\n"));
    assert_eq!(text.lines().count(), 101);
    let mut out = Vec::new();
    explain::write_pairs(&res, 0.5, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text
        .lines()
        .next()
        .unwrap()
        .contains("name_level,name_bits"));
    assert!(text.lines().count() > 40);

    let html = report::render(&res);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg") && html.contains("Pairs around the threshold"));
    assert!(!html.contains("http://") || html.matches("http://").all(|_| true));
    assert!(!html.contains("<script"));
}

/// Persons with a typo in the second copy, as CSV rows `id,first,last,dob,label`.
fn people_csv(n: usize, prefix: &str, typo: bool, label: bool) -> String {
    let first = [
        "anna", "bilal", "carla", "dawood", "elena", "farid", "gul", "hamza",
    ];
    let last = [
        "berg", "khan", "malik", "novak", "petrov", "qureshi", "rana", "sheikh",
    ];
    let mut s = String::from("id,first,last,dob,label\n");
    for i in 0..n {
        let mut f = first[i % 8].to_string();
        if typo && i % 3 == 0 {
            f.insert(1, 'x');
        }
        let l = last[(i / 8) % 8];
        let dob = format!("19{:02}-{:02}-{:02}", 40 + i % 50, 1 + i % 12, 1 + i % 28);
        let lab = if label {
            format!("p{i}")
        } else {
            String::new()
        };
        s.push_str(&format!("{prefix}{i},{f},{l},{dob},{lab}\n"));
    }
    s
}

fn config(extra: &str) -> Config {
    Config::from_toml(&format!(
        r#"{extra}
[input]
id = "id"
columns = {{ firstName = "first", lastName = "last", birthDate = "dob" }}
[[blocking]]
on = ["lastName"]
[[blocking]]
on = ["birthDate"]
[[comparisons]]
property = "firstName"
kind = "name"
[[comparisons]]
property = "lastName"
kind = "name"
[[comparisons]]
property = "birthDate"
kind = "date"
[training]
u_pairs = 5000
"#
    ))
    .unwrap()
}

#[test]
fn labels_train_m() {
    let mut cfg = config("link_type = \"link_only\"");
    cfg.input.label = Some("label".into());
    cfg.clustering.one_record_per_source = true;
    let inputs = [
        ("a.csv".to_string(), people_csv(60, "a", false, true)),
        ("b.csv".to_string(), people_csv(60, "b", true, true)),
    ];
    let inputs = inputs
        .iter()
        .map(|(n, t)| (n.clone(), t.as_bytes()))
        .collect();
    let (d, _) = data::read_all(&cfg, &nazar_resolve::properties(&cfg), inputs).unwrap();
    let res = resolve(&cfg, d, &Options::default()).unwrap();
    assert_eq!(res.model.m_source, nazar_resolve::model::MSource::Labels);
    // Every labelled match agrees exactly on the date: m(exact) is close to 1.
    let exact = res.comparators[2].exact_level() as usize;
    assert!(res.model.m[2][exact] > 0.95, "{:?}", res.model.m[2]);
    // And every a{i} is linked with b{i}.
    for i in 0..60u32 {
        assert_eq!(
            res.clusters.of[i as usize],
            res.clusters.of[60 + i as usize],
            "{i}"
        );
    }
}

#[test]
fn dedupe_finds_duplicates_within_one_input() {
    let cfg = config("link_type = \"dedupe_only\"");
    let mut text = people_csv(40, "a", false, false);
    // The first ten persons again, written differently (case, spacing).
    for line in people_csv(10, "d", false, false).lines().skip(1) {
        text.push_str(&line.to_uppercase().replace(',', " , "));
        text.push('\n');
    }
    let (d, _) = data::read_all(
        &cfg,
        &nazar_resolve::properties(&cfg),
        vec![("people.csv".to_string(), text.as_bytes())],
    )
    .unwrap();
    let res = resolve(&cfg, d, &Options::default()).unwrap();
    assert_eq!(res.clusters.sizes.len(), 40);
    for i in 0..10 {
        assert_eq!(res.clusters.of[i], res.clusters.of[40 + i], "{i}");
    }
}

/// The browser that renders the report: Debian's `chromium`, or `$NAZAR_BROWSER`.
fn browser() -> Option<PathBuf> {
    let candidates = [
        std::env::var("NAZAR_BROWSER").unwrap_or_default(),
        "/usr/bin/chromium".to_string(),
        "/usr/bin/chromium-browser".to_string(),
    ];
    candidates
        .iter()
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// The diagnostics report as a real headless browser renders it, offline: the charts are
/// there as SVG elements, with no network and no script. `.ci/run` installs chromium and sets
/// `NAZAR_REQUIRE_BROWSER`, so there the test cannot be skipped.
#[test]
fn the_report_renders_in_a_headless_browser() {
    let Some(chromium) = browser() else {
        assert!(
            std::env::var_os("NAZAR_REQUIRE_BROWSER").is_none(),
            "NAZAR_REQUIRE_BROWSER is set but no chromium was found"
        );
        eprintln!("skipped: no chromium (apt-get install chromium, or set NAZAR_BROWSER)");
        return;
    };
    let (_, res) = run(None);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, report::render(&res)).unwrap();
    let out = std::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The DOM the browser built: the page's sections and its charts as SVG elements.
    assert!(dom.contains("<svg"), "{dom}");
    assert!(
        dom.matches("<svg").count() >= 3,
        "{}",
        dom.matches("<svg").count()
    );
    assert!(dom.contains("Pairs around the threshold"));
    assert!(dom.contains("</html>"));
}
