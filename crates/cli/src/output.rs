//! How screening results are shown: one JSON object per result, or a readable table.

use nazar_core::index::Hit;
use nazar_core::{Query, ScreenOptions};
use serde_json::{json, Value};

/// Rounds for display; scores and bits carry no meaning past three decimals.
fn r3(x: f32) -> f64 {
    (x as f64 * 1000.0).round() / 1000.0
}

/// A result as JSON: `{"id","caption","schema","datasets","score","match","explanation":[...]}`.
/// The explanation lists every feature with its contribution in bits; the name feature
/// carries which query part agreed with which listed part, how, and how common it is.
pub fn result_json(h: &Hit) -> Value {
    let ex = &h.comparison.explanation;
    let features: Vec<Value> = ex
        .features
        .iter()
        .map(|f| {
            let mut v = json!({
                "feature": f.feature,
                "bits": r3(f.bits),
                "detail": f.detail,
                "query": f.query,
                "candidate": f.candidate,
            });
            if f.feature == "name" {
                if let Some(n) = &ex.name {
                    v["candidate_name_kind"] = json!(n.candidate_kind);
                    v["full_match"] = json!(n.full_match);
                    v["parts"] = n
                        .matched
                        .iter()
                        .map(|m| {
                            json!({
                                "query": m.query,
                                "candidate": m.candidate,
                                "how": m.kind,
                                "similarity": r3(m.similarity),
                                "bits": r3(m.bits),
                                "frequency": m.frequency,
                            })
                        })
                        .collect();
                    v["unmatched"] = n
                        .unmatched
                        .iter()
                        .map(|u| json!({"part": u.part, "side": u.side, "role": u.role, "bits": r3(u.bits)}))
                        .collect();
                }
            }
            v
        })
        .collect();
    json!({
        "id": h.entity.id,
        "caption": h.entity.caption(),
        "schema": h.entity.schema.as_str(),
        "datasets": h.entity.datasets,
        "score": r3(h.score),
        "match": h.is_match,
        "bits": r3(ex.bits),
        "explanation": features,
    })
}

/// A readable table of results, each followed by its reasons.
pub fn print_table(query: &Query, hits: &[Hit], opts: &ScreenOptions) {
    let mut described: Vec<String> = query.names.clone();
    described.extend(query.identifiers.iter().map(|(p, v)| format!("{p} {v}")));
    println!("query: {}", described.join(" | "));
    if hits.is_empty() {
        println!("no result above {:.2}", opts.cutoff);
        return;
    }
    println!(
        "{:<3} {:<6} {:<5} {:<22} {:<12} caption",
        "#", "score", "match", "id", "schema"
    );
    for (i, h) in hits.iter().enumerate() {
        println!(
            "{:<3} {:<6.3} {:<5} {:<22} {:<12} {}",
            i + 1,
            h.score,
            if h.is_match { "YES" } else { "no" },
            h.entity.id,
            h.entity.schema.as_str(),
            h.entity.caption()
        );
        for f in &h.comparison.explanation.features {
            println!(
                "      {:>+6.1} bits  {:<11} {}{}",
                f.bits,
                f.feature,
                f.detail,
                match (&f.query, &f.candidate) {
                    (Some(q), Some(c)) if f.feature != "name" => format!(" ({q} / {c})"),
                    (Some(_), Some(c)) => format!(" [listed as {c:?}]"),
                    _ => String::new(),
                }
            );
        }
        if let Some(n) = &h.comparison.explanation.name {
            for u in &n.unmatched {
                let what = match (u.side, u.role) {
                    ("both", _) => u.part.clone(),
                    (side, nazar_core::names::Role::Relative) => {
                        format!(
                            "{side} father's name part {:?} absent on the other side",
                            u.part
                        )
                    }
                    (side, _) => format!("{side} part {:?} has no counterpart", u.part),
                };
                println!("      {:>+6.1} bits  {:<11} {what}", u.bits, "");
            }
        }
    }
}
