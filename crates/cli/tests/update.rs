//! `nazar update` end to end: the real binary against a loopback HTTP server written here, on
//! a small UN-format list written here. Nothing reaches the internet.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nazar_store::Store;
use serde_json::Value;
use sha2::{Digest, Sha256};

const INDIVIDUAL_A: &str = r#"
    <INDIVIDUAL>
      <DATAID>9100001</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>KARIM</FIRST_NAME>
      <SECOND_NAME>NAWAZ</SECOND_NAME>
      <THIRD_NAME>SIDDIQUI</THIRD_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.951</REFERENCE_NUMBER>
      <LISTED_ON>2014-03-11</LISTED_ON>
      <GENDER>Male</GENDER>
      <NAME_ORIGINAL_SCRIPT>كريم نواز صديقي</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Invented for nazar's tests.</COMMENTS1>
      <NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2020-01-01</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Good</QUALITY>
        <ALIAS_NAME>Karim Nawaz Siddiqi</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <DATE>1975-06-02</DATE>
      </INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT>
        <TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
        <NUMBER>AB1234567</NUMBER>
      </INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>"#;

const INDIVIDUAL_B: &str = r#"
    <INDIVIDUAL>
      <DATAID>9100002</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>ОЛЕГ</FIRST_NAME>
      <SECOND_NAME>ПЕТРОВ</SECOND_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPi.952</REFERENCE_NUMBER>
      <LISTED_ON>2017-08-05</LISTED_ON>
      <COMMENTS1>Invented for nazar's tests.</COMMENTS1>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2017-08-05</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Low</QUALITY>
        <ALIAS_NAME>Oleg P.</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>
        <YEAR>1962</YEAR>
      </INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>"#;

const INDIVIDUAL_C: &str = r#"
    <INDIVIDUAL>
      <DATAID>9100003</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>AMINA</FIRST_NAME>
      <SECOND_NAME>YUSUF</SECOND_NAME>
      <UN_LIST_TYPE>Somalia</UN_LIST_TYPE>
      <REFERENCE_NUMBER>SOi.953</REFERENCE_NUMBER>
      <LISTED_ON>2024-02-20</LISTED_ON>
      <GENDER>Female</GENDER>
      <COMMENTS1>Invented for nazar's tests.</COMMENTS1>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2024-02-20</VALUE></LAST_DAY_UPDATED>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1980</FROM_YEAR>
        <TO_YEAR>1982</TO_YEAR>
      </INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>"#;

const ENTITY_X: &str = r#"
    <ENTITY>
      <DATAID>9200001</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>AL-NOOR TRADING COMPANY</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDe.954</REFERENCE_NUMBER>
      <LISTED_ON>2015-09-09</LISTED_ON>
      <COMMENTS1>Invented for nazar's tests.</COMMENTS1>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <LAST_DAY_UPDATED><VALUE>2015-09-09</VALUE></LAST_DAY_UPDATED>
      <ENTITY_ALIAS>
        <QUALITY>Good</QUALITY>
        <ALIAS_NAME>Noor Trading Co.</ALIAS_NAME>
      </ENTITY_ALIAS>
      <ENTITY_ADDRESS>
        <CITY>Karachi</CITY>
        <COUNTRY>Pakistan</COUNTRY>
      </ENTITY_ADDRESS>
    </ENTITY>"#;

/// A UN consolidated list (FORMATS.md §1a) with these records.
fn un_xml(individuals: &[&str], entities: &[&str]) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <CONSOLIDATED_LIST xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:noNamespaceSchemaLocation=\"https://www.un.org/sc/resources/sc-sanctions.xsd\" \
         dateGenerated=\"2026-02-27T00:00:09.554Z\">\n  <INDIVIDUALS>{}\n  </INDIVIDUALS>\n  \
         <ENTITIES>{}\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n",
        individuals.concat(),
        entities.concat()
    )
}

/// The first list: two individuals and one entity.
fn first_list() -> String {
    un_xml(&[INDIVIDUAL_A, INDIVIDUAL_B], &[ENTITY_X])
}

/// Serves files from `root` on 127.0.0.1 until the test process ends; a missing file is a 404.
/// Files are read on each request, so a test can change them between updates.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = answer(stream, &root);
        }
    });
    format!("http://{addr}")
}

fn answer(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let name = request
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .trim_start_matches('/')
        .to_string();
    let body = (!name.is_empty() && !name.contains(['/', '\\']))
        .then(|| std::fs::read(root.join(&name)).ok())
        .flatten();
    let mut out = stream;
    match body {
        Some(body) => {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            out.write_all(&body)?;
        }
        None => {
            let body = b"not found";
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            out.write_all(body)?;
        }
    }
    out.flush()
}

/// A data directory, a folder served over HTTP, and a sources file.
struct Env {
    _tmp: tempfile::TempDir,
    data: PathBuf,
    www: PathBuf,
    base: String,
    config: PathBuf,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().expect("temp dir");
        let data = tmp.path().join("data");
        let www = tmp.path().join("www");
        std::fs::create_dir_all(&www).expect("www dir");
        let base = serve(www.clone());
        let config = tmp.path().join("sources.toml");
        Env {
            _tmp: tmp,
            data,
            www,
            base,
            config,
        }
    }

    fn publish(&self, name: &str, content: &str) {
        std::fs::write(self.www.join(name), content).expect("write served file");
    }

    /// A sources file with one `un` source that downloads `name` from the server.
    fn configure_un(&self, name: &str, extra: &str) {
        self.configure(&format!(
            "[[source]]\nlist = \"un\"\nformat = \"un-xml\"\nurls = [\"{}/{name}\"]\n{extra}\n",
            self.base
        ));
    }

    fn configure(&self, toml: &str) {
        std::fs::write(&self.config, toml).expect("write config");
    }

    fn nazar(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nazar"));
        cmd.arg("--data").arg(&self.data).args(args);
        // The loopback server must be reached directly, whatever proxy the machine has.
        for var in [
            "HTTP_PROXY",
            "http_proxy",
            "HTTPS_PROXY",
            "https_proxy",
            "ALL_PROXY",
            "all_proxy",
        ] {
            cmd.env_remove(var);
        }
        cmd.env_remove("NAZAR_DATA");
        cmd.output().expect("run nazar")
    }

    /// Runs `nazar update --json` with the sources file; returns the output and its lines.
    fn update(&self, extra: &[&str]) -> (Output, Vec<Value>) {
        let config = self.config.to_str().expect("utf-8 temp path");
        let mut args = vec!["update", "--config", config, "--json"];
        args.extend_from_slice(extra);
        let out = self.nazar(&args);
        let lines = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?} is not JSON: {e}")))
            .collect();
        (out, lines)
    }

    /// `nazar lists --json` as list name -> (version, entities).
    fn lists(&self) -> BTreeMap<String, (i64, u64)> {
        let out = self.nazar(&["lists", "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let lists: Vec<Value> = serde_json::from_slice(&out.stdout).expect("lists JSON");
        lists
            .iter()
            .map(|l| {
                (
                    l["list"].as_str().expect("list").to_string(),
                    (
                        l["version"].as_i64().expect("version"),
                        l["entities"].as_u64().expect("entities"),
                    ),
                )
            })
            .collect()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn one(lines: &[Value]) -> &Value {
    assert_eq!(lines.len(), 1, "{lines:?}");
    &lines[0]
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An `un` list at version 1 from `first_list()`, served as consolidated.xml.
fn env_with_version_1() -> Env {
    let env = Env::new();
    env.publish("consolidated.xml", &first_list());
    env.configure_un("consolidated.xml", "");
    let (out, lines) = env.update(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(one(&lines)["status"], "updated");
    env
}

#[test]
fn first_update_ingests_version_1() {
    let env = Env::new();
    env.publish("consolidated.xml", &first_list());
    env.configure_un("consolidated.xml", "max_age_days = 2");
    let (out, lines) = env.update(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["list"], "un");
    assert_eq!(line["status"], "updated");
    assert_eq!(line["version"], 1);
    assert_eq!(line["added"], 3);
    assert_eq!(line["changed"], 0);
    assert_eq!(line["removed"], 0);
    assert_eq!(line["warnings"], 0);
    assert_eq!(line["error"], Value::Null);
    assert_eq!(env.lists().get("un"), Some(&(1, 3)));

    let store = nazar_store::SqliteStore::open(&env.data).expect("open store");
    assert_eq!(
        store.setting("max_age_days.un").unwrap().as_deref(),
        Some("2")
    );
    assert!(store.setting("checked_at.un").unwrap().is_some());
    let versions = store.versions("un").unwrap();
    assert_eq!(versions[0].format, "un-xml");
    assert_eq!(versions[0].sources, ["consolidated.xml"]);
    // The download folder inside the data directory is gone.
    let leftovers: Vec<_> = std::fs::read_dir(&env.data)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".update-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn same_content_is_unchanged() {
    let env = env_with_version_1();
    let (out, lines) = env.update(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "unchanged");
    assert_eq!(line["version"], 1);
    assert_eq!(line["added"], 0);
    assert_eq!(env.lists().get("un"), Some(&(1, 3)));

    // Without --json the line says so too.
    let config = env.config.to_str().unwrap();
    let out = env.nazar(&["update", "--config", config]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("un unchanged"));

    // --force ingests the same files again as a new version with no differences.
    let (out, lines) = env.update(&["--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "updated");
    assert_eq!(line["version"], 2);
    assert_eq!(
        (&line["added"], &line["changed"], &line["removed"]),
        (&0.into(), &0.into(), &0.into())
    );
}

#[test]
fn changed_file_makes_version_2() {
    let env = env_with_version_1();
    // KPi.952 is delisted, SOi.953 listed, QDi.951 gains an alias.
    let changed_a = INDIVIDUAL_A.replace(
        "</INDIVIDUAL_ALIAS>",
        "</INDIVIDUAL_ALIAS>\n      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Karim</ALIAS_NAME></INDIVIDUAL_ALIAS>",
    );
    env.publish(
        "consolidated.xml",
        &un_xml(&[&changed_a, INDIVIDUAL_C], &[ENTITY_X]),
    );
    let (out, lines) = env.update(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "updated");
    assert_eq!(line["version"], 2);
    assert_eq!(line["added"], 1);
    assert_eq!(line["changed"], 1);
    assert_eq!(line["removed"], 1);
    assert_eq!(env.lists().get("un"), Some(&(2, 3)));
}

#[test]
fn http_404_fails_and_keeps_version() {
    let env = env_with_version_1();
    env.configure_un("moved.xml", "");
    let (out, lines) = env.update(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "failed");
    assert_eq!(line["version"], 1);
    assert_eq!(line["added"], Value::Null);
    let error = line["error"].as_str().expect("error");
    assert!(
        error.contains("/moved.xml") && error.contains("404"),
        "{error}"
    );
    let err = stderr(&out);
    assert!(
        err.contains("update un:") && err.contains("404") && err.contains("version 1 is kept"),
        "{err}"
    );
    assert_eq!(env.lists().get("un"), Some(&(1, 3)));
}

#[test]
fn truncated_xml_fails_and_keeps_version() {
    let env = env_with_version_1();
    let full = un_xml(&[INDIVIDUAL_A, INDIVIDUAL_B, INDIVIDUAL_C], &[ENTITY_X]);
    let cut = full
        .find("<INDIVIDUAL_DATE_OF_BIRTH>")
        .expect("a date of birth");
    env.publish("consolidated.xml", &full[..cut]);
    let (out, lines) = env.update(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "failed");
    let error = line["error"].as_str().expect("error");
    assert!(
        error.contains("/consolidated.xml (consolidated.xml):"),
        "{error}"
    );
    assert_eq!(env.lists().get("un"), Some(&(1, 3)));
}

#[test]
fn sha256_mismatch_fails_and_match_passes() {
    let env = Env::new();
    let xml = first_list();
    env.publish("consolidated.xml", &xml);
    env.configure_un(
        "consolidated.xml",
        &format!("sha256 = \"{}\"", "0".repeat(64)),
    );
    let (out, lines) = env.update(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let line = one(&lines);
    assert_eq!(line["status"], "failed");
    assert_eq!(line["version"], Value::Null);
    assert!(
        line["error"].as_str().unwrap().contains("SHA-256"),
        "{line}"
    );
    assert!(
        stderr(&out).contains("nothing was stored"),
        "{}",
        stderr(&out)
    );
    assert!(env.lists().is_empty());

    env.configure_un(
        "consolidated.xml",
        &format!("sha256 = \"{}\"", sha256_hex(xml.as_bytes()).to_uppercase()),
    );
    let (out, lines) = env.update(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(one(&lines)["status"], "updated");
}

#[test]
fn empty_body_fails() {
    let env = env_with_version_1();
    env.publish("consolidated.xml", "");
    let (out, lines) = env.update(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(one(&lines)["error"]
        .as_str()
        .unwrap()
        .contains("empty response body"));
    assert_eq!(env.lists().get("un"), Some(&(1, 3)));
}

#[test]
fn a_failed_source_does_not_stop_the_others() {
    let env = Env::new();
    env.publish("consolidated.xml", &first_list());
    env.configure(&format!(
        "[[source]]\nlist = \"gone\"\nformat = \"un-xml\"\nurls = [\"{0}/gone.xml\"]\n\n\
         [[source]]\nlist = \"un\"\nformat = \"un-xml\"\nurls = [\"{0}/consolidated.xml\"]\n",
        env.base
    ));
    let (out, lines) = env.update(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let status: Vec<(&str, &str)> = lines
        .iter()
        .map(|l| (l["list"].as_str().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(status, [("gone", "failed"), ("un", "updated")]);
    assert_eq!(env.lists().keys().collect::<Vec<_>>(), ["un"]);

    // --list picks sources; one that is not configured is the user's mistake (exit 2).
    let (out, lines) = env.update(&["--list", "un"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(one(&lines)["status"], "unchanged");
    let (out, _) = env.update(&["--list", "eu"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no source for list \"eu\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sources_file_in_the_data_directory_is_used() {
    let env = Env::new();
    env.publish("consolidated.xml", &first_list());
    std::fs::create_dir_all(&env.data).unwrap();
    std::fs::write(
        env.data.join("sources.toml"),
        format!("[[source]]\nlist = \"un-mirror\"\nformat = \"un-xml\"\nurls = [\"{}/consolidated.xml\"]\n", env.base),
    )
    .unwrap();
    let out = env.nazar(&["update", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.lists().get("un-mirror"), Some(&(1, 3)));

    std::fs::write(env.data.join("sources.toml"), "[[source]]\nlist = \"un\"\n").unwrap();
    let out = env.nazar(&["update"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sources.toml"), "{}", stderr(&out));

    std::fs::write(env.data.join("sources.toml"), "# nothing yet\n").unwrap();
    let out = env.nazar(&["update"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no [[source]] entries"),
        "{}",
        stderr(&out)
    );
}
