//! Explanations: the waterfall of a pair's match weight (the prior, then each comparison's
//! log2 Bayes factor for its level, then the term-frequency adjustment), and writers for the
//! clusters and scored pairs as CSV.

use std::io::Write;

use crate::compare::{level_of, pattern, Memo};
use crate::model::probability;
use crate::Resolution;

/// One comparison's contribution to a pair's weight.
#[derive(Debug, Clone)]
pub struct Term {
    pub comparison: String,
    pub level: String,
    pub left: Option<String>,
    pub right: Option<String>,
    pub m: f64,
    pub u: f64,
    /// log2(m/u) of the level.
    pub bits: f32,
    /// Term-frequency adjustment (exact agreement on a value rarer or commoner than average).
    pub tf_bits: f32,
}

/// A pair's match weight, term by term.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub left: (String, String),
    pub right: (String, String),
    pub prior_bits: f32,
    pub terms: Vec<Term>,
    pub weight: f32,
    pub probability: f64,
    pub same_cluster: bool,
}

/// Explains the pair of records `x` and `y`.
pub fn explain(res: &Resolution, x: u32, y: u32) -> Explanation {
    let d = &res.data;
    let mut memo = Memo::new(res.comparators.len());
    let p = pattern(d, &res.comparators, &mut memo, x, y);
    let mut terms = Vec::new();
    let prior_bits = res.model.prior_bits();
    let mut weight = prior_bits;
    for (i, c) in res.comparators.iter().enumerate() {
        let l = level_of(p, i);
        let bits = res.model.bits[i][l as usize];
        let tf_bits = match &res.model.tf[i] {
            Some(t) if l == c.exact_level() => t[d.cell(x, c.prop) as usize],
            _ => 0.0,
        };
        weight += bits + tf_bits;
        terms.push(Term {
            comparison: c.name.clone(),
            level: c.levels[l as usize].clone(),
            left: d.value(x, c.prop).map(str::to_string),
            right: d.value(y, c.prop).map(str::to_string),
            m: res.model.m[i][l as usize],
            u: res.model.u[i][l as usize],
            bits,
            tf_bits,
        });
    }
    let rec = |r: u32| {
        (
            d.sources[d.source(r) as usize].clone(),
            d.record_id(r).to_string(),
        )
    };
    Explanation {
        left: rec(x),
        right: rec(y),
        prior_bits,
        terms,
        weight,
        probability: probability(weight),
        same_cluster: res.clusters.of[x as usize] == res.clusters.of[y as usize],
    }
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}:{}  vs  {}:{}",
            self.left.0, self.left.1, self.right.0, self.right.1
        )?;
        writeln!(
            f,
            "  {:<28} {:>8}",
            "prior (log2 odds)",
            format!("{:+.2}", self.prior_bits)
        )?;
        let mut running = self.prior_bits;
        for t in &self.terms {
            running += t.bits + t.tf_bits;
            let tf = if t.tf_bits != 0.0 {
                format!(" tf {:+.2}", t.tf_bits)
            } else {
                String::new()
            };
            writeln!(
                f,
                "  {:<12} {:<28} {:>8}{}  = {:+.2}   [{} | {}]  m={:.4} u={:.6}",
                t.comparison,
                t.level,
                format!("{:+.2}", t.bits),
                tf,
                running,
                t.left.as_deref().unwrap_or("∅"),
                t.right.as_deref().unwrap_or("∅"),
                t.m,
                t.u
            )?;
        }
        writeln!(
            f,
            "  match weight {:+.2}, probability {:.6}, {}",
            self.weight,
            self.probability,
            if self.same_cluster {
                "same cluster"
            } else {
                "different clusters"
            }
        )
    }
}

/// Writes `source,record_id,cluster_id,cluster_size`, one row per record in input order.
pub fn write_clusters(res: &Resolution, out: impl Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["source", "record_id", "cluster_id", "cluster_size"])?;
    let d = &res.data;
    let mut size = String::new();
    for r in 0..d.len() as u32 {
        let c = res.clusters.of[r as usize] as usize;
        size.clear();
        use std::fmt::Write as _;
        let _ = write!(size, "{}", res.clusters.sizes[c]);
        w.write_record([
            d.sources[d.source(r) as usize].as_str(),
            d.record_id(r),
            res.clusters.ids[c].as_str(),
            size.as_str(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Writes every kept pair at or above `min_probability` with its weight, probability and,
/// per comparison, the level and its bits (TF included): the waterfall in columns.
pub fn write_pairs(res: &Resolution, min_probability: f64, out: impl Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<String> = [
        "source_l",
        "record_id_l",
        "source_r",
        "record_id_r",
        "match_weight",
        "match_probability",
        "same_cluster",
        "prior_bits",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for c in &res.comparators {
        header.push(format!("{}_level", c.name));
        header.push(format!("{}_bits", c.name));
    }
    w.write_record(&header)?;
    let d = &res.data;
    let prior = res.model.prior_bits();
    let min_w = crate::model::weight_of(min_probability.clamp(1e-12, 1.0 - 1e-12));
    let mut row: Vec<String> = Vec::with_capacity(header.len());
    for l in &res.links {
        if l.weight < min_w {
            continue;
        }
        row.clear();
        row.push(d.sources[d.source(l.x) as usize].clone());
        row.push(d.record_id(l.x).to_string());
        row.push(d.sources[d.source(l.y) as usize].clone());
        row.push(d.record_id(l.y).to_string());
        row.push(format!("{:.3}", l.weight));
        row.push(format!("{:.6}", probability(l.weight)));
        row.push((res.clusters.of[l.x as usize] == res.clusters.of[l.y as usize]).to_string());
        row.push(format!("{prior:.3}"));
        for (i, c) in res.comparators.iter().enumerate() {
            let lv = level_of(l.pattern, i);
            let mut bits = res.model.bits[i][lv as usize];
            if lv == c.exact_level() {
                if let Some(t) = &res.model.tf[i] {
                    bits += t[d.cell(l.x, c.prop) as usize];
                }
            }
            row.push(c.levels[lv as usize].clone());
            row.push(format!("{bits:.3}"));
        }
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

/// Finds a record by `source:id` or by id alone (the first input holding it).
pub fn find_record(res: &Resolution, spec: &str) -> Option<u32> {
    let d = &res.data;
    let (src, id) = match spec.split_once(':') {
        Some((s, i)) if d.sources.iter().any(|x| x == s) => (Some(s), i),
        _ => (None, spec),
    };
    (0..d.len() as u32)
        .find(|&r| d.record_id(r) == id && src.is_none_or(|s| d.sources[d.source(r) as usize] == s))
}
