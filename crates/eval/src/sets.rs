//! The labelled sets: queries with the listed entity they should find (or none), each with
//! the index it is screened against.
//!
//! Five kinds, all built from the lists alone (and two generators), deterministically:
//! - **variants**: a person's Good-quality alias that is a spelling variant of a name the
//!   entity keeps ([`crate::variant`]); the entity is indexed without that alias (and without
//!   any name equal to it after case folding), the alias is the query. Up to
//!   [`Config::aliases_per_entity`](crate::Config) aliases per entity, one per round, each
//!   round one index. A UN person is screened against the UN list, an OFAC person against
//!   OFAC's: each publisher lists many of the other's people, and an exact copy of the
//!   held-out alias in the other list would answer the query for it.
//! - **script**: a UN person's names in another script (from `NAME_ORIGINAL_SCRIPT` and alias
//!   notes; ingest puts them in `alias`): the UN list is indexed without any non-Latin name of
//!   those people, and each name written wholly in another script is a query (mixed strings
//!   such as `عبدالله السندي (Abdullah Sindhi)` are stripped but not asked).
//! - **publisher**: a UN person and an OFAC person who share a passport or national ID number
//!   (after [`nazar_core::ids::normalize`]) and whose birth years agree where both have one.
//!   The UN primary name is screened against all of OFAC's list, and the OFAC primary name
//!   against all of the UN's; a name carries no identifier in the query.
//! - **population**: generated non-listed travellers ([`crate::population`]) screened against
//!   UN and OFAC together; every alert is false.
//! - **travellers**: the same measure on people drawn from `nazar gen`'s model (the scale
//!   issue's: long-tailed family names, fathers' and grandfathers' names, titles, one-part
//!   Afghan names), whose names repeat as a real population's do rather than from a head of
//!   a few dozen names per region.
//!
//! A publisher sometimes lists one person twice (OFAC's 2019 SDN has `AWEYS, Hassan Dahir`
//! under two numbers). Persons of one list with the same primary name (as sorted, folded
//! tokens) and a date of birth in common are taken as one: either is a right answer.

use std::collections::{BTreeMap, HashMap, HashSet};

use nazar_core::{ids, prop, Entity};
use serde::Serialize;

use crate::lists::{birth_years, is_person, names, query_birth_date, Lists};
use crate::population::{self, name_key};
use crate::split::{split_of, Selection, Split};
use crate::variant::{self, Script, Verdict};
use crate::Config;

/// What a labelled query tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Variants,
    Script,
    Publisher,
    Population,
    Travellers,
    /// A query from an agency's labelled file ([`crate::labelled`]), not a built-in set.
    Labelled,
}

impl Kind {
    /// The built-in sets.
    pub const ALL: [Kind; 5] = [
        Kind::Variants,
        Kind::Script,
        Kind::Publisher,
        Kind::Population,
        Kind::Travellers,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Variants => "variants",
            Kind::Script => "script",
            Kind::Publisher => "publisher",
            Kind::Population => "population",
            Kind::Travellers => "travellers",
            Kind::Labelled => "labelled",
        }
    }
}

/// One labelled query.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub kind: Kind,
    /// The sub-population: the list (`un`, `ofac`), the script, the direction, the region.
    pub part: String,
    pub split: Split,
    pub name: String,
    /// The date of birth for the name-and-date query; none means name-only only.
    pub birth_date: Option<String>,
    /// Ids of the entities that are right answers; empty for the population.
    pub expected: Vec<String>,
    /// A display name of the first expected entity.
    pub expected_caption: String,
}

/// Cases screened against one index.
#[derive(Debug, Clone)]
pub struct Batch {
    pub label: String,
    pub entities: Vec<Entity>,
    pub cases: Vec<Case>,
}

/// Facts about how the sets were made, over both parts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub un_entities: usize,
    pub ofac_entities: usize,
    pub parser_warnings: usize,
    /// Verdicts of the variant rule on the Latin-script aliases of persons, per list.
    pub alias_verdicts: BTreeMap<String, BTreeMap<String, usize>>,
    /// Variant aliases beyond the per-entity cap, not used.
    pub variant_aliases_capped: usize,
    pub variant_cases: usize,
    pub variant_entities: usize,
    pub script_cases: BTreeMap<String, usize>,
    pub script_entities: usize,
    /// Names mixing scripts, stripped from the index but not asked.
    pub script_mixed: usize,
    /// Persons listed twice in one list, per list.
    pub duplicate_persons: BTreeMap<String, usize>,
    pub publisher_pairs: usize,
    pub publisher_un_entities: usize,
    pub publisher_ofac_entities: usize,
    pub population_people: usize,
    pub population_excluded: usize,
    pub travellers_people: usize,
    pub travellers_excluded: usize,
    /// Generated persons indexed beside the real lists (`--beside`), 0 if none.
    pub beside: usize,
}

/// The batches of an evaluation and how they were made.
#[derive(Debug, Clone, Default)]
pub struct Sets {
    pub batches: Vec<Batch>,
    pub counts: Counts,
}

/// Builds every set. Indexes are stripped for the cases of both parts, so a part's figures do
/// not depend on which part was asked for; only the selected part's cases are kept.
pub fn build(lists: &Lists, config: &Config) -> Sets {
    let mut sets = Sets::default();
    sets.counts.un_entities = lists.un.len();
    sets.counts.ofac_entities = lists.ofac.len();
    sets.counts.parser_warnings = lists.warnings;
    let mut dups = duplicates(&lists.un);
    dups.extend(duplicates(&lists.ofac));
    for (list, prefix) in [("un", "un:"), ("ofac", "ofac:")] {
        let n = dups.keys().filter(|id| id.starts_with(prefix)).count();
        sets.counts.duplicate_persons.insert(list.into(), n);
    }
    variants(&mut sets, "un", &lists.un, &dups, config);
    variants(&mut sets, "ofac", &lists.ofac, &dups, config);
    script(&mut sets, &lists.un, &dups, config.selection);
    publisher(&mut sets, lists, &dups, config.selection);
    non_listed_sets(&mut sets, lists, config);
    sets
}

/// Entity id to the ids of the other listings of the same person in the same list.
pub type Duplicates = HashMap<String, Vec<String>>;

/// Persons of one list with the same primary name (sorted, folded tokens) and a date of birth
/// in common.
pub fn duplicates(list: &[Entity]) -> Duplicates {
    let mut by_name: HashMap<String, Vec<&Entity>> = HashMap::new();
    for e in list.iter().filter(|e| is_person(e)) {
        if let Some(n) = e.first(prop::NAME) {
            by_name.entry(name_key(n)).or_default().push(e);
        }
    }
    let mut out = Duplicates::new();
    for group in by_name.values().filter(|g| g.len() > 1) {
        for a in group {
            for b in group {
                let dates = b.get(prop::BIRTH_DATE);
                if a.id != b.id && a.get(prop::BIRTH_DATE).iter().any(|d| dates.contains(d)) {
                    out.entry(a.id.clone()).or_default().push(b.id.clone());
                }
            }
        }
    }
    out
}

/// The right answers for a query about these ids: them and their duplicates.
fn with_duplicates(ids: impl IntoIterator<Item = String>, dups: &Duplicates) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        for x in std::iter::once(&id).chain(dups.get(&id).into_iter().flatten()) {
            if !out.contains(x) {
                out.push(x.clone());
            }
        }
    }
    out
}

fn fold(s: &str) -> String {
    s.to_lowercase()
}

/// Removes from every name property the values equal to `name` after case folding.
fn remove_name(e: &mut Entity, name: &str) {
    let target = fold(name);
    for p in [prop::ALIAS, prop::WEAK_ALIAS, prop::PREVIOUS_NAME] {
        if let Some(vs) = e.properties.get_mut(p) {
            vs.retain(|v| fold(v) != target);
        }
    }
}

fn case(kind: Kind, part: &str, key: &str, name: &str, e: &Entity, dups: &Duplicates) -> Case {
    Case {
        kind,
        part: part.to_string(),
        split: split_of(key),
        name: name.to_string(),
        birth_date: query_birth_date(e),
        expected: with_duplicates([e.id.clone()], dups),
        expected_caption: e.caption().to_string(),
    }
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Variant => "variant",
        Verdict::SameTokens => "same_tokens",
        Verdict::OtherScript => "other_script",
        Verdict::OneToken => "one_token",
        Verdict::TokenCount => "token_count",
        Verdict::Tokens => "tokens_disagree",
    }
}

fn variants(sets: &mut Sets, part: &str, list: &[Entity], dups: &Duplicates, config: &Config) {
    // Per entity index, its held-out aliases in order.
    let mut held: Vec<(usize, Vec<String>)> = Vec::new();
    let verdicts = sets.counts.alias_verdicts.entry(part.into()).or_default();
    for (i, e) in list.iter().enumerate().filter(|(_, e)| is_person(e)) {
        let mut seen: HashSet<String> = HashSet::new();
        let mut chosen: Vec<String> = Vec::new();
        for alias in e.get(prop::ALIAS) {
            if !variant::is_latin(alias) || !seen.insert(fold(alias)) {
                continue;
            }
            let kept: Vec<&str> = [prop::NAME, prop::ALIAS, prop::PREVIOUS_NAME]
                .iter()
                .flat_map(|p| e.get(p).iter())
                .filter(|k| fold(k) != fold(alias))
                .map(String::as_str)
                .collect();
            let v = variant::judge(alias, &kept);
            *verdicts.entry(verdict_name(v).into()).or_default() += 1;
            if v == Verdict::Variant {
                if chosen.len() < config.aliases_per_entity {
                    chosen.push(alias.clone());
                } else {
                    sets.counts.variant_aliases_capped += 1;
                }
            }
        }
        if !chosen.is_empty() {
            held.push((i, chosen));
        }
    }
    sets.counts.variant_entities += held.len();
    let rounds = held.iter().map(|(_, a)| a.len()).max().unwrap_or(0);
    for round in 0..rounds {
        let mut entities = list.to_vec();
        let mut cases = Vec::new();
        for (i, aliases) in &held {
            let Some(alias) = aliases.get(round) else {
                continue;
            };
            remove_name(&mut entities[*i], alias);
            sets.counts.variant_cases += 1;
            let c = case(Kind::Variants, part, &list[*i].id, alias, &list[*i], dups);
            if config.selection.contains(c.split) {
                cases.push(c);
            }
        }
        sets.batches.push(Batch {
            label: format!("variants {part} round {}", round + 1),
            entities,
            cases,
        });
    }
}

fn script(sets: &mut Sets, un: &[Entity], dups: &Duplicates, selection: Selection) {
    let mut entities = un.to_vec();
    let mut cases = Vec::new();
    for (i, e) in un.iter().enumerate().filter(|(_, e)| is_person(e)) {
        let mut originals: Vec<&String> = Vec::new();
        for a in e.get(prop::ALIAS) {
            if !variant::is_latin(a) && !originals.contains(&a) {
                originals.push(a);
            }
        }
        if originals.is_empty() {
            continue;
        }
        sets.counts.script_entities += 1;
        let stripped = &mut entities[i];
        for p in prop::NAME_PROPS {
            if let Some(vs) = stripped.properties.get_mut(*p) {
                vs.retain(|v| variant::is_latin(v));
            }
        }
        for name in originals {
            if variant::has_latin(name) {
                sets.counts.script_mixed += 1;
                continue;
            }
            let s: Script = variant::script(name);
            *sets
                .counts
                .script_cases
                .entry(s.as_str().into())
                .or_default() += 1;
            let c = case(Kind::Script, s.as_str(), &e.id, name, e, dups);
            if selection.contains(c.split) {
                cases.push(c);
            }
        }
    }
    sets.batches.push(Batch {
        label: "script un".into(),
        entities,
        cases,
    });
}

/// A person's document numbers, normalised; short or digit-free values are too likely to
/// collide to pair two records on.
pub fn documents(e: &Entity) -> Vec<String> {
    let mut out = Vec::new();
    for p in [prop::PASSPORT_NUMBER, prop::ID_NUMBER] {
        for v in e.get(p) {
            if let Some(n) = ids::normalize(p, v) {
                if n.len() >= 5 && n.chars().any(|c| c.is_ascii_digit()) && !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

fn years_agree(a: &Entity, b: &Entity) -> bool {
    let (ya, yb) = (birth_years(a), birth_years(b));
    ya.is_empty() || yb.is_empty() || ya.iter().any(|y| yb.contains(y))
}

fn publisher(sets: &mut Sets, lists: &Lists, dups: &Duplicates, selection: Selection) {
    let mut by_doc: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, e) in lists.ofac.iter().enumerate().filter(|(_, e)| is_person(e)) {
        for d in documents(e) {
            by_doc.entry(d).or_default().push(j);
        }
    }
    // UN index -> OFAC indexes, both in list order.
    let mut pairs: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, u) in lists.un.iter().enumerate().filter(|(_, e)| is_person(e)) {
        for d in documents(u) {
            for &j in by_doc.get(&d).into_iter().flatten() {
                let paired = pairs.entry(i).or_default();
                if !paired.contains(&j) && years_agree(u, &lists.ofac[j]) {
                    paired.push(j);
                }
            }
        }
    }
    pairs.retain(|_, v| !v.is_empty());
    let mut reverse: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (&i, js) in &pairs {
        for &j in js {
            reverse.entry(j).or_default().push(i);
        }
    }
    sets.counts.publisher_pairs = pairs.values().map(Vec::len).sum();
    sets.counts.publisher_un_entities = pairs.len();
    sets.counts.publisher_ofac_entities = reverse.len();

    let mut to_ofac = Vec::new();
    for (&i, js) in &pairs {
        let u = &lists.un[i];
        let mut c = case(Kind::Publisher, "un->ofac", &u.id, u.caption(), u, dups);
        c.expected = with_duplicates(js.iter().map(|&j| lists.ofac[j].id.clone()), dups);
        c.expected_caption = lists.ofac[js[0]].caption().to_string();
        if selection.contains(c.split) {
            to_ofac.push(c);
        }
    }
    let mut to_un = Vec::new();
    for (&j, is) in &reverse {
        let o = &lists.ofac[j];
        // The pair's part is decided by its UN side, so both directions of a pair fall together.
        let key = is
            .iter()
            .map(|&i| lists.un[i].id.as_str())
            .min()
            .unwrap_or(&o.id);
        let mut c = case(Kind::Publisher, "ofac->un", key, o.caption(), o, dups);
        c.expected = with_duplicates(is.iter().map(|&i| lists.un[i].id.clone()), dups);
        c.expected_caption = lists.un[is[0]].caption().to_string();
        if selection.contains(c.split) {
            to_un.push(c);
        }
    }
    sets.batches.push(Batch {
        label: "publisher un->ofac".into(),
        entities: lists.ofac.clone(),
        cases: to_ofac,
    });
    sets.batches.push(Batch {
        label: "publisher ofac->un".into(),
        entities: lists.un.clone(),
        cases: to_un,
    });
}

/// The two populations of people on no list, screened against UN and OFAC together in one
/// batch. A generated person carrying a listed name, token for token, is left out: that would
/// be a true alert.
fn non_listed_sets(sets: &mut Sets, lists: &Lists, config: &Config) {
    let listed: HashSet<String> = lists.all().flat_map(names).map(|n| name_key(n)).collect();
    let model = nazar_gen::population::Model::new();
    let mut cases = Vec::new();
    for split in config.selection.splits() {
        let case = |kind: Kind, part: &str, name: String, birth_date: Option<String>| Case {
            kind,
            part: part.to_string(),
            split,
            name,
            birth_date,
            expected: Vec::new(),
            expected_caption: String::new(),
        };
        let seed = match split {
            Split::Tune => "nazar-eval population tune",
            Split::Test => "nazar-eval population test",
        };
        let p = population::generate(seed, config.population, &listed);
        sets.counts.population_people += p.people.len();
        sets.counts.population_excluded += p.excluded;
        cases.extend(p.people.into_iter().map(|person| {
            case(
                Kind::Population,
                person.region,
                person.name,
                Some(person.birth_date),
            )
        }));
        // nazar gen's model under a seed of the part's own (the scale benchmarks' populations
        // use small seeds, 7 and 42), as many people as the population.
        let seed = crate::split::stable_hash(match split {
            Split::Tune => "nazar-eval travellers tune",
            Split::Test => "nazar-eval travellers test",
        });
        let (people, excluded) = population::unlisted(
            config.population,
            &listed,
            |(name, _): &(String, nazar_gen::population::Person)| name,
            |i| {
                let p = nazar_gen::person(&model, seed, i);
                (p.name(), p)
            },
        );
        sets.counts.travellers_people += people.len();
        sets.counts.travellers_excluded += excluded;
        cases.extend(
            people
                .into_iter()
                .map(|(name, p)| case(Kind::Travellers, p.region, name, p.birth_date)),
        );
    }
    sets.batches.push(Batch {
        label: "non-listed un+ofac".into(),
        entities: lists.all().cloned().collect(),
        cases,
    });
}
