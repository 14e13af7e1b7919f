import { finding, type Finding } from '../report/finding.js'
import { formatVersion, type Version } from '../version/pep440.js'
import { isWarehouse, redactUrl } from './index-endpoints.js'
import type { PublishedVersion } from './published-project.js'

/** What every index message names: the project, the version, the index. */
export interface IndexSubject {
  readonly projectName: string
  readonly version: string
  readonly indexUrl: string
}

/** `index/version-exists`: the version is taken, whatever is in dist. */
export function versionExists(
  subject: IndexSubject,
  mode: 'release' | 'readiness',
  existing: readonly PublishedVersion[],
  parsed: Version,
  problems: readonly string[]
): Finding {
  const where = `'${subject.projectName}' ${subject.version} is already on ${redactUrl(subject.indexUrl)} (${describeExisting(existing)})`
  const next = nextVersions(parsed)
  if (mode === 'readiness') {
    return finding(
      'index/version-exists',
      'error',
      `${where}: the version bump is missing, so this change could never be published as ${subject.version}.`,
      {
        hint: `Bump the project version (e.g. to '${next[0]}') and add a changelog entry for it.`
      }
    )
  }
  const detail =
    problems.length > 0
      ? ` and the files here differ: ${problems.join('; ')}`
      : ''
  return finding(
    'index/version-exists',
    'error',
    `${where}${detail}. An index never accepts a version twice, and yanking does not free it.`,
    {
      hint: `Bump the version (e.g. to ${next.map(v => `'${v}'`).join(' or ')}), tag it and build again.`
    }
  )
}

/** `index/already-published`: a re-run; every local file is already there. */
export function alreadyPublished(
  subject: IndexSubject,
  existing: readonly PublishedVersion[],
  count: number
): Finding {
  return finding(
    'index/already-published',
    'notice',
    `All ${count} file(s) of '${subject.projectName}' ${subject.version} are already on ${redactUrl(subject.indexUrl)} with the same sha256 (${describeExisting(existing)}): this is a re-run of a published release, and already-published is 'true'.`,
    {
      hint: "Skip the publish step when the output already-published is 'true'."
    }
  )
}

/** `index/not-newest`: a release below the index's newest, e.g. a backport. */
export function notNewest(subject: IndexSubject, newest: string): Finding {
  return finding(
    'index/not-newest',
    'notice',
    `'${subject.projectName}' ${subject.version} is lower than ${newest}, the newest release on ${redactUrl(subject.indexUrl)}: the index keeps ${newest} as its latest, and make-latest is 'false' so the GitHub release is not marked latest either.`
  )
}

/** `index/new-project`: the index has never heard of the project. */
export function newProject(subject: IndexSubject): Finding {
  return finding(
    'index/new-project',
    'notice',
    `'${subject.projectName}' is not on ${redactUrl(subject.indexUrl)} yet: ${subject.version} will be its first release there.`,
    isWarehouse(subject.indexUrl)
      ? {
          hint: 'With trusted publishing, a first release needs a pending publisher, added under your account’s Publishing settings on the index.'
        }
      : {}
  )
}

/** `index/unreachable`: the index could not be asked; never a crash. */
export function unreachable(
  subject: IndexSubject,
  reason: string,
  strict: boolean
): Finding {
  return finding(
    'index/unreachable',
    'warning',
    `Could not ask ${redactUrl(subject.indexUrl)} whether '${subject.projectName}' ${subject.version} is already published: ${reason}. The index checks (version exists, re-run, make-latest, previous-version) were skipped.`,
    {
      hint: strict
        ? "Under strict this fails the step: check index-url and the runner's network, or set check-index: false to skip the index deliberately."
        : "Check index-url and the runner's network, or set check-index: false to skip the index."
    }
  )
}

function describeExisting(existing: readonly PublishedVersion[]): string {
  const times = existing.flatMap(v => (v.uploadTime ? [v.uploadTime] : []))
  const first = times.sort()[0]
  const uploaded = first
    ? `uploaded ${first.slice(0, 10)}`
    : 'upload date unknown'
  if (!existing.every(v => v.yanked)) return `${uploaded}, not yanked`
  const reason = existing.find(v => v.yankedReason)?.yankedReason
  return reason
    ? `${uploaded}, yanked: "${reason.replace(/\p{Cc}+/gu, ' ').slice(0, 200)}"`
    : `${uploaded}, yanked`
}

/** The next version(s) to suggest: the next of the same kind, and a post-release. */
function nextVersions(v: Version): string[] {
  if (v.dev !== null) return [formatVersion({ ...v, dev: v.dev + 1n })]
  if (v.post !== null) return [formatVersion({ ...v, post: v.post + 1n })]
  if (v.pre) {
    return [formatVersion({ ...v, pre: { ...v.pre, n: v.pre.n + 1n } })]
  }
  const release = [...v.release]
  release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n
  return [
    formatVersion({ ...v, release, local: null }),
    formatVersion({ ...v, post: 1n, local: null })
  ]
}
