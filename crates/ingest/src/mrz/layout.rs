//! Where each field of each MRZ format sits, and which characters each check digit covers.

use super::{check_digit, Check, Format};

/// A field of an MRZ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    DocumentCode,
    IssuingState,
    Name,
    DocumentNumber,
    DocumentCheck,
    Nationality,
    BirthDate,
    BirthCheck,
    Sex,
    ExpiryDate,
    ExpiryCheck,
    /// TD3's personal number, TD1's first optional field, the visas' optional data.
    Optional1,
    /// TD3's personal-number check digit.
    OptionalCheck,
    /// TD1's second optional field.
    Optional2,
    Composite,
}

/// What characters a position may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters and fillers: codes and names.
    Alpha,
    /// Digits (and fillers for unknown date parts).
    Numeric,
    /// Document and personal numbers.
    Alnum,
}

/// `line` (0-based), `start` (0-based), `len`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub line: usize,
    pub start: usize,
    pub len: usize,
}

const fn sp(line: usize, start: usize, len: usize) -> Span {
    Span { line, start, len }
}

/// One check digit: the spans it covers and where it sits.
#[derive(Debug, Clone)]
pub(super) struct CheckSpec {
    pub field: &'static str,
    pub covers: Vec<Span>,
    pub digit: Span,
}

pub(super) struct Layout {
    format: Format,
    fields: Vec<(Field, Span)>,
    composite: Option<Vec<Span>>,
}

impl Layout {
    pub fn of(format: Format) -> Layout {
        use Field::*;
        let (fields, composite) = match format {
            Format::Td1 => (
                vec![
                    (DocumentCode, sp(0, 0, 2)),
                    (IssuingState, sp(0, 2, 3)),
                    (DocumentNumber, sp(0, 5, 9)),
                    (DocumentCheck, sp(0, 14, 1)),
                    (Optional1, sp(0, 15, 15)),
                    (BirthDate, sp(1, 0, 6)),
                    (BirthCheck, sp(1, 6, 1)),
                    (Sex, sp(1, 7, 1)),
                    (ExpiryDate, sp(1, 8, 6)),
                    (ExpiryCheck, sp(1, 14, 1)),
                    (Nationality, sp(1, 15, 3)),
                    (Optional2, sp(1, 18, 11)),
                    (Composite, sp(1, 29, 1)),
                    (Name, sp(2, 0, 30)),
                ],
                Some(vec![sp(0, 5, 25), sp(1, 0, 7), sp(1, 8, 7), sp(1, 18, 11)]),
            ),
            _ => {
                let w = match format {
                    Format::Td3 | Format::MrvA => 44,
                    _ => 36,
                };
                let mut f = vec![
                    (DocumentCode, sp(0, 0, 2)),
                    (IssuingState, sp(0, 2, 3)),
                    (Name, sp(0, 5, w - 5)),
                    (DocumentNumber, sp(1, 0, 9)),
                    (DocumentCheck, sp(1, 9, 1)),
                    (Nationality, sp(1, 10, 3)),
                    (BirthDate, sp(1, 13, 6)),
                    (BirthCheck, sp(1, 19, 1)),
                    (Sex, sp(1, 20, 1)),
                    (ExpiryDate, sp(1, 21, 6)),
                    (ExpiryCheck, sp(1, 27, 1)),
                ];
                let composite = match format {
                    Format::Td3 => {
                        f.push((Optional1, sp(1, 28, 14)));
                        f.push((OptionalCheck, sp(1, 42, 1)));
                        f.push((Composite, sp(1, 43, 1)));
                        Some(vec![sp(1, 0, 10), sp(1, 13, 7), sp(1, 21, 22)])
                    }
                    Format::Td2 => {
                        f.push((Optional1, sp(1, 28, 7)));
                        f.push((Composite, sp(1, 35, 1)));
                        Some(vec![sp(1, 0, 10), sp(1, 13, 7), sp(1, 21, 14)])
                    }
                    // Visas carry no composite check digit.
                    _ => {
                        f.push((Optional1, sp(1, 28, w - 28)));
                        None
                    }
                };
                (f, composite)
            }
        };
        Layout {
            format,
            fields,
            composite,
        }
    }

    pub fn span(&self, field: Field) -> Option<Span> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, s)| *s)
    }

    pub fn get(&self, rows: &[&str], field: Field) -> Option<String> {
        self.span(field).map(|s| slice(rows, s).to_string())
    }

    /// What characters each position holds, for OCR repair.
    pub fn kind_at(&self, line: usize, pos: usize) -> Kind {
        use Field::*;
        let field = self
            .fields
            .iter()
            .find(|(_, s)| s.line == line && (s.start..s.start + s.len).contains(&pos))
            .map(|(f, _)| *f);
        match field {
            Some(
                BirthDate | BirthCheck | ExpiryDate | ExpiryCheck | DocumentCheck | OptionalCheck
                | Composite,
            ) => Kind::Numeric,
            Some(DocumentNumber | Optional1 | Optional2) => Kind::Alnum,
            _ => Kind::Alpha,
        }
    }

    /// The long-number extension of the document number: when the check-digit position holds
    /// `<`, the number continues in the optional data up to the next filler, whose last
    /// character is the check digit. Returns (extension without check digit, check digit span,
    /// characters of the optional field it uses).
    fn long_number(&self, rows: &[&str]) -> Option<(String, Span, usize)> {
        let check = self.span(Field::DocumentCheck)?;
        let opt = self.span(Field::Optional1)?;
        if slice(rows, check) != "<" || self.format == Format::MrvA || self.format == Format::MrvB {
            return None;
        }
        let data = slice(rows, opt);
        let ext_len = data.find('<').unwrap_or(data.len());
        if ext_len < 2 {
            return None;
        }
        Some((
            data[..ext_len - 1].to_string(),
            sp(opt.line, opt.start + ext_len - 1, 1),
            (ext_len + 1).min(data.len()),
        ))
    }

    /// The document number (long numbers joined) and the rest of the optional data, which is
    /// the personal number (TD1: the first optional field, else the second).
    pub fn document_number(&self, rows: &[&str]) -> (String, String) {
        let number = self.get(rows, Field::DocumentNumber).unwrap_or_default();
        let opt1 = self.get(rows, Field::Optional1).unwrap_or_default();
        let opt2 = self.get(rows, Field::Optional2).unwrap_or_default();
        let (number, opt1) = match self.long_number(rows) {
            Some((ext, _, used)) => (
                format!("{}{ext}", number.trim_end_matches('<')),
                opt1[used..].to_string(),
            ),
            None => (number, opt1),
        };
        let personal = if opt1.trim_matches('<').is_empty() {
            opt2
        } else {
            opt1
        };
        (number, personal)
    }

    /// Every check digit of the format, with what it covers.
    pub fn check_specs(&self, rows: &[&str]) -> Vec<CheckSpec> {
        let mut out = Vec::new();
        let mut push = |field: &'static str, covers: Vec<Span>, digit: Option<Span>| {
            if let Some(digit) = digit {
                out.push(CheckSpec {
                    field,
                    covers,
                    digit,
                });
            }
        };
        let doc = self.span(Field::DocumentNumber);
        match (self.long_number(rows), doc) {
            (Some((ext, digit, _)), Some(doc)) => {
                let opt = sp(digit.line, digit.start - ext.len(), ext.len());
                push("document_number", vec![doc, opt], Some(digit));
            }
            _ => push(
                "document_number",
                doc.into_iter().collect(),
                self.span(Field::DocumentCheck),
            ),
        }
        let one = |f: Field| self.span(f).into_iter().collect::<Vec<_>>();
        push(
            "date_of_birth",
            one(Field::BirthDate),
            self.span(Field::BirthCheck),
        );
        push(
            "date_of_expiry",
            one(Field::ExpiryDate),
            self.span(Field::ExpiryCheck),
        );
        push(
            "personal_number",
            one(Field::Optional1),
            self.span(Field::OptionalCheck),
        );
        if let Some(covers) = &self.composite {
            push("composite", covers.clone(), self.span(Field::Composite));
        }
        out
    }

    /// Every check digit, computed on `rows`.
    pub fn checks(&self, rows: &[&str]) -> Vec<Check> {
        self.check_specs(rows)
            .iter()
            .map(|c| evaluate(c, rows))
            .collect()
    }
}

pub(super) fn slice<'a>(rows: &[&'a str], s: Span) -> &'a str {
    rows.get(s.line)
        .and_then(|r| r.get(s.start..s.start + s.len))
        .unwrap_or("")
}

/// A check digit as read against the one computed. `<` is accepted only over a field that is
/// all fillers (TD3's empty personal number).
pub(super) fn evaluate(spec: &CheckSpec, rows: &[&str]) -> Check {
    let data: String = spec.covers.iter().map(|s| slice(rows, *s)).collect();
    let computed = check_digit(&data);
    let expected = slice(rows, spec.digit);
    let ok = match expected.as_bytes() {
        [b'<'] => data.bytes().all(|b| b == b'<'),
        [d] if d.is_ascii_digit() => d - b'0' == computed,
        _ => false,
    };
    Check {
        field: spec.field.to_string(),
        expected: expected.to_string(),
        computed: computed.to_string(),
        ok,
    }
}
