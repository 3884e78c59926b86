//! Times bulk ingest and reads of synthetic small entities; prints one line per step.
//!
//! `cargo run --release -p nazar-store --example ingest_bench -- [N] [DIR]`
//! (N defaults to 100000; DIR to a temporary directory that is removed afterwards).

use std::path::Path;
use std::time::Instant;

use nazar_core::{prop, Entity, Schema};
use nazar_store::{IngestMeta, SqliteStore, Store, StoreError};

fn synthetic(n: usize, generation: usize) -> Vec<Entity> {
    (0..n)
        .map(|i| {
            let schema = if i % 5 == 0 {
                Schema::Organization
            } else {
                Schema::Person
            };
            let mut e = Entity::new("bench", &format!("E{i:07}"), schema);
            e.add(prop::NAME, format!("Given{} FAMILY{}", i % 997, i / 7));
            e.add(prop::ALIAS, format!("Alias {i}"));
            e.add(
                prop::BIRTH_DATE,
                format!("19{:02}-0{}-1{}", i % 100, i % 9 + 1, i % 10),
            );
            e.add(prop::NATIONALITY, ["ir", "ru", "kp", "sy"][i % 4]);
            // Each generation changes 1% of the entities.
            if i % 100 < generation {
                e.add(prop::NOTES, format!("changed in generation {generation}"));
            }
            e
        })
        .collect()
}

fn timed<T>(label: &str, f: impl FnOnce() -> Result<T, StoreError>) -> T {
    let start = Instant::now();
    let out = f().unwrap_or_else(|e| panic!("{label}: {e}"));
    println!("{label:<44} {:>8.2} s", start.elapsed().as_secs_f64());
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .map_or(100_000, |s| s.parse().expect("N is a number"));
    let tmp = tempfile::tempdir().expect("temporary directory");
    let dir = args.next().map_or(tmp.path().to_path_buf(), Into::into);
    let meta = IngestMeta {
        format: "synthetic".into(),
        ..IngestMeta::default()
    };

    let mut store = SqliteStore::open(&dir).expect("open store");
    let first = synthetic(n, 0);
    let r = timed(&format!("ingest {n} new"), || {
        store.ingest("bench", first, &meta)
    });
    assert_eq!(r.added, n);

    let same = synthetic(n, 0);
    let r = timed("re-ingest, nothing changed", || {
        store.ingest("bench", same, &meta)
    });
    assert_eq!((r.added, r.changed, r.removed), (0, 0, 0));

    // 1% changed, the last 1% removed, 1% new ids added.
    let mut next = synthetic(n, 1);
    next.truncate(n - n / 100);
    next.extend(synthetic(n + n / 100, 0).into_iter().skip(n));
    let r = timed("re-ingest, 1% changed/removed/added", || {
        store.ingest("bench", next, &meta)
    });
    println!("  -> {}", serde_json::to_string(&r).unwrap_or_default());

    let mut count = 0;
    timed("for_each_current (all, parsed)", || {
        store.for_each_current(None, &mut |_| count += 1)
    });
    assert_eq!(count, n);
    let old = timed("entities_at version 1", || store.entities_at("bench", 1));
    assert_eq!(old.len(), n);
    timed("entity() x 10000", || {
        for i in (0..n).step_by((n / 10_000).max(1)) {
            store.entity(&format!("bench:E{i:07}"))?;
        }
        Ok(())
    });
    let backup = dir.join("backup.db");
    timed("backup", || store.backup(&backup));
    println!(
        "database {:.1} MiB, backup {:.1} MiB",
        size(store.path()),
        size(&backup)
    );
}

fn size(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / 1048576.0)
}
