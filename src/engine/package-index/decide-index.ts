import type { Finding } from '../report/finding.js'
import {
  compareVersions,
  isPrerelease,
  parseVersion,
  type Version
} from '../version/pep440.js'
import {
  alreadyPublished,
  newProject,
  notNewest,
  unreachable,
  versionExists,
  type IndexSubject
} from './index-findings.js'
import type { PublishedVersion } from './published-project.js'
import type { PublishedState } from './read-published-project.js'

/** A built file in `dist/`, as the index would receive it. */
export interface LocalArtifact {
  /** File name, e.g. `pkg-1.2.3-py3-none-any.whl`. */
  readonly name: string
  /** Hex sha256 of the file. */
  readonly sha256: string
}

/** Everything the index decisions need. */
export interface IndexDecisionInput {
  readonly mode: 'release' | 'readiness'
  /** The release's version (normalized PEP 440). */
  readonly version: string
  /** The files in `dist/`; empty when there are none. */
  readonly localArtifacts: readonly LocalArtifact[]
  readonly published: PublishedState
  /** The index-url as configured (credentials are never echoed). */
  readonly indexUrl: string
  readonly projectName: string
  /** Warnings fail the step; only changes how the hints read. */
  readonly strict: boolean
}

/** What the index says about this release. */
export interface IndexDecision {
  readonly findings: readonly Finding[]
  /** Every local file is already on the index under this version, same sha256. */
  readonly alreadyPublished: boolean
  /** Whether the GitHub release should be marked latest. */
  readonly makeLatest: boolean
  /**
   * The highest non-yanked release on the index below this version; for a
   * final release, the highest final one (pre-releases are steps towards
   * it, not releases before it). `null` when there is none or the index
   * could not be read.
   */
  readonly previousVersion: string | null
}

interface Listed {
  readonly entry: PublishedVersion
  readonly parsed: Version
}

/**
 * Decides, from what the index holds, whether this version can still be
 * published. The index never takes a version twice and yanking (PEP 592)
 * does not free it, so an existing version is an error, except for a
 * re-run where every local file is already there with the same sha256.
 * Pre-releases are never latest; neither is a release below the newest
 * non-yanked final release on the index.
 */
export function decideIndex(input: IndexDecisionInput): IndexDecision {
  const version = parseVersion(input.version)
  if (!version) {
    return decision([], false, false, null)
  }
  const subject: IndexSubject = input
  const pre = isPrerelease(version)
  const { published } = input
  if (published === 'not-found') {
    return decision([newProject(subject)], false, !pre, null)
  }
  if ('unreachable' in published) {
    const warning = unreachable(subject, published.unreachable, input.strict)
    return decision([warning], false, !pre, null)
  }
  const listed = published.versions.flatMap(entry => {
    const parsed = entry.normalized ? parseVersion(entry.normalized) : null
    return parsed ? [{ entry, parsed }] : []
  })
  const same = listed.filter(l => compareVersions(l.parsed, version) === 0)
  const others = listed.filter(
    l => !l.entry.yanked && compareVersions(l.parsed, version) !== 0
  )
  const newest = highest(others.filter(l => !isPrerelease(l.parsed)))
  const lower = others.filter(
    l =>
      compareVersions(l.parsed, version) < 0 && (pre || !isPrerelease(l.parsed))
  )
  const previous = highest(lower)?.entry.normalized ?? null
  const makeLatest =
    !pre && (!newest || compareVersions(version, newest.parsed) > 0)
  if (same.length > 0) {
    const existing = same.map(l => l.entry)
    const problems = fileProblems(input.localArtifacts, existing)
    if (input.mode === 'release' && problems.length === 0) {
      const notice = alreadyPublished(
        subject,
        existing,
        input.localArtifacts.length
      )
      return decision([notice], true, makeLatest, previous)
    }
    const error = versionExists(
      subject,
      input.mode,
      existing,
      version,
      problems
    )
    return decision([error], false, makeLatest, previous)
  }
  const findings =
    newest && compareVersions(version, newest.parsed) < 0
      ? [notNewest(subject, newest.entry.normalized ?? newest.entry.version)]
      : []
  return decision(findings, false, makeLatest, previous)
}

function decision(
  findings: readonly Finding[],
  published: boolean,
  makeLatest: boolean,
  previousVersion: string | null
): IndexDecision {
  return { findings, alreadyPublished: published, makeLatest, previousVersion }
}

function highest(list: readonly Listed[]): Listed | undefined {
  let best: Listed | undefined
  for (const l of list) {
    if (!best || compareVersions(l.parsed, best.parsed) > 0) best = l
  }
  return best
}

const MAX_LISTED_PROBLEMS = 5

/**
 * Why the local files are not exactly those on the index: each missing or
 * different file, at most a few, then a count. No local files at all
 * cannot prove a re-run.
 */
function fileProblems(
  local: readonly LocalArtifact[],
  existing: readonly PublishedVersion[]
): string[] {
  if (local.length === 0) return ['there are no built files to compare']
  const files = existing.flatMap(v => v.files)
  const problems = local.flatMap(artifact => {
    const file = files.find(f => f.filename === artifact.name)
    if (!file) return [`'${artifact.name}' is not on the index`]
    if (!file.sha256)
      return [`the index gives no sha256 for '${artifact.name}'`]
    const sha256 = artifact.sha256.toLowerCase()
    return file.sha256 === sha256
      ? []
      : [
          `'${artifact.name}' has sha256 ${sha256.slice(0, 12)}… here but ${file.sha256.slice(0, 12)}… on the index`
        ]
  })
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems
  const rest = problems.length - MAX_LISTED_PROBLEMS
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `${rest} more`]
}
