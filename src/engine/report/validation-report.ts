import type {
  OidcClaimsResult,
  TrustedPublisherFacts
} from '../publishing/index.js'
import type { NotesSource } from '../changelog/index.js'
import type { DistVerdict } from '../dist/check-dist.js'
import type { Finding } from './finding.js'

/** The overall verdict: `warn` passes unless the run is strict. */
export type Result = 'pass' | 'warn' | 'fail'

/** One line of the checks table: a group of checks and how it went. */
export interface CheckOutcome {
  /** Group id, the prefix of its findings' ids: `tag`, `version`, … */
  readonly group: string
  readonly title: string
  readonly status: Result | 'skip'
  /** One line saying what was checked or why it was skipped. */
  readonly detail: string
}

/** Facts about the release, whatever the verdict. */
export interface ReleaseFacts {
  readonly mode: 'release' | 'readiness'
  readonly tag: string | null
  /** Normalized PEP 440 version of the release (or of the project, in readiness). */
  readonly version: string | null
  readonly prerelease: boolean
  /** Normalized project name (PEP 503). */
  readonly packageName: string | null
  /** Where the version was read from, e.g. `pyproject.toml:7 ([project].version)`. */
  readonly versionSource: string | null
  /** The release's page on the package index. */
  readonly indexPage: string | null
  /** Release notes as Markdown: untrusted text, escape before logging. */
  readonly releaseNotes: string | null
  /** Where the notes came from: the release's entry, Unreleased, the base version's entry, or generated. */
  readonly notesSource: NotesSource | null
  /** The changelog file read, relative to the working directory. */
  readonly changelogFile: string | null
  /** Date of the release's changelog entry, `YYYY-MM-DD`. */
  readonly changelogDate: string | null
  /** The highest earlier release (from the index, else from the tags). */
  readonly previousVersion: string | null
  /** Every local artifact is already on the index with the same digest (a re-run). */
  readonly alreadyPublished: boolean
  /** Whether the GitHub release should be marked latest. */
  readonly makeLatest: boolean
  /** Readiness mode: where the version stands against the latest release tag. */
  readonly readiness:
    'unchanged' | 'pending' | 'regressed' | 'first-release' | 'unknown' | null
}

/** Everything a run found, ready for the adapters to report. */
export interface ValidationReport {
  readonly facts: ReleaseFacts
  readonly checks: readonly CheckOutcome[]
  readonly findings: readonly Finding[]
  /** The artifacts checked, with digests and the wheel table; `null` without a dist folder. */
  readonly dist: DistVerdict | null
  readonly result: Result
  /** What the index's trusted-publisher form needs; `null` when trusted-publishing is off. */
  readonly trustedPublisher: {
    readonly facts: TrustedPublisherFacts
    readonly claims: OidcClaimsResult | null
  } | null
}

/** Drops findings whose id (or `group/*`) is in `ignore`. */
export function withoutIgnored(
  findings: readonly Finding[],
  ignore: readonly string[]
): Finding[] {
  return findings.filter(
    f => !ignore.includes(f.id) && !ignore.includes(`${groupOf(f.id)}/*`)
  )
}

/** `fail` on any error (or warning when strict), `warn` on any warning. */
export function resultOf(
  findings: readonly Finding[],
  strict: boolean
): Result {
  if (findings.some(f => f.severity === 'error')) return 'fail'
  if (findings.some(f => f.severity === 'warning'))
    return strict ? 'fail' : 'warn'
  return 'pass'
}

/** The group part of a check id: `version` for `version/mismatch`. */
export function groupOf(id: string): string {
  return id.split('/', 1)[0] ?? id
}
