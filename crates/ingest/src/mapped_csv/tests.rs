//! Tests for mapped CSV, on the example in `examples/agency/` and small inline files.

use super::*;
use std::io::Write;

fn example(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/agency")
        .join(name)
}

fn file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

fn by_id<'a>(p: &'a Parsed, id: &str) -> &'a Entity {
    p.entities.iter().find(|e| e.id == id).unwrap()
}

fn example_parsed() -> Parsed {
    let mapping = Mapping::load(&example("mapping.toml")).unwrap();
    parse("agency", &example("watchlist.csv"), &mapping).unwrap()
}

#[test]
fn example_counts_and_warnings() {
    let p = example_parsed();
    // 20 rows: one repeats case 3, one has no case number.
    assert_eq!(p.entities.len(), 18);
    let people = p
        .entities
        .iter()
        .filter(|e| e.schema == Schema::Person)
        .count();
    assert_eq!(people, 15);
    let w: Vec<String> = p.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("line 14: column \"dob\": unreadable date \"15/13/1988\""),
        "{w:?}"
    );
    assert!(
        w[1].contains("line 17: empty id (column \"case_no\")"),
        "{w:?}"
    );
}

#[test]
fn example_person() {
    let p = example_parsed();
    let e = by_id(&p, "agency:PK-CT-0001");
    assert_eq!(e.get(prop::NAME), ["Zafar Iqbal KHARANI"]);
    assert_eq!(
        e.get(prop::ALIAS),
        ["Zafar Kharani", "Z. I. Kharani", "ظفر اقبال خارانی"]
    );
    assert_eq!(e.get(prop::WEAK_ALIAS), ["Ustad"]);
    assert_eq!(e.get(prop::FIRST_NAME), ["Zafar Iqbal"]);
    assert_eq!(e.get(prop::FATHER_NAME), ["Ghulam Nabi"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1976-08-14"]);
    assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
    assert_eq!(e.get(prop::GENDER), ["male"]);
    assert_eq!(e.get(prop::ID_NUMBER), ["54400-1234567-1"]);
    assert_eq!(e.get(prop::LISTING_DATE), ["2020-01-02"]);
    // The remarks column is never split, though it holds the global separator.
    assert_eq!(e.get(prop::NOTES), ["Invented entry; for tests"]);
    let src = e.source.as_ref().unwrap();
    assert_eq!(src.format, "csv");
    assert!(src.text.starts_with("case_no,type,given_name,"));
    assert_eq!(src.text.lines().count(), 2);
}

#[test]
fn example_partial_dates_merges_and_orgs() {
    let p = example_parsed();
    assert_eq!(
        by_id(&p, "agency:PK-CT-0002").get(prop::BIRTH_DATE),
        ["1981"]
    );
    let merged = by_id(&p, "agency:PK-CT-0003");
    assert_eq!(merged.get(prop::BIRTH_DATE), ["1969-06"]);
    assert_eq!(merged.get(prop::NATIONALITY), ["af", "pk"]);
    assert_eq!(
        merged.get(prop::ALIAS),
        [
            "Wahid Zarkun",
            "Abdulwahid Zarkoon",
            "عبدالواحد زرکون",
            "Haji Wahid"
        ]
    );
    assert_eq!(merged.source.as_ref().unwrap().text.lines().count(), 3);
    assert_eq!(
        by_id(&p, "agency:PK-CT-0006").get(prop::NATIONALITY),
        ["pk"]
    );
    assert!(by_id(&p, "agency:PK-CT-0008").get(prop::GENDER).is_empty());
    assert!(by_id(&p, "agency:PK-CT-0013")
        .get(prop::BIRTH_DATE)
        .is_empty());
    let org = by_id(&p, "agency:PK-CT-0016");
    assert_eq!(org.schema, Schema::Organization);
    assert_eq!(org.get(prop::NAME), ["Baltic Polar Logistics LLC"]);
    assert_eq!(
        org.get(prop::ALIAS),
        ["Baltpolar", "ООО Балтийская полярная логистика"]
    );
    assert_eq!(org.get(prop::NATIONALITY), ["ru"]);
}

#[test]
fn unknown_column_names_column_and_header() {
    let mapping = Mapping::from_toml_str(
        "id = \"case_no\"\nschema = \"Person\"\n[properties]\nname = \"full_name\"\nalias = \"aka\"\n",
    )
    .unwrap();
    let f = file("case_no,full_name\n1,Bilal Ahmed\n");
    match parse("agency", f.path(), &mapping) {
        Err(IngestError::Missing { message, .. }) => {
            assert!(
                message.contains("properties.alias names column \"aka\""),
                "{message}"
            );
            assert!(message.contains("case_no, full_name"), "{message}");
        }
        other => panic!("expected missing, got {other:?}"),
    }
}

#[test]
fn tab_separated_with_fixed_schema() {
    let mapping = Mapping::from_toml_str(
        "id = \"ref\"\nschema = \"Person\"\ndelimiter = \"tab\"\ndate_format = \"iso\"\n\
         [properties]\nname = [\"name\"]\nbirthDate = \"born\"\ngender = \"sex\"\n",
    )
    .unwrap();
    let f =
        file("ref\tname\tborn\tsex\nA-1\tAsma Jahangiri\t1952-01\tf\nA-2\tOleg Petrov\t1960\tq\n");
    let p = parse("agency", f.path(), &mapping).unwrap();
    assert_eq!(p.entities.len(), 2);
    assert_eq!(p.entities[0].get(prop::BIRTH_DATE), ["1952-01"]);
    assert_eq!(p.entities[0].get(prop::GENDER), ["female"]);
    assert_eq!(
        p.entities[0].source.as_ref().unwrap().text,
        "ref\tname\tborn\tsex\nA-1\tAsma Jahangiri\t1952-01\tf"
    );
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(p.warnings[0].location, "line 3");
}

#[test]
fn mapping_errors_are_specific() {
    let err = |toml: &str| Mapping::from_toml_str(toml).unwrap_err();
    assert!(err("schema = \"Person\"\n[properties]\nname = \"n\"\n").contains("id"));
    assert!(err("id = \"i\"\n[properties]\nname = \"n\"\n").contains("schema_column"));
    assert!(
        err("id = \"i\"\nschema = \"Person\"\n[properties]\nbirthDate = \"d\"\n")
            .contains("no name")
    );
    assert!(err(
        "id = \"i\"\nschema = \"Person\"\n[properties]\nname = \"n\"\nbirthdate = \"d\"\n"
    )
    .contains("did you mean `birthDate`"));
    assert!(
        err("id = \"i\"\nschema = \"Person\"\n[properties.name]\njion = [\"a\"]\n")
            .contains("unknown key `jion`")
    );
    assert!(err(
        "id = \"i\"\nschema = \"Person\"\ndate_format = \"%d/%b/%Y\"\n[properties]\nname = \"n\"\n"
    )
    .contains("%b"));
    assert!(err(
        "id = \"i\"\nschema = \"Person\"\ndelimiter = \";;\"\n[properties]\nname = \"n\"\n"
    )
    .contains("delimiter"));
    assert!(
        err("id = \"i\"\nschema = \"Person\"\nextra = 1\n[properties]\nname = \"n\"\n")
            .contains("extra")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.toml");
    std::fs::write(
        &path,
        "id = \"i\"\nschema = \"Person\"\n\n[properties]\nname = 3\n",
    )
    .unwrap();
    match Mapping::load(&path) {
        Err(IngestError::Malformed {
            location, message, ..
        }) => {
            assert!(location.starts_with("line "), "{location}");
            assert!(message.contains("properties.name"), "{message}");
        }
        other => panic!("expected malformed, got {other:?}"),
    }
}
