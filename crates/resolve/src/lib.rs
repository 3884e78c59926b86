//! Batch entity resolution: link and deduplicate person records across datasets.
//!
//! The pipeline, in the order data flows through it:
//! - [`data::Reader`] streams CSV inputs into a [`data::Dataset`]: every property's values
//!   normalised and interned, a record a row of integer value ids.
//! - [`compare::Comparator`]s prepare each distinct value once (names parsed by nazar-core,
//!   dates, identifier digits) and compare two records into discrete levels.
//! - [`blocking::Blocker`] turns blocking rules into per-record keys; equal keys make
//!   candidate pairs, generated in parallel without a set of seen pairs.
//! - [`model`]: Fellegi–Sunter. u from random pairs, m by EM over pattern counts (or from
//!   labels), term-frequency adjustments; every pair gets a match weight.
//! - [`cluster::cluster`]: best-first connected components with guards against chaining.
//! - [`explain`] (waterfall of a pair's weight), [`evaluate`] (pairwise precision and
//!   recall), [`report`] (a self-contained HTML report), [`spill`] (partitions on disk when
//!   memory is capped).
//!
//! ```
//! use nazar_resolve::{config::Config, data::Reader, resolve, Options};
//! let cfg = Config::from_toml(r#"
//! [input]
//! columns = { firstName = "first", lastName = "last", birthDate = "dob" }
//! [[blocking]]
//! on = ["lastName"]
//! [[comparisons]]
//! property = "firstName"
//! kind = "name"
//! [[comparisons]]
//! property = "birthDate"
//! kind = "date"
//! "#).unwrap();
//! let mut reader = Reader::new(&cfg, nazar_resolve::properties(&cfg));
//! reader.read_csv("a.csv", "id,first,last,dob\n1,anna,berg,1970-01-02\n".as_bytes()).unwrap();
//! reader.read_csv("b.csv", "id,first,last,dob\n9,ana,berg,1970-01-02\n".as_bytes()).unwrap();
//! let (data, _warnings) = reader.finish();
//! let res = resolve(&cfg, data, &Options::default()).unwrap();
//! assert_eq!(res.clusters.of.len(), 2);
//! ```

pub mod blocking;
pub mod cluster;
pub mod compare;
pub mod config;
pub mod data;
mod distance;
pub mod evaluate;
pub mod explain;
mod hash;
pub mod model;
pub mod report;
mod run;
pub mod spill;

pub use run::{properties, resolve, NoProgress, Options, Progress, Resolution, Stats};

/// What can go wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration is invalid (the user's to fix).
    #[error("configuration: {0}")]
    Config(String),
    /// An input cannot be read as configured (the user's to fix).
    #[error("{file}: {message}")]
    Input { file: String, message: String },
    /// A spill file could not be written or read.
    #[error("spill: {0}")]
    Spill(#[from] std::io::Error),
}

impl Error {
    fn csv(file: &str, e: &csv::Error) -> Error {
        Error::Input {
            file: file.to_string(),
            message: e.to_string(),
        }
    }

    /// Whether the user can fix this (bad configuration or input).
    pub fn is_user_error(&self) -> bool {
        matches!(self, Error::Config(_) | Error::Input { .. })
    }
}
