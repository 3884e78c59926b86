//! The resolution configuration (TOML): inputs' column mappings onto FtM properties, blocking
//! rules, comparisons, the model's training and the clustering.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::Error;

/// Which pairs are candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LinkType {
    /// Only pairs of records from different inputs.
    #[default]
    LinkOnly,
    /// Only pairs of records from the same input.
    DedupeOnly,
    /// All pairs.
    LinkAndDedupe,
}

/// One column, or several joined with a space (`name = ["given", "family"]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Columns {
    One(String),
    Many(Vec<String>),
}

impl Columns {
    pub fn names(&self) -> Vec<&str> {
        match self {
            Columns::One(c) => vec![c.as_str()],
            Columns::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// How an input's columns map onto properties.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The input's file name this mapping is for (in `[[inputs]]`); the default mapping
    /// (`[input]`) has none.
    #[serde(default)]
    pub file: Option<String>,
    /// The column with the record id (default: `id`).
    #[serde(default)]
    pub id: Option<String>,
    /// A column of analyst labels: records with the same non-empty label are the same
    /// entity. When present, m is estimated from labelled pairs.
    #[serde(default)]
    pub label: Option<String>,
    /// Property (FtM name, e.g. `firstName`, `birthDate`, `idNumber`) → column(s).
    #[serde(default)]
    pub columns: BTreeMap<String, Columns>,
}

/// What kind of comparison, which fixes its levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Names through nazar-core: exact, similarity ≥ `thresholds[0]`, ≥ `thresholds[1]`, else.
    Name,
    /// Dates of birth: exact, one typo or day/month swapped, same year, else.
    Date,
    /// Identifiers (normalised alphanumerics): exact, ≤ `edits[0]` edits, ≤ `edits[1]`, else.
    Id,
    /// Free text (streets, towns): exact, Jaro-Winkler ≥ `thresholds[0]`, ≥ `thresholds[1]`, else.
    Text,
    /// Exact or not.
    Exact,
    /// Phone numbers (digits, last 9 compared): exact, one edit, else.
    Phone,
    /// Emails (case-folded): exact, same local part, same domain, else.
    Email,
}

/// One comparison of the model.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The property compared.
    pub property: String,
    pub kind: Kind,
    /// Term-frequency adjustment of exact agreement: a rare value agreeing is more telling.
    #[serde(default)]
    pub tf: bool,
    /// Similarity thresholds for `name` and `text`, descending.
    #[serde(default)]
    pub thresholds: Option<Vec<f32>>,
    /// Edit-distance thresholds for `id`, ascending.
    #[serde(default)]
    pub edits: Option<Vec<u32>>,
}

/// A blocking rule: pairs whose keys are equal are candidates. A key part is a property, or
/// `property:N` for its first N characters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub on: Vec<String>,
    /// The other record's parts when they differ (`on = ["firstName", "lastName"]`,
    /// `with = ["lastName", "firstName"]` finds swapped names).
    #[serde(default)]
    pub with: Option<Vec<String>>,
}

/// Training settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Training {
    /// Random pairs sampled to estimate u.
    pub u_pairs: u64,
    /// EM iterations at most.
    pub em_iterations: u32,
    /// Candidate pairs used by EM at most (a sample when memory-bounded).
    pub em_pairs: u64,
    /// Seed of the random sampling.
    pub seed: u64,
    /// Expected recall of blocking, used to turn the matches EM finds among candidates into
    /// the prior probability that two random records match.
    pub blocking_recall: f64,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            u_pairs: 300_000,
            em_iterations: 40,
            em_pairs: 20_000_000,
            seed: 1,
            blocking_recall: 1.0,
        }
    }
}

/// Clustering settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Clustering {
    /// Links at or above this match probability join clusters.
    pub threshold: f64,
    /// At most one record of each input per cluster (for inputs without duplicates): links
    /// are taken best first and a link that would put two records of one input together is
    /// refused.
    pub one_record_per_source: bool,
    /// Clusters never grow beyond this many records (0: no limit).
    pub max_cluster_size: usize,
    /// Anti-chaining: merging clusters of sizes s1, s2 (both > 1) needs a link weight of at
    /// least the threshold's plus this many bits times log2(s1 * s2).
    pub merge_penalty: f64,
}

impl Default for Clustering {
    fn default() -> Self {
        Clustering {
            threshold: 0.5,
            one_record_per_source: false,
            max_cluster_size: 0,
            merge_penalty: 1.0,
        }
    }
}

/// The whole configuration file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub link_type: LinkType,
    /// The mapping for every input without its own.
    #[serde(default)]
    pub input: Mapping,
    /// Per-input mappings, matched on file name.
    #[serde(default)]
    pub inputs: Vec<Mapping>,
    pub blocking: Vec<Rule>,
    pub comparisons: Vec<Comparison>,
    #[serde(default)]
    pub training: Training,
    #[serde(default)]
    pub clustering: Clustering,
}

impl Config {
    /// Parses and checks a configuration.
    pub fn from_toml(text: &str) -> Result<Config, Error> {
        let c: Config = toml::from_str(text).map_err(|e| Error::Config(e.to_string()))?;
        c.check()?;
        Ok(c)
    }

    /// The mapping of the input called `file` (its file name).
    pub fn mapping_for(&self, file: &str) -> &Mapping {
        self.inputs
            .iter()
            .find(|m| m.file.as_deref() == Some(file))
            .unwrap_or(&self.input)
    }

    fn check(&self) -> Result<(), Error> {
        if self.comparisons.is_empty() {
            return Err(Error::Config("no comparisons".into()));
        }
        if self.comparisons.len() > 16 {
            return Err(Error::Config("at most 16 comparisons".into()));
        }
        if self.blocking.is_empty() {
            return Err(Error::Config("no blocking rules".into()));
        }
        for r in &self.blocking {
            if r.on.is_empty() {
                return Err(Error::Config("a blocking rule with no parts".into()));
            }
            if let Some(w) = &r.with {
                if w.len() != r.on.len() {
                    return Err(Error::Config(
                        "a blocking rule's `with` needs as many parts as `on`".into(),
                    ));
                }
            }
        }
        let p = self.clustering.threshold;
        if !(p > 0.0 && p < 1.0) {
            return Err(Error::Config(
                "clustering.threshold must be in (0, 1)".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_config() {
        let c = Config::from_toml(
            r#"
link_type = "link_only"
[input]
id = "rec_id"
columns = { firstName = "given", lastName = "surname", name = ["given", "surname"] }
[[blocking]]
on = ["lastName:2", "birthDate"]
[[blocking]]
on = ["firstName", "lastName"]
with = ["lastName", "firstName"]
[[comparisons]]
property = "firstName"
kind = "name"
tf = true
[clustering]
one_record_per_source = true
"#,
        )
        .unwrap();
        assert_eq!(c.link_type, LinkType::LinkOnly);
        assert_eq!(c.blocking.len(), 2);
        assert!(c.clustering.one_record_per_source);
        assert_eq!(
            c.mapping_for("x.csv").columns["name"].names(),
            ["given", "surname"]
        );
    }

    #[test]
    fn refuses_bad_configs() {
        assert!(Config::from_toml("blocking = []\ncomparisons = []").is_err());
        assert!(Config::from_toml(
            "[[blocking]]\non=[\"a\"]\nwith=[]\n[[comparisons]]\nproperty=\"a\"\nkind=\"exact\""
        )
        .is_err());
    }
}
