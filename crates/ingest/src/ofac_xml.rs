//! OFAC's legacy `sdn.xml` (and `cons.xml`): `sdnList/sdnEntry`, in the old
//! `http://tempuri.org/sdnList.xsd` namespace or the Sanctions List Service's newer one (names
//! are read without their namespace, so both work).
//!
//! The mapping is the CSV's (see `ofac_csv`): the same ids (`ofac:<uid>`), schemas and
//! properties. Where the CSV has free-text remarks the XML has structure, and each `id` entry
//! is read as the remark clause it would be in the CSV (`Passport AB123 (Pakistan)`), so both
//! formats share one grammar and one date parser.

use std::path::Path;

use nazar_core::{prop, Entity, Schema};

use crate::ofac_csv::{add_country, apply_clause, apply_remarks, parse_dob, place_country};
use crate::read::{self, Progress};
use crate::xml::{read_entities, Element};
use crate::{IngestError, Parsed};

/// Parses an OFAC `sdn.xml` file. An entry without a `uid` or a name is a warning; a file
/// whose root is not `sdnList`, or that is truncated, is [`IngestError::Malformed`].
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
    read_entities(path, &text, "sdnList", "sdnEntry", &mut out, |el, _| {
        entity(list, el)
    })?;
    Ok(out)
}

/// The items of a list element: `programList/program`, `idList/id`, ...
fn items<'a>(
    el: &'a Element,
    list: &'a str,
    item: &'a str,
) -> impl Iterator<Item = &'a Element> + 'a {
    el.children(list).flat_map(move |l| l.children(item))
}

/// `LAST, First` as the CSV prints it, or the last name alone.
fn full_name(el: &Element) -> Option<String> {
    match (el.child_text("lastName"), el.child_text("firstName")) {
        (Some(last), Some(first)) => Some(format!("{last}, {first}")),
        (Some(only), None) | (None, Some(only)) => Some(only.to_string()),
        (None, None) => None,
    }
}

fn entity(list: &str, el: &Element) -> Result<Entity, String> {
    let uid = el
        .child_text("uid")
        .ok_or_else(|| "sdnEntry without uid; skipped".to_string())?;
    let name = full_name(el).ok_or_else(|| format!("sdnEntry {uid} has no name; skipped"))?;
    let schema = match el
        .child_text("sdnType")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("individual") => Schema::Person,
        Some("vessel") => Schema::Vessel,
        Some("aircraft") => Schema::Aircraft,
        _ => Schema::Organization,
    };
    let mut e = Entity::new(list, uid, schema);
    e.add(prop::NAME, name);
    if e.schema == Schema::Person {
        if let Some(last) = el.child_text("lastName") {
            e.add(prop::LAST_NAME, last);
        }
        if let Some(first) = el.child_text("firstName") {
            e.add(prop::FIRST_NAME, first);
        }
    }
    if let Some(title) = el.child_text("title") {
        e.add(prop::POSITION, title);
    }
    for program in items(el, "programList", "program") {
        if let Some(p) = program.text() {
            e.add(prop::PROGRAM, p);
        }
    }
    if let Some(remarks) = el.child_text("remarks") {
        apply_remarks(&mut e, remarks);
    }
    for id in items(el, "idList", "id") {
        let (Some(kind), Some(number)) = (id.child_text("idType"), id.child_text("idNumber"))
        else {
            continue;
        };
        let clause = match id.child_text("idCountry") {
            Some(country) => format!("{kind} {number} ({country})"),
            None => format!("{kind} {number}"),
        };
        apply_clause(&mut e, &clause);
    }
    for aka in items(el, "akaList", "aka") {
        let Some(alias) = full_name(aka) else {
            continue;
        };
        let weak = aka
            .child_text("category")
            .is_some_and(|c| c.eq_ignore_ascii_case("weak"));
        let property = match aka
            .child_text("type")
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("f.k.a.") => prop::PREVIOUS_NAME,
            _ if weak => prop::WEAK_ALIAS,
            _ => prop::ALIAS,
        };
        e.add(property, alias);
    }
    for address in items(el, "addressList", "address") {
        add_address(&mut e, address);
    }
    for n in items(el, "nationalityList", "nationality") {
        if let Some(country) = n.child_text("country") {
            add_country(&mut e, prop::NATIONALITY, country);
        }
    }
    for c in items(el, "citizenshipList", "citizenship") {
        if let Some(country) = c.child_text("country") {
            add_country(&mut e, prop::CITIZENSHIP, country);
        }
    }
    for dob in items(el, "dateOfBirthList", "dateOfBirthItem") {
        if let Some(date) = dob.child_text("dateOfBirth") {
            e.add_all(prop::BIRTH_DATE, parse_dob(date));
        }
    }
    for pob in items(el, "placeOfBirthList", "placeOfBirthItem") {
        if let Some(place) = pob.child_text("placeOfBirth") {
            e.add(prop::BIRTH_PLACE, place);
            if let Some(code) = place_country(place) {
                e.add(prop::BIRTH_COUNTRY, code);
            }
        }
    }
    if let Some(vessel) = el.children("vesselInfo").next() {
        add_vessel(&mut e, vessel);
    }
    Ok(e)
}

fn add_address(e: &mut Entity, el: &Element) {
    let parts: Vec<&str> = [
        "address1",
        "address2",
        "address3",
        "city",
        "stateOrProvince",
        "postalCode",
        "country",
    ]
    .iter()
    .filter_map(|p| el.child_text(p))
    .collect();
    let country = el.child_text("country");
    // A bare country is not an address; it is kept as `country` only (as in the CSV).
    if parts.len() > usize::from(country.is_some()) {
        e.add(prop::ADDRESS, parts.join(", "));
    }
    if let Some(country) = country {
        add_country(e, prop::COUNTRY, country);
    }
}

fn add_vessel(e: &mut Entity, el: &Element) {
    for (from, to) in [
        ("callSign", prop::CALL_SIGN),
        ("vesselType", "type"),
        ("tonnage", "tonnage"),
        ("grossRegisteredTonnage", "grossRegisteredTonnage"),
    ] {
        if let Some(v) = el.child_text(from) {
            e.add(to, v);
        }
    }
    if let Some(flag) = el.child_text("vesselFlag") {
        add_country(e, prop::FLAG, flag);
    }
    if let Some(owner) = el.child_text("vesselOwner") {
        e.add(prop::NOTES, format!("Vessel owner: {owner}"));
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn fixture() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sdn.xml")
    }

    fn find<'a>(parsed: &'a Parsed, id: &str) -> &'a Entity {
        parsed.entities.iter().find(|e| e.id == id).unwrap()
    }

    fn write_temp(content: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut f, content.as_bytes()).unwrap();
        f
    }

    #[test]
    fn reads_entries_and_skips_one_without_uid() {
        let parsed = parse("ofac", &fixture()).unwrap();
        let ids: Vec<&str> = parsed.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ofac:900", "ofac:901", "ofac:902"]);
        assert_eq!(parsed.warnings.len(), 1);
        assert!(parsed.warnings[0].message.contains("without uid"));
        assert_eq!(
            crate::detect(&fixture()).unwrap(),
            crate::Format::OfacXml,
            "detect knows the file"
        );
    }

    #[test]
    fn maps_an_individual_like_the_csv() {
        let parsed = parse("ofac", &fixture()).unwrap();
        let e = find(&parsed, "ofac:900");
        assert_eq!(e.schema, Schema::Person);
        assert_eq!(e.get(prop::NAME), ["QURESHI, Tariq Mahmood"]);
        assert_eq!(e.get(prop::LAST_NAME), ["QURESHI"]);
        assert_eq!(e.get(prop::FIRST_NAME), ["Tariq Mahmood"]);
        assert_eq!(e.get(prop::POSITION), ["Explosives Trainer"]);
        assert_eq!(e.get(prop::PROGRAM), ["SDGT", "IFSR"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1976-04-02", "1970"]);
        assert_eq!(e.get(prop::BIRTH_PLACE), ["Faisalabad, Pakistan"]);
        assert_eq!(e.get(prop::BIRTH_COUNTRY), ["pk"]);
        assert_eq!(e.get(prop::NATIONALITY), ["pk"]);
        assert_eq!(e.get(prop::CITIZENSHIP), ["af"]);
        assert_eq!(e.get(prop::GENDER), ["male"]);
        assert_eq!(e.get(prop::PASSPORT_NUMBER), ["AB1234567"]);
        assert_eq!(e.get(prop::ID_NUMBER), ["35202-1234567-1"]);
        assert_eq!(e.get(prop::EMAIL), ["tariq@example.org"]);
        assert_eq!(e.get(prop::PHONE), ["922134567890"]);
        assert_eq!(e.get(prop::CRYPTO_WALLET), ["1ExampleAddressXyz"]);
        assert_eq!(e.get(prop::ALIAS), ["QURESHI, Tariq Mehmood"]);
        assert_eq!(e.get(prop::WEAK_ALIAS), ["ABU HAMZA"]);
        assert_eq!(e.get(prop::PREVIOUS_NAME), ["QURAISHI, Tariq"]);
        assert_eq!(
            e.get(prop::ADDRESS),
            ["House 12, Street 4, Peshawar, Pakistan"]
        );
        assert_eq!(e.get(prop::COUNTRY), ["pk"]);
        assert_eq!(
            e.get(prop::NOTES),
            [
                "Linked To: AL-NOOR RELIEF TRUST",
                "Additional Sanctions Information - Subject to Secondary Sanctions"
            ]
        );
        let source = e.source.as_ref().unwrap();
        assert_eq!(source.format, "xml");
        assert!(source.text.starts_with("<sdnEntry>") && source.text.ends_with("</sdnEntry>"));
    }

    #[test]
    fn maps_an_entity_and_a_vessel() {
        let parsed = parse("ofac", &fixture()).unwrap();
        let org = find(&parsed, "ofac:901");
        assert_eq!(org.schema, Schema::Organization);
        assert_eq!(org.get(prop::NAME), ["AL-NOOR RELIEF TRUST"]);
        assert!(org.get(prop::LAST_NAME).is_empty());
        assert_eq!(org.get(prop::REGISTRATION_NUMBER), ["12345"]);
        assert_eq!(org.get(prop::WEBSITE), ["www.example.org"]);
        assert_eq!(org.get(prop::ALIAS), ["NOOR TRUST INTERNATIONAL"]);
        assert_eq!(org.get(prop::ADDRESS), ["Karachi, Sindh, 74000, Pakistan"]);
        assert_eq!(org.get(prop::COUNTRY), ["pk", "ae"]);

        let ship = find(&parsed, "ofac:902");
        assert_eq!(ship.schema, Schema::Vessel);
        assert_eq!(ship.get(prop::IMO_NUMBER), ["IMO9187629"]);
        assert_eq!(ship.get(prop::MMSI), ["572469210"]);
        assert_eq!(ship.get(prop::CALL_SIGN), ["9BXY"]);
        assert_eq!(ship.get("type"), ["Crude Oil Tanker"]);
        assert_eq!(ship.get(prop::FLAG), ["ir"]);
        assert_eq!(ship.get("grossRegisteredTonnage"), ["80,000"]);
        assert_eq!(ship.get(prop::NOTES), ["Vessel owner: NITC"]);
    }

    #[test]
    fn reads_the_newer_namespace() {
        let f = write_temp(
            "<?xml version=\"1.0\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">\n\
             <sdnEntry><uid>7</uid><firstName>Ali</firstName><lastName>KHAN</lastName><sdnType>Individual</sdnType>\
             <dateOfBirthList><dateOfBirthItem><uid>1</uid><dateOfBirth>1929 to 1930</dateOfBirth></dateOfBirthItem></dateOfBirthList>\
             </sdnEntry>\n</sdnList>",
        );
        let parsed = parse("ofac", f.path()).unwrap();
        assert_eq!(parsed.entities.len(), 1);
        let e = &parsed.entities[0];
        assert_eq!(
            (e.id.as_str(), e.schema.clone()),
            ("ofac:7", Schema::Person)
        );
        assert_eq!(e.get(prop::NAME), ["KHAN, Ali"]);
        assert_eq!(e.get(prop::BIRTH_DATE), ["1929", "1930"]);
    }

    #[test]
    fn truncated_or_foreign_files_are_malformed() {
        let full = std::fs::read_to_string(fixture()).unwrap();
        let cut = &full[..full.find("<vesselInfo>").unwrap()];
        let f = write_temp(cut);
        match parse("ofac", f.path()) {
            Err(IngestError::Malformed {
                location, message, ..
            }) => {
                assert!(
                    location.starts_with("line ") && location.contains("column"),
                    "{location}"
                );
                assert!(message.contains("truncated"), "{message}");
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
        let f = write_temp("<CONSOLIDATED_LIST/>");
        let err = parse("ofac", f.path()).unwrap_err();
        assert!(err.to_string().contains("sdnList"), "{err}");
    }
}
