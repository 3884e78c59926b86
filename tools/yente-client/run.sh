#!/usr/bin/env bash
# Runs OpenSanctions' own client SDK (PyPI yente-client) against a real `nazar serve`:
# healthz, readyz, match, search, fetch, and a refused key. Used by .ci/run.
#
#   tools/yente-client/run.sh [NAZAR_BINARY]
#
# Installing the client needs the PyPI registry; when pip cannot install it, the check is
# skipped with a warning (exit 0). A failing check exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-target/debug/nazar}"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! python3 -m venv "$work/venv" >/dev/null 2>&1 \
  || ! "$work/venv/bin/pip" install --quiet --disable-pip-version-check yente-client >/dev/null 2>&1; then
  echo "warning: yente-client could not be installed from PyPI; client check skipped" >&2
  exit 0
fi

data="$work/data"
"$bin" --data "$data" ingest --list demo examples/demo/watchlist.jsonl >/dev/null
"$bin" --data "$data" keys create --agency ci --role screener 2>/dev/null | tail -n 1 > "$work/token"
"$bin" --data "$data" serve --addr 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
addr=""
for _ in $(seq 1 100); do
  addr="$(head -n 1 "$work/serve.out" 2>/dev/null | grep -oE '127\.0\.0\.1:[0-9]+' || true)"
  [ -n "$addr" ] && break
  sleep 0.1
done
if [ -z "$addr" ]; then
  echo "error: nazar serve did not report its address" >&2
  cat "$work/serve.err" >&2
  exit 1
fi
"$work/venv/bin/python" tools/yente-client/check.py "http://$addr" "$work/token"
