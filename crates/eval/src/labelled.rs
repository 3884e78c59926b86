//! Labelled data an agency brings: queries with the listed entities each should find (none for
//! people on no list), screened against the index the deployment serves. The same figures as
//! the built-in sets, per group of the file's choosing, with misses explained.
//!
//! `nazar eval --cases FILE` reads the file (the CLI owns the formats) and calls [`evaluate`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::time::Instant;

use nazar_core::{Index, Query, ScreenOptions};
use rayon::prelude::*;
use serde::Serialize;

use crate::metrics::{rank_text, rate_text, Metrics, MissKind, Outcome, QueryForm, Ranked, TOP};
use crate::sets::{Case, Kind};
use crate::split::Split;

/// One labelled query.
#[derive(Debug, Clone)]
pub struct LabelledQuery {
    /// The query's id in its file (a column, or the line or row number).
    pub id: String,
    /// The group its figures are also given for (`arabic`, `variants`, ...); may be empty.
    pub group: String,
    pub query: Query,
    /// Ids of the entities that are right answers, as the index has them (`un:QDi.312`) or
    /// as their list has them (`QDi.312`); empty for a person on no list.
    pub expected: Vec<String>,
}

/// The figures of one group of queries: those expecting a listed entity, or those of people
/// on no list (every alert false).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub group: String,
    pub listed: bool,
    #[serde(flatten)]
    pub metrics: Metrics,
}

/// A query that missed: its expected entity not first and flagged, or a false alert.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub group: String,
    pub why: MissKind,
    pub query: String,
    pub expected: Vec<String>,
    /// The expected entity's score, scored alone when screening did not return it.
    pub expected_score: Option<f32>,
    pub first: Option<Ranked>,
}

/// What an evaluation on labelled data found.
#[derive(Debug, Clone, Serialize)]
pub struct LabelledReport {
    pub threshold: f32,
    /// Entities in the index, of every list.
    pub entities: usize,
    /// The lists screened; empty for all.
    pub lists: Vec<String>,
    pub queries: usize,
    pub rows: Vec<Row>,
    /// Expected ids that no indexed entity has: such a query cannot be answered (a typo, or a
    /// list not ingested). They count as misses.
    pub unknown_expected: Vec<String>,
    pub misses: Vec<Miss>,
    pub screen_seconds: f64,
    /// Every entity flagged for some query, for the audit log.
    #[serde(skip)]
    pub flagged: BTreeSet<String>,
}

/// Resolves expected ids to the index's: as given when the index has them, else by the list's
/// own id (`QDi.312` for `un:QDi.312`), any entity carrying it being a right answer. Only
/// entities of the screened `lists` (all when empty) count; ids that resolve to none are
/// returned apart, as given.
fn resolve(
    index: &Index,
    queries: &[LabelledQuery],
    lists: &[String],
) -> (Vec<Vec<String>>, Vec<String>) {
    let screened = |id: &str| {
        index
            .get(id)
            .is_some_and(|e| lists.is_empty() || e.datasets.iter().any(|d| lists.contains(d)))
    };
    let mut by_source: Option<HashMap<&str, Vec<&str>>> = None;
    let mut unknown = Vec::new();
    let resolved = queries
        .iter()
        .map(|q| {
            let mut ids: Vec<String> = Vec::new();
            for e in &q.expected {
                if screened(e) {
                    ids.push(e.clone());
                    continue;
                }
                let map = by_source.get_or_insert_with(|| {
                    let mut m: HashMap<&str, Vec<&str>> = HashMap::new();
                    for id in index.ids() {
                        if let Some((_, source)) = id.split_once(':') {
                            m.entry(source).or_default().push(id);
                        }
                    }
                    m
                });
                let found: Vec<&str> = map
                    .get(e.as_str())
                    .map(|v| v.iter().copied().filter(|id| screened(id)).collect())
                    .unwrap_or_default();
                if found.is_empty() {
                    if !unknown.contains(e) {
                        unknown.push(e.clone());
                    }
                    ids.push(e.clone());
                }
                ids.extend(found.into_iter().map(str::to_string));
            }
            ids
        })
        .collect();
    (resolved, unknown)
}

/// Screens every query and computes the figures: for all queries expecting a listed entity,
/// for all of people on no list, and for each group of either.
pub fn evaluate(
    index: &Index,
    queries: &[LabelledQuery],
    options: &ScreenOptions,
    show_misses: usize,
) -> LabelledReport {
    let options = ScreenOptions {
        limit: TOP,
        ..options.clone()
    };
    let (expected, unknown_expected) = resolve(index, queries, &options.lists);
    let cases: Vec<Case> = queries
        .iter()
        .zip(expected)
        .map(|(q, expected)| Case {
            kind: Kind::Labelled,
            part: q.group.clone(),
            split: Split::Test,
            name: q.query.names.join(" / "),
            birth_date: q.query.birth_dates.first().cloned(),
            expected_caption: expected
                .first()
                .and_then(|id| index.get(id))
                .map(|e| e.caption().to_string())
                .unwrap_or_default(),
            expected,
        })
        .collect();
    // The name tables load on the first query prepared: not a cost of screening it.
    if let Some(q) = queries.first() {
        index.prepare(&q.query);
    }
    // Screened across all cores; each query's time is its own.
    let screened: Vec<(Vec<Ranked>, f64)> = queries
        .par_iter()
        .map(|q| {
            let started = Instant::now();
            let ranked = Ranked::of_hits(index.screen(&q.query, &options));
            (ranked, started.elapsed().as_secs_f64())
        })
        .collect();
    let outcomes: Vec<Outcome<'_>> = queries
        .iter()
        .zip(&cases)
        .zip(screened)
        .map(|((q, case), (ranked, seconds))| Outcome {
            case,
            form: if q.query.birth_dates.is_empty() {
                QueryForm::Name
            } else {
                QueryForm::NameDob
            },
            ranked,
            seconds,
            exhaustive: None,
            alone: false,
            namesake: false,
        })
        .collect();
    let mut rows = Vec::new();
    for listed in [true, false] {
        let of_kind: Vec<&Outcome<'_>> = outcomes
            .iter()
            .filter(|o| o.case.expected.is_empty() != listed)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        rows.push(Row {
            group: "all".into(),
            listed,
            metrics: Metrics::of(of_kind.iter().copied()),
        });
        let mut groups: BTreeMap<&str, Vec<&Outcome<'_>>> = BTreeMap::new();
        for o in &of_kind {
            groups.entry(o.case.part.as_str()).or_default().push(o);
        }
        if groups.len() > 1 || groups.keys().any(|g| !g.is_empty()) {
            for (group, members) in groups {
                rows.push(Row {
                    group: if group.is_empty() { "-" } else { group }.to_string(),
                    listed,
                    metrics: Metrics::of(members.iter().copied()),
                });
            }
        }
    }
    // Up to `show_misses` of each kind: listed people missed, and false alerts.
    let mut shown = [0usize; 2];
    let misses = outcomes
        .iter()
        .zip(queries)
        .filter_map(|(o, q)| {
            let why = o.miss()?;
            let slot = &mut shown[usize::from(why == MissKind::FalseAlert)];
            if *slot >= show_misses {
                return None;
            }
            *slot += 1;
            let expected_score = o.expected_score().or_else(|| {
                o.case
                    .expected
                    .iter()
                    .filter_map(|id| index.score_one(&q.query, id))
                    .map(|h| h.score)
                    .reduce(f32::max)
            });
            Some(Miss {
                id: q.id.clone(),
                group: q.group.clone(),
                why,
                query: o.case.name.clone(),
                expected: o.case.expected.clone(),
                expected_score,
                first: o.ranked.first().cloned(),
            })
        })
        .collect();
    LabelledReport {
        threshold: options.threshold,
        entities: index.len(),
        lists: options.lists.clone(),
        queries: queries.len(),
        rows,
        unknown_expected,
        misses,
        screen_seconds: outcomes.iter().map(|o| o.seconds).sum(),
        flagged: outcomes
            .iter()
            .flat_map(|o| o.ranked.iter().filter(|r| r.is_match))
            .map(|r| r.id.clone())
            .collect(),
    }
}

impl fmt::Display for LabelledReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lists = if self.lists.is_empty() {
            "every list".to_string()
        } else {
            format!("lists {}", self.lists.join(", "))
        };
        writeln!(
            f,
            "nazar eval: {} labelled queries against {lists} (an index of {} entities), \
             threshold {:.2}, top {TOP}",
            self.queries, self.entities, self.threshold
        )?;
        writeln!(
            f,
            "  recall: the expected entity ranks first and is flagged; precision: share of \
             flagged results that are expected; alerts: share of queries with a flagged result"
        )?;
        if !self.unknown_expected.is_empty() {
            let shown: Vec<&str> = self
                .unknown_expected
                .iter()
                .take(5)
                .map(String::as_str)
                .collect();
            writeln!(
                f,
                "  warning: {} expected id(s) are in no screened list (a query none of whose \
                 expected ids is screened counts as a miss): {}{}",
                self.unknown_expected.len(),
                shown.join(", "),
                if self.unknown_expected.len() > 5 {
                    ", ..."
                } else {
                    ""
                }
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:<16} {:<8} {:>6} {:>7} {:>7} {:>5} {:>6} {:>7}  misses: unreturned, below threshold, outranked",
            "group", "people", "n", "recall", "R@10", "rank", "prec", "alerts"
        )?;
        for r in &self.rows {
            let m = &r.metrics;
            let mut line = String::new();
            let _ = write!(
                line,
                "{:<16} {:<8} {:>6} ",
                r.group,
                if r.listed { "listed" } else { "unlisted" },
                m.n
            );
            if r.listed {
                let _ = write!(
                    line,
                    "{:>7} {:>7} {:>5} {:>6} {:>7}  {} {} {}",
                    rate_text(m.recall_at_1),
                    rate_text(m.recall),
                    rank_text(m.mean_rank),
                    rate_text(m.precision),
                    rate_text(m.alert_rate),
                    m.misses.not_returned,
                    m.misses.below_threshold,
                    m.misses.outranked
                );
            } else {
                let _ = write!(
                    line,
                    "{:>7} {:>7} {:>5} {:>6} {:>7}  false alerts {}",
                    "-",
                    "-",
                    "-",
                    "-",
                    rate_text(m.alert_rate),
                    m.misses.false_alert
                );
            }
            writeln!(f, "{}", line.trim_end())?;
        }
        let qps = if self.screen_seconds > 0.0 {
            self.queries as f64 / self.screen_seconds
        } else {
            0.0
        };
        writeln!(
            f,
            "\n{} queries screened in {:.1} s ({qps:.0} queries/s)",
            self.queries, self.screen_seconds
        )?;
        if !self.misses.is_empty() {
            writeln!(f, "\nmisses:")?;
        }
        for m in &self.misses {
            let score = m
                .expected_score
                .map(|s| format!(", expected scored {s:.3}"))
                .unwrap_or_default();
            writeln!(
                f,
                "  [{}] {} {:?}{}",
                m.why.as_str(),
                m.id,
                m.query,
                if m.group.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", m.group)
                }
            )?;
            if !m.expected.is_empty() {
                writeln!(f, "      expected {}{score}", m.expected.join(", "))?;
            }
            if let Some(first) = &m.first {
                writeln!(f, "      first    {first}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nazar_core::{prop, Entity, IndexBuilder, Schema};

    fn index() -> Index {
        let mut b = IndexBuilder::new();
        for (id, name) in [
            ("QDi.312", "Aamir Ali Chaudhry"),
            ("QDi.1", "Peter Johnson"),
            ("QDi.2", "Ivan Petrov"),
        ] {
            let mut e = Entity::new("un", id, Schema::Person);
            e.add(prop::NAME, name);
            b.add(e);
        }
        b.build()
    }

    fn q(id: &str, group: &str, name: &str, expected: &[&str]) -> LabelledQuery {
        LabelledQuery {
            id: id.into(),
            group: group.into(),
            query: Query {
                names: vec![name.into()],
                ..Query::default()
            },
            expected: expected.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn figures_per_group_and_for_people_on_no_list() {
        let queries = [
            q("1", "latin", "Amir Ali Chaudhry", &["un:QDi.312"]),
            q("2", "script", "عامر علی چوہدری", &["QDi.312"]),
            q("3", "latin", "Peter Jonson", &["un:QDi.2"]),
            q("4", "", "Gareth Llewellyn", &[]),
            q("5", "", "Ivan Petrov", &[]),
        ];
        let r = evaluate(&index(), &queries, &ScreenOptions::default(), 10);
        let row = |group: &str, listed: bool| {
            r.rows
                .iter()
                .find(|x| x.group == group && x.listed == listed)
                .unwrap_or_else(|| panic!("no row {group} {listed}"))
        };
        // The list's own id (QDi.312) resolves to the index's.
        assert!(r.unknown_expected.is_empty());
        assert_eq!(row("all", true).metrics.n, 3);
        assert_eq!(row("all", true).metrics.recall_at_1, Some(2.0 / 3.0));
        assert_eq!(row("script", true).metrics.recall_at_1, Some(1.0));
        // Peter Jonson expected Ivan Petrov: the label is wrong, the miss says why.
        assert_eq!(row("latin", true).metrics.recall_at_1, Some(0.5));
        assert_eq!(row("all", false).metrics.alert_rate, Some(0.5));
        let kinds: Vec<(&str, MissKind)> =
            r.misses.iter().map(|m| (m.id.as_str(), m.why)).collect();
        assert!(kinds.contains(&("5", MissKind::FalseAlert)));
        assert!(kinds.iter().any(|(id, _)| *id == "3"));
        let text = r.to_string();
        assert!(text.contains("unlisted"), "{text}");
    }

    #[test]
    fn an_expected_id_no_list_has_is_reported() {
        let queries = [q("1", "", "Aamir Ali Chaudhry", &["un:QDi.999"])];
        let r = evaluate(&index(), &queries, &ScreenOptions::default(), 10);
        assert_eq!(r.unknown_expected, vec!["un:QDi.999".to_string()]);
        assert_eq!(r.rows[0].metrics.recall_at_1, Some(0.0));
        assert!(r.to_string().contains("warning: 1 expected id(s)"));
    }
}
