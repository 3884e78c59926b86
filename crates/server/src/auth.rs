//! Who is asking: API keys from the `Authorization` header, roles, the per-key rate limit,
//! which lists a caller may see, and the audit record of each request.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::http::{HeaderMap, StatusCode};
use nazar_store::{ApiKey, AuditEntry, ListInfo, Role};

use crate::{ApiError, App};

/// What a handler knows of the request before it touches the store: the credentials and the
/// stated purpose. Taken from the headers on the async side, used on a blocking thread.
#[derive(Debug, Clone, Default)]
pub struct Request {
    token: Option<String>,
    /// Whether an `Authorization` header was present at all.
    had_header: bool,
    purpose: Option<String>,
}

impl Request {
    pub fn from_headers(headers: &HeaderMap) -> Request {
        let raw = headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let token = raw.and_then(|h| {
            let (scheme, rest) = h.trim().split_once(' ')?;
            let ok = scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("apikey");
            let t = rest.trim();
            (ok && !t.is_empty()).then(|| t.to_string())
        });
        let purpose = headers
            .get("x-purpose")
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect::<String>())
            .filter(|s| !s.trim().is_empty());
        Request {
            token,
            had_header: raw.is_some(),
            purpose,
        }
    }
}

/// What a request's work answers, with what its audit record says.
pub struct Served<T> {
    pub value: T,
    pub query_digest: Option<String>,
    pub result_ids: Vec<String>,
    /// Overrides the action named when the request was authorised (`decision.no-match`).
    pub action: Option<String>,
}

impl<T> Served<T> {
    pub fn new(value: T, query_digest: Option<String>, result_ids: Vec<String>) -> Self {
        Served {
            value,
            query_digest,
            result_ids,
            action: None,
        }
    }
}

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Caller {
    pub key: ApiKey,
    pub federal: bool,
    pub purpose: Option<String>,
}

impl Caller {
    /// Whether this caller may see a list: public lists, its own agency's, and every list
    /// for a federal agency.
    pub fn sees(&self, list: &ListInfo) -> bool {
        match &list.agency {
            None => true,
            Some(a) => self.federal || *a == self.key.agency,
        }
    }

    /// Whether this caller may see an agency's records (alerts, subjects, audit).
    pub fn sees_agency(&self, agency: Option<&str>) -> bool {
        self.federal || agency == Some(self.key.agency.as_str())
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl App {
    /// Authenticates and authorises a request, auditing a refusal. `action` names what was
    /// asked, for the refusal's record.
    pub(crate) fn authorize(
        &self,
        req: &Request,
        need: Role,
        action: &str,
    ) -> Result<Caller, ApiError> {
        let mut db = self.db();
        let key = match &req.token {
            Some(t) => db.authenticate(t, &now())?,
            None => None,
        };
        let refuse = |db: &mut Box<dyn crate::Backend>, key: Option<&ApiKey>, why: &str| {
            let entry = AuditEntry {
                key_id: key.map(|k| k.id.clone()),
                agency: key.map(|k| k.agency.clone()),
                role: key.map(|k| k.role.as_str().to_string()),
                action: "auth.refused".into(),
                purpose: req.purpose.clone(),
                query_digest: None,
                result_ids: vec![action.to_string(), why.to_string()],
            };
            db.append_audit(&entry).map(|_| ())
        };
        let Some(key) = key else {
            refuse(&mut db, None, "unauthenticated")?;
            tracing::info!(action, "refused: no valid key");
            return Err(ApiError::unauthorized(if req.had_header {
                "the API key is unknown, expired or revoked"
            } else {
                "send an API key: `Authorization: Bearer KEY` or `Authorization: ApiKey KEY`"
            }));
        };
        if key.role < need {
            refuse(&mut db, Some(&key), "forbidden")?;
            tracing::info!(key_id = %key.id, action, "refused: role");
            return Err(ApiError::forbidden(format!(
                "a {} key may not do this; it needs the {} role",
                key.role.as_str(),
                need.as_str()
            )));
        }
        if !self.limiter.allow(&key.id) {
            refuse(&mut db, Some(&key), "rate_limited")?;
            self.metrics.rate_limited();
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "too many requests for this key; slow down",
            ));
        }
        let federal = db.agency(&key.agency)?.is_some_and(|a| a.federal);
        Ok(Caller {
            key,
            federal,
            purpose: req.purpose.clone(),
        })
    }

    /// Authorises a request, runs `work` for the caller, and audits the outcome: `action` with
    /// the digest and result ids `work` returns, or `<action>.failed` when it failed (a
    /// malformed body, an unknown list, ...). Every request that reaches authentication thus
    /// leaves exactly one record, written before the response goes out.
    pub(crate) fn serve_as<T>(
        &self,
        req: &Request,
        need: Role,
        action: &str,
        work: impl FnOnce(&Caller) -> Result<Served<T>, ApiError>,
    ) -> Result<T, ApiError> {
        let caller = self.authorize(req, need, action)?;
        match work(&caller) {
            Ok(s) => {
                let action = s.action.as_deref().unwrap_or(action);
                self.audit(&caller, action, s.query_digest, s.result_ids)?;
                Ok(s.value)
            }
            Err(e) => {
                self.audit(&caller, &format!("{action}.failed"), None, Vec::new())?;
                Err(e)
            }
        }
    }

    /// Appends the audit record of a request that was served; it is durable before this
    /// returns, so before the response goes out.
    fn audit(
        &self,
        caller: &Caller,
        action: &str,
        query_digest: Option<String>,
        result_ids: Vec<String>,
    ) -> Result<(), ApiError> {
        let entry = AuditEntry {
            key_id: Some(caller.key.id.clone()),
            agency: Some(caller.key.agency.clone()),
            role: Some(caller.key.role.as_str().to_string()),
            action: action.to_string(),
            purpose: caller.purpose.clone(),
            query_digest: query_digest.clone(),
            result_ids,
        };
        self.db().append_audit(&entry)?;
        tracing::info!(
            key_id = %caller.key.id,
            action,
            query_digest = query_digest.as_deref().unwrap_or("-"),
            "served"
        );
        Ok(())
    }

    /// The lists a caller may screen against, narrowed to `dataset` (a list name, or
    /// `default` for all). An unknown or invisible list is a 404.
    pub(crate) fn visible_lists(
        &self,
        caller: &Caller,
        lists: &[ListInfo],
        dataset: &str,
    ) -> Result<Vec<String>, ApiError> {
        let visible: Vec<String> = lists
            .iter()
            .filter(|l| caller.sees(l))
            .map(|l| l.list.clone())
            .collect();
        if dataset == "default" || dataset == "all" {
            return Ok(visible);
        }
        if visible.iter().any(|l| l == dataset) {
            Ok(vec![dataset.to_string()])
        } else {
            Err(ApiError::not_found(format!("no dataset named {dataset:?}")))
        }
    }
}

/// A token bucket per key, in memory: `per_minute` requests a minute, bursts up to as many.
pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a token for a key, if one is left.
    pub fn allow(&self, key: &str) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let cap = self.per_minute as f64;
        let now = Instant::now();
        let mut buckets = crate::lock(&self.buckets);
        let (tokens, last) = buckets.entry(key.to_string()).or_insert((cap, now));
        let refill = now.duration_since(*last).as_secs_f64() * cap / 60.0;
        *tokens = (*tokens + refill).min(cap);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_header_schemes() {
        for h in ["Bearer nzr_a_b", "ApiKey nzr_a_b", "apikey  nzr_a_b"] {
            let mut m = HeaderMap::new();
            m.insert("authorization", h.parse().unwrap());
            assert_eq!(
                Request::from_headers(&m).token.as_deref(),
                Some("nzr_a_b"),
                "{h}"
            );
        }
        let mut m = HeaderMap::new();
        m.insert("authorization", "Basic abc".parse().unwrap());
        let r = Request::from_headers(&m);
        assert!(r.token.is_none() && r.had_header);
    }

    #[test]
    fn bucket_empties_then_refuses() {
        let l = RateLimiter::new(3);
        assert!(l.allow("k") && l.allow("k") && l.allow("k"));
        assert!(!l.allow("k"));
        assert!(l.allow("other"));
        assert!(RateLimiter::new(0).allow("k"));
    }
}
