use std::path::PathBuf;

use super::*;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ofac_sdn")
}

fn find<'a>(parsed: &'a Parsed, id: &str) -> &'a Entity {
    parsed
        .entities
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

fn parsed() -> Parsed {
    parse("ofac", &[fixtures().join("sdn.csv")]).unwrap()
}

#[test]
fn reads_the_set_beside_sdn_csv_with_warnings_for_bad_rows() {
    let p = parsed();
    let ids: Vec<&str> = p.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["ofac:100", "ofac:101", "ofac:102", "ofac:103", "ofac:104"]
    );
    let messages: Vec<String> = p
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.location, w.message))
        .collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages[0].starts_with("line 6: bad ent_num \"abc\""),
        "{messages:?}"
    );
    assert!(
        messages[1].starts_with("line 7: expected 12 columns, found 3"),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .filter(|m| m.contains("ent_num 999 is not in"))
            .count()
            == 2,
        "{messages:?}"
    );
}

#[test]
fn maps_an_individual() {
    let p = parsed();
    let e = find(&p, "ofac:100");
    assert_eq!(e.schema, Schema::Person);
    assert_eq!(e.get(prop::NAME), ["QURESHI, Tariq Mahmood"]);
    assert_eq!(e.get(prop::LAST_NAME), ["QURESHI"]);
    assert_eq!(e.get(prop::FIRST_NAME), ["Tariq Mahmood"]);
    assert_eq!(e.get(prop::PROGRAM), ["SDGT", "IFSR"]);
    assert_eq!(
        e.get(prop::BIRTH_DATE),
        ["1976-04-02", "1970", "1971", "1972", "1973"]
    );
    assert_eq!(e.get(prop::BIRTH_PLACE), ["Faisalabad, Pakistan"]);
    assert_eq!(e.get(prop::BIRTH_COUNTRY), ["pk"]);
    assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
    assert_eq!(e.get(prop::CITIZENSHIP), ["af"]);
    assert_eq!(e.get(prop::GENDER), ["male"]);
    assert_eq!(e.get(prop::PASSPORT_NUMBER), ["AB1234567"]);
    assert_eq!(e.get(prop::ID_NUMBER), ["35202-1234567-1"]);
    assert_eq!(e.get(prop::WEAK_ALIAS), ["ABU HAMZA"]);
    assert_eq!(e.get(prop::ALIAS), ["QURESHI, Tariq Mehmood"]);
    assert_eq!(e.get(prop::EMAIL), ["tariq@example.org"]);
    assert_eq!(e.get(prop::NOTES), ["Linked To: AL-NOOR RELIEF TRUST"]);
    assert_eq!(
        e.get(prop::ADDRESS),
        ["House 12, Street 4, Peshawar, Pakistan"]
    );
    assert_eq!(e.get(prop::COUNTRY), ["pk"]);
    let source = e.source.as_ref().unwrap();
    assert_eq!(source.format, "csv");
    let lines: Vec<&str> = source.text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("100,\"QURESHI, Tariq Mahmood\""));
    assert!(lines[1].starts_with("100,1,\"House 12"));
    assert!(lines[2].starts_with("100,10,\"aka\""));
}

#[test]
fn maps_an_organisation_vessel_and_aircraft() {
    let p = parsed();
    let org = find(&p, "ofac:101");
    assert_eq!(org.schema, Schema::Organization);
    assert_eq!(org.get(prop::WEBSITE), ["www.example.org"]);
    assert_eq!(org.get(prop::REGISTRATION_NUMBER), ["12345"]);
    assert_eq!(org.get(prop::TAX_NUMBER), ["99-8877"]);
    assert_eq!(org.get(prop::CRYPTO_WALLET), ["1ExampleAddressXyz"]);
    assert_eq!(org.get(prop::PHONE), ["922134567890"]);
    assert_eq!(org.get(prop::PREVIOUS_NAME), ["AL NUR FOUNDATION"]);
    assert_eq!(org.get(prop::ALIAS), ["NOOR TRUST INTERNATIONAL"]);
    // A row with a city is an address; a bare country only sets the country.
    assert_eq!(org.get(prop::ADDRESS), ["Karachi, Pakistan"]);
    assert_eq!(org.get(prop::COUNTRY), ["pk"]);

    let ship = find(&p, "ofac:102");
    assert_eq!(ship.schema, Schema::Vessel);
    assert_eq!(ship.get(prop::CALL_SIGN), ["9BXY"]);
    assert_eq!(ship.get("type"), ["Crude Oil Tanker"]);
    assert_eq!(ship.get("tonnage"), ["150,000"]);
    assert_eq!(ship.get("grossRegisteredTonnage"), ["80,000"]);
    assert_eq!(ship.get(prop::FLAG), ["ir"]);
    assert_eq!(ship.get(prop::IMO_NUMBER), ["IMO9187629"]);
    assert_eq!(ship.get(prop::MMSI), ["572469210"]);
    assert_eq!(ship.get("pastFlags"), ["mt"]);
    assert_eq!(ship.get(prop::NOTES), ["Vessel owner: NITC"]);

    let plane = find(&p, "ofac:103");
    assert_eq!(plane.schema, Schema::Aircraft);
    assert_eq!(plane.get("model"), ["IL76-TD"]);
    assert_eq!(plane.get("buildDate"), ["1992"]);
    assert_eq!(plane.get("serialNumber"), ["1023409321"]);
}

#[test]
fn decodes_windows_1252_and_joins_the_remarks_overflow() {
    let p = parsed();
    let e = find(&p, "ofac:104");
    assert_eq!(e.get(prop::NAME), ["MUÑOZ PEÑA, José María"]);
    assert_eq!(e.get(prop::POSITION), ["Former Minister"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1951", "1938-09", "1953", "1954"]);
    assert_eq!(e.get(prop::BIRTH_PLACE), ["Medellín, Antioquia, Colombia"]);
    assert_eq!(e.get(prop::BIRTH_COUNTRY), ["co"]);
    assert_eq!(e.get(prop::ID_NUMBER), ["16247821"]);
    assert_eq!(e.get(prop::TAX_NUMBER), ["MUPJ-510101-AB1"]);
    assert_eq!(e.get(prop::WEAK_ALIAS), ["EL JEFE"]);
    assert_eq!(e.get(prop::GENDER), ["female"]);
    assert_eq!(
        e.get(prop::CRYPTO_WALLET),
        ["0x901bb9583b24d97e995513c6778dc6888ab6870e"]
    );
    let notes = e.get(prop::NOTES);
    assert!(
        notes.contains(&"Linked To: ABÑOLOTES S.A. DE C.V.".to_string()),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"Linked To: PROMOTORA INTERNACIONAL S.A".to_string()),
        "{notes:?}"
    );
    assert!(e
        .source
        .as_ref()
        .unwrap()
        .text
        .ends_with("104,\" INTERNACIONAL S.A.\""));
}

fn temp_dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    dir
}

#[test]
fn groups_explicit_companions_and_refuses_companions_alone() {
    let sdn = std::fs::read(fixtures().join("sdn.csv")).unwrap();
    let alt = std::fs::read(fixtures().join("alt.csv")).unwrap();
    // Non-standard names are told apart by their column count.
    let dir = temp_dir_with(&[("sdn-2019.csv", &sdn), ("aliases.csv", &alt)]);
    let paths = [
        dir.path().join("aliases.csv"),
        dir.path().join("sdn-2019.csv"),
    ];
    let p = parse("ofac", &paths).unwrap();
    assert_eq!(p.entities.len(), 5);
    assert_eq!(
        find(&p, "ofac:101").get(prop::PREVIOUS_NAME),
        ["AL NUR FOUNDATION"]
    );
    assert!(
        find(&p, "ofac:101").get(prop::ADDRESS).is_empty(),
        "no add.csv in this folder"
    );

    let err = parse("ofac", &[fixtures().join("alt.csv")]).unwrap_err();
    assert!(matches!(err, IngestError::Missing { .. }), "{err}");
}

#[test]
fn consolidated_names_find_their_companions() {
    let dir = temp_dir_with(&[
        ("cons_prim.csv", b"9639,\"HANIYA, Ismail\",\"individual\",\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1962; POB Shati.\"\r\n"),
        ("cons_alt.csv", b"9639,1,\"aka\",\"HANIYEH, Ismail\",-0- \r\n"),
    ]);
    let p = parse("cons", &[dir.path().join("cons_prim.csv")]).unwrap();
    assert_eq!(p.entities.len(), 1);
    let e = &p.entities[0];
    assert_eq!(e.id, "cons:9639");
    assert_eq!(e.get(prop::ALIAS), ["HANIYEH, Ismail"]);
    assert_eq!(e.get(prop::BIRTH_DATE), ["1962"]);
    assert_eq!(e.get(prop::BIRTH_PLACE), ["Shati"]);
    assert!(e.get(prop::BIRTH_COUNTRY).is_empty());
}

#[test]
fn other_content_is_malformed() {
    let dir = temp_dir_with(&[
        ("sdn.csv", b"name,dob\nAli,1970\n"),
        ("list.csv", b"a,b,c\n1,2,3\n"),
        ("broken.csv", b"1,\"unterminated\n"),
    ]);
    for name in ["sdn.csv", "list.csv"] {
        let err = parse("ofac", &[dir.path().join(name)]).unwrap_err();
        assert!(
            matches!(err, IngestError::Malformed { .. }),
            "{name}: {err}"
        );
    }
    let empty = temp_dir_with(&[("sdn.csv", b"")]);
    assert!(parse("ofac", &[empty.path().join("sdn.csv")]).is_err());
}

#[test]
fn detects_ofac_rows_and_file_names() {
    let row =
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    assert!(looks_like("whatever.csv", row));
    assert!(looks_like("sdn.csv", ""));
    assert!(looks_like("cons_prim.csv", ""));
    assert!(looks_like("cons_foo.csv", ""));
    assert!(looks_like("add.csv", ""));
    assert!(!looks_like("people.csv", "id,name,dob\n1,Ali,1970\n"));
    assert!(!looks_like("people.csv", "1,\"Ali\",\"1970\"\n"));
    assert!(!looks_like("x.txt", ""));
}

fn check(dob: &str, expected: &[&str]) {
    assert_eq!(parse_dob(dob), expected, "parse_dob({dob:?})");
}

#[test]
fn every_dob_shape() {
    check("10 Dec 1948", &["1948-12-10"]);
    check("1946", &["1946"]);
    check("circa 1951", &["1951"]);
    check("Sep 1938", &["1938-09"]);
    check("September 1938", &["1938-09"]);
    check("Nov. 1973 ", &["1973-11"]);
    check("01 Jan 1953 to 31 Dec 1954", &["1953", "1954"]);
    check("01 Jan 1970 to 31 Dec 1970", &["1970"]);
    check("1929 to 1930", &["1929", "1930"]);
    check("circa 1979-1982", &["1979", "1980", "1981", "1982"]);
    check("1940 to 1960", &["1940", "1960"]);
    check("circa 07 Jul 1966", &["1966-07-07"]);
    check("circa Mar 1961", &["1961-03"]);
    check("10 October 1969", &["1969-10-10"]);
    check("1986-08-03", &["1986-08-03"]);
    check("Between Aug. and Sep. 1977", &["1977"]);
    check("30-35 years old", &[]);
    check("24/06/1402 (Hijri Calendar)", &[]);
    // An impossible day still tells the year.
    check("31 Feb 1950", &["1950"]);
    check("", &[]);
}

#[test]
fn clauses() {
    let mut e = Entity::new("t", "1", Schema::Person);
    apply_remarks(
        &mut e,
        "alt. DOB 1936; alt. POB Sarajevo Bosnia-Herzegovina; alt. nationality Korea, North; \
         Passport RL 1622378 (Lebanon); alt. Passport 0310857, Eritrea, Issue Date 21 August 2006; \
         Diplomatic Passport 008827 (Iran) issued 1999; U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan; \
         SSN 523-33-8386 (United States); Italian Fiscal Code DAOMMD74T11Z352Z; \
         Telephone (98)(21)(66153220); f.k.a. 'OLD NAME'; \
         Secondary sanctions risk: section 1(b) of Executive Order 13224.",
    );
    assert_eq!(e.get(prop::BIRTH_DATE), ["1936"]);
    assert_eq!(e.get(prop::BIRTH_COUNTRY), ["ba"]);
    assert_eq!(e.get(prop::NATIONALITY), ["kp"]);
    assert_eq!(
        e.get(prop::PASSPORT_NUMBER),
        ["RL 1622378", "0310857", "008827"]
    );
    assert_eq!(e.get(prop::ID_NUMBER), ["523-33-8386"]);
    assert_eq!(e.get(prop::TAX_NUMBER), ["DAOMMD74T11Z352Z"]);
    assert_eq!(e.get(prop::PHONE), ["(98)(21)(66153220)"]);
    assert_eq!(e.get(prop::PREVIOUS_NAME), ["OLD NAME"]);
    assert_eq!(
        e.get(prop::NOTES),
        [
            "U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan",
            "Secondary sanctions risk: section 1(b) of Executive Order 13224"
        ]
    );
}
