#!/usr/bin/env python3
"""Write the benchmark's dist/: N binary wheels and one sdist, like a release
of a compiled package built by cibuildwheel.

    python3 bench/make-dist.py OUT [--wheels 60] [--total-size 1.5e9]
                                   [--twine-copy DIR]

Each wheel holds ~300 generated Python modules and stubs (the same in every
wheel of the release, deflated at level 6), a complete .dist-info (METADATA
2.4 with a long Markdown description, WHEEL, entry_points.txt, licenses/,
RECORD written last) and three large extension modules / vendored
libraries. Those binaries are machine-code-like bytes that deflate about
2.5:1 and inflate about as slowly as a real x86-64 shared library, so the
reader under test does the work it would do on a real release (~1.5 GB of
wheels holding ~3.9 GB once inflated).

To keep generation quick, a pool of 1 MiB code blocks is generated and
deflated once (each ends with a full flush, so compressed blocks can be
concatenated into one valid deflate stream); each binary is a sequence of
pool blocks in a per-wheel order. The zip is written by hand so that those
precompressed blocks can be streamed into it.

--twine-copy DIR writes the same wheels again into DIR with
`Metadata-Version: 2.1`, for checkers that predate 2.2.

Output is byte-for-byte deterministic for given arguments. A JSON summary
is printed on stdout.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import itertools
import json
import multiprocessing
import os
import random
import struct
import sys
import tarfile
import time
import zlib

SEED = 1793620800
DOS_TIME, DOS_DATE = (12 << 11), ((2026 - 1980) << 9) | (11 << 5) | 2
TAR_MTIME = 1793620800
NAME, VERSION = "acme-codecs", "3.2.0"
PKG = "acme_codecs"
BLOCK = 1 << 20
POOL_BLOCKS = 32

PYTHONS = ["cp310", "cp311", "cp312", "cp313", "cp313t", "cp314", "cp314t", "cp39"]
PLATFORMS = [
    "manylinux_2_17_x86_64.manylinux2014_x86_64",
    "manylinux_2_17_aarch64.manylinux2014_aarch64",
    "musllinux_1_2_x86_64",
    "musllinux_1_2_aarch64",
    "macosx_10_13_x86_64",
    "macosx_11_0_arm64",
    "win_amd64",
    "win32",
    "win_arm64",
]


def wheel_tags(n: int) -> list[tuple[str, str, str]]:
    """cibuildwheel's matrix, newest Pythons first, every platform per Python."""
    tags = [(py.rstrip("t"), py, plat) for py in PYTHONS for plat in PLATFORMS]
    if n > len(tags):
        raise SystemExit(f"at most {len(tags)} wheels")
    return tags[:n]


def ext_suffix(abi: str, plat: str) -> str:
    ver = abi[2:]
    if plat.startswith("win"):
        return f".cp{ver}-{plat}.pyd"
    if plat.startswith("macosx"):
        return f".cpython-{ver}-darwin.so"
    arch = "x86_64" if "x86_64" in plat else "aarch64"
    libc = "musl" if plat.startswith("musllinux") else "gnu"
    return f".cpython-{ver}-{arch}-linux-{libc}.so"


def vendored_lib(plat: str, tag: str) -> str:
    if plat.startswith("win"):
        return f"{PKG}.libs/zstd-{tag}.dll"
    if plat.startswith("macosx"):
        return f"{PKG}/.dylibs/libzstd.1.dylib"
    return f"{PKG}.libs/libzstd-{tag}.so.1.5.6"


# -- machine-code-like bytes -------------------------------------------------
def instruction_vocabulary(r: random.Random) -> tuple[list[bytes], list[float]]:
    """x86-64-like encodings (REX + opcode + ModRM + small displacements),
    Zipf-weighted as instruction frequencies are in real code."""
    vocab: list[bytes] = []
    for _ in range(3000):
        reg, rm, k = r.randrange(8), r.randrange(8), r.random()
        if k < 0.30:
            ins = bytes([r.choice((0x48, 0x49, 0x4C, 0x4D)),
                         r.choice((0x89, 0x8B, 0x8D, 0x01, 0x03, 0x29, 0x39, 0x85)),
                         0x40 | reg << 3 | rm, r.choice((8, 16, 24, 32, 48, 56, 0xF8, 0xF0))])
        elif k < 0.45:
            ins = bytes([r.choice((0x48, 0x4C, 0x49, 0x45)),
                         r.choice((0x89, 0x31, 0x01, 0x29, 0x39, 0x85, 0x21, 0x09)),
                         0xC0 | reg << 3 | rm])
        elif k < 0.55:
            ins = bytes(r.choice(([0x55], [0x5D], [0x53], [0x5B], [0x41, 0x54], [0x41, 0x5C],
                                  [0xC3], [0x90], [0xCC, 0xCC], [0x0F, 0x1F, 0x44, 0, 0])))
        elif k < 0.70:
            ins = bytes([r.choice((0x74, 0x75, 0x7E, 0x7F, 0x72, 0x73, 0xEB)), r.randrange(2, 96)])
        elif k < 0.82:
            imm = r.choice((0, 1, 2, 4, 8, 16, 255, 0xFFFFFFFF, r.randrange(4096)))
            ins = bytes([0xB8 | reg]) + imm.to_bytes(4, "little")
        else:
            ins = bytes([0xC5, r.choice((0xF8, 0xF9, 0xFA, 0xFD, 0xFE)),
                         r.choice((0x10, 0x11, 0x28, 0x57, 0x58, 0x59, 0x6F, 0x7F, 0xEF)),
                         r.randrange(0xC0, 0x100)])
        vocab.append(ins)
    return vocab, list(itertools.accumulate(1.0 / (i + 1) ** 1.35 for i in range(len(vocab))))


def code_block(r: random.Random, vocab: list[bytes], cum: list[float]) -> bytes:
    out = bytearray()
    while len(out) < BLOCK:
        k = r.random()
        if k < 0.008:  # tables and relocations: nearly incompressible
            out += r.randbytes(r.randrange(64, 1024))
        elif k < 0.038:  # mangled symbol names
            out += b"\0".join(b"_ZN4acme" + r.choice((b"codec", b"frame", b"simd", b"detail"))
                              + str(r.randrange(9999)).encode() + b"E" for _ in range(r.randrange(4, 40)))
        else:
            toks = r.choices(vocab, cum_weights=cum, k=2048)
            for i in range(0, len(toks), 16):  # calls: opcode + a relative target
                toks[i] = bytes([r.choice((0xE8, 0xE9))]) + r.randrange(-1 << 20, 1 << 20).to_bytes(
                    4, "little", signed=True)
            out += b"".join(toks)
    return bytes(out[:BLOCK])


def deflate_block(raw: bytes) -> bytes:
    """Raw deflate ending byte-aligned with an empty stored block, so that
    blocks can follow each other in one stream."""
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(raw) + c.flush(zlib.Z_FULL_FLUSH)


FINAL_BLOCK = b"\x03\x00"  # an empty final fixed-Huffman block


def make_pool(seed: int) -> list[tuple[bytes, bytes]]:
    r = random.Random(seed)
    vocab, cum = instruction_vocabulary(r)
    return [(raw, deflate_block(raw)) for raw in (code_block(r, vocab, cum) for _ in range(POOL_BLOCKS))]


# -- Python sources, Markdown, metadata --------------------------------------
WORDS = ("frame chunk buffer window codec level dictionary stream header block table "
         "literal match offset length checksum context option limit budget reader writer "
         "source sink state error cursor segment index entry").split()


def py_module(r: random.Random, name: str, functions: int) -> bytes:
    lines = [f'"""{name}: {" ".join(r.choices(WORDS, k=8))}."""', "",
             "from __future__ import annotations", "", "import struct", "from typing import Any", ""]
    for _ in range(functions):
        fn = f"{r.choice(WORDS)}_{r.choice(WORDS)}_{r.randrange(100)}"
        args = [f"{w}: int" for w in r.sample(WORDS, r.randrange(1, 4))]
        lines += ["", f"def {fn}({', '.join(args)}) -> Any:",
                  f'    """{" ".join(r.choices(WORDS, k=r.randrange(6, 16))).capitalize()}."""']
        for _ in range(r.randrange(3, 12)):
            a, b = r.sample(WORDS, 2)
            lines.append(r.choice((f"    {a} = {b} + {r.randrange(1 << 16)}",
                                   f"    if {a} > {b}:\n        raise ValueError('{a} exceeds {b}')",
                                   f"    {a} = struct.unpack_from('<I', {b}, {r.randrange(64)})[0]",
                                   f"    # {' '.join(r.choices(WORDS, k=10))}")))
        lines.append(f"    return {r.choice(WORDS)}")
    return ("\n".join(lines) + "\n").encode()


def sources(seed: int) -> list[tuple[str, bytes]]:
    r = random.Random(seed)
    files = [(f"{PKG}/__init__.py", b'"""Fast codecs."""\n__version__ = "' + VERSION.encode() + b'"\n'),
             (f"{PKG}/py.typed", b"")]
    for sub in ("frame", "stream", "dictionary", "simd", "cli", "compat"):
        files.append((f"{PKG}/{sub}/__init__.py", b""))
        for i in range(48):
            mod = f"{PKG}/{sub}/{r.choice(WORDS)}_{i}"
            files.append((mod + ".py", py_module(r, mod, r.randrange(2, 14))))
            if i % 4 == 0:
                files.append((mod + ".pyi", b"from typing import Any\ndef __getattr__(name: str) -> Any: ...\n"))
    return files


def description(seed: int) -> str:
    r = random.Random(seed)
    out = [f"# {NAME}", "", "Fast compression codecs with a C core.", ""]
    for i in range(120):
        out += [f"## {' '.join(r.choices(WORDS, k=3)).title()}", "",
                " ".join(r.choices(WORDS, k=60)).capitalize() + ".", "",
                "```python", f"import {PKG}", f"{PKG}.{r.choice(WORDS)}({i})", "```", ""]
    return "\n".join(out)


def metadata(md_version: str, desc: str) -> bytes:
    head = [f"Metadata-Version: {md_version}", f"Name: {NAME}", f"Version: {VERSION}",
            "Summary: Fast compression codecs with a C core",
            "Author-email: Acme Codecs <dev@acme.invalid>",
            "License-Expression: BSD-3-Clause", "License-File: LICENSE",
            "Project-URL: Source, https://github.com/acme/acme-codecs",
            "Classifier: Programming Language :: Python :: 3",
            "Classifier: Programming Language :: Python :: Implementation :: CPython",
            "Requires-Python: >=3.9", "Requires-Dist: typing-extensions>=4.6; python_version < \"3.11\"",
            "Provides-Extra: cli", "Requires-Dist: click>=8; extra == \"cli\"",
            "Description-Content-Type: text/markdown"]
    return ("\n".join(head) + "\n\n" + desc).encode()


LICENSE = b"BSD 3-Clause License\n\nCopyright (c) 2026, Acme Codecs\n" + b"Redistribution and use permitted.\n" * 20


def record_hash(digest: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


# -- a zip writer that accepts precompressed deflate -------------------------
class ZipOut:
    def __init__(self, path: str) -> None:
        self.f = open(path, "wb")
        self.central: list[bytes] = []

    def add(self, name: str, chunks: list[tuple[bytes, bytes]], crc: int, size: int, exe: bool) -> None:
        """chunks: (raw, deflated) pairs; the deflated parts form the member."""
        encoded = name.encode()
        offset = self.f.tell()
        comp = sum(len(c) for _, c in chunks) + len(FINAL_BLOCK)
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, DOS_TIME, DOS_DATE,
                             crc, comp, size, len(encoded), 0)
        self.f.write(header + encoded)
        for _, c in chunks:
            self.f.write(c)
        self.f.write(FINAL_BLOCK)
        mode = (0o100755 if exe else 0o100644) << 16
        self.central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x800, 8,
                                         DOS_TIME, DOS_DATE, crc, comp, size, len(encoded), 0, 0, 0, 0,
                                         mode, offset) + encoded)

    def close(self) -> int:
        start = self.f.tell()
        cd = b"".join(self.central)
        self.f.write(cd + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(self.central),
                                      len(self.central), len(cd), start, 0))
        size = self.f.tell()
        self.f.close()
        return size


def small(data: bytes) -> tuple[list[tuple[bytes, bytes]], int, int]:
    return [(data, deflate_block(data))], zlib.crc32(data), len(data)


POOL: list[tuple[bytes, bytes]] = []
SHARED: dict = {}


def write_wheel(job: dict) -> dict:
    py, abi, plat = job["tag"]
    r = random.Random(job["seed"])
    distinfo = f"{PKG}-{VERSION}.dist-info"
    name = f"{PKG}-{VERSION}-{py}-{abi}-{plat}.whl"
    outs = [ZipOut(os.path.join(d, name)) for d in job["dirs"]]
    record: list[str] = []

    def add(path: str, member, exe: bool = False, per_out: list | None = None) -> None:
        chunks, crc, size = member
        raw_hash = hashlib.sha256()
        for raw, _ in chunks:
            raw_hash.update(raw)
        record.append(f"{path},{record_hash(raw_hash.digest())},{size}")
        for i, out in enumerate(outs):
            c = per_out[i] if per_out else member
            out.add(path, c[0], c[1], c[2], exe)

    for path, data in SHARED["sources"]:
        add(path, SHARED["compressed"][path])
    suffix, blocks = ext_suffix(abi, plat), job["blocks"]
    binaries = [(f"{PKG}/_core{suffix}", blocks * 6 // 10), (f"{PKG}/_simd{suffix}", blocks * 25 // 100)]
    binaries.append((vendored_lib(plat, "%08x" % r.getrandbits(32)), blocks - binaries[0][1] - binaries[1][1]))
    for path, n in binaries:
        chunks = [POOL[r.randrange(POOL_BLOCKS)] for _ in range(n)]
        crc = 0
        for raw, _ in chunks:
            crc = zlib.crc32(raw, crc)
        add(path, (chunks, crc, n * BLOCK), exe=True)
    meta = [small(metadata(v, SHARED["description"])) for v in job["md_versions"]]
    add(f"{distinfo}/METADATA", meta[0], per_out=meta)
    tags = "".join(f"Tag: {py}-{abi}-{p}\n" for p in plat.split("."))
    add(f"{distinfo}/WHEEL", small(f"Wheel-Version: 1.0\nGenerator: acme-bench (1.0)\n"
                                   f"Root-Is-Purelib: false\n{tags}".encode()))
    add(f"{distinfo}/entry_points.txt", small(f"[console_scripts]\nacme-codecs = {PKG}.cli:main\n".encode()))
    add(f"{distinfo}/licenses/LICENSE", small(LICENSE))
    record.append(f"{distinfo}/RECORD,,")
    rec = ("\n".join(record) + "\n").encode()
    for out in outs:
        out.add(f"{distinfo}/RECORD", *small(rec), False)
    sizes = [out.close() for out in outs]
    return {"file": name, "bytes": sizes[0], "members": len(record)}


def write_sdist(out: str) -> dict:
    top = f"{PKG}-{VERSION}"
    members = [("PKG-INFO", metadata("2.4", SHARED["description"])),
               ("pyproject.toml", f'[build-system]\nrequires = ["setuptools>=77"]\n'
                                  f'build-backend = "setuptools.build_meta"\n\n[project]\n'
                                  f'name = "{NAME}"\nversion = "{VERSION}"\n'.encode()),
               ("LICENSE", LICENSE), ("README.md", SHARED["description"].encode())]
    members += [(f"src/{p}", d) for p, d in SHARED["sources"]]
    path = os.path.join(out, f"{top}.tar.gz")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for p, d in sorted(members):
            info = tarfile.TarInfo(f"{top}/{p}")
            info.size, info.mtime, info.mode = len(d), TAR_MTIME, 0o644
            tf.addfile(info, io.BytesIO(d))
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    with open(path, "wb") as f:
        f.write(c.compress(buf.getvalue()) + c.flush())
    return {"file": os.path.basename(path), "bytes": os.path.getsize(path), "members": len(members)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--wheels", type=int, default=60)
    ap.add_argument("--total-size", type=float, default=1.5e9, help="bytes, all artifacts together")
    ap.add_argument("--twine-copy", metavar="DIR")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    dirs = [args.out] + ([args.twine_copy] if args.twine_copy else [])
    for d in dirs:
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith((".whl", ".tar.gz")):
                os.remove(os.path.join(d, f))

    POOL.extend(make_pool(SEED))
    SHARED["sources"] = sources(SEED + 1)
    SHARED["compressed"] = {p: small(d) for p, d in SHARED["sources"]}
    SHARED["description"] = description(SEED + 2)
    sdist = write_sdist(args.out)
    text_bytes = sum(len(c[0][0][1]) for c in SHARED["compressed"].values()) + 40_000
    block_bytes = sum(len(c) for _, c in POOL) / POOL_BLOCKS
    r = random.Random(SEED + 3)
    weights = [r.uniform(0.85, 1.15) for _ in range(args.wheels)]
    per_wheel = (args.total_size - sdist["bytes"]) / sum(weights)
    jobs = [{"tag": tag, "seed": SEED * 100 + i, "dirs": dirs,
             "md_versions": ["2.4", "2.1"][:len(dirs)],
             "blocks": max(3, round((per_wheel * w - text_bytes) / block_bytes))}
            for i, (tag, w) in enumerate(zip(wheel_tags(args.wheels), weights))]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        wheels = pool.map(write_wheel, jobs, chunksize=1)
    summary = {"wheels": len(wheels), "sdist": sdist["file"],
               "bytes": sum(w["bytes"] for w in wheels) + sdist["bytes"],
               "inflated_bytes": sum(j["blocks"] for j in jobs) * BLOCK,
               "seconds": round(time.perf_counter() - t0, 1)}
    json.dump(summary, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
