/**
 * Every finding id the artifact checks can report, with what it means and
 * the fix, for the README and `ignore`.
 */

/** One finding id of the artifact checks. */
export interface FindingIdInfo {
  readonly id: string
  /** What was found, in one line. */
  readonly meaning: string
  /** What to do about it, in one line. */
  readonly fix: string
}

/** The `dist/…` and `metadata/…` ids, grouped as the checks run. */
export const DIST_FINDING_IDS: readonly FindingIdInfo[] = [
  { id: 'dist/empty', meaning: 'the dist folder holds no wheel or sdist (an error when an input asks for artifacts)', fix: 'build or download the artifacts into it, or point `dist` at the right folder' },
  { id: 'dist/bad-filename', meaning: 'a file name is not a valid wheel or sdist name', fix: 'let the build backend name artifacts; never rename one by hand' },
  { id: 'dist/name-mismatch', meaning: "an artifact's name (file name or metadata) is not the project's", fix: 'build from this project only, into an empty folder' },
  { id: 'dist/version-mismatch', meaning: "an artifact's version (file name or metadata) is not the project's", fix: 'empty `dist/` before building and build from the tagged commit' },
  { id: 'dist/local-version', meaning: 'an artifact has a local version (`+g1234`), which the index refuses', fix: 'build from a clean checkout of the tag with `fetch-depth: 0`' },
  { id: 'dist/placeholder-version', meaning: 'an artifact has a VCS plugin placeholder version (`0.0.0`, `0.1.devN+g…`)', fix: 'fetch tags (`fetch-depth: 0`) and rebuild' },
  { id: 'dist/wheel-count', meaning: 'the number of wheels is not what `expected-wheels` says', fix: 'check the build matrix and the download step, or update `expected-wheels`' },
  { id: 'dist/platform-missing', meaning: 'no wheel serves a family `expected-platforms` requires', fix: 'add the platform to the build matrix, or drop it from `expected-platforms`' },
  { id: 'dist/sdist-missing', meaning: '`require-sdist` is true but there is no sdist', fix: 'build one with `python -m build --sdist`' },
  { id: 'dist/duplicate-wheel', meaning: 'two wheels serve the same (python, abi, platform) tag', fix: 'build each tag once, into an empty folder' },
  { id: 'dist/duplicate-sdist', meaning: 'more than one sdist', fix: 'keep one .tar.gz sdist' },
  { id: 'dist/sdist-name-not-normalized', meaning: 'the sdist name is not the PEP 625 one, which the index requires', fix: 'build with a current backend' },
  { id: 'dist/sdist-top-folder', meaning: 'the sdist does not unpack into one `{name}-{version}/` folder', fix: 'build the sdist with the backend' },
  { id: 'dist/linux-platform-tag', meaning: 'a wheel has a bare `linux_*` tag (refused by the index; `linux_armv6l`/`armv7l` are a notice)', fix: 'repair it with `auditwheel repair` (cibuildwheel does)' },
  { id: 'dist/file-too-large', meaning: 'an artifact is over the index’s default 100 MiB upload limit', fix: 'shrink it, or ask the index for a larger limit' },
  { id: 'dist/dist-info-folder', meaning: 'a wheel lacks one `.dist-info` folder matching its file name', fix: 'rebuild the wheel; never rename one' },
  { id: 'dist/wheel-file', meaning: 'a wheel’s WHEEL file is missing or has a bad `Wheel-Version`, `Root-Is-Purelib` or `Build`', fix: 'rebuild with a current backend' },
  { id: 'dist/wheel-tags-mismatch', meaning: 'WHEEL’s `Tag` lines differ from the file name’s tags', fix: 'retag with `wheel tags` or `auditwheel repair`, which update both' },
  { id: 'dist/purelib-platform', meaning: 'a pure-Python wheel (`Root-Is-Purelib: true`) carries a platform tag', fix: 'mark compiled wheels platlib, or build pure ones as `py3-none-any`' },
  { id: 'dist/record-missing', meaning: 'a wheel has no RECORD', fix: 'rebuild the wheel' },
  { id: 'dist/record-invalid', meaning: 'a RECORD row is malformed, lacks a hash or uses a weak one', fix: 'rebuild the wheel instead of editing it' },
  { id: 'dist/record-missing-entry', meaning: 'RECORD lists a file the wheel does not hold', fix: 'rebuild the wheel instead of editing it' },
  { id: 'dist/record-hash-mismatch', meaning: 'a file’s sha256 differs from RECORD (installers refuse the wheel)', fix: 'rebuild the wheel instead of editing it' },
  { id: 'dist/record-size-mismatch', meaning: 'a file’s size differs from RECORD', fix: 'rebuild the wheel instead of editing it' },
  { id: 'dist/record-unlisted-file', meaning: 'a file in the wheel is not in RECORD', fix: 'rebuild the wheel instead of editing it' },
  { id: 'dist/unsafe-path', meaning: 'a member or RECORD path is absolute or climbs out with `..`', fix: 'rebuild from a clean tree with the backend' },
  { id: 'dist/duplicate-entry', meaning: 'a member is stored, or listed in RECORD, twice', fix: 'rebuild the artifact' },
  { id: 'dist/secret-file', meaning: 'an artifact contains credentials, a private key, `.env` or a VCS folder', fix: 'exclude it from the build, rebuild, and rotate the secret' },
  { id: 'dist/subfolder', meaning: 'a folder inside dist (the `download-artifact` without `merge-multiple` trap)', fix: 'download with `merge-multiple: true`' },
  { id: 'dist/checksum-file', meaning: 'a checksum file (`SHA256SUMS`, `*.sha256`) in dist', fix: 'write checksums elsewhere (the `sha256sums-file` output has them)' },
  { id: 'dist/signature-file', meaning: 'a signature (`*.asc`, `*.sig`) in dist', fix: 'remove it; trusted publishing attests the artifacts' },
  { id: 'dist/attestation-file', meaning: 'a leftover `*.publish.attestation` from an earlier publish', fix: 'build into an empty folder' },
  { id: 'dist/unexpected-file', meaning: 'a file that is neither a wheel nor an sdist', fix: 'keep only wheels and sdists in dist' },
  { id: 'dist/corrupt-archive', meaning: 'an artifact cannot be read as a zip or gzipped tar archive', fix: 'rebuild it; the file is damaged' },
  { id: 'dist/zip-bomb', meaning: 'a member inflates far beyond its compressed size (or members overlap)', fix: 'rebuild the artifact; do not publish it' },
  { id: 'dist/too-many-entries', meaning: 'an archive holds more members than are read', fix: 'leave generated or test data out of the artifact' },
  { id: 'dist/encrypted-entry', meaning: 'a wheel member is encrypted', fix: 'rebuild the wheel with the backend' },
  { id: 'dist/unsupported-compression', meaning: 'a wheel member uses a compression installers cannot read', fix: 'rebuild the wheel with the backend (deflate)' },
  { id: 'dist/entry-name-encoding', meaning: 'a member name is not valid UTF-8', fix: 'rename the file in the project and rebuild' },
  { id: 'dist/text-encoding', meaning: 'METADATA, WHEEL, RECORD or PKG-INFO is not valid UTF-8', fix: 'rebuild with a current backend' },
  { id: 'dist/text-too-large', meaning: 'METADATA, RECORD or PKG-INFO is too large to read', fix: 'shrink the README or the number of files' },
  { id: 'dist/too-many-problems', meaning: 'an archive has more problems than are listed', fix: 'fix the listed ones and check again' },
  { id: 'metadata/missing', meaning: 'a wheel has no METADATA, or an sdist no PKG-INFO', fix: 'rebuild with the backend' },
  { id: 'metadata/missing-field', meaning: 'Metadata-Version, Name or Version is missing', fix: 'rebuild with a current backend' },
  { id: 'metadata/version-unsupported', meaning: 'Metadata-Version is unknown or newer than the index accepts (2.4)', fix: 'pin the backend to a release writing 2.4' },
  { id: 'metadata/field-invalid', meaning: 'a field the index refuses: repeated, newer than the metadata version, or with a bad value', fix: 'fix the value in `pyproject.toml`, or rebuild with a current backend' },
  { id: 'metadata/content-type', meaning: 'Description-Content-Type is not one the index accepts', fix: 'set `[project].readme` to a .md, .rst or .txt file' },
  { id: 'metadata/long-description-missing', meaning: 'no long description, so the project page is empty (warning)', fix: 'set `[project].readme`' },
  { id: 'metadata/long-description', meaning: 'the reStructuredText long description does not render, so the index refuses it', fix: 'fix the markup at the line given, or declare Markdown' },
  { id: 'metadata/license-expression', meaning: 'License-Expression is not a valid SPDX expression', fix: 'use SPDX identifiers such as `MIT OR Apache-2.0`' },
  { id: 'metadata/license-conflict', meaning: 'both License and License-Expression (PEP 639 makes them exclusive)', fix: 'keep only the SPDX expression' },
  { id: 'metadata/license-classifier', meaning: 'a `License ::` classifier next to License-Expression (refused by the index)', fix: 'remove the license classifiers' },
  { id: 'metadata/license-file-missing', meaning: 'a License-File is not in the artifact (`.dist-info/licenses/` in a wheel)', fix: 'rebuild with a PEP 639 backend, or fix `license-files`' },
  { id: 'metadata/license-file-invalid', meaning: 'a License-File path is absolute, a glob, climbs out or uses `\\`', fix: 'list relative paths with `/`' },
  { id: 'metadata/requires-python-invalid', meaning: 'Requires-Python is not a valid version specifier', fix: 'write it like `>=3.9`' },
  { id: 'metadata/requires-python-mismatch', meaning: 'no Python a wheel is tagged for satisfies Requires-Python, so pip never installs it', fix: 'drop the wheel from the build matrix or widen `requires-python`' }
]
