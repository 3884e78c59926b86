//! The EU Financial Sanctions File, XML (`xmlFullSanctionsList_1_1`, namespace
//! `http://eu.europa.ec/fpi/fsd/export`): one `sanctionEntity` per listed person or
//! enterprise.
//!
//! How it maps: the id is `euReferenceNumber` (`EU.27.28`), else `logicalId`. The first
//! strong `nameAlias` is `name` (and gives `firstName`/`middleName`/`lastName`), other strong
//! ones are `alias`, `strong="false"` ones are `weakAlias`. `unitedNationId` becomes
//! `programId` (FtM's `Sanction` keeps UN references there), each regulation's `programme`
//! becomes `program`. Country code `00` means unknown and is dropped.

use std::path::Path;

use nazar_core::{countries::country_code, prop, Entity, Schema};

use crate::ofac_csv;
use crate::read::{self, Progress};
use crate::xml::{read_entities, Element};
use crate::{IngestError, Parsed};

/// Parses an EU FSF XML file. A `sanctionEntity` without any id is a warning; a file that is
/// not an FSF export, or is truncated, is an error.
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
        "export",
        "sanctionEntity",
        &mut out,
        |el, _| entity(list, el),
    )?;
    Ok(out)
}

fn entity(list: &str, el: &Element) -> Result<Entity, String> {
    let id = el
        .attr("euReferenceNumber")
        .or_else(|| el.attr("logicalId"))
        .ok_or("sanctionEntity has neither euReferenceNumber nor logicalId")?;
    let code = el
        .children("subjectType")
        .find_map(|s| s.attr("code"))
        .unwrap_or_default();
    let schema = match code.to_ascii_lowercase().as_str() {
        "person" => Schema::Person,
        "enterprise" => Schema::Organization,
        _ => Schema::LegalEntity,
    };
    let is_person = schema == Schema::Person;
    let mut e = Entity::new(list, id, schema);
    if let Some(un) = el.attr("unitedNationId") {
        e.add("programId", un);
    }
    if let Some(date) = el.attr("designationDate") {
        e.add(prop::LISTING_DATE, iso_prefix(date));
    }
    e.add_all(prop::NOTES, el.attr("designationDetails"));
    e.add_all(prop::NOTES, el.children("remark").filter_map(Element::text));
    for reg in el.children("regulation") {
        e.add_all(prop::PROGRAM, reg.attr("programme"));
        e.add_all(prop::SOURCE_URL, reg.child_text("publicationUrl"));
    }
    names(&mut e, el, is_person);
    for c in el.children("citizenship") {
        e.add_all(prop::NATIONALITY, place_country(c));
    }
    for b in el.children("birthdate") {
        e.add_all(prop::BIRTH_DATE, birth_dates(b));
        e.add_all(
            prop::BIRTH_PLACE,
            b.attr("place").or_else(|| b.attr("city")),
        );
        e.add_all(prop::BIRTH_COUNTRY, place_country(b));
    }
    for doc in el.children("identification") {
        let kind = doc.attr("identificationTypeCode").unwrap_or_default();
        let p = if kind.eq_ignore_ascii_case("passport") {
            prop::PASSPORT_NUMBER
        } else {
            prop::ID_NUMBER
        };
        e.add_all(
            p,
            [doc.attr("number"), doc.attr("latinNumber")]
                .into_iter()
                .flatten(),
        );
    }
    for a in el.children("address") {
        let po_box = a.attr("poBox").map(|b| format!("PO Box {b}"));
        let parts = [
            a.attr("street").map(str::to_string),
            po_box,
            a.attr("zipCode").map(str::to_string),
            a.attr("city").map(str::to_string),
            a.attr("region").map(str::to_string),
            a.attr("place").map(str::to_string),
            a.attr("countryDescription")
                .filter(|d| !d.eq_ignore_ascii_case("unknown"))
                .map(str::to_string),
        ];
        let line: Vec<String> = parts.into_iter().flatten().collect();
        e.add(prop::ADDRESS, line.join(", "));
        e.add_all(prop::COUNTRY, place_country(a));
    }
    Ok(e)
}

/// Names from the `nameAlias` elements, in file order.
fn names(e: &mut Entity, el: &Element, is_person: bool) {
    let mut have_name = false;
    for (i, alias) in el.children("nameAlias").enumerate() {
        let whole = alias
            .attr("wholeName")
            .map(str::to_string)
            .unwrap_or_else(|| {
                let parts = ["firstName", "middleName", "lastName"].map(|k| alias.attr(k));
                parts.into_iter().flatten().collect::<Vec<_>>().join(" ")
            });
        let strong = alias.attr("strong") != Some("false");
        let p = match (strong, have_name) {
            (true, false) => prop::NAME,
            (true, true) => prop::ALIAS,
            (false, _) => prop::WEAK_ALIAS,
        };
        if p == prop::NAME && !whole.is_empty() {
            have_name = true;
        }
        e.add(p, &whole);
        if i == 0 && is_person {
            e.add_all(prop::FIRST_NAME, alias.attr("firstName"));
            e.add_all(prop::MIDDLE_NAME, alias.attr("middleName"));
            e.add_all(prop::LAST_NAME, alias.attr("lastName"));
        }
        e.add_all(prop::TITLE, alias.attr("title"));
        e.add_all(prop::POSITION, alias.attr("function"));
        match alias.attr("gender") {
            Some("M") => e.add(prop::GENDER, "male"),
            Some("F") => e.add(prop::GENDER, "female"),
            _ => {}
        }
    }
    // An entity listed only under weak names still needs a name to be shown and matched by.
    if !have_name {
        if let Some(first) = e.first(prop::WEAK_ALIAS).map(str::to_string) {
            e.add(prop::NAME, first);
        }
    }
}

/// A `birthdate` element as ISO prefixes: the full date, else the known parts, else each
/// year of a range. `circa` keeps the year only.
fn birth_dates(b: &Element) -> Vec<String> {
    let circa = b.attr("circa") == Some("true");
    let year_of = |d: &str| d.get(..4).unwrap_or(d).to_string();
    if let Some(full) = b.attr("birthdate") {
        let d = iso_prefix(full);
        return vec![if circa { year_of(&d) } else { d }];
    }
    if let Some(year) = b.attr("year").filter(|y| is_year(y)) {
        let month = b.attr("monthOfYear").and_then(two_digits);
        let day = b.attr("dayOfMonth").and_then(two_digits);
        return vec![match (circa, month, day) {
            (false, Some(m), Some(d)) => format!("{year}-{m}-{d}"),
            (false, Some(m), None) => format!("{year}-{m}"),
            _ => year.to_string(),
        }];
    }
    match (b.attr("yearRangeFrom"), b.attr("yearRangeTo")) {
        (Some(from), Some(to)) => year_range(from, to),
        (Some(y), None) | (None, Some(y)) if is_year(y) => vec![y.to_string()],
        _ => Vec::new(),
    }
}

/// The years of `yearRangeFrom`..`yearRangeTo` by the crate's convention
/// ([`ofac_csv::year_range`]); nothing when either is not a four-digit year.
pub(crate) fn year_range(from: &str, to: &str) -> Vec<String> {
    match (from.trim().parse::<u16>(), to.trim().parse::<u16>()) {
        (Ok(a), Ok(b)) if (1000..=9999).contains(&a) && (1000..=9999).contains(&b) => {
            ofac_csv::year_range(a.into(), b.into())
        }
        _ => Vec::new(),
    }
}

/// `1937-04-28T00:00:00` and the like to `1937-04-28`; other text is kept as is.
fn iso_prefix(s: &str) -> String {
    let s = s.trim();
    let bytes = s.as_bytes();
    let shape = |n: usize| {
        bytes.len() >= n
            && bytes[..n].iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
    };
    for n in [10, 7] {
        if shape(n) && (bytes.len() == n || !bytes[n].is_ascii_digit()) {
            return s[..n].to_string();
        }
    }
    s.to_string()
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && s != "0000"
}

/// `3` or `03` to `03`; `0` and out-of-range values to `None` (unknown part).
fn two_digits(s: &str) -> Option<String> {
    let n: u8 = s.trim().parse().ok()?;
    (1..=31).contains(&n).then(|| format!("{n:02}"))
}

/// The country of a citizenship, birthdate or address element: its ISO code (lowercased,
/// `00` = unknown), else its description through [`country_code`].
fn place_country(el: &Element) -> Option<String> {
    if let Some(code) = el.attr("countryIso2Code").filter(|c| *c != "00") {
        return Some(code.to_ascii_lowercase());
    }
    let desc = el
        .attr("countryDescription")
        .filter(|d| !d.eq_ignore_ascii_case("unknown"))?;
    Some(country_code(desc).map_or_else(|| desc.to_string(), str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::read_records;

    fn fixture() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eu_fsf.xml")
    }

    fn by_id<'a>(p: &'a Parsed, id: &str) -> &'a Entity {
        p.entities.iter().find(|e| e.id == id).unwrap()
    }

    #[test]
    fn reads_the_fixture() {
        let p = parse_xml("eu", &fixture()).unwrap();
        let ids: Vec<&str> = p.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            ["eu:EU.27.28", "eu:EU.9001.77", "eu:5300", "eu:EU.9002.11"]
        );
        assert_eq!(p.warnings.len(), 1);
        assert!(p.warnings[0].location.starts_with("line "));
    }

    #[test]
    fn saddam_style_person() {
        let p = parse_xml("eu", &fixture()).unwrap();
        let e = by_id(&p, "eu:EU.27.28");
        assert_eq!(e.schema, Schema::Person);
        assert_eq!(e.get(prop::NAME), ["Saddam Hussein Al-Tikriti"]);
        assert_eq!(e.get(prop::ALIAS), ["صدام حسين التكريتي"]);
        assert_eq!(e.get(prop::WEAK_ALIAS), ["Abu Ali"]);
        assert_eq!(e.get(prop::FIRST_NAME), ["Saddam"]);
        assert_eq!(e.get(prop::LAST_NAME), ["Al-Tikriti"]);
        assert_eq!(e.get(prop::GENDER), ["male"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1937-04-28"]);
        assert_eq!(e.get(prop::BIRTH_PLACE), ["al-Awja, near Tikrit"]);
        assert_eq!(e.get(prop::BIRTH_COUNTRY), ["iq"]);
        assert_eq!(e.get(prop::NATIONALITY), ["iq"]);
        assert_eq!(e.get(prop::PROGRAM), ["IRQ"]);
        assert_eq!(e.get("programId"), ["IQi.001"]);
        assert_eq!(e.get(prop::POSITION), ["Former President of Iraq"]);
        let src = e.source.as_ref().unwrap();
        assert!(
            src.text.starts_with("<sanctionEntity ") && src.text.ends_with("</sanctionEntity>")
        );
    }

    #[test]
    fn partial_dates_ranges_documents_addresses() {
        let p = parse_xml("eu", &fixture()).unwrap();
        let e = by_id(&p, "eu:EU.9001.77");
        assert_eq!(e.get(prop::BIRTH_DATE), ["1968-03", "1970"]);
        assert_eq!(e.get(prop::PASSPORT_NUMBER), ["AB1234567"]);
        assert_eq!(e.get(prop::ID_NUMBER), ["35202-1234567-1"]);
        assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
        assert_eq!(
            e.get(prop::ADDRESS),
            ["House 12, Street 4, Lahore, Pakistan"]
        );
        assert_eq!(e.get(prop::COUNTRY), ["pk"]);
        let ranged = by_id(&p, "eu:5300");
        assert_eq!(
            ranged.get(prop::BIRTH_DATE),
            ["1955", "1956", "1957", "1958"]
        );
        assert_eq!(ranged.get(prop::TITLE), ["Dr."]);
        assert!(ranged.get(prop::NATIONALITY).is_empty());
        let org = by_id(&p, "eu:EU.9002.11");
        assert_eq!(org.schema, Schema::Organization);
        assert_eq!(org.get(prop::NAME), ["Zarnigor Trading House LLC"]);
        assert_eq!(org.get(prop::ALIAS), ["ООО Торговый дом Зарнигор"]);
        assert_eq!(org.get(prop::LISTING_DATE), ["2024-06-24"]);
    }

    #[test]
    fn truncated_file_fails_with_a_position() {
        let text = std::fs::read_to_string(fixture()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let cut = dir.path().join("cut.xml");
        let at = text.find("<birthdate circa=\"true\"").unwrap();
        std::fs::write(&cut, &text[..at]).unwrap();
        match parse_xml("eu", &cut) {
            Err(IngestError::Malformed {
                location, message, ..
            }) => {
                assert_eq!(location, "line 26, column 5");
                assert!(message.contains("truncated"), "{message}");
            }
            other => panic!("expected malformed, got {other:?}"),
        }
        let other = dir.path().join("un.xml");
        std::fs::write(
            &other,
            "<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>",
        )
        .unwrap();
        assert!(parse_xml("eu", &other).is_err());
    }

    /// A BOM before the XML used to shift every record's source text by its three bytes.
    #[test]
    fn a_bom_does_not_shift_source_records() {
        let text = std::fs::read_to_string(fixture()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bom.xml");
        std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
        let p = parse_xml("eu", &path).unwrap();
        assert_eq!(p.entities.len(), 4);
        for e in &p.entities {
            let src = &e.source.as_ref().unwrap().text;
            assert!(
                src.starts_with("<sanctionEntity ") && src.ends_with("</sanctionEntity>"),
                "{src}"
            );
        }
    }

    #[test]
    fn year_ranges_follow_the_convention() {
        assert_eq!(year_range("1929", "1930"), ["1929", "1930"]);
        assert_eq!(year_range("1940", "1970"), ["1940", "1970"]);
        assert!(year_range("x", "1970").is_empty());
        assert_eq!(iso_prefix("1937-04-28T00:00:00"), "1937-04-28");
        assert_eq!(iso_prefix("1937-04"), "1937-04");
    }

    #[test]
    fn every_truncation_fails_cleanly() {
        let text = std::fs::read_to_string(fixture()).unwrap();
        let end = text.find("</export>").unwrap();
        for cut in (0..end).filter(|&i| text.is_char_boundary(i)) {
            let result = read_records(
                Path::new("cut.xml"),
                &text[..cut],
                "export",
                "sanctionEntity",
                |_| {},
            );
            assert!(result.is_err(), "a file cut at byte {cut} was accepted");
        }
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = read_records(Path::new("x.xml"), &s, "export", "sanctionEntity", |_| {});
            let _ = read_records(Path::new("x.xml"), &format!("<export><sanctionEntity>{s}"), "export", "sanctionEntity", |_| {});
        }
    }
}
