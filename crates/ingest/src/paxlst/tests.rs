//! PAXLST tests: fixtures written from the WCO/IATA guide, the GTAS samples when present,
//! and properties over generated messages.

use std::path::{Path, PathBuf};

use super::*;

fn read(text: &str) -> Manifest {
    parse(text, Path::new("fixture.edi")).unwrap()
}

fn warnings(m: &Manifest) -> Vec<String> {
    m.warnings.iter().map(|w| w.message.clone()).collect()
}

/// A D05B passenger list in the guide's layout, one segment per line.
const D05B: &str = "UNA:+.? '
UNB+UNOA:4+AIR1+DHS+070218:1545+000006640++DHS'
UNG+PAXLST+AIR1+DHS+070218:1545+1+UN+D:05B'
UNH+PAX001+PAXLST:D:05B:UN:IATA'
BGM+745'
NAD+MS+++JOHN SMITH'
TDT+20+AA123+++AA'
LOC+92+ATL'
DTM+189:0702191540:201'
LOC+92+ORD'
DTM+232:0702191740:201'
NAD+FL+++O?'BRIEN:SEAN:PATRICK'
ATT+2++M'
DTM+329:720907'
LOC+174+IRL'
NAT+2+IRL'
RFF+AVF:TYR123'
DOC+P:110:111+PA1234567'
DTM+36:300101'
LOC+91+IRL'
NAD+FM+++KHAN:AYESHA'
ATT+2++F'
DTM+329:19850101'
NAT+2+PAK'
DOC+I:110:111+35202-1234567-1'
CNT+42:1'
UNT+24+PAX001'
UNE+1+1'
UNZ+1+000006640'
";

#[test]
fn d05b_reads_header_legs_and_travellers() {
    let m = read(D05B);
    assert_eq!(m.version.as_deref(), Some("D05B"));
    assert_eq!(m.message_type.as_deref(), Some("PAXLST"));
    assert_eq!(m.sender.as_deref(), Some("AIR1"));
    assert_eq!(m.receiver.as_deref(), Some("DHS"));
    assert_eq!(m.reporting_party.as_deref(), Some("JOHN SMITH"));
    assert_eq!(m.flights.len(), 1);
    let leg = &m.flights[0];
    assert_eq!(leg.flight.as_deref(), Some("AA123"));
    assert_eq!(leg.carrier.as_deref(), Some("AA"));
    assert_eq!(leg.departure.as_deref(), Some("ATL"));
    assert_eq!(leg.arrival.as_deref(), Some("ORD"));
    assert_eq!(leg.departure_time.as_deref(), Some("2007-02-19T15:40"));
    assert_eq!(m.travellers.len(), 2);
    let t = &m.travellers[0];
    assert_eq!(t.role, "passenger");
    assert_eq!(t.surname.as_deref(), Some("O'BRIEN"));
    assert_eq!(t.given_names.as_deref(), Some("SEAN PATRICK"));
    assert_eq!(t.name(), "SEAN PATRICK O'BRIEN");
    assert_eq!(t.sex.as_deref(), Some("M"));
    assert_eq!(t.date_of_birth.as_deref(), Some("1972-09-07"));
    assert_eq!(t.nationality.as_deref(), Some("IRL"));
    assert_eq!(t.residence.as_deref(), Some("IRL"));
    assert_eq!(t.legs, [0]);
    assert_eq!(t.references[0].value, "TYR123");
    let d = &t.documents[0];
    assert_eq!(d.kind.as_deref(), Some("P"));
    assert_eq!(d.number.as_deref(), Some("PA1234567"));
    assert_eq!(d.expiry.as_deref(), Some("2030-01-01"));
    assert_eq!(d.issuing_state.as_deref(), Some("IRL"));
    let crew = &m.travellers[1];
    assert_eq!(crew.role, "crew");
    assert_eq!(crew.date_of_birth.as_deref(), Some("1985-01-01"));
    assert_eq!(crew.id(), "traveller-2");
    assert_eq!(m.control_count, Some(1));
    assert!(m.warnings.is_empty(), "{:?}", warnings(&m));
}

#[test]
fn traveller_query_carries_name_dates_and_documents() {
    let m = read(D05B);
    let q = m.travellers[0].to_query();
    assert_eq!(q.schema, Some(Schema::Person));
    assert_eq!(q.names, ["SEAN PATRICK O'BRIEN"]);
    assert_eq!(q.birth_dates, ["1972-09-07"]);
    assert_eq!(q.nationalities, ["IRL"]);
    assert_eq!(q.gender.as_deref(), Some("male"));
    assert_eq!(
        q.identifiers,
        [("passportNumber".to_string(), "PA1234567".to_string())]
    );
    let q = m.travellers[1].to_query();
    assert_eq!(q.gender.as_deref(), Some("female"));
    assert_eq!(
        q.identifiers,
        [("idNumber".to_string(), "35202-1234567-1".to_string())]
    );
}

#[test]
fn custom_una_with_crlf_and_a_spaced_tag() {
    let text = "UNA|*,! $\r\nUNB*UNOA|4*SDT|ZZ*JMAPIS|ZZ*140211|1800*1**APIS$\r\n\
                UNG *PAXLST*AA*JMAPIS*140211|1800*1*UN*D|02B$\r\n\
                UNH*1*PAXLST|D|02B|UN|IATA$\r\nBGM*745$\r\n\
                NAD*FL***SMITH!*JONES|ANNA!|MARIE|$\r\nDTM*329|541016$\r\n\
                CNT*42|1$\r\nUNT*6*1$\r\nUNZ*1*1$\r\n";
    let m = read(text);
    assert_eq!(m.sender.as_deref(), Some("SDT"));
    assert_eq!(m.version.as_deref(), Some("D02B"));
    assert_eq!(m.travellers.len(), 1);
    assert_eq!(m.travellers[0].surname.as_deref(), Some("SMITH*JONES"));
    assert_eq!(m.travellers[0].given_names.as_deref(), Some("ANNA|MARIE"));
    assert!(m.warnings.is_empty(), "{:?}", warnings(&m));
}

#[test]
fn ddu_ddt_and_cot_are_roles() {
    let m =
        read("UNB+A'UNH+1+PAXLST:D:05B:UN:IATA'NAD+DDU+++A:B'NAD+DDT+++C:D'NAD+COT+++E:F'UNT+5+1'");
    let roles: Vec<_> = m.travellers.iter().map(|t| t.role.as_str()).collect();
    assert_eq!(roles, ["ddu", "ddt", "cot"]);
}

#[test]
fn counts_that_do_not_add_up_are_warnings() {
    let m = read("UNB+A'UNH+1+PAXLST:D:02B:UN:IATA'NAD+FL+++A:B'CNT+42:3'UNT+9+1'UNZ+1+A'");
    assert_eq!(m.travellers.len(), 1);
    assert_eq!(
        warnings(&m),
        [
            "UNT says 9 segments, the message has 4 (UNH to UNT)",
            "CNT+42 says 3 passengers, the message has 1",
        ]
    );
}

#[test]
fn stray_text_around_the_message_is_a_warning() {
    let m = read("junk\nUNB+A'NAD+FL+++A:B'UNZ+1+A'13Nov09");
    assert_eq!(m.travellers.len(), 1);
    let w = warnings(&m);
    assert!(w[0].starts_with("stray text before the message"), "{w:?}");
    assert!(w[1].contains("13NOV09"), "{w:?}");
}

#[test]
fn text_that_is_not_edifact_fails() {
    for text in ["", "hello", "<xml/>", "P<UTOERIKSSON<<ANNA", "UNBELIEVABLE"] {
        let err = parse(text, Path::new("x.txt")).unwrap_err();
        assert!(
            matches!(err, IngestError::Malformed { .. }),
            "{text}: {err}"
        );
    }
}

#[test]
fn manifest_serializes_warnings_as_strings() {
    let m = read("UNB+A'NAD+FL+++A:B'CNT+42:2'");
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(
        json["warnings"][0],
        "line 1, column 20: CNT+42 says 2 passengers, the message has 1"
    );
    assert_eq!(json["travellers"][0]["surname"], "A");
}

fn samples() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/paxlst-gtas");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} is absent", dir.display());
        None
    }
}

fn sample(dir: &Path, name: &str) -> Manifest {
    let path = dir.join(name);
    let bytes = std::fs::read(&path).unwrap();
    parse(&String::from_utf8_lossy(&bytes), &path).unwrap()
}

#[test]
fn gtas_samples_read_every_traveller() {
    let Some(dir) = samples() else { return };
    for (name, count, role) in [
        ("Test1.txt", 8, "crew"),
        ("Test3.txt", 260, "passenger"),
        ("airline2.edi", 10, "passenger"),
        ("apisMessage.txt", 2, "passenger"),
        ("multiple_flight_leg_apis.txt", 2, "passenger"),
    ] {
        let m = sample(&dir, name);
        assert_eq!(m.travellers.len(), count, "{name}");
        for t in &m.travellers {
            assert_eq!(t.role, role, "{name}");
            assert!(
                t.surname.is_some() && t.given_names.is_some(),
                "{name}: {t:?}"
            );
            assert!(
                t.sex.is_some() && t.date_of_birth.is_some(),
                "{name}: {t:?}"
            );
            assert!(!t.legs.is_empty(), "{name}");
        }
        assert_eq!(m.message_type.as_deref(), Some("PAXLST"), "{name}");
    }
}

#[test]
fn gtas_crew_list_fields_and_its_bad_counts() {
    let Some(dir) = samples() else { return };
    let m = sample(&dir, "Test1.txt");
    assert_eq!(m.version.as_deref(), Some("D02B"));
    assert_eq!(m.document.as_deref(), Some("250"));
    let t = &m.travellers[0];
    assert_eq!(t.name(), "Andrea Pat Steur");
    assert_eq!(t.date_of_birth.as_deref(), Some("1978-07-06"));
    assert_eq!(t.nationality.as_deref(), Some("GBR"));
    assert_eq!(t.place_of_birth.as_deref(), Some("Hartford USA"));
    assert_eq!(t.documents[0].number.as_deref(), Some("123456789"));
    assert_eq!(t.documents[0].issuing_state.as_deref(), Some("GBR"));
    assert_eq!(m.control_count, Some(8));
    let leg = &m.flights[0];
    assert_eq!(
        (leg.departure.as_deref(), leg.arrival.as_deref()),
        (Some("FRA"), Some("IAD"))
    );
    // UNT+0000152 on a message of far fewer segments.
    assert!(warnings(&m).iter().any(|w| w.starts_with("UNT says 152")));
}

#[test]
fn gtas_control_totals_that_lie_are_reported() {
    let Some(dir) = samples() else { return };
    let test3 = warnings(&sample(&dir, "Test3.txt"));
    assert!(
        test3.iter().any(|w| w.contains("CNT+41 says 206")),
        "{test3:?}"
    );
    let airline2 = sample(&dir, "airline2.edi");
    let w = warnings(&airline2);
    assert!(w.iter().any(|w| w.contains("CNT+42 says 136")), "{w:?}");
    assert_eq!(airline2.travellers[9].name(), "DANIEL LOWE");
    assert_eq!(
        airline2.travellers[9].documents[0].number.as_deref(),
        Some("153284238")
    );
}

#[test]
fn gtas_multi_leg_messages() {
    let Some(dir) = samples() else { return };
    let m = sample(&dir, "apisMessage.txt");
    assert_eq!(m.version.as_deref(), Some("D05B"));
    assert_eq!(m.flights.len(), 2);
    assert_eq!(m.flights[1].departure.as_deref(), Some("ORD"));
    assert_eq!(m.flights[1].arrival.as_deref(), Some("JFK"));
    assert_eq!(m.travellers[1].name(), "CHERYL CLARK");
    // She boards at ORD: the second leg only.
    assert_eq!(m.travellers[0].legs, [0, 1]);
    assert_eq!(m.travellers[1].legs, [1]);
    let m = sample(&dir, "multiple_flight_leg_apis.txt");
    assert_eq!(m.flights.len(), 3);
    assert_eq!(m.travellers[0].legs, [0, 1, 2]);
    assert_eq!(m.flights[2].arrival.as_deref(), Some("CDG"));
    assert_eq!(
        m.travellers[0].documents[0].number.as_deref(),
        Some("YY3478621G")
    );
    assert_eq!(
        m.travellers[0].documents[0].expiry.as_deref(),
        Some("2008-12-30")
    );
    let w = warnings(&m);
    assert!(w.iter().any(|w| w.contains("13NOV09")), "{w:?}");
}

#[test]
fn two_interchanges_in_one_file_are_read_alike() {
    let one = "UNB+A'UNH+1+PAXLST:D:02B:UN:IATA'NAD+FL+++A:B'UNT+3+1'UNZ+1+A'";
    let m = read(&format!("{one}\r\n{one}"));
    assert_eq!(m.travellers.len(), 2);
    assert!(m.warnings.is_empty(), "{:?}", warnings(&m));
    let m = read(&format!("{one}NAD+FL+++C:D'"));
    assert_eq!(warnings(&m), ["segment NAD after UNZ"]);
}

#[test]
fn flight_legs_are_capped() {
    let mut text = String::from("UNB+A'");
    for _ in 0..150 {
        text.push_str("TDT+20+XX1'NAD+FL+++A:B'CNT+42:1'");
    }
    let m = read(&text);
    assert_eq!(m.flights.len(), 99);
    assert_eq!(m.travellers.len(), 150);
    assert!(m.travellers.iter().all(|t| t.legs.len() == 99));
}

/// Escapes `s` for a message with the default delimiters.
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "?:+'".contains(c) {
            out.push('?');
        }
        out.push(c);
    }
    out
}

proptest::proptest! {
    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,400}") {
        let _ = parse(&text, Path::new("p"));
    }

    #[test]
    fn never_panics_on_edifact_like_text(text in "(UNA:\\+\\.\\? '|UNB\\+|NAD\\+F[LM]\\+\\+\\+|DTM\\+329:|DOC\\+P\\+|CNT\\+4[12]:|UNT\\+|[A-Z0-9:+?' \r\n]){0,60}") {
        let _ = parse(&text, Path::new("p"));
    }

    #[test]
    fn every_nad_becomes_one_traveller(
        people in proptest::collection::vec(("F[LM]", "[A-Za-z' :+?-]{1,12}", "[A-Za-z ]{0,12}"), 0..30),
        crlf in proptest::bool::ANY,
    ) {
        let sep = if crlf { "\r\n" } else { "" };
        let mut text = format!("UNA:+.? 'UNB+UNOA:4+S+R+260101:0000+1'{sep}UNH+1+PAXLST:D:02B:UN:IATA'{sep}BGM+745'{sep}");
        for (role, surname, given) in &people {
            text.push_str(&format!("NAD+{role}+++{}:{}'{sep}ATT+2++M'{sep}", escape(surname), escape(given)));
        }
        text.push_str("UNT+1+1'UNZ+1+1'");
        let m = parse(&text, Path::new("p")).unwrap();
        proptest::prop_assert_eq!(m.travellers.len(), people.len());
        for (t, (role, surname, _)) in m.travellers.iter().zip(&people) {
            proptest::prop_assert_eq!(t.role == "crew", role == "FM");
            let want = surname.trim();
            proptest::prop_assert_eq!(t.surname.as_deref(), (!want.is_empty()).then_some(want));
        }
    }
}
