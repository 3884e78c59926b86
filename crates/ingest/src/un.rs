//! The UN Security Council Consolidated List (`consolidated.xml`): `INDIVIDUAL` records become
//! `Person`s, `ENTITY` records `Organization`s, with the reference number (`QDi.312`) as id.
//!
//! Name parts: `FIRST_NAME`..`FOURTH_NAME` are the name *in the order written*, not given name
//! and surname (`YUN` / `HO-JIN` puts the family name first, `FEREIDOUN` / `ABBASI-DAVANI` the
//! given name first), so they are joined into `name` only; emitting `firstName`/`lastName` from
//! them would tell the matcher something false about half the records.

use std::path::Path;

use nazar_core::{prop, Entity, Schema};

use crate::ofac_csv::{add_country, parse_dob, year_range};
use crate::read::{self, Progress};
use crate::xml::{read_entities, Element};
use crate::{IngestError, Parsed};

/// Parses a UN consolidated list file.
///
/// A record without a reference number or data id, or without a name, is a warning; a file
/// that is not a `CONSOLIDATED_LIST`, or is truncated, is [`IngestError::Malformed`].
pub fn parse(list: &str, path: &Path) -> Result<Parsed, IngestError> {
    parse_with(list, path, &Progress::default())
}

/// [`parse`], adding the bytes read to `progress`.
pub(crate) fn parse_with(
    list: &str,
    path: &Path,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let text = read::text(path, progress)?;
    let mut out = Parsed::default();
    // The reader takes one record name per pass; individuals come before entities in the
    // file, so two passes keep the file's order.
    for (record, schema) in [
        ("INDIVIDUAL", Schema::Person),
        ("ENTITY", Schema::Organization),
    ] {
        read_entities(
            path,
            &text,
            "CONSOLIDATED_LIST",
            record,
            &mut out,
            |el, _| entity(list, el, schema.clone()),
        )?;
    }
    Ok(out)
}

/// The UN writes "na" where a value is not available (a nationality, a FOURTH_NAME).
fn present(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty() && !s.eq_ignore_ascii_case("na") && !s.eq_ignore_ascii_case("n/a")).then_some(s)
}

fn text<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.child_text(name).and_then(present)
}

/// The `<X><VALUE>..</VALUE>*</X>` lists (TITLE, DESIGNATION, NATIONALITY, ...).
fn values<'a>(el: &'a Element, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    el.children(name)
        .flat_map(|c| c.children("VALUE"))
        .filter_map(|v| v.text().and_then(present))
}

fn entity(list: &str, el: &Element, schema: Schema) -> Result<Entity, String> {
    let id = text(el, "REFERENCE_NUMBER")
        .or_else(|| text(el, "DATAID"))
        .ok_or_else(|| format!("{} without REFERENCE_NUMBER or DATAID; skipped", el.name))?;
    let name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        .iter()
        .filter_map(|n| text(el, n))
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        return Err(format!("record {id} has no name; skipped"));
    }
    let mut e = Entity::new(list, id, schema);
    e.add(prop::NAME, name);
    if let Some(original) = text(el, "NAME_ORIGINAL_SCRIPT") {
        e.add_all(prop::ALIAS, split_original_script(original));
    }
    for alias in el
        .children("INDIVIDUAL_ALIAS")
        .chain(el.children("ENTITY_ALIAS"))
    {
        add_alias(&mut e, alias);
    }
    e.add_all(prop::TITLE, values(el, "TITLE"));
    e.add_all(prop::POSITION, values(el, "DESIGNATION"));
    for nationality in values(el, "NATIONALITY") {
        add_country(&mut e, prop::NATIONALITY, nationality);
    }
    match text(el, "GENDER").map(str::to_ascii_lowercase).as_deref() {
        Some("male") => e.add(prop::GENDER, "male"),
        Some("female") => e.add(prop::GENDER, "female"),
        Some(_) => e.add(prop::GENDER, "other"),
        None => {}
    }
    if let Some(program) = text(el, "UN_LIST_TYPE") {
        e.add(prop::PROGRAM, program);
    }
    if let Some(listed) = text(el, "LISTED_ON") {
        e.add(prop::LISTING_DATE, listed);
    }
    if let Some(updated) = values(el, "LAST_DAY_UPDATED").max() {
        e.add(prop::MODIFIED_AT, updated);
    }
    if let Some(comments) = text(el, "COMMENTS1") {
        e.add(prop::NOTES, comments);
    }
    for address in el
        .children("INDIVIDUAL_ADDRESS")
        .chain(el.children("ENTITY_ADDRESS"))
    {
        add_address(&mut e, address);
    }
    for dob in el.children("INDIVIDUAL_DATE_OF_BIRTH") {
        e.add_all(prop::BIRTH_DATE, birth_dates(dob));
    }
    for pob in el.children("INDIVIDUAL_PLACE_OF_BIRTH") {
        add_birth_place(
            &mut e,
            pob,
            &["STREET", "CITY", "STATE_PROVINCE", "COUNTRY"],
        );
    }
    for doc in el.children("INDIVIDUAL_DOCUMENT") {
        add_document(&mut e, doc);
    }
    Ok(e)
}

/// `NAME_ORIGINAL_SCRIPT` is one name; it is split only when it plainly lists several
/// (separated by `;`, `,` or the Arabic comma, every part of two words or more).
fn split_original_script(s: &str) -> Vec<&str> {
    let parts: Vec<&str> = s
        .split([';', ',', '،'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| p.split_whitespace().count() >= 2) {
        parts
    } else {
        vec![s]
    }
}

/// An alias by its quality: `Good` (and no quality) -> `alias`, `Low` -> `weakAlias`. The
/// alias's own date and place of birth belong to the person, and a name in original script
/// given in its note ("original script: Ахмад Шишани") is an alias of the same strength.
fn add_alias(e: &mut Entity, alias: &Element) {
    let Some(name) = text(alias, "ALIAS_NAME") else {
        return;
    };
    let weak = text(alias, "QUALITY").is_some_and(|q| q.eq_ignore_ascii_case("low"));
    let property = if weak { prop::WEAK_ALIAS } else { prop::ALIAS };
    e.add(property, name.trim_end_matches([',', ';']));
    if let Some(note) = text(alias, "NOTE") {
        let lower = note.to_lowercase();
        for marker in ["original script:", "in arabic:"] {
            if let Some(at) = lower.find(marker) {
                // Byte offsets agree: the markers are ASCII and lowercasing kept the prefix.
                if let Some(rest) = note.get(at + marker.len()..) {
                    e.add(property, rest.trim());
                }
            }
        }
    }
    if let Some(dob) = text(alias, "DATE_OF_BIRTH") {
        e.add_all(prop::BIRTH_DATE, parse_dob(dob));
    }
    add_birth_place(e, alias, &["CITY_OF_BIRTH", "COUNTRY_OF_BIRTH"]);
}

/// The street, city, state and country of a place of birth, joined; the last part named is
/// the country.
fn add_birth_place(e: &mut Entity, el: &Element, parts: &[&str]) {
    let found: Vec<&str> = parts.iter().filter_map(|p| text(el, p)).collect();
    if !found.is_empty() {
        e.add(prop::BIRTH_PLACE, found.join(", "));
    }
    if let Some(country) = parts.last().and_then(|p| text(el, p)) {
        add_country(e, prop::BIRTH_COUNTRY, country);
    }
}

fn add_address(e: &mut Entity, el: &Element) {
    let parts: Vec<&str> = ["STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"]
        .iter()
        .filter_map(|p| text(el, p))
        .collect();
    let country = text(el, "COUNTRY");
    // A bare country is not an address; it is kept as `country` only.
    if parts.len() > usize::from(country.is_some()) {
        e.add(prop::ADDRESS, parts.join(", "));
    }
    if let Some(country) = country {
        add_country(e, prop::COUNTRY, country);
    }
}

/// One `INDIVIDUAL_DATE_OF_BIRTH`: EXACT or APPROXIMATELY with a `DATE` or `YEAR`, BETWEEN
/// with `FROM_YEAR`/`TO_YEAR`, or only a free-text `NOTE` ("Nov. 1973", "30-35 years old"),
/// from which a date is taken when one can be read.
fn birth_dates(el: &Element) -> Vec<String> {
    if let Some(date) = text(el, "DATE") {
        return parse_dob(date);
    }
    let year = |name| text(el, name).and_then(|y| y.parse::<i32>().ok());
    match (year("FROM_YEAR"), year("TO_YEAR")) {
        (Some(from), Some(to)) => return year_range(from, to),
        (Some(y), None) | (None, Some(y)) => return vec![y.to_string()],
        (None, None) => {}
    }
    if let Some(y) = text(el, "YEAR") {
        return parse_dob(y);
    }
    text(el, "NOTE").map(parse_dob).unwrap_or_default()
}

/// One `INDIVIDUAL_DOCUMENT`. The type decides the property (passport in English, French or
/// Spanish -> `passportNumber`; fiscal codes -> `taxNumber`; anything else -> `idNumber`), and
/// the number loses the prose the UN sometimes writes around it.
fn add_document(e: &mut Entity, el: &Element) {
    let kind =
        text(el, "TYPE_OF_DOCUMENT").map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    let kind2 = text(el, "TYPE_OF_DOCUMENT2");
    let number = match text(el, "NUMBER") {
        Some(n) => clean_document_number(n),
        // "Afghan national identification card (tazkira) number 545167" with no NUMBER.
        None => match kind2.map(clean_document_number) {
            Some(n) if Some(n.as_str()) != kind2 && n.chars().any(|c| c.is_ascii_digit()) => n,
            _ => return,
        },
    };
    if number.is_empty() {
        return;
    }
    let property = match (document_property(kind2), document_property(kind.as_deref())) {
        (Some(prop::TAX_NUMBER), _) => prop::TAX_NUMBER,
        (_, Some(p)) => p,
        (Some(p), None) => p,
        (None, None) => prop::ID_NUMBER,
    };
    e.add(property, number);
}

fn document_property(kind: Option<&str>) -> Option<&'static str> {
    let kind = kind?.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| kind.contains(w));
    Some(
        if has(&[
            "passport",
            "passeport",
            "pasaporte",
            "travel document",
            "laissez",
        ]) {
            prop::PASSPORT_NUMBER
        } else if has(&["fiscal", "tax"]) {
            prop::TAX_NUMBER
        } else {
            prop::ID_NUMBER
        },
    )
}

/// Words that describe a document rather than number it.
const DOCUMENT_WORDS: &[&str] = &[
    "passport",
    "card",
    "document",
    "identity",
    "identification",
    "id",
    "licence",
    "license",
    "permit",
    "certificate",
    "travel",
    "diplomatic",
    "service",
    "national",
];

/// A document number without the prose around it, as the UN writes it:
/// `national identity card number 44103-5251752-5` -> `44103-5251752-5`,
/// `Diplomatic Passport D014433` -> `D014433`, `Libya B/002210` -> `B/002210`,
/// `381110042 (Expired 25 Jan. 2016)` -> `381110042`, `R00012098, South Sudan` -> `R00012098`.
/// Letters that belong to the number (`BN 4196361`, `D 000933`) stay.
pub(crate) fn clean_document_number(raw: &str) -> String {
    let tokens: Vec<&str> = raw.split_whitespace().collect();
    let has_digit = |ts: &[&str]| ts.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()));
    let mut start = 0;
    // "... number 123", "... No.: 123", "Passport: 123": cut after the marker.
    for (i, token) in tokens.iter().enumerate() {
        if has_digit(&tokens[i..=i]) {
            break;
        }
        let bare = token.trim_end_matches([':', '.']).to_lowercase();
        let marker = matches!(
            bare.as_str(),
            "number" | "no" | "nº" | "n°" | "nr" | "num" | "#"
        ) || token.ends_with(':');
        if marker && has_digit(&tokens[i + 1..]) {
            start = i + 1;
        }
    }
    // "Diplomatic Passport D014433", "Libya B/002210": descriptive words or a country before
    // the first token with a digit, keeping one short capital prefix ("A 0139243").
    if start == 0 {
        if let Some(first_digit) = tokens.iter().position(|t| has_digit(&[t])) {
            let mut keep = first_digit;
            if keep > 0 && is_number_prefix(tokens[keep - 1]) {
                keep -= 1;
            }
            let prose = &tokens[..keep];
            let descriptive = prose.iter().any(|t| {
                let w = t
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                DOCUMENT_WORDS.contains(&w.as_str())
            });
            if !prose.is_empty()
                && (descriptive || nazar_core::countries::country_code(&prose.join(" ")).is_some())
            {
                start = keep;
            }
        }
    }
    let mut number = tokens[start..].join(" ");
    // Trailing "(Expired ...)", "(US)" and ", South Sudan".
    loop {
        let trimmed = number.trim_end_matches(['.', ',', ';', ' ']).to_string();
        if let Some(open) = trimmed.rfind('(').filter(|_| trimmed.ends_with(')')) {
            if has_digit(&[&trimmed[..open]]) {
                number = trimmed[..open].to_string();
                continue;
            }
        }
        if let Some((head, tail)) = trimmed.rsplit_once(',') {
            if has_digit(&[head]) && nazar_core::countries::country_code(tail).is_some() {
                number = head.to_string();
                continue;
            }
        }
        number = trimmed;
        break;
    }
    number
}

/// A short all-capital token that is part of a number: `BN`, `D`, `SE`, `TR-P`.
fn is_number_prefix(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters) && token.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

#[cfg(test)]
mod tests;
