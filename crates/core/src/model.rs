//! The entity model: one shape for every record of every list, compatible with FollowTheMoney.
//!
//! An [`Entity`] is a schema plus a multimap of FtM property names to string values. Parsers fill
//! it, the store keeps it, the index reads it. Property names are FtM's (`name`, `alias`,
//! `birthDate`, ...); the [`prop`] module names the ones nazar reads so that typos fail to compile.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// FtM property names that nazar reads or writes. Any other FtM property may still be stored.
pub mod prop {
    pub const NAME: &str = "name";
    pub const ALIAS: &str = "alias";
    pub const WEAK_ALIAS: &str = "weakAlias";
    pub const PREVIOUS_NAME: &str = "previousName";
    pub const FIRST_NAME: &str = "firstName";
    pub const SECOND_NAME: &str = "secondName";
    pub const MIDDLE_NAME: &str = "middleName";
    pub const LAST_NAME: &str = "lastName";
    pub const FATHER_NAME: &str = "fatherName";
    pub const MOTHER_NAME: &str = "motherName";
    pub const TITLE: &str = "title";
    pub const BIRTH_DATE: &str = "birthDate";
    pub const BIRTH_PLACE: &str = "birthPlace";
    pub const BIRTH_COUNTRY: &str = "birthCountry";
    pub const DEATH_DATE: &str = "deathDate";
    pub const NATIONALITY: &str = "nationality";
    pub const CITIZENSHIP: &str = "citizenship";
    pub const COUNTRY: &str = "country";
    pub const JURISDICTION: &str = "jurisdiction";
    pub const GENDER: &str = "gender";
    pub const PASSPORT_NUMBER: &str = "passportNumber";
    pub const ID_NUMBER: &str = "idNumber";
    pub const TAX_NUMBER: &str = "taxNumber";
    pub const REGISTRATION_NUMBER: &str = "registrationNumber";
    pub const IMO_NUMBER: &str = "imoNumber";
    pub const MMSI: &str = "mmsi";
    pub const CALL_SIGN: &str = "callSign";
    pub const FLAG: &str = "flag";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "phone";
    pub const CRYPTO_WALLET: &str = "cryptoWallet";
    pub const USERNAME: &str = "username";
    pub const WEBSITE: &str = "website";
    pub const ADDRESS: &str = "address";
    pub const POSITION: &str = "position";
    pub const NOTES: &str = "notes";
    pub const PROGRAM: &str = "program";
    pub const TOPICS: &str = "topics";
    pub const SOURCE_URL: &str = "sourceUrl";
    pub const LISTING_DATE: &str = "createdAt";
    pub const MODIFIED_AT: &str = "modifiedAt";

    /// Properties whose values are names of the entity itself, strongest first.
    pub const NAME_PROPS: &[&str] = &[NAME, ALIAS, PREVIOUS_NAME, WEAK_ALIAS];
    /// Properties whose values identify a document or account, compared after normalisation.
    pub const IDENTIFIER_PROPS: &[&str] = &[
        PASSPORT_NUMBER,
        ID_NUMBER,
        TAX_NUMBER,
        REGISTRATION_NUMBER,
        IMO_NUMBER,
        MMSI,
        EMAIL,
        PHONE,
        CRYPTO_WALLET,
        USERNAME,
    ];
}

/// The FtM schema of an entity. Unknown schemas round-trip through [`Schema::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Schema {
    Person,
    Organization,
    Company,
    LegalEntity,
    Vessel,
    Aircraft,
    Other(String),
}

impl Schema {
    pub fn parse(s: &str) -> Schema {
        match s {
            "Person" => Schema::Person,
            "Organization" => Schema::Organization,
            "Company" => Schema::Company,
            "LegalEntity" => Schema::LegalEntity,
            "Vessel" => Schema::Vessel,
            "Aircraft" => Schema::Aircraft,
            other => Schema::Other(other.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Schema::Person => "Person",
            Schema::Organization => "Organization",
            Schema::Company => "Company",
            Schema::LegalEntity => "LegalEntity",
            Schema::Vessel => "Vessel",
            Schema::Aircraft => "Aircraft",
            Schema::Other(s) => s,
        }
    }

    /// Whether entities of this schema are screened at all. FtM also ships relation and
    /// detail schemas (Sanction, Ownership, Address, ...) which are kept but never matched.
    pub fn is_matchable(&self) -> bool {
        match self {
            Schema::Other(s) => matches!(
                s.as_str(),
                "Thing" | "Asset" | "PublicBody" | "Airplane" | "Vehicle" | "CryptoWallet"
            ),
            _ => true,
        }
    }

    /// Whether a query of schema `self` may be compared with a candidate of schema `other`.
    /// A `Person` query never matches a vessel; a `LegalEntity` query matches anything that
    /// can own assets, as in FtM's schema hierarchy.
    pub fn compatible(&self, other: &Schema) -> bool {
        use Schema::*;
        if self == other {
            return true;
        }
        match (self, other) {
            (LegalEntity, Person | Organization | Company) => true,
            (Person | Organization | Company, LegalEntity) => true,
            (Organization, Company) | (Company, Organization) => true,
            (Other(t), _) | (_, Other(t)) if t == "Thing" => true,
            _ => false,
        }
    }
}

impl fmt::Display for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Schema {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Schema {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Schema::parse(&s))
    }
}

/// The record as its publisher shipped it, kept for display next to a hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// The format the text is in: `xml`, `csv`, `json`, ...
    pub format: String,
    /// The original record's text (an XML element, CSV rows, a JSON object).
    pub text: String,
}

/// One listed person, organisation, vessel, ... in nazar's single model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// `<list>:<source id>`, keeping the source id's own characters.
    pub id: String,
    pub schema: Schema,
    /// FtM property name to values. Values are trimmed, non-empty and unique per property.
    #[serde(default)]
    pub properties: BTreeMap<String, Vec<String>>,
    /// The lists (datasets) this entity was read from.
    #[serde(default)]
    pub datasets: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRecord>,
}

impl Entity {
    /// A new entity with id `<list>:<source_id>`, in dataset `list`.
    pub fn new(list: &str, source_id: &str, schema: Schema) -> Entity {
        Entity {
            id: entity_id(list, source_id),
            schema,
            properties: BTreeMap::new(),
            datasets: vec![list.to_string()],
            source: None,
        }
    }

    /// Adds a value to a property. Whitespace is collapsed; empty values and duplicates are
    /// dropped, so parsers can add without checking.
    pub fn add(&mut self, prop: &str, value: impl AsRef<str>) {
        let value = collapse_whitespace(value.as_ref());
        if value.is_empty() {
            return;
        }
        let values = self.properties.entry(prop.to_string()).or_default();
        if !values.contains(&value) {
            values.push(value);
        }
    }

    /// Frees the spare capacity of the value lists (a list grown by [`Entity::add`] keeps room
    /// for four values): a million parsed entities hold half a gigabyte less.
    pub fn shrink_to_fit(&mut self) {
        for values in self.properties.values_mut() {
            values.shrink_to_fit();
        }
        self.datasets.shrink_to_fit();
    }

    /// Adds every value of an iterator to a property.
    pub fn add_all<I, S>(&mut self, prop: &str, values: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for v in values {
            self.add(prop, v);
        }
    }

    /// The values of a property, empty if unset.
    pub fn get(&self, prop: &str) -> &[String] {
        self.properties.get(prop).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first value of a property.
    pub fn first(&self, prop: &str) -> Option<&str> {
        self.get(prop).first().map(String::as_str)
    }

    /// A display name: the first `name`, else the first alias, else the id. Always present.
    pub fn caption(&self) -> &str {
        for p in [prop::NAME, prop::ALIAS, prop::WEAK_ALIAS, prop::LAST_NAME] {
            if let Some(v) = self.first(p) {
                return v;
            }
        }
        &self.id
    }

    /// The source id: the part of `id` after the list prefix.
    pub fn source_id(&self) -> &str {
        self.id.split_once(':').map(|(_, s)| s).unwrap_or(&self.id)
    }

    /// A digest of what the entity says (schema, properties, source record), used to tell a
    /// changed entity from an unchanged one between two versions of a list.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        h.update(self.schema.as_str().as_bytes());
        h.update([0]);
        for (k, vs) in &self.properties {
            let mut vs: Vec<&String> = vs.iter().collect();
            vs.sort();
            h.update(k.as_bytes());
            h.update([1]);
            for v in vs {
                h.update(v.as_bytes());
                h.update([2]);
            }
        }
        if let Some(src) = &self.source {
            h.update([3]);
            h.update(src.text.as_bytes());
        }
        hex(&h.finalize())
    }
}

/// Builds an entity id `<list>:<source id>`.
pub fn entity_id(list: &str, source_id: &str) -> String {
    format!("{list}:{}", source_id.trim())
}

/// Collapses runs of whitespace (including newlines inside XML text) to single spaces and trims.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Lower-case hex of a byte slice.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_dedupes_and_trims() {
        let mut e = Entity::new("un", "QDi.312", Schema::Person);
        e.add(prop::NAME, "  Aamir  Ali\n CHAUDHRY ");
        e.add(prop::NAME, "Aamir Ali CHAUDHRY");
        e.add(prop::NAME, "   ");
        assert_eq!(e.get(prop::NAME), ["Aamir Ali CHAUDHRY"]);
        assert_eq!(e.id, "un:QDi.312");
        assert_eq!(e.source_id(), "QDi.312");
        assert_eq!(e.caption(), "Aamir Ali CHAUDHRY");
    }

    #[test]
    fn content_hash_ignores_value_order_but_not_values() {
        let mut a = Entity::new("l", "1", Schema::Person);
        a.add_all(prop::ALIAS, ["x", "y"]);
        let mut b = Entity::new("l", "1", Schema::Person);
        b.add_all(prop::ALIAS, ["y", "x"]);
        assert_eq!(a.content_hash(), b.content_hash());
        b.add(prop::ALIAS, "z");
        assert_ne!(a.content_hash(), b.content_hash());
    }

    #[test]
    fn schema_round_trips_unknown_names() {
        let s: Schema = serde_json::from_str("\"Sanction\"").unwrap();
        assert_eq!(s, Schema::Other("Sanction".into()));
        assert!(!s.is_matchable());
        assert_eq!(
            serde_json::to_string(&Schema::Person).unwrap(),
            "\"Person\""
        );
        assert!(Schema::LegalEntity.compatible(&Schema::Person));
        assert!(!Schema::Person.compatible(&Schema::Vessel));
    }
}
