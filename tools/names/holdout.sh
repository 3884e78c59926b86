#!/bin/sh
# A held-out check of the name tables: sets one name pair in ten of the transliteration files
# aside, derives the tables from the rest into a copy of the source tree, builds the
# `translit_holdout` example there against those tables and runs it on the lines set aside.
# The committed tables and this checkout are left alone.
#
#   tools/names/holdout.sh [--misses N]
#
# Work folder: $NAZAR_HOLDOUT_DIR (default /tmp/nazar-holdout; its own cargo target, ~1 GB).
# A rigour wheel can be given as $RIGOUR_WHEEL; otherwise derive.py fetches it with pip.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${NAZAR_HOLDOUT_DIR:-/tmp/nazar-holdout}
rm -rf "$work/src" "$work/held"
mkdir -p "$work/src"
tar -C "$repo" --exclude=./target --exclude=./.git -cf - . | tar -C "$work/src" -xf -

if [ -n "${RIGOUR_WHEEL:-}" ]; then
    python3 "$repo/tools/names/derive.py" --rigour-wheel "$RIGOUR_WHEEL" --holdout 10 \
        --holdout-out "$work/held" --out "$work/src/crates/core/data" | grep '^held out'
else
    python3 "$repo/tools/names/derive.py" --holdout 10 --holdout-out "$work/held" \
        --out "$work/src/crates/core/data" | grep '^held out'
fi
cd "$work/src"
CARGO_TARGET_DIR="$work/target" cargo run --quiet --release -p nazar-eval \
    --example translit_holdout -- "$work/held" "$@"
