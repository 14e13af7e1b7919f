import type { Finding } from '../report/finding.js'
import { compareVersions, parseVersion } from '../version/pep440.js'
import {
  firstRelease,
  nothingToRelease,
  releasePending,
  tagsUnavailable,
  versionRegressed
} from './readiness-findings.js'
import { releaseTags, sameSeries, type ReleaseTag } from './release-tags.js'

/**
 * Where the tags came from. `git-merged`: a full clone, only tags
 * reachable from HEAD, so a lower version is a regression for sure.
 * `git` and `github-api`: every tag, wherever it is, so a lower version
 * may be a maintenance release on an older line. `none`: they could not
 * be listed.
 */
export type TagSource = 'git-merged' | 'git' | 'github-api' | 'none'

/** What readiness compares. */
export interface ReadinessInput {
  /** The project's version (normalized PEP 440). */
  readonly version: string
  readonly tags: readonly string[]
  readonly prefix: string
  /** `git` when not given. */
  readonly source?: TagSource
  /** Why the tags could not be listed, for `none`. */
  readonly note?: string | null
}

/**
 * `unchanged`: the version is a release's (nothing to release);
 * `pending`: newer than the latest release; `regressed`: lower;
 * `first-release`: no release tag yet; `unknown`: no tags to compare.
 */
export type ReadinessOutcome =
  'unchanged' | 'pending' | 'regressed' | 'first-release' | 'unknown'

/** Where the version stands against the releases. */
export interface ReadinessDecision {
  readonly outcome: ReadinessOutcome
  /** The release compared against: the latest, or on a maintenance line the latest of its series. */
  readonly latestTag: string | null
  readonly latestVersion: string | null
  /** A release is ahead: the changelog entry is required and the index must not have the version. */
  readonly releasePending: boolean
  readonly findings: readonly Finding[]
}

/**
 * Compares the project version with the latest release tag, by PEP 440
 * order among the tags with the prefix. Tags from every branch (a shallow
 * clone, the GitHub API) include newer lines, so there a version below the
 * newest release still passes when it is a maintenance release: equal to a
 * release, or above every release of its own series (1.9.4 after 1.9.3
 * while 2.1.0 exists).
 */
export function decideReadiness(input: ReadinessInput): ReadinessDecision {
  const version = parseVersion(input.version)
  if (!version) return decision('unknown', null, [])
  const tags = releaseTags(input.tags, input.prefix)
  const source = input.source ?? 'git'
  const newest = tags[0]
  if (!newest) {
    return source === 'none'
      ? decision('unknown', null, [
          tagsUnavailable(input.version, input.note ?? 'no source of tags')
        ])
      : decision('first-release', null, [
          firstRelease(input.version, input.prefix)
        ])
  }
  const order = compareVersions(version, newest.parsed)
  if (order === 0) {
    return decision('unchanged', newest, [
      nothingToRelease(input.version, newest, newest)
    ])
  }
  if (order > 0) {
    return decision('pending', newest, [
      releasePending(input.version, newest, newest)
    ])
  }
  if (source !== 'git-merged') {
    const line = maintenanceLine(tags, input.version)
    if (line) return line
  }
  return decision('regressed', newest, [
    versionRegressed(input.version, newest, source === 'git-merged')
  ])
}

function maintenanceLine(
  tags: readonly ReleaseTag[],
  text: string
): ReadinessDecision | null {
  const version = parseVersion(text)
  const newest = tags[0]
  if (!version || !newest) return null
  const equal = tags.find(t => compareVersions(t.parsed, version) === 0)
  if (equal) {
    return decision('unchanged', equal, [nothingToRelease(text, equal, newest)])
  }
  const series = tags.find(t => sameSeries(t.parsed, version))
  if (series && compareVersions(version, series.parsed) > 0) {
    return decision('pending', series, [releasePending(text, series, newest)])
  }
  return null
}

function decision(
  outcome: ReadinessOutcome,
  latest: ReleaseTag | null,
  findings: readonly Finding[]
): ReadinessDecision {
  return {
    outcome,
    latestTag: latest?.tag ?? null,
    latestVersion: latest?.version ?? null,
    releasePending: outcome === 'pending' || outcome === 'first-release',
    findings
  }
}
