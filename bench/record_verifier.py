#!/usr/bin/env python3
"""The floor the artifact reader is measured against: a single-threaded,
streaming RECORD verifier in plain Python (stdlib only).

    python3 bench/record_verifier.py FILE...

For each file: the sha256 of the whole file; for each wheel, every RECORD
row that carries a hash is inflated and hashed as a stream (1 MiB at a
time) and compared, hash and size, with the row. Prints a JSON summary;
exits 1 if any row does not match.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import sys
import zipfile

CHUNK = 1 << 20


def file_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def verify_wheel(path: str) -> tuple[int, list[str]]:
    checked, bad = 0, []
    with zipfile.ZipFile(path) as zf:
        record = next(n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/RECORD"))
        rows = csv.reader(io.StringIO(zf.read(record).decode("utf-8")))
        for row in rows:
            if len(row) < 3 or not row[1]:
                continue
            name, expected, size = row[0], row[1], row[2]
            algorithm, _, b64 = expected.partition("=")
            h, n = hashlib.new(algorithm), 0
            with zf.open(name) as member:
                while chunk := member.read(CHUNK):
                    h.update(chunk)
                    n += len(chunk)
            got = base64.urlsafe_b64encode(h.digest()).rstrip(b"=").decode()
            checked += 1
            if got != b64 or str(n) != size:
                bad.append(name)
    return checked, bad


def main(paths: list[str]) -> int:
    summary = {"files": 0, "rows": 0, "mismatches": []}
    for path in paths:
        file_digest(path)
        summary["files"] += 1
        if path.endswith(".whl"):
            checked, bad = verify_wheel(path)
            summary["rows"] += checked
            summary["mismatches"] += [f"{path}: {name}" for name in bad]
    json.dump(summary, sys.stdout)
    sys.stdout.write("\n")
    return 1 if summary["mismatches"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
