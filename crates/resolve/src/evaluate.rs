//! Pairwise evaluation against known truth: a predicted pair is two records in one cluster
//! (of different inputs for link-only), a true pair two records of one entity. Precision,
//! recall and F1 over pairs, as record-linkage benchmarks report them.

use crate::config::LinkType;
use crate::data::Dataset;
use crate::hash::FxHashMap;

/// Pairwise scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub true_pairs: u64,
    pub predicted: u64,
    pub correct: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Truth keys from record ids: the id up to the first of `markers` (`rec-12-dup-0` with
/// markers `-org`, `-dup-` → `rec-12`). Ids with no marker are their own key.
pub fn truth_from_ids(data: &Dataset, markers: &[String]) -> Vec<u32> {
    let mut keys: FxHashMap<String, u32> = FxHashMap::default();
    (0..data.len() as u32)
        .map(|r| {
            let id = data.record_id(r);
            let cut = markers
                .iter()
                .filter(|m| !m.is_empty())
                .filter_map(|m| id.find(m.as_str()))
                .min()
                .unwrap_or(id.len());
            let n = keys.len() as u32;
            *keys.entry(id[..cut].to_string()).or_insert(n)
        })
        .collect()
}

/// Allowed pairs in a group with these per-input counts.
fn pairs(counts: &[u64], link: LinkType) -> u64 {
    let n: u64 = counts.iter().sum();
    let sq: u64 = counts.iter().map(|c| c * c).sum();
    match link {
        LinkType::LinkOnly => (n * n - sq) / 2,
        LinkType::DedupeOnly => counts.iter().map(|c| c * c.saturating_sub(1) / 2).sum(),
        LinkType::LinkAndDedupe => n * n.saturating_sub(1) / 2,
    }
}

fn count_groups(data: &Dataset, key: impl Fn(u32) -> u64, link: LinkType) -> u64 {
    let mut v: Vec<(u64, u16)> = (0..data.len() as u32)
        .map(|r| (key(r), data.source(r)))
        .collect();
    v.sort_unstable();
    let mut total = 0;
    let mut i = 0;
    let mut counts: Vec<u64> = Vec::new();
    while i < v.len() {
        let mut j = i;
        counts.clear();
        while j < v.len() && v[j].0 == v[i].0 {
            let s = v[j].1;
            let mut k = j;
            while k < v.len() && v[k] == (v[i].0, s) {
                k += 1;
            }
            counts.push((k - j) as u64);
            j = k;
        }
        total += pairs(&counts, link);
        i = j;
    }
    total
}

/// Scores clusters (a cluster index per record) against truth keys (one per record).
pub fn evaluate(data: &Dataset, clusters: &[u32], truth: &[u32], link: LinkType) -> Scores {
    let predicted = count_groups(data, |r| clusters[r as usize] as u64, link);
    let true_pairs = count_groups(data, |r| truth[r as usize] as u64, link);
    let correct = count_groups(
        data,
        |r| (clusters[r as usize] as u64) << 32 | truth[r as usize] as u64,
        link,
    );
    let precision = if predicted > 0 {
        correct as f64 / predicted as f64
    } else {
        1.0
    };
    let recall = if true_pairs > 0 {
        correct as f64 / true_pairs as f64
    } else {
        1.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        true_pairs,
        predicted,
        correct,
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::data::Reader;

    #[test]
    fn pairwise_scores() {
        let cfg = Config::from_toml(
            "[input]\ncolumns = { p = \"v\" }\n[[blocking]]\non=[\"p\"]\n[[comparisons]]\nproperty=\"p\"\nkind=\"exact\"",
        )
        .unwrap();
        let mut r = Reader::new(&cfg, vec!["p".into()]);
        r.read_csv(
            "a.csv",
            "id,v\nrec-1-org,x\nrec-2-org,y\nrec-3-org,z\n".as_bytes(),
        )
        .unwrap();
        r.read_csv(
            "b.csv",
            "id,v\nrec-1-dup-0,x\nrec-2-dup-0,y\nrec-3-dup-0,z\n".as_bytes(),
        )
        .unwrap();
        let (d, _) = r.finish();
        let truth = truth_from_ids(&d, &["-org".into(), "-dup-".into()]);
        assert_eq!(truth[0], truth[3]);
        // Clusters: {a1,b1} right, {a2,b3} wrong, {a3}, {b2}.
        let clusters = [0, 1, 2, 0, 3, 1];
        let s = evaluate(&d, &clusters, &truth, LinkType::LinkOnly);
        assert_eq!((s.true_pairs, s.predicted, s.correct), (3, 2, 1));
        assert!((s.precision - 0.5).abs() < 1e-9);
        assert!((s.recall - 1.0 / 3.0).abs() < 1e-9);
    }
}
