#!/usr/bin/env python3
"""Write the hand-made broken artifacts the artifact checks are tested on.

    python3 scripts/make-broken-dists.py OUT

Each case is one artifact in its own folder, OUT/<case>/, sound in every
way but one: a RECORD hash that lies, a member outside the archive, a
local version, a linux_x86_64 tag, a non-normalized sdist name, ... The
project they belong to is `brokenpkg` 1.0.0. OUT/manifest.json lists, for
each case, its file and the finding ids it is meant to raise.

Standard library only (zipfile, tarfile, gzip); the output is the same
byte for byte on every run.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile
import warnings
import zipfile

NAME, VERSION = "brokenpkg", "1.0.0"
ZIP_TIME = (2026, 11, 2, 12, 0, 0)
TAR_MTIME = 1793620800
README = "# brokenpkg\n\nA package that is broken in exactly one way.\n"
MODULE = b'"""brokenpkg."""\n\n__version__ = "1.0.0"\n'


def metadata(name=NAME, version=VERSION, body=README, drop=(), **fields) -> bytes:
    headers = {"Metadata-Version": "2.1", "Name": name, "Version": version,
               "Summary": "A package broken in exactly one way",
               "Requires-Python": ">=3.8", "License": "MIT",
               "Description-Content-Type": "text/markdown"}
    headers.update({k.replace("_", "-"): v for k, v in fields.items()})
    lines = [f"{k}: {v}" for k, v in headers.items() if k not in drop]
    return ("\n".join(lines) + "\n\n" + body).encode()


def record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def wheel_bytes(version=VERSION, tag="py3-none-any", meta=None, wheel_tag=None, files=None,
                record_rows=None, unlisted=(), dist_info=None) -> bytes:
    """A wheel; `record_rows` may edit RECORD's rows, `unlisted` members are left out of it."""
    dist_info = dist_info or f"{NAME}-{version}.dist-info"
    files = list(files if files is not None else [(f"{NAME}/__init__.py", MODULE)])
    purelib = "true" if tag.endswith("-none-any") else "false"
    files += [(f"{dist_info}/METADATA", meta if meta is not None else metadata(version=version)),
              (f"{dist_info}/WHEEL", (f"Wheel-Version: 1.0\nGenerator: make-broken-dists (1.0)\n"
                                      f"Root-Is-Purelib: {purelib}\nTag: {wheel_tag or tag}\n").encode())]
    rows = [[p, record_hash(d), str(len(d))] for p, d in files]
    rows = record_rows(rows) if record_rows else rows
    rows.append([f"{dist_info}/RECORD", "", ""])
    record = "".join(",".join(r) + "\n" for r in rows).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for path, data in files + list(unlisted) + [(f"{dist_info}/RECORD", record)]:
            zf.writestr(zip_info(path), data)
    return buffer.getvalue()


def sdist_bytes(top=f"{NAME}-{VERSION}", pkg_info=None, files=()) -> bytes:
    members = [("PKG-INFO", pkg_info if pkg_info is not None else metadata()),
               ("pyproject.toml", f'[project]\nname = "{NAME}"\nversion = "{VERSION}"\n'.encode()),
               ("README.md", README.encode()), (f"src/{NAME}/__init__.py", MODULE)] + list(files)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tf:
        folder = tarfile.TarInfo(top)
        folder.type, folder.mode, folder.mtime = tarfile.DIRTYPE, 0o755, TAR_MTIME
        tf.addfile(folder)
        for path, data in members:
            info = tarfile.TarInfo(f"{top}/{path}")
            info.size, info.mode, info.mtime = len(data), 0o644, TAR_MTIME
            tf.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def edit_row(index: int, column: int, value: str):
    def edit(rows):
        rows[index][column] = value
        return rows
    return edit


WHEEL = f"{NAME}-{VERSION}-py3-none-any.whl"
SDIST = f"{NAME}-{VERSION}.tar.gz"
TWO_FILES = [(f"{NAME}/__init__.py", MODULE), (f"{NAME}/core.py", b"def run():\n    return 1\n")]

CASES = [
    ("record-hash-mismatch", WHEEL, ["dist/record-hash-mismatch"],
     "RECORD's hash for brokenpkg/__init__.py is the hash of other bytes",
     lambda: wheel_bytes(record_rows=edit_row(0, 1, record_hash(b"other bytes")))),
    ("record-size-mismatch", WHEEL, ["dist/record-size-mismatch"],
     "RECORD's size for brokenpkg/__init__.py is one byte too many",
     lambda: wheel_bytes(record_rows=edit_row(0, 2, str(len(MODULE) + 1)))),
    ("record-unlisted-file", WHEEL, ["dist/record-unlisted-file"],
     "brokenpkg/extra.py is in the wheel but not in RECORD",
     lambda: wheel_bytes(unlisted=[(f"{NAME}/extra.py", b"X = 1\n")])),
    ("record-missing-entry", WHEEL, ["dist/record-missing-entry"],
     "RECORD lists brokenpkg/core.py, which the wheel lacks",
     lambda: wheel_bytes(record_rows=lambda rows: rows + [[f"{NAME}/core.py", record_hash(b"x"), "1"]])),
    ("unsafe-path", WHEEL, ["dist/unsafe-path"],
     "a member named ../outside.py would be written outside site-packages",
     lambda: wheel_bytes(files=[(f"{NAME}/__init__.py", MODULE), ("../outside.py", b"print('escaped')\n")])),
    ("unsafe-path-absolute", WHEEL, ["dist/unsafe-path"],
     "a member with the absolute path /tmp/outside.py",
     lambda: wheel_bytes(files=[(f"{NAME}/__init__.py", MODULE), ("/tmp/outside.py", b"print('escaped')\n")])),
    ("duplicate-entry", WHEEL, ["dist/duplicate-entry"],
     "brokenpkg/core.py is stored twice, with different contents",
     lambda: wheel_bytes(files=TWO_FILES, unlisted=[(f"{NAME}/core.py", b"def run():\n    return 2\n")])),
    ("secret-file", WHEEL, ["dist/secret-file"],
     "a .env file shipped inside the package",
     lambda: wheel_bytes(files=[(f"{NAME}/__init__.py", MODULE), (f"{NAME}/.env", b"API_TOKEN=not-a-real-token\n")])),
    ("local-version", f"{NAME}-1.0.0+g1234abc-py3-none-any.whl", ["dist/local-version"],
     "a local version, as setuptools-scm gives a build off its tag",
     lambda: wheel_bytes(version="1.0.0+g1234abc")),
    ("placeholder-version", f"{NAME}-0.0.0-py3-none-any.whl", ["dist/placeholder-version"],
     "version 0.0.0, what VCS-versioned builds fall back to without tags",
     lambda: wheel_bytes(version="0.0.0")),
    ("linux-platform-tag", f"{NAME}-1.0.0-cp311-cp311-linux_x86_64.whl", ["dist/linux-platform-tag"],
     "a linux_x86_64 wheel, not repaired into a manylinux one",
     lambda: wheel_bytes(tag="cp311-cp311-linux_x86_64")),
    ("version-mismatch", WHEEL, ["dist/version-mismatch"],
     "the file name says 1.0.0, METADATA says 1.0.1",
     lambda: wheel_bytes(meta=metadata(version="1.0.1"))),
    ("name-mismatch", WHEEL, ["dist/name-mismatch"],
     "the file name says brokenpkg, METADATA says otherpkg",
     lambda: wheel_bytes(meta=metadata(name="otherpkg"))),
    ("wheel-tags-mismatch", WHEEL, ["dist/wheel-tags-mismatch"],
     "the file name says py3-none-any, WHEEL says a manylinux tag",
     lambda: wheel_bytes(wheel_tag="cp311-cp311-manylinux_2_17_x86_64")),
    ("metadata-version-unsupported", WHEEL, ["metadata/version-unsupported"],
     "Metadata-Version 9.9",
     lambda: wheel_bytes(meta=metadata(Metadata_Version="9.9"))),
    ("metadata-missing-field", WHEEL, ["metadata/missing-field"],
     "METADATA has no Name",
     lambda: wheel_bytes(meta=metadata(drop=("Name",)))),
    ("metadata-content-type", WHEEL, ["metadata/content-type"],
     "Description-Content-Type: text/x-unknown",
     lambda: wheel_bytes(meta=metadata(Description_Content_Type="text/x-unknown"))),
    ("metadata-long-description", WHEEL, ["metadata/long-description"],
     "a reStructuredText description that does not render",
     lambda: wheel_bytes(meta=metadata(Description_Content_Type="text/x-rst",
                                       body="brokenpkg\n=====\n\nSee `the docs <https://example.invalid\n"))),
    ("metadata-requires-python-invalid", WHEEL, ["metadata/requires-python-invalid"],
     "Requires-Python: =>3.8",
     lambda: wheel_bytes(meta=metadata(Requires_Python="=>3.8"))),
    ("bad-filename", f"{NAME}-1.0.0-py3-none.whl", ["dist/bad-filename"],
     "a wheel file name with no platform tag",
     lambda: wheel_bytes()),
    ("corrupt-archive", WHEEL, ["dist/corrupt-archive"],
     "the first half of a wheel: the central directory is missing",
     lambda: (lambda data: data[: len(data) // 2])(wheel_bytes(files=TWO_FILES))),
    ("zip-bomb", WHEEL, ["dist/zip-bomb"],
     "64 MiB of zeros deflated to 64 KiB, honestly declared and listed in RECORD",
     lambda: wheel_bytes(files=[(f"{NAME}/__init__.py", MODULE), (f"{NAME}/zeros.bin", bytes(64 << 20))])),
    ("sdist-name-not-normalized", f"BrokenPkg-{VERSION}.tar.gz", ["dist/sdist-name-not-normalized"],
     "an sdist named as old setuptools did, not as PEP 625 requires",
     lambda: sdist_bytes(top=f"BrokenPkg-{VERSION}", pkg_info=metadata(name="BrokenPkg"))),
    ("sdist-top-folder", SDIST, ["dist/sdist-top-folder"],
     "the top folder is brokenpkg-0.9.0/ (the id is a proposal: no finding exists for it yet)",
     lambda: sdist_bytes(top=f"{NAME}-0.9.0")),
    ("sdist-secret-file", SDIST, ["dist/secret-file"],
     "a .pypirc in the sdist",
     lambda: sdist_bytes(files=[(".pypirc", b"[pypi]\nusername = __token__\npassword = not-a-real-token\n")])),
    ("sdist-version-mismatch", SDIST, ["dist/version-mismatch"],
     "the file name says 1.0.0, PKG-INFO says 1.0.1",
     lambda: sdist_bytes(pkg_info=metadata(version="1.0.1"))),
    ("sdist-corrupt-archive", SDIST, ["dist/corrupt-archive"],
     "the first half of an sdist: gzip and tar both end early",
     lambda: (lambda data: data[: len(data) // 2])(sdist_bytes(files=[("data.txt", bytes(range(256)) * 64)]))),
]


def main(out: str) -> int:
    warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
    os.makedirs(out, exist_ok=True)
    manifest = {"project": {"name": NAME, "version": VERSION}, "cases": []}
    for case, file, expect, about, make in CASES:
        os.makedirs(os.path.join(out, case), exist_ok=True)
        with open(os.path.join(out, case, file), "wb") as f:
            f.write(make())
        manifest["cases"].append({"case": case, "file": f"{case}/{file}", "expect": expect, "about": about})
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"  {len(CASES)} cases in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
