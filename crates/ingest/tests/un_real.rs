//! The real UN consolidated list (2026-02-27, in the shared data folder, never copied into the
//! repo): record counts and one record checked field by field against the file.

use std::path::PathBuf;

use nazar_core::{prop, Schema};
use nazar_ingest::{detect, parse_files, un, Format, Options};

fn un_file() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/un-consolidated/UN_consolidated.xml");
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

#[test]
fn counts_730_people_and_273_organisations() {
    let Some(path) = un_file() else { return };
    let parsed = un::parse("un", &path).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let people = parsed
        .entities
        .iter()
        .filter(|e| e.schema == Schema::Person)
        .count();
    let orgs = parsed
        .entities
        .iter()
        .filter(|e| e.schema == Schema::Organization)
        .count();
    assert_eq!((people, orgs, parsed.entities.len()), (730, 273, 1003));
    let mut ids: Vec<&str> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 1003, "ids are unique");
    assert!(parsed
        .entities
        .iter()
        .all(|e| e.source.is_some() && !e.get(prop::NAME).is_empty()));
}

#[test]
fn qdi_312_as_in_the_file() {
    let Some(path) = un_file() else { return };
    assert_eq!(detect(&path).unwrap(), Format::UnXml);
    let parsed = parse_files("un", None, &[path], &Options::default()).unwrap();
    let e = parsed
        .entities
        .iter()
        .find(|e| e.id == "un:QDi.312")
        .unwrap();
    assert_eq!(e.schema, Schema::Person);
    assert_eq!(e.get(prop::NAME), ["AAMIR ALI CHAUDHRY"]);
    assert!(e.get(prop::ALIAS).iter().any(|a| a == "عامر علی چوہدری"));
    assert!(e.get(prop::ALIAS).iter().any(|a| a == "Aamir Ali Choudry"));
    assert_eq!(e.get(prop::WEAK_ALIAS), ["Huzaifa"]);
    assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1986-08-03"]);
    assert_eq!(e.get(prop::PASSPORT_NUMBER), ["BN 4196361"]);
    assert_eq!(e.get(prop::ID_NUMBER), ["33202-7126636-9"]);
    assert_eq!(e.get(prop::PROGRAM), ["Al-Qaida"]);
    assert_eq!(e.get(prop::LISTING_DATE), ["2012-10-18"]);
}

#[test]
fn every_country_and_most_birth_dates_are_read() {
    let Some(path) = un_file() else { return };
    let parsed = un::parse("un", &path).unwrap();
    // Every nationality, country and birth country in the file is a name the table knows.
    for e in &parsed.entities {
        for p in [prop::NATIONALITY, prop::COUNTRY, prop::BIRTH_COUNTRY] {
            for v in e.get(p) {
                assert!(
                    v.len() == 2 && v.chars().all(|c| c.is_ascii_lowercase()),
                    "{} {p} {v:?}",
                    e.id
                );
            }
        }
    }
    let people: Vec<_> = parsed
        .entities
        .iter()
        .filter(|e| e.schema == Schema::Person)
        .collect();
    let with_dob = people
        .iter()
        .filter(|e| !e.get(prop::BIRTH_DATE).is_empty())
        .count();
    eprintln!(
        "UN: {with_dob} of {} individuals have a birthDate",
        people.len()
    );
    // 677 have a DATE, YEAR or year range (on the record or an alias); one more only a note
    // "Nov. 1973"; the other 52 carry no date of birth at all.
    assert_eq!(with_dob, 678);
}
