#!/usr/bin/env python3
"""Derive nazar's compact name tables (crates/core/data/*.tsv) from open transliteration data.

Reads, never copies:
  * google/transliteration ar2en-train.txt (Apache-2.0): `arabic<TAB>latin`
  * steveash/NETransliteration-COLING2018 data/wd_{arabic,russian,chinese}_80 (CC0-1.0):
    `latin<TAB>space-separated letters<TAB>count`
  * the person-name corpus bundled (zstd-compressed) inside the PyPI wheel of `rigour`
    (code MIT, data from Wikidata CC0): lines `form, form, ... => Q123`

Writes (see tools/names/README.md for the formats):
  ar_latin.tsv, ru_latin.tsv, zh_latin.tsv, name_groups.tsv, name_freq.tsv

Run from anywhere with Python >= 3.11 and nothing but the standard library plus either the
`zstandard` module or the `zstd` command-line tool:

    python3 tools/names/derive.py                       # downloads rigour==2.6.1 with pip
    python3 tools/names/derive.py --rigour-wheel /tmp/rigour-2.6.1-....whl

The output is deterministic: the same inputs give byte-identical tables.

Tokenisation mirrors `crates/core/src/text.rs::tokens` (NFKC, Arabic-script folding, Latin
diacritic removal, Cyrillic lower-casing); keep the two in step. One deliberate difference:
a combining mark that survives NFKC (e.g. the U+0307 of a lower-cased Turkish "i̇") is dropped
here, where the Rust code currently splits the token at it.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TRANSLIT = REPO.parent / "shared" / "data" / "transliteration"
DEFAULT_UN_XML = REPO.parent / "shared" / "data" / "un-consolidated" / "UN_consolidated.xml"
DEFAULT_OUT = REPO / "crates" / "core" / "data"
RIGOUR_PIN = "rigour==2.6.1"

SRC_GOOGLE = (
    "google/transliteration ar2en-train.txt @ b2265a6494f4db49458fd79d586287f1fbbcf2f4"
    " (Apache-2.0, Copyright Google LLC)"
)
SRC_NETRANSLIT = (
    "steveash/NETransliteration-COLING2018 data/wd_{lang}_80 @ 5d5f59e561ecea45a6d3602121e1049baa7a76c3"
    " (data CC0-1.0, from Wikidata labels)"
)
SRC_RIGOUR = (
    "PyPI rigour {version} wheel, person-name corpus embedded zstd-compressed in rigour/_core*.so"
    " (rigour code MIT (c) OpenSanctions Datenbanken GmbH; name data from Wikidata, CC0-1.0)"
)

# --------------------------------------------------------------------------------------------
# Tokenisation: a port of crates/core/src/text.rs. Change both together.
# --------------------------------------------------------------------------------------------

LATIN, ARABIC, CYRILLIC, GREEK, HAN, DIGIT, OTHER = (
    "latin", "arabic", "cyrillic", "greek", "han", "digit", "other",
)


def char_script(c: str) -> str:
    o = ord(c)
    if 0x30 <= o <= 0x39:
        return DIGIT
    if 0x41 <= o <= 0x5A or 0x61 <= o <= 0x7A or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        return LATIN
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return GREEK
    if 0x400 <= o <= 0x52F:
        return CYRILLIC
    if (
        0x600 <= o <= 0x6FF
        or 0x750 <= o <= 0x77F
        or 0x8A0 <= o <= 0x8FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    ):
        return ARABIC
    if 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
        return HAN
    return OTHER


# Arabic-script folding (the brief's table; text.rs::fold_arabic is the same).
ARABIC_FOLD = {}
for _c in "یىېۍئےۓ":
    ARABIC_FOLD[_c] = "ي"
for _c in "کڪ":
    ARABIC_FOLD[_c] = "ك"
for _c in "ہۃةھەۀ":
    ARABIC_FOLD[_c] = "ه"
for _c in "أإآٱ":
    ARABIC_FOLD[_c] = "ا"
ARABIC_FOLD["ؤ"] = "و"
for _i in range(10):
    ARABIC_FOLD[chr(0x660 + _i)] = str(_i)  # Arabic-Indic digits
    ARABIC_FOLD[chr(0x6F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian/Urdu) digits

LATIN_FOLD = {
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l",
    "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ŋ": "n",
}

DROPPED = set("'`´‘’ʻʼʽʾʿˈ\u00ad\ufeff")
DROPPED.update(chr(c) for c in range(0x200B, 0x2010))  # ZWSP, ZWNJ, ZWJ, LRM, RLM
DROPPED.update(chr(c) for c in range(0x202A, 0x202F))  # bidi embeddings/overrides
DROPPED.update(chr(c) for c in range(0x2066, 0x206A))  # bidi isolates
DROPPED.update(chr(c) for c in range(0x064B, 0x0660))  # harakat, hamza above/below
DROPPED.update(["\u0670", "\u0640"])  # superscript alef, tatweel


def is_dropped(c: str) -> bool:
    # The Mn test is the one addition to text.rs (see the module docstring).
    return c in DROPPED or unicodedata.category(c) == "Mn"


def fold_char(c: str, script: str) -> str:
    if script == LATIN:
        if c in LATIN_FOLD:
            return LATIN_FOLD[c]
        return "".join(
            d for d in unicodedata.normalize("NFKD", c) if not unicodedata.category(d).startswith("M")
        ).lower()
    if script == ARABIC:
        return ARABIC_FOLD.get(c, c)
    if script == CYRILLIC:
        return c.lower().replace("ё", "е")
    if script == GREEK:
        return "".join(
            d for d in unicodedata.normalize("NFD", c) if not unicodedata.category(d).startswith("M")
        ).lower()
    return c.lower()


def tokens(s: str) -> list[tuple[str, str]]:
    """Split a name into (normalised token, script) pairs, exactly as the Rust core does."""
    out: list[tuple[str, str]] = []
    cur: list[str] = []
    cur_script = OTHER
    for c in unicodedata.normalize("NFKC", s):
        if is_dropped(c):
            continue
        if not c.isalnum():
            if cur:
                out.append(("".join(cur), cur_script))
                cur = []
            continue
        script = char_script(c)
        if cur and script != cur_script:
            out.append(("".join(cur), cur_script))
            cur = []
        cur_script = script
        cur.append(fold_char(c, script))
    if cur:
        out.append(("".join(cur), cur_script))
    return out


RE_ASCII_WORD = re.compile(r"[a-z]+")


def is_arabic_word(t: str) -> bool:
    return all(char_script(c) == ARABIC and unicodedata.category(c) == "Lo" for c in t)


def is_cyrillic_word(t: str) -> bool:
    return all(char_script(c) == CYRILLIC and unicodedata.category(c) == "Ll" for c in t)


def is_han_word(t: str) -> bool:
    return all(char_script(c) == HAN for c in t)


def words(s: str, want: str) -> list[str] | None:
    """Tokens of `s` if every one is a clean word of script `want`, else None."""
    toks = tokens(s)
    if not toks:
        return None
    check = {
        LATIN: lambda t: RE_ASCII_WORD.fullmatch(t) is not None,
        ARABIC: is_arabic_word,
        CYRILLIC: is_cyrillic_word,
        HAN: is_han_word,
    }[want]
    out = []
    for t, script in toks:
        if script != want or not check(t):
            return None
        out.append(t)
    return out


# --------------------------------------------------------------------------------------------
# Plausibility filter: a coarse consonant skeleton shared by both scripts.
#
# The Wikidata-derived pairs are label alignments and carry junk ("محمد -> morocco",
# "الثاني -> ii", "الأميرة -> princess"). Each side is mapped to a sequence of consonant
# classes (a letter may belong to several: Arabic ق is K or G, Latin c is K or S), vowels and
# the weak letters ا و ي ع ء are ignored, and a pair is kept when the longest common
# subsequence covers at least half of the longer skeleton (or 0.3 when the pair is attested 10+
# times). It is a junk filter, not a matcher.
# --------------------------------------------------------------------------------------------

LAT_DIGRAPHS = [
    ("sch", "S"), ("tch", "C"), ("sh", "S"), ("ch", "CSK"), ("zh", "ZJC"), ("kh", "KH"),
    ("gh", "G"), ("th", "TS"), ("dh", "DZ"), ("ph", "F"), ("ck", "K"), ("qu", "K"),
]
LAT_SINGLE = {
    "b": "B", "p": "B", "f": "F", "v": "F", "t": "T", "d": "D", "s": "S", "z": "ZS", "c": "KS",
    "k": "K", "q": "K", "g": "GJ", "j": "JK", "x": "KS", "l": "L", "m": "M", "n": "N", "r": "R",
    "h": "H",
}
AR_SKEL = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ٹ": "T", "ټ": "T", "ث": "ST", "ج": "JG", "چ": "C",
    "خ": "KH", "ح": "H", "ه": "H", "د": "D", "ڈ": "D", "ډ": "D", "ذ": "ZD", "ر": "R", "ڑ": "R",
    "ړ": "R", "ز": "Z", "ژ": "ZJ", "ږ": "ZJ", "س": "S", "ص": "S", "ښ": "S", "څ": "S", "ش": "SC",
    "ض": "DZ", "ظ": "ZD", "غ": "G", "ف": "F", "ڤ": "F", "ق": "KG", "ك": "K", "گ": "G", "ګ": "G",
    "ڭ": "G", "ل": "L", "م": "M", "ن": "N", "ں": "N", "ڼ": "N", "ځ": "Z",
}
CYR_SKEL = {
    "б": "B", "в": "F", "г": "GH", "д": "D", "ж": "ZJ", "з": "ZS", "к": "K", "л": "L", "м": "M",
    "н": "N", "п": "B", "р": "R", "с": "S", "т": "T", "ф": "F", "х": "KH", "ц": "STC", "ч": "CS",
    "ш": "S", "щ": "S", "ґ": "G", "џ": "J", "ђ": "J", "ћ": "C", "љ": "L", "њ": "N", "ѕ": "Z",
}
RE_DOUBLE = re.compile(r"(.)\1+")


def latin_skeleton(s: str, w_is_v: bool = False) -> list[frozenset]:
    s = RE_DOUBLE.sub(r"\1", s)
    out, i = [], 0
    while i < len(s):
        for d, cls in LAT_DIGRAPHS:
            if s.startswith(d, i):
                out.append(frozenset(cls))
                i += len(d)
                break
        else:
            cls = LAT_SINGLE.get(s[i]) or ("F" if w_is_v and s[i] == "w" else None)
            if cls:
                out.append(frozenset(cls))
            i += 1
    return out


def table_skeleton(s: str, table: dict[str, str]) -> list[frozenset]:
    s = RE_DOUBLE.sub(r"\1", s).replace("تش", "\0")
    return [frozenset("C") if c == "\0" else frozenset(table[c]) for c in s if c in table or c == "\0"]


def lcs(a: list[frozenset], b: list[frozenset]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x & y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def plausibility(native: list[frozenset], latin: list[frozenset]) -> float:
    if not native and not latin:
        return 1.0
    return lcs(native, latin) / max(len(native), len(latin))


def plausible(score: float, count: int) -> bool:
    return score >= 0.5 or (count >= 10 and score >= 0.3)


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Holdout:
    """Sets aside one name pair in `parts`, for a held-out check of the tables (`--holdout`);
    the lines are written to `out` as `latin<TAB>native`. The bucket is the SHA-1 (first four
    bytes) of the pair as the tables see it (folded words of both sides), not of the raw line,
    so a pair that two files both give (google and netranslit Arabic) is held out of both."""

    SCRIPTS = {"google": ARABIC, "arabic": ARABIC, "russian": CYRILLIC, "chinese": HAN}

    def __init__(self, parts: int, out: Path | None) -> None:
        self.parts = parts
        self.out = out
        self.held: dict[str, list[str]] = collections.defaultdict(list)

    def keeps(self, key: str, line: str, native: str, latin: str) -> bool:
        if self.parts <= 1:
            return True
        nw = words(native, self.SCRIPTS[key]) or [native]
        lw = words(latin, LATIN) or [latin]
        pair = " ".join(nw) + "\t" + " ".join(lw)
        bucket = int.from_bytes(hashlib.sha1(pair.encode("utf-8")).digest()[:4], "big") % self.parts
        if bucket != 0:
            return True
        self.held[key].append(f"{latin}\t{native}")
        return False

    def write(self) -> list[str]:
        if self.parts <= 1 or self.out is None:
            return []
        self.out.mkdir(parents=True, exist_ok=True)
        report = []
        for key, lines in sorted(self.held.items()):
            (self.out / f"{key}.tsv").write_text("".join(f"{l}\n" for l in lines), encoding="utf-8")
            report.append(f"held out of {key}: {len(lines)} lines -> {self.out / (key + '.tsv')}")
        return report


NO_HOLDOUT = Holdout(1, None)


def read_google(path: Path, holdout: Holdout = NO_HOLDOUT):
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and holdout.keeps("google", line, parts[0], parts[1]):
                yield parts[0], parts[1], 1


def read_netranslit(path: Path, key: str, holdout: Holdout = NO_HOLDOUT):
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2].isdigit():
                native = parts[1].replace(" ", "")
                if holdout.keeps(key, line, native, parts[0]):
                    yield native, parts[0], int(parts[2])


class PairStats:
    def __init__(self) -> None:
        self.lines = 0
        self.unusable = 0  # a side empty, a letter outside the script, or a 1-letter token
        self.misaligned = 0  # word counts differ
        self.implausible = 0  # pairs dropped by the skeleton filter
        self.pairs = 0


def collect_pairs(rows, native_script: str, skel, stats: PairStats, counts: collections.Counter):
    """Add token pairs (native, latin) -> count from (native, latin, count) rows."""
    for native, latin, n in rows:
        stats.lines += 1
        nw = words(native, native_script)
        lw = words(latin, LATIN)
        if not nw or not lw:
            stats.unusable += 1
            continue
        if len(nw) != len(lw):
            stats.misaligned += 1
            continue
        for a, b in zip(nw, lw):
            if len(a) < 2 or len(b) < 2:
                stats.unusable += 1
                continue
            counts[(a, b)] += n
    return counts


def filter_pairs(counts: collections.Counter, skel, stats: PairStats, curated=frozenset()):
    """Apply the skeleton filter; returns {native: [(latin, count, score)]}.

    A curated pair gets score 2.0: it skips the filter and is always kept by
    `select_spellings`.
    """
    by_token: dict[str, list[tuple[str, int, float]]] = collections.defaultdict(list)
    for (a, b), n in counts.items():
        if (a, b) in curated:
            score = 2.0
        elif skel is not None:
            score = plausibility(skel[0](a), skel[1](b))
            if not plausible(score, n):
                stats.implausible += 1
                continue
        else:
            score = 1.0
        stats.pairs += 1
        by_token[a].append((b, n, score))
    return by_token


def select_spellings(spellings: list[tuple[str, int, float]], cap: int = 8) -> list[tuple[str, int]]:
    """Most frequent first; singletons go when 3+ spellings were seen twice; curated stay."""
    spellings = sorted(spellings, key=lambda x: (-x[1], -x[2], x[0]))
    if sum(1 for _, n, _ in spellings if n >= 2) >= 3:
        spellings = [s for s in spellings if s[1] >= 2]
    curated = [s for s in spellings if s[2] > 1.0][:cap]
    rest = [s for s in spellings if s[2] <= 1.0][: cap - len(curated)]
    kept = sorted(curated + rest, key=lambda x: (-x[1], -x[2], x[0]))
    return [(b, n) for b, n, _ in kept]


CURATED_PSEUDO_COUNT = 3


def curated_arabic_pairs() -> set[tuple[str, str]]:
    """(folded Arabic-script form, Latin spelling) pairs from the curated common-name list."""
    from name_freq_data import NAME_FREQ

    pairs = set()
    for entry in NAME_FREQ:
        for native in entry["native"]:
            nw = words(native, ARABIC)
            if not nw or len(nw) != 1:
                continue
            for latin in entry["latin"]:
                lw = words(latin, LATIN)
                assert lw and len(lw) == 1, latin
                pairs.add((nw[0], lw[0]))
    return pairs


def table_rows(by_token) -> dict[str, list[tuple[str, int]]]:
    return {a: select_spellings(sp) for a, sp in by_token.items() if sp}


def format_row(token: str, spellings: list[tuple[str, int]]) -> str:
    return token + "\t" + ",".join(f"{b}:{n}" for b, n in spellings)


def cut_to_size(rows: dict[str, list[tuple[str, int]]], limit: int) -> tuple[dict, int]:
    """Keep the most attested tokens whose lines fit in `limit` bytes."""
    order = sorted(rows, key=lambda a: (-sum(n for _, n in rows[a]), a))
    kept, size = {}, 0
    for a in order:
        line = len(format_row(a, rows[a]).encode()) + 1
        if size + line > limit:
            continue
        kept[a] = rows[a]
        size += line
    return kept, len(rows) - len(kept)


# --------------------------------------------------------------------------------------------
# rigour: find the zstd-compressed person-name corpus inside the compiled extension
# --------------------------------------------------------------------------------------------

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
RE_GROUP_LINE = re.compile(r"^.+ => [QX]\d+$")


def zstd_frame(data: bytes) -> bytes:
    """Decompress the single zstd frame at the start of `data` (trailing bytes are ignored)."""
    try:
        import zstandard  # type: ignore

        d = zstandard.ZstdDecompressor().decompressobj()
        try:
            return d.decompress(data)
        except zstandard.ZstdError:
            return b""
    except ImportError:
        pass
    if not shutil.which("zstd"):
        sys.exit("need the `zstandard` Python module or the `zstd` tool to read rigour's data")
    # The CLI complains about the bytes after the frame (exit 1) but writes the frame first.
    p = subprocess.run(["zstd", "-d", "-c", "-q"], input=data, capture_output=True)
    return p.stdout


def rigour_person_names(wheel: Path) -> tuple[str, str, str]:
    """Return (corpus text, member name, wheel version) from a rigour wheel."""
    with zipfile.ZipFile(wheel) as z:
        members = [m for m in z.namelist() if re.fullmatch(r"rigour/_core[^/]*\.(so|pyd)", m)]
        if not members:
            sys.exit(f"{wheel}: no rigour/_core extension module inside")
        blob = z.read(members[0])
        meta = next((m for m in z.namelist() if m.endswith(".dist-info/METADATA")), None)
        version = "?"
        if meta:
            for line in z.read(meta).decode().splitlines():
                if line.startswith("Version:"):
                    version = line.split(":", 1)[1].strip()
    start = 0
    while (i := blob.find(ZSTD_MAGIC, start)) >= 0:
        start = i + 4
        text = zstd_frame(blob[i:])
        if len(text) < 1_000_000:
            continue
        lines = text.decode("utf-8", "replace").splitlines()
        if sum(1 for x in lines[:1000] if RE_GROUP_LINE.match(x)) > 900:
            return "\n".join(lines), f"{members[0]} zstd frame at byte {i}", version
    sys.exit(f"{wheel}: no person-name corpus found in {members[0]}")


def download_rigour(tmp: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), RIGOUR_PIN],
        check=True,
    )
    wheels = sorted(tmp.glob("rigour-*.whl"))
    if not wheels:
        sys.exit("pip download produced no rigour wheel")
    return wheels[0]


# --------------------------------------------------------------------------------------------
# name_groups.tsv
# --------------------------------------------------------------------------------------------


def group_form(form: str) -> tuple[str, str] | None:
    """A rigour form as (script, joined token string), or None if unusable.

    Multi-word forms ("abd al rahman", "عبد الرحمن") are joined without a separator, the way
    the Rust side builds compound alternates; forms of more than 3 words are dropped.
    """
    toks = tokens(form)
    if not toks or len(toks) > 3:
        return None
    scripts = {s for _, s in toks}
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    text = "".join(t for t, _ in toks)
    ok = {
        LATIN: lambda t: RE_ASCII_WORD.fullmatch(t) is not None,
        ARABIC: is_arabic_word,
        CYRILLIC: is_cyrillic_word,
    }.get(script)
    if ok is None or not ok(text) or len(text) < 2:
        return None
    return script, text


RE_EAST_ASIAN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def group_sort_key(gid: str) -> tuple[str, int]:
    return gid[0], int(gid[1:])


def build_name_groups(corpus: str, attested: dict[str, collections.Counter], max_forms: int,
                      size_limit: int):
    stats = collections.Counter()
    parsed = []
    support = collections.Counter()
    for line in corpus.splitlines():
        if " => " not in line:
            continue
        forms, gid = line.rsplit(" => ", 1)
        stats["groups_in"] += 1
        by_script: dict[str, set[str]] = {LATIN: set(), ARABIC: set(), CYRILLIC: set()}
        raw_forms = forms.split(", ")
        stats["forms_in"] += len(raw_forms)
        for f in raw_forms:
            g = group_form(f)
            if g is None:
                stats["forms_dropped"] += 1
                continue
            by_script[g[0]].add(g[1])
        for s in by_script.values():
            support.update(s)
        parsed.append((gid, by_script, raw_forms))

    groups = []
    for gid, by_script, raw_forms in parsed:
        lat, ar, cy = by_script[LATIN], by_script[ARABIC], by_script[CYRILLIC]
        if not (len(lat) >= 2 or (lat and (ar or cy))):
            stats["groups_dropped_criteria"] += 1
            continue
        ranked = []
        for script, forms in ((LATIN, lat), (ARABIC, ar), (CYRILLIC, cy)):
            att = attested[script]
            ranked.append(sorted(forms, key=lambda f: (-att[f], -support[f], len(f), f)))
        # Cap: non-Latin forms are rarer and carry the cross-script link, so they keep up to
        # a third of the slots each; Latin spellings fill the rest, most attested first.
        l, a, c = ranked
        a, c = a[: max_forms // 3], c[: max_forms // 3]
        l = l[: max_forms - len(a) - len(c)]
        if len(ranked[0]) + len(ranked[1]) + len(ranked[2]) > max_forms:
            stats["groups_capped"] += 1
        east_asian = any(RE_EAST_ASIAN.search(f) for f in raw_forms)
        groups.append((gid, l, a, c, east_asian))

    def line_of(g):
        gid, l, a, c, _ = g
        return f"{gid}\t{' '.join(l + a + c)}"

    total = sum(len(line_of(g).encode()) + 1 for g in groups)
    stats["bytes_before_cut"] = total
    # Size cut, least useful first: groups left with Latin forms only whose Wikidata item also
    # has Han, kana or Hangul forms, i.e. romanisation variants of East-Asian names
    # (mitsuyoshi/micujosi, suntae/soontae). They carry no Arabic-script or Cyrillic link, and
    # Chinese is matched through zh_latin.tsv and pinyin instead. All of them go, not some.
    if total > size_limit:
        keep = []
        for g in groups:
            gid, l, a, c, east_asian = g
            if not a and not c and east_asian:
                total -= len(line_of(g).encode()) + 1
                stats["groups_dropped_size_latin_only_east_asian"] += 1
                continue
            keep.append(g)
        groups = keep
    if total > size_limit:
        # Then Latin-only groups in general, largest first (long European variant lists).
        order = sorted(
            (g for g in groups if not g[2] and not g[3]), key=lambda g: (-len(g[1]), g[0])
        )
        drop = set()
        for g in order:
            if total <= size_limit:
                break
            drop.add(g[0])
            total -= len(line_of(g).encode()) + 1
            stats["groups_dropped_size_latin_only"] += 1
        groups = [g for g in groups if g[0] not in drop]
    groups.sort(key=lambda g: group_sort_key(g[0]))
    for g in groups:
        stats["forms_out"] += len(g[1]) + len(g[2]) + len(g[3])
        if g[2]:
            stats["groups_with_arabic"] += 1
        if g[3]:
            stats["groups_with_cyrillic"] += 1
    stats["groups_out"] = len(groups)
    return [line_of(g) for g in groups], stats


# --------------------------------------------------------------------------------------------
# name_freq.tsv: an expert estimate (see NAME_FREQ in name_freq_data.py)
# --------------------------------------------------------------------------------------------


# One letter per region of name_freq_data.py, for the regions column of name_freq.tsv.
REGION_CODES = {
    "Arab world": "A", "Pakistan": "P", "Afghanistan": "F", "Iran": "I", "South Asia": "S",
    "Central Asia/Caucasus": "Z", "Turkey": "T", "Russia/CIS": "R", "China": "C",
    "Korea/Japan": "K", "Southeast Asia": "M", "Africa": "W", "Europe/Americas": "E",
}


def build_name_freq():
    """Token -> (frequency, region codes): the largest share over its entries, and every
    region that gives it."""
    from name_freq_data import NAME_FREQ  # noqa: E402  (kept apart: it is long)

    out: dict[str, float] = {}
    regions: dict[str, set[str]] = collections.defaultdict(set)
    for entry in NAME_FREQ:
        freq = entry["freq"]
        code = REGION_CODES[entry["region"]]
        for form in entry["latin"]:
            w = words(form, LATIN)
            assert w and len(w) == 1 and len(w[0]) >= 2, f"name_freq latin form {form!r} is not one token"
            out[w[0]] = max(out.get(w[0], 0.0), freq)
            regions[w[0]].add(code)
        for form in entry.get("native", []):
            toks = tokens(form)
            assert len(toks) == 1 and toks[0][1] in (ARABIC, CYRILLIC), (
                f"name_freq native form {form!r} is not one Arabic-script or Cyrillic token")
            out[toks[0][0]] = max(out.get(toks[0][0], 0.0), freq)
            regions[toks[0][0]].add(code)
    return {t: (f, "".join(sorted(regions[t]))) for t, f in out.items()}


# --------------------------------------------------------------------------------------------
# Coverage on the UN list (measurement only; the UN file is never a training input)
# --------------------------------------------------------------------------------------------


def un_arabic_tokens(path: Path) -> dict[str, collections.Counter]:
    """Arabic-script tokens of NAME_ORIGINAL_SCRIPT, for all records and for INDIVIDUALs."""
    out = {"all": collections.Counter(), "individuals": collections.Counter()}
    for rec in ET.parse(path).iter():
        kind = rec.tag.split("}")[-1]
        if kind not in ("INDIVIDUAL", "ENTITY"):
            continue
        for el in rec:
            if el.tag.split("}")[-1] == "NAME_ORIGINAL_SCRIPT" and el.text:
                for t, script in tokens(el.text):
                    if script == ARABIC and is_arabic_word(t):
                        out["all"][t] += 1
                        if kind == "INDIVIDUAL":
                            out["individuals"][t] += 1
    return out


def coverage_report(un: collections.Counter, ar_keys: set[str], data_keys: set[str],
                    group_ar: set[str], label: str) -> list[str]:
    def cov(keys, strip_al=False):
        def hit(t):
            if t in keys:
                return True
            return strip_al and t.startswith("ال") and t[2:] in keys
        occ = sum(n for t, n in un.items() if hit(t))
        typ = sum(1 for t in un if hit(t))
        return occ / sum(un.values()), typ / len(un)

    lines = [
        f"UN NAME_ORIGINAL_SCRIPT Arabic-script tokens, {label}: {sum(un.values())} occurrences,"
        f" {len(un)} distinct",
    ]
    for what, keys, strip in (
        ("ar_latin.tsv built from the training pairs only (no curated list)", data_keys, False),
        ("ar_latin.tsv", ar_keys, False),
        ("ar_latin.tsv, or the token minus a leading al- (ال)", ar_keys, True),
        ("name_groups.tsv Arabic forms", group_ar, False),
        ("ar_latin.tsv or name_groups.tsv", ar_keys | group_ar, False),
    ):
        o, t = cov(keys, strip)
        lines.append(f"  in {what}: {o:.1%} of occurrences, {t:.1%} of distinct tokens")
    missing = sorted(((n, t) for t, n in un.items() if t not in ar_keys), key=lambda x: (-x[0], x[1]))
    lines.append("  top 30 tokens missing from ar_latin.tsv (occurrences):")
    lines.append("  " + ", ".join(f"{t} {n}" for n, t in missing[:30]))
    return lines


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def write_table(path: Path, header: list[str], rows: list[str]) -> tuple[int, int]:
    body = "".join(f"# {h}\n" if h else "#\n" for h in header) + "".join(r + "\n" for r in rows)
    path.write_text(body, encoding="utf-8", newline="\n")
    return len(body.encode()), len(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--translit-dir", type=Path, default=DEFAULT_TRANSLIT,
                    help="folder with google_ar2en-train.txt and netranslit_wd_*_80 (default: %(default)s)")
    ap.add_argument("--rigour-wheel", type=Path, default=None,
                    help=f"a rigour wheel; default: `pip download --no-deps {RIGOUR_PIN}` into a temp dir")
    ap.add_argument("--un-xml", type=Path, default=DEFAULT_UN_XML,
                    help="UN consolidated XML, only to measure coverage (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    ap.add_argument("--holdout", type=int, default=1, metavar="N",
                    help="set aside one line in N of every transliteration file (by the line's SHA-1)"
                    " and build the tables without them; for tools/names/holdout.sh, never for"
                    " the committed tables (default: none)")
    ap.add_argument("--holdout-out", type=Path, default=None, metavar="DIR",
                    help="where to write the lines set aside, as DIR/{google,arabic,russian,chinese}.tsv")
    args = ap.parse_args(argv)
    holdout = Holdout(args.holdout, args.holdout_out)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    tdir = args.translit_dir
    inputs = {
        "google": tdir / "google_ar2en-train.txt",
        "arabic": tdir / "netranslit_wd_arabic_80",
        "russian": tdir / "netranslit_wd_russian_80",
        "chinese": tdir / "netranslit_wd_chinese_80",
    }
    for p in inputs.values():
        if not p.is_file():
            sys.exit(f"missing input {p}")
    tmp = None
    wheel = args.rigour_wheel
    if wheel is None:
        tmp = Path(tempfile.mkdtemp(prefix="nazar-rigour-"))
        wheel = download_rigour(tmp)
    command = "python3 tools/names/derive.py" + (
        f" --rigour-wheel {wheel.name}" if args.rigour_wheel else ""
    ) + (f" --holdout {args.holdout}" if args.holdout > 1 else "")
    digests = {k: sha256(p)[:16] for k, p in inputs.items()}
    wheel_digest = sha256(wheel)[:16]
    args.out.mkdir(parents=True, exist_ok=True)
    report: list[str] = []
    sizes = []

    def made_by(extra: list[str]) -> list[str]:
        return extra + [
            f"made by: {command}  (tools/names/derive.py, see tools/names/README.md); do not edit",
        ]

    # ---- Arabic <-> Latin ------------------------------------------------------------------
    ar_skel = (lambda a: table_skeleton(a, AR_SKEL), lambda b: latin_skeleton(b))
    ar_stats = {k: PairStats() for k in ("google", "arabic")}
    ar_counts: collections.Counter = collections.Counter()
    src_tokens: dict[str, set] = collections.defaultdict(set)
    for key, rows in (
        ("google", read_google(inputs["google"], holdout)),
        ("arabic", read_netranslit(inputs["arabic"], "arabic", holdout)),
    ):
        c = collect_pairs(rows, ARABIC, ar_skel, ar_stats[key], collections.Counter())
        for (a, _b), _n in c.items():
            src_tokens[a].add(key)
        ar_counts.update(c)
    data_only_keys = set(table_rows(filter_pairs(ar_counts, ar_skel, PairStats())))
    curated = curated_arabic_pairs()
    for pair in sorted(curated):
        ar_counts[pair] += CURATED_PSEUDO_COUNT
    merged = PairStats()
    ar_rows = table_rows(filter_pairs(ar_counts, ar_skel, merged, curated))
    both = sum(1 for a in ar_rows if src_tokens[a] == {"google", "arabic"})
    header = made_by([
        "ar_latin.tsv: folded Arabic-script name token -> Latin spellings with counts",
        "format: token<TAB>latin:count,latin:count,...  (most frequent first, at most 8; count =",
        "  occurrences in the training pairs; rows sorted by token)",
        "sources:",
        f"  {SRC_GOOGLE}, sha256 {digests['google']}...",
        f"  {SRC_NETRANSLIT.format(lang='arabic')}, sha256 {digests['arabic']}...",
        f"  curated common names in tools/names/name_freq_data.py (this project, CC0-1.0): each of",
        f"  its {len(curated)} (Arabic-script form, Latin spelling) pairs adds a pseudo-count of"
        f" {CURATED_PSEUDO_COUNT} and is always kept",
        "filters: word-by-word alignment only when word counts agree; 1-letter tokens dropped;",
        "  consonant-skeleton junk filter; spellings seen once dropped when 3+ are seen twice",
    ])
    sizes.append(("ar_latin.tsv",) + write_table(
        args.out / "ar_latin.tsv", header, [format_row(a, ar_rows[a]) for a in sorted(ar_rows)]))
    for key, st in ar_stats.items():
        report.append(f"ar pairs from {key}: {st.lines} lines, {st.unusable} unusable,"
                      f" {st.misaligned} misaligned")
    report.append(f"ar pairs: {merged.pairs} kept, {merged.implausible} dropped by the skeleton filter;"
                  f" {len(ar_rows)} tokens ({both} in both google and netranslit,"
                  f" {len(set(ar_rows) - data_only_keys)} only from the curated list)")

    # ---- Russian and Chinese ---------------------------------------------------------------
    ru_skel = (lambda a: table_skeleton(a, CYR_SKEL), lambda b: latin_skeleton(b, w_is_v=True))
    for lang, script, skel, fname in (
        ("russian", CYRILLIC, ru_skel, "ru_latin.tsv"),
        ("chinese", HAN, None, "zh_latin.tsv"),
    ):
        st = PairStats()
        counts = collect_pairs(read_netranslit(inputs[lang], lang, holdout), script, skel, st, collections.Counter())
        rows = table_rows(filter_pairs(counts, skel, st))
        rows, cut = cut_to_size(rows, 1_500_000 - 2_000)
        what = "Cyrillic (lower-case, ё->е)" if lang == "russian" else "Han (NFKC)"
        header = made_by([
            f"{fname}: {what} name token -> Latin spellings with counts",
            "format: token<TAB>latin:count,latin:count,...  (most frequent first, at most 8; rows sorted)",
            "sources:",
            f"  {SRC_NETRANSLIT.format(lang=lang)}, sha256 {digests[lang]}...",
            "filters: 1-letter tokens dropped; spellings seen once dropped when 3+ are seen twice"
            + ("; consonant-skeleton junk filter" if skel else ""),
            f"size cut: {cut} least-attested tokens left out to stay under 1.5 MB" if cut else
            "size cut: none",
        ])
        sizes.append((fname,) + write_table(args.out / fname, header, [format_row(a, rows[a]) for a in sorted(rows)]))
        report.append(f"{lang}: {st.lines} lines, {st.unusable} unusable, {st.misaligned} misaligned,"
                      f" {st.implausible} pairs dropped by the skeleton filter, {len(rows)} tokens kept,"
                      f" {cut} cut for size")
        if lang == "russian":
            ru_counts = counts

    # ---- rigour name groups ----------------------------------------------------------------
    corpus, where, version = rigour_person_names(wheel)
    attested = {LATIN: collections.Counter(), ARABIC: collections.Counter(), CYRILLIC: collections.Counter()}
    for (a, b), n in ar_counts.items():
        attested[ARABIC][a] += n
        attested[LATIN][b] += n
    for (a, b), n in ru_counts.items():
        attested[CYRILLIC][a] += n
        attested[LATIN][b] += n
    group_lines, gstats = build_name_groups(corpus, attested, max_forms=40, size_limit=4_000_000 - 4_000)
    header = made_by([
        "name_groups.tsv: person-name variant groups (Wikidata QIDs; X... = rigour's manual groups)",
        "format: group_id<TAB>form form form...  Latin forms first, then Arabic-script, then Cyrillic,",
        "  each most attested first; forms normalised like text.rs::tokens; multi-word forms joined",
        "  without a separator; at most 40 forms; rows sorted by group id",
        "sources:",
        f"  {SRC_RIGOUR.format(version=version)}, wheel sha256 {wheel_digest}...",
        f"  read from {where}",
        "filters: only Latin, Arabic-script and Cyrillic forms; forms of 2+ letters; groups with 2+",
        "  Latin forms or a Latin and a non-Latin form; see README for the size cut",
    ])
    sizes.append(("name_groups.tsv",) + write_table(args.out / "name_groups.tsv", header, group_lines))
    report.append("rigour: " + ", ".join(f"{k} {v}" for k, v in sorted(gstats.items())))
    report.append(f"rigour corpus found at {where} of {wheel.name}")

    # ---- name_freq -------------------------------------------------------------------------
    freq = build_name_freq()
    from name_freq_data import NAME_FREQ

    regions = collections.Counter(e["region"] for e in NAME_FREQ)
    header = made_by([
        "name_freq.tsv: population frequency prior for common name tokens (EXPERT ESTIMATE, not data)",
        "format: token<TAB>share<TAB>regions. share: of people (of the sex that carries the token, in",
        "  the population where it is common) whose full name contains the token; same value for every",
        "  spelling and script. regions: where the token is a usual name, one letter each: "
        + ", ".join(f"{c} {r}" for r, c in REGION_CODES.items()),
        "sources: hand-written estimate in tools/names/name_freq_data.py (this project, CC0-1.0), written",
        "  from general knowledge of name distributions; no name-frequency data set was used",
        f"entries: {len(NAME_FREQ)} names; by region: "
        + ", ".join(f"{r} {n}" for r, n in sorted(regions.items(), key=lambda x: (-x[1], x[0]))),
    ])
    sizes.append(("name_freq.tsv",) + write_table(
        args.out / "name_freq.tsv", header,
        [f"{t}\t{freq[t][0]:.4g}\t{freq[t][1]}" for t in sorted(freq)]))

    # ---- checks and coverage ---------------------------------------------------------------
    for probe in ("محمد", "احمد", "علي", "حسين", "خان", "عبدالله", "شاه", "رحمان", "چوهدري", "قريشي"):
        row = ar_rows.get(probe)
        report.append(f"  ar_latin {probe}: " + (",".join(f"{b}:{n}" for b, n in row) if row else "MISSING"))
    if args.un_xml.is_file():
        un = un_arabic_tokens(args.un_xml)
        group_ar = set()
        for line in group_lines:
            group_ar.update(f for f in line.split("\t")[1].split() if is_arabic_word(f))
        for label in ("all records", "individuals only"):
            key = "all" if label == "all records" else "individuals"
            report.extend(coverage_report(un[key], set(ar_rows), data_only_keys, group_ar, label))
    else:
        report.append(f"coverage: {args.un_xml} not found, skipped")

    report.extend(holdout.write())
    for name, nbytes, nrows in sizes:
        report.append(f"{name}: {nbytes} bytes, {nrows} rows")
    print("\n".join(report))
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
