//! [`AccessStore`] for [`SqliteStore`]: agencies, hashed API keys, the audit chain, subjects and
//! alerts, in the same database file as the lists.
//!
//! Every write runs in an IMMEDIATE transaction, which takes SQLite's write lock at once. The
//! audit append reads the last record's hash under that lock, so any number of processes (the
//! CLI, a server) appending at the same time still build one chain.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, TransactionBehavior};
use subtle::ConstantTimeEq;

use crate::access::{
    canonical_hash, now_rfc3339, sha256_hex, AccessStore, Agency, Alert, AlertFilter, ApiKey,
    AuditEntry, AuditRecord, NewKey, Role, GENESIS_HASH,
};
use crate::{Result, SqliteStore, StoreError};

/// The prefix of every bearer token nazar issues.
const TOKEN_PREFIX: &str = "nzr_";

/// Parses an RFC 3339 time into UTC, naming what it was on failure.
fn parse_time(what: &'static str, value: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| StoreError::Invalid {
            what,
            value: value.to_string(),
        })
}

/// The one stored form of a time: UTC, milliseconds, `Z`, so that stored times compare as
/// strings in SQL.
fn normalize_time(what: &'static str, value: &str) -> Result<String> {
    Ok(parse_time(what, value)?.to_rfc3339_opts(SecondsFormat::Millis, true))
}

fn random_hex(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).map_err(|e| StoreError::Io {
        path: "getrandom".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(nazar_core::model::hex(&buf))
}

/// Splits `nzr_<id>_<secret>` into the key id. The id itself contains `_` (`k_…`), the secret
/// never does, so the split is at the last `_`.
fn token_id(token: &str) -> Option<&str> {
    let rest = token.trim().strip_prefix(TOKEN_PREFIX)?;
    let (id, secret) = rest.rsplit_once('_')?;
    (!id.is_empty() && !secret.is_empty()).then_some(id)
}

const KEY_COLUMNS: &str =
    "id, agency, role, created_at, expires_at, revoked_at, grace_until, replaced_by";

fn api_key(row: &Row) -> rusqlite::Result<ApiKey> {
    let role: String = row.get(2)?;
    Ok(ApiKey {
        id: row.get(0)?,
        agency: row.get(1)?,
        // Only `Role::as_str` values are written; an edited row reads as the least privilege.
        role: Role::parse(&role).unwrap_or(Role::Screener),
        created_at: row.get(3)?,
        expires_at: row.get(4)?,
        revoked_at: row.get(5)?,
        grace_until: row.get(6)?,
        replaced_by: row.get(7)?,
    })
}

const AUDIT_COLUMNS: &str =
    "seq, time, key_id, agency, role, action, purpose, query_digest, result_ids, prev_hash, hash";

fn audit_record(row: &Row) -> rusqlite::Result<AuditRecord> {
    let ids: String = row.get(8)?;
    Ok(AuditRecord {
        seq: row.get(0)?,
        time: row.get(1)?,
        key_id: row.get(2)?,
        agency: row.get(3)?,
        role: row.get(4)?,
        action: row.get(5)?,
        purpose: row.get(6)?,
        query_digest: row.get(7)?,
        result_ids: serde_json::from_str(&ids).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, e.into())
        })?,
        prev_hash: row.get(9)?,
        hash: row.get(10)?,
    })
}

const ALERT_COLUMNS: &str = "id, subject_id, agency, entity_id, entity_hash, score, created_at, \
     status, decision_note, decided_by, decided_at";

fn alert(row: &Row) -> rusqlite::Result<Alert> {
    Ok(Alert {
        id: row.get(0)?,
        subject_id: row.get(1)?,
        agency: row.get(2)?,
        entity_id: row.get(3)?,
        entity_hash: row.get(4)?,
        score: row.get::<_, f64>(5)? as f32,
        created_at: row.get(6)?,
        status: row.get(7)?,
        decision_note: row.get(8)?,
        decided_by: row.get(9)?,
        decided_at: row.get(10)?,
    })
}

fn get_key(conn: &Connection, id: &str) -> Result<Option<ApiKey>> {
    let sql = format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], api_key).optional()?)
}

fn get_alert(conn: &Connection, id: i64) -> Result<Option<Alert>> {
    let sql = format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], alert).optional()?)
}

fn ensure_agency(conn: &Connection, name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(StoreError::Invalid {
            what: "agency name",
            value: name.to_string(),
        });
    }
    conn.execute(
        "INSERT INTO agencies (name, federal) VALUES (?1, 0) ON CONFLICT(name) DO NOTHING",
        [name],
    )?;
    Ok(())
}

/// Inserts a fresh key and returns it with its token.
fn insert_key(
    conn: &Connection,
    agency: &str,
    role: Role,
    expires_at: Option<String>,
) -> Result<NewKey> {
    ensure_agency(conn, agency)?;
    let id = format!("k_{}", random_hex(8)?);
    // 256 bits of secret; the id only finds the row, the secret is what authenticates.
    let token = format!("{TOKEN_PREFIX}{id}_{}", random_hex(32)?);
    let created_at = now_rfc3339();
    conn.execute(
        "INSERT INTO api_keys (id, agency, role, token_hash, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            agency,
            role.as_str(),
            sha256_hex(token.as_bytes()),
            created_at,
            expires_at
        ],
    )?;
    let key = ApiKey {
        id,
        agency: agency.to_string(),
        role,
        created_at,
        expires_at,
        revoked_at: None,
        grace_until: None,
        replaced_by: None,
    };
    Ok(NewKey { key, token })
}

/// Whether a stored time limit has passed at `now`. A limit that no longer parses (an edited
/// row) counts as passed: failing closed.
fn passed(limit: &Option<String>, now: DateTime<Utc>) -> bool {
    match limit {
        None => false,
        Some(t) => parse_time("time", t).map_or(true, |t| t <= now),
    }
}

impl SqliteStore {
    fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    fn snapshot<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f(&self.conn);
        }
        let tx = self.conn.unchecked_transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Every agency, by name.
    pub fn agencies(&self) -> Result<Vec<Agency>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, federal FROM agencies ORDER BY name")?;
        let rows = stmt.query_map([], |r| {
            Ok(Agency {
                name: r.get(0)?,
                federal: r.get::<_, i64>(1)? != 0,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The sequence number and hash of the last audit record, if any.
    pub fn audit_head(&self) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

impl AccessStore for SqliteStore {
    fn set_agency(&mut self, name: &str, federal: bool) -> Result<()> {
        self.write(|conn| {
            ensure_agency(conn, name)?;
            conn.execute(
                "UPDATE agencies SET federal = ?2 WHERE name = ?1",
                params![name, federal as i64],
            )?;
            Ok(())
        })
    }

    fn agency(&self, name: &str) -> Result<Option<Agency>> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, federal FROM agencies WHERE name = ?1",
                [name],
                |r| {
                    Ok(Agency {
                        name: r.get(0)?,
                        federal: r.get::<_, i64>(1)? != 0,
                    })
                },
            )
            .optional()?)
    }

    fn create_key(&mut self, agency: &str, role: Role, expires_at: Option<&str>) -> Result<NewKey> {
        let expires_at = expires_at
            .map(|t| normalize_time("expiry time", t))
            .transpose()?;
        self.write(|conn| insert_key(conn, agency, role, expires_at))
    }

    fn authenticate(&self, token: &str, now: &str) -> Result<Option<ApiKey>> {
        let now = parse_time("time", now)?;
        let Some(id) = token_id(token) else {
            return Ok(None);
        };
        let row = self
            .conn
            .query_row(
                &format!("SELECT {KEY_COLUMNS}, token_hash FROM api_keys WHERE id = ?1"),
                [id],
                |r| Ok((api_key(r)?, r.get::<_, String>(8)?)),
            )
            .optional()?;
        let Some((key, stored)) = row else {
            return Ok(None);
        };
        let given = sha256_hex(token.trim().as_bytes());
        if !bool::from(given.as_bytes().ct_eq(stored.as_bytes())) {
            return Ok(None);
        }
        if key.revoked_at.is_some() || passed(&key.expires_at, now) || passed(&key.grace_until, now)
        {
            return Ok(None);
        }
        Ok(Some(key))
    }

    fn keys(&self) -> Result<Vec<ApiKey>> {
        let sql = format!("SELECT {KEY_COLUMNS} FROM api_keys ORDER BY created_at, id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], api_key)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn revoke_key(&mut self, id: &str) -> Result<bool> {
        self.write(|conn| {
            let n = conn.execute(
                "UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1",
                params![id, now_rfc3339()],
            )?;
            Ok(n > 0)
        })
    }

    fn rotate_key(&mut self, id: &str, grace_until: &str) -> Result<NewKey> {
        let grace_until = normalize_time("grace time", grace_until)?;
        self.write(|conn| {
            let old = get_key(conn, id)?.ok_or_else(|| StoreError::NoSuchKey(id.to_string()))?;
            if old.revoked_at.is_some() {
                return Err(StoreError::Invalid {
                    what: "key to rotate (it is revoked)",
                    value: id.to_string(),
                });
            }
            // The new key keeps the old one's expiry: rotation changes the secret, not the
            // terms. A grace period never extends an earlier one.
            let new = insert_key(conn, &old.agency, old.role, old.expires_at.clone())?;
            let grace = match &old.grace_until {
                Some(g) if g.as_str() < grace_until.as_str() => g.clone(),
                _ => grace_until,
            };
            conn.execute(
                "UPDATE api_keys SET grace_until = ?2, replaced_by = ?3 WHERE id = ?1",
                params![id, grace, new.key.id],
            )?;
            Ok(new)
        })
    }

    fn append_audit(&mut self, entry: &AuditEntry) -> Result<AuditRecord> {
        self.write(|conn| {
            let last: Option<(i64, String)> = conn
                .query_row(
                    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (seq, prev_hash) = match last {
                Some((seq, hash)) => (seq + 1, hash),
                None => (1, GENESIS_HASH.to_string()),
            };
            let mut record = AuditRecord {
                seq,
                time: now_rfc3339(),
                key_id: entry.key_id.clone(),
                agency: entry.agency.clone(),
                role: entry.role.clone(),
                action: entry.action.clone(),
                purpose: entry.purpose.clone(),
                query_digest: entry.query_digest.clone(),
                result_ids: entry.result_ids.clone(),
                prev_hash,
                hash: String::new(),
            };
            record.hash = canonical_hash(&record);
            let ids = serde_json::to_string(&record.result_ids).map_err(|source| {
                StoreError::Corrupt {
                    id: format!("audit {seq}"),
                    source,
                }
            })?;
            conn.execute(
                &format!(
                    "INSERT INTO audit_log ({AUDIT_COLUMNS}) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                ),
                params![
                    record.seq,
                    record.time,
                    record.key_id,
                    record.agency,
                    record.role,
                    record.action,
                    record.purpose,
                    record.query_digest,
                    ids,
                    record.prev_hash,
                    record.hash
                ],
            )?;
            Ok(record)
        })
    }

    fn audit_records(&self, after: i64, limit: usize) -> Result<Vec<AuditRecord>> {
        let sql =
            format!("SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2");
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.snapshot(|conn| {
            let mut stmt = conn.prepare(&sql)?;
            let rows = stmt.query_map(params![after, limit], audit_record)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    fn save_subject(&mut self, subject_id: &str, agency: &str, query_json: &str) -> Result<()> {
        self.write(|conn| {
            conn.execute(
                "INSERT INTO subjects (subject_id, agency, query_json, updated_at) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT(subject_id, agency) \
                 DO UPDATE SET query_json = excluded.query_json, updated_at = excluded.updated_at",
                params![subject_id, agency, query_json, now_rfc3339()],
            )?;
            Ok(())
        })
    }

    fn subjects(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT subject_id, agency, query_json FROM subjects ORDER BY agency, subject_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn raise_alert(
        &mut self,
        subject_id: &str,
        agency: &str,
        entity_id: &str,
        entity_hash: &str,
        score: f32,
    ) -> Result<Option<Alert>> {
        self.write(|conn| {
            // Any open alert for the pair, or a no-match decided on this very content, holds.
            let held: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM alerts \
                 WHERE subject_id = ?1 AND agency = ?2 AND entity_id = ?3 \
                 AND (status = 'open' OR (status = 'no-match' AND entity_hash = ?4)))",
                params![subject_id, agency, entity_id, entity_hash],
                |r| r.get(0),
            )?;
            if held {
                return Ok(None);
            }
            conn.execute(
                "INSERT INTO alerts (subject_id, agency, entity_id, entity_hash, score, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    subject_id,
                    agency,
                    entity_id,
                    entity_hash,
                    score as f64,
                    now_rfc3339()
                ],
            )?;
            get_alert(conn, conn.last_insert_rowid())
        })
    }

    fn alerts(&self, filter: &AlertFilter) -> Result<Vec<Alert>> {
        let mut sql = format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE 1 = 1");
        let mut values: Vec<String> = Vec::new();
        for (column, value) in [
            ("agency", &filter.agency),
            ("status", &filter.status),
            ("subject_id", &filter.subject_id),
            ("entity_id", &filter.entity_id),
        ] {
            if let Some(v) = value {
                values.push(v.clone());
                sql.push_str(&format!(" AND {column} = ?{}", values.len()));
            }
        }
        sql.push_str(" ORDER BY id DESC");
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), alert)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn alert(&self, id: i64) -> Result<Option<Alert>> {
        get_alert(&self.conn, id)
    }

    fn decide(
        &mut self,
        id: i64,
        decision: &str,
        note: Option<&str>,
        by: &str,
    ) -> Result<Option<Alert>> {
        if !matches!(decision, "match" | "no-match") {
            return Err(StoreError::Invalid {
                what: "decision (use match or no-match)",
                value: decision.to_string(),
            });
        }
        self.write(|conn| {
            let n = conn.execute(
                "UPDATE alerts SET status = ?2, decision_note = ?3, decided_by = ?4, \
                 decided_at = ?5 WHERE id = ?1",
                params![id, decision, note, by, now_rfc3339()],
            )?;
            if n == 0 {
                return Ok(None);
            }
            get_alert(conn, id)
        })
    }

    fn purge_before(&mut self, before: &str) -> Result<usize> {
        let before = normalize_time("purge time", before)?;
        self.write(|conn| {
            let subjects = conn.execute("DELETE FROM subjects WHERE updated_at < ?1", [&before])?;
            // An alert goes once both its raising and its decision are older than the cut.
            let alerts = conn.execute(
                "DELETE FROM alerts WHERE coalesce(decided_at, created_at) < ?1",
                [&before],
            )?;
            Ok(subjects + alerts)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_ids() {
        assert_eq!(token_id("nzr_k_0011_abcdef"), Some("k_0011"));
        assert_eq!(token_id(" nzr_k_0011_abcdef\n"), Some("k_0011"));
        for bad in ["", "nzr_", "nzr_abc", "nzr__x", "xyz_k_1_2", "nzr_k_1_"] {
            assert_eq!(token_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_are_normalized_to_utc_millis() {
        assert_eq!(
            normalize_time("t", "2026-01-01T02:00:00+02:00").unwrap(),
            "2026-01-01T00:00:00.000Z"
        );
        assert!(normalize_time("t", "tomorrow").unwrap_err().is_user_error());
    }

    #[test]
    fn keys_auth_revoke_expire_rotate() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = SqliteStore::open(dir.path()).unwrap();
        let now = "2026-06-01T00:00:00Z";
        let k = s.create_key("border", Role::Analyst, None).unwrap();
        assert!(k.token.starts_with(&format!("nzr_{}_", k.key.id)));
        assert_eq!(k.token.len(), "nzr_".len() + k.key.id.len() + 1 + 64);
        let got = s.authenticate(&k.token, now).unwrap().unwrap();
        assert_eq!((got.agency.as_str(), got.role), ("border", Role::Analyst));
        // A wrong secret with the right id, and garbage, both fail.
        let mut wrong = k.token.clone();
        wrong.pop();
        wrong.push('x');
        assert_eq!(s.authenticate(&wrong, now).unwrap(), None);
        assert_eq!(s.authenticate("Bearer nonsense", now).unwrap(), None);
        assert!(s.keys().unwrap().iter().all(|k| !k.id.is_empty()));

        let e = s
            .create_key("border", Role::Screener, Some("2026-06-01T00:00:00Z"))
            .unwrap();
        assert!(s
            .authenticate(&e.token, "2026-05-31T23:59:59Z")
            .unwrap()
            .is_some());
        assert_eq!(s.authenticate(&e.token, now).unwrap(), None);

        assert!(s.revoke_key(&k.key.id).unwrap());
        assert!(!s.revoke_key("k_missing").unwrap());
        assert_eq!(s.authenticate(&k.token, now).unwrap(), None);

        let old = s.create_key("customs", Role::Admin, None).unwrap();
        let new = s.rotate_key(&old.key.id, "2026-06-02T00:00:00Z").unwrap();
        assert_eq!(
            (new.key.agency.as_str(), new.key.role),
            ("customs", Role::Admin)
        );
        assert!(s.authenticate(&old.token, now).unwrap().is_some());
        assert!(s.authenticate(&new.token, now).unwrap().is_some());
        let later = "2026-06-02T00:00:01Z";
        assert_eq!(s.authenticate(&old.token, later).unwrap(), None);
        assert!(s.authenticate(&new.token, later).unwrap().is_some());
        let stored = get_key(&s.conn, &old.key.id).unwrap().unwrap();
        assert_eq!(stored.replaced_by.as_deref(), Some(new.key.id.as_str()));
        assert!(matches!(
            s.rotate_key("k_missing", later),
            Err(StoreError::NoSuchKey(_))
        ));

        s.set_agency("customs", true).unwrap();
        assert!(s.agency("customs").unwrap().unwrap().federal);
        assert!(!s.agency("border").unwrap().unwrap().federal);
        assert_eq!(s.agencies().unwrap().len(), 2);
    }

    #[test]
    fn the_token_is_not_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = SqliteStore::open(dir.path()).unwrap();
        let k = s.create_key("a", Role::Screener, None).unwrap();
        let stored: String = s
            .conn
            .query_row("SELECT token_hash FROM api_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, sha256_hex(k.token.as_bytes()));
        assert!(!stored.contains(&k.token[k.token.len() - 64..]));
    }
}
