//! The schema and its versions: migrations applied in order when a store is opened.
//!
//! The schema version lives in SQLite's `PRAGMA user_version`, and `PRAGMA application_id`
//! marks the file as nazar's, so a stray SQLite file is refused instead of being "migrated".
//! To change the schema, append a migration to [`MIGRATIONS`]; never edit a published one.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, TransactionBehavior};

use crate::{Result, StoreError};

/// `PRAGMA application_id` of a nazar database: "NZAR" in ASCII.
pub(crate) const APPLICATION_ID: i64 = 0x4E5A_4152;

/// Migration `i` takes the schema from version `i` to version `i + 1`. Each runs in its own
/// transaction together with the `user_version` bump.
const MIGRATIONS: &[&str] = &[
    // 1: lists, their versions, and entity rows that span versions.
    r#"
    PRAGMA application_id = 1314537810;
    CREATE TABLE lists (
        name            TEXT PRIMARY KEY,
        current_version INTEGER NOT NULL,
        agency          TEXT
    ) STRICT;
    CREATE TABLE list_versions (
        list          TEXT NOT NULL REFERENCES lists(name) ON DELETE CASCADE,
        version       INTEGER NOT NULL,
        ingested_at   TEXT NOT NULL,
        format        TEXT NOT NULL,
        sources       TEXT NOT NULL,
        source_digest TEXT,
        warnings      INTEGER NOT NULL,
        entity_count  INTEGER NOT NULL,
        by_schema     TEXT NOT NULL,
        added         INTEGER NOT NULL,
        changed       INTEGER NOT NULL,
        removed       INTEGER NOT NULL,
        PRIMARY KEY (list, version)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE entities (
        row_id        INTEGER PRIMARY KEY,
        list          TEXT NOT NULL REFERENCES lists(name) ON DELETE CASCADE,
        entity_id     TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        schema        TEXT NOT NULL,
        data          TEXT NOT NULL,
        first_version INTEGER NOT NULL,
        last_version  INTEGER,
        CHECK (last_version IS NULL OR last_version >= first_version)
    ) STRICT;
    CREATE UNIQUE INDEX entities_current ON entities (list, entity_id)
        WHERE last_version IS NULL;
    CREATE INDEX entities_history ON entities (list, first_version);
    CREATE INDEX entities_id ON entities (entity_id);
    "#,
    // 2: store-wide key-value settings.
    r#"
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    "#,
    // 3: agencies, API keys, the hash-chained audit log, screened subjects, alerts and their
    // decisions. Keys are stored as the SHA-256 of the token, never the token.
    r#"
    CREATE TABLE agencies (
        name    TEXT PRIMARY KEY,
        federal INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE api_keys (
        id          TEXT PRIMARY KEY,
        agency      TEXT NOT NULL REFERENCES agencies(name),
        role        TEXT NOT NULL,
        token_hash  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT,
        revoked_at  TEXT,
        grace_until TEXT,
        replaced_by TEXT
    ) STRICT;
    CREATE TABLE audit_log (
        seq          INTEGER PRIMARY KEY,
        time         TEXT NOT NULL,
        key_id       TEXT,
        agency       TEXT,
        role         TEXT,
        action       TEXT NOT NULL,
        purpose      TEXT,
        query_digest TEXT,
        result_ids   TEXT NOT NULL,
        prev_hash    TEXT NOT NULL,
        hash         TEXT NOT NULL
    ) STRICT;
    CREATE TABLE subjects (
        subject_id TEXT NOT NULL,
        agency     TEXT NOT NULL,
        query_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (subject_id, agency)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE alerts (
        id            INTEGER PRIMARY KEY,
        subject_id    TEXT NOT NULL,
        agency        TEXT NOT NULL,
        entity_id     TEXT NOT NULL,
        entity_hash   TEXT NOT NULL,
        score         REAL NOT NULL,
        created_at    TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'open',
        decision_note TEXT,
        decided_by    TEXT,
        decided_at    TEXT
    ) STRICT;
    CREATE INDEX alerts_pair ON alerts (subject_id, agency, entity_id);
    CREATE INDEX alerts_status ON alerts (status, agency);
    "#,
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Reads a database's schema version, refusing files that are not nazar's or are newer than
/// this binary. A new, empty database is version 0.
pub(crate) fn schema_version(conn: &Connection, path: &Path) -> Result<i64> {
    // One statement, so one snapshot: read separately, the values could straddle another
    // connection's migration and look like a foreign database.
    let header = conn.query_row(
        "SELECT a.application_id, u.user_version, (SELECT count(*) FROM sqlite_schema) \
         FROM pragma_application_id() a, pragma_user_version() u",
        [],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        },
    );
    let (app, version, objects) = match header {
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
            return Err(StoreError::NotNazar {
                path: path.to_path_buf(),
            })
        }
        other => other?,
    };
    if app != APPLICATION_ID && (app != 0 || version != 0 || objects != 0) {
        return Err(StoreError::NotNazar {
            path: path.to_path_buf(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// Brings the schema up to [`SCHEMA_VERSION`]. Takes the write lock only when there is work
/// to do, and re-reads the version under it, since another process may have migrated first.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    if schema_version(conn, path)? == SCHEMA_VERSION {
        return Ok(());
    }
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version = schema_version(&tx, path)?;
        if version == SCHEMA_VERSION {
            tx.commit()?;
            return Ok(());
        }
        tx.execute_batch(MIGRATIONS[version as usize])?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn application_id_matches_migration_one() {
        let expected = format!("PRAGMA application_id = {APPLICATION_ID};");
        assert!(MIGRATIONS[0].contains(&expected));
    }

    #[test]
    fn migrates_an_empty_database_and_is_idempotent() {
        let path = Path::new(":memory:");
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(schema_version(&conn, path).unwrap(), 0);
        migrate(&mut conn, path).unwrap();
        assert_eq!(schema_version(&conn, path).unwrap(), SCHEMA_VERSION);
        migrate(&mut conn, path).unwrap();
        assert_eq!(schema_version(&conn, path).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn refuses_foreign_and_newer_databases() {
        let path = Path::new(":memory:");
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        assert!(matches!(
            schema_version(&conn, path),
            Err(StoreError::NotNazar { .. })
        ));

        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(
            schema_version(&conn, path),
            Err(StoreError::SchemaTooNew { found, .. }) if found == SCHEMA_VERSION + 1
        ));
    }
}
