//! The diagnostics report: one self-contained HTML page (inline CSS and SVG, no script, no
//! network) with the match-weight histogram, m and u of every comparison level, the cluster
//! sizes and the pairs closest to the threshold, each with its waterfall.

use std::fmt::Write;

use crate::compare::level_of;
use crate::model::probability;
use crate::run::{HIST_BINS, HIST_MIN};
use crate::Resolution;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A bar chart: `bars` are (label, value); heights on a log scale when `log`.
fn bar_chart(bars: &[(String, f64)], log: bool, marker: Option<usize>, title: &str) -> String {
    let (w, h, pad) = (900.0, 260.0, 40.0);
    let n = bars.len().max(1) as f64;
    let bw = (w - 2.0 * pad) / n;
    let scale = |v: f64| if log { (1.0 + v).log10() } else { v };
    let max = bars
        .iter()
        .map(|b| scale(b.1))
        .fold(0.0, f64::max)
        .max(1e-9);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = esc(title)
    );
    let _ = write!(
        s,
        r##"<line x1="{pad}" y1="{y}" x2="{x2}" y2="{y}" stroke="#888"/>"##,
        y = h - pad,
        x2 = w - pad
    );
    let every = (bars.len() / 15).max(1);
    for (i, (label, v)) in bars.iter().enumerate() {
        let bh = (h - 2.0 * pad) * scale(*v) / max;
        let x = pad + i as f64 * bw;
        let _ = write!(
            s,
            r##"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{bh:.1}" fill="#4a78b5"><title>{l}: {v}</title></rect>"##,
            y = h - pad - bh,
            bw = (bw - 1.0).max(1.0),
            l = esc(label)
        );
        if i % every == 0 {
            let _ = write!(
                s,
                r##"<text x="{x:.1}" y="{y}" font-size="10" fill="#333">{l}</text>"##,
                y = h - pad + 14.0,
                l = esc(label)
            );
        }
    }
    if let Some(m) = marker {
        let x = pad + m as f64 * bw;
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" y1="{pad}" x2="{x:.1}" y2="{y}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="{tx:.1}" y="{ty}" font-size="11" fill="#c0392b">threshold</text>"##,
            y = h - pad,
            tx = x + 3.0,
            ty = pad + 10.0
        );
    }
    if log {
        let _ = write!(
            s,
            r##"<text x="{pad}" y="14" font-size="11" fill="#555">log scale</text>"##
        );
    }
    s.push_str("</svg>");
    s
}

/// Horizontal bars of bits (log2 m/u) per level, positive right, negative left.
fn bits_chart(rows: &[(String, f32)]) -> String {
    let (w, row_h, label_w) = (560.0, 18.0, 240.0);
    let h = row_h * rows.len() as f64 + 6.0;
    let max = rows.iter().map(|r| r.1.abs() as f64).fold(1.0, f64::max);
    let mid = label_w + (w - label_w) / 2.0;
    let half = (w - label_w) / 2.0 - 30.0;
    let mut s = format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">"#);
    let _ = write!(
        s,
        r##"<line x1="{mid}" y1="0" x2="{mid}" y2="{h}" stroke="#888"/>"##
    );
    for (i, (label, bits)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 3.0;
        let len = half * (*bits as f64).abs() / max;
        let (x, color) = if *bits >= 0.0 {
            (mid, "#2e8b57")
        } else {
            (mid - len, "#c0392b")
        };
        let _ = write!(
            s,
            r##"<text x="0" y="{ty:.1}" font-size="11">{l}</text><rect x="{x:.1}" y="{y:.1}" width="{len:.1}" height="{bh:.1}" fill="{color}"/><text x="{vx:.1}" y="{ty:.1}" font-size="10">{bits:+.2}</text>"##,
            ty = y + 12.0,
            l = esc(label),
            bh = row_h - 5.0,
            vx = if *bits >= 0.0 {
                mid + len + 3.0
            } else {
                mid - len - 36.0
            },
        );
    }
    s.push_str("</svg>");
    s
}

/// Renders the report.
pub fn render(res: &Resolution) -> String {
    let d = &res.data;
    let s = &res.stats;
    let mut h = String::new();
    h.push_str(r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>nazar resolve report</title><style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
th{background:#f3f3f3}h2{margin-top:2em;border-bottom:1px solid #ddd}.num{text-align:right}
.comp{display:inline-block;vertical-align:top;margin:0 2em 1em 0}
</style></head><body><h1>nazar resolve: diagnostics</h1>"#);

    // Summary.
    let _ = write!(
        h,
        "<h2>Summary</h2><table><tr><th>records</th><td class=num>{}</td></tr><tr><th>inputs</th><td>{}</td></tr><tr><th>candidate pairs</th><td class=num>{}</td></tr><tr><th>prior P(match) of two random records</th><td>{:.3e} ({:+.2} bits)</td></tr><tr><th>EM</th><td>{:.4} of {} pairs are matches, {} iterations; m from {:?}</td></tr><tr><th>u sampled from</th><td>{} random pairs (exact agreement counted over all pairs)</td></tr><tr><th>threshold</th><td>match weight {:+.2} (probability {:.3})</td></tr><tr><th>clusters</th><td class=num>{} ({} links accepted, {} refused by guards)</td></tr>",
        s.records,
        d.sources.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", "),
        s.candidates,
        res.model.prior,
        res.model.prior_bits(),
        res.model.em_lambda,
        s.em_pairs,
        res.model.em_iterations,
        res.model.m_source,
        res.model.u_pairs,
        res.threshold_weight,
        probability(res.threshold_weight),
        res.clusters.sizes.len(),
        res.clusters.accepted,
        res.clusters.refused,
    );
    if s.partitions > 0 {
        let _ = write!(
            h,
            "<tr><th>memory bound</th><td>{} partitions per rule, {:.1} MB spilled to disk</td></tr>",
            s.partitions,
            s.spilled_bytes as f64 / 1e6
        );
    }
    let t: Vec<String> = s
        .timings
        .iter()
        .map(|(n, t)| format!("{n} {t:.2}"))
        .collect();
    let _ = write!(
        h,
        "<tr><th>seconds</th><td>{}</td></tr></table>",
        t.join(", ")
    );
    h.push_str("<table><tr><th>blocking rule</th><th>new candidate pairs</th></tr>");
    for (r, n) in res.rules.iter().zip(&s.pairs_per_rule) {
        let _ = write!(h, "<tr><td>{}</td><td class=num>{n}</td></tr>", esc(r));
    }
    h.push_str("</table>");

    // Histogram.
    let bars: Vec<(String, f64)> = res
        .weight_histogram
        .iter()
        .enumerate()
        .map(|(i, &c)| (format!("{}", HIST_MIN + i as i32), c as f64))
        .collect();
    let first = bars.iter().position(|b| b.1 > 0.0).unwrap_or(0);
    let last = bars
        .iter()
        .rposition(|b| b.1 > 0.0)
        .unwrap_or(HIST_BINS - 1);
    let marker_bin = ((res.threshold_weight.floor() as i32 - HIST_MIN).max(0) as usize)
        .clamp(first, last.max(first));
    h.push_str("<h2>Match weights of candidate pairs</h2><p>Bins of one bit (log2 odds); the dashed line is the threshold.</p>");
    h.push_str(&bar_chart(
        &bars[first..=last.max(first)],
        true,
        Some(marker_bin - first),
        "match weight histogram",
    ));

    // m and u.
    h.push_str("<h2>m and u per comparison level</h2><p>m: share of matches at the level (EM or labels); u: share of random pairs. Bars: log2(m/u), the level's contribution to the match weight.</p>");
    for (i, c) in res.comparators.iter().enumerate() {
        let _ = write!(
            h,
            "<div class=comp><h3>{} ({:?}{})</h3><table><tr><th>level</th><th>m</th><th>u</th><th>bits</th></tr>",
            esc(&c.name),
            c.kind,
            if c.tf { ", TF-adjusted" } else { "" }
        );
        let mut rows = Vec::new();
        for l in (1..c.n_levels()).rev() {
            let _ = write!(
                h,
                "<tr><td>{}</td><td class=num>{:.5}</td><td class=num>{:.2e}</td><td class=num>{:+.2}</td></tr>",
                esc(&c.levels[l]),
                res.model.m[i][l],
                res.model.u[i][l],
                res.model.bits[i][l]
            );
            rows.push((c.levels[l].clone(), res.model.bits[i][l]));
        }
        h.push_str("</table>");
        h.push_str(&bits_chart(&rows));
        h.push_str("</div>");
    }

    // Cluster sizes.
    let max_size = res.clusters.sizes.iter().copied().max().unwrap_or(1) as usize;
    let cap = max_size.min(20);
    let mut counts = vec![0u64; cap + 1];
    for &n in &res.clusters.sizes {
        counts[(n as usize).min(cap)] += 1;
    }
    let bars: Vec<(String, f64)> = (1..=cap)
        .map(|n| {
            let label = if n == cap && max_size > cap {
                format!("{n}+")
            } else {
                n.to_string()
            };
            (label, counts[n] as f64)
        })
        .collect();
    h.push_str("<h2>Cluster sizes</h2>");
    h.push_str(&bar_chart(&bars, true, None, "cluster sizes"));
    h.push_str("<table><tr><th>size</th><th>clusters</th></tr>");
    for (l, v) in &bars {
        let _ = write!(h, "<tr><td>{l}</td><td class=num>{v}</td></tr>");
    }
    h.push_str("</table>");

    // Pairs around the threshold.
    let mut near: Vec<&crate::cluster::Link> = res.links.iter().collect();
    near.sort_by(|a, b| {
        (a.weight - res.threshold_weight)
            .abs()
            .total_cmp(&(b.weight - res.threshold_weight).abs())
    });
    near.truncate(40);
    near.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    h.push_str("<h2>Pairs around the threshold</h2><p>The 40 scored pairs closest to the threshold, with each comparison's level and bits (TF included).</p><table><tr><th>left</th><th>right</th><th>weight</th><th>probability</th><th>linked</th>");
    for c in &res.comparators {
        let _ = write!(h, "<th>{}</th>", esc(&c.name));
    }
    h.push_str("</tr>");
    for l in near {
        let linked = res.clusters.of[l.x as usize] == res.clusters.of[l.y as usize];
        let _ = write!(
            h,
            "<tr><td>{}:{}</td><td>{}:{}</td><td class=num>{:+.2}</td><td class=num>{:.4}</td><td>{}</td>",
            esc(&d.sources[d.source(l.x) as usize]),
            esc(d.record_id(l.x)),
            esc(&d.sources[d.source(l.y) as usize]),
            esc(d.record_id(l.y)),
            l.weight,
            probability(l.weight),
            if linked { "yes" } else { "no" }
        );
        for (i, c) in res.comparators.iter().enumerate() {
            let lv = level_of(l.pattern, i);
            let mut bits = res.model.bits[i][lv as usize];
            if lv == c.exact_level() {
                if let Some(t) = &res.model.tf[i] {
                    bits += t[d.cell(l.x, c.prop) as usize];
                }
            }
            let _ = write!(
                h,
                "<td title=\"{} | {}\">{} {:+.1}</td>",
                esc(d.value(l.x, c.prop).unwrap_or("∅")),
                esc(d.value(l.y, c.prop).unwrap_or("∅")),
                esc(&c.levels[lv as usize]),
                bits
            );
        }
        h.push_str("</tr>");
    }
    h.push_str("</table></body></html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_and_escaped() {
        let svg = bar_chart(
            &[("a<b".into(), 3.0), ("c".into(), 0.0)],
            true,
            Some(0),
            "t",
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("a&lt;b"));
        let b = bits_chart(&[("exact".into(), 7.5), ("else".into(), -3.0)]);
        assert!(b.contains("+7.50") && b.contains("-3.00"));
    }
}
