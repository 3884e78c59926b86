//! Quality evaluation for nazar: labelled screening sets built from real lists, and the
//! recall, precision and alert rates nazar reaches on them.
//!
//! The labelled data is made from the lists themselves, so no one has to label by hand:
//! - [`variant`]: a listed alias that is a spelling variant of a kept name is held out of the
//!   index and used as the query;
//! - names in another script (Arabic, Cyrillic) are held out and used as queries;
//! - one person as published by the UN and by OFAC, paired on a shared document number, is
//!   screened across publishers;
//! - [`population`]: generated travellers who are on no list measure the alert rate; so do
//!   people drawn from `nazar gen`'s model (`travellers`), whose names repeat as a real
//!   population's do rather than from a short head of common names.
//!
//! Every case falls in a tuning part or a test part by a stable hash of the listed entity's
//! id ([`split`]); constants are set by looking at the tuning part only.
//!
//! The flow: [`Lists::load`] → [`sets::build`] → [`evaluate()`] with an [`Engine`] (nazar's is
//! [`Nazar`]) → [`Report`], which prints as a table and serialises as JSON. [`run`] does all
//! of it. An agency's own labelled queries go through [`labelled::evaluate`] instead, against
//! the index it serves.
//!
//! ```no_run
//! use nazar_eval::{run, Config};
//! let report = run("../shared/data".as_ref(), &Config::default())?;
//! println!("{report}");
//! # Ok::<(), nazar_eval::EvalError>(())
//! ```

use std::path::{Path, PathBuf};

pub mod evaluate;
pub mod labelled;
pub mod lists;
pub mod metrics;
pub mod population;
pub mod report;
pub mod sets;
pub mod split;
pub mod variant;

pub use evaluate::{evaluate, Engine, Nazar};
pub use lists::Lists;
pub use metrics::{Metrics, QueryForm, Ranked};
pub use report::{Goal, Report};
pub use sets::{Kind, Sets};
pub use split::{Selection, Split};

/// What an evaluation runs on and how.
#[derive(Debug, Clone)]
pub struct Config {
    /// The part(s) to screen and report.
    pub selection: Selection,
    /// The alert threshold on the score.
    pub threshold: f32,
    /// Misses to keep per kind in the report.
    pub show_misses: usize,
    /// Generated non-listed people per part.
    pub population: usize,
    /// Spelling-variant aliases held out per entity at most (one per index round).
    pub aliases_per_entity: usize,
    /// An FtM JSON-lines file of generated persons (`nazar gen`) to index beside the real
    /// lists: quality at a national list size. The goals become the scale issue's.
    pub beside: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            selection: Selection::Test,
            threshold: nazar_core::score::DEFAULT_THRESHOLD,
            show_misses: 0,
            population: 5_000,
            aliases_per_entity: 3,
            beside: None,
        }
    }
}

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A list file the evaluation is built from is not there.
    #[error("{}: not found (the evaluation reads the UN and OFAC SDN files from the shared data folder)", path.display())]
    Missing { path: PathBuf },
    /// A list file could not be parsed.
    #[error(transparent)]
    Ingest(#[from] nazar_ingest::IngestError),
}

/// Reads the lists under `shared`, builds the labelled sets and screens them with nazar.
pub fn run(shared: &Path, config: &Config) -> Result<Report, EvalError> {
    let lists = Lists::load(shared)?;
    let mut sets = sets::build(&lists, config);
    let engine = match &config.beside {
        Some(path) => {
            if !path.exists() {
                return Err(EvalError::Missing { path: path.clone() });
            }
            let population = nazar_ingest::ftm::parse(evaluate::POPULATION_LIST, path)?.entities;
            sets.counts.beside = population.len();
            Nazar::beside(config.threshold, population)
        }
        None => Nazar::new(config.threshold),
    };
    Ok(evaluate(&sets, &engine, config))
}
