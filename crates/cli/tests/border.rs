//! The border workflow as an officer drives it: `nazar mrz`, `screen --mrz`, `nazar paxlst`
//! and `screen --paxlst`. The GTAS manifests in `../shared/data` are screened when present.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use nazar_ingest::mrz::check_digit;
use serde_json::Value;

mod common;
use common::{json, nazar, ok, stdout};

const UTOPIA: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];

/// A store holding one listed Pakistani, written for these tests.
fn store_with_list(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let list = dir.join("un.xml");
    std::fs::write(
        &list,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">
<INDIVIDUALS>
<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>TARIQ</FIRST_NAME><SECOND_NAME>MEHMOOD</SECOND_NAME><THIRD_NAME>QURESHI</THIRD_NAME>
<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER><LISTED_ON>2010-05-05</LISTED_ON>
<NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1979-04-12</DATE></INDIVIDUAL_DATE_OF_BIRTH>
<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>AB 1234567</NUMBER></INDIVIDUAL_DOCUMENT></INDIVIDUAL>
</INDIVIDUALS>
<ENTITIES></ENTITIES>
</CONSOLIDATED_LIST>
"#,
    )
    .unwrap();
    ok(nazar(
        &data,
        &["ingest", "--list", "un", list.to_str().unwrap()],
    ));
    data
}

/// The listed person's passport, with correct check digits.
fn qureshi_mrz() -> [String; 2] {
    let l1 = format!("{:<<44}", "P<PAKQURESHI<<TARIQ<MEHMOOD");
    let body = format!(
        "AB1234567{}PAK790412{}M300101{}3520212345671<{}",
        check_digit("AB1234567"),
        check_digit("790412"),
        check_digit("300101"),
        check_digit("3520212345671<")
    );
    let composite = check_digit(&format!(
        "{}{}{}",
        &body[0..10],
        &body[13..20],
        &body[21..43]
    ));
    [l1, format!("{body}{composite}")]
}

#[test]
fn mrz_json_is_one_object() {
    let dir = tempfile::tempdir().unwrap();
    let o = ok(nazar(dir.path(), &["mrz", "--json", UTOPIA[0], UTOPIA[1]]));
    let v = json(&o);
    assert_eq!(v["format"], "TD3");
    assert_eq!(v["surname"], "ERIKSSON");
    assert_eq!(v["given_names"], "ANNA MARIA");
    assert_eq!(v["date_of_birth"], "1974-08-12");
    assert_eq!(v["valid"], true);
    assert_eq!(v["checks"].as_array().unwrap().len(), 5);
}

#[test]
fn mrz_from_stdin_and_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nazar"))
        .args(["mrz", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!("{}\n{}\n", UTOPIA[0], UTOPIA[1].replace("10", "17"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert_eq!(json(&o)["valid"], false, "a changed check digit is invalid");

    let o = nazar(dir.path(), &["mrz", "P<UTOERIKSSON", UTOPIA[1]]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 1 is 13 characters long"), "{err}");
}

#[test]
fn screen_mrz_finds_the_listed_holder() {
    let dir = tempfile::tempdir().unwrap();
    let data = store_with_list(dir.path());
    let [l1, l2] = qureshi_mrz();
    let o = ok(nazar(&data, &["screen", "--json", "--mrz", &l1, &l2]));
    let v = json(&o);
    assert_eq!(v["document"]["valid"], true);
    assert_eq!(v["document"]["personal_number"], "3520212345671");
    assert_eq!(v["results"][0]["id"], "un:QDi.901");
    assert_eq!(v["results"][0]["match"], true);
    let o = ok(nazar(&data, &["screen", "--mrz", &l1, &l2]));
    let text = stdout(&o);
    assert!(
        text.starts_with("document     TD3 P issued by PAK"),
        "{text}"
    );
    assert!(text.contains("un:QDi.901"), "{text}");
}

/// A D05B manifest written for this test: a listed passenger and a clear one, with a
/// control count that does not add up.
const MANIFEST: &str = "UNA:+.? '
UNB+UNOA:4+AIR1+PKAPIS+260101:1200+1++APIS'
UNH+1+PAXLST:D:05B:UN:IATA'
BGM+745'
TDT+20+PK785'
LOC+125+LHR'
DTM+189:2601011200:201'
LOC+87+ISB'
NAD+FL+++MUSTERFRAU:ERIKA'
ATT+2++F'
DTM+329:640812'
NAT+2+DEU'
DOC+P+C01X00T47'
NAD+FL+++QURESHI:TARIQ MEHMOOD'
ATT+2++M'
DTM+329:790412'
NAT+2+PAK'
DOC+P+AB1234567'
CNT+42:3'
UNT+17+1'
UNZ+1+1'
";

#[test]
fn paxlst_and_screen_paxlst() {
    let dir = tempfile::tempdir().unwrap();
    let data = store_with_list(dir.path());
    let file = dir.path().join("pk785.edi");
    std::fs::write(&file, MANIFEST).unwrap();
    let o = ok(nazar(&data, &["paxlst", file.to_str().unwrap(), "--json"]));
    let v = json(&o);
    assert_eq!(v["travellers"].as_array().unwrap().len(), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("warning"));

    let out = dir.path().join("out.jsonl");
    let o = ok(nazar(
        &data,
        &[
            "screen",
            "--paxlst",
            file.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ],
    ));
    let lines: Vec<Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["traveller"]["surname"], "MUSTERFRAU");
    assert_eq!(lines[1]["results"][0]["id"], "un:QDi.901");
    assert_eq!(lines[1]["results"][0]["match"], true);
    let summary = stdout(&o);
    let alert = summary.find("ALERT").expect(&summary);
    let clear = summary.find("clear").expect(&summary);
    assert!(alert < clear, "alerts first: {summary}");
    assert!(summary.contains("1 with alerts"), "{summary}");
}

/// Every traveller of every GTAS sample is read and screened.
#[test]
fn gtas_manifests_are_screened() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/paxlst-gtas");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = store_with_list(tmp.path());
    let mut counts = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "edi"))
        .collect();
    files.sort();
    for f in &files {
        let out = tmp.path().join("out.jsonl");
        ok(nazar(
            &data,
            &[
                "screen",
                "--paxlst",
                f.to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ],
        ));
        let text = std::fs::read_to_string(&out).unwrap();
        for l in text.lines() {
            let v: Value = serde_json::from_str(l).unwrap();
            assert!(v["traveller"].is_object() && v["results"].is_array());
        }
        counts.push(text.lines().count());
    }
    counts.sort();
    assert_eq!(counts, vec![2, 2, 8, 10, 260]);
}
