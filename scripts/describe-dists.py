#!/usr/bin/env python3
"""Write expected.json into every folder under ROOT that holds artifacts:
what Python's zipfile, tarfile and hashlib (what installers use) read from
each wheel and sdist, the oracle the artifact reader's tests compare against.

    python3 scripts/describe-dists.py ROOT

Standard library only.
"""
import hashlib, json, os, stat, sys, tarfile, zipfile

def member_digest(read):
    try:
        data = read()
    except Exception as error:  # a damaged member: the reader must say so too
        return {"error": f"{type(error).__name__}: {error}"}
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}

def zip_entries(path):
    entries = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            mode = info.external_attr >> 16 if info.create_system == 3 else 0
            kind = ("directory" if info.filename.endswith("/") else
                    "symlink" if stat.S_ISLNK(mode) else
                    "file" if stat.S_IFMT(mode) in (0, stat.S_IFREG) else "other")
            entry = {"name": info.filename, "kind": kind}
            if kind != "directory":
                entry.update(member_digest(lambda: zf.read(info)))
            entries.append(entry)
    return entries

def tar_entries(path):
    entries = []
    with tarfile.open(path, "r:gz") as tf:
        for member in tf.getmembers():
            kind = ("file" if member.isfile() else "directory" if member.isdir() else
                    "symlink" if member.issym() else "other")
            entry = {"name": member.name, "kind": kind}
            if kind == "file":
                entry.update(member_digest(lambda: tf.extractfile(member).read()))
            entries.append(entry)
    return entries

def describe(path):
    with open(path, "rb") as f:
        data = f.read()
    facts = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    try:
        facts["entries"] = tar_entries(path) if path.endswith(".tar.gz") else zip_entries(path)
    except Exception as error:
        facts["error"] = f"{type(error).__name__}: {error}"
    return facts

root = sys.argv[1]
folders = [dirpath for dirpath, _, files in os.walk(root)
           if any(f.endswith((".whl", ".tar.gz", ".zip")) for f in files)]
for folder in sorted(folders):
    artifacts = {name: describe(os.path.join(folder, name))
                 for name in sorted(os.listdir(folder))
                 if name.endswith((".whl", ".tar.gz", ".zip"))}
    with open(os.path.join(folder, "expected.json"), "w") as out:
        json.dump({"artifacts": artifacts}, out, indent=1, sort_keys=True)
        out.write("\n")
    print(f"  {os.path.relpath(folder, root)}: {len(artifacts)} artifacts")
