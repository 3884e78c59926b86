//! Clustering links into entities: Kruskal-style connected components. Links are taken from
//! the strongest down, and a link joins two clusters only if the guards allow it:
//! - one record per source: the two clusters hold no record of the same input (for inputs
//!   without duplicates; with two inputs this is a best-first one-to-one matching);
//! - a maximum cluster size;
//! - anti-chaining: joining two clusters that both have several records needs a link
//!   stronger than the threshold by `merge_penalty` bits per doubling of the size product,
//!   so one weak link cannot chain two established entities together.
//!
//! Cluster ids are stable: the FNV-1a hash of the cluster's smallest `(source, record_id)`,
//! so adding or removing a record elsewhere does not renumber a cluster.

use crate::config::Clustering;
use crate::data::Dataset;
use crate::hash::fnv1a;
use crate::Error;

/// A scored candidate pair kept for clustering and explanation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub x: u32,
    pub y: u32,
    pub weight: f32,
    pub pattern: u64,
}

/// The clusters: a cluster index per record, and each cluster's id.
pub struct Clusters {
    pub of: Vec<u32>,
    pub ids: Vec<String>,
    pub sizes: Vec<u32>,
    /// Links that joined clusters (indices into the links given).
    pub accepted: usize,
    /// Links above the threshold refused by a guard.
    pub refused: usize,
}

struct Dsu {
    parent: Vec<u32>,
    size: Vec<u32>,
    sources: Vec<u64>,
}

impl Dsu {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }
}

/// Clusters `data`'s records using `links` (any order) at the threshold weight `min_weight`.
pub fn cluster(
    data: &Dataset,
    links: &mut [Link],
    cfg: &Clustering,
    min_weight: f32,
) -> Result<Clusters, Error> {
    use rayon::slice::ParallelSliceMut;
    let n = data.len();
    if cfg.one_record_per_source && data.sources.len() > 64 {
        return Err(Error::Config(
            "one_record_per_source supports at most 64 inputs".into(),
        ));
    }
    let mut dsu = Dsu {
        parent: (0..n as u32).collect(),
        size: vec![1; n],
        sources: (0..n as u32)
            .map(|r| 1u64 << (data.source(r) % 64))
            .collect(),
    };
    // Strongest first; ties broken by record numbers so the result is deterministic.
    links.par_sort_unstable_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.x.cmp(&b.x))
            .then(a.y.cmp(&b.y))
    });
    let (mut accepted, mut refused) = (0, 0);
    for l in links.iter() {
        if l.weight < min_weight {
            break;
        }
        let (a, b) = (dsu.find(l.x), dsu.find(l.y));
        if a == b {
            continue;
        }
        let (sa, sb) = (dsu.size[a as usize], dsu.size[b as usize]);
        let same_source =
            cfg.one_record_per_source && dsu.sources[a as usize] & dsu.sources[b as usize] != 0;
        let too_big = cfg.max_cluster_size > 0 && (sa + sb) as usize > cfg.max_cluster_size;
        let weak = sa > 1
            && sb > 1
            && (l.weight as f64)
                < min_weight as f64 + cfg.merge_penalty * ((sa as f64) * (sb as f64)).log2();
        let ok = !(same_source || too_big || weak);
        if !ok {
            refused += 1;
            continue;
        }
        accepted += 1;
        let (big, small) = if sa >= sb { (a, b) } else { (b, a) };
        dsu.parent[small as usize] = big;
        dsu.size[big as usize] += dsu.size[small as usize];
        dsu.sources[big as usize] |= dsu.sources[small as usize];
    }
    // Number clusters in record order, and find each one's smallest member.
    let mut index = vec![u32::MAX; n];
    let mut of = vec![0u32; n];
    let mut first: Vec<u32> = Vec::new();
    let mut sizes: Vec<u32> = Vec::new();
    for r in 0..n as u32 {
        let root = dsu.find(r) as usize;
        if index[root] == u32::MAX {
            index[root] = first.len() as u32;
            first.push(r);
            sizes.push(0);
        }
        let c = index[root];
        of[r as usize] = c;
        sizes[c as usize] += 1;
        let cur = first[c as usize];
        let key = |x: u32| {
            (
                data.sources[data.source(x) as usize].as_str(),
                data.record_id(x),
            )
        };
        if key(r) < key(cur) {
            first[c as usize] = r;
        }
    }
    let ids = first
        .iter()
        .map(|&r| {
            let s = &data.sources[data.source(r) as usize];
            format!(
                "{:016x}",
                fnv1a(&[s.as_bytes(), data.record_id(r).as_bytes()])
            )
        })
        .collect();
    Ok(Clusters {
        of,
        ids,
        sizes,
        accepted,
        refused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::data::Reader;

    fn data(a: &str, b: &str) -> Dataset {
        let cfg = Config::from_toml(
            "[input]\ncolumns = { p = \"v\" }\n[[blocking]]\non=[\"p\"]\n[[comparisons]]\nproperty=\"p\"\nkind=\"exact\"",
        )
        .unwrap();
        let mut r = Reader::new(&cfg, vec!["p".into()]);
        r.read_csv("a.csv", a.as_bytes()).unwrap();
        r.read_csv("b.csv", b.as_bytes()).unwrap();
        r.finish().0
    }

    fn link(x: u32, y: u32, weight: f32) -> Link {
        Link {
            x,
            y,
            weight,
            pattern: 0,
        }
    }

    #[test]
    fn one_record_per_source_takes_the_best_link() {
        // a0, a1 | b0 (=2), b1 (=3)
        let d = data("id,v\na0,x\na1,y\n", "id,v\nb0,x\nb1,y\n");
        let cfg = Clustering {
            one_record_per_source: true,
            ..Clustering::default()
        };
        let mut links = vec![link(0, 2, 5.0), link(1, 2, 8.0), link(0, 3, 1.0)];
        let c = cluster(&d, &mut links, &cfg, 0.0).unwrap();
        assert_eq!(c.of[1], c.of[2]);
        assert_eq!(c.of[0], c.of[3]);
        assert_ne!(c.of[0], c.of[1]);
        assert_eq!(c.refused, 1);
    }

    #[test]
    fn anti_chaining_and_stable_ids() {
        let d = data("id,v\na0,x\na1,y\n", "id,v\nb0,x\nb1,y\n");
        let cfg = Clustering::default();
        // Two pairs, then a weak link between them: refused (needs 0 + 1 * log2(4) = 2 bits).
        let mut links = vec![link(0, 2, 9.0), link(1, 3, 9.0), link(0, 1, 1.5)];
        let c = cluster(&d, &mut links, &cfg, 0.0).unwrap();
        assert_ne!(c.of[0], c.of[1]);
        let mut links = vec![link(0, 2, 9.0), link(1, 3, 9.0), link(0, 1, 2.5)];
        let c2 = cluster(&d, &mut links, &cfg, 0.0).unwrap();
        assert_eq!(c2.of[0], c2.of[1]);
        // The cluster of a0 is named after a0 in both runs.
        assert_eq!(c.ids[c.of[0] as usize], c2.ids[c2.of[0] as usize]);
        // A singleton keeps its id when another record joins elsewhere.
        let d2 = data("id,v\na0,x\na1,y\na2,z\n", "id,v\nb0,x\nb1,y\n");
        let mut links = vec![link(0, 3, 9.0)];
        let c3 = cluster(&d2, &mut links, &cfg, 0.0).unwrap();
        assert_eq!(c3.ids[c3.of[1] as usize], c.ids[c.of[1] as usize]);
    }
}
