//! The service driven in-process through its router (`tower::ServiceExt::oneshot`), over a
//! temporary data directory holding the demo watchlist and a private list of agency A.

use std::path::PathBuf;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use nazar_core::{prop, Entity, Schema};
use nazar_server::{router, App, Config, Shared};
use nazar_store::{AccessStore, IngestMeta, Role, SqliteStore, Store};
use serde_json::{json, Value};
use tower::ServiceExt;

struct Fixture {
    _dir: tempfile::TempDir,
    app: Shared,
    router: Router,
    screener_a: String,
    screener_b: String,
    screener_federal: String,
    analyst_a: String,
    admin_a: String,
}

fn demo_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo/watchlist.jsonl")
}

/// A private person of agency A, with a name found on no other list.
fn private_entity() -> Entity {
    let mut e = Entity::new("a_private", "P-1", Schema::Person);
    e.add(prop::NAME, "Zorawar Qilich Bandukwala");
    e.add(prop::BIRTH_DATE, "1970-02-03");
    e
}

fn fixture_with(config: Config, prepare: impl FnOnce(&mut SqliteStore)) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(dir.path()).unwrap();
    let parsed =
        nazar_ingest::parse_files("demo", None, &[demo_path()], &Default::default()).unwrap();
    let meta = IngestMeta {
        format: "ftm".into(),
        ..IngestMeta::default()
    };
    store.ingest("demo", parsed.entities, &meta).unwrap();
    let private = IngestMeta {
        format: "ftm".into(),
        agency: Some("A".into()),
        ..IngestMeta::default()
    };
    store
        .ingest("a_private", vec![private_entity()], &private)
        .unwrap();
    store.set_agency("F", true).unwrap();
    let mut key = |agency: &str, role: Role| store.create_key(agency, role, None).unwrap().token;
    let screener_a = key("A", Role::Screener);
    let screener_b = key("B", Role::Screener);
    let screener_federal = key("F", Role::Screener);
    let analyst_a = key("A", Role::Analyst);
    let admin_a = key("A", Role::Admin);
    prepare(&mut store);
    let app = App::new(Box::new(store), config).unwrap();
    Fixture {
        _dir: dir,
        router: router(app.clone()),
        app,
        screener_a,
        screener_b,
        screener_federal,
        analyst_a,
        admin_a,
    }
}

fn fixture() -> Fixture {
    fixture_with(
        Config {
            rate_limit_per_minute: 0,
            ..Config::default()
        },
        |_| {},
    )
}

/// Sends a request; answers the status and the body as JSON (`Value::String` if not JSON).
async fn call(
    r: &Router,
    method: &str,
    uri: &str,
    auth: Option<&str>,
    body: impl Into<Body>,
) -> (StatusCode, Value) {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(a) = auth {
        b = b.header(header::AUTHORIZATION, a);
    }
    let resp = r
        .clone()
        .oneshot(b.body(body.into()).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let v = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (status, v)
}

fn bearer(k: &str) -> String {
    format!("Bearer {k}")
}

fn is_error_body(v: &Value) -> bool {
    v["error"].is_string() && v["detail"].is_string()
}

fn match_body(name: &str) -> String {
    json!({"queries": {"q1": {"schema": "Person", "properties": {"name": [name]}}}, "weights": {}, "config": {}})
        .to_string()
}

#[tokio::test]
async fn no_key_is_401_with_a_json_body() {
    let f = fixture();
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default",
        None,
        match_body("Tariq Qureshi"),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(is_error_body(&v), "{v}");
    let (s, v) = call(&f.router, "GET", "/lists", Some("Bearer nzr_nope_nope"), "").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(is_error_body(&v), "{v}");
}

#[tokio::test]
async fn a_screener_reading_the_audit_is_403() {
    let f = fixture();
    let (s, v) = call(&f.router, "GET", "/audit", Some(&bearer(&f.screener_a)), "").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(is_error_body(&v), "{v}");
    let (s, _) = call(
        &f.router,
        "GET",
        "/alerts",
        Some(&bearer(&f.screener_a)),
        "",
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = call(
        &f.router,
        "POST",
        "/lists/demo",
        Some(&bearer(&f.analyst_a)),
        "{}",
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn malformed_json_is_400() {
    let f = fixture();
    let auth = bearer(&f.screener_a);
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default",
        Some(&auth),
        "{\"queries\": {",
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(is_error_body(&v), "{v}");
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default",
        Some(&auth),
        "{\"q\": 1}",
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(is_error_body(&v), "{v}");
}

#[tokio::test]
async fn a_20_mb_body_is_413() {
    let f = fixture();
    let body = vec![b' '; 20 * 1024 * 1024];
    let req = Request::builder()
        .method("POST")
        .uri("/match/default")
        .header(header::AUTHORIZATION, bearer(&f.screener_a))
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .unwrap();
    let resp = f.router.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let v: Value = serde_json::from_slice(&bytes).unwrap();
    assert!(is_error_body(&v), "{v}");
    // Without a Content-Length the body is cut off while it streams in.
    let body = vec![b' '; 20 * 1024 * 1024];
    let req = Request::builder()
        .method("POST")
        .uri("/match/default")
        .header(header::AUTHORIZATION, bearer(&f.screener_a))
        .body(Body::from_stream(futures_stream(body)))
        .unwrap();
    let resp = f.router.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

/// A body in 1 MB chunks with no known length.
fn futures_stream(
    body: Vec<u8>,
) -> impl futures_core::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send {
    struct Chunks(std::vec::IntoIter<Vec<u8>>);
    impl futures_core::Stream for Chunks {
        type Item = Result<Vec<u8>, std::io::Error>;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            std::task::Poll::Ready(self.0.next().map(Ok))
        }
    }
    Chunks(
        body.chunks(1024 * 1024)
            .map(<[u8]>::to_vec)
            .collect::<Vec<_>>()
            .into_iter(),
    )
}

#[tokio::test]
async fn match_answers_in_yente_shape_and_raises_an_alert() {
    let f = fixture();
    let body = json!({"queries": {
        "q1": {"schema": "Person", "properties": {"name": ["Tariq Mehmood Qureshi"], "birthDate": ["1979-04-12"]}, "subject_id": "case-7"},
        "q2": {"schema": "Person", "properties": {"name": ["Wholly Unlisted Person"]}},
    }})
    .to_string();
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default?limit=3&algorithm=best",
        Some(&format!("ApiKey {}", f.screener_a)),
        body,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["limit"], 3);
    let q1 = &v["responses"]["q1"];
    assert_eq!(q1["status"], 200);
    assert_eq!(q1["query"]["subject_id"], "case-7");
    assert_eq!(q1["total"]["relation"], "eq");
    let results = q1["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 3);
    assert_eq!(q1["total"]["value"], results.len());
    let top = &results[0];
    assert_eq!(top["id"], "demo:D-001");
    assert_eq!(top["caption"], "Tariq Mehmood Qureshi");
    assert_eq!(top["schema"], "Person");
    assert_eq!(top["datasets"], json!(["demo"]));
    assert!(top["properties"]["name"].is_array());
    assert!(top["score"].as_f64().unwrap() > 0.5);
    assert_eq!(top["match"], true);
    let name = &top["explanations"]["name"];
    assert!(
        name["score"].is_number() && name["weight"].is_number(),
        "{top}"
    );
    assert!(name["detail"].is_string());
    assert!(top["nazar"]["features"].is_array());
    assert_eq!(v["responses"]["q2"]["status"], 200);
    assert_eq!(v["alerts"].as_array().unwrap().len(), 1);

    // The analyst sees the alert and decides it.
    let analyst = bearer(&f.analyst_a);
    let (s, v) = call(&f.router, "GET", "/alerts?status=open", Some(&analyst), "").await;
    assert_eq!(s, StatusCode::OK);
    let alerts = v["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0]["subject_id"], "case-7");
    assert_eq!(alerts[0]["entity_id"], "demo:D-001");
    let id = alerts[0]["id"].as_i64().unwrap();
    let (s, v) = call(
        &f.router,
        "POST",
        &format!("/alerts/{id}/decision"),
        Some(&analyst),
        r#"{"decision":"no-match","note":"other person"}"#,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["status"], "no-match");
    let (s, _) = call(
        &f.router,
        "POST",
        &format!("/alerts/{id}/decision"),
        Some(&analyst),
        r#"{"decision":"maybe"}"#,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    // A no-match holds: re-screening raises nothing new.
    let (s, v) = call(&f.router, "POST", "/rescreen", Some(&analyst), "").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(v["screened"].as_u64().unwrap() >= 2);
    assert_eq!(v["new_alerts"], json!([]));

    // The audit holds the match with a digest and the result ids, never the name.
    let (s, v) = call(&f.router, "GET", "/audit", Some(&analyst), "").await;
    assert_eq!(s, StatusCode::OK);
    let records = v["records"].as_array().unwrap();
    let m = records.iter().find(|r| r["action"] == "match").unwrap();
    assert_eq!(m["query_digest"].as_str().unwrap().len(), 64);
    assert!(m["result_ids"]
        .as_array()
        .unwrap()
        .contains(&json!("demo:D-001")));
    assert!(!v.to_string().to_lowercase().contains("tariq"));
}

#[tokio::test]
async fn too_many_queries_is_422() {
    let f = fixture_with(
        Config {
            max_queries: 2,
            ..Config::default()
        },
        |_| {},
    );
    let queries: serde_json::Map<String, Value> = (0..3)
        .map(|i| {
            (
                format!("q{i}"),
                json!({"schema": "Person", "properties": {"name": ["A B"]}}),
            )
        })
        .collect();
    let body = json!({"queries": queries}).to_string();
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default",
        Some(&bearer(&f.screener_a)),
        body,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(is_error_body(&v));
}

async fn top_ids(f: &Fixture, key: &str, dataset: &str, name: &str) -> (StatusCode, Vec<String>) {
    let (s, v) = call(
        &f.router,
        "POST",
        &format!("/match/{dataset}"),
        Some(&bearer(key)),
        match_body(name),
    )
    .await;
    let ids = v["responses"]["q1"]["results"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| r["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    (s, ids)
}

#[tokio::test]
async fn a_private_list_is_seen_by_its_agency_and_federal_agencies_only() {
    let f = fixture();
    let name = "Zorawar Qilich Bandukwala";
    let (s, ids) = top_ids(&f, &f.screener_a, "default", name).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ids.first().map(String::as_str), Some("a_private:P-1"));
    let (_, ids) = top_ids(&f, &f.screener_federal, "default", name).await;
    assert_eq!(ids.first().map(String::as_str), Some("a_private:P-1"));
    let (s, ids) = top_ids(&f, &f.screener_b, "default", name).await;
    assert_eq!(s, StatusCode::OK);
    assert!(!ids.contains(&"a_private:P-1".to_string()), "{ids:?}");
    let (s, _) = top_ids(&f, &f.screener_b, "a_private", name).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = call(
        &f.router,
        "GET",
        "/entities/a_private%3AP-1",
        Some(&bearer(&f.screener_b)),
        "",
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, v) = call(
        &f.router,
        "GET",
        "/search/default?q=Zorawar%20Bandukwala",
        Some(&bearer(&f.screener_b)),
        "",
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(!v.to_string().contains("a_private:P-1"));
    let (_, v) = call(&f.router, "GET", "/lists", Some(&bearer(&f.screener_b)), "").await;
    assert_eq!(v["lists"].as_array().unwrap().len(), 1, "{v}");
    let (_, v) = call(
        &f.router,
        "GET",
        "/lists",
        Some(&bearer(&f.screener_federal)),
        "",
    )
    .await;
    assert_eq!(v["lists"].as_array().unwrap().len(), 2, "{v}");
}

#[tokio::test]
async fn entities_are_fetched_by_url_encoded_id_with_their_source() {
    let f = fixture();
    let auth = bearer(&f.screener_a);
    let (s, v) = call(
        &f.router,
        "GET",
        "/entities/demo%3AD-001?nested=true",
        Some(&auth),
        "",
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["id"], "demo:D-001");
    assert_eq!(v["caption"], "Tariq Mehmood Qureshi");
    assert_eq!(v["source"]["format"], "json");
    assert!(v["source"]["text"].as_str().unwrap().contains("D-001"));
    let (s, v) = call(&f.router, "GET", "/entities/demo%3Anope", Some(&auth), "").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(is_error_body(&v));
}

#[tokio::test]
async fn search_answers_in_yente_shape() {
    let f = fixture();
    let (s, v) = call(
        &f.router,
        "GET",
        "/search/demo?q=Zainab%20Afridi&limit=2",
        Some(&bearer(&f.screener_a)),
        "",
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["limit"], 2);
    assert_eq!(v["offset"], 0);
    assert!(v["total"]["value"].is_number() && v["total"]["relation"].is_string());
    assert_eq!(v["results"][0]["id"], "demo:D-003");
}

#[tokio::test]
async fn health_metrics_and_openapi_need_no_key() {
    let f = fixture();
    let (s, v) = call(&f.router, "GET", "/healthz", None, "").await;
    assert_eq!((s, v), (StatusCode::OK, json!({"status": "ok"})));
    let (s, v) = call(&f.router, "GET", "/readyz", None, "").await;
    assert_eq!((s, v), (StatusCode::OK, json!({"status": "ok"})));
    let (s, v) = call(&f.router, "GET", "/openapi.json", None, "").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["openapi"], "3.1.0");
    let (s, v) = call(&f.router, "GET", "/metrics", None, "").await;
    assert_eq!(s, StatusCode::OK);
    let text = v.as_str().unwrap();
    assert!(
        text.contains("nazar_http_requests_total{route=\"/healthz\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(text.contains("nazar_index_entities "));
    let (s, v) = call(&f.router, "GET", "/nowhere", None, "").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(is_error_body(&v));
}

#[tokio::test]
async fn readyz_is_503_when_a_list_is_stale() {
    let f = fixture_with(Config::default(), |s| {
        s.set_setting("max_age_days.demo", "2").unwrap();
        s.set_setting("checked_at.demo", "2020-01-01T00:00:00Z")
            .unwrap();
    });
    let (s, v) = call(&f.router, "GET", "/readyz", None, "").await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    assert!(v["detail"].as_str().unwrap().contains("demo"), "{v}");
    let (s, _) = call(&f.router, "GET", "/healthz", None, "").await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn the_rate_limit_answers_429() {
    let f = fixture_with(
        Config {
            rate_limit_per_minute: 2,
            ..Config::default()
        },
        |_| {},
    );
    let auth = bearer(&f.screener_a);
    for _ in 0..2 {
        assert_eq!(
            call(&f.router, "GET", "/lists", Some(&auth), "").await.0,
            StatusCode::OK
        );
    }
    let (s, v) = call(&f.router, "GET", "/lists", Some(&auth), "").await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert!(is_error_body(&v));
    // Another key has its own bucket.
    let (s, _) = call(&f.router, "GET", "/lists", Some(&bearer(&f.screener_b)), "").await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn an_uploaded_list_swaps_in_and_old_arcs_keep_their_version() {
    let f = fixture();
    let before = f.app.live();
    let list =
        r#"{"id": "N-1", "schema": "Person", "properties": {"name": ["Quillon Vantrebesk"]}}"#;
    let (s, v) = call(
        &f.router,
        "POST",
        "/lists/demo?format=ftm",
        Some(&bearer(&f.admin_a)),
        list,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["report"]["version"], 2);
    let (_, ids) = top_ids(&f, &f.screener_a, "demo", "Quillon Vantrebesk").await;
    assert_eq!(ids.first().map(String::as_str), Some("demo:N-1"));
    // A request that started before the swap still holds the old index.
    assert!(before.index.get("demo:N-1").is_none());
    assert!(before.index.get("demo:D-001").is_some());
    assert!(f.app.live().index.get("demo:D-001").is_none());
}

#[tokio::test]
async fn refused_requests_are_audited_too() {
    let f = fixture();
    call(&f.router, "POST", "/match/default", None, match_body("x")).await;
    call(&f.router, "GET", "/audit", Some(&bearer(&f.screener_a)), "").await;
    let (s, _) = call(
        &f.router,
        "POST",
        "/match/default",
        Some(&bearer(&f.screener_a)),
        "{",
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (_, v) = call(&f.router, "GET", "/audit", Some(&bearer(&f.analyst_a)), "").await;
    let records = v["records"].as_array().unwrap();
    let refused: Vec<&Value> = records
        .iter()
        .filter(|r| r["action"] == "auth.refused")
        .collect();
    // The unauthenticated refusal has no agency, so agency A's analyst sees only its own.
    assert_eq!(refused.len(), 1, "{v}");
    assert_eq!(refused[0]["role"], "screener");
    // A request that failed after authentication leaves a record too.
    assert!(records.iter().any(|r| r["action"] == "match.failed"), "{v}");
}

#[tokio::test]
async fn a_cli_ingest_on_the_same_directory_is_picked_up_by_refresh() {
    let f = fixture();
    assert!(!f.app.refresh().unwrap(), "nothing changed yet");
    // Another process (here another connection) writes a new version, as `nazar ingest` does.
    let mut other = SqliteStore::open(f._dir.path()).unwrap();
    let mut e = Entity::new("demo", "N-2", Schema::Person);
    e.add(prop::NAME, "Ulrika Xanthopoulou");
    let meta = IngestMeta {
        format: "ftm".into(),
        ..IngestMeta::default()
    };
    other.ingest("demo", vec![e], &meta).unwrap();
    assert!(f.app.refresh().unwrap());
    let (_, ids) = top_ids(&f, &f.screener_a, "default", "Ulrika Xanthopoulou").await;
    assert_eq!(ids.first().map(String::as_str), Some("demo:N-2"));
    let demo = f
        .app
        .live()
        .lists
        .iter()
        .find(|l| l.list == "demo")
        .unwrap()
        .version;
    assert_eq!(demo, 2);
}

#[tokio::test]
async fn a_changed_entity_reopens_a_no_match_after_an_update() {
    let f = fixture();
    let body = json!({"queries": {"q": {"schema": "Person", "subject_id": "case-9",
        "properties": {"name": ["Tariq Mehmood Qureshi"], "birthDate": ["1979-04-12"]}}}})
    .to_string();
    let (s, v) = call(
        &f.router,
        "POST",
        "/match/default",
        Some(&bearer(&f.screener_a)),
        body,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let id = v["alerts"][0].as_i64().unwrap();
    let analyst = bearer(&f.analyst_a);
    let (s, _) = call(
        &f.router,
        "POST",
        &format!("/alerts/{id}/decision"),
        Some(&analyst),
        r#"{"decision":"no-match"}"#,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // An update that leaves the entity unchanged raises nothing new ...
    let mut other = SqliteStore::open(f._dir.path()).unwrap();
    let mut entities = other.current_entities(Some("demo")).unwrap();
    let mut extra = Entity::new("demo", "N-3", Schema::Person);
    extra.add(prop::NAME, "Someone Else Entirely");
    entities.push(extra);
    let meta = IngestMeta {
        format: "ftm".into(),
        ..IngestMeta::default()
    };
    other.ingest("demo", entities.clone(), &meta).unwrap();
    assert!(f.app.refresh().unwrap());
    assert_eq!(f.app.rescreen_after_update().unwrap(), 0);
    // ... one that changes it reopens the subject against it.
    let d1 = entities.iter_mut().find(|e| e.id == "demo:D-001").unwrap();
    d1.add(prop::ALIAS, "Tariq Qureshi Sahib");
    other.ingest("demo", entities, &meta).unwrap();
    assert!(f.app.refresh().unwrap());
    assert_eq!(f.app.rescreen_after_update().unwrap(), 1);
    let (_, v) = call(
        &f.router,
        "GET",
        "/alerts?subject_id=case-9&status=open",
        Some(&analyst),
        "",
    )
    .await;
    assert_eq!(v["alerts"].as_array().unwrap().len(), 1, "{v}");
}

#[tokio::test]
async fn an_upload_keeps_a_private_list_private_and_its_owner_in_charge() {
    let f = fixture();
    let list =
        r#"{"id": "P-2", "schema": "Person", "properties": {"name": ["Yevgenia Oblomskaya"]}}"#;
    // A's admin replaces A's private list; it stays private to A.
    let (s, v) = call(
        &f.router,
        "POST",
        "/lists/a_private?format=ftm",
        Some(&bearer(&f.admin_a)),
        list,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, ids) = top_ids(&f, &f.screener_b, "default", "Yevgenia Oblomskaya").await;
    assert!(ids.is_empty(), "{ids:?}");
    let (_, ids) = top_ids(&f, &f.screener_a, "default", "Yevgenia Oblomskaya").await;
    assert_eq!(ids.first().map(String::as_str), Some("a_private:P-2"));
    // A's admin cannot make a list private to B.
    let (s, _) = call(
        &f.router,
        "POST",
        "/lists/other?format=ftm&agency=B",
        Some(&bearer(&f.admin_a)),
        list,
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_purpose_header_reaches_the_audit_record() {
    let f = fixture();
    let req = Request::builder()
        .method("GET")
        .uri("/search/default?q=Zainab")
        .header(header::AUTHORIZATION, bearer(&f.screener_a))
        .header("X-Purpose", "visa application 2291")
        .body(Body::empty())
        .unwrap();
    let resp = f.router.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let (_, v) = call(&f.router, "GET", "/audit", Some(&bearer(&f.analyst_a)), "").await;
    let search = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "search")
        .unwrap()
        .clone();
    assert_eq!(search["purpose"], "visa application 2291");
    assert_eq!(search["agency"], "A");
    assert_eq!(search["role"], "screener");
}

/// A small PAXLST manifest (D05B, the guide's layout): a listed person travelling on the
/// passport the demo list gives them, and a person on no list. Its CNT claims 3.
const MANIFEST: &str = "UNA:+.? '
UNB+UNOA:4+AIR1+DHS+260101:1200+1++APIS'
UNH+1+PAXLST:D:05B:UN:IATA'
BGM+745'
TDT+20+PK785+++PK'
LOC+125+LHE'
DTM+189:2601011200:201'
LOC+87+LHR'
DTM+232:2601011900:201'
NAD+FL+++QURESHI:TARIQ:MEHMOOD'
ATT+2++M'
DTM+329:790412'
NAT+2+PAK'
DOC+P:110:111+AB1234567'
DTM+36:300101'
LOC+91+PAK'
NAD+FL+++UNLISTED:WHOLLY'
ATT+2++F'
DTM+329:850101'
NAT+2+GBR'
CNT+42:3'
UNT+20+1'
UNZ+1+1'
";

#[tokio::test]
async fn screen_paxlst_needs_a_screener_key() {
    let f = fixture();
    let (s, v) = call(&f.router, "POST", "/screen/paxlst", None, MANIFEST).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(is_error_body(&v), "{v}");
    let (s, _) = call(
        &f.router,
        "POST",
        "/screen/paxlst",
        Some("Bearer not-a-key"),
        MANIFEST,
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn screen_paxlst_screens_every_traveller_and_raises_an_alert() {
    let f = fixture();
    let key = bearer(&f.screener_a);
    let (s, v) = call(&f.router, "POST", "/screen/paxlst", Some(&key), MANIFEST).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["manifest"]["version"], "D05B");
    assert_eq!(v["manifest"]["travellers"], 2);
    assert_eq!(v["manifest"]["flights"][0]["flight"], "PK785");
    let travellers = v["travellers"].as_array().unwrap();
    assert_eq!(travellers.len(), 2);
    let first = &travellers[0];
    assert_eq!(first["traveller"]["surname"], "QURESHI");
    assert_eq!(first["traveller"]["date_of_birth"], "1979-04-12");
    assert_eq!(first["subject_id"], "AB1234567");
    let top = &first["results"][0];
    assert_eq!(top["id"], "demo:D-001");
    assert_eq!(top["match"], true);
    assert!(top["explanations"]["name"]["score"].is_number(), "{top}");
    assert!(travellers[1]["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["match"] == false));
    assert_eq!(v["alerts"].as_array().unwrap().len(), 1);
    let warnings = v["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.as_str().unwrap().contains("CNT+42 says 3")),
        "{v}"
    );

    // The same manifest as JSON answers the same; its alert is already open.
    let body = json!({"message": MANIFEST}).to_string();
    let (s, v) = call(&f.router, "POST", "/screen/paxlst", Some(&key), body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["travellers"][0]["results"][0]["id"], "demo:D-001");

    let analyst = bearer(&f.analyst_a);
    let (_, v) = call(&f.router, "GET", "/alerts?status=open", Some(&analyst), "").await;
    let alerts = v["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1, "{v}");
    assert_eq!(alerts[0]["subject_id"], "AB1234567");
    assert_eq!(alerts[0]["entity_id"], "demo:D-001");

    // One audit record per request, with the result ids and never a name.
    let (_, v) = call(&f.router, "GET", "/audit", Some(&analyst), "").await;
    let records: Vec<&Value> = v["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "screen.paxlst")
        .collect();
    assert_eq!(records.len(), 2, "{v}");
    assert_eq!(records[0]["query_digest"].as_str().unwrap().len(), 64);
    assert!(records[0]["result_ids"]
        .as_array()
        .unwrap()
        .contains(&json!("demo:D-001")));
    assert!(!v.to_string().to_lowercase().contains("qureshi"));
}

#[tokio::test]
async fn screen_paxlst_refuses_what_is_not_edifact() {
    let f = fixture();
    let key = bearer(&f.screener_a);
    let (s, v) = call(
        &f.router,
        "POST",
        "/screen/paxlst",
        Some(&key),
        "hello, world",
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(is_error_body(&v) && v["detail"].as_str().unwrap().contains("line 1"));
    let (s, _) = call(&f.router, "POST", "/screen/paxlst", Some(&key), "{\"m\":1}").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let small = fixture_with(
        Config {
            max_travellers: 1,
            ..Config::default()
        },
        |_| {},
    );
    let key = bearer(&small.screener_a);
    let (s, v) = call(
        &small.router,
        "POST",
        "/screen/paxlst",
        Some(&key),
        MANIFEST,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(v["detail"].as_str().unwrap().contains("at most 1"), "{v}");
}

/// A TD3 passport of the demo list's D-001, every check digit valid; the personal number is
/// the CNIC the list gives.
const MRZ: [&str; 2] = [
    "P<PAKQURESHI<<TARIQ<MEHMOOD<<<<<<<<<<<<<<<<<",
    "AB12345671PAK7904129M30010193520276543213<10",
];

#[tokio::test]
async fn screen_mrz_reads_the_document_and_screens_its_holder() {
    let f = fixture();
    let body = json!({"lines": MRZ}).to_string();
    let (s, _) = call(&f.router, "POST", "/screen/mrz", None, body.clone()).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let key = bearer(&f.screener_a);
    let (s, v) = call(&f.router, "POST", "/screen/mrz", Some(&key), body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["document"]["surname"], "QURESHI");
    assert_eq!(v["document"]["date_of_birth"], "1979-04-12");
    assert_eq!(v["document"]["valid"], true);
    assert_eq!(v["subject_id"], "AB1234567");
    assert_eq!(v["results"][0]["id"], "demo:D-001");
    assert_eq!(v["results"][0]["match"], true);
    assert_eq!(v["alerts"].as_array().unwrap().len(), 1);

    let body = json!({"lines": ["P<PAKSHORT"], "subject_id": "case-9"}).to_string();
    let (s, v) = call(&f.router, "POST", "/screen/mrz", Some(&key), body).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    let (s, _) = call(&f.router, "POST", "/screen/mrz", Some(&key), "{}").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    let (_, v) = call(&f.router, "GET", "/audit", Some(&bearer(&f.analyst_a)), "").await;
    let records = v["records"].as_array().unwrap();
    assert!(records.iter().any(|r| r["action"] == "screen.mrz"
        && r["result_ids"]
            .as_array()
            .unwrap()
            .contains(&json!("demo:D-001"))));
    assert!(records.iter().any(|r| r["action"] == "screen.mrz.failed"));
}

#[tokio::test]
async fn screen_paxlst_screens_every_traveller_of_the_gtas_samples() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/paxlst-gtas");
    if !dir.is_dir() {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    }
    let f = fixture();
    let key = bearer(&f.screener_federal);
    for (name, count) in [
        ("Test1.txt", 8),
        ("Test3.txt", 260),
        ("airline2.edi", 10),
        ("apisMessage.txt", 2),
        ("multiple_flight_leg_apis.txt", 2),
    ] {
        let text = std::fs::read(dir.join(name)).unwrap();
        let (s, v) = call(&f.router, "POST", "/screen/paxlst", Some(&key), text).await;
        assert_eq!(s, StatusCode::OK, "{name}: {v}");
        assert_eq!(v["manifest"]["travellers"], count, "{name}");
        let travellers = v["travellers"].as_array().unwrap();
        assert_eq!(travellers.len(), count, "{name}");
        assert!(travellers.iter().all(|t| t["results"].is_array()), "{name}");
    }
}
