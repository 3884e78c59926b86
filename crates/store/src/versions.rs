//! The difference between a list's current version and a new ingest, independent of the
//! database: which entities are added, changed, removed or left alone.

use std::collections::BTreeMap;

use nazar_core::Entity;

/// A current entity row, as the diff needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CurrentRow {
    pub entity_id: String,
    pub row_id: i64,
    pub content_hash: String,
}

/// An entity to write, with its content hash computed once.
#[derive(Debug)]
pub(crate) struct NewRow {
    pub entity: Entity,
    pub content_hash: String,
}

/// What an ingest must write to turn the current version into the next one.
#[derive(Debug, Default)]
pub(crate) struct Diff {
    /// Entities with an id the current version does not have.
    pub added: Vec<NewRow>,
    /// Entities whose content changed, with the row they replace.
    pub changed: Vec<(i64, NewRow)>,
    /// Rows of the current version whose id is not in the ingest.
    pub removed: Vec<i64>,
    /// How many entities the new version has, in total and by schema.
    pub entities: usize,
    pub by_schema: BTreeMap<String, usize>,
}

/// Sorts entities by id and keeps, of several with the same id, the last one given. Sorted
/// input also makes index inserts sequential, which is what makes bulk ingest fast.
pub(crate) fn dedupe(mut entities: Vec<Entity>) -> Vec<Entity> {
    // A stable sort keeps equal ids in input order, so the last of each run is the later one.
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    // In place, without a second array of a million entities: `dedup_by` keeps the first of
    // a run and hands each later one with it, so the later content is swapped into the kept
    // slot.
    entities.dedup_by(|later, kept| {
        let same = later.id == kept.id;
        if same {
            std::mem::swap(later, kept);
        }
        same
    });
    entities
}

/// Deduplicates entities (see [`dedupe`]) and computes their content hashes, the expensive part
/// of an ingest that needs no database lock.
pub(crate) fn prepare(entities: Vec<Entity>) -> Vec<NewRow> {
    dedupe(entities)
        .into_iter()
        .map(|entity| NewRow {
            content_hash: entity.content_hash(),
            entity,
        })
        .collect()
}

/// Compares an ingest (from [`prepare`], so sorted by id) with the current rows of the list,
/// which must come sorted by `entity_id` too (SQLite's BINARY collation orders UTF-8 bytes the
/// way `str` does). A merge of two sorted sequences needs no hash map of a million ids.
pub(crate) fn diff<E>(
    current: impl IntoIterator<Item = Result<CurrentRow, E>>,
    rows: Vec<NewRow>,
) -> Result<Diff, E> {
    let mut d = Diff {
        entities: rows.len(),
        ..Diff::default()
    };
    let mut current = current.into_iter().peekable();
    for row in rows {
        *d.by_schema
            .entry(row.entity.schema.as_str().to_string())
            .or_default() += 1;
        // Current rows with a smaller id than this entity's are not in the ingest: removed.
        let mut same_id = None;
        while let Some(next) = current.next_if(|c| match c {
            Ok(c) => c.entity_id.as_str() <= row.entity.id.as_str(),
            Err(_) => true,
        }) {
            let c = next?;
            if c.entity_id == row.entity.id {
                same_id = Some(c);
                break;
            }
            d.removed.push(c.row_id);
        }
        match same_id {
            None => d.added.push(row),
            Some(c) if c.content_hash == row.content_hash => {}
            Some(c) => d.changed.push((c.row_id, row)),
        }
    }
    for c in current {
        d.removed.push(c?.row_id);
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nazar_core::{prop, Schema};

    fn person(id: &str, name: &str) -> Entity {
        let mut e = Entity::new("l", id, Schema::Person);
        e.add(prop::NAME, name);
        e
    }

    /// Current rows as the store would return them: sorted by id, row ids in input order.
    fn current(entities: &[Entity]) -> Vec<Result<CurrentRow, ()>> {
        let mut rows: Vec<_> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| CurrentRow {
                entity_id: e.id.clone(),
                row_id: i as i64 + 1,
                content_hash: e.content_hash(),
            })
            .collect();
        rows.sort_by(|a, b| a.entity_id.cmp(&b.entity_id));
        rows.into_iter().map(Ok).collect()
    }

    #[test]
    fn dedupe_keeps_the_later_entity_and_sorts() {
        let out = dedupe(vec![
            person("2", "first"),
            person("1", "one"),
            person("2", "second"),
        ]);
        let names: Vec<_> = out.iter().map(|e| (e.id.as_str(), e.caption())).collect();
        assert_eq!(names, [("l:1", "one"), ("l:2", "second")]);
    }

    #[test]
    fn diff_sorts_entities_into_added_changed_removed() {
        let old = [person("1", "a"), person("2", "b"), person("3", "c")];
        let mut vessel = Entity::new("l", "4", Schema::Vessel);
        vessel.add(prop::NAME, "Ἀργώ");
        let new = vec![person("1", "a"), person("2", "B changed"), vessel];
        let d = diff(current(&old), prepare(new)).unwrap();
        assert_eq!(d.added.len(), 1);
        assert_eq!(d.added[0].entity.id, "l:4");
        assert_eq!(d.changed.len(), 1);
        assert_eq!(d.changed[0].0, 2);
        assert_eq!(d.removed, [3]);
        assert_eq!(d.entities, 3);
        let by_schema: Vec<_> = d.by_schema.into_iter().collect();
        assert_eq!(by_schema, [("Person".into(), 2), ("Vessel".into(), 1)]);
    }

    #[test]
    fn diff_merges_interleaved_ids_in_byte_order() {
        let old = [
            person("0", "a"),
            person("2", "b"),
            person("4", "c"),
            person("é", "d"),
            person("z", "e"),
        ];
        let new = vec![
            person("z", "e"),
            person("1", "x"),
            person("2", "b2"),
            person("3", "y"),
            person("é", "d"),
        ];
        let d = diff(current(&old), prepare(new)).unwrap();
        let ids = |rows: &[NewRow]| rows.iter().map(|r| r.entity.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&d.added), ["l:1", "l:3"]);
        assert_eq!(d.changed.iter().map(|c| c.0).collect::<Vec<_>>(), [2]);
        assert_eq!(d.removed, [1, 3]);
    }

    #[test]
    fn diff_passes_on_read_errors() {
        let rows: Vec<Result<CurrentRow, &str>> = vec![Err("disk")];
        assert_eq!(
            diff(rows, prepare(vec![person("1", "a")])).unwrap_err(),
            "disk"
        );
    }

    #[test]
    fn diff_of_identical_versions_is_empty() {
        let old = [person("1", "a"), person("2", "b")];
        let d = diff(current(&old), prepare(old.to_vec())).unwrap();
        assert!(d.added.is_empty() && d.changed.is_empty() && d.removed.is_empty());
        assert_eq!(d.entities, 2);
    }
}
