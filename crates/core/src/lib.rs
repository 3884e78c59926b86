//! nazar's core: the entity model, name normalisation and transliteration, the candidate
//! index, scoring and explanations.
//!
//! This crate does no I/O: no files, no clocks, no wire types. Everything that reads lists or
//! answers requests lives in other crates and calls into this one. Its only global state is
//! the learned name tables, parsed once from data compiled into the binary.
//!
//! The main types, in the order data flows through them:
//! - [`Entity`]: one listed person, organisation, vessel, ... (FtM-compatible).
//! - [`names::parse`]: a name string to tokens with roles and Latin spellings, through
//!   [`text`] (normalisation), [`translit`] (scripts) and [`phonetic`] (spelling variants).
//! - [`IndexBuilder`] → [`Index`]: listed entities prepared once, with candidate keys.
//! - [`Query`] → [`Index::screen`] → [`Hit`]s, each with a score in (0, 1) and an
//!   [`score::Explanation`] of every feature's contribution.
//!
//! ```
//! use nazar_core::{prop, Entity, IndexBuilder, Query, Schema, ScreenOptions};
//! let mut e = Entity::new("un", "QDi.312", Schema::Person);
//! e.add(prop::NAME, "Aamir Ali Chaudhry");
//! e.add(prop::BIRTH_DATE, "1986-08-03");
//! let mut b = IndexBuilder::new();
//! b.add(e);
//! let index = b.build();
//! let q = Query { names: vec!["عامر علی چوہدری".into()], ..Query::default() };
//! let hits = index.screen(&q, &ScreenOptions::default());
//! assert_eq!(hits[0].entity.id, "un:QDi.312");
//! ```

pub mod align;
pub mod countries;
pub mod dates;
pub mod ids;
pub mod index;
pub mod korean;
pub mod model;
pub mod names;
pub mod phonetic;
pub mod query;
pub mod score;
pub mod text;
pub mod translit;

pub use index::{Hit, Index, IndexBuilder, ScreenOptions};
pub use model::{prop, Entity, Schema, SourceRecord};
pub use query::Query;
