//! PNRGOV (UN/EDIFACT passenger name records sent to governments): the travellers that the
//! `SSR DOCS` elements describe, as PAXLST [`Traveller`]s, so they are screened alike.
//!
//! `SSR+DOCS:HK::DL:::::/P/GBR/602120901//26DEC48/M/30JAN21/ACKARY/CHARLESMR/MUHAMMAD'`
//! carries document type / issuing state / number / nationality / date of birth (`DDMMMYY`) /
//! sex / expiry / surname / given name / middle name. Airlines glue the title to the given
//! name (`CHARLESMR`); it is dropped. Nothing else of the PNR is read.

use std::path::Path;

use crate::paxlst::{self, Manifest, TravelDocument, Traveller};
use crate::{IngestError, Warning};

/// Reads every `SSR DOCS` of a PNRGOV message into a [`Manifest`] of travellers.
pub fn parse(text: &str, file: &Path) -> Result<Manifest, IngestError> {
    let split = paxlst::syntax::split(text, file)?;
    let today = paxlst::dates::Today::now();
    let mut m = Manifest {
        version: None,
        message_type: None,
        sender: None,
        receiver: None,
        document: None,
        reporting_party: None,
        flights: Vec::new(),
        travellers: Vec::new(),
        control_count: None,
        warnings: Vec::new(),
    };
    for s in &split.segments {
        match s.tag.as_str() {
            "UNB" => {
                m.sender = s.get(1, 0).map(str::to_string);
                m.receiver = s.get(2, 0).map(str::to_string);
            }
            "UNH" => {
                m.message_type = s.get(1, 0).map(str::to_string);
                m.version = s.get(1, 1).map(str::to_string);
            }
            "SSR" if s.get(0, 0) == Some("DOCS") => {
                let free = s.elements[0]
                    .get(8..)
                    .map(|c| c.join(":"))
                    .unwrap_or_default();
                match docs(&free, &today) {
                    Some(mut t) => {
                        t.index = m.travellers.len() + 1;
                        t.location = s.location();
                        m.travellers.push(t);
                    }
                    None => m.warnings.push(Warning {
                        file: file.to_path_buf(),
                        location: s.location(),
                        message: format!("unreadable SSR DOCS {free:?}"),
                    }),
                }
            }
            _ => {}
        }
    }
    Ok(m)
}

/// A traveller from the free text of an `SSR DOCS`; `None` when it names no one.
fn docs(free: &str, today: &paxlst::dates::Today) -> Option<Traveller> {
    let free = free.trim();
    let f: Vec<&str> = free.strip_prefix('/').unwrap_or(free).split('/').collect();
    let field = |i: usize| {
        f.get(i)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let surname = field(7);
    let given: Vec<String> = [field(8).map(|g| untitled(&g)), field(9)]
        .into_iter()
        .flatten()
        .collect();
    if surname.is_none() && given.is_empty() {
        return None;
    }
    let mut t = Traveller {
        role: "passenger".into(),
        surname,
        given_names: (!given.is_empty()).then(|| given.join(" ")),
        nationality: field(3),
        date_of_birth: field(4)
            .and_then(|d| yymmdd(&d))
            .and_then(|d| paxlst::dates::birth_date(&d, today)),
        sex: field(5),
        ..Traveller::default()
    };
    if let Some(number) = field(2) {
        t.documents.push(TravelDocument {
            kind: field(0),
            number: Some(number),
            expiry: field(6)
                .and_then(|d| yymmdd(&d))
                .and_then(|d| paxlst::dates::expiry_date(&d, today)),
            issuing_state: field(1),
        });
    }
    Some(t)
}

/// The given name without the title glued to its end (`CHARLESMR`, `MOLLYMRS`).
fn untitled(given: &str) -> String {
    for title in ["MRS", "MR", "MISS", "MSTR"] {
        if let Some(rest) = given.strip_suffix(title) {
            if rest.chars().count() >= 2 {
                return rest.to_string();
            }
        }
    }
    given.to_string()
}

/// `26DEC48` as `481226`.
fn yymmdd(d: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    let d = d.trim().to_ascii_uppercase();
    if d.len() != 7 || !d.is_ascii() {
        return None;
    }
    let month = MONTHS.iter().position(|m| *m == &d[2..5])? + 1;
    let (day, year) = (&d[..2], &d[5..]);
    if !day.bytes().chain(year.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("{year}{month:02}{day}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNR: &str = "UNA:+.? 'UNB+IATA:1+UA++180509:1120+1'UNH+1+PNRGOV:13:1:IA+1'\
        TIF+ACKARY+CHARLESMR:A:1'\
        SSR+DOCS:HK::DL:::::/P/GBR/602120901//26DEC48/M/30JAN21/ACKARY/CHARLESMR/MUHAMMAD'\
        SSR+DOCS:HK::DL:::::////GBR/12JUL64/M//JONES/WILLIAMNEVELL'\
        SSR+DOCS:HK::DL:::::/P/GBR/1//'UNT+5+1'UNZ+1+1'";

    #[test]
    fn ssr_docs_become_travellers() {
        let m = parse(PNR, Path::new("p")).unwrap();
        assert_eq!(m.message_type.as_deref(), Some("PNRGOV"));
        assert_eq!(m.travellers.len(), 2);
        let t = &m.travellers[0];
        assert_eq!(t.name(), "CHARLES MUHAMMAD ACKARY");
        assert_eq!(t.date_of_birth.as_deref(), Some("1948-12-26"));
        assert_eq!(t.sex.as_deref(), Some("M"));
        let d = &t.documents[0];
        assert_eq!(d.number.as_deref(), Some("602120901"));
        assert_eq!(d.expiry.as_deref(), Some("2021-01-30"));
        assert_eq!(d.issuing_state.as_deref(), Some("GBR"));
        let t = &m.travellers[1];
        assert_eq!(t.name(), "WILLIAMNEVELL JONES");
        assert_eq!(t.nationality.as_deref(), Some("GBR"));
        assert!(t.documents.is_empty());
        assert_eq!(m.warnings.len(), 1, "the DOCS without a name");
    }

    #[test]
    fn titles_and_dates() {
        assert_eq!(untitled("MOLLYMRS"), "MOLLY");
        assert_eq!(untitled("MR"), "MR");
        assert_eq!(yymmdd("12JUL64").as_deref(), Some("640712"));
        assert_eq!(yymmdd("12XXX64"), None);
        assert_eq!(yymmdd("1ÄJUL64"), None);
    }

    #[test]
    fn gtas_pnrgov_samples() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/pnrgov-gtas");
        if !dir.is_dir() {
            eprintln!("skipping: {} is absent", dir.display());
            return;
        }
        for (name, count) in [
            ("2_pnrs_basic.edi", 4),
            ("pnrMessage.txt", 2),
            ("pnrMessageExample.txt", 5),
            ("pnrWithDoco.txt", 1),
        ] {
            let path = dir.join(name);
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            let m = parse(&text, &path).unwrap();
            assert_eq!(m.travellers.len(), count, "{name}");
            assert!(
                m.travellers.iter().all(|t| t.date_of_birth.is_some()),
                "{name}"
            );
        }
    }
}
