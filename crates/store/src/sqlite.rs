//! [`SqliteStore`]: the embedded backend, one SQLite file in WAL mode shared by the CLI and a
//! running server.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{SecondsFormat, Utc};
use nazar_core::Entity;
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use crate::migrate::{migrate, schema_version};
use crate::versions::{diff, prepare, CurrentRow};
use crate::{
    validate_list_name, IngestMeta, IngestReport, ListChanges, ListInfo, Result, Store, StoreError,
    VersionInfo,
};

/// The database file inside a store directory.
pub const DB_FILE: &str = "nazar.db";

/// How long a connection waits for another one's write lock before failing. An ingest holds
/// the lock for its whole transaction, so a second writer waits up to this long.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The SQLite store: `DIR/nazar.db`, opened in WAL mode so readers never block the writer.
#[derive(Debug)]
pub struct SqliteStore {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

impl SqliteStore {
    /// Opens the store in `dir`, creating the directory and database if missing and applying
    /// any pending migrations.
    pub fn open(dir: &Path) -> Result<SqliteStore> {
        fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = dir.join(DB_FILE);
        let mut conn = connect(&path)?;
        migrate(&mut conn, &path)?;
        Ok(SqliteStore { conn, path })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one read transaction, so that all its queries see the same snapshot. Inside
    /// an open transaction (a store call from a `for_each_current` callback) it joins that one.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(&self.conn);
        }
        let tx = self.conn.unchecked_transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// Opens a connection with nazar's settings: busy timeout, WAL, foreign keys. Refuses files
/// that are not nazar databases before changing anything in them.
pub(crate) fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    schema_version(&conn, path)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::NoWal {
            path: path.to_path_buf(),
            mode,
        });
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    // 64 MiB of page cache keeps index pages in memory during a bulk ingest.
    conn.pragma_update(None, "cache_size", -65536)?;
    // A big ingest grows the WAL to the size of what it wrote; shrink it again after the
    // checkpoint instead of keeping hundreds of MiB around.
    conn.pragma_update(None, "journal_size_limit", 64 * 1024 * 1024)?;
    Ok(conn)
}

const LIST_INFO: &str = "SELECT l.name, l.current_version, v.entity_count, v.by_schema, \
     v.ingested_at, l.agency, v.format, v.source_digest \
     FROM lists l JOIN list_versions v ON v.list = l.name AND v.version = l.current_version";

fn list_info(row: &Row) -> rusqlite::Result<ListInfo> {
    let by_schema: String = row.get(3)?;
    Ok(ListInfo {
        list: row.get(0)?,
        version: row.get(1)?,
        entities: row.get::<_, i64>(2)? as usize,
        by_schema: serde_json::from_str(&by_schema).map_err(json_error(3))?,
        ingested_at: row.get(4)?,
        agency: row.get(5)?,
        format: row.get(6)?,
        source_digest: row.get(7)?,
    })
}

fn version_info(row: &Row) -> rusqlite::Result<VersionInfo> {
    let sources: String = row.get(4)?;
    Ok(VersionInfo {
        list: row.get(0)?,
        version: row.get(1)?,
        ingested_at: row.get(2)?,
        format: row.get(3)?,
        sources: serde_json::from_str(&sources).map_err(json_error(4))?,
        source_digest: row.get(5)?,
        warnings: row.get::<_, i64>(6)? as usize,
        entities: row.get::<_, i64>(7)? as usize,
        added: row.get::<_, i64>(8)? as usize,
        changed: row.get::<_, i64>(9)? as usize,
        removed: row.get::<_, i64>(10)? as usize,
    })
}

fn json_error(column: usize) -> impl FnOnce(serde_json::Error) -> rusqlite::Error {
    move |e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into())
    }
}

fn get_list(conn: &Connection, name: &str) -> Result<Option<ListInfo>> {
    let sql = format!("{LIST_INFO} WHERE l.name = ?1");
    Ok(conn.query_row(&sql, [name], list_info).optional()?)
}

fn all_lists(conn: &Connection) -> Result<Vec<ListInfo>> {
    let mut stmt = conn.prepare(&format!("{LIST_INFO} ORDER BY l.name"))?;
    let rows = stmt.query_map([], list_info)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Runs a query whose rows are `(entity_id, data)` and calls `f` with each parsed entity.
fn each_entity(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    f: &mut dyn FnMut(Entity),
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let data = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let entity = serde_json::from_str(data).map_err(|source| StoreError::Corrupt {
            id: row.get(0).unwrap_or_default(),
            source,
        })?;
        f(entity);
    }
    Ok(())
}

impl Store for SqliteStore {
    fn ingest(
        &mut self,
        list: &str,
        entities: Vec<Entity>,
        meta: &IngestMeta,
    ) -> Result<IngestReport> {
        validate_list_name(list)?;
        // Hash before taking the write lock; the diff itself needs the current rows under it.
        let rows = prepare(entities);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let previous: i64 = tx
            .query_row(
                "SELECT current_version FROM lists WHERE name = ?1",
                [list],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        let version = previous + 1;

        let d = {
            let mut stmt = tx.prepare(
                "SELECT entity_id, row_id, content_hash FROM entities \
                 WHERE list = ?1 AND last_version IS NULL ORDER BY entity_id",
            )?;
            let current = stmt.query_map([list], |r| {
                Ok(CurrentRow {
                    entity_id: r.get(0)?,
                    row_id: r.get(1)?,
                    content_hash: r.get(2)?,
                })
            })?;
            diff(current, rows)?
        };

        tx.execute(
            "INSERT INTO lists (name, current_version, agency) VALUES (?1, ?2, ?3) \
             ON CONFLICT (name) DO UPDATE SET current_version = excluded.current_version, \
             agency = excluded.agency",
            params![list, version, meta.agency],
        )?;
        tx.execute(
            "INSERT INTO list_versions (list, version, ingested_at, format, sources, \
             source_digest, warnings, entity_count, by_schema, added, changed, removed) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                list,
                version,
                Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
                meta.format,
                serde_json::to_string(&meta.sources).unwrap_or_else(|_| "[]".into()),
                meta.source_digest,
                meta.warnings as i64,
                d.entities as i64,
                serde_json::to_string(&d.by_schema).unwrap_or_else(|_| "{}".into()),
                d.added.len() as i64,
                d.changed.len() as i64,
                d.removed.len() as i64,
            ],
        )?;
        {
            // Close replaced rows before inserting their successors: at most one row per id
            // may be current (the `entities_current` unique index).
            let mut close =
                tx.prepare("UPDATE entities SET last_version = ?1 WHERE row_id = ?2")?;
            for row_id in d
                .changed
                .iter()
                .map(|(id, _)| *id)
                .chain(d.removed.iter().copied())
            {
                close.execute(params![previous, row_id])?;
            }
            let mut insert = tx.prepare(
                "INSERT INTO entities (list, entity_id, content_hash, schema, data, first_version) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for row in d.added.iter().chain(d.changed.iter().map(|(_, r)| r)) {
                let e = &row.entity;
                let data = serde_json::to_string(e).map_err(|source| StoreError::Corrupt {
                    id: e.id.clone(),
                    source,
                })?;
                insert.execute(params![
                    list,
                    e.id,
                    row.content_hash,
                    e.schema.as_str(),
                    data,
                    version
                ])?;
            }
        }
        tx.commit()?;
        Ok(IngestReport {
            list: list.to_string(),
            version,
            added: d.added.len(),
            changed: d.changed.len(),
            removed: d.removed.len(),
            warnings: meta.warnings,
        })
    }

    fn lists(&self) -> Result<Vec<ListInfo>> {
        self.read(all_lists)
    }

    fn list(&self, name: &str) -> Result<Option<ListInfo>> {
        get_list(&self.conn, name)
    }

    fn versions(&self, list: &str) -> Result<Vec<VersionInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT list, version, ingested_at, format, sources, source_digest, warnings, \
             entity_count, added, changed, removed FROM list_versions \
             WHERE list = ?1 ORDER BY version",
        )?;
        let rows = stmt.query_map([list], version_info)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn for_each_current(
        &self,
        list: Option<&str>,
        f: &mut dyn FnMut(Entity),
    ) -> Result<Vec<ListInfo>> {
        self.read(|conn| match list {
            Some(name) => {
                let info =
                    get_list(conn, name)?.ok_or_else(|| StoreError::NoSuchList(name.into()))?;
                let sql = "SELECT entity_id, data FROM entities \
                           WHERE list = ?1 AND last_version IS NULL ORDER BY entity_id";
                each_entity(conn, sql, [name], f)?;
                Ok(vec![info])
            }
            None => {
                let infos = all_lists(conn)?;
                let sql = "SELECT entity_id, data FROM entities \
                           WHERE last_version IS NULL ORDER BY list, entity_id";
                each_entity(conn, sql, [], f)?;
                Ok(infos)
            }
        })
    }

    fn entity(&self, id: &str) -> Result<Option<Entity>> {
        let mut found = None;
        let sql = "SELECT entity_id, data FROM entities \
                   WHERE entity_id = ?1 AND last_version IS NULL ORDER BY list LIMIT 1";
        each_entity(&self.conn, sql, [id], &mut |e| found = Some(e))?;
        Ok(found)
    }

    fn changes_since(&self, list: &str, version: i64) -> Result<ListChanges> {
        self.read(|conn| {
            let info = get_list(conn, list)?.ok_or_else(|| StoreError::NoSuchList(list.into()))?;
            let mut upserts = Vec::new();
            let sql = "SELECT entity_id, data FROM entities WHERE list = ?1 \
                       AND last_version IS NULL AND first_version > ?2 ORDER BY entity_id";
            each_entity(conn, sql, params![list, version], &mut |e| upserts.push(e))?;
            let sql = "SELECT DISTINCT entity_id FROM entities WHERE list = ?1 \
                       AND first_version <= ?2 AND last_version IS NOT NULL AND last_version >= ?2 \
                       AND entity_id NOT IN \
                         (SELECT entity_id FROM entities WHERE list = ?1 AND last_version IS NULL) \
                       ORDER BY entity_id";
            let mut stmt = conn.prepare(sql)?;
            let removed = stmt
                .query_map(params![list, version], |r| r.get::<_, String>(0))?
                .collect::<std::result::Result<Vec<_>, _>>()?;
            Ok(ListChanges {
                info,
                upserts,
                removed,
            })
        })
    }

    fn entities_at(&self, list: &str, version: i64) -> Result<Vec<Entity>> {
        self.read(|conn| {
            let current: Option<i64> = conn
                .query_row(
                    "SELECT current_version FROM lists WHERE name = ?1",
                    [list],
                    |r| r.get(0),
                )
                .optional()?;
            match current {
                None => return Err(StoreError::NoSuchList(list.into())),
                Some(current) if version < 1 || version > current => {
                    return Err(StoreError::NoSuchVersion {
                        list: list.into(),
                        version,
                    })
                }
                Some(_) => {}
            }
            let mut out = Vec::new();
            let sql = "SELECT entity_id, data FROM entities WHERE list = ?1 \
                       AND first_version <= ?2 AND (last_version IS NULL OR last_version >= ?2) \
                       ORDER BY entity_id";
            each_entity(conn, sql, params![list, version], &mut |e| out.push(e))?;
            Ok(out)
        })
    }

    fn delete_list(&mut self, name: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Foreign keys cascade to the list's versions and entity rows.
        let n = tx.execute("DELETE FROM lists WHERE name = ?1", [name])?;
        tx.commit()?;
        Ok(n > 0)
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        let sql = "SELECT value FROM settings WHERE key = ?1";
        Ok(self.conn.query_row(sql, [key], |r| r.get(0)).optional()?)
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    fn backup(&self, dest: &Path) -> Result<()> {
        self.backup_to(dest)
    }
}
