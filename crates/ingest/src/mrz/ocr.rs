//! OCR-tolerant reading: the usual confusions (O/0, I/1, B/8, S/5, Z/2, K/<) fixed only where
//! a check digit confirms the fix, or where the field cannot hold what was read (a digit in a
//! name). Every repair is reported.

use super::layout::{evaluate, Field, Kind, Layout, Span};

/// Letters OCR reads for digits, and the digit each stands for.
const LETTER_DIGIT: &[(u8, u8)] = &[
    (b'O', b'0'),
    (b'I', b'1'),
    (b'B', b'8'),
    (b'S', b'5'),
    (b'Z', b'2'),
];

/// Most substitutions tried in one field.
const MAX_CHANGES: usize = 2;

/// The other characters a position of `kind` may really hold when `c` was read.
fn alternatives(kind: Kind, c: u8) -> Vec<u8> {
    let to_digit = LETTER_DIGIT.iter().find(|(l, _)| *l == c).map(|(_, d)| *d);
    let to_letter = LETTER_DIGIT.iter().find(|(_, d)| *d == c).map(|(l, _)| *l);
    match kind {
        Kind::Numeric => to_digit.into_iter().collect(),
        Kind::Alnum => {
            let mut v: Vec<u8> = to_digit.into_iter().chain(to_letter).collect();
            if c == b'K' {
                v.push(b'<');
            }
            v
        }
        Kind::Alpha => to_letter.into_iter().collect(),
    }
}

/// Repairs `rows`, reporting each fix in `warnings`.
pub(super) fn repair(
    layout: &Layout,
    mut rows: Vec<String>,
    warnings: &mut Vec<String>,
) -> Vec<String> {
    let specs = {
        let view: Vec<&str> = rows.iter().map(String::as_str).collect();
        layout.check_specs(&view)
    };
    for spec in specs.iter().filter(|s| s.field != "composite") {
        let view: Vec<&str> = rows.iter().map(String::as_str).collect();
        if evaluate(spec, &view).ok {
            continue;
        }
        let mut positions: Vec<(usize, usize, Vec<u8>)> = Vec::new();
        for s in spec.covers.iter().chain(std::iter::once(&spec.digit)) {
            for pos in s.start..s.start + s.len {
                let Some(&c) = rows.get(s.line).and_then(|r| r.as_bytes().get(pos)) else {
                    continue;
                };
                let alts = alternatives(layout.kind_at(s.line, pos), c);
                if !alts.is_empty() {
                    positions.push((s.line, pos, alts));
                }
            }
        }
        match search(&rows, spec, &positions) {
            Search::One(fixes) => {
                for (line, pos, to) in fixes {
                    let from = rows[line].as_bytes()[pos] as char;
                    replace(&mut rows[line], pos, to);
                    warnings.push(format!(
                        "ocr: line {}, position {}: read {from:?} as {:?} ({} check digit confirms)",
                        line + 1,
                        pos + 1,
                        to as char,
                        spec.field
                    ));
                }
            }
            Search::Ambiguous => warnings.push(format!(
                "ocr: {} check digit fails and several repairs would fit: left as read",
                spec.field
            )),
            Search::None => {}
        }
    }
    repair_letters(layout, &mut rows, warnings);
    rows
}

enum Search {
    One(Vec<(usize, usize, u8)>),
    Ambiguous,
    None,
}

/// The unique smallest set of substitutions (up to [`MAX_CHANGES`]) that makes the check pass.
fn search(
    rows: &[String],
    spec: &super::layout::CheckSpec,
    positions: &[(usize, usize, Vec<u8>)],
) -> Search {
    let mut choices: Vec<(usize, usize, u8)> = Vec::new();
    for (line, pos, alts) in positions {
        for a in alts {
            choices.push((*line, *pos, *a));
        }
    }
    if choices.len() > 40 {
        return Search::None;
    }
    for k in 1..=MAX_CHANGES.min(choices.len()) {
        let mut found: Vec<Vec<(usize, usize, u8)>> = Vec::new();
        let mut idx: Vec<usize> = (0..k).collect();
        loop {
            let set: Vec<(usize, usize, u8)> = idx.iter().map(|&i| choices[i]).collect();
            let distinct = set
                .iter()
                .enumerate()
                .all(|(i, a)| set[..i].iter().all(|b| (a.0, a.1) != (b.0, b.1)));
            if distinct {
                let mut trial = rows.to_vec();
                for &(line, pos, to) in &set {
                    replace(&mut trial[line], pos, to);
                }
                let view: Vec<&str> = trial.iter().map(String::as_str).collect();
                if evaluate(spec, &view).ok {
                    found.push(set);
                    if found.len() > 1 {
                        return Search::Ambiguous;
                    }
                }
            }
            if !next_combination(&mut idx, choices.len()) {
                break;
            }
        }
        if let Some(one) = found.pop() {
            return Search::One(one);
        }
    }
    Search::None
}

fn next_combination(idx: &mut [usize], n: usize) -> bool {
    let k = idx.len();
    for i in (0..k).rev() {
        if idx[i] < n - k + i {
            idx[i] += 1;
            for j in i + 1..k {
                idx[j] = idx[j - 1] + 1;
            }
            return true;
        }
    }
    false
}

fn replace(row: &mut String, pos: usize, to: u8) {
    if row.is_char_boundary(pos) && row.is_char_boundary(pos + 1) && pos < row.len() {
        row.replace_range(pos..pos + 1, &(to as char).to_string());
    }
}

/// Letter fields hold no digits: read digits there as the letters they resemble, and a
/// trailing run of `K` and `<` in the name as fillers.
fn repair_letters(layout: &Layout, rows: &mut [String], warnings: &mut Vec<String>) {
    for field in [Field::IssuingState, Field::Nationality, Field::Name] {
        let Some(Span { line, start, len }) = layout.span(field) else {
            continue;
        };
        for pos in start..start + len {
            let Some(&c) = rows.get(line).and_then(|r| r.as_bytes().get(pos)) else {
                continue;
            };
            if let Some(&to) = alternatives(Kind::Alpha, c).first() {
                replace(&mut rows[line], pos, to);
                warnings.push(format!(
                    "ocr: line {}, position {}: read digit {:?} as {:?} in a letter field",
                    line + 1,
                    pos + 1,
                    c as char,
                    to as char
                ));
            }
        }
        if field == Field::Name {
            let Some(name) = rows
                .get(line)
                .and_then(|r| r.get(start..start + len))
                .map(str::to_string)
            else {
                continue;
            };
            let run = name
                .bytes()
                .rev()
                .take_while(|b| matches!(b, b'K' | b'<'))
                .count();
            let tail = &name[len - run..];
            if name.ends_with('K') && run >= 3 && tail.contains('<') {
                let fixed = "<".repeat(run);
                rows[line].replace_range(start + len - run..start + len, &fixed);
                warnings.push(format!(
                    "ocr: line {}: read the trailing {tail:?} of the name as fillers",
                    line + 1
                ));
            }
        }
    }
}
