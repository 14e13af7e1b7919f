#!/usr/bin/env python3
"""Writes __tests__/fixtures/pep440/specifier-oracle.json: what Python's
`packaging.specifiers.SpecifierSet` says about a few hundred specifier sets
(as found in Requires-Python), each asked about every probe version with
prereleases left to the default, forced on and forced off.

Regenerate (deterministic: same packaging version, same file):

    python3 scripts/make-specifier-oracle.py

A set counts as invalid when packaging refuses to build it, and also when it
builds but raises on use: packaging accepts `~=1.0.poſt1` (its `~=` pattern
matches case-insensitively in Unicode mode) and then fails an assertion as
soon as the version inside is parsed.
"""

from __future__ import annotations

import json
import platform
import random
import sys
from pathlib import Path

import packaging
from packaging.specifiers import InvalidSpecifier, SpecifierSet

SEED = 508
OUT = Path(__file__).resolve().parent.parent / (
    "__tests__/fixtures/pep440/specifier-oracle.json"
)

MODES = {"default": None, "true": True, "false": False}

VERSIONS = [
    "0", "0.dev0", "0.9", "1", "1.0", "1.0.0", "1.0+local", "1.0+abc.5",
    "1.0a1", "1.0b2", "1.0rc1", "1.0.dev0", "1.0.dev1", "1.0.post0",
    "1.0.post1", "1.0.post1.dev1", "1.0.post2", "1.0.1", "1.1", "1.4.5",
    "1.4.5a4", "1.4.5.post1", "1.4.6", "1.4.99", "1.5", "1.5.dev0", "2.0",
    "2.2", "2.2.0", "2.2.1", "2.2.post3", "2.3", "3", "3.0", "3.0.1", "3.4",
    "3.8", "3.9", "3.9.0", "3.9.0+ubuntu", "3.9.18", "3.10", "3.10.0",
    "3.10.1", "3.10.3", "3.10.12+local", "3.11", "3.12", "3.12.0rc1",
    "3.13.0a1", "3.13.0b2", "3.13.0", "3.13.1.dev0", "3.14", "4", "4.0",
    "4.0.dev0", "4.0a1", "4.0.post1", "1!1.0", "1!2.0", "1!2.0.5", "10.0",
    "  3.9  ", "V3.9", "3.9.0-1", "3.10.RC1", "foo", "FOO", "Foo-1", "3.*",
    "", "1.0.0-foo", "1.0+LOCAL", "1.0+Local",
]

CURATED = [
    # Requires-Python as projects write it.
    ">=3.9", ">=3.9,<4", ">=3.9, <4", " >= 3.9 , < 4 ", ">=3.8,!=3.9.*,<4",
    ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*", "~=3.10",
    "~=3.10.2", "~=3.10,!=3.10.3", "==3.*", "==3.10.*", "!=3.0.*", ">3.9",
    "<4", "<=3.12", "==3.10", "!=3.10.1", "<3.13", ">=3.8.1", "==3", "==3.0",
    "==3.0.0", "!=3", "!=3.0.0", ">=3.10.0", "<4.0", "<=4", ">=3.9,<=3.12",
    # Pre-, post- and dev-releases in the specifier.
    ">=3.13a1", "<3.13rc1", "==3.13.0b2", ">3.12.dev0", "~=3.13.0a1",
    ">1.0.post1", ">1.0.dev1", ">1.0.dev0", "<=1.0a1", "==1.0.post1",
    ">=1.0.post1.dev2", ">1.0a1", ">=1.0rc1", "<1.0.post1", "<=1.0.post0",
    ">1.0", ">=1.0", "<1.0", "<=1.0", "<1.0a1", "<1.0.dev1", ">1.0.post0",
    "==1.0a1", "!=1.0a1", "==1.0.dev0", "<4.0a1", ">=4.0.dev0", "<4.0.dev0",
    "!=1.0.post1", ">=3.9,<4.0a1", ">=3.9,>=3.13.0a1", "<=1.0.dev1",
    # Local versions.
    "==1.0+local", "!=1.0+local", "==1.0+abc.5", "==1.0+LOCAL", "<=1.0+x",
    "==3.9.0+ubuntu", "==3.9+ubuntu",
    # Epochs and prefixes.
    ">=1!1.0", "==1!2.*", "~=1!1.0", "<1!0", ">=0!3.9", "==1!2.0.*",
    ">=v3.9", "==V3.9", "~=v1.4.5", "==v3.*", ">=V1!1.0",
    # Edges of the ordering.
    "<0", "<0.dev0", "<=0", ">0", "<1.0.dev0", ">=0.dev0", "==0", "<0.9",
    ">0.dev0", "<=0.dev0",
    # ~= spelled every way (some are quirks packaging implements as is).
    "~=1.4.5a4", "~=1.4.5.post1", "~=1.4.5.rev1", "~=1.4.5.c1",
    "~=1.4.5.dev1", "~=2.2.0", "~=2.2.post3", "~=2.2", "~=1.4.5RC1",
    "~=1.4.5.POST1", "~=1.4.5-1", "~=1.4.5.r1", "~=1.4.5.pre1", "~=1.4.5",
    "~=1.4", "~=1.0", "~=1.0.0", "~=3.10.0", "~=1.4.5.alpha1", "~=1.4.5b1",
    "~=1.4.5.beta1", "~=1.4.5-dev",
    # Arbitrary equality.
    "===3.10", "===foo", "===FOO", "===1.0+local", "===1.0", "===  3.9",
    "====3", "===", "=== ", "===3.9,>=3", "===foo,===Foo", "===foo,>=1",
    "===1.0,===1.0.0",
    # Whitespace and empty parts.
    "", " ", ",", ", ,", ">=3.9,,<4", "\t>=3.9\n", ">=\u30003.9", "==\t3.10.*",
    "~= 3.10", ">=3.9\u2028", "\u0085>=3.9", ">=3.9 ,<4,",
    # Invalid.
    ">=3.9.*", "~=3", "~=3.*", "~=3.10+local", ">=3.9+local", "<3+abc",
    "=3.9", "=>3.9", "3.9", ">= 3.9 4", ">=", "==", "==*", "==3.*.*",
    "==3.0a1.*", "==3.*+local", ">>3", "!3.0", "!==3", ">=3.9;python_version",
    ">=3.9)", "===foo bar", ">=3.9 <4", "<4.0; extra", ">=3.9 || <4", "^3.9",
    "~3.9", "3.9.*", "*", ">=abc", ">=1.0.0-foo", "~=1.0.po\u017ft1",
    "~=1.0.PO\u017fT1", "==1.0.po\u017ft1", ">=\u0661", ">=3.9\ufeff",
    ">=\uff13.9", "<=3.12.*", "!=3.0.*+local", "~=1!3", ">=3.9.dev1.post1",
    "==3.9-foo", ">=3.9, <4, garbage", "python>=3.9", ">=3,9",
]

OPS = ["~=", "==", "!=", "<=", ">=", "<", ">", "==="]
PIECES = ["3", "3.9", "3.10", "3.10.1", "1.0", "1.4.5", "2.2", "3.13.0a1",
          "1.0.post1", "1.0.dev0", "1.0rc1", "1!2.0", "3.*", "3.10.*",
          "1.0+local", "0", "4.0", "foo", "1.0-1", "2.2.POST3", "1.0A1"]


def random_set(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        ws = rng.choice(["", "", "", " "])
        parts.append(ws + rng.choice(OPS) + ws + rng.choice(PIECES) + ws)
    return ",".join(parts)


def outcomes(spec: str) -> dict:
    try:
        sset = SpecifierSet(spec)
    except InvalidSpecifier:
        return {"spec": spec, "valid": False, "error": "InvalidSpecifier"}
    results = {}
    try:
        for name, mode in MODES.items():
            results[name] = "".join(
                "1" if sset.contains(v, prereleases=mode) else "0"
                for v in VERSIONS
            )
        normalized = str(sset)
    except Exception as error:  # packaging fails on use; see the header
        return {"spec": spec, "valid": False, "error": type(error).__name__}
    return {"spec": spec, "valid": True, "str": normalized, **results}


def main() -> None:
    rng = random.Random(SEED)
    specs = CURATED + [random_set(rng) for _ in range(260)]
    entries = [outcomes(s) for s in dict.fromkeys(specs)]
    valid = sum(e["valid"] for e in entries)
    doc = {
        "generator": "scripts/make-specifier-oracle.py",
        "packaging_version": packaging.__version__,
        "python_version": platform.python_version(),
        "seed": SEED,
        "results": "one character per version: 1 contained, 0 not",
        "pairs": valid * len(VERSIONS) * len(MODES) + len(entries) - valid,
        "versions": VERSIONS,
    }
    body = json.dumps(doc, indent=1)[:-2]
    lines = [json.dumps(e, separators=(",", ":")) for e in entries]
    text = body + ',\n "sets": [\n' + ",\n".join(lines) + "\n ]\n}\n"
    json.loads(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="ascii")
    print(f"{OUT}: {len(entries)} sets ({valid} valid), {doc['pairs']} pairs",
          file=sys.stderr)


if __name__ == "__main__":
    main()
