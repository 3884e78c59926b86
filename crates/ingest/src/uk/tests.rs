//! Tests for the UK parsers, on hand-written fixtures in `tests/fixtures/`.

use super::*;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn by_id<'a>(p: &'a Parsed, id: &str) -> &'a Entity {
    p.entities.iter().find(|e| e.id == id).unwrap()
}

#[test]
fn xml_individual() {
    let p = parse_xml("uk", &fixture("uk_sanctions_list.xml")).unwrap();
    let ids: Vec<&str> = p.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["uk:AFG9001", "uk:RUS9001", "uk:RUS9002", "uk:GHR9003"]
    );
    let e = by_id(&p, "uk:AFG9001");
    assert_eq!(e.schema, Schema::Person);
    assert_eq!(e.get(prop::NAME), ["Abdul Rahim ZADRAN"]);
    assert_eq!(
        e.get(prop::ALIAS),
        ["Abdul Rahim ZADRANI", "Rahimullah", "عبدالرحیم زدران"]
    );
    assert_eq!(e.get(prop::WEAK_ALIAS), ["Mullah Rahim"]);
    assert_eq!(e.get(prop::FIRST_NAME), ["Abdul"]);
    assert_eq!(e.get(prop::SECOND_NAME), ["Rahim"]);
    assert_eq!(e.get(prop::LAST_NAME), ["ZADRAN"]);
    assert_eq!(e.get(prop::TITLE), ["Maulavi"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1957", "1958-03-02"]);
    assert_eq!(e.get(prop::NATIONALITY), ["af", "pk"]);
    assert_eq!(e.get(prop::BIRTH_PLACE), ["Khost"]);
    assert_eq!(e.get(prop::BIRTH_COUNTRY), ["af"]);
    assert_eq!(e.get(prop::GENDER), ["male"]);
    assert_eq!(e.get(prop::PASSPORT_NUMBER), ["OA0458192"]);
    assert_eq!(e.get(prop::ID_NUMBER), ["41301-7654321-9"]);
    assert_eq!(e.get("programId"), ["TAi.901"]);
    assert_eq!(e.get(prop::PROGRAM), ["Afghanistan"]);
    assert_eq!(e.get(prop::LISTING_DATE), ["2001-02-23"]);
    assert_eq!(e.get(prop::ADDRESS), ["Karte Char, Kabul, Afghanistan"]);
    assert_eq!(e.get(prop::COUNTRY), ["af"]);
    let src = e.source.as_ref().unwrap();
    assert!(src.text.starts_with("<Designation>") && src.text.contains("<UniqueID>AFG9001<"));
}

#[test]
fn xml_entity_ship_and_warnings() {
    let p = parse_xml("uk", &fixture("uk_sanctions_list.xml")).unwrap();
    let org = by_id(&p, "uk:RUS9001");
    assert_eq!(org.schema, Schema::Organization);
    assert_eq!(org.get(prop::NAME), ["NORTHERN LIGHT SHIPPING LLC"]);
    assert_eq!(
        org.get(prop::ALIAS),
        ["Severnoe Siyanie", "ООО Северное сияние"]
    );
    assert!(org.get(prop::FIRST_NAME).is_empty());
    assert_eq!(org.get(prop::REGISTRATION_NUMBER), ["1025100000000"]);
    assert_eq!(org.get(prop::EMAIL), ["info@northern-light.invalid"]);
    assert_eq!(
        org.get(prop::ADDRESS),
        ["Naberezhnaya 1, Murmansk, 183000, Russia"]
    );
    let ship = by_id(&p, "uk:RUS9002");
    assert_eq!(ship.schema, Schema::Vessel);
    assert_eq!(ship.get(prop::IMO_NUMBER), ["9123456"]);
    let odd = by_id(&p, "uk:GHR9003");
    assert_eq!(odd.get(prop::BIRTH_DATE), ["1961-04"]);
    let w: Vec<String> = p.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].contains("no UniqueID"), "{w:?}");
    assert!(
        w[1].contains("unreadable DOB \"sometime in 1960\""),
        "{w:?}"
    );
}

#[test]
fn xml_truncated_or_foreign_fails() {
    let text = std::fs::read_to_string(fixture("uk_sanctions_list.xml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut.xml");
    let at = text.find("<UniqueID>RUS9002").unwrap();
    std::fs::write(&cut, &text[..at]).unwrap();
    match parse_xml("uk", &cut) {
        Err(IngestError::Malformed { message, .. }) => {
            assert!(message.contains("truncated"), "{message}")
        }
        other => panic!("expected malformed, got {other:?}"),
    }
    let eu = fixture("eu_fsf.xml");
    assert!(matches!(
        parse_xml("uk", &eu),
        Err(IngestError::Malformed { .. })
    ));
}

#[test]
fn csv_groups_rows_into_entities() {
    let p = parse_csv("uk", &fixture("uk_conlist.csv")).unwrap();
    let ids: Vec<&str> = p.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["uk:99001", "uk:99002", "uk:99003"]);
    let e = by_id(&p, "uk:99001");
    assert_eq!(e.schema, Schema::Person);
    assert_eq!(e.get(prop::NAME), ["Abdul Rahim ZADRAN"]);
    assert_eq!(
        e.get(prop::ALIAS),
        ["عبدالرحیم زدران", "Abdul Rahim ZADRANI"]
    );
    assert_eq!(e.get(prop::WEAK_ALIAS), ["Mullah Rahim"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1957", "1958-03-02"]);
    assert_eq!(e.get(prop::NATIONALITY), ["af", "pk"]);
    assert_eq!(e.get(prop::PASSPORT_NUMBER), ["OA0458192"]);
    assert_eq!(e.get("programId"), ["TAi.901"]);
    assert_eq!(e.get(prop::LISTING_DATE), ["2001-02-23"]);
    assert_eq!(e.get(prop::MODIFIED_AT), ["2021-02-01"]);
    let src = e.source.as_ref().unwrap();
    assert_eq!(src.format, "csv");
    assert_eq!(src.text.lines().count(), 4, "header and three rows");
    assert!(src.text.starts_with("Name 6,Name 1,"));
    let org = by_id(&p, "uk:99002");
    assert_eq!(org.schema, Schema::Organization);
    assert_eq!(
        org.get(prop::ALIAS),
        ["ООО Северное сияние", "Severnoe Siyanie"]
    );
    assert_eq!(org.get(prop::COUNTRY), ["ru"]);
    assert_eq!(by_id(&p, "uk:99003").schema, Schema::Vessel);
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(p.warnings[0].location, "line 9");
}

#[test]
fn csv_older_header_and_missing_columns() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.csv");
    std::fs::write(
        &old,
        "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID\n\
         QUREISHI,Bilal,,,,,,00/00/1975,,,Pakistani,,,,,,,,,,,,,Individual,Primary name,Terrorism,01/01/2015,01/01/2016,7001\n",
    )
    .unwrap();
    let p = parse_csv("uk", &old).unwrap();
    assert_eq!(p.entities[0].get(prop::NAME), ["Bilal QUREISHI"]);
    assert_eq!(p.entities[0].get(prop::BIRTH_DATE), ["1975"]);
    assert_eq!(p.entities[0].get(prop::NATIONALITY), ["pk"]);
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "Last Updated,01/01/2024\nName,Id\nx,1\n").unwrap();
    match parse_csv("uk", &bad) {
        Err(IngestError::Malformed {
            location, message, ..
        }) => {
            assert_eq!(location, "line 2");
            assert!(message.contains("\"Group ID\""), "{message}");
        }
        other => panic!("expected malformed, got {other:?}"),
    }
}

#[test]
fn dates_and_lists() {
    let check = |s: &str, want: Option<&str>| assert_eq!(uk_date(s).as_deref(), want, "{s}");
    check("02/03/1958", Some("1958-03-02"));
    check("dd/mm/1957", Some("1957"));
    check("dd/03/1957", Some("1957-03"));
    check("1/3/1957", Some("1957-03-01"));
    check("circa 1960", Some("1960"));
    check("1960-05-04", Some("1960-05-04"));
    check("unknown", None);
    check("ä€-1234", None);
    assert_eq!(numbered("(1) Kabul (2) Khost"), ["Kabul", "Khost"]);
    assert_eq!(numbered("Kabul (Afghanistan)"), ["Kabul (Afghanistan)"]);
    assert!(numbered(" ").is_empty());
    assert_eq!(
        un_reference("(UN Ref):QDi.312. Other"),
        Some("QDi.312".into())
    );
    assert_eq!(un_reference("no reference"), None);
}

proptest::proptest! {
    #[test]
    fn dates_never_panic(s in "\\PC{0,24}") {
        let _ = uk_date(&s);
        let _ = numbered(&s);
        let _ = un_reference(&s);
    }
}
