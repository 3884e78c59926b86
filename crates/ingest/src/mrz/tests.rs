//! MRZ tests: ICAO worked values on inline fixtures, the shared specimens, property tests.

use super::*;
use proptest::prelude::*;

const TODAY: MrzOptions = MrzOptions {
    today: Some((2026, 11, 29)),
    ocr: false,
};

fn read(lines: &[&str]) -> Mrz {
    match parse(lines, &TODAY) {
        Ok(m) => m,
        Err(e) => panic!("{lines:?}: {e}"),
    }
}

#[test]
fn icao_worked_check_digits() {
    for (s, d) in [
        ("520727", 3),
        ("AB2134<<<", 5),
        ("L898902C3", 6),
        ("740812", 2),
        ("120415", 9),
        ("ZE184226B<<<<<", 1),
        ("HA672242<658022549601086<<<<<<<<<<<<<<0", 8),
        ("D231458907<<<<<<<<<<<<<<<34071279507122<<<<<<<<<<<", 2),
    ] {
        assert_eq!(check_digit(s), d, "{s}");
    }
}

#[test]
fn td3_utopia() {
    let m = read(&[
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]);
    assert_eq!(m.format, Format::Td3);
    assert_eq!(m.document_type, "P");
    assert_eq!(m.surname, "ERIKSSON");
    assert_eq!(m.given_names, "ANNA MARIA");
    assert_eq!(m.document_number, "L898902C3");
    assert_eq!(m.date_of_birth.as_deref(), Some("1974-08-12"));
    assert_eq!(m.date_of_expiry.as_deref(), Some("2012-04-15"));
    assert_eq!(m.personal_number.as_deref(), Some("ZE184226B"));
    assert_eq!(m.sex.as_deref(), Some("F"));
    assert!(m.valid, "{:?}", m.checks);
    assert_eq!(m.checks.len(), 5);
    assert!(!m.name_truncated);
}

#[test]
fn td2_td1_and_visas() {
    let td2 = read(&[
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ]);
    assert_eq!((td2.format, td2.valid), (Format::Td2, true));
    assert_eq!(td2.document_number, "D23145890");
    let td1 = read(&[
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]);
    assert_eq!((td1.format, td1.valid), (Format::Td1, true));
    assert_eq!(td1.given_names, "ANNA MARIA");
    assert_eq!(td1.personal_number, None);
    let mrva = read(&[
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C<3UTO6908061F9406236ZE184226B<<<<<<<",
    ]);
    assert_eq!((mrva.format, mrva.valid), (Format::MrvA, true));
    assert_eq!(mrva.checks.len(), 3, "no composite on visas");
    assert_eq!(mrva.document_number, "L898902C");
    assert_eq!(mrva.date_of_expiry.as_deref(), Some("1994-06-23"));
    let mrvb = read(&[
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L898902C<3UTO6908061F9406236ZE184226",
    ]);
    assert_eq!((mrvb.format, mrvb.valid), (Format::MrvB, true));
    assert_eq!(mrvb.personal_number.as_deref(), Some("ZE184226"));
}

#[test]
fn germany_and_pakistan() {
    let de = read(&[
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
    ]);
    assert!(de.valid, "{:?}", de.checks);
    assert_eq!(
        (de.issuing_country.as_str(), de.nationality.as_str()),
        ("D", "D")
    );
    let pk = read(&[
        "P<PAKSHAMS<<ABDUL<MANAN<<<<<<<<<<<<<<<<<<<<<",
        "NK51699014PAK8501019M29090714250178459907<16",
    ]);
    assert!(pk.valid);
    let q = to_query(&pk);
    assert_eq!(q.names, vec!["ABDUL MANAN SHAMS"]);
    assert!(q.names_from_mrz);
    assert_eq!(q.nationalities, vec!["pk"]);
    assert_eq!(q.gender.as_deref(), Some("male"));
    assert_eq!(q.birth_dates, vec!["1985-01-01"]);
    assert!(q
        .identifiers
        .contains(&("passportNumber".into(), "NK5169901".into())));
    assert!(q
        .identifiers
        .contains(&("idNumber".into(), "4250178459907".into())));
}

#[test]
fn td1_long_document_number() {
    // A 12-character number: 9 in the field, `<`, then 3 more and their check digit.
    let number = "D23145890ABC";
    let cd = check_digit(number);
    let l1 = format!("I<UTO{}<{}{cd}<", &number[..9], &number[9..]);
    let l1 = format!("{l1:<<30}");
    let l2 = "7408122F1204159UTO<<<<<<<<<<<";
    let composite = check_digit(&format!(
        "{}{}{}{}",
        &l1[5..30],
        &l2[0..7],
        &l2[8..15],
        &l2[18..29]
    ));
    let l2 = format!("{l2}{composite}");
    let m = read(&[&l1, &l2, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]);
    assert_eq!(m.document_number, number);
    assert!(m.valid, "{:?}", m.checks);
    assert_eq!(m.personal_number, None);
}

#[test]
fn changed_check_digit_is_invalid() {
    let m = read(&[
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C37UTO7408122F1204159ZE184226B<<<<<10",
    ]);
    assert!(!m.valid);
    let bad: Vec<&str> = m
        .checks
        .iter()
        .filter(|c| !c.ok)
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(bad, vec!["document_number", "composite"]);
}

#[test]
fn unknown_birth_parts_and_names() {
    let l2 = "L898902C36UTO57<<<<";
    let dob_cd = check_digit("57<<<<");
    let body = format!("{}{dob_cd}F1204159ZE184226B<<<<<1", &l2[..19]);
    let composite = check_digit(&format!(
        "{}{}{}",
        &body[0..10],
        &body[13..20],
        &body[21..43]
    ));
    let line2 = format!("{body}{composite}");
    let m = read(&["P<UTOARKFREITH<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", &line2]);
    assert_eq!(m.date_of_birth.as_deref(), Some("1957"));
    assert_eq!(
        (m.surname.as_str(), m.given_names.as_str()),
        ("ARKFREITH", "")
    );
    assert!(m.valid, "{:?}", m.checks);
    let t = read(&[
        "P<UTOBENNELONG<WOOLOOMOOLOO<WARRANDYTE<W<<DI",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]);
    assert!(t.name_truncated);
    assert_eq!(t.surname, "BENNELONG WOOLOOMOOLOO WARRANDYTE W");
    // The cut word is the field's last, the last given name; the order stays given, surname.
    let q = to_query(&t);
    assert_eq!(q.truncated_word.as_deref(), Some("DI"));
    assert_eq!(q.names, vec!["DI BENNELONG WOOLOOMOOLOO WARRANDYTE W"]);
}

#[test]
fn wrong_lengths() {
    let e = parse(
        &[
            "P<UTOERIKSSON<<ANNA",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ],
        &TODAY,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1 is 19 characters long; a two-line MRZ has 44 (TD3, MRV-A) or 36 (TD2, MRV-B)"
    );
    let e = parse(&["ABC", "DEF"], &TODAY).unwrap_err();
    assert!(
        e.to_string().starts_with("line 1 is 3 characters long"),
        "{e}"
    );
    assert_eq!(parse(&["ABC"], &TODAY).unwrap_err(), MrzError::LineCount(1));
    let m = read(&[
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]);
    assert!(m.valid);
    assert_eq!(m.warnings.len(), 1, "{:?}", m.warnings);
}

#[test]
fn ocr_repairs_confirmed_by_check_digits() {
    let lines = [
        "P<UTOERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO74O8122F12O4159ZE184226B<<<<<10",
    ];
    let plain = parse(&lines, &TODAY).unwrap();
    assert!(!plain.valid);
    assert_eq!(plain.date_of_birth, None);
    let m = parse(&lines, &MrzOptions { ocr: true, ..TODAY }).unwrap();
    assert!(!m.valid, "valid speaks of the check digits as read");
    assert_eq!(m.date_of_birth.as_deref(), Some("1974-08-12"));
    assert_eq!(m.date_of_expiry.as_deref(), Some("2012-04-15"));
    assert_eq!(m.surname, "ERIKSSON");
    assert_eq!(
        m.warnings.iter().filter(|w| w.starts_with("ocr:")).count(),
        3,
        "{:?}",
        m.warnings
    );
}

#[test]
fn ocr_reads_trailing_k_runs_in_names_as_fillers() {
    let lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<KKK<<KK",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];
    let m = parse(&lines, &MrzOptions { ocr: true, ..TODAY }).unwrap();
    assert_eq!(m.given_names, "ANNA MARIA");
    assert!(!m.name_truncated);
    assert!(m.valid);
    let plain = parse(&lines, &TODAY).unwrap();
    assert_eq!(plain.given_names, "ANNA MARIA KKK KK");
    // A name that really ends in K is left alone.
    let mark = parse(
        &[
            "P<UTOERIKSSON<<MARK<<<<<<<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ],
        &MrzOptions { ocr: true, ..TODAY },
    )
    .unwrap();
    assert_eq!(mark.given_names, "MARK");
}

/// The shared specimens: every file reads to the fields in its JSON.
#[test]
fn shared_specimens() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/mrz-specimens-synthpass");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut repaired = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let lines: Vec<&str> = v["mrz_line"].as_str().unwrap().lines().collect();
        let m = read(&lines);
        let got = serde_json::to_value(&m).unwrap();
        for key in [
            "document_type",
            "issuing_country",
            "surname",
            "given_names",
            "document_number",
            "nationality",
            "date_of_birth",
            "date_of_expiry",
            "sex",
            "personal_number",
        ] {
            let name = f.file_name().unwrap().to_string_lossy();
            if key == "date_of_birth" && name.starts_with("Slovakia") {
                // `111111` with a 2019 expiry: born before the earliest issue (2009) reads
                // 1911-11-11, as the JSON has it; 2011 (a child's passport) stays possible.
                assert_eq!(m.date_of_birth_alternative.as_deref(), Some("2011-11-11"));
                assert!(
                    m.warnings.iter().any(|w| w.contains("2011-11-11")),
                    "{:?}",
                    m.warnings
                );
            }
            assert_eq!(got[key], v[key], "{}: {key}", f.display());
        }
        assert_eq!(
            Some(m.valid),
            v["mrz_checksums_valid"].as_bool(),
            "{}",
            f.display()
        );
        let repairs: Vec<&String> = m
            .warnings
            .iter()
            .filter(|w| !w.starts_with("date of birth"))
            .collect();
        if !repairs.is_empty() {
            repaired += 1;
            assert!(repairs[0].contains("filler"), "{:?}", m.warnings);
        }
    }
    assert_eq!(files.len(), 14);
    // The shared fuzz seeds for whole-MRZ parsing are the ICAO Utopia specimens.
    let seeds = dir.join("fuzz-corpus/mrz_parse_td");
    let mut n = 0;
    for e in std::fs::read_dir(&seeds)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(read(&lines).valid, "{}", e.path().display());
        n += 1;
    }
    assert_eq!(n, 3);
    assert_eq!(repaired, 2, "Bangladesh and Canada are one filler off");
}

/// Builds a TD3 with correct check digits from its fields.
fn build_td3(
    surname: &str,
    given: &str,
    number: &str,
    dob: &str,
    exp: &str,
    personal: &str,
    sex: char,
) -> [String; 2] {
    let name = format!("{}<<{}", surname.replace(' ', "<"), given.replace(' ', "<"));
    let l1 = format!("{:<<44}", format!("P<UTO{name}"));
    let l1: String = l1.chars().take(44).collect();
    let num = format!("{number:<<9}");
    let pers = format!("{personal:<<14}");
    let pcd = if personal.is_empty() {
        '<'
    } else {
        char::from(b'0' + check_digit(&pers))
    };
    let body = format!(
        "{num}{}UTO{dob}{}{sex}{exp}{}{pers}{pcd}",
        check_digit(&num),
        check_digit(dob),
        check_digit(exp)
    );
    let composite = check_digit(&format!(
        "{}{}{}",
        &body[0..10],
        &body[13..20],
        &body[21..43]
    ));
    [l1, format!("{body}{composite}")]
}

/// Builds a TD1 with correct check digits; numbers longer than 9 continue into the optional
/// data (the check-digit position holds `<`).
fn build_td1(name: &str, number: &str, dob: &str, exp: &str, personal: &str) -> [String; 3] {
    let l1 = if number.len() > 9 {
        format!(
            "I<UTO{}<{}{}<",
            &number[..9],
            &number[9..],
            check_digit(number)
        )
    } else {
        let num = format!("{number:<<9}");
        format!("I<UTO{num}{}{personal}", check_digit(&num))
    };
    let l1 = format!("{l1:<<30}");
    let l2 = format!(
        "{dob}{}M{exp}{}UTO<<<<<<<<<<<",
        check_digit(dob),
        check_digit(exp)
    );
    let composite = check_digit(&format!(
        "{}{}{}{}",
        &l1[5..30],
        &l2[0..7],
        &l2[8..15],
        &l2[18..29]
    ));
    [l1, format!("{l2}{composite}"), format!("{name:<<30}")]
}

proptest! {
    #[test]
    fn round_trip_td1(
        surname in "[A-Z]{1,12}",
        given in "[A-Z]{1,12}",
        number in "[A-Z0-9]{1,14}",
        personal in "([A-Z0-9]{1,15})?",
        (yy, mm, dd) in (0u32..100, 1u32..13, 1u32..29),
    ) {
        let dob = format!("{yy:02}{mm:02}{dd:02}");
        let personal = if number.len() > 9 { String::new() } else { personal };
        let name = format!("{surname}<<{given}");
        let [l1, l2, l3] = build_td1(&name, &number, &dob, "301231", &personal);
        let m = parse(&[&l1, &l2, &l3], &TODAY).unwrap();
        prop_assert!(m.valid, "{:?} {l1}", m.checks);
        prop_assert_eq!(m.format, Format::Td1);
        prop_assert_eq!(&m.surname, &surname);
        prop_assert_eq!(&m.given_names, &given);
        prop_assert_eq!(&m.document_number, &number);
        prop_assert_eq!(m.personal_number.as_deref().unwrap_or(""), personal.as_str());
        prop_assert_eq!(m.date_of_expiry.as_deref(), Some("2030-12-31"));
    }

    #[test]
    fn parse_never_panics(lines in proptest::collection::vec("[A-Z0-9<a-z ]{0,50}", 0..4), ocr: bool) {
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let _ = parse(&refs, &MrzOptions { ocr, ..TODAY });
    }

    #[test]
    fn parse_never_panics_near_formats(
        a in "[A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44}",
        b in "[A-Z0-9<]{29,31}|[A-Z0-9<]{35,37}|[A-Z0-9<]{43,45}",
        c in proptest::option::of("[A-Z0-9<]{29,31}"),
        ocr: bool,
    ) {
        let mut refs = vec![a.as_str(), b.as_str()];
        if let Some(c) = &c { refs.push(c); }
        let _ = parse(&refs, &MrzOptions { ocr, ..TODAY });
    }

    #[test]
    fn round_trip(
        surname in "[A-Z]{1,10}( [A-Z]{1,6})?",
        given in "[A-Z]{1,10}( [A-Z]{1,6})?",
        number in "[A-Z0-9]{1,9}",
        personal in "([A-Z0-9]{1,14})?",
        (yy, mm, dd) in (0u32..100, 1u32..13, 1u32..29),
        (ey, em, ed) in (0u32..100, 1u32..13, 1u32..29),
        male: bool,
    ) {
        let dob = format!("{yy:02}{mm:02}{dd:02}");
        let exp = format!("{ey:02}{em:02}{ed:02}");
        let sex = if male { 'M' } else { 'F' };
        let [l1, l2] = build_td3(&surname, &given, &number, &dob, &exp, &personal, sex);
        let m = parse(&[&l1, &l2], &TODAY).unwrap();
        prop_assert!(m.valid, "{:?}", m.checks);
        prop_assert_eq!(&m.surname, &surname);
        prop_assert_eq!(&m.given_names, &given);
        prop_assert_eq!(&m.document_number, &number);
        prop_assert_eq!(m.personal_number.as_deref().unwrap_or(""), personal.as_str());
        prop_assert_eq!(m.sex.as_deref(), Some(if male { "M" } else { "F" }));
        let exp_year = if 2000 + ey > 2056 { 1900 + ey } else { 2000 + ey };
        prop_assert_eq!(m.date_of_expiry, Some(format!("{exp_year}-{em:02}-{ed:02}")));
        // Born before today and before the earliest issue, ten years before expiry.
        let reference = (2026, 11, 29).min((exp_year as i32 - 10, em, ed));
        let birth_year = if (2000 + yy as i32, mm, dd) > reference { 1900 + yy } else { 2000 + yy };
        prop_assert_eq!(m.date_of_birth, Some(format!("{birth_year}-{mm:02}-{dd:02}")));
        let later = (birth_year as i32 + 100, mm, dd);
        let child = later <= (2026, 11, 29) && later < (exp_year as i32, em, ed);
        prop_assert_eq!(m.date_of_birth_alternative.is_some(), child);
    }
}
