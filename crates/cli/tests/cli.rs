//! The `nazar` binary as a user drives it: ingest, versions, refusal of bad files, screening.
//! Tests on the real lists in `../shared/data` run when that folder is present.

use std::path::PathBuf;

use serde_json::Value;

mod common;
use common::{json, nazar, ok, stdout, workspace};

/// A small UN-format list written for these tests: two individuals and one entity.
fn un_fixture(include_second: bool) -> String {
    let second = if include_second {
        r#"<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>ZARGHUN</FIRST_NAME><SECOND_NAME>SHAH</SECOND_NAME><THIRD_NAME>TALIBZADA</THIRD_NAME>
<UN_LIST_TYPE>Taliban</UN_LIST_TYPE><REFERENCE_NUMBER>TAi.902</REFERENCE_NUMBER><LISTED_ON>2001-01-01</LISTED_ON>
<NAME_ORIGINAL_SCRIPT>زرغون شاه طالبزاده</NAME_ORIGINAL_SCRIPT><NATIONALITY><VALUE>Afghanistan</VALUE></NATIONALITY>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1968</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>"#
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
<INDIVIDUALS>
<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>TARIQ</FIRST_NAME><SECOND_NAME>MEHMOOD</SECOND_NAME><THIRD_NAME>QURESHI</THIRD_NAME>
<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER><LISTED_ON>2010-05-05</LISTED_ON>
<NAME_ORIGINAL_SCRIPT>طارق محمود قریشی</NAME_ORIGINAL_SCRIPT><NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>
<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Tariq Mahmood Kureshi</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1979-04-12</DATE></INDIVIDUAL_DATE_OF_BIRTH>
<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>AB 1234567</NUMBER></INDIVIDUAL_DOCUMENT></INDIVIDUAL>
{second}
</INDIVIDUALS>
<ENTITIES>
<ENTITY><DATAID>3</DATAID><FIRST_NAME>CRESCENT STAR TRADING COMPANY</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
<REFERENCE_NUMBER>QDe.903</REFERENCE_NUMBER><LISTED_ON>2011-01-01</LISTED_ON></ENTITY>
</ENTITIES>
</CONSOLIDATED_LIST>
"#
    )
}

#[test]
fn ingest_versions_and_refuses_a_truncated_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let full = dir.path().join("un.xml");
    std::fs::write(&full, un_fixture(true)).unwrap();

    let v1 = json(&ok(nazar(
        &data,
        &["ingest", "--list", "un", "--json", full.to_str().unwrap()],
    )));
    assert_eq!(v1["version"], 1);
    assert_eq!(v1["added"], 3);

    // One individual removed: removed=1, added=0.
    let smaller = dir.path().join("un-smaller.xml");
    std::fs::write(&smaller, un_fixture(false)).unwrap();
    let v2 = json(&ok(nazar(
        &data,
        &[
            "ingest",
            "--list",
            "un",
            "--json",
            smaller.to_str().unwrap(),
        ],
    )));
    assert_eq!(
        (
            v2["version"].as_i64(),
            v2["added"].as_i64(),
            v2["changed"].as_i64(),
            v2["removed"].as_i64()
        ),
        (Some(2), Some(0), Some(0), Some(1))
    );

    // A truncated file is refused with exit code 2, naming the file and a position.
    let text = un_fixture(true);
    let truncated = dir.path().join("un-truncated.xml");
    std::fs::write(&truncated, &text[..text.len() * 2 / 3]).unwrap();
    let o = nazar(
        &data,
        &["ingest", "--list", "un", truncated.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("un-truncated.xml"), "{err}");
    assert!(err.contains("line") || err.contains("byte"), "{err}");

    // The previous version keeps serving.
    let lists = json(&ok(nazar(&data, &["lists", "--json"])));
    assert_eq!(lists[0]["list"], "un");
    assert_eq!(lists[0]["version"], 2);
    assert_eq!(lists[0]["entities"], 2);
    assert_eq!(lists[0]["by_schema"]["Person"], 1);
    let hit = json(&ok(nazar(
        &data,
        &["screen", "--name", "Tarik Mehmud Qureshi", "--json"],
    )));
    assert_eq!(hit["results"][0]["id"], "un:QDi.901");
    assert_eq!(hit["results"][0]["match"], true);
}

#[test]
fn ingest_keeps_the_index_file_that_screening_opens() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let smaller = dir.path().join("un-smaller.xml");
    std::fs::write(&smaller, un_fixture(false)).unwrap();
    let o = ok(nazar(
        &data,
        &["ingest", "--list", "un", smaller.to_str().unwrap()],
    ));
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(err.contains("index: 2 entities ready"), "{err}");
    assert!(data.join("index.nzi").exists());

    // Screening opens the file as it is: nothing to build, nothing said.
    let o = ok(nazar(
        &data,
        &["screen", "--name", "Zarghun Shah", "--json"],
    ));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    assert_eq!(json(&o)["results"].as_array().map(Vec::len), Some(0));

    // A new version is folded into the file at ingest ...
    let full = dir.path().join("un.xml");
    std::fs::write(&full, un_fixture(true)).unwrap();
    let o = ok(nazar(
        &data,
        &["ingest", "--list", "un", full.to_str().unwrap()],
    ));
    assert!(String::from_utf8_lossy(&o.stderr).contains("index: 3 entities ready"));
    let o = ok(nazar(
        &data,
        &["screen", "--name", "Zarghun Shah", "--json"],
    ));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    assert_eq!(json(&o)["results"][0]["id"], "un:TAi.902");

    // ... and a damaged file is rebuilt, saying why.
    std::fs::write(data.join("index.nzi"), b"garbage").unwrap();
    let o = ok(nazar(
        &data,
        &["screen", "--name", "Zarghun Shah", "--json"],
    ));
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(err.contains("index: built (3 entities)"), "{err}");
    assert_eq!(json(&o)["results"][0]["id"], "un:TAi.902");
}

#[test]
fn wrong_format_and_missing_files_are_user_errors() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let junk = dir.path().join("notes.txt");
    std::fs::write(&junk, "this is not a watchlist\n").unwrap();
    let o = nazar(&data, &["ingest", "--list", "x", junk.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("notes.txt"));
    let o = nazar(&data, &["ingest", "--list", "x", "/no/such/file.xml"]);
    assert_eq!(o.status.code(), Some(2));
    let o = nazar(&data, &["screen", "--name", "anyone"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "screening an empty store is a user error"
    );
}

#[test]
fn screen_explains_and_batch_writes_one_line_per_query() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let demo = workspace().join("examples/demo/watchlist.jsonl");
    ok(nazar(
        &data,
        &["ingest", "--list", "demo", demo.to_str().unwrap()],
    ));

    let r = json(&ok(nazar(
        &data,
        &[
            "screen",
            "--name",
            "عبدالرحمن یوسفزئی",
            "--dob",
            "1984",
            "--json",
        ],
    )));
    let top = &r["results"][0];
    assert_eq!(top["id"], "demo:D-002");
    assert_eq!(top["match"], true);
    let features: Vec<&str> = top["explanation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["feature"].as_str().unwrap())
        .collect();
    assert_eq!(features, ["name", "birthDate"]);
    assert!(!top["explanation"][0]["parts"]
        .as_array()
        .unwrap()
        .is_empty());

    // Unknown keys are ignored; one output line per query, best first.
    let input = dir.path().join("q.jsonl");
    std::fs::write(
        &input,
        concat!(
            "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Salah ud-Din Baloch\"]}, \"extra\": 1}\n",
            "{\"id\": \"b\", \"properties\": {\"name\": [\"Muhammad Khan\"], \"birthDate\": [\"1990\"]}}\n",
            "{\"id\": \"c\", \"properties\": {\"idNumber\": [\"61101-5550001-9\"]}}\n",
        ),
    )
    .unwrap();
    let out = dir.path().join("out.jsonl");
    ok(nazar(
        &data,
        &[
            "screen",
            "--input",
            input.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ],
    ));
    let lines: Vec<Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query"], "a");
    assert_eq!(lines[0]["results"][0]["id"], "demo:D-009");
    assert!(lines[1]["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["match"] == false));
    assert_eq!(lines[2]["results"][0]["id"], "demo:D-006");

    // CSV batches work the same way.
    let csv = dir.path().join("q.csv");
    std::fs::write(&csv, "id,name,dob\nx,Rashid Nawaz Laghari,1972\n").unwrap();
    let o = ok(nazar(&data, &["screen", "--input", csv.to_str().unwrap()]));
    let line: Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(line["query"], "x");
    assert_eq!(line["results"][0]["id"], "demo:D-005");
}

#[test]
fn eval_measures_an_agencys_labelled_queries_against_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let list = dir.path().join("un.xml");
    std::fs::write(&list, un_fixture(true)).unwrap();
    ok(nazar(
        &data,
        &["ingest", "--list", "un", list.to_str().unwrap()],
    ));

    // CSV: the index's ids or the list's own; an empty `expected` is a person on no list.
    let cases = dir.path().join("cases.csv");
    std::fs::write(
        &cases,
        "id,name,dob,expected,group\n\
         a,طارق محمود قریشی,1979-04-12,un:QDi.901,script\n\
         b,Tariq Mehmood Qureshi,,QDi.901,latin\n\
         c,Zarghun Talibzada,,TAi.902,latin\n\
         d,Gareth Llewellyn,,,\n\
         e,Olga Ivanova,1990,,\n",
    )
    .unwrap();
    let v = json(&ok(nazar(
        &data,
        &["eval", "--cases", cases.to_str().unwrap(), "--json"],
    )));
    let row = |group: &str, listed: bool| {
        v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["group"] == group && r["listed"] == listed)
            .unwrap_or_else(|| panic!("no row {group} {listed}: {v}"))
            .clone()
    };
    assert_eq!(row("all", true)["n"], 3);
    assert_eq!(row("all", true)["recall_at_1"], 1.0, "{v}");
    assert_eq!(row("script", true)["recall_at_1"], 1.0);
    assert_eq!(row("all", false)["n"], 2);
    assert_eq!(row("all", false)["alert_rate"], 0.0);
    assert_eq!(v["unknown_expected"].as_array().unwrap().len(), 0);

    // JSONL, with an id no list has: reported, and the query is a miss shown with its cause.
    let jsonl = dir.path().join("cases.jsonl");
    std::fs::write(
        &jsonl,
        r#"{"id": "x", "properties": {"name": ["Tariq Qureshi"]}, "expected": ["un:QDi.999"]}
{"id": "y", "properties": {"name": ["Crescent Star Trading"]}, "expected": "un:QDe.903"}
"#,
    )
    .unwrap();
    let o = ok(nazar(
        &data,
        &[
            "eval",
            "--cases",
            jsonl.to_str().unwrap(),
            "--show-misses",
            "5",
        ],
    ));
    let text = stdout(&o);
    assert!(text.contains("un:QDi.999"), "{text}");
    assert!(text.contains("[not returned] x"), "{text}");

    // Ids may be numbers; with --list only that list's entities answer, so an expected entity
    // of another list is reported rather than counted as lost.
    ok(nazar(
        &data,
        &["ingest", "--list", "copy", list.to_str().unwrap()],
    ));
    let scoped = dir.path().join("scoped.jsonl");
    std::fs::write(
        &scoped,
        r#"{"id": "n", "properties": {"name": ["Tariq Qureshi"]}, "expected": [12345]}
{"id": "s", "properties": {"name": ["Tariq Mehmood Qureshi"]}, "expected": "un:QDi.901"}
{"id": "t", "properties": {"name": ["Tariq Mehmood Qureshi"]}, "expected": "QDi.901"}
"#,
    )
    .unwrap();
    let v = json(&ok(nazar(
        &data,
        &[
            "eval",
            "--cases",
            scoped.to_str().unwrap(),
            "--list",
            "copy",
            "--json",
        ],
    )));
    assert_eq!(
        v["unknown_expected"],
        serde_json::json!(["12345", "un:QDi.901"])
    );
    // `QDi.901` is the copy's entity there, and found.
    assert_eq!(v["rows"][0]["n"], 3);
    assert_eq!(v["rows"][0]["recall_at_1"], 1.0 / 3.0, "{v}");

    // Every run is in the audit log, with the entities it flagged and without the names.
    let audit = stdout(&ok(nazar(&data, &["audit", "export"])));
    let evals: Vec<Value> = audit
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["action"] == "eval")
        .collect();
    assert_eq!(evals.len(), 3, "{audit}");
    assert!(evals[2]["result_ids"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("copy:QDi.901")));
    assert!(!audit.contains("Qureshi"));

    // A file that does not say what each query should find is refused, naming it.
    let unlabelled = dir.path().join("queries.csv");
    std::fs::write(&unlabelled, "name\nTariq Qureshi\n").unwrap();
    let o = nazar(&data, &["eval", "--cases", unlabelled.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("queries.csv") && err.contains("expected"),
        "{err}"
    );
}

#[test]
fn backup_and_restore_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let demo = workspace().join("examples/demo/watchlist.jsonl");
    ok(nazar(
        &data,
        &["ingest", "--list", "demo", demo.to_str().unwrap()],
    ));
    let copy = dir.path().join("backup.db");
    ok(nazar(&data, &["backup", copy.to_str().unwrap()]));
    let other = dir.path().join("other");
    ok(nazar(&other, &["restore", copy.to_str().unwrap()]));
    let lists = json(&ok(nazar(&other, &["lists", "--json"])));
    assert_eq!(lists[0]["entities"], 25);
}

/// The real lists, when `../shared/data` is present.
fn shared() -> Option<PathBuf> {
    let p = workspace().join("../shared/data");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

#[test]
fn real_lists_ingest_and_screen() {
    let Some(s) = shared() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let un = s.join("un-consolidated/UN_consolidated.xml");
    let r = json(&ok(nazar(
        &data,
        &["ingest", "--list", "un", "--json", un.to_str().unwrap()],
    )));
    assert_eq!(r["added"], 1003);
    let sdn = s.join("ofac-sdn-legacy-csv/sdn.csv");
    let r = json(&ok(nazar(
        &data,
        &["ingest", "--list", "ofac", "--json", sdn.to_str().unwrap()],
    )));
    // 7,378 lines; the last has no newline, and `wc -l` counts one fewer than there are rows.
    assert_eq!(r["added"], 7379);
    // The real UN list with one individual taken out: removed=1, added=0.
    let text = std::fs::read_to_string(&un).unwrap();
    let start = text.find("<INDIVIDUAL>").unwrap();
    let end = start + text[start..].find("</INDIVIDUAL>").unwrap() + "</INDIVIDUAL>".len();
    let smaller = dir.path().join("un-minus-one.xml");
    std::fs::write(&smaller, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let r = json(&ok(nazar(
        &data,
        &[
            "ingest",
            "--list",
            "un",
            "--json",
            smaller.to_str().unwrap(),
        ],
    )));
    assert_eq!(
        (
            r["added"].as_i64(),
            r["changed"].as_i64(),
            r["removed"].as_i64()
        ),
        (Some(0), Some(0), Some(1))
    );
    // A truncated copy of the real list is refused and version 2 keeps serving.
    let cut = dir.path().join("un-cut.xml");
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let o = nazar(&data, &["ingest", "--list", "un", cut.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let lists = json(&ok(nazar(&data, &["lists", "--json"])));
    let un_list = lists
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["list"] == "un")
        .unwrap();
    assert_eq!(
        (un_list["version"].as_i64(), un_list["entities"].as_i64()),
        (Some(2), Some(1002))
    );

    let ftm = s.join("opensanctions-ftm/t1/entities.ftm.json");
    ok(nazar(
        &data,
        &["ingest", "--list", "os", ftm.to_str().unwrap()],
    ));
    let mut deltas: Vec<PathBuf> = std::fs::read_dir(s.join("opensanctions-ftm/t2-deltas"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .map(|p| p.join("entities.delta.json"))
        .collect();
    deltas.sort();
    for d in &deltas {
        let r = json(&ok(nazar(
            &data,
            &[
                "ingest",
                "--list",
                "os",
                "--json",
                "--delta",
                d.to_str().unwrap(),
            ],
        )));
        assert!(r["version"].as_i64().unwrap() >= 2);
    }

    let top = |name: &str, extra: &[&str]| -> Value {
        let mut args = vec!["screen", "--name", name, "--json"];
        args.extend_from_slice(extra);
        json(&ok(nazar(&data, &args)))["results"][0].clone()
    };
    let saddam = top("Saddam Hussein al-Tikriti", &[]);
    assert!(
        ["un:IQi.001", "ofac:7843"].contains(&saddam["id"].as_str().unwrap()),
        "{saddam}"
    );
    assert_eq!(saddam["match"], true);
    assert!(!saddam["explanation"].as_array().unwrap().is_empty());
    let aamir = top("CHAUDHRY, Aamir Ali", &[]);
    assert!(
        ["ofac:15517", "un:QDi.312"].contains(&aamir["id"].as_str().unwrap()),
        "{aamir}"
    );
    assert_eq!(aamir["match"], true);
    let urdu = top(
        "عامر علی چوہدری",
        &["--dob", "1986-08-03", "--list", "ofac"],
    );
    assert_eq!(urdu["id"], "ofac:15517", "{urdu}");
    assert_eq!(urdu["match"], true);
}
