//! What is screened: a query, and the prepared (parsed, normalised) form of a query or of a
//! listed entity that scoring compares.

use std::collections::BTreeMap;

use crate::countries::country_code;
use crate::dates::PartialDate;
use crate::ids;
use crate::model::{prop, Entity, Schema};
use crate::names::{self, Name};

/// A person, organisation, ... to screen. Every field is optional but a name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// `None` matches every matchable schema.
    pub schema: Option<Schema>,
    pub names: Vec<String>,
    /// Dates of birth as ISO prefixes (`1986`, `1986-08`, `1986-08-03`).
    pub birth_dates: Vec<String>,
    /// Countries of nationality, as codes or names.
    pub nationalities: Vec<String>,
    pub gender: Option<String>,
    /// Identifiers as `(property, value)`; property `idNumber` is compared with every
    /// document property of the candidate.
    pub identifiers: Vec<(String, String)>,
    /// The names were read from a passport's machine-readable zone: they may be written in
    /// ICAO 9303's Arabic scheme.
    pub names_from_mrz: bool,
    /// A word of the names that may be cut short at its end: the last word of an MRZ name
    /// that fills its field (ICAO 9303 truncation). It is matched as the start of a part.
    pub truncated_word: Option<String>,
}

impl Query {
    /// A query from FtM-style properties, as yente's `/match` takes them. Unknown properties
    /// are ignored.
    pub fn from_properties(schema: Option<Schema>, props: &BTreeMap<String, Vec<String>>) -> Self {
        let get = |p: &str| props.get(p).cloned().unwrap_or_default();
        let mut names = Vec::new();
        for p in [
            prop::NAME,
            prop::ALIAS,
            prop::PREVIOUS_NAME,
            prop::WEAK_ALIAS,
        ] {
            names.extend(get(p));
        }
        let first = get(prop::FIRST_NAME);
        let last = get(prop::LAST_NAME);
        if !first.is_empty() || !last.is_empty() {
            let mut parts = first.clone();
            parts.extend(get(prop::SECOND_NAME));
            parts.extend(get(prop::MIDDLE_NAME));
            parts.extend(last);
            names.push(parts.join(" "));
        }
        let mut nationalities = get(prop::NATIONALITY);
        nationalities.extend(get(prop::CITIZENSHIP));
        nationalities.extend(get(prop::COUNTRY));
        let mut identifiers = Vec::new();
        for p in prop::IDENTIFIER_PROPS {
            for v in get(p) {
                identifiers.push((p.to_string(), v));
            }
        }
        Query {
            schema,
            names,
            birth_dates: get(prop::BIRTH_DATE),
            nationalities,
            gender: get(prop::GENDER).into_iter().next(),
            identifiers,
            names_from_mrz: false,
            truncated_word: None,
        }
    }
}

/// How a candidate's name was listed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    Primary,
    Alias,
    WeakAlias,
}

/// A name parsed once, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedName {
    pub text: String,
    pub kind: NameKind,
    pub name: Name,
    /// The token that may be the start of the full part (a truncated document name).
    pub truncated: Option<usize>,
}

/// Gender, as far as matching cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Gender {
    Male,
    Female,
}

pub fn gender(s: &str) -> Option<Gender> {
    match s.trim().to_lowercase().as_str() {
        "m" | "male" | "man" | "mr" => Some(Gender::Male),
        "f" | "female" | "woman" | "w" => Some(Gender::Female),
        _ => None,
    }
}

/// A query or entity in the form scoring compares: names parsed, dates, countries and
/// identifiers normalised. Built once per entity at index time, once per query.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub schema: Option<Schema>,
    pub names: Vec<PreparedName>,
    pub birth_dates: Vec<PartialDate>,
    /// ISO alpha-2, lower case.
    pub countries: Vec<String>,
    pub gender: Option<Gender>,
    /// `(property, normalised value)`.
    pub identifiers: Vec<(String, String)>,
}

/// The last token of `name` that ends with `word` as parsed (a compound may have joined the
/// word to the one before it).
fn truncated_token(name: &names::Name, word: &str) -> Option<usize> {
    let last = names::parse(word).tokens.pop()?;
    name.tokens
        .iter()
        .rposition(|t| t.original.ends_with(last.original.as_str()))
}

fn normalize_countries(values: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        let code = country_code(&v)
            .map(str::to_string)
            .unwrap_or_else(|| v.trim().to_lowercase());
        if !code.is_empty() && !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

fn prepare_ids(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (p, v) in pairs {
        if let Some(n) = ids::normalize(&p, &v) {
            let pair = (p, n);
            if !out.contains(&pair) {
                out.push(pair);
            }
        }
    }
    out
}

impl Prepared {
    /// Nothing: what a removed entity's slot holds.
    pub fn empty() -> Prepared {
        Prepared {
            schema: None,
            names: Vec::new(),
            birth_dates: Vec::new(),
            countries: Vec::new(),
            gender: None,
            identifiers: Vec::new(),
        }
    }

    pub fn query(q: &Query) -> Prepared {
        Prepared {
            schema: q.schema.clone(),
            names: q
                .names
                .iter()
                .filter(|n| !n.trim().is_empty())
                .flat_map(|n| names::script_runs(n).unwrap_or_else(|| vec![n.clone()]))
                .map(|n| {
                    let name = if q.names_from_mrz {
                        names::parse_mrz(&n)
                    } else {
                        names::parse(&n)
                    };
                    let truncated = q
                        .truncated_word
                        .as_deref()
                        .and_then(|w| truncated_token(&name, w));
                    PreparedName {
                        text: n,
                        kind: NameKind::Primary,
                        name,
                        truncated,
                    }
                })
                .collect(),
            birth_dates: q
                .birth_dates
                .iter()
                .filter_map(|d| PartialDate::parse(d))
                .collect(),
            countries: normalize_countries(q.nationalities.iter().cloned()),
            gender: q.gender.as_deref().and_then(gender),
            identifiers: prepare_ids(q.identifiers.iter().cloned()),
        }
    }

    pub fn entity(e: &Entity) -> Prepared {
        let mut names: Vec<PreparedName> = Vec::new();
        let mut push_one = |text: &str, kind: NameKind| {
            if names.iter().any(|n| n.text == text) {
                return;
            }
            let name = names::parse(text);
            if name.tokens.is_empty() {
                return;
            }
            names.push(PreparedName {
                text: text.to_string(),
                kind,
                name,
                truncated: None,
            });
        };
        // A name written in two scripts is two names.
        let mut push = |text: &str, kind: NameKind| match names::script_runs(text) {
            Some(runs) => runs.iter().for_each(|t| push_one(t, kind)),
            None => push_one(text, kind),
        };
        for v in e.get(prop::NAME) {
            push(v, NameKind::Primary);
        }
        for p in [prop::ALIAS, prop::PREVIOUS_NAME] {
            for v in e.get(p) {
                push(v, NameKind::Alias);
            }
        }
        let parts: Vec<&str> = [
            prop::FIRST_NAME,
            prop::SECOND_NAME,
            prop::MIDDLE_NAME,
            prop::LAST_NAME,
        ]
        .iter()
        .filter_map(|p| e.first(p))
        .collect();
        if !parts.is_empty() {
            push(&parts.join(" "), NameKind::Alias);
        }
        for v in e.get(prop::WEAK_ALIAS) {
            push(v, NameKind::WeakAlias);
        }
        let mut countries: Vec<String> = Vec::new();
        for p in [prop::NATIONALITY, prop::CITIZENSHIP, prop::COUNTRY] {
            countries.extend(e.get(p).iter().cloned());
        }
        let mut id_pairs = Vec::new();
        for p in prop::IDENTIFIER_PROPS {
            for v in e.get(p) {
                id_pairs.push((p.to_string(), v.clone()));
            }
        }
        Prepared {
            schema: Some(e.schema.clone()),
            names,
            birth_dates: e
                .get(prop::BIRTH_DATE)
                .iter()
                .filter_map(|d| PartialDate::parse(d))
                .collect(),
            countries: normalize_countries(countries),
            gender: e.first(prop::GENDER).and_then(gender),
            identifiers: prepare_ids(id_pairs),
        }
    }
}
