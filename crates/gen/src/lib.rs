//! A synthetic population of persons for nazar: FollowTheMoney JSON lines that `nazar ingest
//! --list synth FILE.jsonl` reads as they are, and labelled query sets with known answers.
//!
//! **No real persons, ever.** Every person is composed at random from common name parts (the
//! frequency estimates in `tools/names/name_freq_data.py`) and from syllables; any resemblance
//! to a real person is the coincidence that common names make inevitable. Dates, documents,
//! phones and emails are random (emails use the reserved `example.*` domains).
//!
//! ```no_run
//! let cfg = nazar_gen::Config { persons: 1_000, seed: 42, ..Default::default() };
//! let mut out = Vec::new();
//! nazar_gen::write_persons(&cfg, &mut out).unwrap();
//! ```
//!
//! The model (`population`) draws, per region, given names, fathers' names, patronymics and
//! family names by frequency (Muhammad, Khan and Ali are common; a third of family names are
//! composed from syllables, so the tail is long), titles, and partial dates of birth.
//! `render` writes the FtM properties, `variant` the spelling variant operators that make
//! aliases and queries. Person `i` is a pure function of `(seed, i)`, so the output is
//! byte-identical for a seed whatever the number of threads.

pub mod population;
// Generated tables: not every region uses every pool (only Slavic regions have patronymics).
#[allow(dead_code)]
mod pools;
pub mod render;
pub mod rng;
mod syllables;
pub mod variant;

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use nazar_core::model::prop;
use population::{Model, Person};
use render::Properties;
use rng::Rng;

/// The list name the ids and `expected` answers assume (`nazar ingest --list synth`).
pub const LIST: &str = "synth";

const PERSON_STREAM: u64 = 1;
const RENDER_STREAM: u64 = 2;
const QUERY_STREAM: u64 = 3;
/// Non-listed people of the query sets are persons `NON_LISTED_BASE + k`: the same model,
/// never written to the population file.
const NON_LISTED_BASE: u64 = 1 << 40;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Config {
    pub persons: u64,
    pub seed: u64,
    /// Persons per parallel work unit.
    pub chunk: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            persons: 1_000,
            seed: 1,
            chunk: 4_096,
        }
    }
}

#[derive(Serialize)]
struct FtmLine<'a> {
    id: &'a str,
    schema: &'static str,
    properties: &'a Properties,
    datasets: [&'static str; 1],
}

/// Query set shape: a yente `/match` query plus `id` and the answer.
#[derive(Serialize)]
struct QueryLine<'a> {
    id: &'a str,
    schema: &'static str,
    properties: &'a Properties,
    /// The nazar id (`synth:p0000042`) of the listed person the query is a variant of, or
    /// `null` for a non-listed person.
    expected: Option<String>,
}

/// Person `index` of the population under `seed`.
pub fn person(model: &Model, seed: u64, index: u64) -> Person {
    model.person(&mut Rng::for_item(seed, PERSON_STREAM, index), index)
}

/// Person `index` and its FtM properties (as written to the population file).
pub fn person_properties(model: &Model, seed: u64, index: u64) -> (Person, Properties) {
    let p = person(model, seed, index);
    let props = p.properties(&mut Rng::for_item(seed, RENDER_STREAM, index));
    (p, props)
}

fn write_chunks<W: Write>(
    total: u64,
    chunk: u64,
    out: &mut W,
    line: impl Fn(u64, &mut Vec<u8>) + Sync,
) -> io::Result<()> {
    let chunk = chunk.max(1);
    let chunks = total.div_ceil(chunk);
    // A bounded batch of chunks at a time keeps memory flat at any N.
    let batch = (rayon::current_num_threads() as u64 * 4).max(1);
    let mut start = 0;
    while start < chunks {
        let end = (start + batch).min(chunks);
        let bufs: Vec<Vec<u8>> = (start..end)
            .into_par_iter()
            .map(|c| {
                let mut buf = Vec::with_capacity(chunk as usize * 700);
                for i in c * chunk..((c + 1) * chunk).min(total) {
                    line(i, &mut buf);
                }
                buf
            })
            .collect();
        for b in bufs {
            out.write_all(&b)?;
        }
        start = end;
    }
    out.flush()
}

/// Writes `cfg.persons` FtM person lines to `out`.
pub fn write_persons<W: Write>(cfg: &Config, out: &mut W) -> io::Result<()> {
    let model = Model::new();
    write_chunks(cfg.persons, cfg.chunk, out, |i, buf| {
        let (p, props) = person_properties(&model, cfg.seed, i);
        let line = FtmLine {
            id: &p.id,
            schema: "Person",
            properties: &props,
            datasets: [LIST],
        };
        // Writing to a Vec cannot fail; serialising plain strings cannot either.
        let _ = serde_json::to_writer(&mut *buf, &line);
        buf.push(b'\n');
    })
}

/// Writes `count` labelled queries: about half are variants of listed persons (`expected` is
/// their id), half non-listed people from the same model (`expected` is `null`).
pub fn write_queries<W: Write>(cfg: &Config, count: u64, out: &mut W) -> io::Result<()> {
    let model = Model::new();
    write_chunks(count, cfg.chunk, out, |q, buf| {
        let (id, props, expected) = query(&model, cfg, q);
        let line = QueryLine {
            id: &id,
            schema: "Person",
            properties: &props,
            expected,
        };
        let _ = serde_json::to_writer(&mut *buf, &line);
        buf.push(b'\n');
    })
}

/// Query `q`: its id, properties and expected answer.
pub fn query(model: &Model, cfg: &Config, q: u64) -> (String, Properties, Option<String>) {
    let mut rng = Rng::for_item(cfg.seed, QUERY_STREAM, q);
    let listed = cfg.persons > 0 && rng.chance(0.5);
    let index = if listed {
        rng.below(cfg.persons)
    } else {
        NON_LISTED_BASE + q
    };
    let (p, props) = person_properties(model, cfg.seed, index);
    let mut out = Properties::new();
    // The name: the primary name, sometimes an alias or the native script, then 0-2 operators.
    let aliases = props.get(prop::ALIAS).cloned().unwrap_or_default();
    let native = p.native_name();
    let x = rng.unit();
    let name = match &native {
        Some(n) if x < 0.2 => n.clone(),
        _ if x < 0.35 && !aliases.is_empty() => rng.choose(&aliases).clone(),
        _ => p.name(),
    };
    let ops = if name.is_ascii() {
        rng.below(3) as usize
    } else {
        0
    };
    out.insert(prop::NAME, vec![variant::vary(&name, ops, &mut rng)]);
    if let Some(d) = &p.birth_date {
        if rng.chance(0.5) {
            // A traveller's document has the full date; a list may give only the year.
            out.insert(prop::BIRTH_DATE, vec![d.clone()]);
        }
    }
    if rng.chance(0.3) {
        out.insert(prop::NATIONALITY, vec![p.nationality.to_string()]);
    }
    let expected = listed.then(|| format!("{LIST}:{}", p.id));
    (format!("q{q:07}"), out, expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    fn generate(persons: u64, seed: u64) -> Vec<u8> {
        let cfg = Config {
            persons,
            seed,
            chunk: 97,
        };
        let mut out = Vec::new();
        write_persons(&cfg, &mut out).unwrap();
        out
    }

    fn lines(buf: &[u8]) -> Vec<serde_json::Value> {
        std::str::from_utf8(buf)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn values<'a>(v: &'a serde_json::Value, p: &str) -> Vec<&'a str> {
        v["properties"][p]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn same_seed_is_byte_identical_whatever_the_chunking() {
        let a = generate(2_000, 7);
        let b = generate(2_000, 7);
        assert_eq!(a, b);
        let mut c = Vec::new();
        let cfg = Config {
            persons: 2_000,
            seed: 7,
            chunk: 1_000_000,
        };
        write_persons(&cfg, &mut c).unwrap();
        assert_eq!(a, c);
        assert_ne!(a, generate(2_000, 8));
        let mut q1 = Vec::new();
        let mut q2 = Vec::new();
        write_queries(&cfg, 300, &mut q1).unwrap();
        write_queries(&cfg, 300, &mut q2).unwrap();
        assert_eq!(q1, q2);
    }

    #[test]
    fn lines_are_ftm_persons_with_names_dates_and_documents() {
        let people = lines(&generate(5_000, 1));
        assert_eq!(people.len(), 5_000);
        let mut seen = HashMap::<&str, usize>::new();
        for p in &people {
            assert_eq!(p["schema"], "Person");
            assert_eq!(p["datasets"][0], "synth");
            assert_eq!(values(p, "name").len(), 1);
            for k in p["properties"].as_object().unwrap().keys() {
                *seen.entry(k.as_str()).or_default() += 1;
            }
        }
        for k in [
            "alias",
            "weakAlias",
            "birthDate",
            "nationality",
            "idNumber",
            "passportNumber",
            "email",
            "phone",
            "fatherName",
            "title",
            "gender",
        ] {
            assert!(seen.get(k).copied().unwrap_or(0) > 20, "{k}: {seen:?}");
        }
        let all = |p: &'static str| people.iter().flat_map(move |x| values(x, p));
        // Partial dates: year only, year-month, full.
        let lens: HashSet<usize> = all("birthDate").map(str::len).collect();
        assert_eq!(lens, HashSet::from([4, 7, 10]));
        // CNIC-like numbers printed 5-7-1.
        assert!(all("idNumber").any(|s| {
            let p: Vec<&str> = s.split('-').collect();
            p.len() == 3 && p[0].len() == 5 && p[1].len() == 7 && p[2].len() == 1
        }));
        // Native scripts: Arabic, Cyrillic, Han.
        let script = |lo: u32, hi: u32| {
            all("alias").any(|a| a.chars().any(|c| (lo..=hi).contains(&(c as u32))))
        };
        assert!(script(0x0600, 0x06FF), "arabic");
        assert!(script(0x0400, 0x04FF), "cyrillic");
        assert!(script(0x4E00, 0x9FFF), "han");
        // Structures: nasab, s/o, SURNAME-first, Mohd.
        assert!(all("alias").any(|a| a.contains(" bin ")));
        assert!(all("alias").any(|a| a.contains(" s/o ")));
        assert!(all("alias").any(|a| a.contains(", ")));
        assert!(all("email").all(|e| e.contains("@example.")));
    }

    #[test]
    fn common_parts_repeat_and_the_tail_is_long() {
        let people = lines(&generate(20_000, 3));
        let mut tokens = HashMap::<String, usize>::new();
        let mut families = HashMap::<&str, usize>::new();
        for p in &people {
            for t in values(p, "name")[0].split_whitespace() {
                *tokens.entry(t.to_string()).or_default() += 1;
            }
            for f in values(p, "lastName") {
                *families.entry(f).or_default() += 1;
            }
        }
        let muhammad: usize = ["Muhammad", "Mohammad", "Mohammed", "Mohamed"]
            .iter()
            .map(|m| tokens.get(*m).copied().unwrap_or(0))
            .sum();
        assert!(muhammad > 500, "muhammad {muhammad}");
        assert!(tokens["Khan"] > 200, "khan {}", tokens["Khan"]);
        assert!(tokens["Ali"] > 100, "ali {}", tokens["Ali"]);
        eprintln!(
            "20k persons: muhammad {muhammad}, khan {}, ali {}, distinct family names {}, \
             distinct tokens {}",
            tokens["Khan"],
            tokens["Ali"],
            families.len(),
            tokens.len()
        );
        // The long tail: thousands of distinct family names, most of them seen once.
        let once = families.values().filter(|&&c| c == 1).count();
        assert!(
            families.len() > 5_000,
            "distinct families {}",
            families.len()
        );
        assert!(once > 3_000, "family names seen once {once}");
        assert!(
            tokens.len() > 8_000,
            "distinct name tokens {}",
            tokens.len()
        );
    }

    #[test]
    fn queries_have_known_answers() {
        let cfg = Config {
            persons: 1_000,
            seed: 5,
            chunk: 64,
        };
        let mut buf = Vec::new();
        write_queries(&cfg, 1_000, &mut buf).unwrap();
        let qs = lines(&buf);
        let listed = qs.iter().filter(|q| q["expected"].is_string()).count();
        assert!((350..650).contains(&listed), "{listed}");
        let model = Model::new();
        let mut exact = 0;
        for q in qs.iter().filter(|q| q["expected"].is_string()) {
            let id = q["expected"].as_str().unwrap();
            let index: u64 = id.trim_start_matches("synth:p").parse().unwrap();
            let (p, props) = person_properties(&model, cfg.seed, index);
            assert_eq!(id, format!("synth:{}", p.id));
            let qname = values(q, "name")[0];
            let names: Vec<&String> = props.values().flatten().collect();
            if names.iter().any(|n| n.as_str() == qname)
                || p.native_name().as_deref() == Some(qname)
            {
                exact += 1;
            }
            if let Some(d) = values(q, "birthDate").first() {
                assert_eq!(Some(d.to_string()), p.birth_date);
            }
        }
        // Most listed queries are variants, not copies of a listed name.
        assert!(exact < listed * 2 / 3, "{exact} of {listed} exact");
        assert!(qs.iter().all(|q| q["schema"] == "Person"));
    }

    #[test]
    fn output_ingests_as_ftm() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("synth.jsonl");
        std::fs::write(&path, generate(500, 11)).unwrap();
        let parsed = nazar_ingest::ftm::parse(LIST, &path).unwrap();
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_eq!(parsed.entities.len(), 500);
        let e = &parsed.entities[0];
        assert_eq!(e.id, "synth:p0000000");
        let (p, props) = person_properties(&Model::new(), 11, 0);
        assert_eq!(e.caption(), p.name());
        assert_eq!(
            e.properties.get(prop::NAME).map(|v| v.len()),
            Some(props[prop::NAME].len())
        );
    }
}
