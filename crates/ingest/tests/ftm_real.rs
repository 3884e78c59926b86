//! FtM entities and deltas from OpenSanctions (real files in the shared data folder, never
//! copied into the repo): counts and the outcome of applying the delta runs in order.

use std::collections::BTreeMap;
use std::path::PathBuf;

use nazar_core::{prop, Schema};
use nazar_ingest::{delta, ftm, parse_files, Format, Options};

fn data_dir() -> Option<PathBuf> {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/opensanctions-ftm");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

#[test]
fn t1_has_seven_entities() {
    let Some(dir) = data_dir() else { return };
    let parsed = ftm::parse("os", &dir.join("t1/entities.ftm.json")).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let schemas: Vec<&str> = parsed.entities.iter().map(|e| e.schema.as_str()).collect();
    assert_eq!(
        schemas,
        [
            "Organization",
            "Person",
            "Person",
            "Address",
            "Person",
            "Person",
            "Organization"
        ]
    );
    let first = &parsed.entities[0];
    assert_eq!(first.id, "os:NK-2GdmHtZTeNXjNVrBGEXZNj");
    assert_eq!(first.get(prop::NAME).len(), 12);
    assert_eq!(first.get(prop::COUNTRY), ["by"]);
    assert_eq!(first.datasets, ["os"]);
    // The source record is the line as shipped, FtM's own datasets included.
    let src = first.source.as_ref().unwrap();
    assert!(src
        .text
        .starts_with("{\"id\":\"NK-2GdmHtZTeNXjNVrBGEXZNj\""));
    assert!(src.text.contains("\"datasets\":[\"eu_fsf\"]"));
}

#[test]
fn zala_schemas_are_counted_and_detected() {
    let Some(dir) = data_dir() else { return };
    let path = dir.join("zala/entities.ftm.json");
    assert_eq!(nazar_ingest::detect(&path).unwrap(), Format::Ftm);
    let parsed = parse_files("os", None, &[path], &Options::default()).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &parsed.entities {
        *counts.entry(e.schema.as_str()).or_default() += 1;
    }
    let expected = [
        ("Address", 11),
        ("Company", 11),
        ("Directorship", 3),
        ("Family", 4),
        ("Ownership", 14),
        ("Passport", 1),
        ("Person", 6),
        ("Sanction", 41),
    ];
    assert_eq!(counts.into_iter().collect::<Vec<_>>(), expected);
    let values: usize = parsed
        .entities
        .iter()
        .flat_map(|e| e.properties.values())
        .map(Vec::len)
        .sum();
    // 1619 values in the file; two `reason`s of one Sanction differ only in whitespace and
    // collapse into one, as Entity::add promises.
    assert_eq!(values, 1618);
    let person = parsed
        .entities
        .iter()
        .find(|e| e.id == "os:NK-2Tbri3s6GgNtAwsSXh4qpL")
        .unwrap();
    assert_eq!(person.schema, Schema::Person);
    assert_eq!(person.get(prop::BIRTH_DATE), ["1988-01-07"]);
    assert_eq!(person.get(prop::NATIONALITY), ["ru"]);
}

#[test]
fn deltas_apply_in_folder_order_onto_t1() {
    let Some(dir) = data_dir() else { return };
    let mut entities = ftm::parse("os", &dir.join("t1/entities.ftm.json"))
        .unwrap()
        .entities;
    let mut runs: Vec<PathBuf> = std::fs::read_dir(dir.join("t2-deltas"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    runs.sort();
    assert_eq!(runs.len(), 3);
    let mut kinds = Vec::new();
    for run in runs {
        let file = run.join("entities.delta.json");
        let (ops, warnings) = delta::read_delta("os", &file).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        kinds.extend(ops.iter().map(|op| match op {
            delta::DeltaOp::Add(_) => "ADD",
            delta::DeltaOp::Mod(_) => "MOD",
            delta::DeltaOp::Del(_) => "DEL",
        }));
        let (next, warnings) = delta::apply(entities, ops, &file);
        assert!(warnings.is_empty(), "{warnings:?}");
        entities = next;
    }
    assert_eq!(kinds, ["ADD", "ADD", "ADD", "MOD", "ADD"]);
    // 7 from t1, plus 4 new ids; the MOD replaces one of them.
    let ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 11);
    assert_eq!(
        ids[7..],
        [
            "os:NK-2T3S8Hu29ktYnKSTgQp2wL",
            "os:NK-2sJaJRaPJcWUfMbHjTtWcL",
            "os:NK-500Poltergeist",
            "os:Q4365364",
        ]
    );
    let modded = &entities[7];
    assert_eq!(
        modded.get(prop::NAME),
        [
            "Foobar Foobargroup",
            "IRGC",
            "Iranian Revolutionary Guard Corps"
        ]
    );
    assert_eq!(modded.get(prop::COUNTRY), ["ir"]);
    assert!(modded.get(prop::ALIAS).is_empty());
    let added = &entities[10];
    assert_eq!(added.schema, Schema::Person);
    assert_eq!(added.get(prop::BIRTH_DATE), ["1961-11-30"]);
}
