//! Backups and restores through SQLite's online backup API, safe while other processes use
//! the store.
//!
//! A backup is written to a temporary file next to its destination and renamed into place, so
//! a crash never leaves a half-written backup under the real name. A restore copies the backup
//! *into* the live database through the same API, as one write transaction: other connections
//! (a running server) see the old or the new content, never a mix, and the live file's WAL and
//! shared-memory files stay consistent because no file is replaced under them.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{ffi, Connection, OpenFlags};

use crate::migrate::{migrate, schema_version};
use crate::sqlite::{SqliteStore, BUSY_TIMEOUT};
use crate::{Result, StoreError};

impl SqliteStore {
    /// Writes a consistent copy of the store to `dest`, replacing it if it exists. The copy is
    /// a single self-contained file (rollback journal, not WAL).
    pub(crate) fn backup_to(&self, dest: &Path) -> Result<()> {
        let tmp = temp_path(dest)?;
        let _ = fs::remove_file(&tmp);
        let result = write_backup(&self.conn, &tmp).and_then(|()| {
            fs::rename(&tmp, dest).map_err(|source| StoreError::Io {
                path: dest.to_path_buf(),
                source,
            })
        });
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        } else if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            // Make the rename itself durable; not possible on every platform, hence no `?`.
            let _ = File::open(dir).and_then(|d| d.sync_all());
        }
        result
    }

    /// Replaces the contents of the store in `dir` with the backup at `src`.
    ///
    /// The backup must be a nazar database no newer than this binary and pass SQLite's
    /// `quick_check`; an older one is migrated after the restore. The store is created if it
    /// does not exist. Connections that other processes hold on the store stay valid and see
    /// the restored content from their next transaction on.
    pub fn restore(dir: &Path, src: &Path) -> Result<()> {
        let source = open_backup(src)?;
        let mut store = SqliteStore::open(dir)?;
        let page_size = |c: &Connection| -> Result<i64> {
            Ok(c.pragma_query_value(None, "page_size", |r| r.get(0))?)
        };
        let (found, expected) = (page_size(&source)?, page_size(&store.conn)?);
        if found != expected {
            return Err(StoreError::PageSize {
                path: src.to_path_buf(),
                found,
                expected,
            });
        }
        copy(&source, &mut store.conn)?;
        migrate(&mut store.conn, &store.path)
    }
}

/// Copies `from` into a new database at `path` and makes it a self-contained file.
fn write_backup(from: &Connection, path: &Path) -> Result<()> {
    let mut out = Connection::open(path)?;
    copy(from, &mut out)?;
    // The copied header still says WAL; switch the copy back so it is one file, with no -wal
    // or -shm beside it to lose when the backup is moved.
    let _: String = out.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
    out.close().map_err(|(_, e)| e)?;
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    File::open(path).and_then(|f| f.sync_all()).map_err(io)
}

/// Opens a backup read-only and checks that it is a sound nazar database.
fn open_backup(src: &Path) -> Result<Connection> {
    fs::metadata(src).map_err(|source| StoreError::Io {
        path: src.to_path_buf(),
        source,
    })?;
    let conn = Connection::open_with_flags(
        src,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    if schema_version(&conn, src)? == 0 {
        // An empty SQLite file: nothing that nazar wrote.
        return Err(StoreError::NotNazar {
            path: src.to_path_buf(),
        });
    }
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(StoreError::Damaged {
            path: src.to_path_buf(),
            message: check,
        });
    }
    Ok(conn)
}

/// Copies every page of `from` into `to`, waiting up to [`BUSY_TIMEOUT`] for locks.
fn copy(from: &Connection, to: &mut Connection) -> Result<()> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    let backup = Backup::new(from, to)?;
    loop {
        // One step of all pages (-1) reads the source in a single read transaction: a
        // consistent snapshot that, in WAL mode, does not block writers. Copying in chunks
        // would restart from scratch every time another connection wrote.
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            StepResult::Busy | StepResult::Locked if Instant::now() < deadline => {
                thread::sleep(Duration::from_millis(50));
            }
            StepResult::Busy | StepResult::Locked => {
                let e = ffi::Error::new(ffi::SQLITE_BUSY);
                let msg = "backup: database stayed locked past the busy timeout";
                return Err(rusqlite::Error::SqliteFailure(e, Some(msg.into())).into());
            }
            _ => {}
        }
    }
}

/// A temporary name in the same directory as `dest`, so that the final rename is atomic.
fn temp_path(dest: &Path) -> Result<PathBuf> {
    let name = dest.file_name().ok_or_else(|| StoreError::Io {
        path: dest.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
    })?;
    let mut tmp = std::ffi::OsString::from(".");
    tmp.push(name);
    tmp.push(format!(".tmp-{}", std::process::id()));
    Ok(dest.with_file_name(tmp))
}
