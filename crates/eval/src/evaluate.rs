//! Running the labelled sets through a screening engine: one index per batch, every case as a
//! name-only query and, where a date of birth is known, as a name-and-date query.
//!
//! The engine is a trait so that the figures can be checked against engines whose answers
//! are known (an oracle gives recall 1, a silent engine recall 0); [`Nazar`] is the real one.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use nazar_core::{Entity, Index, IndexBuilder, Query, Schema, ScreenOptions};

use crate::metrics::{Outcome, QueryForm, Ranked};
use crate::report::Report;
use crate::sets::{Case, Sets};
use crate::{lists, variant, Config};

pub use crate::metrics::TOP;
/// Results scored exhaustively to place an expected entity that the index did not return.
const EXHAUSTIVE_TOP: usize = 50;

/// A screening engine under evaluation.
pub trait Engine {
    type Index;
    /// Builds an index of these entities.
    fn build(&self, entities: Vec<Entity>) -> Self::Index;
    /// The best [`TOP`] results for a query, best first.
    fn screen(&self, index: &Self::Index, query: &Query) -> Vec<Ranked>;
    /// Takes an index back once its batch is screened, for an engine that reuses it.
    fn recycle(&self, _index: Self::Index) {}
    /// Results with every entity scored and no cutoff, best first. Engines without a
    /// candidate step need not override it.
    fn screen_exhaustive(&self, index: &Self::Index, query: &Query) -> Vec<Ranked> {
        self.screen(index, query)
    }
    /// The best score of the expected entities, each scored alone, for an index too large to
    /// score exhaustively per miss; `None` where [`Engine::screen_exhaustive`] serves.
    fn score_alone(&self, _index: &Self::Index, _query: &Query, _ids: &[String]) -> Option<f32> {
        None
    }
}

/// nazar's own index and scoring.
pub struct Nazar {
    pub options: ScreenOptions,
    /// Generated persons indexed beside each batch's real entities (see [`Nazar::beside`]),
    /// with the ids of the batch folded in last.
    population: Option<Mutex<(Option<Index>, Vec<String>)>>,
}

/// The list of generated persons indexed beside the real lists.
pub const POPULATION_LIST: &str = "synth";

impl Nazar {
    /// nazar with its default options, the top ten results and this alert threshold.
    pub fn new(threshold: f32) -> Nazar {
        Nazar {
            options: ScreenOptions {
                limit: TOP,
                threshold,
                ..ScreenOptions::default()
            },
            population: None,
        }
    }

    /// nazar screening every batch beside `population` (generated persons of list
    /// [`POPULATION_LIST`]): the population is indexed once, and each batch's entities are
    /// folded in and out with [`Index::apply`]. A generated person may outrank a listed one,
    /// but never counts as an alert: the alert rate is the rate against the real lists. No
    /// exhaustive scoring (it would score the whole population for every miss): a missed
    /// entity is scored alone instead ([`Engine::score_alone`]).
    pub fn beside(threshold: f32, population: Vec<Entity>) -> Nazar {
        let mut b = IndexBuilder::new();
        for e in population {
            b.add(e);
        }
        Nazar {
            population: Some(Mutex::new((Some(b.build()), Vec::new()))),
            ..Nazar::new(threshold)
        }
    }
}

impl Engine for Nazar {
    type Index = Index;

    fn build(&self, entities: Vec<Entity>) -> Index {
        if let Some(population) = &self.population {
            let mut guard = population.lock().unwrap_or_else(|e| e.into_inner());
            let (slot, last) = &mut *guard;
            if let Some(mut index) = slot.take() {
                let ids: Vec<String> = entities.iter().map(|e| e.id.clone()).collect();
                index.apply(entities, last);
                *last = ids;
                return index;
            }
        }
        let mut b = IndexBuilder::new();
        for e in entities {
            b.add(e);
        }
        b.build()
    }

    fn screen(&self, index: &Index, query: &Query) -> Vec<Ranked> {
        let mut out = Ranked::of_hits(index.screen(query, &self.options));
        if self.population.is_some() {
            let generated = format!("{POPULATION_LIST}:");
            for r in out.iter_mut().filter(|r| r.id.starts_with(&generated)) {
                r.is_match = false;
            }
        }
        out
    }

    fn recycle(&self, index: Index) {
        if let Some(population) = &self.population {
            population.lock().unwrap_or_else(|e| e.into_inner()).0 = Some(index);
        }
    }

    fn screen_exhaustive(&self, index: &Index, query: &Query) -> Vec<Ranked> {
        if self.population.is_some() {
            return Vec::new();
        }
        let options = ScreenOptions {
            limit: EXHAUSTIVE_TOP,
            cutoff: 0.0,
            ..self.options.clone()
        };
        Ranked::of_hits(index.screen_brute_force(query, &options))
    }

    fn score_alone(&self, index: &Index, query: &Query, ids: &[String]) -> Option<f32> {
        self.population.as_ref()?;
        ids.iter()
            .filter_map(|id| index.score_one(query, id))
            .map(|h| h.score)
            .reduce(f32::max)
    }
}

/// The query of a case in one form; `None` for a name-and-date query without a date.
pub fn query(case: &Case, form: QueryForm) -> Option<Query> {
    let birth_dates = match form {
        QueryForm::Name => Vec::new(),
        QueryForm::NameDob => vec![case.birth_date.clone()?],
    };
    Some(Query {
        schema: Some(Schema::Person),
        names: vec![case.name.clone()],
        birth_dates,
        ..Query::default()
    })
}

/// Whether a listed entity carries a name that the variant rule takes for the same name as
/// `query` (a spelling or a layout of it).
fn namesake(query: &str, e: &Entity) -> bool {
    lists::names(e).any(|n| {
        matches!(
            variant::judge(query, &[n.as_str()]),
            variant::Verdict::Variant | variant::Verdict::SameTokens
        )
    })
}

/// Screens every case of every batch and computes the figures.
pub fn evaluate<E: Engine>(sets: &Sets, engine: &E, config: &Config) -> Report {
    let mut outcomes: Vec<Outcome<'_>> = Vec::new();
    let mut index_seconds = 0.0;
    for batch in &sets.batches {
        if batch.cases.is_empty() {
            continue;
        }
        let started = Instant::now();
        let index = engine.build(batch.entities.clone());
        index_seconds += started.elapsed().as_secs_f64();
        let by_id: HashMap<&str, &Entity> =
            batch.entities.iter().map(|e| (e.id.as_str(), e)).collect();
        for case in &batch.cases {
            for form in [QueryForm::Name, QueryForm::NameDob] {
                let Some(q) = query(case, form) else {
                    continue;
                };
                let started = Instant::now();
                let ranked = engine.screen(&index, &q);
                let seconds = started.elapsed().as_secs_f64();
                let mut o = Outcome {
                    case,
                    form,
                    ranked,
                    seconds,
                    exhaustive: None,
                    alone: false,
                    namesake: false,
                };
                if !case.expected.is_empty() && o.rank().is_none() {
                    if let Some(x) = engine.score_alone(&index, &q, &case.expected) {
                        let above = o.ranked.iter().filter(|r| r.score > x).count();
                        o.exhaustive = Some((above + 1, x));
                        o.alone = true;
                    } else {
                        let all = engine.screen_exhaustive(&index, &q);
                        o.exhaustive = all
                            .iter()
                            .position(|r| case.expected.contains(&r.id))
                            .map(|p| (p + 1, all[p].score));
                    }
                }
                if case.expected.is_empty() {
                    o.namesake = o
                        .ranked
                        .iter()
                        .filter(|r| r.is_match)
                        .filter_map(|r| by_id.get(r.id.as_str()))
                        .any(|e| namesake(&case.name, e));
                }
                outcomes.push(o);
            }
        }
        engine.recycle(index);
    }
    Report::new(&outcomes, sets, config, index_seconds)
}
