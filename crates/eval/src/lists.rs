//! The lists the labelled sets are made from, read from the shared data folder with
//! nazar's own parsers.
//!
//! Layout under the shared folder (the one the project's fixtures use):
//! - `un-consolidated/*.xml`: the UN Security Council consolidated list;
//! - `ofac-sdn-legacy-csv/{sdn,add,alt,sdn_comments}.csv`: OFAC's SDN list, legacy CSV set.

use std::path::{Path, PathBuf};

use nazar_core::{prop, Entity, Schema};
use nazar_ingest::{parse_files, Format, Options};

use crate::EvalError;

/// The two publishers' lists, as parsed.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    /// UN consolidated list, ids `un:<reference number>`.
    pub un: Vec<Entity>,
    /// OFAC SDN, ids `ofac:<ent_num>`.
    pub ofac: Vec<Entity>,
    /// Records the parsers skipped.
    pub warnings: usize,
}

/// The UN file under `shared`.
pub fn un_path(shared: &Path) -> PathBuf {
    shared.join("un-consolidated").join("UN_consolidated.xml")
}

/// The OFAC SDN folder under `shared`.
pub fn ofac_dir(shared: &Path) -> PathBuf {
    shared.join("ofac-sdn-legacy-csv")
}

impl Lists {
    /// Reads both lists. The source records are dropped: the evaluation copies entities into
    /// several indexes and never shows the original text.
    pub fn load(shared: &Path) -> Result<Lists, EvalError> {
        let un_file = un_path(shared);
        let sdn = ofac_dir(shared).join("sdn.csv");
        for p in [&un_file, &sdn] {
            if !p.is_file() {
                return Err(EvalError::Missing { path: p.clone() });
            }
        }
        let un = parse_files("un", Some(Format::UnXml), &[un_file], &Options::default())?;
        let ofac_files: Vec<PathBuf> = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]
            .iter()
            .map(|f| ofac_dir(shared).join(f))
            .filter(|p| p.is_file())
            .collect();
        let ofac = parse_files(
            "ofac",
            Some(Format::OfacCsv),
            &ofac_files,
            &Options::default(),
        )?;
        let strip = |mut es: Vec<Entity>| {
            for e in &mut es {
                e.source = None;
            }
            es
        };
        Ok(Lists {
            warnings: un.warnings.len() + ofac.warnings.len(),
            un: strip(un.entities),
            ofac: strip(ofac.entities),
        })
    }

    /// Every entity of both lists.
    pub fn all(&self) -> impl Iterator<Item = &Entity> {
        self.un.iter().chain(self.ofac.iter())
    }
}

/// Whether an entity is a person.
pub fn is_person(e: &Entity) -> bool {
    e.schema == Schema::Person
}

/// Every name value of an entity: names, aliases, previous names, weak aliases.
pub fn names(e: &Entity) -> impl Iterator<Item = &String> {
    prop::NAME_PROPS.iter().flat_map(|p| e.get(p).iter())
}

/// The date of birth a traveller would give: the entity's first full date, else its first
/// (partial) date.
pub fn query_birth_date(e: &Entity) -> Option<String> {
    let dates = e.get(prop::BIRTH_DATE);
    dates
        .iter()
        .find(|d| d.len() == 10)
        .or_else(|| dates.first())
        .cloned()
}

/// The years an entity was born in, by its dates.
pub fn birth_years(e: &Entity) -> Vec<&str> {
    e.get(prop::BIRTH_DATE)
        .iter()
        .filter_map(|d| d.get(..4))
        .collect()
}
