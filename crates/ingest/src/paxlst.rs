//! UN/EDIFACT PAXLST (advance passenger information, D02B and D05B as in the WCO/IATA/ICAO
//! guide): the manifest header, flight legs and every traveller with their documents.
//!
//! [`parse`] reads what it can. Stray text, unknown segments and control counts that do not
//! add up (CNT, UNT) become [`Warning`]s; only a text that is not EDIFACT at all fails.
//!
//! ```
//! let text = "UNA:+.? 'UNB+UNOA:4+AIR1+DHS+070218:1545+1++APIS'UNH+1+PAXLST:D:05B:UN:IATA'\
//!             BGM+745'NAD+FL+++CLARK:MICHAEL'ATT+2++M'DTM+329:720907'CNT+42:1'UNT+7+1'UNZ+1+1'";
//! let m = nazar_ingest::paxlst::parse(text, "m.edi".as_ref()).unwrap();
//! assert_eq!(m.travellers[0].name(), "MICHAEL CLARK");
//! assert_eq!(m.travellers[0].date_of_birth.as_deref(), Some("1972-09-07"));
//! ```

pub(crate) mod dates;
pub(crate) mod syntax;
#[cfg(test)]
mod tests;

use std::path::Path;

use nazar_core::{Query, Schema};
use serde::{Serialize, Serializer};

use crate::{IngestError, Warning};
use syntax::Segment;

/// One PAXLST interchange: header, flight legs, travellers, and what did not add up.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    /// Message directory, `D02B` or `D05B`.
    pub version: Option<String>,
    /// `PAXLST`.
    pub message_type: Option<String>,
    /// Interchange sender and recipient (UNB).
    pub sender: Option<String>,
    pub receiver: Option<String>,
    /// BGM document code: `745` passenger list, `250` crew list.
    pub document: Option<String>,
    /// The reporting party (NAD+MS).
    pub reporting_party: Option<String>,
    pub flights: Vec<Leg>,
    pub travellers: Vec<Traveller>,
    /// The last CNT total in the message (passengers 42 or crew 41).
    pub control_count: Option<u32>,
    #[serde(serialize_with = "as_strings")]
    pub warnings: Vec<Warning>,
}

/// One flight leg (TDT with its LOC and DTM).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Leg {
    /// The flight as the TDT gives it (`UA0989`).
    pub flight: Option<String>,
    pub carrier: Option<String>,
    /// Airport codes.
    pub departure: Option<String>,
    pub arrival: Option<String>,
    /// ISO `YYYY-MM-DDTHH:MM` (local time, as sent).
    pub departure_time: Option<String>,
    pub arrival_time: Option<String>,
}

/// One travel document (DOC with its DTM+36 and LOC+91).
#[derive(Debug, Clone, Default, Serialize)]
pub struct TravelDocument {
    /// Document code as sent: `P` passport, `V` visa, `I`/`A`/`C` identity cards, ...
    pub kind: Option<String>,
    pub number: Option<String>,
    /// ISO date.
    pub expiry: Option<String>,
    /// ISO 3166 alpha-3 as sent.
    pub issuing_state: Option<String>,
}

/// A reference number (RFF): `AVF` booking, `ABO` passenger, `SEA` seat, ...
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub qualifier: String,
    pub value: String,
}

/// One person on the manifest (NAD+FL, FM, DDU, DDT or COT and what follows it).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Traveller {
    /// 1-based position in the message.
    pub index: usize,
    /// `passenger` (FL), `crew` (FM), `ddu`, `ddt`, `cot`.
    pub role: String,
    pub surname: Option<String>,
    pub given_names: Option<String>,
    /// `M`, `F`, `U`, `X` as sent.
    pub sex: Option<String>,
    /// ISO date.
    pub date_of_birth: Option<String>,
    /// ISO 3166 alpha-3 as sent.
    pub nationality: Option<String>,
    /// Country of residence (LOC+174).
    pub residence: Option<String>,
    pub place_of_birth: Option<String>,
    /// Ports of embarkation (LOC+178) and debarkation (LOC+179).
    pub embarkation: Option<String>,
    pub debarkation: Option<String>,
    pub documents: Vec<TravelDocument>,
    pub references: Vec<Reference>,
    /// Indexes into [`Manifest::flights`].
    pub legs: Vec<usize>,
    /// Where the traveller's NAD starts.
    pub location: String,
}

impl Traveller {
    /// A stable id within the manifest: `traveller-<index>`.
    pub fn id(&self) -> String {
        format!("traveller-{}", self.index)
    }

    /// "given surname", as a screener reads it.
    pub fn name(&self) -> String {
        [self.given_names.as_deref(), self.surname.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The query that screens this traveller: name, birth date, nationality, gender and the
    /// document numbers (passports as `passportNumber`, any other as `idNumber`).
    pub fn to_query(&self) -> Query {
        let name = self.name();
        let gender = self.sex.as_deref().and_then(|s| match s {
            "M" | "m" => Some("male"),
            "F" | "f" => Some("female"),
            _ => None,
        });
        let identifiers = self
            .documents
            .iter()
            .filter_map(|d| {
                let number = d.number.clone()?;
                let prop = if d.kind.as_deref() == Some("P") {
                    "passportNumber"
                } else {
                    "idNumber"
                };
                Some((prop.to_string(), number))
            })
            .collect();
        Query {
            schema: Some(Schema::Person),
            names: if name.is_empty() { vec![] } else { vec![name] },
            birth_dates: self.date_of_birth.iter().cloned().collect(),
            nationalities: self.nationality.iter().cloned().collect(),
            gender: gender.map(str::to_string),
            identifiers,
            names_from_mrz: false,
            truncated_word: None,
        }
    }
}

fn as_strings<S: Serializer>(warnings: &[Warning], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(
        warnings
            .iter()
            .map(|w| format!("{}: {}", w.location, w.message)),
    )
}

/// Parses one PAXLST interchange. `file` names the source in warnings and errors.
pub fn parse(text: &str, file: &Path) -> Result<Manifest, IngestError> {
    let split = syntax::split(text, file)?;
    let mut reader = Reader::new(file);
    if let Some((location, text)) = split.leading {
        reader.warn_at(location, format!("stray text before the message: {text:?}"));
    }
    let first = split.segments.iter().find(|s| s.tag != "UNA");
    if let Some(s) = first {
        if !matches!(s.tag.as_str(), "UNB" | "UNG" | "UNH") {
            return Err(IngestError::malformed(
                file,
                s.location(),
                format!("not a UN/EDIFACT message: starts with {:?}", s.tag),
            ));
        }
    }
    for segment in &split.segments {
        reader.segment(segment);
    }
    Ok(reader.finish())
}

/// Flight legs kept at most. Real itineraries have a handful; the cap keeps every
/// traveller's `legs` small whatever a message claims.
const MAX_LEGS: usize = 99;

/// What segment group the reader is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Header,
    Traveller,
    Document,
}

struct Reader<'a> {
    file: &'a Path,
    m: Manifest,
    group: Group,
    /// The last LOC in the header, waiting for its DTM (`92` routing airports).
    pending_loc: Option<(String, String)>,
    /// Segments since UNH, for the UNT check.
    in_message: Option<usize>,
    /// The counts CNT claims: (qualifier, value, location).
    counts: Vec<(String, u32, String)>,
    ended: bool,
    today: dates::Today,
}

impl<'a> Reader<'a> {
    fn new(file: &'a Path) -> Self {
        Reader {
            file,
            m: Manifest {
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
            },
            group: Group::Header,
            pending_loc: None,
            in_message: None,
            counts: Vec::new(),
            ended: false,
            today: dates::Today::now(),
        }
    }

    fn warn_at(&mut self, location: String, message: String) {
        self.m.warnings.push(Warning {
            file: self.file.to_path_buf(),
            location,
            message,
        });
    }

    fn warn(&mut self, s: &Segment, message: String) {
        self.warn_at(s.location(), message);
    }

    fn segment(&mut self, s: &Segment) {
        if let Some(n) = self.in_message.as_mut() {
            *n += 1;
        }
        let known = s.tag.len() == 3 && s.tag.chars().all(|c| c.is_ascii_uppercase());
        if s.unterminated || !known {
            let what = if self.ended {
                "stray text after the interchange"
            } else {
                "stray text"
            };
            self.warn(s, format!("{what}: {:?}", s.text()));
            return;
        }
        // A second interchange may follow the first in one file; anything else after UNZ
        // is out of place, though still read.
        if self.ended && s.tag != "UNB" {
            self.warn(s, format!("segment {} after UNZ", s.tag));
        }
        match s.tag.as_str() {
            "UNB" => {
                self.ended = false;
                self.m.sender = s.get(1, 0).map(str::to_string);
                self.m.receiver = s.get(2, 0).map(str::to_string);
            }
            "UNG" => {
                set_if_none(&mut self.m.message_type, s.get(0, 0));
                if let (Some(v), Some(r)) = (s.get(6, 0), s.get(6, 1)) {
                    set_if_none(&mut self.m.version, Some(&format!("{v}{r}")));
                }
            }
            "UNH" => {
                self.in_message = Some(1);
                if let Some(t) = s.get(1, 0) {
                    self.m.message_type = Some(t.to_string());
                }
                if let (Some(v), Some(r)) = (s.get(1, 1), s.get(1, 2)) {
                    self.m.version = Some(format!("{v}{r}"));
                }
            }
            "BGM" => self.m.document = s.get(0, 0).map(str::to_string),
            "NAD" => self.nad(s),
            "TDT" => self.tdt(s),
            "LOC" => self.loc(s),
            "DTM" => self.dtm(s),
            "ATT" => {
                if let Some(t) = self.traveller() {
                    t.sex = s.get(2, 0).map(str::to_string);
                }
            }
            "NAT" => {
                if let Some(t) = self.traveller() {
                    t.nationality = s.get(1, 0).map(str::to_string);
                }
            }
            "RFF" => {
                if let (Some(t), Some(q), Some(v)) = (self.traveller(), s.get(0, 0), s.get(0, 1)) {
                    t.references.push(Reference {
                        qualifier: q.to_string(),
                        value: v.to_string(),
                    });
                }
            }
            "DOC" => self.doc(s),
            "CNT" => self.cnt(s),
            "UNT" => self.unt(s),
            "UNZ" => self.ended = true,
            // Contacts, measures, free text, envelopes' ends: nothing screening needs.
            _ => {}
        }
    }

    fn traveller(&mut self) -> Option<&mut Traveller> {
        match self.group {
            Group::Header => None,
            _ => self.m.travellers.last_mut(),
        }
    }

    fn nad(&mut self, s: &Segment) {
        let role = match s.get(0, 0).map(str::to_ascii_uppercase).as_deref() {
            Some("FL") => "passenger",
            Some("FM") => "crew",
            Some("DDU") => "ddu",
            Some("DDT") => "ddt",
            Some("COT") => "cot",
            Some("MS") => {
                self.m.reporting_party = s
                    .elements
                    .get(3)
                    .map(|c| join_nonempty(c, " "))
                    .filter(|n| !n.is_empty());
                return;
            }
            other => {
                let q = other.unwrap_or("").to_string();
                self.warn(s, format!("NAD with unknown party qualifier {q:?} skipped"));
                return;
            }
        };
        let name = s.elements.get(3).cloned().unwrap_or_default();
        let surname = name
            .first()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        let given = join_nonempty(name.get(1..).unwrap_or(&[]), " ");
        if surname.is_none() && given.is_empty() {
            self.warn(s, "traveller without a name".into());
        }
        self.m.travellers.push(Traveller {
            index: self.m.travellers.len() + 1,
            role: role.to_string(),
            surname,
            given_names: (!given.is_empty()).then_some(given),
            location: s.location(),
            ..Traveller::default()
        });
        self.group = Group::Traveller;
    }

    fn tdt(&mut self, s: &Segment) {
        if self.group != Group::Header {
            self.warn(s, "TDT inside a traveller's group ignored".into());
            return;
        }
        if self.m.flights.len() >= MAX_LEGS {
            self.warn(
                s,
                format!("more than {MAX_LEGS} flight legs; this TDT is ignored"),
            );
            return;
        }
        let flight = s.get(1, 0).map(str::to_string);
        let carrier = s.get(4, 0).map(str::to_string).or_else(|| {
            flight
                .as_deref()
                .filter(|f| f.len() > 2)
                .and_then(|f| f.get(..2))
                .map(str::to_string)
        });
        self.m.flights.push(Leg {
            flight,
            carrier,
            ..Leg::default()
        });
        self.pending_loc = None;
    }

    fn loc(&mut self, s: &Segment) {
        let (Some(q), place) = (s.get(0, 0), s.get(1, 0)) else {
            return;
        };
        let place = place.map(str::to_string).or_else(|| {
            // LOC+180+:::Hartford USA: the place in free text.
            let free = join_nonempty(s.elements.get(1).map(|v| v.as_slice()).unwrap_or(&[]), " ");
            (!free.is_empty()).then_some(free)
        });
        match self.group {
            Group::Header => {
                let Some(leg) = self.m.flights.last_mut() else {
                    return;
                };
                match q {
                    "125" => leg.departure = place,
                    "87" => leg.arrival = place,
                    _ => {}
                }
                self.pending_loc = Some((q.to_string(), s.get(1, 0).unwrap_or("").to_string()));
            }
            Group::Traveller | Group::Document => {
                let Some(t) = self.m.travellers.last_mut() else {
                    return;
                };
                match q {
                    "174" => t.residence = place,
                    "178" => t.embarkation = place,
                    "179" => t.debarkation = place,
                    "180" => t.place_of_birth = place,
                    "91" => {
                        if let Some(d) = t.documents.last_mut() {
                            d.issuing_state = place;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn dtm(&mut self, s: &Segment) {
        let (Some(q), Some(v)) = (s.get(0, 0), s.get(0, 1)) else {
            return;
        };
        match (self.group, q) {
            (Group::Header, "189" | "232") => {
                let time = dates::date_time(v);
                let Some(leg) = self.m.flights.last_mut() else {
                    return;
                };
                let place = self
                    .pending_loc
                    .take()
                    .filter(|(lq, p)| lq == "92" && !p.is_empty())
                    .map(|(_, p)| p);
                if q == "189" {
                    leg.departure_time = time;
                    if leg.departure.is_none() {
                        leg.departure = place;
                    }
                } else {
                    leg.arrival_time = time;
                    if leg.arrival.is_none() {
                        leg.arrival = place;
                    }
                }
            }
            (Group::Traveller | Group::Document, "329") => {
                let date = dates::birth_date(v, &self.today);
                if date.is_none() {
                    self.warn(s, format!("unreadable date of birth {v:?}"));
                }
                if let Some(t) = self.m.travellers.last_mut() {
                    t.date_of_birth = date;
                }
            }
            (Group::Document, "36") => {
                let date = dates::expiry_date(v, &self.today);
                if date.is_none() {
                    self.warn(s, format!("unreadable expiry date {v:?}"));
                }
                if let Some(d) = self
                    .m
                    .travellers
                    .last_mut()
                    .and_then(|t| t.documents.last_mut())
                {
                    d.expiry = date;
                }
            }
            _ => {}
        }
    }

    fn doc(&mut self, s: &Segment) {
        if self.group == Group::Header {
            self.warn(s, "DOC before any traveller ignored".into());
            return;
        }
        if let Some(t) = self.m.travellers.last_mut() {
            t.documents.push(TravelDocument {
                kind: s.get(0, 0).map(str::to_string),
                number: s.get(1, 0).map(str::to_string),
                ..TravelDocument::default()
            });
            self.group = Group::Document;
        }
    }

    fn cnt(&mut self, s: &Segment) {
        // CNT+42:260 as the guide writes it; CNT+41+8 as some senders do.
        let q = s.get(0, 0).unwrap_or("").to_string();
        let v = s.get(0, 1).or_else(|| s.get(1, 0));
        match v.and_then(|v| v.parse::<u32>().ok()) {
            Some(n) => {
                self.m.control_count = Some(n);
                self.counts.push((q, n, s.location()));
            }
            None => self.warn(s, format!("unreadable control total {:?}", s.text())),
        }
        self.group = Group::Header;
    }

    fn unt(&mut self, s: &Segment) {
        let counted = self.in_message.take();
        let said = s.get(0, 0).and_then(|v| v.parse::<usize>().ok());
        match (counted, said) {
            (Some(c), Some(n)) if c != n => self.warn(
                s,
                format!("UNT says {n} segments, the message has {c} (UNH to UNT)"),
            ),
            (None, _) => self.warn(s, "UNT without UNH".into()),
            (_, None) => self.warn(s, format!("unreadable segment count {:?}", s.text())),
            _ => {}
        }
        self.group = Group::Header;
    }

    fn finish(mut self) -> Manifest {
        for t in &mut self.m.travellers {
            t.legs = legs_between(&self.m.flights, t);
        }
        for (q, n, location) in std::mem::take(&mut self.counts) {
            let (role, what) = match q.as_str() {
                "42" => ("passenger", "passengers"),
                "41" => ("crew", "crew members"),
                _ => continue,
            };
            let have = self.m.travellers.iter().filter(|t| t.role == role).count();
            if have != n as usize {
                self.warn_at(
                    location,
                    format!("CNT+{q} says {n} {what}, the message has {have}"),
                );
            }
        }
        if self.in_message.is_some() {
            self.warn_at("end".into(), "message has no UNT trailer".into());
        }
        self.m
    }
}

/// The legs a traveller flies: from the leg leaving their port of embarkation to the one
/// reaching their port of debarkation; every leg when the ports do not say.
fn legs_between(flights: &[Leg], t: &Traveller) -> Vec<usize> {
    let all: Vec<usize> = (0..flights.len()).collect();
    let (Some(from), Some(to)) = (t.embarkation.as_deref(), t.debarkation.as_deref()) else {
        return all;
    };
    let Some(start) = flights
        .iter()
        .position(|l| l.departure.as_deref() == Some(from))
    else {
        return all;
    };
    match flights[start..]
        .iter()
        .position(|l| l.arrival.as_deref() == Some(to))
    {
        Some(n) => (start..=start + n).collect(),
        None => all,
    }
}

fn set_if_none(slot: &mut Option<String>, v: Option<&str>) {
    if slot.is_none() {
        *slot = v.map(str::to_string);
    }
}

fn join_nonempty(parts: &[String], sep: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}
