#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a clusters CSV against truth read from record ids.

    python3 score.py out.csv --truth-input A.csv --truth-input B.csv [--json]

out.csv has the columns source, record_id, cluster_id (others are ignored), one row
per record, as `nazar resolve` writes it.  A predicted pair is two records of
different sources in the same cluster (with --within, two records of the same
source count too, for deduplication).  A true pair is two such records whose ids
give the same truth key: the groups of --id-regex, by default `rec-(\\d+)(?:-c(\\d+))?`,
so rec-12-c3-org and rec-12-c3-dup-0 (scaled sets) or rec-12-org and
rec-12-dup-0 (raw FEBRL4) are the same person.  An id the regex does not match
is a person of its own.

--truth-input names the engine's input files (column --id-column, default
rec_id; source = the file's base name).  An empty cluster_id is a singleton.  The truth then comes from the inputs,
and a record the output leaves out counts as a singleton, so dropping records
cannot raise the recall.  Without it, truth comes from the records in out.csv.

Standard library only; 1M rows take a few seconds.
"""
import argparse
import csv
import json
import os
import re
import sys


def pairs(counts, within):
    """Pairs among records grouped by source: counts[i] = records of source i."""
    total = sum(counts)
    cross = (total * total - sum(c * c for c in counts)) // 2
    if within:
        return cross + sum(c * (c - 1) // 2 for c in counts)
    return cross


def read_clusters(path):
    """{source base name: {record_id: cluster_id}} and a count of repeated rows."""
    by_source, repeated = {}, 0
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows, None)
        if header is None:
            sys.exit(f"{path}: empty file")
        header = [h.strip() for h in header]
        try:
            i_src, i_rec, i_cl = (header.index(c) for c in ("source", "record_id", "cluster_id"))
        except ValueError:
            sys.exit(f"{path}: needs the columns source, record_id, cluster_id; has {header}")
        for row in rows:
            if not row:
                continue
            recs = by_source.setdefault(os.path.basename(row[i_src]), {})
            rid = row[i_rec]
            if rid in recs:
                repeated += 1
                continue
            recs[rid] = row[i_cl]
    return by_source, repeated


def read_ids(path, column):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = [h.strip() for h in next(rows, [])]
        if column not in header:
            sys.exit(f"{path}: no column {column!r}; has {header}")
        i = header.index(column)
        return [row[i].strip() for row in rows if row]


def score(by_source, universe, id_regex, within):
    """universe: {source: [record ids]}; records missing from by_source are singletons."""
    rx = re.compile(id_regex)
    sources = sorted(universe)
    n_src = len(sources)
    cluster_counts, joint_counts, truth_counts = {}, {}, {}
    missing = unmatched = 0
    for s_idx, source in enumerate(sources):
        assigned = by_source.get(source, {})
        for rid in universe[source]:
            cluster = assigned.get(rid)
            if cluster is None:
                missing += 1
                cluster = ("missing", source, rid)
            elif cluster == "":
                cluster = ("empty", source, rid)
            m = rx.search(rid)
            if m is None:
                unmatched += 1
                key = ("id", source, rid)
            else:
                key = m.groups()
            for table, k in ((cluster_counts, cluster), (joint_counts, (cluster, key)),
                             (truth_counts, key)):
                c = table.get(k)
                if c is None:
                    c = table[k] = [0] * n_src
                c[s_idx] += 1
    predicted = sum(pairs(c, within) for c in cluster_counts.values())
    tp = sum(pairs(c, within) for c in joint_counts.values())
    true = sum(pairs(c, within) for c in truth_counts.values())
    p = tp / predicted if predicted else 0.0
    r = tp / true if true else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sizes = [sum(c) for c in cluster_counts.values()]
    return dict(records=sum(len(v) for v in universe.values()), sources=sources,
                clusters=len(cluster_counts), largest_cluster=max(sizes, default=0),
                records_missing_from_output=missing, ids_not_matching_regex=unmatched,
                predicted_pairs=predicted, true_pairs=true, tp=tp, fp=predicted - tp,
                fn=true - tp, precision=round(p, 6), recall=round(r, 6), f1=round(f1, 6))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("clusters", help="CSV with source, record_id, cluster_id")
    ap.add_argument("--truth-input", action="append", default=[],
                    help="an input file of the run (repeat per input)")
    ap.add_argument("--id-column", default="rec_id")
    ap.add_argument("--id-regex", default=r"rec-(\d+)(?:-c(\d+))?")
    ap.add_argument("--within", action="store_true",
                    help="also count pairs inside one source (deduplication)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    by_source, repeated = read_clusters(args.clusters)
    if args.truth_input:
        universe = {os.path.basename(p): read_ids(p, args.id_column) for p in args.truth_input}
        if len(universe) != len(args.truth_input):
            sys.exit("two --truth-input files share a base name")
        extra = sorted(set(by_source) - set(universe))
        if extra:
            sys.exit(f"{args.clusters}: sources {extra} are not among the inputs {sorted(universe)}")
    else:
        universe = {s: list(recs) for s, recs in by_source.items()}
    res = score(by_source, universe, args.id_regex, args.within)
    res["repeated_rows"] = repeated
    if args.truth_input:
        known = {s: set(ids) for s, ids in universe.items()}
        res["unknown_records_in_output"] = sum(
            1 for s, recs in by_source.items() for rid in recs if rid not in known[s])
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    for k in ("records_missing_from_output", "ids_not_matching_regex", "repeated_rows",
              "unknown_records_in_output"):
        if res.get(k):
            print(f"warning: {k} = {res[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
