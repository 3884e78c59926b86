//! OFAC's legacy CSV sets (real files in the shared data folder, never copied into the repo):
//! the full SDN list of January 2019, a curated 2025 subset and the 2025 non-SDN consolidated
//! list. Counts are the files' own; a few records are checked against their rows.

use std::collections::BTreeMap;
use std::path::PathBuf;

use nazar_core::{prop, Entity, Schema};
use nazar_ingest::{detect, ofac_csv, parse_files, Format, Options, Parsed};

fn data(dir: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(dir);
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

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
