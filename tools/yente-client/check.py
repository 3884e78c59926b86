"""OpenSanctions' own client SDK against a running nazar: healthz, readyz, match, search, fetch.

    tools/yente-client/run.sh target/release/nazar   # all of the below, as CI runs it

    python3 -m venv /tmp/yc && /tmp/yc/bin/pip install yente-client
    nazar ingest --list demo examples/demo/watchlist.jsonl
    nazar keys create --agency A --role screener | tail -1 > /tmp/token
    nazar serve --addr 127.0.0.1:8765 &
    /tmp/yc/bin/python tools/yente-client/check.py http://127.0.0.1:8765 /tmp/token

Exits non-zero on the first failure. Needs the demo list (examples/demo/watchlist.jsonl).
"""

import sys

from yente_client import Client
from yente_client.entities import Person
from yente_client.exceptions import AuthenticationError, NotFoundError

base, token_file = sys.argv[1], sys.argv[2]
token = open(token_file).read().strip()

with Client(api_key=token, base_url=base) as c:
    assert c.healthz().status == "ok"
    assert c.readyz().status == "ok"
    m = c.match(Person(name=["Tariq Mahmood Qureshi"], birthDate=["1979-04-12"]), limit=3)
    assert m.results[0].id == "demo:D-001" and m.results[0].match, m
    assert m.results[0].explanations["name"].score > 0
    print("match", [(r.id, r.caption, r.score, r.match) for r in m.results])
    m = c.match(Person(name=["Tariq Qureshi"]), datasets=["demo"], exclude_entities=["demo:D-001"])
    assert all(r.id != "demo:D-001" for r in m.results)
    s = c.search("Zainab Afridi", limit=2)
    assert s.results[0].id == "demo:D-003", s
    print("search", s.total, [(r.id, r.caption) for r in s.results])
    e = c.fetch("demo:D-001")
    assert e.caption == "Tariq Mehmood Qureshi", e
    print("fetch", e.id, e.caption)
    try:
        c.fetch("demo:nope")
        raise SystemExit("fetch of a missing entity did not fail")
    except NotFoundError:
        pass

with Client(api_key="not-a-key", base_url=base) as c:
    try:
        c.search("x")
        raise SystemExit("a wrong key was accepted")
    except AuthenticationError:
        pass

print("yente-client: ok")
