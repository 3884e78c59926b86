//! The live index: the current list versions prepared for screening, swapped whole when a
//! list changes. A request keeps the `Arc<Live>` it started with, so it finishes on the
//! version it began on while a rebuilt index takes over for new requests.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nazar_core::Index;
use nazar_store::{index_file, AuditEntry, ListInfo};

use crate::{lock, ApiError, App, Backend, Shared};

/// An index with the list versions it was built from.
pub struct Live {
    pub index: Index,
    /// The lists with the versions read in the same transaction as the entities.
    pub lists: Vec<ListInfo>,
}

impl Live {
    /// `(list, version)` pairs, to tell whether the store moved on.
    pub fn versions(&self) -> Vec<(String, i64)> {
        versions(&self.lists)
    }
}

fn versions(lists: &[ListInfo]) -> Vec<(String, i64)> {
    lists.iter().map(|l| (l.list.clone(), l.version)).collect()
}

/// The index over every current entity: opened from the persisted index file in `dir` (caught
/// up with newer list versions, or rebuilt, as [`index_file::load`] does), or built in memory
/// when there is no directory. The store is locked only while it is read, not while the file
/// is read or written.
pub fn load(db: &Mutex<Box<dyn Backend>>, dir: Option<&Path>) -> Result<Live, ApiError> {
    let Some(dir) = dir else {
        let (index, lists) = index_file::build(&**lock(db))?;
        return Ok(Live { index, lists });
    };
    let file = index_file::read(&index_file::path(dir));
    let loaded = {
        let store = lock(db);
        // Catching up reads only the lists' changes; saving happens after the lock is gone.
        index_file::finish_unsaved(&**store, file)?
    };
    let loaded = index_file::save_if_changed(loaded, dir);
    if let Some(e) = &loaded.save_error {
        tracing::warn!(error = %e, "the index file could not be saved");
    }
    tracing::info!(opened = ?loaded.opened, entities = loaded.index.len(), "index opened");
    Ok(Live {
        index: loaded.index,
        lists: loaded.lists,
    })
}

impl App {
    /// Opens the index again if any list version changed, then swaps it in. Returns whether
    /// it did.
    pub fn refresh(&self) -> Result<bool, ApiError> {
        let current = versions(&self.db().lists()?);
        if current == self.live().versions() {
            return Ok(false);
        }
        let started = Instant::now();
        let live = load(&self.db, self.config.index_dir.as_deref())?;
        tracing::info!(
            entities = live.index.len(),
            lists = live.lists.len(),
            millis = started.elapsed().as_millis() as u64,
            "index reloaded"
        );
        self.metrics.reloaded(live.index.len());
        *self.live.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(live);
        Ok(true)
    }

    /// After a list update: re-screens every saved subject and audits the new alerts as the
    /// server's own action (`rescreen.auto`, no key).
    pub fn rescreen_after_update(&self) -> Result<usize, ApiError> {
        let (screened, alerts) = self.rescreen_subjects(&|_| true)?;
        let entry = AuditEntry {
            role: Some("server".into()),
            action: "rescreen.auto".into(),
            result_ids: alerts.iter().map(|a| a.entity_id.clone()).collect(),
            ..AuditEntry::default()
        };
        self.db().append_audit(&entry)?;
        tracing::info!(
            screened,
            new_alerts = alerts.len(),
            "re-screened after a list update"
        );
        Ok(alerts.len())
    }

    /// Purges subjects and alert details past the retention period, if one is set.
    fn purge(&self) -> Result<usize, ApiError> {
        let Some(days) = self.config.retention_days else {
            return Ok(0);
        };
        let before = chrono::Utc::now() - chrono::Duration::days(days as i64);
        let before = before.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        Ok(self.db().purge_before(&before)?)
    }
}

/// Polls the store for new list versions every `reload_secs` and swaps in a rebuilt index;
/// purges past the retention period once an hour.
pub async fn watch(app: Shared) {
    let every = Duration::from_secs(app.config.reload_secs.max(1));
    let mut last_purge: Option<Instant> = None;
    loop {
        tokio::time::sleep(every).await;
        let a = app.clone();
        let purge_due = last_purge.is_none_or(|t| t.elapsed() >= Duration::from_secs(3600));
        let done = tokio::task::spawn_blocking(move || {
            match a.refresh() {
                Ok(true) => {
                    if let Err(e) = a.rescreen_after_update() {
                        tracing::warn!(error = e.detail, "re-screening failed");
                    }
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = e.detail, "index refresh failed"),
            }
            if purge_due {
                match a.purge() {
                    Ok(n) if n > 0 => tracing::info!(rows = n, "retention purge"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = e.detail, "retention purge failed"),
                }
            }
        })
        .await;
        if done.is_err() {
            tracing::error!("index refresh panicked");
        }
        if purge_due {
            last_purge = Some(Instant::now());
        }
    }
}
