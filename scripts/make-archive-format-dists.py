#!/usr/bin/env python3
"""Write sound sdists and wheels in every archive layout Python writes.

    python3 scripts/make-archive-format-dists.py OUT

OUT gets tar archives in GNU (long names in 'L' records), pax (long and
non-ASCII names, a global header) and ustar (long names split into the
prefix field) layouts, with every member kind; and wheels with a zip64
local header, data descriptors, stored members and an archive comment.
Then scripts/describe-dists.py writes OUT/expected.json, the oracle the
artifact reader's tests compare against.

Standard library only; the output is the same byte for byte on every run.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import zipfile

MTIME = 1793620800
ZIP_TIME = (2026, 11, 2, 12, 0, 0)
TOP = "formats-1.0"
DEEP = "/".join(["a-rather-long-folder-name"] * 5)  # 129 characters


def tar_member(name: str, data: bytes = b"", kind=tarfile.REGTYPE, link="") -> tuple:
    info = tarfile.TarInfo(name)
    info.type, info.mtime, info.mode, info.linkname = kind, MTIME, 0o644, link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def members() -> list[tuple]:
    return [
        tar_member(TOP, kind=tarfile.DIRTYPE),
        tar_member(f"{TOP}/PKG-INFO", b"Metadata-Version: 2.1\nName: formats\nVersion: 1.0\n"),
        tar_member(f"{TOP}/{DEEP}/module.py", b"VALUE = 1\n" * 100),
        tar_member(f"{TOP}/caf\u00e9.py", "# caf\u00e9\n".encode()),
        tar_member(f"{TOP}/empty.py"),
        tar_member(f"{TOP}/link", kind=tarfile.SYMTYPE, link=f"{DEEP}/module.py"),
        tar_member(f"{TOP}/hard", kind=tarfile.LNKTYPE, link=f"{TOP}/empty.py"),
        tar_member(f"{TOP}/fifo", kind=tarfile.FIFOTYPE),
        tar_member(f"{TOP}/block-sized.bin", bytes(range(256)) * 4),
    ]


def sdist(path: str, fmt: int, pax_headers=None) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=fmt, pax_headers=pax_headers or {}) as tf:
        for info, data in members():
            if fmt == tarfile.USTAR_FORMAT:
                if not info.name.isascii():
                    continue  # ustar holds ASCII names only
                if len(info.linkname) > 100:
                    info.linkname = "empty.py"  # and link targets of 100 bytes
            tf.addfile(info, io.BytesIO(data) if data else None)
    with open(path, "wb") as out:
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=MTIME, filename="") as gz:
            gz.write(raw.getvalue())


def record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode()


def zip_info(name: str, compress=zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.create_system, info.external_attr, info.compress_type = 3, 0o100644 << 16, compress
    return info


def wheel(path: str, streamed: bool) -> None:
    """A wheel: a zip64 local header, a stored member, a comment; data
    descriptors when `streamed` (written to a pipe, as some tools do)."""
    files = {
        "formats/__init__.py": b"VALUE = 1\n" * 100,
        "formats/data.bin": bytes(range(256)) * 64,
        "formats-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: formats\nVersion: 1.0\n",
        "formats-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    rows = [f"{name},{record_hash(data)},{len(data)}" for name, data in files.items()]
    files["formats-1.0.dist-info/RECORD"] = ("\n".join(rows) + "\nformats-1.0.dist-info/RECORD,,\n").encode()
    raw = io.BytesIO()
    sink = Unseekable(raw) if streamed else raw
    with zipfile.ZipFile(sink, "w") as zf:
        zf.comment = b"made by scripts/make-archive-format-dists.py"
        for index, (name, data) in enumerate(files.items()):
            stored = zipfile.ZIP_STORED if name.endswith(".bin") else zipfile.ZIP_DEFLATED
            with zf.open(zip_info(name, stored), "w", force_zip64=index == 0) as member:
                member.write(data)
    with open(path, "wb") as out:
        out.write(raw.getvalue())


class Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek: zipfile then writes data descriptors."""

    def __init__(self, target: io.BytesIO):
        self.target = target

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return self.target.write(data)

    def flush(self) -> None:
        pass


def main(out: str) -> int:
    os.makedirs(out, exist_ok=True)
    sdist(os.path.join(out, "formats_gnu-1.0.tar.gz"), tarfile.GNU_FORMAT)
    sdist(os.path.join(out, "formats_pax-1.0.tar.gz"), tarfile.PAX_FORMAT,
          pax_headers={"comment": "a global pax header"})
    sdist(os.path.join(out, "formats_ustar-1.0.tar.gz"), tarfile.USTAR_FORMAT)
    wheel(os.path.join(out, "formats-1.0-py3-none-any.whl"), streamed=False)
    wheel(os.path.join(out, "formats_streamed-1.0-py3-none-any.whl"), streamed=True)
    describe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "describe-dists.py")
    subprocess.run([sys.executable, describe, out], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
