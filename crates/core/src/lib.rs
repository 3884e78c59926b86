//! nazar's core: the entity model, name normalisation and transliteration, the candidate
//! index, scoring and explanations.
//!
//! This crate does no I/O: no files, no clocks, no globals, no wire types. Everything that
//! reads lists or answers requests lives in other crates and calls into this one.
//!
//! The main types:
//! - [`Entity`]: one listed person, organisation, vessel, ... (FtM-compatible).
//! - [`countries::country_code`]: free-text country names and codes to ISO 3166 alpha-2.

pub mod countries;
pub mod model;

pub use model::{prop, Entity, Schema, SourceRecord};
