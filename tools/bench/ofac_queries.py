#!/usr/bin/env python3
"""Writes screening queries (yente /match shape, JSON lines) from an OFAC sdn.csv.

Each individual's primary name becomes one query, rewritten as "Given SURNAME" with the
remarks' first date of birth when there is one, so that the batch exercises the same path as
real traffic: tokenising, candidate retrieval and scoring of a name that is listed.

usage: ofac_queries.py SDN_CSV OUT_JSONL
"""
import csv
import json
import re
import sys

src, out = sys.argv[1], sys.argv[2]
months = {m: i + 1 for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
n = 0
with open(src, newline="", encoding="latin-1") as f, open(out, "w") as o:
    for row in csv.reader(f):
        if len(row) < 12 or row[2].strip() != "individual":
            continue
        name = row[1]
        if "," in name:
            last, first = name.split(",", 1)
            name = f"{first.strip()} {last.strip()}"
        props = {"name": [name]}
        m = re.search(r"DOB (\d{1,2}) (\w{3}) (\d{4})", row[11])
        if m and m.group(2) in months:
            props["birthDate"] = [f"{m.group(3)}-{months[m.group(2)]:02d}-{int(m.group(1)):02d}"]
        o.write(json.dumps({"id": row[0], "schema": "Person", "properties": props}) + "\n")
        n += 1
print(f"wrote {n} queries to {out}", file=sys.stderr)
