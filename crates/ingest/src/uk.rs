//! The UK lists: the FCDO UK Sanctions List XML (`UK-Sanctions-List.xml`, one `Designation`
//! per entry) and OFSI's retired consolidated list CSV (`ConList.csv`, one row per name,
//! grouped by `Group ID`).
//!
//! Both write names as parts: `Name 1`..`Name 5` are given names and `Name 6` is the surname
//! or a whole entity name; the full name is the parts joined in that order. Dates are
//! `DD/MM/YYYY` with unknown parts written `dd`/`mm` (or `00`): `dd/mm/1957` becomes `1957`.

use std::collections::HashMap;
use std::path::Path;

use nazar_core::{countries::country_code, prop, Entity, Schema, SourceRecord};

use crate::mapped_csv::csv_text;
use crate::read::{self, Progress};
use crate::xml::{read_entities, Element};
use crate::{IngestError, Parsed, Warning};

/// Parses the UK Sanctions List XML. A `Designation` without a `UniqueID` is a warning.
pub fn parse_xml(list: &str, path: &Path) -> Result<Parsed, IngestError> {
    parse_xml_with(list, path, &Progress::default())
}

/// [`parse_xml`], adding the bytes read to `progress`.
pub(crate) fn parse_xml_with(
    list: &str,
    path: &Path,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let text = read::text(path, progress)?;
    let mut out = Parsed::default();
    read_entities(
        path,
        &text,
        "Designations",
        "Designation",
        &mut out,
        |d, notes| designation(list, d, notes),
    )?;
    Ok(out)
}

/// One `Designation`, noting values that could not be read.
fn designation(list: &str, d: &Element, notes: &mut Vec<String>) -> Result<Entity, String> {
    let id = d
        .child_text("UniqueID")
        .ok_or("Designation has no UniqueID")?;
    let mut e = Entity::new(list, id, schema(d.child_text("IndividualEntityShip")));
    let is_person = e.schema == Schema::Person;
    for n in d.descendants("Name") {
        let parts: [Option<&str>; 6] =
            ["Name1", "Name2", "Name3", "Name4", "Name5", "Name6"].map(|k| n.child_text(k));
        let kind = n.child_text("NameType").unwrap_or_default().to_lowercase();
        let strength = n.child_text("AliasStrength").unwrap_or_default();
        let p = name_prop(&kind, strength);
        e.add(p, join_parts(&parts));
        if p == prop::NAME && is_person {
            add_name_parts(&mut e, &parts);
        }
    }
    e.add_all(prop::ALIAS, d.descendant_texts("NameNonLatinScript"));
    e.add_all(prop::TITLE, d.descendant_texts("Title"));
    e.add_all("programId", d.child_text("UNReferenceNumber"));
    e.add_all(prop::PROGRAM, d.child_text("RegimeName"));
    for (tag, p) in [
        ("DateDesignated", prop::LISTING_DATE),
        ("LastUpdated", prop::MODIFIED_AT),
    ] {
        e.add_all(p, d.child_text(tag).and_then(uk_date));
    }
    e.add_all(prop::NOTES, d.child_text("OtherInformation"));
    e.add_all(prop::NOTES, d.child_text("UKStatementofReasons"));
    for a in d.descendants("Address") {
        let lines = (1..=6).map(|i| format!("AddressLine{i}"));
        let parts: Vec<&str> = lines
            .filter_map(|k| a.child_text(&k))
            .chain(a.child_text("AddressPostalCode"))
            .chain(a.child_text("AddressCountry"))
            .collect();
        e.add(prop::ADDRESS, parts.join(", "));
        e.add_all(prop::COUNTRY, a.child_text("AddressCountry").map(country));
    }
    for dob in d.descendant_texts("DOB") {
        match uk_date(dob) {
            Some(date) => e.add(prop::BIRTH_DATE, date),
            None => notes.push(format!("{id}: unreadable DOB {dob:?}")),
        }
    }
    let texts = |tag: &str| d.descendant_texts(tag).into_iter().map(str::to_string);
    e.add_all(prop::NATIONALITY, texts("Nationality").map(|c| country(&c)));
    e.add_all(prop::BIRTH_PLACE, texts("TownOfBirth"));
    e.add_all(
        prop::BIRTH_COUNTRY,
        texts("CountryOfBirth").map(|c| country(&c)),
    );
    e.add_all(prop::GENDER, texts("Gender").filter_map(|g| gender(&g)));
    e.add_all(prop::POSITION, texts("Position"));
    e.add_all(prop::PASSPORT_NUMBER, texts("PassportNumber"));
    e.add_all(prop::ID_NUMBER, texts("NationalIdentifierNumber"));
    e.add_all(
        prop::REGISTRATION_NUMBER,
        texts("BusinessRegistrationNumber"),
    );
    e.add_all(prop::IMO_NUMBER, texts("IMONumber"));
    e.add_all(prop::PHONE, texts("PhoneNumber"));
    e.add_all(prop::EMAIL, texts("EmailAddress"));
    e.add_all(prop::WEBSITE, texts("Website"));
    Ok(e)
}

/// Parses OFSI's `ConList.csv`: an optional `Last Updated,...` line, then the header, then
/// one row per name. Columns are found by header name, so pre-2022 files without the
/// non-Latin, passport and alias-quality columns also load. A row without a `Group ID` is a
/// warning; a header without `Group ID` or `Name 6` is not a ConList.
pub fn parse_csv(list: &str, path: &Path) -> Result<Parsed, IngestError> {
    parse_csv_with(list, path, &Progress::default())
}

/// [`parse_csv`], adding the bytes read to `progress`.
pub(crate) fn parse_csv_with(
    list: &str,
    path: &Path,
    progress: &Progress,
) -> Result<Parsed, IngestError> {
    let text = read::text(path, progress)?;
    let (body, skipped) = match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("Last Updated") => (rest, 1),
        _ => (text.as_str(), 0),
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(body.as_bytes());
    let header_line = skipped + 1;
    let headers = reader
        .headers()
        .map_err(|e| IngestError::malformed(path, format!("line {header_line}"), e.to_string()))?
        .clone();
    let cols = Columns::new(&headers);
    for required in ["Group ID", "Name 6"] {
        if cols.index(required).is_none() {
            return Err(IngestError::malformed(
                path,
                format!("line {header_line}"),
                format!(
                    "not an OFSI ConList: no {required:?} column in the header ({})",
                    headers.iter().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    let mut out = Parsed::default();
    let mut groups: Vec<(String, Vec<csv::StringRecord>)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for row in reader.records() {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize + skipped);
                out.warnings
                    .push(Warning::at_line(path, line, format!("bad row: {e}")));
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line() as usize + skipped);
        let id = cols.get(&row, "Group ID").trim().to_string();
        if id.is_empty() {
            out.warnings.push(Warning::at_line(
                path,
                line,
                "row has no Group ID; skipped".into(),
            ));
            continue;
        }
        let slot = *by_id.entry(id.clone()).or_insert_with(|| {
            groups.push((id, Vec::new()));
            groups.len() - 1
        });
        groups[slot].1.push(row);
    }
    for (id, rows) in groups {
        let (e, notes) = group_entity(list, &id, &rows, &cols, &headers);
        out.entities.push(e);
        out.warnings
            .extend(notes.into_iter().map(|message| Warning {
                file: path.to_path_buf(),
                location: format!("record {id}"),
                message,
            }));
    }
    Ok(out)
}

/// One ConList group (all rows of a `Group ID`) as an entity.
fn group_entity(
    list: &str,
    id: &str,
    rows: &[csv::StringRecord],
    cols: &Columns,
    headers: &csv::StringRecord,
) -> (Entity, Vec<String>) {
    let kind = rows
        .iter()
        .map(|r| cols.get(r, "Group Type"))
        .find(|t| !t.is_empty());
    let mut e = Entity::new(list, id, schema(kind));
    let is_person = e.schema == Schema::Person;
    let mut notes = Vec::new();
    for row in rows {
        let get = |name: &str| cols.get(row, name).trim();
        let parts = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"]
            .map(|k| Some(get(k)).filter(|v| !v.is_empty()));
        let p = name_prop(&get("Alias Type").to_lowercase(), get("Alias Quality"));
        e.add(p, join_parts(&parts));
        if p == prop::NAME && is_person {
            add_name_parts(&mut e, &parts);
        }
        e.add(prop::ALIAS, get("Name Non-Latin Script"));
        e.add(prop::TITLE, get("Title"));
        for dob in numbered(get("DOB")) {
            match uk_date(&dob) {
                Some(date) => e.add(prop::BIRTH_DATE, date),
                None => notes.push(format!("unreadable DOB {dob:?}")),
            }
        }
        e.add_all(prop::BIRTH_PLACE, numbered(get("Town of Birth")));
        let countries = |name: &str| numbered(get(name)).into_iter().map(|c| country(&c));
        e.add_all(prop::BIRTH_COUNTRY, countries("Country of Birth"));
        e.add_all(prop::NATIONALITY, countries("Nationality"));
        e.add_all(prop::PASSPORT_NUMBER, numbered(get("Passport Number")));
        e.add_all(
            prop::ID_NUMBER,
            numbered(get("National Identification Number")),
        );
        e.add_all(prop::POSITION, numbered(get("Position")));
        let address: Vec<&str> = [
            "Address 1",
            "Address 2",
            "Address 3",
            "Address 4",
            "Address 5",
            "Address 6",
            "Post/Zip Code",
            "Country",
        ]
        .into_iter()
        .map(get)
        .filter(|v| !v.is_empty())
        .collect();
        e.add(prop::ADDRESS, address.join(", "));
        if !get("Country").is_empty() {
            e.add(prop::COUNTRY, country(get("Country")));
        }
        let other = get("Other Information");
        e.add(prop::NOTES, other);
        e.add_all("programId", un_reference(other));
        e.add(prop::PROGRAM, get("Regime"));
        e.add_all(prop::LISTING_DATE, uk_date(get("Listed On")));
        e.add_all(prop::MODIFIED_AT, uk_date(get("Last Updated")));
    }
    e.source = Some(SourceRecord {
        format: "csv".to_string(),
        text: csv_text(b',', headers, rows),
    });
    (e, notes)
}

/// Header names to column indexes; a column the file lacks reads as empty.
struct Columns(HashMap<String, usize>);

impl Columns {
    fn new(headers: &csv::StringRecord) -> Columns {
        let mut map = HashMap::new();
        for (i, h) in headers.iter().enumerate() {
            map.entry(h.trim().to_string()).or_insert(i);
        }
        Columns(map)
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }

    fn get<'r>(&self, row: &'r csv::StringRecord, name: &str) -> &'r str {
        self.index(name)
            .and_then(|i| row.get(i))
            .unwrap_or_default()
    }
}

fn schema(kind: Option<&str>) -> Schema {
    match kind
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "individual" => Schema::Person,
        "entity" => Schema::Organization,
        "ship" => Schema::Vessel,
        _ => Schema::LegalEntity,
    }
}

/// The property for a name, from its type (lowercased) and alias strength or quality.
fn name_prop(kind: &str, strength: &str) -> &'static str {
    if kind == "primary name" {
        prop::NAME
    } else if strength.to_ascii_lowercase().contains("low") {
        prop::WEAK_ALIAS
    } else {
        prop::ALIAS
    }
}

/// `Name 1`..`Name 5` then `Name 6`, joined by spaces.
fn join_parts(parts: &[Option<&str>; 6]) -> String {
    parts
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

fn add_name_parts(e: &mut Entity, parts: &[Option<&str>; 6]) {
    e.add_all(prop::FIRST_NAME, parts[0]);
    e.add_all(prop::SECOND_NAME, parts[1]);
    e.add_all(prop::MIDDLE_NAME, parts[2..5].iter().flatten());
    e.add_all(prop::LAST_NAME, parts[5]);
}

/// A UK date as an ISO prefix: `02/03/1958` -> `1958-03-02`, `dd/03/1958` -> `1958-03`,
/// `dd/mm/1957` or `00/00/1957` -> `1957`. A bare year or an ISO date passes through.
pub(crate) fn uk_date(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s
        .strip_prefix("circa")
        .or_else(|| s.strip_prefix("Circa"))
        .map_or(s, str::trim);
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let known = |p: &str| (digits(p, 2) || digits(p, 1)) && p.parse::<u8>().is_ok_and(|v| v > 0);
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    match parts.as_slice() {
        [d, m, y] if digits(y, 4) => Some(match (known(d), known(m)) {
            (true, true) => format!("{y}-{:0>2}-{:0>2}", m, d),
            (false, true) => format!("{y}-{:0>2}", m),
            _ => y.to_string(),
        }),
        [m, y] if digits(y, 4) => Some(if known(m) {
            format!("{y}-{m:0>2}")
        } else {
            y.to_string()
        }),
        [y] if digits(y, 4) => Some(y.to_string()),
        [iso]
            if iso.len() >= 7
                && iso.get(..4).is_some_and(|y| digits(y, 4))
                && iso.as_bytes()[4] == b'-' =>
        {
            Some(iso.chars().take(10).collect())
        }
        _ => None,
    }
}

/// Splits ConList's numbered lists, `(1) Kabul (2) Kandahar`, into their items.
fn numbered(s: &str) -> Vec<String> {
    let s = s.trim();
    if !s.starts_with("(1)") {
        return if s.is_empty() {
            Vec::new()
        } else {
            vec![s.to_string()]
        };
    }
    let mut items = Vec::new();
    let mut rest = s;
    let mut n = 1;
    while let Some(after) = rest.strip_prefix(&format!("({n})")) {
        n += 1;
        let marker = format!("({n})");
        let (item, next) = after
            .split_once(&marker)
            .map_or((after, ""), |(a, _)| (a, &after[a.len()..]));
        items.push(item.trim().to_string());
        rest = next;
    }
    items.retain(|i| !i.is_empty());
    items
}

/// The UN reference inside ConList's other information: `(UN Ref):TAi.155`.
fn un_reference(other: &str) -> Option<String> {
    let at = other.find("UN Ref")?;
    let rest = other[at + "UN Ref".len()..].trim_start_matches([')', ':', ' ']);
    let id: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let id = id.trim_end_matches('.');
    (!id.is_empty()).then(|| id.to_string())
}

fn gender(s: &str) -> Option<String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "male" | "m" => Some("male".into()),
        "female" | "f" => Some("female".into()),
        _ => None,
    }
}

/// A country name or code to a lowercase ISO code, else the text as given.
fn country(raw: &str) -> String {
    let raw = raw.trim();
    match country_code(raw) {
        Some(code) => code.to_string(),
        None if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_alphabetic()) => {
            raw.to_ascii_lowercase()
        }
        None => raw.to_string(),
    }
}

#[cfg(test)]
mod tests;
