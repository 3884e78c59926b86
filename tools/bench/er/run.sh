#!/usr/bin/env bash
# Side by side: `nazar resolve` and Splink 5 on DuckDB on the FEBRL4-derived link sets,
# same data, same machine, one run.  Usage (from anywhere):
#
#   tools/bench/er/run.sh [SCALE[:RULES:MODEL] ...]      default: 1 20 100
#
# SCALE K = make_data.py --scale K (5000*K records per side; 1 = FEBRL4 itself).
# Splink's set-up per scale unless given: 1 -> rules A, full model; up to 20 -> B, full;
# above 20 -> B, Splink's demo model (the full model's address TF collapses at 1M: F1 0.61).
#
# Environment: ER_DIR (working dir, default <repo>/../er), HARNESS (default
# <repo>/../shared/bench/er), NAZAR (binary, default target/release/nazar, built with
# `cargo build --release -p nazar-cli` if missing), CONFIG (default
# examples/febrl/link.toml), ENGINES (default "nazar splink"), NAZAR_REV (a commit: build
# nazar from a clean `git archive` of it in $ER_DIR/nazar-<rev>, target dir $ER_DIR/target,
# and run it there, so a dirty working tree does not leak into the figures).
# Results: $ER_DIR/side_by_side/<UTC time>/ (logs, outputs, table.md); the table is printed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
ER=${ER_DIR:-$(dirname "$ROOT")/er}
HARNESS=${HARNESS:-$(dirname "$ROOT")/shared/bench/er}
NAZAR=${NAZAR:-$ROOT/target/release/nazar}
CONFIG=${CONFIG:-examples/febrl/link.toml}
ENGINES=${ENGINES:-nazar splink}
[ $# -gt 0 ] || set -- 1 20 100

say() { echo "[$(date -u +%T)] $*" >&2; }
has() { case " $ENGINES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# ---- the working dir: harness copy, venv, data, CSV exports (whatever exists is kept)
mkdir -p "$ER/data"
if [ -d "$HARNESS" ]; then
  for f in "$HARNESS"/*; do
    [ -f "$f" ] && [ ! -e "$ER/$(basename "$f")" ] && cp "$f" "$ER/"
  done
fi
[ -f "$ER/splink_bench.py" ] && [ -f "$ER/make_data.py" ] ||
  { echo "no harness in $ER and none to copy from $HARNESS" >&2; exit 2; }
if [ ! -x "$ER/venv/bin/python" ]; then
  say "creating $ER/venv (splink, recordlinkage)"
  python3 -m venv "$ER/venv"
  "$ER/venv/bin/pip" install -q splink recordlinkage
fi
SCALES=()
for arg in "$@"; do
  k=${arg%%:*}
  [[ "$k" =~ ^[0-9]+$ ]] || { echo "bad scale: $arg" >&2; exit 2; }
  SCALES+=("$k")
  if [ ! -f "$ER/data/febrl4_k${k}_a.parquet" ] || [ ! -f "$ER/data/febrl4_k${k}_b.parquet" ]; then
    say "make_data.py --scale $k"
    (cd "$ER" && venv/bin/python make_data.py --scale "$k" >&2)
  fi
done
"$ER/venv/bin/python" "$HERE/export_csv.py" --data "$ER/data" --raw --scale "${SCALES[@]}" >&2

# ---- the nazar binary
NAZAR_OK=0
NAZAR_DIR=$ROOT
dirty=$(git -C "$ROOT" status --porcelain -- crates 2>/dev/null | wc -l)
NAZAR_AT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') (working tree, $dirty uncommitted paths under crates/)"
if has nazar && [ -n "${NAZAR_REV:-}" ]; then
  rev=$(git -C "$ROOT" rev-parse --short "$NAZAR_REV")
  NAZAR_DIR="$ER/nazar-$rev"
  if [ ! -f "$NAZAR_DIR/Cargo.toml" ]; then
    mkdir -p "$NAZAR_DIR"
    git -C "$ROOT" archive "$rev" | tar -x -C "$NAZAR_DIR"
  fi
  say "building nazar $rev in $NAZAR_DIR"
  (cd "$NAZAR_DIR" && CARGO_TARGET_DIR="$ER/target" cargo build --release -p nazar-cli >&2) || true
  NAZAR="$ER/target/release/nazar"
  NAZAR_AT="$rev (clean build of the commit)"
elif has nazar; then
  if ! "$NAZAR" resolve --help >/dev/null 2>&1 && [ "$NAZAR" = "$ROOT/target/release/nazar" ]; then
    say "building $NAZAR"
    (cd "$ROOT" && cargo build --release -p nazar-cli >&2) || true
  fi
fi
if has nazar; then
  if "$NAZAR" resolve --help >/dev/null 2>&1; then NAZAR_OK=1; else say "no '$NAZAR resolve': nazar rows skipped"; fi
fi

RUN="$ER/side_by_side/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "nazar: $NAZAR_AT, $NAZAR"
  echo "command: tools/bench/er/run.sh $*"
} > "$RUN/header.txt"

meta() { # engine dir rc load [key value ...]
  local f="$2/$1.meta.json" rc=$3 load=$4
  shift 4
  printf '{"rc": %s, "load": "%s"' "$rc" "$load" > "$f"
  while [ $# -ge 2 ]; do printf ', "%s": "%s"' "$1" "$2" >> "$f"; shift 2; done
  echo "}" >> "$f"
}

for arg in "$@"; do
  k=${arg%%:*}
  if [[ "$arg" == *:*:* ]]; then
    IFS=: read -r _ rules model <<< "$arg"
  elif [ "$k" -eq 1 ]; then rules=A model=full
  elif [ "$k" -le 20 ]; then rules=B model=full
  else rules=B model=demo
  fi
  D="$RUN/k$k"
  mkdir -p "$D"
  A="$ER/data/febrl4_k${k}_a.csv"
  B="$ER/data/febrl4_k${k}_b.csv"

  if has nazar; then
    if [ "$NAZAR_OK" = 1 ]; then
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      say "scale $k: nazar resolve (load $load)"
      rc=0
      (cd "$NAZAR_DIR" && /usr/bin/time -v -o "$D/nazar.time" "$NAZAR" resolve --config "$CONFIG" \
        --input "$A" --input "$B" --output "$D/nazar_out.csv" > "$D/nazar.out" 2> "$D/nazar.err") || rc=$?
      if [ "$rc" = 0 ]; then
        python3 "$HERE/score.py" "$D/nazar_out.csv" --truth-input "$A" --truth-input "$B" \
          --json > "$D/nazar.score.json" || rc=$?
      fi
      meta nazar "$D" "$rc" "$load"
    else
      meta nazar "$D" 1 "" note "not run: no nazar resolve"
    fi
  fi

  if has splink; then
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    say "scale $k: Splink rules $rules, $model model (load $load)"
    result="$ER/results/splink_k${k}_${rules}_${model}.json"
    touch "$D/splink.start"
    rc=0
    (cd "$ER" && /usr/bin/time -v -o "$D/splink.time" venv/bin/python splink_bench.py \
      --scale "$k" --rules "$rules" --model "$model" > "$D/splink.out" 2> "$D/splink.err") || rc=$?
    if [ "$rc" = 0 ] && [ "$result" -nt "$D/splink.start" ]; then cp "$result" "$D/splink.json"; fi
    version=$("$ER/venv/bin/python" -c 'import splink; print(splink.__version__)' 2>/dev/null || echo '?')
    meta splink "$D" "$rc" "$load" rules "$rules" model "$model" version "$version"
  fi
done

{
  cat "$RUN/header.txt"
  echo
  python3 "$HERE/table.py" "$RUN"
} > "$RUN/table.md"
cat "$RUN/table.md"
say "logs and outputs in $RUN"
