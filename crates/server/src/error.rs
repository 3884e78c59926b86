//! `ApiError`: every error the service answers, as a JSON body `{"error", "detail"}`.
//! Server errors say nothing internal; their cause goes to the log.

use std::any::Any;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use nazar_store::StoreError;
use serde_json::json;

/// An error answer: a status, a short machine-readable code and a human detail.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub error: &'static str,
    pub detail: String,
}

impl ApiError {
    pub fn new(status: StatusCode, error: &'static str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            error,
            detail: detail.into(),
        }
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", detail)
    }

    pub fn unprocessable(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_request", detail)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", detail)
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthorized", detail)
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", detail)
    }

    /// A server error: the cause is logged, the client hears only that something failed.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(cause = %cause, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server failed to answer this request",
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.error,
            self.detail
        )
    }
}

impl std::error::Error for ApiError {}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NoSuchList(_) | StoreError::NoSuchKey(_) => {
                ApiError::not_found(e.to_string())
            }
            e if e.is_user_error() => ApiError::bad_request(e.to_string()),
            e => ApiError::internal(e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        body(self.status, self.error, &self.detail)
    }
}

/// A JSON error response.
pub fn body(status: StatusCode, error: &str, detail: &str) -> Response {
    let text = json!({"error": error, "detail": detail}).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], text).into_response()
}

/// What a panicking handler answers (the panic message is logged, not sent).
pub fn panic_response(err: Box<dyn Any + Send + 'static>) -> Response {
    let msg = err
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| err.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    ApiError::internal(format!("panic: {msg}")).into_response()
}

/// The error code for a status whose response is not ours (a limit layer, the router).
pub fn code_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "timeout",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "invalid_request",
        429 => "rate_limited",
        s if s >= 500 => "internal",
        _ => "error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_answers_a_bare_500() {
        let resp = panic_response(Box::new("secret detail"));
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let e = ApiError::internal("disk on fire");
        assert_eq!(e.detail, "the server failed to answer this request");
        let e: ApiError = StoreError::NoSuchList("x".into()).into();
        assert_eq!(e.status, StatusCode::NOT_FOUND);
    }
}
