//! From screened queries to figures: recall at rank one, recall in the top ten, mean rank,
//! precision of alerts and alert rate, with misses sorted by why they missed.

use std::fmt;

use serde::Serialize;

use crate::sets::Case;

/// Results a query returns at most (the top ten an officer sees).
pub const TOP: usize = 10;
/// The score under which a result is not returned at all (nazar's default cutoff): an
/// entity scoring less is no loss of the candidate step, whatever its rank.
pub const RETURN_CUTOFF: f32 = 0.05;

/// The two forms of every query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum QueryForm {
    /// The name alone.
    #[serde(rename = "name")]
    Name,
    /// The name and a date of birth.
    #[serde(rename = "name+dob")]
    NameDob,
}

impl QueryForm {
    pub fn as_str(self) -> &'static str {
        match self {
            QueryForm::Name => "name",
            QueryForm::NameDob => "name+dob",
        }
    }
}

/// One result of a screening, as the evaluation sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub id: String,
    pub caption: String,
    pub score: f32,
    pub is_match: bool,
}

impl Ranked {
    /// An index's hits, in their order.
    pub fn of_hits(hits: Vec<nazar_core::Hit>) -> Vec<Ranked> {
        hits.into_iter()
            .map(|h| Ranked {
                caption: h.entity.caption().to_string(),
                id: h.entity.id,
                score: h.score,
                is_match: h.is_match,
            })
            .collect()
    }
}

/// `ofac:15517 "CHAUDHRY, Aamir Ali" score 0.998 (match)`, as misses show a result.
impl fmt::Display for Ranked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?} score {:.3}", self.id, self.caption, self.score)?;
        if self.is_match {
            write!(f, " (match)")?;
        }
        Ok(())
    }
}

/// A rate or share as the reports print it, `-` when there is none.
pub fn rate_text(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |v| format!("{v:.3}"))
}

/// A mean rank as the reports print it, `-` when nothing was ranked.
pub fn rank_text(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |v| format!("{v:.2}"))
}

/// One labelled query and what screening returned for it.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    pub case: &'a Case,
    pub form: QueryForm,
    /// Best first, at most ten.
    pub ranked: Vec<Ranked>,
    pub seconds: f64,
    /// For an expected entity that was not returned: its rank and score when every listed
    /// entity is scored, which tells a candidate-retrieval loss from a low score.
    pub exhaustive: Option<(usize, f32)>,
    /// `exhaustive` comes from scoring the expected entity alone: its rank is among the
    /// returned results only, a lower bound on the rank among all.
    pub alone: bool,
    /// For a false alert: the flagged entity carries a name that the variant rule calls a
    /// spelling or layout of the query's ([`crate::variant`]), so the traveller is a namesake
    /// of a listed person rather than the victim of a loose comparison.
    pub namesake: bool,
}

/// Why a query counts as a miss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MissKind {
    /// The expected entity is not in the results.
    NotReturned,
    /// Returned, but scored under the threshold.
    BelowThreshold,
    /// Flagged, but another entity ranks above it.
    Outranked,
    /// A non-listed person drew an alert.
    FalseAlert,
}

impl MissKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MissKind::NotReturned => "not returned",
            MissKind::BelowThreshold => "below threshold",
            MissKind::Outranked => "outranked",
            MissKind::FalseAlert => "false alert",
        }
    }
}

impl Outcome<'_> {
    fn is_expected(&self, r: &Ranked) -> bool {
        self.case.expected.contains(&r.id)
    }

    /// The 1-based rank of the first expected entity among the results.
    pub fn rank(&self) -> Option<usize> {
        self.ranked
            .iter()
            .position(|r| self.is_expected(r))
            .map(|p| p + 1)
    }

    /// The score of the first expected entity among the results.
    pub fn expected_score(&self) -> Option<f32> {
        self.ranked
            .iter()
            .find(|r| self.is_expected(r))
            .map(|r| r.score)
    }

    /// Whether any result was flagged as a match.
    pub fn alert(&self) -> bool {
        self.ranked.iter().any(|r| r.is_match)
    }

    /// Ranked first and flagged.
    pub fn hit_at_1(&self) -> bool {
        self.ranked
            .first()
            .is_some_and(|r| r.is_match && self.is_expected(r))
    }

    /// Flagged anywhere in the results.
    pub fn hit(&self) -> bool {
        self.ranked
            .iter()
            .any(|r| r.is_match && self.is_expected(r))
    }

    /// Why this query missed, if it did.
    pub fn miss(&self) -> Option<MissKind> {
        if self.case.expected.is_empty() {
            return self.alert().then_some(MissKind::FalseAlert);
        }
        if self.hit_at_1() {
            return None;
        }
        Some(match self.ranked.iter().find(|r| self.is_expected(r)) {
            None => MissKind::NotReturned,
            Some(r) if !r.is_match => MissKind::BelowThreshold,
            Some(_) => MissKind::Outranked,
        })
    }
}

/// Misses by cause.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MissCounts {
    pub not_returned: usize,
    /// Of `not_returned`: the expected entity would have been in the top ten had every listed
    /// entity been scored, so the candidate index lost it.
    pub lost_by_index: usize,
    pub below_threshold: usize,
    pub outranked: usize,
    pub false_alert: usize,
    /// Of `false_alert`: alerts on a namesake of a listed person.
    pub namesake: usize,
}

/// The figures of a group of outcomes. Rates are `None` where they are not defined.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metrics {
    pub n: usize,
    /// Share of queries whose expected entity ranks first and is flagged.
    pub recall_at_1: Option<f64>,
    /// Share of queries whose expected entity is flagged anywhere in the top ten.
    pub recall: Option<f64>,
    /// Mean rank of the expected entity, over the queries that returned it.
    pub mean_rank: Option<f64>,
    /// Share of flagged results that are an expected entity.
    pub precision: Option<f64>,
    /// Share of queries with at least one flagged result.
    pub alert_rate: Option<f64>,
    /// Share of queries with a flagged result on an entity that does not carry a spelling of
    /// the query's name: the false alerts that name evidence could have avoided.
    pub alert_rate_beyond_namesakes: Option<f64>,
    pub misses: MissCounts,
    /// Time spent screening these queries.
    pub seconds: f64,
}

fn share(count: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| count as f64 / of as f64)
}

impl Metrics {
    /// The figures of a group of outcomes. A group mixes no positive and negative queries;
    /// recall and precision are defined over the positive ones.
    pub fn of<'a, 'b: 'a>(outcomes: impl IntoIterator<Item = &'a Outcome<'b>>) -> Metrics {
        let mut m = Metrics::default();
        let (mut positives, mut at1, mut hits, mut alerts) = (0, 0, 0, 0);
        let (mut ranks, mut ranked) = (0usize, 0usize);
        let (mut flagged, mut flagged_right) = (0usize, 0usize);
        for o in outcomes {
            m.n += 1;
            m.seconds += o.seconds;
            alerts += usize::from(o.alert());
            match o.miss() {
                Some(MissKind::NotReturned) => {
                    m.misses.not_returned += 1;
                    if o.exhaustive
                        .is_some_and(|(r, s)| r <= TOP && s >= RETURN_CUTOFF)
                    {
                        m.misses.lost_by_index += 1;
                    }
                }
                Some(MissKind::BelowThreshold) => m.misses.below_threshold += 1,
                Some(MissKind::Outranked) => m.misses.outranked += 1,
                Some(MissKind::FalseAlert) => {
                    m.misses.false_alert += 1;
                    m.misses.namesake += usize::from(o.namesake);
                }
                None => {}
            }
            if o.case.expected.is_empty() {
                continue;
            }
            positives += 1;
            at1 += usize::from(o.hit_at_1());
            hits += usize::from(o.hit());
            if let Some(r) = o.rank() {
                ranks += r;
                ranked += 1;
            }
            for r in o.ranked.iter().filter(|r| r.is_match) {
                flagged += 1;
                flagged_right += usize::from(o.is_expected(r));
            }
        }
        m.recall_at_1 = share(at1, positives);
        m.recall = share(hits, positives);
        m.mean_rank = share(ranks, ranked);
        m.precision = share(flagged_right, flagged);
        m.alert_rate = share(alerts, m.n);
        m.alert_rate_beyond_namesakes = share(alerts.saturating_sub(m.misses.namesake), m.n);
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sets::Kind;
    use crate::split::Split;

    fn case(expected: &[&str]) -> Case {
        Case {
            kind: if expected.is_empty() {
                Kind::Population
            } else {
                Kind::Variants
            },
            part: "un".into(),
            split: Split::Test,
            name: "Muhammad Khan".into(),
            birth_date: None,
            expected: expected.iter().map(|s| s.to_string()).collect(),
            expected_caption: String::new(),
        }
    }

    fn r(id: &str, score: f32, threshold: f32) -> Ranked {
        Ranked {
            id: id.into(),
            caption: id.into(),
            score,
            is_match: score >= threshold,
        }
    }

    fn outcome(case: &Case, ranked: Vec<Ranked>) -> Outcome<'_> {
        Outcome {
            case,
            form: QueryForm::Name,
            ranked,
            seconds: 0.001,
            exhaustive: None,
            alone: false,
            namesake: false,
        }
    }

    #[test]
    fn each_kind_of_miss_is_told_apart() {
        let c = case(&["a"]);
        let first = outcome(&c, vec![r("a", 0.9, 0.5), r("b", 0.6, 0.5)]);
        let low = outcome(&c, vec![r("a", 0.3, 0.5)]);
        let second = outcome(&c, vec![r("b", 0.9, 0.5), r("a", 0.8, 0.5)]);
        let none = outcome(&c, vec![r("b", 0.9, 0.5)]);
        assert_eq!(first.miss(), None);
        assert_eq!(low.miss(), Some(MissKind::BelowThreshold));
        assert_eq!(second.miss(), Some(MissKind::Outranked));
        assert_eq!(none.miss(), Some(MissKind::NotReturned));

        let m = Metrics::of([&first, &low, &second, &none]);
        assert_eq!(m.n, 4);
        assert_eq!(m.recall_at_1, Some(0.25));
        assert_eq!(m.recall, Some(0.5));
        assert_eq!(m.mean_rank, Some((1.0 + 1.0 + 2.0) / 3.0));
        // Flagged: a, b | - | b, a | b  -> 2 right of 5.
        assert_eq!(m.precision, Some(0.4));
        assert_eq!(m.alert_rate, Some(0.75));
        assert_eq!(m.misses.not_returned, 1);
        assert_eq!(m.misses.below_threshold, 1);
        assert_eq!(m.misses.outranked, 1);
    }

    #[test]
    fn population_counts_alerts_only() {
        let c = case(&[]);
        let quiet = outcome(&c, vec![r("x", 0.2, 0.5)]);
        let alert = outcome(&c, vec![r("x", 0.7, 0.5)]);
        let mut namesake = outcome(&c, vec![r("x", 0.8, 0.5)]);
        namesake.namesake = true;
        let m = Metrics::of([&quiet, &alert, &quiet, &quiet]);
        assert_eq!(Metrics::of([&alert, &namesake]).misses.namesake, 1);
        assert_eq!(m.alert_rate, Some(0.25));
        assert_eq!(m.recall, None);
        assert_eq!(m.precision, None);
        assert_eq!(m.misses.false_alert, 1);
    }

    #[test]
    fn any_expected_entity_counts() {
        let c = case(&["a", "b"]);
        let o = outcome(&c, vec![r("b", 0.9, 0.5)]);
        assert!(o.hit_at_1());
        assert_eq!(Metrics::of([&o]).precision, Some(1.0));
    }

    #[test]
    fn lost_by_index_needs_an_exhaustive_top_ten_rank() {
        let c = case(&["a"]);
        let mut lost = outcome(&c, vec![]);
        lost.exhaustive = Some((1, 0.8));
        let mut low = outcome(&c, vec![]);
        low.exhaustive = Some((40, 0.01));
        let mut unreturnable = outcome(&c, vec![]);
        unreturnable.exhaustive = Some((1, 0.01));
        let m = Metrics::of([&lost, &low, &unreturnable]);
        assert_eq!(m.misses.not_returned, 3);
        assert_eq!(m.misses.lost_by_index, 1);
        assert_eq!(Metrics::of(std::iter::empty()).recall, None);
    }
}
