//! Integration tests of the SQLite store through the `Store` trait, as the CLI uses it.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use nazar_core::{prop, Entity, Schema, SourceRecord};
use nazar_store::{IngestMeta, SqliteStore, Store, StoreError, DB_FILE, SCHEMA_VERSION};
use rusqlite::Connection;

fn entity(list: &str, id: &str, schema: Schema, name: &str) -> Entity {
    let mut e = Entity::new(list, id, schema);
    e.add(prop::NAME, name);
    e
}

/// A small list with three schemas and names in several scripts.
fn un() -> Vec<Entity> {
    let mut p = entity("un", "QDi.312", Schema::Person, "Aamir Ali CHAUDHRY");
    p.add(prop::BIRTH_DATE, "1948-12-10");
    p.source = Some(SourceRecord {
        format: "xml".into(),
        text: "<INDIVIDUAL>…</INDIVIDUAL>".into(),
    });
    vec![
        p,
        entity("un", "QDi.400", Schema::Person, "Мухаммад Али"),
        entity("un", "QDe.001", Schema::Organization, "شركة الأمل"),
        entity("un", "V.1", Schema::Vessel, "Ἀργώ"),
    ]
}

fn meta(format: &str) -> IngestMeta {
    IngestMeta {
        format: format.into(),
        sources: vec![format!("{format}.xml")],
        source_digest: Some("ab".repeat(32)),
        warnings: 2,
        agency: None,
    }
}

fn open(dir: &Path) -> SqliteStore {
    SqliteStore::open(dir).unwrap()
}

#[test]
fn first_ingest_counts_and_list_info() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("nested/store"));
    let r = store.ingest("un", un(), &meta("un")).unwrap();
    assert_eq!(
        (r.version, r.added, r.changed, r.removed, r.warnings),
        (1, 4, 0, 0, 2)
    );

    let lists = store.lists().unwrap();
    assert_eq!(lists.len(), 1);
    let info = &lists[0];
    assert_eq!(
        (info.list.as_str(), info.version, info.entities),
        ("un", 1, 4)
    );
    let by_schema: Vec<_> = info
        .by_schema
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        by_schema,
        [("Organization", 1), ("Person", 2), ("Vessel", 1)]
    );
    assert!(info.ingested_at.ends_with('Z') && info.ingested_at.len() == 20);
    assert_eq!(info.format, "un");
    assert_eq!(
        info.source_digest.as_deref(),
        Some("ab".repeat(32).as_str())
    );
    assert_eq!(store.list("un").unwrap().as_ref(), Some(info));
    assert_eq!(store.list("eu").unwrap(), None);

    let json = serde_json::to_value(info).unwrap();
    let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    for key in ["list", "version", "entities", "by_schema", "ingested_at"] {
        assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
    }

    // Entities come back exactly as ingested, ordered by id.
    let mut expected = un();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(store.current_entities(Some("un")).unwrap(), expected);
    assert_eq!(store.entity("un:QDi.312").unwrap(), Some(un()[0].clone()));
    assert_eq!(store.entity("un:nope").unwrap(), None);
}

#[test]
fn reingest_removed_changed_and_old_versions() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.ingest("un", un(), &meta("un")).unwrap();

    // Version 2: one entity gone.
    let v2: Vec<_> = un().into_iter().filter(|e| e.id != "un:V.1").collect();
    let r = store.ingest("un", v2.clone(), &meta("un")).unwrap();
    assert_eq!((r.version, r.added, r.changed, r.removed), (2, 0, 0, 1));

    // Version 3: one entity changed.
    let mut v3 = v2.clone();
    v3[0].add(prop::ALIAS, "Abu Ali");
    let r = store.ingest("un", v3.clone(), &meta("un")).unwrap();
    assert_eq!((r.version, r.added, r.changed, r.removed), (3, 0, 1, 0));

    // Version 4: the same content again still makes a version, with no differences.
    let r = store.ingest("un", v3.clone(), &meta("un")).unwrap();
    assert_eq!((r.version, r.added, r.changed, r.removed), (4, 0, 0, 0));

    assert_eq!(store.entity("un:QDi.312").unwrap().unwrap(), v3[0]);
    let sorted = |mut v: Vec<Entity>| {
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    };
    assert_eq!(store.entities_at("un", 1).unwrap(), sorted(un()));
    assert_eq!(store.entities_at("un", 2).unwrap(), sorted(v2));
    assert_eq!(store.entities_at("un", 3).unwrap(), sorted(v3.clone()));
    assert_eq!(store.entities_at("un", 4).unwrap(), sorted(v3));
    let old = store.entities_at("un", 2).unwrap();
    let old = old.iter().find(|e| e.id == "un:QDi.312").unwrap();
    assert!(old.get(prop::ALIAS).is_empty());

    assert!(matches!(
        store.entities_at("un", 5),
        Err(StoreError::NoSuchVersion { version: 5, .. })
    ));
    assert!(matches!(
        store.entities_at("un", 0),
        Err(StoreError::NoSuchVersion { .. })
    ));
    assert!(matches!(
        store.entities_at("eu", 1),
        Err(StoreError::NoSuchList(_))
    ));

    let versions = store.versions("un").unwrap();
    let summary: Vec<_> = versions
        .iter()
        .map(|v| (v.version, v.entities, v.added, v.changed, v.removed))
        .collect();
    assert_eq!(
        summary,
        [
            (1, 4, 4, 0, 0),
            (2, 3, 0, 0, 1),
            (3, 3, 0, 1, 0),
            (4, 3, 0, 0, 0)
        ]
    );
    assert_eq!(versions[0].sources, ["un.xml"]);
    assert_eq!(versions[0].warnings, 2);
}

#[test]
fn duplicate_ids_in_one_ingest_keep_the_later_entity() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let first = entity("l", "1", Schema::Person, "First");
    let later = entity("l", "1", Schema::Person, "Later");
    let r = store
        .ingest("l", vec![first, later.clone()], &meta("csv"))
        .unwrap();
    assert_eq!(r.added, 1);
    assert_eq!(store.current_entities(None).unwrap(), vec![later]);
    assert_eq!(store.list("l").unwrap().unwrap().entities, 1);
}

#[test]
fn several_lists_delete_and_agency() {
    let dir = tempfile::tempdir().unwrap();
    let mut store: Box<dyn Store> = Box::new(open(dir.path()));
    store.ingest("un", un(), &meta("un")).unwrap();
    let private = IngestMeta {
        agency: Some("customs".into()),
        ..meta("csv")
    };
    let mine = vec![entity("mine", "1", Schema::Company, "ACME")];
    store.ingest("mine", mine.clone(), &private).unwrap();

    let names: Vec<_> = store
        .lists()
        .unwrap()
        .into_iter()
        .map(|l| (l.list, l.agency))
        .collect();
    assert_eq!(
        names,
        [("mine".into(), Some("customs".into())), ("un".into(), None)]
    );
    assert_eq!(store.current_entities(None).unwrap().len(), 5);
    let mut seen = 0;
    let infos = store
        .for_each_current(Some("mine"), &mut |e| {
            assert_eq!(e.id, "mine:1");
            seen += 1;
        })
        .unwrap();
    assert_eq!((seen, infos.len(), infos[0].version), (1, 1, 1));
    assert!(matches!(
        store.for_each_current(Some("eu"), &mut |_| {}),
        Err(StoreError::NoSuchList(_))
    ));

    assert!(store.delete_list("un").unwrap());
    assert!(!store.delete_list("un").unwrap());
    assert_eq!(store.current_entities(None).unwrap(), mine);
    assert_eq!(store.entity("un:QDi.312").unwrap(), None);
    assert!(store.versions("un").unwrap().is_empty());
    // A list ingested again after deletion starts over at version 1.
    assert_eq!(store.ingest("un", un(), &meta("un")).unwrap().version, 1);

    let err = store.ingest("bad:name", vec![], &meta("un")).unwrap_err();
    assert!(matches!(err, StoreError::InvalidListName(_)) && err.is_user_error());
}

#[test]
fn settings_round_trip_and_persist() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    assert_eq!(store.setting("k").unwrap(), None);
    store.set_setting("k", "1").unwrap();
    store.set_setting("k", "2").unwrap();
    drop(store);
    assert_eq!(open(dir.path()).setting("k").unwrap().as_deref(), Some("2"));
}

#[test]
fn backup_then_restore_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    let backup = dir.path().join("backups/un.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let mut store = open(&live);
    store.ingest("un", un(), &meta("un")).unwrap();
    store.set_setting("k", "before").unwrap();
    store.backup(&backup).unwrap();

    // The backup is one self-contained file in rollback-journal mode.
    let files: Vec<_> = std::fs::read_dir(backup.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, ["un.db"]);
    let conn = Connection::open(&backup).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    drop(conn);

    // Change the live store, keeping this connection open like a running server would.
    store.delete_list("un").unwrap();
    store
        .ingest(
            "eu",
            vec![entity("eu", "1", Schema::Person, "X")],
            &meta("eu"),
        )
        .unwrap();
    store.set_setting("k", "after").unwrap();

    SqliteStore::restore(&live, &backup).unwrap();
    let lists: Vec<_> = store.lists().unwrap().into_iter().map(|l| l.list).collect();
    assert_eq!(lists, ["un"]);
    assert_eq!(store.setting("k").unwrap().as_deref(), Some("before"));
    assert_eq!(store.current_entities(None).unwrap().len(), 4);
    // The old connection can still write after the restore.
    assert_eq!(store.ingest("un", vec![], &meta("un")).unwrap().version, 2);

    // Restoring into a directory that has no store yet creates it.
    let fresh = dir.path().join("fresh");
    SqliteStore::restore(&fresh, &backup).unwrap();
    assert_eq!(open(&fresh).list("un").unwrap().unwrap().entities, 4);
}

#[test]
fn restore_refuses_what_is_not_a_nazar_backup() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    open(&live).ingest("un", un(), &meta("un")).unwrap();

    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "this is not a database, just some text long enough".repeat(50),
    )
    .unwrap();
    let err = SqliteStore::restore(&live, &text).unwrap_err();
    assert!(matches!(err, StoreError::NotNazar { .. }), "{err}");

    let foreign = dir.path().join("foreign.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let err = SqliteStore::restore(&live, &foreign).unwrap_err();
    assert!(matches!(err, StoreError::NotNazar { .. }), "{err}");

    let empty = dir.path().join("empty.db");
    Connection::open(&empty)
        .unwrap()
        .execute_batch("VACUUM")
        .unwrap();
    assert!(matches!(
        SqliteStore::restore(&live, &empty),
        Err(StoreError::NotNazar { .. })
    ));

    let newer = dir.path().join("newer");
    open(&newer);
    bump_user_version(&newer.join(DB_FILE), SCHEMA_VERSION + 1);
    let err = SqliteStore::restore(&live, &newer.join(DB_FILE)).unwrap_err();
    assert!(matches!(err, StoreError::SchemaTooNew { .. }), "{err}");

    let missing = SqliteStore::restore(&live, &dir.path().join("missing.db")).unwrap_err();
    assert!(matches!(missing, StoreError::Io { .. }), "{missing}");

    // None of that touched the live store.
    assert_eq!(open(&live).list("un").unwrap().unwrap().entities, 4);
}

fn bump_user_version(db: &Path, version: i64) {
    let conn = Connection::open(db).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
}

#[test]
fn newer_schema_is_refused_on_open() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path());
    bump_user_version(&dir.path().join(DB_FILE), SCHEMA_VERSION + 1);
    let err = SqliteStore::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::SchemaTooNew { .. }), "{err}");
    assert!(err.is_user_error());
}

/// Schema version 1 as it was released, written by hand: lists, versions and entity rows,
/// without the `settings` table that version 2 added.
const SCHEMA_V1: &str = r#"
    PRAGMA application_id = 1314537810;
    CREATE TABLE lists (name TEXT PRIMARY KEY, current_version INTEGER NOT NULL, agency TEXT) STRICT;
    CREATE TABLE list_versions (
        list TEXT NOT NULL REFERENCES lists(name) ON DELETE CASCADE, version INTEGER NOT NULL,
        ingested_at TEXT NOT NULL, format TEXT NOT NULL, sources TEXT NOT NULL,
        source_digest TEXT, warnings INTEGER NOT NULL, entity_count INTEGER NOT NULL,
        by_schema TEXT NOT NULL, added INTEGER NOT NULL, changed INTEGER NOT NULL,
        removed INTEGER NOT NULL, PRIMARY KEY (list, version)) STRICT, WITHOUT ROWID;
    CREATE TABLE entities (
        row_id INTEGER PRIMARY KEY,
        list TEXT NOT NULL REFERENCES lists(name) ON DELETE CASCADE,
        entity_id TEXT NOT NULL, content_hash TEXT NOT NULL, schema TEXT NOT NULL,
        data TEXT NOT NULL, first_version INTEGER NOT NULL, last_version INTEGER,
        CHECK (last_version IS NULL OR last_version >= first_version)) STRICT;
    CREATE UNIQUE INDEX entities_current ON entities (list, entity_id) WHERE last_version IS NULL;
    CREATE INDEX entities_history ON entities (list, first_version);
    CREATE INDEX entities_id ON entities (entity_id);
    PRAGMA user_version = 1;
"#;

#[test]
fn version_1_database_is_migrated_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let e = entity("old", "1", Schema::Person, "Zoë Ødegård");
    {
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch(SCHEMA_V1).unwrap();
        conn.execute_batch(
            "INSERT INTO lists VALUES ('old', 1, NULL);
             INSERT INTO list_versions VALUES ('old', 1, '2024-05-01T00:00:00Z', 'csv', '[]',
                 NULL, 0, 1, '{\"Person\":1}', 1, 0, 0);",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO entities (list, entity_id, content_hash, schema, data, first_version)
             VALUES ('old', ?1, ?2, 'Person', ?3, 1)",
            (&e.id, e.content_hash(), serde_json::to_string(&e).unwrap()),
        )
        .unwrap();
    }

    let mut store = open(dir.path());
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    store.set_setting("migrated", "yes").unwrap();
    let info = store.list("old").unwrap().unwrap();
    assert_eq!(
        (info.version, info.ingested_at.as_str()),
        (1, "2024-05-01T00:00:00Z")
    );
    assert_eq!(store.entity("old:1").unwrap(), Some(e.clone()));
    // The old rows take part in diffs like new ones.
    let r = store.ingest("old", vec![e], &meta("csv")).unwrap();
    assert_eq!((r.version, r.added, r.changed, r.removed), (2, 0, 0, 0));
}

#[test]
fn foreign_database_is_refused_on_open() {
    let dir = tempfile::tempdir().unwrap();
    Connection::open(dir.path().join(DB_FILE))
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    assert!(matches!(
        SqliteStore::open(dir.path()),
        Err(StoreError::NotNazar { .. })
    ));
}

/// A version of `n` entities whose every entity carries the version it belongs to, so that a
/// reader can tell whether it saw one version or a mix.
fn numbered_version(n: usize, version: i64) -> Vec<Entity> {
    (0..n)
        .map(|i| {
            let mut e = entity(
                "big",
                &i.to_string(),
                Schema::Person,
                &format!("Person {i}"),
            );
            e.add(prop::NOTES, format!("v{version}"));
            e
        })
        .collect()
}

#[test]
fn readers_see_whole_versions_while_another_connection_ingests() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open(dir.path());
    writer
        .ingest("big", numbered_version(2000, 1), &meta("csv"))
        .unwrap();
    let done = Arc::new(AtomicBool::new(false));

    let reader_dir = dir.path().to_path_buf();
    let reader_done = done.clone();
    let reader = thread::spawn(move || {
        // A second connection, as a running server would hold.
        let reader = open(&reader_dir);
        let mut reads = 0;
        let mut versions_seen = std::collections::BTreeSet::new();
        while !reader_done.load(Ordering::SeqCst) || reads == 0 {
            let mut notes = std::collections::BTreeSet::new();
            let mut count = 0;
            let infos = reader
                .for_each_current(Some("big"), &mut |e| {
                    count += 1;
                    notes.insert(e.first(prop::NOTES).unwrap().to_string());
                })
                .unwrap();
            let version = infos[0].version;
            assert_eq!(count, infos[0].entities);
            assert_eq!(
                notes.into_iter().collect::<Vec<_>>(),
                [format!("v{version}")]
            );
            versions_seen.insert(version);
            reads += 1;
        }
        versions_seen
    });

    let mut previous = 2000;
    for version in 2..=6 {
        // Sizes vary so that a mixed read would also show in the count.
        let n = 2000 + version as usize * 100;
        let r = writer
            .ingest("big", numbered_version(n, version), &meta("csv"))
            .unwrap();
        assert_eq!(
            (r.version, r.changed, r.added),
            (version, previous, n - previous)
        );
        previous = n;
    }
    done.store(true, Ordering::SeqCst);
    let seen = reader.join().unwrap();
    assert!(!seen.is_empty());
    assert_eq!(writer.list("big").unwrap().unwrap().entities, 2600);
}

#[test]
fn two_connections_ingest_at_the_same_time() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path());
    let handles: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|list| {
            let dir = dir.path().to_path_buf();
            thread::spawn(move || {
                let mut store = open(&dir);
                for version in 1..=3 {
                    let entities = (0..500)
                        .map(|i| entity(list, &i.to_string(), Schema::Person, &format!("{i}")))
                        .collect();
                    let r = store.ingest(list, entities, &meta("csv")).unwrap();
                    assert_eq!(r.version, version);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let store = open(dir.path());
    let counts: Vec<_> = store
        .lists()
        .unwrap()
        .into_iter()
        .map(|l| (l.version, l.entities))
        .collect();
    assert_eq!(counts, [(3, 500), (3, 500)]);
}

#[test]
fn backup_while_another_connection_ingests_is_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    let mut writer = open(&live);
    writer
        .ingest("big", numbered_version(1000, 1), &meta("csv"))
        .unwrap();
    let backup_dir = dir.path().to_path_buf();
    let live2 = live.clone();
    let backups = thread::spawn(move || {
        let store = open(&live2);
        (0..5)
            .map(|i| {
                let path = backup_dir.join(format!("b{i}.db"));
                store.backup(&path).unwrap();
                path
            })
            .collect::<Vec<_>>()
    });
    for version in 2..=4 {
        writer
            .ingest("big", numbered_version(1000, version), &meta("csv"))
            .unwrap();
    }
    for path in backups.join().unwrap() {
        let restored = dir
            .path()
            .join(format!("r-{}", path.file_name().unwrap().to_string_lossy()));
        SqliteStore::restore(&restored, &path).unwrap();
        let store = open(&restored);
        let info = store.list("big").unwrap().unwrap();
        let all = store.current_entities(Some("big")).unwrap();
        assert_eq!(all.len(), 1000);
        let want = format!("v{}", info.version);
        assert!(all
            .iter()
            .all(|e| e.first(prop::NOTES) == Some(want.as_str())));
    }
}

#[test]
fn open_and_read_while_another_process_holds_the_write_lock() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path()).ingest("un", un(), &meta("un")).unwrap();
    // A raw connection in the middle of a write transaction, as an ingest in the CLI would be.
    let other = Connection::open(dir.path().join(DB_FILE)).unwrap();
    other
        .execute_batch("BEGIN IMMEDIATE; UPDATE lists SET agency = 'x';")
        .unwrap();

    let start = std::time::Instant::now();
    let store = open(dir.path());
    assert_eq!(store.list("un").unwrap().unwrap().agency, None);
    assert_eq!(store.current_entities(None).unwrap().len(), 4);
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
    other.execute_batch("COMMIT").unwrap();
    assert_eq!(
        store.list("un").unwrap().unwrap().agency.as_deref(),
        Some("x")
    );
}

#[test]
fn many_connections_create_the_same_store_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let dir = dir.path().to_path_buf();
            thread::spawn(move || SqliteStore::open(&dir).map(|_| ()))
        })
        .collect();
    for h in handles {
        h.join().unwrap().unwrap();
    }
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn store_calls_from_inside_a_for_each_callback() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.ingest("un", un(), &meta("un")).unwrap();
    let mut same = 0;
    store
        .for_each_current(None, &mut |e| {
            // Joins the callback's read transaction instead of failing to nest one.
            let again = store.entity(&e.id).unwrap().unwrap();
            assert_eq!(store.lists().unwrap().len(), 1);
            same += usize::from(again == e);
        })
        .unwrap();
    assert_eq!(same, 4);
}

// ---- access: audit chain, alerts, retention ----

use nazar_store::{verify_chain, AccessStore, AlertFilter, AuditEntry, ChainBreak, Role};

fn entry(action: &str, ids: &[&str]) -> AuditEntry {
    AuditEntry {
        key_id: Some("k_1".into()),
        agency: Some("border".into()),
        role: Some("screener".into()),
        action: action.into(),
        purpose: Some("visa".into()),
        query_digest: Some("ab".repeat(32)),
        result_ids: ids.iter().map(|s| s.to_string()).collect(),
    }
}

fn chain_of(store: &SqliteStore) -> Result<usize, nazar_store::ChainError> {
    verify_chain(store.audit_records(0, usize::MAX).unwrap())
}

#[test]
fn audit_chain_verifies_and_breaks_on_any_edit_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    for i in 0..4 {
        let r = s.append_audit(&entry("match", &["un:QDi.1"])).unwrap();
        assert_eq!(r.seq, i + 1);
    }
    assert_eq!(chain_of(&s), Ok(4));
    assert_eq!(s.audit_records(2, 10).unwrap().len(), 2);

    let db = dir.path().join(DB_FILE);
    let edits = [
        "time = '2020-01-01T00:00:00.000Z'",
        "key_id = NULL",
        "agency = 'other'",
        "role = 'admin'",
        "action = 'search'",
        "purpose = NULL",
        "query_digest = 'x'",
        "result_ids = '[]'",
        "hash = 'x'",
    ];
    for edit in edits {
        // Each edit on its own copy of the chain.
        let copy = tempfile::tempdir().unwrap();
        s.backup(&copy.path().join(DB_FILE)).unwrap();
        let conn = Connection::open(copy.path().join(DB_FILE)).unwrap();
        conn.execute(&format!("UPDATE audit_log SET {edit} WHERE seq = 3"), [])
            .unwrap();
        let err = chain_of(&open(copy.path())).unwrap_err();
        assert_eq!(
            (err.seq, err.reason),
            (3, ChainBreak::HashMismatch),
            "{edit}"
        );
    }
    assert_eq!(chain_of(&s), Ok(4));

    // A record deleted, and one inserted with the next seq.
    let conn = Connection::open(&db).unwrap();
    conn.execute("DELETE FROM audit_log WHERE seq = 2", [])
        .unwrap();
    let err = chain_of(&s).unwrap_err();
    assert_eq!(
        (err.seq, err.reason),
        (3, ChainBreak::SeqGap { expected: 2 })
    );
    conn.execute(
        "INSERT INTO audit_log SELECT 2, time, key_id, agency, role, 'fetch', purpose, \
         query_digest, result_ids, prev_hash, hash FROM audit_log WHERE seq = 3",
        [],
    )
    .unwrap();
    let err = chain_of(&s).unwrap_err();
    assert_eq!(err.seq, 2);
}

#[test]
fn appended_record_shifts_break_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    for _ in 0..3 {
        s.append_audit(&entry("search", &[])).unwrap();
    }
    // Insert a forged record between 1 and 2 by renumbering the later ones.
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    conn.execute("UPDATE audit_log SET seq = seq + 10 WHERE seq >= 2", [])
        .unwrap();
    conn.execute("UPDATE audit_log SET seq = seq - 9 WHERE seq >= 12", [])
        .unwrap();
    conn.execute(
        "INSERT INTO audit_log SELECT 2, time, key_id, agency, role, action, purpose, \
         query_digest, result_ids, prev_hash, hash FROM audit_log WHERE seq = 1",
        [],
    )
    .unwrap();
    let err = chain_of(&s).unwrap_err();
    assert_eq!((err.seq, err.reason), (2, ChainBreak::PrevHashMismatch));
}

#[test]
fn concurrent_appends_from_two_connections_keep_one_chain() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path());
    let handles: Vec<_> = (0..2)
        .map(|t| {
            let path = dir.path().to_path_buf();
            thread::spawn(move || {
                let mut s = SqliteStore::open(&path).unwrap();
                for i in 0..50 {
                    s.append_audit(&entry(&format!("t{t}.{i}"), &[])).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let s = open(dir.path());
    assert_eq!(chain_of(&s), Ok(100));
}

#[test]
fn alerts_dedupe_no_match_silences_until_the_entity_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let a = s
        .raise_alert("case-1", "border", "un:QDi.1", "h1", 0.9)
        .unwrap()
        .unwrap();
    assert_eq!(a.status, "open");
    // Open: a second screening does not duplicate it.
    assert!(s
        .raise_alert("case-1", "border", "un:QDi.1", "h1", 0.9)
        .unwrap()
        .is_none());
    // Another agency's subject of the same id is another subject.
    assert!(s
        .raise_alert("case-1", "customs", "un:QDi.1", "h1", 0.9)
        .unwrap()
        .is_some());

    let d = s
        .decide(a.id, "no-match", Some("different birth date"), "k_an")
        .unwrap()
        .unwrap();
    assert_eq!(d.status, "no-match");
    assert_eq!(d.decided_by.as_deref(), Some("k_an"));
    assert!(s
        .decide(a.id, "maybe", None, "k_an")
        .unwrap_err()
        .is_user_error());
    assert!(s.decide(999, "match", None, "k_an").unwrap().is_none());
    // Silenced while the entity is unchanged ...
    assert!(s
        .raise_alert("case-1", "border", "un:QDi.1", "h1", 0.95)
        .unwrap()
        .is_none());
    // ... raised again once a list update changed it.
    let again = s
        .raise_alert("case-1", "border", "un:QDi.1", "h2", 0.95)
        .unwrap()
        .unwrap();
    assert_ne!(again.id, a.id);

    let open_border = s
        .alerts(&AlertFilter {
            agency: Some("border".into()),
            status: Some("open".into()),
            ..AlertFilter::default()
        })
        .unwrap();
    assert_eq!(open_border.len(), 1);
    assert_eq!(open_border[0].entity_hash, "h2");
    assert_eq!(s.alerts(&AlertFilter::default()).unwrap().len(), 3);
    assert_eq!(
        s.alerts(&AlertFilter {
            limit: Some(1),
            ..AlertFilter::default()
        })
        .unwrap()
        .len(),
        1
    );
    assert_eq!(s.alert(a.id).unwrap().unwrap().status, "no-match");
}

#[test]
fn purge_drops_subjects_and_alerts_and_keeps_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.save_subject("case-1", "border", r#"{"name":"x"}"#)
        .unwrap();
    s.save_subject("case-1", "border", r#"{"name":"y"}"#)
        .unwrap();
    assert_eq!(s.subjects().unwrap().len(), 1);
    assert_eq!(s.subjects().unwrap()[0].2, r#"{"name":"y"}"#);
    s.raise_alert("case-1", "border", "un:QDi.1", "h1", 0.9)
        .unwrap();
    s.append_audit(&entry("match", &["un:QDi.1"])).unwrap();
    s.create_key("border", Role::Screener, None).unwrap();

    assert_eq!(s.purge_before("2000-01-01T00:00:00Z").unwrap(), 0);
    assert_eq!(s.purge_before("2999-01-01T00:00:00Z").unwrap(), 2);
    assert!(s.subjects().unwrap().is_empty());
    assert!(s.alerts(&AlertFilter::default()).unwrap().is_empty());
    assert_eq!(chain_of(&s), Ok(1));
    assert!(s.purge_before("yesterday").unwrap_err().is_user_error());
}
