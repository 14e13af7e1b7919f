#!/usr/bin/env python3
"""Writes __tests__/fixtures/dist-oracle/oracle.json: what Python's
`packaging` says about wheel and sdist file names, platform tags, license
expressions, Description-Content-Type values and core metadata files, for
the artifact checks to be tested against.

Regenerate (deterministic: same packaging version, same file):

    python3 scripts/make-dist-oracle.py

Platform families are what `packaging.tags` accepts on a simulated machine
of each family (glibc 2.39, musl 1.2, macOS 15; the interpreter's ELF header
check is switched off so that every architecture can be simulated here).
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import packaging
from packaging import _manylinux, _musllinux, tags
from packaging.licenses import canonicalize_license_expression
from packaging.metadata import _RAW_TO_EMAIL_MAPPING, Metadata, parse_email
from packaging.utils import (
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)

SEED = 427
OUT = Path(__file__).resolve().parent.parent / (
    "__tests__/fixtures/dist-oracle/oracle.json"
)

NAMES = ["foo", "Foo_Bar", "foo.bar", "foo_bar", "a", "zope.interface",
         "foo__bar", "foo-bar", "", "Ünïcode", "pkg9", "_lead", "x.y_z"]
VERSIONS = ["1.0", "1.0.0", "2.0.0rc1", "1.0.post1", "1!2.0", "1.0.dev3",
            "1.0+local", "0.1.dev1+g1234abc", "v1.0", "1.0-1", "bad", "",
            "1.0_rc1", "01.02"]
BUILDS = [None, "1", "2abc", "abc", "", "123_x"]
TAG_SETS = ["py3-none-any", "py2.py3-none-any", "cp312-cp312-win_amd64",
            "cp39.cp310-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64",
            "cp311-cp311-macosx_11_0_arm64", "PY3-NONE-ANY", "py3-none",
            "cp313-cp313t-musllinux_1_2_x86_64", "py3--any",
            "pp310-pypy310_pp73-manylinux_2_28_aarch64",
            "cp312-cp312-macosx_10_9_universal2", "cp38-cp38-linux_x86_64"]
CURATED_WHEELS = [
    "foo-1.0-py3-none-any.whl", "foo-1.0-py3-none-any.zip", "foo-1.0.whl",
    "foo-1.0-1-2-py3-none-any.whl", "foo-py3-none-any.whl",
    "Foo.Bar-1.0-py3-none-any.whl", "foo bar-1.0-py3-none-any.whl",
    "foo-1.0-py3-none-any-extra.whl",
]

LICENSES = [
    "MIT", "mit", "Apache-2.0", "apache-2.0 OR mit", "MIT AND (Apache-2.0 OR BSD-2-Clause)",
    "mit and (apache-2.0 or bsd-2-clause)", "(MIT)", "((MIT))", "MIT OR",
    "OR MIT", "MIT MIT", "()", "(MIT", "MIT)", "", " ", "GPL-2.0+", "GPL-2.0-or-later",
    "GPL-3.0-or-later WITH Classpath-exception-2.0",
    "GPL-3.0-or-later with classpath-exception-2.0",
    "GPL-3.0-or-later WITH MIT", "MIT WITH", "LicenseRef-Proprietary",
    "licenseref-my-license", "LicenseRef-my_license", "LicenseRef-Foo+",
    "LicenseRef-Foo OR LicenseRef-Foo+", "DocumentRef-x:LicenseRef-y",
    "Use-it-after-midnight", "MIT+", "BSD-3-Clause OR Apache-2.0 AND MIT",
    "MIT\tOR\nApache-2.0", "MIT OR (Apache-2.0 WITH LLVM-exception)",
    "Apache-2.0 WITH LLVM-exception", "CC0-1.0", "Unlicense", "PSF-2.0",
    "BSD", "GPL", "LGPL-3.0", "AGPL-3.0-only", "MPL-2.0", "ISC", "0BSD",
    "(MIT OR Apache-2.0) AND (BSD-2-Clause)", "MIT OR(Apache-2.0)",
    "MIT()", "MIT AND AND Apache-2.0", "WITH", "and",
]

CONTENT_TYPES = [
    "text/markdown", "Text/Markdown", "text/markdown; charset=UTF-8",
    "text/markdown; charset=utf-8", 'text/markdown; charset="UTF-8"',
    "text/markdown; variant=GFM", "text/markdown; variant=gfm",
    "text/markdown; variant=CommonMark; charset=UTF-8", "text/x-rst",
    "text/plain", "text/html", "markdown", "text/markdown;",
    "text/markdown ; variant = GFM", "text/markdown;variant=GFM",
    "text/x-rst; variant=foo", "text/plain; charset=latin-1", " text/markdown",
    "text/markdown; variant=MyST", 'text/markdown; variant="CommonMark"',
    "TEXT/X-RST", "text / markdown", "text/rst", "text/x-markdown",
    "text/plain; charset=UTF-8", "text/markdown; charset=UTF-8; charset=x",
]

METADATA = {
    "minimal": "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n",
    "body": (
        "Metadata-Version: 2.4\nName: foo\nVersion: 1.0\n"
        "Description-Content-Type: text/markdown\n\n# Foo\n\nText.\n"
    ),
    "multi-use": (
        "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n"
        "Classifier: A :: B\nClassifier: C :: D\nRequires-Dist: bar>=1\n"
        "Requires-Dist: baz; extra == 'x'\nProvides-Extra: x\n"
    ),
    "continuation": (
        "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n"
        "License: Copyright (c) 2024\n        Some Author\n\tAll rights\n"
        "Summary: one line\n"
    ),
    "header-description": (
        "Metadata-Version: 1.2\nName: foo\nVersion: 1.0\n"
        "Description: First line\n        |\n        |Second *para*.\n"
        "Platform: UNKNOWN\n"
    ),
    "crlf": "Metadata-Version: 2.1\r\nName: foo\r\nVersion: 1.0\r\n\r\nBody\r\n",
    "no-blank-line-body": "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\nnot a header\nmore\n",
    "case-insensitive": "metadata-version: 2.1\nNAME: foo\nversion: 1.0\n",
    "empty-value": "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\nSummary:\n",
    "colon-in-value": (
        "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n"
        "Project-URL: Homepage, https://example.com:8080/x\n"
    ),
    "body-blank-lines": (
        "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\n\n\n\nIndented:\n\n    code\n"
    ),
    "space-before-colon": "Metadata-Version: 2.1\nName : foo\nVersion: 1.0\n",
    "unicode": "Metadata-Version: 2.1\nName: foo\nVersion: 1.0\nAuthor: Zoë Ünïcode\n\nÜber.\n",
}


def wheel_case(file: str) -> dict:
    try:
        name, version, build, tag_set = parse_wheel_filename(file)
    except Exception as error:  # noqa: BLE001 - any refusal counts
        return {"file": file, "valid": False, "error": type(error).__name__}
    return {
        "file": file,
        "valid": True,
        "name": name,
        "version": str(version),
        "build": None if not build else f"{build[0]}{build[1]}",
        "tags": sorted(str(t) for t in tag_set),
    }


def sdist_case(file: str) -> dict:
    try:
        name, version = parse_sdist_filename(file)
    except Exception as error:  # noqa: BLE001
        return {"file": file, "valid": False, "error": type(error).__name__}
    # PEP 625: the escaped normalized name, the normalized version, .tar.gz.
    normalized = f"{canonicalize_name(name).replace('-', '_')}-{version}.tar.gz"
    return {
        "file": file,
        "valid": True,
        "name": name,
        "version": str(version),
        "normalized_file": normalized,
    }


def wheel_names(rng: random.Random) -> list[str]:
    combos = list(itertools.product(NAMES, VERSIONS, BUILDS, TAG_SETS))
    rng.shuffle(combos)
    out = list(CURATED_WHEELS)
    for name, version, build, tag_set in combos[:700]:
        parts = [name, version] + ([build] if build is not None else []) + [tag_set]
        out.append("-".join(parts) + ".whl")
    return out


def sdist_names() -> list[str]:
    out = []
    for name, version in itertools.product(NAMES, VERSIONS):
        for ext in (".tar.gz", ".zip", ".tar.bz2"):
            out.append(f"{name}-{version}{ext}")
    return out + ["foo.tar.gz", "foo-bar-1.0.tar.gz", "Foo-Bar-1.0.tar.gz",
                  "foo_bar-1.0.tar.gz", "foo-1.0.0.tar.gz", "foo-1.0-1.tar.gz"]


def simulated_families() -> dict[str, set[str]]:
    _manylinux._get_glibc_version = lambda: _manylinux._GLibCVersion(2, 39)
    _manylinux._have_compatible_abi = lambda executable, archs: True
    _musllinux._get_musl_version = lambda executable: _musllinux._MuslVersion(1, 2)
    return {
        "linux-x86_64": set(_manylinux.platform_tags(["x86_64"])),
        "linux-aarch64": set(_manylinux.platform_tags(["aarch64"])),
        "musllinux-x86_64": set(_musllinux.platform_tags(["x86_64"])),
        "macos-arm64": set(tags.mac_platforms((15, 0), "arm64")),
        "macos-x86_64": set(tags.mac_platforms((15, 0), "x86_64")),
        "windows-amd64": {"win_amd64"},
        "windows-arm64": {"win_arm64"},
        "any": {"any"},
    }


def platform_cases() -> list[dict]:
    families = simulated_families()
    others = {
        "linux_x86_64", "linux_aarch64", "linux_armv7l", "win32", "win_ia64",
        "manylinux2014_ppc64le", "manylinux_2_17_s390x", "manylinux1_i686",
        "musllinux_1_1_aarch64", "musllinux_1_2_i686", "macosx_10_9_i386",
        "macosx_10_4_ppc", "ios_13_0_arm64_iphoneos", "android_21_arm64_v8a",
    }
    candidates = sorted(set().union(*families.values()) | others)
    return [
        {"tag": t, "families": sorted(f for f, s in families.items() if t in s)}
        for t in candidates
    ]


def license_case(expression: str) -> dict:
    try:
        return {"expression": expression, "valid": True,
                "canonical": canonicalize_license_expression(expression)}
    except Exception as error:  # noqa: BLE001
        return {"expression": expression, "valid": False, "error": type(error).__name__}


def content_type_case(value: str) -> dict:
    raw = {"metadata_version": "2.1", "name": "a", "version": "1",
           "description_content_type": value}
    try:
        Metadata.from_raw(raw).description_content_type  # noqa: B018
    except Exception:  # noqa: BLE001
        return {"value": value, "valid": False}
    return {"value": value, "valid": True}


def metadata_case(name: str, text: str) -> dict:
    raw, unparsed = parse_email(text)
    fields = {}
    for key, value in raw.items():
        if key == "description":
            continue
        if isinstance(value, dict):
            value = [f"{k}, {v}" for k, v in value.items()]
        elif key == "keywords":
            value = [", ".join(value)]
        email = _RAW_TO_EMAIL_MAPPING[key]
        fields[email] = value if isinstance(value, list) else [value]
    return {"name": name, "text": text, "fields": fields,
            "description": raw.get("description"), "unparsed": sorted(unparsed)}


def main() -> None:
    rng = random.Random(SEED)
    oracle = {
        "packaging_version": packaging.__version__,
        "wheels": [wheel_case(f) for f in wheel_names(rng)],
        "sdists": [sdist_case(f) for f in sdist_names()],
        "platforms": platform_cases(),
        "licenses": [license_case(e) for e in LICENSES],
        "content_types": [content_type_case(v) for v in CONTENT_TYPES],
        "metadata": [metadata_case(n, t) for n, t in METADATA.items()],
    }
    OUT.write_text(json.dumps(oracle, indent=1, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    print({k: len(v) for k, v in oracle.items() if isinstance(v, list)})


if __name__ == "__main__":
    main()
