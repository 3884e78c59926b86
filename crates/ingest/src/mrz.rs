//! Machine-readable zones of travel documents (ICAO Doc 9303): TD1 (3x30), TD2 (2x36), TD3
//! (2x44), MRV-A (2x44) and MRV-B (2x36), read into an [`Mrz`] with every check digit.
//!
//! ```
//! use nazar_ingest::mrz::{parse, MrzOptions};
//! let mrz = parse(
//!     &[
//!         "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
//!         "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
//!     ],
//!     &MrzOptions { today: Some((2026, 11, 29)), ..MrzOptions::default() },
//! )?;
//! assert!(mrz.valid);
//! assert_eq!(mrz.date_of_birth.as_deref(), Some("1974-08-12"));
//! # Ok::<(), nazar_ingest::mrz::MrzError>(())
//! ```
//!
//! **Architecture invariant:** the parser has no clock. Century inference uses
//! [`MrzOptions::today`], which the caller passes in. `valid` speaks of the check digits as
//! read; repairs (a line one filler off, `--ocr` confusions) are reported in `warnings` and
//! never change it.

use nazar_core::{countries, ids, prop, Query};
use serde::Serialize;

mod layout;
mod ocr;
#[cfg(test)]
mod tests;

use layout::{Field, Layout};

/// How to read an MRZ.
#[derive(Debug, Clone, Default)]
pub struct MrzOptions {
    /// Today's date `(year, month, day)`, for century inference. Without it the parser
    /// assumes 2030-01-01 (births up to 2029, expiries up to 2060); pass the date in.
    pub today: Option<(i32, u32, u32)>,
    /// OCR-tolerant reading: fix the usual confusions (O/0, I/1, B/8, S/5, Z/2, K/<) where
    /// the check digits confirm the fix.
    pub ocr: bool,
}

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    #[serde(rename = "TD1")]
    Td1,
    #[serde(rename = "TD2")]
    Td2,
    #[serde(rename = "TD3")]
    Td3,
    #[serde(rename = "MRV-A")]
    MrvA,
    #[serde(rename = "MRV-B")]
    MrvB,
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Format::Td1 => "TD1",
            Format::Td2 => "TD2",
            Format::Td3 => "TD3",
            Format::MrvA => "MRV-A",
            Format::MrvB => "MRV-B",
        })
    }
}

/// One check digit as read and as computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// `document_number`, `date_of_birth`, `date_of_expiry`, `personal_number`, `composite`.
    pub field: String,
    /// The character in the check-digit position.
    pub expected: String,
    pub computed: String,
    pub ok: bool,
}

/// A machine-readable zone, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mrz {
    pub format: Format,
    /// The document code with fillers removed: `P`, `PK`, `ID`, `I`, `V`.
    pub document_type: String,
    pub issuing_country: String,
    /// The primary identifier, fillers as single spaces. Names in ICAO's Arabic scheme
    /// (`MXHMD`) are kept as written: the matcher reads them (`Query::names_from_mrz`).
    pub surname: String,
    pub given_names: String,
    pub document_number: String,
    pub nationality: String,
    /// ISO `YYYY-MM-DD`, or the known prefix (`1957`) when parts are unknown, or `None`.
    /// The century is the latest that puts the birth before the document's earliest possible
    /// issue (ten years before expiry) and before today.
    pub date_of_birth: Option<String>,
    /// The birth date in the next century when that too is plausible (in the past, and the
    /// holder a child when the document expires): `111111` on a document expiring in 2019 is
    /// read 1911-11-11, and 2011-11-11 is kept here, with a warning. Screening uses both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth_alternative: Option<String>,
    pub date_of_expiry: Option<String>,
    /// `M`, `F`, or `None` when unspecified.
    pub sex: Option<String>,
    pub personal_number: Option<String>,
    /// Every check digit good, as read.
    pub valid: bool,
    pub checks: Vec<Check>,
    pub warnings: Vec<String>,
    /// The name fills its field and ends in a letter: it may have been truncated, so every
    /// component may be a prefix of the full name.
    pub name_truncated: bool,
}

/// Why an MRZ could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    /// Not two or three lines.
    #[error("an MRZ has 2 or 3 lines, got {0}")]
    LineCount(usize),
    /// A line of a length that no format has, and no one-filler repair fixes.
    #[error("line {line} is {len} characters long; {expected}")]
    LineLength {
        line: usize,
        len: usize,
        expected: String,
    },
    /// A character outside `A-Z`, `0-9` and `<`.
    #[error("line {line}, position {position}: {found:?} is not an MRZ character")]
    Character {
        line: usize,
        position: usize,
        found: char,
    },
}

/// The ICAO 9303 check digit (weights 7, 3, 1) of `s`. Characters outside the MRZ set
/// count as 0.
pub fn check_digit(s: &str) -> u8 {
    let sum: u32 = s
        .bytes()
        .zip([7u32, 3, 1].iter().cycle())
        .map(|(b, w)| char_value(b) * w)
        .sum();
    (sum % 10) as u8
}

fn char_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 0,
    }
}

/// Reads an MRZ from its lines (2 or 3; blank lines and surrounding whitespace are ignored).
pub fn parse(lines: &[&str], opts: &MrzOptions) -> Result<Mrz, MrzError> {
    let mut warnings = Vec::new();
    let mut rows: Vec<String> = Vec::new();
    for (i, l) in lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let upper = l.to_ascii_uppercase();
        if upper != l {
            warnings.push(format!(
                "line {}: read lower-case letters as upper case",
                i + 1
            ));
        }
        for (p, c) in upper.chars().enumerate() {
            if !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '<') {
                return Err(MrzError::Character {
                    line: i + 1,
                    position: p + 1,
                    found: c,
                });
            }
        }
        rows.push(upper);
    }
    let width = match rows.len() {
        3 => 30,
        2 => two_line_width(&rows)?,
        n => return Err(MrzError::LineCount(n)),
    };
    for (i, row) in rows.iter_mut().enumerate() {
        let len = row.len();
        if len == width + 1 && row.ends_with('<') {
            row.pop();
            warnings.push(format!(
                "line {}: {len} characters, one filler too many at the end: removed it",
                i + 1
            ));
        } else if len + 1 == width {
            row.push('<');
            warnings.push(format!(
                "line {}: {len} characters, one short of {width}: added a filler at the end",
                i + 1
            ));
        } else if len != width {
            return Err(MrzError::LineLength {
                line: i + 1,
                len,
                expected: format!("the other lines say {width}"),
            });
        }
    }
    let format = match (width, rows[0].starts_with('V')) {
        (30, _) => Format::Td1,
        (36, false) => Format::Td2,
        (36, true) => Format::MrvB,
        (_, false) => Format::Td3,
        (_, true) => Format::MrvA,
    };
    let layout = Layout::of(format);
    let as_read: Vec<&str> = rows.iter().map(String::as_str).collect();
    let checks = layout.checks(&as_read);
    let valid = checks.iter().all(|c| c.ok);
    let rows = if opts.ocr {
        ocr::repair(&layout, rows, &mut warnings)
    } else {
        rows
    };
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    Ok(read_fields(
        format, &layout, &rows, checks, valid, warnings, opts,
    ))
}

/// The width of a two-line MRZ: 44 or 36, allowing one character off on either line.
fn two_line_width(rows: &[String]) -> Result<usize, MrzError> {
    let fits = |w: usize| rows.iter().all(|r| r.len().abs_diff(w) <= 1);
    for w in [44, 36] {
        if rows.iter().any(|r| r.len() == w) && fits(w) {
            return Ok(w);
        }
    }
    let (line, len) = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (i + 1, r.len()))
        .find(|&(_, l)| l != 44 && l != 36)
        .unwrap_or((1, rows[0].len()));
    Err(MrzError::LineLength {
        line,
        len,
        expected: "a two-line MRZ has 44 (TD3, MRV-A) or 36 (TD2, MRV-B)".into(),
    })
}

fn read_fields(
    format: Format,
    layout: &Layout,
    rows: &[&str],
    checks: Vec<Check>,
    valid: bool,
    mut warnings: Vec<String>,
    opts: &MrzOptions,
) -> Mrz {
    let get = |f: Field| layout.get(rows, f).unwrap_or_default();
    let name_field = get(Field::Name);
    let (surname, given_names) = names(&name_field);
    let name_truncated = name_field
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_uppercase());
    let (document_number, personal) = layout.document_number(rows);
    let sex = match get(Field::Sex).as_str() {
        "M" => Some("M".to_string()),
        "F" => Some("F".to_string()),
        "<" | "X" => None,
        other => {
            warnings.push(format!("sex {other:?} is not M, F or <"));
            None
        }
    };
    let today = opts.today.unwrap_or((2000 + 30, 1, 1));
    let date_of_expiry = date(
        &get(Field::ExpiryDate),
        DateKind::Expiry,
        today,
        &mut warnings,
    );
    let expiry = date_of_expiry.as_deref().and_then(ymd);
    // A document is issued to someone already born, and is valid ten years at most.
    let issued_by = match expiry {
        Some((y, m, d)) => today.min((y - 10, m, d)),
        None => today,
    };
    let birth = get(Field::BirthDate);
    let date_of_birth = date(&birth, DateKind::Birth, issued_by, &mut warnings);
    let date_of_birth_alternative = date_of_birth
        .as_deref()
        .and_then(|b| next_century(b, today, expiry));
    if let (Some(b), Some(alt)) = (&date_of_birth, &date_of_birth_alternative) {
        warnings.push(format!(
            "date of birth {birth:?}: read as {b} (born before the document's earliest issue, \
             ten years before expiry); {alt} is also possible for a child's document"
        ));
    }
    let personal_number = Some(personal.replace('<', "")).filter(|p| !p.is_empty());
    Mrz {
        format,
        document_type: code(&get(Field::DocumentCode)),
        issuing_country: code(&get(Field::IssuingState)),
        surname,
        given_names,
        document_number: code(&document_number),
        nationality: code(&get(Field::Nationality)),
        date_of_birth,
        date_of_birth_alternative,
        date_of_expiry,
        sex,
        personal_number,
        valid,
        checks,
        warnings,
        name_truncated,
    }
}

/// A code field with its fillers removed.
fn code(s: &str) -> String {
    s.replace('<', "")
}

/// `PRIMARY<<SECONDARY` to (primary, secondary), fillers as single spaces.
fn names(field: &str) -> (String, String) {
    let field = field.trim_end_matches('<');
    let (primary, secondary) = field.split_once("<<").unwrap_or((field, ""));
    let words = |s: &str| {
        s.split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    (words(primary), words(secondary))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DateKind {
    Birth,
    Expiry,
}

/// `YYYY-MM-DD` (or a prefix) as numbers, unknown parts as 1.
fn ymd(iso: &str) -> Option<(i32, u32, u32)> {
    let mut parts = iso.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    let d = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    Some((y, m, d))
}

/// The birth date a century later, when that too is plausible: not after today, and before
/// the expiry (the holder a child when the document was issued).
fn next_century(
    birth: &str,
    today: (i32, u32, u32),
    expiry: Option<(i32, u32, u32)>,
) -> Option<String> {
    let (y, m, d) = ymd(birth)?;
    let later = (y + 100, m, d);
    let expiry = expiry?;
    (later <= today && later < expiry).then(|| format!("{:04}{}", y + 100, &birth[4..]))
}

/// `YYMMDD` to an ISO date or its known prefix, inferring the century: a birth date lies
/// before `reference` (today, or the document's earliest issue), an expiry at most 30 years
/// after it.
fn date(
    s: &str,
    kind: DateKind,
    reference: (i32, u32, u32),
    warnings: &mut Vec<String>,
) -> Option<String> {
    let label = match kind {
        DateKind::Birth => "date of birth",
        DateKind::Expiry => "date of expiry",
    };
    let b = s.as_bytes();
    if b.len() != 6 {
        return None;
    }
    let pair = |i: usize| -> Result<Option<u32>, ()> {
        match (b[i], b[i + 1]) {
            (b'<', b'<') => Ok(None),
            (x, y) if x.is_ascii_digit() && y.is_ascii_digit() => {
                Ok(Some(u32::from(x - b'0') * 10 + u32::from(y - b'0')))
            }
            _ => Err(()),
        }
    };
    let (Ok(yy), Ok(mm), Ok(dd)) = (pair(0), pair(2), pair(4)) else {
        warnings.push(format!("{label} {s:?} is not YYMMDD"));
        return None;
    };
    let yy = yy?;
    if mm.is_some_and(|m| !(1..=12).contains(&m)) || dd.is_some_and(|d| !(1..=31).contains(&d)) {
        warnings.push(format!("{label} {s:?} is not a calendar date"));
        return None;
    }
    let (ty, tm, td) = reference;
    let year = match kind {
        DateKind::Birth => {
            let recent = 2000 + yy as i32;
            // A birth date not after today; unknown parts compare as early as possible.
            if (recent, mm.unwrap_or(1), dd.unwrap_or(1)) > (ty, tm, td) {
                recent - 100
            } else {
                recent
            }
        }
        DateKind::Expiry => {
            let recent = 2000 + yy as i32;
            if recent > ty + 30 {
                recent - 100
            } else {
                recent
            }
        }
    };
    Some(match (mm, dd) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    })
}

/// The query that screens a document's holder: the name as "given surname" (read as an MRZ
/// name), date of birth, nationality, sex, the document number, and a Pakistani CNIC found in
/// the personal-number field. A name that fills its field may be cut short in the field's
/// last word, the last given name (or the surname's last word when there is none): that
/// word is the query's [`Query::truncated_word`].
pub fn to_query(mrz: &Mrz) -> Query {
    let name = [mrz.given_names.as_str(), mrz.surname.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let truncated_word = mrz
        .name_truncated
        .then(|| {
            let field_last = if mrz.given_names.is_empty() {
                &mrz.surname
            } else {
                &mrz.given_names
            };
            field_last.split_whitespace().last().map(str::to_string)
        })
        .flatten();
    let nationality = countries::alpha3_to_alpha2(&mrz.nationality)
        .map(str::to_string)
        .unwrap_or_else(|| mrz.nationality.clone());
    let mut identifiers = Vec::new();
    if let Some(n) = ids::document_number(&mrz.document_number) {
        let p = if mrz.document_type.starts_with('P') {
            prop::PASSPORT_NUMBER
        } else {
            prop::ID_NUMBER
        };
        identifiers.push((p.to_string(), n));
    }
    let pakistani = mrz.issuing_country == "PAK" || mrz.nationality == "PAK";
    if let Some(cnic) = mrz
        .personal_number
        .as_deref()
        .and_then(ids::document_number)
        .filter(|n| pakistani && ids::is_cnic(n))
    {
        identifiers.push((prop::ID_NUMBER.to_string(), cnic));
    }
    Query {
        schema: Some(nazar_core::Schema::Person),
        names: if name.is_empty() { vec![] } else { vec![name] },
        birth_dates: mrz
            .date_of_birth
            .iter()
            .chain(&mrz.date_of_birth_alternative)
            .cloned()
            .collect(),
        nationalities: if nationality.is_empty() {
            vec![]
        } else {
            vec![nationality]
        },
        gender: mrz.sex.as_deref().map(|s| match s {
            "M" => "male".to_string(),
            _ => "female".to_string(),
        }),
        identifiers,
        names_from_mrz: true,
        truncated_word,
    }
}
