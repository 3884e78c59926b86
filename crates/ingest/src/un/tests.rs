use std::path::PathBuf;

use super::*;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/un_consolidated.xml")
}

fn find<'a>(parsed: &'a Parsed, id: &str) -> &'a Entity {
    parsed
        .entities
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

#[test]
fn reads_individuals_and_entities() {
    let parsed = parse("un", &fixture()).unwrap();
    let ids: Vec<&str> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["un:QDi.901", "un:9000002", "un:QDe.901", "un:KPe.901"]
    );
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert!(parsed.warnings[0]
        .message
        .contains("without REFERENCE_NUMBER or DATAID"));
    assert!(parsed.warnings[0].location.starts_with("line "));
    let org = find(&parsed, "un:QDe.901");
    assert_eq!(org.schema, Schema::Organization);
    assert_eq!(
        org.get(prop::ALIAS),
        ["مؤسسة النور للإغاثة", "Al Nur Relief Foundation"]
    );
    assert_eq!(org.get(prop::WEAK_ALIAS), ["Noor Trust"]);
    assert_eq!(org.get(prop::ADDRESS), ["Plot 7, Karachi, Pakistan"]);
    assert_eq!(org.get(prop::COUNTRY), ["pk"]);
    assert!(org.get(prop::NOTES).is_empty());
    assert_eq!(find(&parsed, "un:KPe.901").get(prop::COUNTRY), ["kp"]);
}

#[test]
fn maps_an_individual() {
    let parsed = parse("un", &fixture()).unwrap();
    let p = find(&parsed, "un:QDi.901");
    assert_eq!(p.schema, Schema::Person);
    // "na" in FOURTH_NAME and NATIONALITY means "not available".
    assert_eq!(p.get(prop::NAME), ["TARIQ MAHMOOD QURESHI"]);
    assert!(p.get(prop::FIRST_NAME).is_empty());
    assert_eq!(p.get(prop::NATIONALITY), ["pk"]);
    assert_eq!(
        p.get(prop::ALIAS),
        ["طارق محمود قریشی", "Tariq Mehmood Qureshi", "Tariq Qureshy"]
    );
    assert_eq!(p.get(prop::WEAK_ALIAS), ["Abu Hamza", "ابو حمزه"]);
    assert_eq!(p.get(prop::TITLE), ["Haji", "Maulavi"]);
    assert_eq!(p.get(prop::POSITION), ["Commander & trainer"]);
    assert_eq!(p.get(prop::GENDER), ["male"]);
    assert_eq!(p.get(prop::PROGRAM), ["Al-Qaida"]);
    assert_eq!(p.get(prop::LISTING_DATE), ["2012-10-18"]);
    assert_eq!(p.get(prop::MODIFIED_AT), ["2023-02-02"]);
    assert_eq!(
        p.get(prop::NOTES),
        ["Explosives expert. Father's name: Mahmood Qureshi."]
    );
    assert_eq!(
        p.get(prop::BIRTH_DATE),
        [
            "1977-04-02",
            "1976-04-02",
            "1970",
            "1971",
            "1972",
            "1973",
            "1973-11"
        ]
    );
    assert_eq!(
        p.get(prop::BIRTH_PLACE),
        ["Multan, Pakistan", "Faisalabad, Punjab Province, Pakistan"]
    );
    assert_eq!(p.get(prop::BIRTH_COUNTRY), ["pk"]);
    assert_eq!(
        p.get(prop::ADDRESS),
        ["House 12, Street 4, Peshawar, Khyber Pakhtunkhwa, Pakistan"]
    );
    assert_eq!(p.get(prop::COUNTRY), ["pk", "af"]);
    assert_eq!(p.get(prop::PASSPORT_NUMBER), ["AB 1234567", "D014433"]);
    assert_eq!(p.get(prop::ID_NUMBER), ["35202-1234567-1", "545167"]);
    assert_eq!(p.get(prop::TAX_NUMBER), ["QRSTRQ76D02Z236X"]);
    let source = p.source.as_ref().unwrap();
    assert_eq!(source.format, "xml");
    assert!(source.text.starts_with("<INDIVIDUAL>") && source.text.ends_with("</INDIVIDUAL>"));
    assert!(source
        .text
        .contains("<REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>"));
}

#[test]
fn falls_back_to_dataid_and_reads_wide_ranges_as_endpoints() {
    let parsed = parse("un", &fixture()).unwrap();
    let p = find(&parsed, "un:9000002");
    assert_eq!(p.get(prop::NAME), ["RI CHOL-SU"]);
    assert_eq!(p.get(prop::GENDER), ["female"]);
    assert_eq!(p.get(prop::NATIONALITY), ["kp"]);
    assert_eq!(p.get(prop::BIRTH_DATE), ["1958", "1940", "1960"]);
    assert!(p.get(prop::BIRTH_PLACE).is_empty());
}

fn write_temp(content: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    std::io::Write::write_all(&mut f, content.as_bytes()).unwrap();
    f
}

#[test]
fn truncated_file_is_malformed_with_line_and_column() {
    let full = std::fs::read_to_string(fixture()).unwrap();
    let cut = &full[..full.find("<INDIVIDUAL_DOCUMENT/>").unwrap()];
    let f = write_temp(cut);
    match parse("un", f.path()) {
        Err(IngestError::Malformed {
            location, message, ..
        }) => {
            assert!(
                location.starts_with("line ") && location.contains(", column "),
                "{location}"
            );
            assert!(message.contains("truncated"), "{message}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    let f =
        write_temp("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID></WRONG>");
    match parse("un", f.path()) {
        Err(IngestError::Malformed { location, .. }) => {
            assert!(location.starts_with("line 3"), "{location}")
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn another_xml_is_malformed() {
    let f = write_temp("<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>");
    let err = parse("un", f.path()).unwrap_err();
    assert!(err.to_string().contains("CONSOLIDATED_LIST"), "{err}");
    let f = write_temp("");
    assert!(parse("un", f.path()).is_err());
}

fn check(raw: &str, expected: &str) {
    assert_eq!(
        clean_document_number(raw),
        expected,
        "clean_document_number({raw:?})"
    );
}

#[test]
fn document_numbers_lose_their_prose() {
    check("BN 4196361", "BN 4196361");
    check("D 000933", "D 000933");
    check("OB 0243318", "OB 0243318");
    check("TR-P 614 166", "TR-P 614 166");
    check(
        "national identity card number 44103-5251752-5",
        "44103-5251752-5",
    );
    check("Pakistani passport number AA3829182", "AA3829182");
    check("Afghan passport number SE 012820", "SE 012820");
    check("CAR diplomatic passport no. D00000898", "D00000898");
    check("Provisional passport No.: 28642163", "28642163");
    check("Diplomatic Passport: Z30321794", "Z30321794");
    check("Diplomatic Passport D014433", "D014433");
    check("Libya B/002210", "B/002210");
    check("Jordan 286062 ", "286062");
    check(
        "German travel document (“Reiseausweis”) A 0139243",
        "A 0139243",
    );
    check("381110042 (Expired 25 Jan. 2016)", "381110042");
    check("Social Security Number 423-31-3021 (US)", "423-31-3021");
    check("R00012098, South Sudan", "R00012098");
    check("Russian passport number 8208 No. 555627", "8208 No. 555627");
    check(
        "Central African Republic armed forces (FACA) Military identification\nnumber 911-10-77",
        "911-10-77",
    );
    check("35202- 4135948-7", "35202- 4135948-7");
}
