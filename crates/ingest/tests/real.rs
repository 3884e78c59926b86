//! Integration tests on the real lists in the shared data folder (reachable from the crate as
//! `../../../shared/data`, never copied into the repo). Each module reads one publisher's files
//! and asserts the files' own counts; every test returns early, with a note on stderr, when its
//! files are absent.

use std::path::PathBuf;

/// A file or folder below the shared data folder, or `None` (and a note) when it is absent.
fn data(relative: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

/// The real UN consolidated list (2026-02-27, in the shared data folder, never copied into the
/// repo): record counts and one record checked field by field against the file.
mod un {
    use std::path::PathBuf;

    use nazar_core::{prop, Schema};
    use nazar_ingest::{detect, parse_files, un, Format, Options};

    use super::data;

    fn un_file() -> Option<PathBuf> {
        data("un-consolidated/UN_consolidated.xml")
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
}

/// OFAC's legacy CSV sets (real files in the shared data folder, never copied into the repo):
/// the full SDN list of January 2019, a curated 2025 subset and the 2025 non-SDN consolidated
/// list. Counts are the files' own; a few records are checked against their rows.
mod ofac {
    use std::collections::BTreeMap;

    use nazar_core::{prop, Entity, Schema};
    use nazar_ingest::{detect, ofac_csv, parse_files, Format, Options, Parsed};

    use super::data;

    fn schemas(parsed: &Parsed) -> BTreeMap<&str, usize> {
        let mut out = BTreeMap::new();
        for e in &parsed.entities {
            *out.entry(e.schema.as_str()).or_insert(0) += 1;
        }
        out
    }

    fn find<'a>(parsed: &'a Parsed, id: &str) -> &'a Entity {
        parsed
            .entities
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn sdn_2019_full_list() {
        let Some(dir) = data("ofac-sdn-legacy-csv") else {
            return;
        };
        let sdn = dir.join("sdn.csv");
        assert_eq!(detect(&sdn).unwrap(), Format::OfacCsv);
        let parsed = parse_files("ofac", None, &[sdn], &Options::default()).unwrap();
        // 7,379 rows (`wc -l` says 7,378: the file has no final newline).
        assert_eq!(parsed.entities.len(), 7379);
        assert_eq!(
            schemas(&parsed),
            BTreeMap::from([
                ("Aircraft", 217),
                ("Organization", 2994),
                ("Person", 3845),
                ("Vessel", 323)
            ])
        );
        // The only warnings: sdn_comments.csv is newer than sdn.csv and continues ten remarks of
        // entities the 2019 list does not have.
        assert_eq!(parsed.warnings.len(), 10, "{:?}", parsed.warnings);
        assert!(parsed
            .warnings
            .iter()
            .all(|w| w.file.ends_with("sdn_comments.csv")));
        // Every one of the 3,662 individuals whose remarks have a DOB clause gets a birthDate
        // (4,275 clauses: 3,358 day, 726 year, 76 circa, 94 ranges, 21 month).
        let people: Vec<&Entity> = parsed
            .entities
            .iter()
            .filter(|e| e.schema == Schema::Person)
            .collect();
        let with_dob = people
            .iter()
            .filter(|e| !e.get(prop::BIRTH_DATE).is_empty())
            .count();
        assert_eq!(with_dob, 3662);
        let count = |p: &str| {
            parsed
                .entities
                .iter()
                .map(|e| e.get(p).len())
                .sum::<usize>()
        };
        eprintln!(
        "SDN 2019: birthDate values {}, passports {}, id numbers {}, weak aliases {}, aliases {}",
        count(prop::BIRTH_DATE),
        count(prop::PASSPORT_NUMBER),
        count(prop::ID_NUMBER),
        count(prop::WEAK_ALIAS),
        count(prop::ALIAS)
    );
        // alt.csv's 9,682 rows (aka 9,335, fka 331, nka 16) plus 11 inline f.k.a./n.k.a. remarks,
        // less 2 that repeat an alt.csv name.
        assert_eq!(
            count(prop::ALIAS) + count(prop::PREVIOUS_NAME),
            9682 + 11 - 2
        );

        let e = find(&parsed, "ofac:15517");
        assert_eq!(e.schema, Schema::Person);
        assert_eq!(e.get(prop::NAME), ["CHAUDHRY, Aamir Ali"]);
        assert_eq!(e.get(prop::LAST_NAME), ["CHAUDHRY"]);
        assert_eq!(e.get(prop::FIRST_NAME), ["Aamir Ali"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1986-08-03"]);
        assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
        assert_eq!(e.get(prop::PASSPORT_NUMBER), ["BN4196361"]);
        assert_eq!(e.get(prop::ID_NUMBER), ["33202-7126636-9"]);
        assert_eq!(e.get(prop::WEAK_ALIAS), ["HUZAIFA"]);
        assert_eq!(
            e.get(prop::ALIAS),
            [
                "CHAUDARY, Aamir Ali",
                "CHOUDRY, Aamir Ali",
                "CHAUDRY, Amir Ali"
            ]
        );
        assert_eq!(e.get(prop::PROGRAM), ["SDGT"]);
        // Its add.csv row is all NULL: no address, but the row is in the source record.
        assert!(e.get(prop::ADDRESS).is_empty());
        assert_eq!(e.source.as_ref().unwrap().text.lines().count(), 5);
    }

    #[test]
    fn sdn_2025_subset() {
        let Some(dir) = data("ofac-sdn-legacy-csv-subset") else {
            return;
        };
        let parsed = ofac_csv::parse("ofac", &[dir.join("sdn.csv")]).unwrap();
        assert_eq!(parsed.entities.len(), 17);
        assert_eq!(
            schemas(&parsed),
            BTreeMap::from([
                ("Aircraft", 2),
                ("Organization", 7),
                ("Person", 4),
                ("Vessel", 4)
            ])
        );
        // The curated add.csv and alt.csv keep rows of entities left out of the subset.
        assert_eq!(parsed.warnings.len(), 9, "{:?}", parsed.warnings);

        let e = find(&parsed, "ofac:29702");
        assert_eq!(e.get(prop::GENDER), ["male"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1992-12-26"]);
        assert_eq!(e.get(prop::NATIONALITY), ["ru"]);
        assert_eq!(
            e.get(prop::EMAIL),
            ["mycryptodeals@yandex.ru", "artemlv@hotmail.com"]
        );
        assert_eq!(e.get(prop::PHONE), ["79110354982"]);
        assert_eq!(e.get(prop::PASSPORT_NUMBER), ["719032284"]);
        assert_eq!(e.get(prop::CRYPTO_WALLET).len(), 6);
        assert!(e
            .get(prop::CRYPTO_WALLET)
            .contains(&"0x901bb9583b24d97e995513c6778dc6888ab6870e".to_string()));

        let e = find(&parsed, "ofac:48603");
        assert_eq!(e.get(prop::WEAK_ALIAS), ["LOCKBITSUPP"]);
        assert_eq!(e.get(prop::TAX_NUMBER), ["366110340670"]);
        assert_eq!(e.get(prop::BIRTH_COUNTRY), ["ru"]);

        // An address cut by the 1000-character limit and continued in sdn_comments.csv.
        let e = find(&parsed, "ofac:33151");
        assert!(e
            .get(prop::CRYPTO_WALLET)
            .contains(&"1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi".to_string()));
        assert_eq!(e.get(prop::WEAK_ALIAS), ["SUCCESSFUL EXCHANGE"]);

        let e = find(&parsed, "ofac:47371");
        assert_eq!(e.schema, Schema::Vessel);
        assert_eq!(e.get(prop::IMO_NUMBER), ["IMO9339301"]);
        assert_eq!(e.get(prop::MMSI), ["636013272"]);
        assert_eq!(e.get(prop::FLAG), ["ga"]);
        assert_eq!(e.get(prop::CALL_SIGN), ["A8LU7"]);
    }

    #[test]
    fn consolidated_non_sdn_list() {
        let Some(dir) = data("ofac-consolidated-nonsdn") else {
            return;
        };
        let parsed = ofac_csv::parse("ofac-cons", &[dir.join("cons_prim.csv")]).unwrap();
        assert_eq!(parsed.entities.len(), 442);
        assert_eq!(
            schemas(&parsed),
            BTreeMap::from([("Organization", 363), ("Person", 79)])
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        let e = find(&parsed, "ofac-cons:9647");
        assert_eq!(e.get(prop::NAME), ["ZAHHAR, Mahmoud Khaled"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1945"]);
        assert_eq!(e.get(prop::NATIONALITY), ["ps"]);
        assert_eq!(e.get(prop::GENDER), ["male"]);
        assert_eq!(
            e.get(prop::WEAK_ALIAS),
            ["ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud"]
        );
        assert_eq!(e.get(prop::PROGRAM), ["SDGT", "NS-PLC"]);
        let aliases: usize = parsed
            .entities
            .iter()
            .map(|e| e.get(prop::ALIAS).len())
            .sum();
        let previous: usize = parsed
            .entities
            .iter()
            .map(|e| e.get(prop::PREVIOUS_NAME).len())
            .sum();
        // cons_alt.csv: 932 aka, 141 fka; 3 more f.k.a. are inline in the remarks.
        assert_eq!((aliases, previous), (932, 141 + 3));
    }
}

/// FtM entities and deltas from OpenSanctions (real files in the shared data folder, never
/// copied into the repo): counts and the outcome of applying the delta runs in order.
mod ftm {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use nazar_core::{prop, Schema};
    use nazar_ingest::{delta, ftm, parse_files, Format, Options};

    use super::data;

    fn data_dir() -> Option<PathBuf> {
        data("opensanctions-ftm")
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
}
