/**
 * Every artifact must carry the project's name and version, in its file
 * name and in its metadata (PEP 440 equality, PEP 503 name normalization),
 * and a version the index would take: no local part, no placeholder left
 * by a VCS version plugin that found no tag.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { ProjectIdentity } from './dist-expectations.js'
import { normalizeName } from './project-name.js'
import type { Finding } from '../report/finding.js'
import { parseVersion, versionsEqual, type Version } from '../version/pep440.js'

/** A name and version as one artifact states them. */
export interface ArtifactIdentity {
  readonly ref: ArtifactRef
  readonly fileName: string
  readonly fileVersion: string
  /** From METADATA/PKG-INFO, with that member's name and the line. */
  readonly metadata: {
    readonly member: string
    readonly name: string | null
    readonly version: string | null
  } | null
}

type Field = 'name' | 'version'

const SAME: Record<Field, (a: string, b: string) => boolean> = {
  name: (a, b) => normalizeName(a) === normalizeName(b),
  version: versionsEqual
}

/** Name and version mismatches, local versions and placeholders. */
export function checkIdentities(
  artifacts: readonly ArtifactIdentity[],
  project: ProjectIdentity
): Finding[] {
  const expected = {
    name: project.name ?? majority(artifacts.map(a => normalizeName(a.fileName))),
    version:
      project.version ?? majority(artifacts.map(a => a.fileVersion), versionsEqual)
  }
  const known = { name: project.name !== null, version: project.version !== null }
  return artifacts.flatMap(a => {
    // A placeholder or local version already says why the version is not
    // the project's; a second finding for the same cause would be noise.
    const specific = versionFindings(a)
    const version = specific.length > 0 ? null : expected.version
    return [
      ...mismatches(a, 'name', expected.name, known.name),
      ...mismatches(a, 'version', version, known.version),
      ...specific
    ]
  })
}

function mismatches(
  a: ArtifactIdentity,
  field: Field,
  expected: string | null,
  fromProject: boolean
): Finding[] {
  const inFile = field === 'name' ? a.fileName : a.fileVersion
  const inMetadata = a.metadata?.[field] ?? null
  const same = SAME[field]
  const whose = fromProject
    ? `the project's ${field} is`
    : `the other artifacts have`
  const out: Finding[] = []
  if (expected !== null && !same(inFile, expected)) {
    out.push(
      mismatch(a, field, `"${a.ref.file}" has the ${field} "${inFile}" in its file name, but ${whose} "${expected}".`)
    )
  }
  if (a.metadata && inMetadata !== null && !same(inMetadata, inFile)) {
    out.push(
      mismatch(a, field, `"${a.metadata.member}" in "${a.ref.file}" says ${field === 'name' ? 'Name' : 'Version'} "${inMetadata}", but the file name says "${inFile}"${expected !== null ? ` and ${whose} "${expected}"` : ''}.`)
    )
  }
  return out
}

function mismatch(a: ArtifactIdentity, field: Field, message: string): Finding {
  return artifactFinding(
    a.ref,
    `dist/${field}-mismatch`,
    'error',
    message,
    field === 'name'
      ? 'Build from this project only, and empty `dist/` before building so no other project\'s artifacts remain.'
      : 'Empty `dist/` before building (stale artifacts of another version remain otherwise) and build from the tagged commit.'
  )
}

// The most common value, or null when there is nothing to compare.
function majority(
  values: readonly string[],
  same: (a: string, b: string) => boolean = (a, b) => a === b
): string | null {
  let best: string | null = null
  let bestCount = 0
  for (const v of values) {
    const count = values.filter(w => same(v, w)).length
    if (count > bestCount) [best, bestCount] = [v, count]
  }
  return best
}

function versionFindings(a: ArtifactIdentity): Finding[] {
  const version = parseVersion(a.fileVersion)
  if (!version) return []
  const out: Finding[] = []
  if (isPlaceholder(version)) {
    out.push(
      artifactFinding(
        a.ref,
        'dist/placeholder-version',
        'error',
        `"${a.ref.file}" has the version "${a.fileVersion}", the placeholder a VCS version plugin (setuptools-scm, hatch-vcs, versioningit, poetry-dynamic-versioning) writes when it finds no tag.`,
        'Check out with `fetch-depth: 0` (actions/checkout) so tags are there, build from the tagged commit, and rebuild.'
      )
    )
  }
  if (version.local !== null) {
    out.push(
      artifactFinding(
        a.ref,
        'dist/local-version',
        'error',
        `"${a.ref.file}" has the local version "${a.fileVersion}"; the index refuses local versions (the "+…" part).`,
        'Build from a clean checkout of the tagged commit with full history (`fetch-depth: 0`); a dirty tree or a commit past the tag makes VCS plugins add "+g<hash>" or "+d<date>".'
      )
    )
  }
  return out
}

/**
 * The fallbacks of VCS version plugins: `0.0.0` (poetry-dynamic-versioning,
 * versioningit), `0.1.devN+g…` (setuptools-scm, hatch-vcs) and
 * `0.0.post1.devN` (older setuptools-scm).
 */
export function isPlaceholder(v: Version): boolean {
  const zeros = v.release.every(n => n === 0n)
  const scm =
    v.release.length === 2 &&
    v.release[0] === 0n &&
    v.release[1] === 1n &&
    v.dev !== null &&
    v.local !== null
  return v.epoch === 0n && (zeros || scm)
}
