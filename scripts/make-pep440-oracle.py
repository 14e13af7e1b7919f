#!/usr/bin/env python3
"""Writes __tests__/fixtures/pep440/oracle.json: what Python's `packaging`
says about a few thousand version strings, for the TypeScript PEP 440 module
to be checked against.

Regenerate (deterministic: same packaging version, same file):

    python3 scripts/make-pep440-oracle.py

Needs `packaging` importable by that python3. Integers are written as decimal
strings because release numbers past 2**53 must survive JSON.parse in Node.
"""

from __future__ import annotations

import functools
import json
import platform
import random
import sys
from pathlib import Path

import packaging
from packaging.version import InvalidVersion, Version

SEED = 440
OUT = Path(__file__).resolve().parent.parent / (
    "__tests__/fixtures/pep440/oracle.json"
)

# Every character Python's `\s` matches (all of str.isspace()), which is the
# whitespace packaging strips around a version.
PY_WHITESPACE = [chr(c) for c in range(0x110000) if chr(c).isspace()]
# Look like spaces (or are invisible) but are not `\s` in Python.
NOT_WHITESPACE = ["\u180e", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
                  "\u00ad", "\u2800", "\u3164", "\x00", "\x7f"]

BIG = [str(2**53 - 1), str(2**53), str(2**53 + 1), str(2**63), str(2**64 - 1),
       str(2**64), str(2**64 + 1), "9" * 30, "1" + "0" * 40]
NUMBERS = ["0", "1", "2", "3", "5", "9", "10", "11", "01", "00", "007", "42",
           "100", "2020", "2024", "12345"] + BIG

PRE_LABELS = ["a", "alpha", "b", "beta", "c", "rc", "pre", "preview"]
POST_LABELS = ["post", "rev", "r"]
SEPS = ["", ".", "-", "_"]

PEP440_EXAMPLES = """
0.1 0.2 0.3 1.0 1.1 1.0.0 1.0.1 1.1.0 2013.10 2014.04 1!1.0 1!1.1 1!2.0
2!1.0.pre0 1.0.dev456 1.0a1 1.0a2.dev456 1.0a12.dev456 1.0a12 1.0b1.dev456
1.0b2 1.0b2.post345.dev456 1.0b2.post345 1.0rc1.dev456 1.0rc1 1.0
1.0+abc.5 1.0+abc.7 1.0+5 1.0.post456.dev34 1.0.post456 1.0.15 1.1.dev1
1.0.dev0 1.0.dev1 1.0a1.dev1 1.0c1 1.0c2 1.0rc3 1.0.post1 1.0.post1.dev1
1.0.post0.dev0 1.0+ubuntu-1 1.0+ubuntu.1 1.0+ubuntu_1 1.0+1.0.0 1.0+abc
1.0+ABC 1.0+0abc 1.0+abc0 1.0+00 1.0+01.02 1.0+local.version.label
0.0 0 00 000 0.0.0.0.0 1.0.0.0.0.0.0.0.0.1 1.00.000 01.02.03 1.2.3.4.5.6.7
1!0 0!1.0 00!1.0 1!1.0a1.post2.dev3+x.y.z 5!1.0 10!0.1
1.0-1 1.0-0 1.0-10 1.0_1 1.0.1-1 1.0a1-1 1.0rc1-2 1.0-r1 1.0-rev1
1.0rev 1.0r 1.0-r 1.0_r 1.0.r 1.0post 1.0-post 1.0.post 1.0_post
1.0dev 1.0-dev 1.0_dev 1.0.dev 1.0dev1 1.0-dev-1 1.0.dev.1 1.0_dev_1
1.0a 1.0-a 1.0.a 1.0_a 1.0alpha 1.0-alpha 1.0.alpha.1 1.0-alpha-1
1.0b 1.0beta 1.0-beta.2 1.0c 1.0pre 1.0preview 1.0-preview-3 1.0rc
1.0a. 1.0a- 1.0a_ 1.0post. 1.0post- 1.0dev. 1.0dev_ 1.0a.post.dev
1.0a-1 1.0a--1 1.0a.-1 1.0a.dev1 1.0a-dev 1.0a-post 1.0-1.dev1
1.0-1-1 1.0a1.post1.dev1 1.0a0 1.0b0 1.0rc0 1.0.post0 1.0.dev0
v1 V1 v1.0 V1.0.0 v1.0a1 v1!1.0 vv1.0 v.1.0 v 1.0 1.0v
""".split()

SEMVER = """
1.0.0-alpha 1.0.0-alpha.1 1.0.0-alpha.beta 1.0.0-beta 1.0.0-beta.2
1.0.0-beta.11 1.0.0-rc.1 1.0.0 1.2.3-beta.1 1.2.3-rc.1+build.5
1.0.0-alpha+001 1.0.0+20130313144700 1.0.0-beta+exp.sha.5114f85
1.0.0+21AF26D3----117B344092BD 1.0.0-0.3.7 1.0.0-x.7.z.92
1.0.0-x-y-z.-- 1.0.0-foo 1.0.0-foo.bar 1.0.0-dev 1.0.0-dev.1
1.0.0-rc.1.dev.2 1.0.0-alpha1 1.0.0-RC1 1.0.0-RC.1 v1.2.3 v1.2.3-rc.1
1.2.3-1 1.2.3-0 1.2.3-01 1.2.3+build 1.2.3+build.1 1.2.3+build-1
1.2.3+build--1 1.2.3+-build 1.2.3+build. 1.2.3+.build 1.0.0-alpha.0
1.0.0-alpha.1.2 1.0.0-a.1 1.0.0-b.1 1.0.0-c.1 1.0.0-pre.1 1.0.0-preview.1
1.0.0-post.1 1.0.0-rev.1 1.0.0-r.1 1.0.0-SNAPSHOT 1.0.0-nightly
1.0.0-canary.3 1.0.0-next.1 1.0.0-beta.1+sha.abc123 1.2.3----RC-SNAPSHOT.12.9.1--.12+788
""".split()

CALVER = """
2024.1 2024.01 2024.1.0 2024.01.15 2024.1.15 24.1 24.04 24.4.1 2024.10.2.post1
2024.1a1 2024.1rc2 2024.6.dev3 2024-01-15 2024_01_15 20240115 2024.01.15.1
v2024.1.1 2024.1+build.5 2024.W12 2024.Q1 2024.1.15a 2024.1.15-1
""".split()

GARBAGE = [
    "", " ", "\t", "\n", ".", "..", "...", "1.", ".1", "1..0", "1.0.", "1.0..1",
    "1.0+", "1.0+.", "1.0+.a", "1.0+a.", "1.0+a..b", "1.0+a--b", "1.0++1",
    "+1", "+1.0", "-1", "-1.0", "1!", "!1", "1!!1", "1!v1.0", "a", "v", "V",
    "vv1", "1.0-foo", "1.0 beta", "1.0-", "1.0_", "1.0a1a2", "1.0.dev1.post1",
    "1.0.dev1a1", "1.0post1a1", "1.0-rc-1-1", "1.0.*", "1.*", "*", "latest",
    "null", "None", "1e3", "0x10", "1,0", "1.0;", "1.0\x00", "1.0\x00.1",
    "1.0/1", "1.0\\1", "1.0:1", "1.0~1", "1.0^1", "1.0 1", "1. 0", "1 .0",
    "1.0-+", "1.0+-", "1.0+_", "1.0+ 1", "1.0 +1", "1.0a 1", "1.0- 1",
    "1.0-dev-", "1.0.dev-1-", "1.0.post1.post2", "1.0a1b1", "1.0rc1rc2",
    "1.0dev1dev2", "1.0--1", "1.0-_1", "1.0.-1", "1.0-1a1", "1.0r1-1",
    "1.0-1-dev", "1.0+local+local", "1.0+lo cal", "1.0+lo/cal", "1.0+ü",
    "1.0ä", "ä1.0", "1.0.x", "x.1.0", "1.x", "1.0.0.x", "1-0", "1_0",
    "1.0e", "1.0f1", "1.0d1", "1.0devv1", "1.0ppost1", "1.0alphaa", "1.0aa",
    "1.0rcc1", "1.0prev", "1.0previeww", "1.0-preview-", "#1.0", "1.0#",
    "$1.0", "'1.0'", '"1.0"', "(1.0)", "[1.0]", "1.0)", "==1.0", ">=1.0",
    "1.0,2.0", "1.0|2.0", "version", "v.", "v!", "1!.0", "1!0!1", "1.0!1",
]

UNICODE_LOOKALIKES = [
    "\u0661.\u0660", "\u0661", "1.\u0660", "\u06f1.\u06f0", "\u0967.\u0966",
    "\uff11.\uff10", "\uff11\uff0e\uff10", "1.\uff10", "1\uff0e0",
    "\u00b9.0", "1.\u2070", "\u2460.0", "\u0e51.\u0e50", "\U0001d7cf.0",
    "1.0\U0001d7cf", "1.\U0001d7ce", "1.0\uff41", "1.0\uff41\uff11",
    "\uff56" + "1.0", "1.0\u0251" + "1", "1.0poſt1", "1.0POſT1", "1.0+ſ",
    "1.0+\u212a", "1.0+\u0131", "1.0+\u0130", "1.0-prevıew", "1.0-prevİew",
    "1.0prevıew1", "1.0-\u0430lpha", "1.0\u0440c1", "\u0432" + "1.0",
    "1.0-r\u0435v1", "1.0d\u0435v1", "1.0-dev\u0661", "1.0a\u0661",
    "1.0+\u0661", "1.0.post\uff11", "1!\u0661.0", "\u0661!1.0",
    "1.0\ud800", "\udc00" + "1.0", "\u2160", "1.0\u2160", "\u00bd",
]


def entry(text: str) -> dict:
    """What packaging says about one string; integers as decimal strings."""
    try:
        v = Version(text)
    except InvalidVersion:
        return {"input": text, "valid": False, "error": "InvalidVersion"}
    except ValueError:
        # CPython refuses int() of more than 4300 digits; packaging lets that
        # ValueError through instead of raising InvalidVersion.
        return {"input": text, "valid": False, "error": "ValueError"}
    return {
        "input": text,
        "valid": True,
        "normalized": str(v),
        "is_prerelease": v.is_prerelease,
        "is_devrelease": v.is_devrelease,
        "is_postrelease": v.is_postrelease,
        "epoch": str(v.epoch),
        "release": [str(n) for n in v.release],
        "pre": None if v.pre is None else [v.pre[0], str(v.pre[1])],
        "post": None if v.post is None else str(v.post),
        "dev": None if v.dev is None else str(v.dev),
        "local": v.local,
    }


def random_case(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.6:
        return text
    if roll < 0.75:
        return text.upper()
    return "".join(c.upper() if rng.random() < 0.5 else c for c in text)


def number(rng: random.Random) -> str:
    return rng.choice(NUMBERS) if rng.random() < 0.8 else str(rng.randrange(1000))


def release(rng: random.Random) -> str:
    return ".".join(number(rng) for _ in range(rng.choice([1, 1, 2, 2, 3, 3, 3, 4, 6])))


def pre_part(rng: random.Random) -> str:
    n = rng.choice(["", number(rng)])
    return rng.choice(SEPS) + random_case(rng, rng.choice(PRE_LABELS)) + (
        rng.choice(SEPS) + n if n else rng.choice(["", "", rng.choice(SEPS)])
    )


def post_part(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "-" + number(rng)
    n = rng.choice(["", number(rng)])
    return rng.choice(SEPS) + random_case(rng, rng.choice(POST_LABELS)) + (
        rng.choice(SEPS) + n if n else ""
    )


def dev_part(rng: random.Random) -> str:
    n = rng.choice(["", number(rng)])
    return rng.choice(SEPS) + random_case(rng, "dev") + (
        rng.choice(SEPS) + n if n else ""
    )


def local_part(rng: random.Random) -> str:
    pool = ["ubuntu", "abc", "g1234abc", "cpu", "cu118", "1", "01", "007",
            "deadbeef", "x", "Z9", "0"] + BIG[:3]
    segs = [random_case(rng, rng.choice(pool)) for _ in range(rng.randint(1, 4))]
    out = segs[0]
    for s in segs[1:]:
        out += rng.choice([".", "-", "_"]) + s
    return "+" + out


def whitespace(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.75:
        return ""
    if roll < 0.9:
        return rng.choice([" ", "\t", "\n", "\r\n", "  "])
    return "".join(rng.choice(PY_WHITESPACE) for _ in range(rng.randint(1, 3)))


def random_version(rng: random.Random) -> str:
    text = rng.choice(["", "", "", "", "v", "V"])
    if rng.random() < 0.15:
        text += number(rng) + "!"
    text += release(rng)
    if rng.random() < 0.45:
        text += pre_part(rng)
    if rng.random() < 0.35:
        text += post_part(rng)
    if rng.random() < 0.35:
        text += dev_part(rng)
    if rng.random() < 0.25:
        text += local_part(rng)
    return whitespace(rng) + text + whitespace(rng)


NOISE = list(".-_+!*~ vV0123456789aAbBcCrRxXé\u0661\uff11\t") + [
    "..", "--", "++", "post", "dev", "rc", "alpha", "\u3000", "\u200b"]


def mutate(rng: random.Random, text: str) -> str:
    """A near-miss: one random insertion, deletion or swap."""
    roll = rng.random()
    i = rng.randrange(len(text) + 1)
    if roll < 0.5 or len(text) < 2:
        return text[:i] + rng.choice(NOISE) + text[i:]
    i = min(i, len(text) - 1)
    if roll < 0.8:
        return text[:i] + text[i + 1:]
    j = rng.randrange(len(text))
    chars = list(text)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def random_semver(rng: random.Random) -> str:
    core = ".".join(rng.choice(["0", "1", "2", "10", "01"]) for _ in range(3))
    ids = ["alpha", "beta", "rc", "dev", "a", "b", "pre", "foo", "1", "2",
           "0", "x-y", "RC", "Alpha", "alpha1", "post", "SNAPSHOT"]
    if rng.random() < 0.8:
        core += "-" + ".".join(rng.choice(ids) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.4:
        build = ["build", "5", "001", "sha", "abc123", "exp", "x-y", "20240101"]
        core += "+" + ".".join(rng.choice(build) for _ in range(rng.randint(1, 3)))
    return rng.choice(["", "", "v"]) + core


def systematic() -> list[str]:
    """Every spelling of each suffix, one feature at a time."""
    out = []
    for s1 in SEPS:
        for label in PRE_LABELS:
            for s2 in SEPS:
                for n in ["", "0", "1", "01", "12"]:
                    for case in (str.lower, str.upper):
                        out.append("1.0" + s1 + case(label) + s2 + n)
        for label in POST_LABELS:
            for s2 in SEPS:
                for n in ["", "0", "1", "01", "12"]:
                    out.append("1.0" + s1 + label + s2 + n)
                    out.append("2.1" + s1 + label.upper() + s2 + n)
        for s2 in SEPS:
            for n in ["", "0", "3", "03"]:
                out.append("1.0" + s1 + "dev" + s2 + n)
                out.append("1.0a1" + s1 + "DEV" + s2 + n)
                out.append("1.0.post1" + s1 + "dev" + s2 + n)
    for n in ["0", "1", "01", "12"] + BIG:
        out += ["1.0-" + n, "1.0a1-" + n, "1.0-" + n + ".dev1"]
    for ws in PY_WHITESPACE:
        out += [ws + "1.0", "1.0" + ws, ws + "v1.0a1" + ws, "1.0" + ws + "a1"]
    for ch in NOT_WHITESPACE:
        out += [ch + "1.0", "1.0" + ch]
    for n in BIG:
        out += [n, n + ".0", "1." + n, n + "!1.0", "1.0a" + n, "1.0.post" + n,
                "1.0.dev" + n, "1.0+" + n, "1.0+abc." + n, "0." + n + ".0"]
    return out


def long_strings() -> list[str]:
    """Lengths around CPython's 4300-digit int() limit, and long releases."""
    out = []
    for d in (4300, 4301):
        digits = "1" * d
        out += [digits, "1." + digits, digits + "!1", "1.0a" + digits,
                "1.0.post" + digits, "1.0.dev" + digits, "1.0+" + digits,
                "1.0+" + digits + "x", "0" * (d - 1) + "7"]
    out += ["1." * 1000 + "1", "1." * 1000, "1.0+" + ".".join(["a"] * 500)]
    return out


def all_inputs() -> list[str]:
    rng = random.Random(SEED)
    texts = (PEP440_EXAMPLES + SEMVER + CALVER + GARBAGE + UNICODE_LOOKALIKES
             + systematic() + long_strings())
    texts += [random_version(rng) for _ in range(1100)]
    texts += [mutate(rng, random_version(rng)) for _ in range(650)]
    texts += [random_semver(rng) for _ in range(250)]
    return list(dict.fromkeys(texts))


def sorted_groups(entries: list[dict]) -> list[list[int]]:
    """Indices of the valid entries in ascending order, equal ones grouped."""
    valid = [(Version(e["input"]), i) for i, e in enumerate(entries) if e["valid"]]

    def order(x: tuple, y: tuple) -> int:
        if x[0] != y[0]:
            return -1 if x[0] < y[0] else 1
        return x[1] - y[1]

    valid.sort(key=functools.cmp_to_key(order))
    groups: list[list[int]] = []
    for k, (v, i) in enumerate(valid):
        if k and valid[k - 1][0] == v:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def main() -> None:
    entries = [entry(t) for t in all_inputs()]
    doc = {
        "generator": "scripts/make-pep440-oracle.py",
        "packaging_version": packaging.__version__,
        "python_version": platform.python_version(),
        "seed": SEED,
        "integers": "decimal strings",
        "count": len(entries),
        "valid_count": sum(e["valid"] for e in entries),
    }
    lines = [json.dumps(e, separators=(",", ":")) for e in entries]
    groups = json.dumps(sorted_groups(entries), separators=(",", ":"))
    body = json.dumps(doc, indent=1)[:-2]
    text = (body + ',\n "entries": [\n' + ",\n".join(lines)
            + '\n ],\n "sorted_groups": ' + groups + "\n}\n")
    json.loads(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="ascii")
    print(f"{OUT}: {len(entries)} strings, {doc['valid_count']} valid",
          file=sys.stderr)


if __name__ == "__main__":
    main()
