#!/usr/bin/env python3
"""Print the markdown table of one side-by-side run made by run.sh.

    python3 table.py RUN_DIR

RUN_DIR/k<K>/ holds, per engine (nazar, splink): <engine>.meta.json (set-up, load,
exit code), <engine>.time (/usr/bin/time -v), and the scores: nazar.score.json
(score.py) or splink.json (splink_bench.py's result file).  Standard library only.
"""
import glob
import json
import os
import re
import sys


def time_v(path):
    """Wall s, user+sys CPU s and peak RSS GB from a /usr/bin/time -v report."""
    try:
        s = open(path).read()
    except OSError:
        return None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", s)
    u = re.search(r"User time \(seconds\): ([\d.]+)", s)
    sy = re.search(r"System time \(seconds\): ([\d.]+)", s)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", s)
    if not (m and u and sy and rss):
        return None
    wall = sum(float(v) * 60 ** i for i, v in enumerate(reversed(m.group(1).split(":"))))
    return wall, float(u.group(1)) + float(sy.group(1)), int(rss.group(1)) / 1024 ** 2


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def data_label(k):
    if k == 1:
        return "FEBRL4 5k × 5k"
    n = 10000 * k
    size = f"{n // 1000000}M" if n % 1000000 == 0 else f"{n // 1000}k"
    return f"{size} records (scale {k})"


def row(run, k, engine):
    d = os.path.join(run, f"k{k}")
    meta = load_json(os.path.join(d, f"{engine}.meta.json"))
    if meta is None:
        return None
    if engine == "nazar":
        label = "nazar resolve (clusters)"
    else:
        label = f"Splink {meta.get('version', '')} (rules {meta['rules']}, {meta['model']} model; pairs p ≥ 0.5)"
    cells = [label, data_label(k)]
    tv = time_v(os.path.join(d, f"{engine}.time"))
    if engine == "nazar":
        sc = load_json(os.path.join(d, "nazar.score.json"))
        prf = (sc["precision"], sc["recall"], sc["f1"]) if sc else None
    else:
        sj = load_json(os.path.join(d, "splink.json"))
        if sj:
            e = next(e for e in sj["pairwise"] if e["threshold"] == 0.5)
            prf = (e["precision"], e["recall"], e["f1"])
        else:
            prf = None
    if meta.get("rc", 0) != 0 or tv is None or prf is None:
        note = meta.get("note") or f"failed (exit {meta.get('rc')}), see {d}/{engine}.err"
        cells += [note, "", "", "", "", ""]
    else:
        wall, cpu, rss = tv
        cells += [f"{wall:.1f}", f"{cpu:.1f}", f"{rss:.2f}"] + [f"{x:.4f}" for x in prf]
    cells.append(meta.get("load", ""))
    return "| " + " | ".join(cells) + " |"


def footnotes(run, k):
    sj = load_json(os.path.join(run, f"k{k}", "splink.json"))
    if not sj:
        return []
    out = []
    cc, c1 = sj.get("cluster_cc_p0.9"), sj.get("cluster_1to1_p0.5")
    parts = []
    if isinstance(cc, dict):
        parts.append(f"connected components at p ≥ 0.9: P/R/F1 {cc['precision']:.4f}/"
                     f"{cc['recall']:.4f}/{cc['f1']:.4f}")
    if isinstance(c1, dict):
        parts.append(f"one-to-one clusters at p ≥ 0.5: {c1['precision']:.4f}/"
                     f"{c1['recall']:.4f}/{c1['f1']:.4f}")
    if parts:
        out.append(f"- Splink at {data_label(k)}, cluster-implied pairs: " + "; ".join(parts) + ".")
    return out


def main():
    run = sys.argv[1]
    ks = sorted(int(os.path.basename(p)[1:]) for p in glob.glob(os.path.join(run, "k*"))
                if os.path.basename(p)[1:].isdigit())
    print("| engine | data | wall s | CPU s | peak RSS GB | P | R | F1 | load before |")
    print("|---|---|---|---|---|---|---|---|---|")
    notes = []
    for k in ks:
        for engine in ("nazar", "splink"):
            r = row(run, k, engine)
            if r:
                print(r)
        notes += footnotes(run, k)
    if notes:
        print()
        print("\n".join(notes))


if __name__ == "__main__":
    main()
