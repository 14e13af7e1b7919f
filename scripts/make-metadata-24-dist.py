#!/usr/bin/env python3
"""Writes a healthy Metadata-Version 2.4 wheel (PEP 639 license fields).

Debian's hatchling writes Metadata 2.1; this script takes the wheel it
built under __tests__/fixtures/dists/hatchling/, raises the METADATA to 2.4
(which Debian's twine 4.0.2 cannot read) and rewrites RECORD to match, so a
test can show that a sound 2.4 wheel passes. Deterministic: stdlib only,
fixed timestamps. Run from the repository root:

    python3 scripts/make-metadata-24-dist.py
"""
import base64
import hashlib
import zipfile
from pathlib import Path

SOURCE = Path('__tests__/fixtures/dists/hatchling/acme_hatch_demo-2.0.0rc1-py3-none-any.whl')
TARGET = Path('__tests__/fixtures/dists/metadata-2.4') / SOURCE.name
STAMP = (2026, 11, 2, 12, 0, 0)


def record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=')
    return 'sha256=' + digest.decode()


def main() -> None:
    with zipfile.ZipFile(SOURCE) as wheel:
        members = {info.filename: wheel.read(info) for info in wheel.infolist()}
    record_name = next(n for n in members if n.endswith('.dist-info/RECORD'))
    metadata_name = next(n for n in members if n.endswith('.dist-info/METADATA'))
    members[metadata_name] = members[metadata_name].replace(
        b'Metadata-Version: 2.1', b'Metadata-Version: 2.4', 1
    )
    rows = [f'{name},{record_hash(data)},{len(data)}' for name, data in members.items() if name != record_name]
    members[record_name] = ('\n'.join(rows + [f'{record_name},,']) + '\n').encode()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(TARGET, 'w', zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    print(TARGET)


if __name__ == '__main__':
    main()
