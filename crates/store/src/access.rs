//! Who may do what, and what they did: agencies, API keys and roles, the hash-chained audit
//! log, screened subjects, alerts and analysts' decisions.
//!
//! These sit beside the list versions in the same database, behind [`AccessStore`], so that a
//! PostgreSQL backend can implement both traits later.

use serde::{Deserialize, Serialize};

use crate::Result;

/// What a key may do. Each role includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Screen and search.
    Screener,
    /// Also sees alerts, records decisions and reads the audit log.
    Analyst,
    /// Also manages keys and lists.
    Admin,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "screener" => Some(Role::Screener),
            "analyst" => Some(Role::Analyst),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Screener => "screener",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
        }
    }
}

/// An agency sharing the deployment. A federal agency sees every agency's private lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Agency {
    pub name: String,
    pub federal: bool,
}

/// An API key as stored: never the key itself, only its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiKey {
    /// A short public id (`k_…`), printed in logs and audit records instead of the key.
    pub id: String,
    pub agency: String,
    pub role: Role,
    /// RFC 3339 UTC.
    pub created_at: String,
    pub expires_at: Option<String>,
    pub revoked_at: Option<String>,
    /// A rotated key keeps working until this time, then stops.
    pub grace_until: Option<String>,
    /// The key this one was rotated into.
    pub replaced_by: Option<String>,
}

/// A newly created key: the secret is returned once and never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKey {
    pub key: ApiKey,
    /// The bearer token to give to the client: `nzr_<id>_<secret>`.
    pub token: String,
}

/// One audit record. `hash` is the SHA-256 of the canonical JSON of every other field
/// (keys sorted, no whitespace), `prev_hash` the previous record's `hash` (64 zeros for the
/// first), so any added, removed or changed record or field breaks the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub seq: i64,
    /// RFC 3339 UTC with milliseconds.
    pub time: String,
    /// `None` for the local operator (the CLI) and for requests refused before a key was known.
    pub key_id: Option<String>,
    pub agency: Option<String>,
    pub role: Option<String>,
    /// `match`, `search`, `fetch`, `ingest`, `update`, `key.create`, `auth.refused`, ...
    pub action: String,
    /// From the optional `X-Purpose` request header, or the CLI's `--purpose`.
    pub purpose: Option<String>,
    /// SHA-256 of the normalised query, never the query itself.
    pub query_digest: Option<String>,
    /// Entity ids returned or touched.
    pub result_ids: Vec<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// What a caller asks to append; the store assigns `seq`, `time`, `prev_hash` and `hash`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditEntry {
    pub key_id: Option<String>,
    pub agency: Option<String>,
    pub role: Option<String>,
    pub action: String,
    pub purpose: Option<String>,
    pub query_digest: Option<String>,
    pub result_ids: Vec<String>,
}

/// An alert: a screened subject against a listed entity, flagged as a match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    pub id: i64,
    /// The case or document number the caller gave, or a digest of the query.
    pub subject_id: String,
    pub agency: String,
    pub entity_id: String,
    /// The entity's content hash when the alert was raised: a decision holds while it is
    /// unchanged.
    pub entity_hash: String,
    pub score: f32,
    pub created_at: String,
    /// `open`, `match` or `no-match`.
    pub status: String,
    pub decision_note: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
}

/// Filters for [`AccessStore::alerts`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertFilter {
    pub agency: Option<String>,
    pub status: Option<String>,
    pub subject_id: Option<String>,
    pub entity_id: Option<String>,
    pub limit: Option<usize>,
}

/// Agencies, keys, audit, subjects, alerts and decisions.
pub trait AccessStore {
    /// Creates the agency if needed and sets whether it is federal.
    fn set_agency(&mut self, name: &str, federal: bool) -> Result<()>;
    fn agency(&self, name: &str) -> Result<Option<Agency>>;

    /// Creates a key for an agency (created if needed) with a role and an optional expiry.
    fn create_key(&mut self, agency: &str, role: Role, expires_at: Option<&str>) -> Result<NewKey>;
    /// The key a bearer token belongs to, if it exists and is neither revoked, expired nor past
    /// its rotation grace period at `now` (RFC 3339). Compares hashes in constant time.
    fn authenticate(&self, token: &str, now: &str) -> Result<Option<ApiKey>>;
    fn keys(&self) -> Result<Vec<ApiKey>>;
    /// Revokes a key at once. Returns whether it existed.
    fn revoke_key(&mut self, id: &str) -> Result<bool>;
    /// Replaces a key by a new one of the same agency and role; the old one keeps working
    /// until `grace_until`.
    fn rotate_key(&mut self, id: &str, grace_until: &str) -> Result<NewKey>;

    /// Appends a record durably (the transaction commits before this returns).
    fn append_audit(&mut self, entry: &AuditEntry) -> Result<AuditRecord>;
    /// Records with `seq` greater than `after`, in order.
    fn audit_records(&self, after: i64, limit: usize) -> Result<Vec<AuditRecord>>;

    /// Stores (or refreshes) a screened subject's normalised query, for re-screening.
    fn save_subject(&mut self, subject_id: &str, agency: &str, query_json: &str) -> Result<()>;
    /// Every saved subject: `(subject_id, agency, query_json)`.
    fn subjects(&self) -> Result<Vec<(String, String, String)>>;
    /// Raises an alert unless one for the same subject and entity exists that is open, or was
    /// decided `no-match` while the entity's content hash is unchanged. Returns the new alert.
    fn raise_alert(
        &mut self,
        subject_id: &str,
        agency: &str,
        entity_id: &str,
        entity_hash: &str,
        score: f32,
    ) -> Result<Option<Alert>>;
    fn alerts(&self, filter: &AlertFilter) -> Result<Vec<Alert>>;
    fn alert(&self, id: i64) -> Result<Option<Alert>>;
    /// Records an analyst's decision (`match` or `no-match`) with a note.
    fn decide(
        &mut self,
        id: i64,
        decision: &str,
        note: Option<&str>,
        by: &str,
    ) -> Result<Option<Alert>>;
    /// Deletes subjects and alert details older than `before` (RFC 3339); the audit chain,
    /// which holds only digests, is kept whole. Returns how many rows went.
    fn purge_before(&mut self, before: &str) -> Result<usize>;
}

/// The `prev_hash` of the first audit record.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Lower-case hex SHA-256 of `bytes`: key hashes, query digests, audit hashes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    nazar_core::model::hex(&Sha256::digest(bytes))
}

/// The current time as RFC 3339 UTC with milliseconds, the form every access table uses.
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The hash an audit record must carry: SHA-256 hex of the canonical JSON (keys sorted, no
/// whitespace) of every field but `hash`. Serde's field list is the source of truth, so a field
/// added to [`AuditRecord`] later is covered without touching this function.
pub fn canonical_hash(record: &AuditRecord) -> String {
    let mut value = match serde_json::to_value(record) {
        Ok(v) => v,
        // Serialising plain strings and integers cannot fail.
        Err(_) => serde_json::Value::Null,
    };
    if let serde_json::Value::Object(map) = &mut value {
        map.remove("hash");
    }
    let mut out = String::new();
    write_canonical(&value, &mut out);
    sha256_hex(out.as_bytes())
}

/// Writes compact JSON with object keys sorted, whatever map order serde_json was built with.
fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// Why an audit chain failed to verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// The record's `hash` is not the hash of its other fields: it was edited.
    #[error("hash mismatch: the record was changed")]
    HashMismatch,
    /// The record's `prev_hash` is not the previous record's `hash`.
    #[error("prev_hash mismatch: a record before it was changed, removed or inserted")]
    PrevHashMismatch,
    /// The sequence numbers are not consecutive from 1.
    #[error("seq gap: expected seq {expected}")]
    SeqGap { expected: i64 },
}

/// The first bad record of an audit chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("record seq {seq}: {reason}")]
pub struct ChainError {
    pub seq: i64,
    pub reason: ChainBreak,
}

/// Verifies a whole audit chain, which must start at seq 1: consecutive seqs, each `prev_hash`
/// equal to the previous `hash` (64 zeros for the first) and each `hash` equal to
/// [`canonical_hash`]. Returns how many records it checked, or the first bad one.
pub fn verify_chain(records: impl IntoIterator<Item = AuditRecord>) -> Result<usize, ChainError> {
    let mut prev = GENESIS_HASH.to_string();
    let mut n = 0;
    for (expected_seq, r) in (1..).zip(records) {
        if r.seq != expected_seq {
            return Err(ChainError {
                seq: r.seq,
                reason: ChainBreak::SeqGap {
                    expected: expected_seq,
                },
            });
        }
        if r.prev_hash != prev {
            return Err(ChainError {
                seq: r.seq,
                reason: ChainBreak::PrevHashMismatch,
            });
        }
        if canonical_hash(&r) != r.hash {
            return Err(ChainError {
                seq: r.seq,
                reason: ChainBreak::HashMismatch,
            });
        }
        prev = r.hash;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|seq| {
                let mut r = AuditRecord {
                    seq,
                    time: format!("2026-01-01T00:00:0{seq}.000Z"),
                    key_id: None,
                    agency: None,
                    role: Some("operator".into()),
                    action: "screen".into(),
                    purpose: None,
                    query_digest: Some(sha256_hex(b"q")),
                    result_ids: vec!["un:QDi.1".into()],
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                r.hash = canonical_hash(&r);
                prev = r.hash.clone();
                r
            })
            .collect()
    }

    #[test]
    fn canonical_form_is_sorted_and_compact() {
        let v = serde_json::json!({"b": [1, {"z": null, "a": "x"}], "a": true});
        let mut out = String::new();
        write_canonical(&v, &mut out);
        assert_eq!(out, r#"{"a":true,"b":[1,{"a":"x","z":null}]}"#);
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify_chain(chain(3)), Ok(3));
        assert_eq!(verify_chain(Vec::new()), Ok(0));
    }

    #[test]
    fn every_field_is_covered() {
        let edits: Vec<fn(&mut AuditRecord)> = vec![
            |r| r.time.push('x'),
            |r| r.key_id = Some("k_x".into()),
            |r| r.agency = Some("a".into()),
            |r| r.role = None,
            |r| r.action = "match".into(),
            |r| r.purpose = Some("p".into()),
            |r| r.query_digest = None,
            |r| r.result_ids.clear(),
            |r| r.hash = sha256_hex(b"x"),
        ];
        for edit in edits {
            let mut c = chain(3);
            edit(&mut c[1]);
            assert_eq!(
                verify_chain(c).unwrap_err(),
                ChainError {
                    seq: 2,
                    reason: ChainBreak::HashMismatch
                }
            );
        }
        let mut c = chain(3);
        c[1].prev_hash = sha256_hex(b"x");
        assert_eq!(
            verify_chain(c).unwrap_err().reason,
            ChainBreak::PrevHashMismatch
        );
    }

    #[test]
    fn removed_and_inserted_records_break_the_chain() {
        let mut c = chain(3);
        c.remove(1);
        assert_eq!(
            verify_chain(c).unwrap_err(),
            ChainError {
                seq: 3,
                reason: ChainBreak::SeqGap { expected: 2 }
            }
        );
        let mut c = chain(3);
        c.remove(0);
        assert_eq!(verify_chain(c).unwrap_err().seq, 2);
        let mut c = chain(3);
        let extra = c[1].clone();
        c.insert(1, extra);
        assert_eq!(verify_chain(c).unwrap_err().seq, 2);
    }
}
