#!/usr/bin/env bash
# build-fixture-dists.sh - rebuild the real wheels and sdists the artifact
# reader is tested on.
#
# What it does
#   Builds each tiny project under __tests__/fixtures/dist-projects/<backend>/
#   with its real build backend (Debian's packages, through `python -m build`,
#   the sdist first and the wheel from it, as a release workflow does) into
#   __tests__/fixtures/dists/<backend>/. The setuptools-scm project is built
#   twice from a throw-away git repository: at a tag, and one commit past it
#   (which gives the local version `X.Y.Z.devN+gHASH` that PyPI refuses).
#   Then scripts/make-broken-dists.py writes the hand-made broken set, and
#   every folder gets an expected.json: what Python's zipfile, tarfile and
#   hashlib read from each artifact (sizes and sha256 of the files and of
#   every member), the oracle the reader's tests compare against.
#
#   Builds run in copies under a fixed temporary path, with file times set
#   to SOURCE_DATE_EPOCH and C compiled without debug info, so that wheels
#   are reproducible. setuptools' and pdm-pep517's sdists carry the build
#   time in their gzip header, so those differ from build to build.
#
#   It installs nothing and runs no project code beyond the build backends.
#
# How to run it (from anywhere in the repository)
#   scripts/build-fixture-dists.sh
#
# Needs (Debian 12 "bookworm" packages)
#   apt-get install -y python3-build python3-wheel python3-setuptools \
#     python3-setuptools-scm python3-hatchling python3-poetry-core flit \
#     python3-pdm-pep517 python3-dev gcc git
set -euo pipefail

readonly SOURCE_DATE_EPOCH_PINNED=1793620800 # 2026-11-02T12:00:00Z
readonly PYTHON=/usr/bin/python3
readonly REQUIRED_PACKAGES=(python3-build python3-wheel python3-setuptools
  python3-setuptools-scm python3-hatchling python3-poetry-core flit
  python3-pdm-pep517 python3-dev gcc git)
readonly BACKENDS=(setuptools setuptools-ext hatchling poetry-core flit-core pdm-pep517)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects="$repo_root/__tests__/fixtures/dist-projects"
dists="$repo_root/__tests__/fixtures/dists"
work=/tmp/pypi-preflight-fixture-builds

case "${1:-}" in
  '') ;;
  -h | --help)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "usage: $0" >&2
    exit 2
    ;;
esac

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

echo "== toolchain"
dpkg-query -W -f='  ${Package} ${Version}\n' "${REQUIRED_PACKAGES[@]}"

# Debian's Python with only Debian's packages: no user site, no PYTHONPATH.
run_python() {
  env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV \
    PYTHONNOUSERSITE=1 PYTHONDONTWRITEBYTECODE=1 \
    SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH_PINNED" TZ=UTC LC_ALL=C.UTF-8 \
    CFLAGS='-g0' "$PYTHON" "$@"
}

# Copies a project to a fixed path, with every file time pinned.
stage() {
  local from="$1" to="$2"
  rm -rf "$to"
  mkdir -p "$(dirname "$to")"
  cp -r "$from" "$to"
  find "$to" -exec touch -h -d "@$SOURCE_DATE_EPOCH_PINNED" {} +
}

# --skip-dependency-check: Debian's backends declare extras bookworm does not
# package (hatchling's `editables`); the backends themselves are checked above.
build() {
  local source="$1" out="$2"
  rm -rf "$out"
  (cd "$source" && umask 022 &&
    run_python -m build --no-isolation --skip-dependency-check \
      --outdir "$out" . >/dev/null)
  echo "  $(basename "$out"): $(cd "$out" && ls | tr '\n' ' ')"
}

git_at_epoch() {
  env GIT_AUTHOR_NAME='Acme Fixtures' GIT_AUTHOR_EMAIL=fixtures@acme.invalid \
    GIT_COMMITTER_NAME='Acme Fixtures' GIT_COMMITTER_EMAIL=fixtures@acme.invalid \
    GIT_AUTHOR_DATE="@$SOURCE_DATE_EPOCH_PINNED +0000" \
    GIT_COMMITTER_DATE="@$SOURCE_DATE_EPOCH_PINNED +0000" \
    git -c init.defaultBranch=main -c commit.gpgsign=false -c tag.gpgsign=false "$@"
}

echo "== building into ${dists#"$repo_root"/}"
for backend in "${BACKENDS[@]}"; do
  stage "$projects/$backend" "$work/$backend"
  build "$work/$backend" "$dists/$backend"
done

scm="$work/setuptools-scm"
stage "$projects/setuptools-scm" "$scm"
(cd "$scm" && git_at_epoch init -q && git_at_epoch add -A &&
  git_at_epoch commit -q -m 'First release' && git_at_epoch tag v0.4.0)
build "$scm" "$dists/setuptools-scm"
(cd "$scm" && rm -rf dist build src/*.egg-info &&
  echo '"""Versioned by setuptools-scm, past its tag."""' >src/acme_scm_demo/__init__.py &&
  git_at_epoch commit -q -am 'Work after the release')
build "$scm" "$dists/setuptools-scm-untagged"

echo "== hand-made broken artifacts"
rm -rf "$dists/broken"
run_python "$repo_root/scripts/make-broken-dists.py" "$dists/broken"

echo "== expected.json: what Python reads from each artifact"
run_python "$repo_root/scripts/describe-dists.py" "$dists"
echo "== done"
