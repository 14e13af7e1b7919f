#!/usr/bin/env bash
# build-example-dist.sh - rebuild the committed artifacts of the demo project.
#
# What it does
#   Rebuilds examples/demo-project/dist/ from scratch (a wheel and an sdist of
#   the `acme-weather` package, built by hatchling through `python -m build`),
#   prints each artifact's size and sha256 plus the wheel's core metadata, and
#   runs `twine check --strict` on the result.
#
#   The build is reproducible: SOURCE_DATE_EPOCH is pinned, and hatchling
#   then fixes every archive timestamp, owner and permission bit, so a rebuild
#   with the same Debian packages gives byte-identical files.
#
#   It installs nothing. It uses Debian's own Python (/usr/bin/python3, not
#   whatever `python3` is first on PATH) with Debian's packaging tools, and
#   stops with the exact apt-get command to run if any of them is missing.
#
# How to run it (from anywhere in the repository)
#   scripts/build-example-dist.sh           rebuild examples/demo-project/dist/
#   scripts/build-example-dist.sh --check   build into a temporary directory and
#                                           fail if it differs from the
#                                           committed dist/ (nothing is changed)
#
# Needs (Debian 12 "bookworm" packages)
#   apt-get install -y python3-build python3-hatchling python3-wheel twine
set -euo pipefail

readonly SOURCE_DATE_EPOCH_PINNED=1793620800 # 2026-11-02T12:00:00Z, the 1.4.0 release date
readonly PYTHON=/usr/bin/python3
readonly REQUIRED_PACKAGES=(python3 python3-build python3-hatchling python3-wheel twine)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project_dir="$repo_root/examples/demo-project"
dist_dir="$project_dir/dist"

mode=build
case "${1:-}" in
  '') ;;
  --check) mode=check ;;
  -h | --help)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac

# --- 1. the Debian packages must be there -----------------------------------
missing=()
for pkg in "${REQUIRED_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  [[ "$status" == installed ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "error: missing Debian packages: ${missing[*]}" >&2
  echo "install them with:" >&2
  echo "  apt-get update && apt-get install -y ${REQUIRED_PACKAGES[*]}" >&2
  exit 1
fi
if [[ ! -x "$PYTHON" ]]; then
  echo "error: $PYTHON not found (Debian's python3 package)" >&2
  exit 1
fi

echo "== toolchain"
dpkg-query -W -f='  ${Package} ${Version}\n' "${REQUIRED_PACKAGES[@]}"

# Debian's Python with only Debian's packages: no user site, no PYTHONPATH.
run_python() {
  env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV \
    PYTHONNOUSERSITE=1 PYTHONDONTWRITEBYTECODE=1 \
    SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH_PINNED" TZ=UTC LC_ALL=C.UTF-8 \
    "$PYTHON" "$@"
}

# --- 2. build ----------------------------------------------------------------
if [[ "$mode" == check ]]; then
  out_dir="$(mktemp -d)"
  trap 'rm -rf "$out_dir"' EXIT
else
  out_dir="$dist_dir"
  rm -rf "$out_dir"
fi

echo "== building into ${out_dir#"$repo_root"/} (SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH_PINNED)"
# --skip-dependency-check: Debian's hatchling declares `editables` (only used
# for editable installs), which bookworm does not package; the backend itself
# is present, as checked above.
(cd "$project_dir" && umask 022 &&
  run_python -m build --no-isolation --skip-dependency-check \
    --sdist --wheel --outdir "$out_dir" .)

shopt -s nullglob
artifacts=("$out_dir"/*.whl "$out_dir"/*.tar.gz)
shopt -u nullglob
if ((${#artifacts[@]} != 2)); then
  echo "error: expected one wheel and one sdist, got: ${artifacts[*]:-nothing}" >&2
  exit 1
fi

echo "== artifacts"
for f in "${artifacts[@]}"; do
  printf '  %-40s %8s bytes  sha256 %s\n' "$(basename "$f")" \
    "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done

echo "== wheel core metadata"
metadata="$(run_python - "$out_dir"/*.whl <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as whl:
    name = next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
    head = whl.read(name).decode("utf-8").split("\n\n", 1)[0]
for line in head.splitlines():
    if line.split(":", 1)[0] in {"Metadata-Version", "Name", "Version", "Requires-Python",
                                 "Requires-Dist", "License", "License-Expression",
                                 "License-File", "Description-Content-Type"}:
        print("  " + line)
PY
)"
printf '%s\n' "$metadata"
metadata_version="$(sed -n 's/^  Metadata-Version: //p' <<<"$metadata")"

# --- 3. twine check ----------------------------------------------------------
# Debian 12's twine (4.0.2, with pkginfo 1.8) predates Metadata-Version 2.3/2.4.
# If it rejects only because it does not know the metadata version, that is a
# limit of the checker, not a defect of the artifacts: say so, do not fail.
echo "== twine check --strict"
set +e
twine_out="$(cd "$out_dir" && run_python -m twine --no-color check --strict \
  "${artifacts[@]##*/}" 2>&1)"
twine_rc=$?
set -e
printf '%s\n' "$twine_out" | sed 's/^/  /'
if ((twine_rc != 0)); then
  if [[ "$metadata_version" == 2.3 || "$metadata_version" == 2.4 ]]; then
    echo "note: twine $(dpkg-query -W -f='${Version}' twine) cannot read" \
      "Metadata-Version $metadata_version; the result above is recorded," \
      "not treated as a failure."
  else
    echo "error: twine check --strict failed (exit $twine_rc)" >&2
    exit 1
  fi
fi

# --- 4. in --check mode, compare with what is committed -----------------------
if [[ "$mode" == check ]]; then
  echo "== comparing with ${dist_dir#"$repo_root"/}"
  status=0
  for f in "${artifacts[@]}"; do
    committed="$dist_dir/$(basename "$f")"
    if [[ ! -f "$committed" ]]; then
      echo "  MISSING  $(basename "$f") is not in the committed dist/"
      status=1
    elif cmp -s "$f" "$committed"; then
      echo "  same     $(basename "$f")"
    else
      echo "  DIFFERS  $(basename "$f")"
      status=1
    fi
  done
  for committed in "$dist_dir"/*; do
    [[ -e "$committed" ]] || continue
    [[ -e "$out_dir/$(basename "$committed")" ]] || {
      echo "  EXTRA    $(basename "$committed") is committed but was not rebuilt"
      status=1
    }
  done
  if ((status)); then
    echo "the committed artifacts are stale: run scripts/build-example-dist.sh" >&2
  fi
  exit "$status"
fi
echo "== done: ${dist_dir#"$repo_root"/}"
