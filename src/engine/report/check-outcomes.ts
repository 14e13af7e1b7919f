import type { ReleaseStanding } from '../checks/release-standing.js'
import { describeSource } from '../checks/tag-matches-project.js'
import type { ProjectVersion } from '../pyproject/project-version.js'
import type { ResolvedRun } from '../release-context.js'
import type { Finding } from './finding.js'
import { groupOf, type CheckOutcome } from './validation-report.js'

/** What the checks table says besides the findings. */
export interface OutcomeFacts {
  readonly run: ResolvedRun
  readonly tagVersion: string | null
  readonly project: ProjectVersion | null
  readonly version: string | null
  /** One line on the changelog, from its check. */
  readonly changelog: string
  readonly standing: ReleaseStanding
  /** One line on the publishing workflow, and whether it was read; `null` when trusted-publishing is off. */
  readonly publishing: {
    readonly detail: string
    readonly checked: boolean
  } | null
  /** One line on the dist folder. */
  readonly dist: string
}

// Finding groups reported under each row of the table.
const ROWS: readonly {
  group: string
  title: string
  groups: readonly string[]
}[] = [
  { group: 'tag', title: 'Tag', groups: ['tag'] },
  {
    group: 'version',
    title: 'Project version',
    groups: ['version', 'pyproject', 'file']
  },
  { group: 'changelog', title: 'Changelog', groups: ['changelog'] },
  { group: 'dist', title: 'Artifacts', groups: ['dist', 'metadata'] },
  { group: 'readiness', title: 'Release tags', groups: ['readiness'] },
  { group: 'index', title: 'Package index', groups: ['index'] },
  { group: 'publish', title: 'Trusted publishing', groups: ['publish'] }
]

/** The checks table: one row per area, with its status and a one-line detail. */
export function checkOutcomes(
  findings: readonly Finding[],
  facts: OutcomeFacts
): CheckOutcome[] {
  const details: Record<string, string> = {
    tag: tagDetail(facts.run, facts.tagVersion),
    version: versionDetail(facts.project, facts.version),
    changelog: facts.changelog,
    readiness: readinessDetail(facts.standing),
    index: indexDetail(facts.standing),
    publish: facts.publishing?.detail ?? '',
    dist: facts.dist
  }
  return ROWS.filter(
    row =>
      (row.group !== 'readiness' || facts.run.mode === 'readiness') &&
      (row.group !== 'publish' || facts.publishing !== null)
  ).map(row => {
    const own = findings.filter(f => row.groups.includes(groupOf(f.id)))
    const skipped =
      (row.group === 'index' && !facts.standing.index) ||
      (row.group === 'publish' && facts.publishing?.checked === false)
    return {
      group: row.group,
      title: row.title,
      status: skipped && own.length === 0 ? 'skip' : statusOf(own),
      detail: details[row.group] ?? ''
    }
  })
}

function statusOf(findings: readonly Finding[]): CheckOutcome['status'] {
  if (findings.some(f => f.severity === 'error')) return 'fail'
  return findings.some(f => f.severity === 'warning') ? 'warn' : 'pass'
}

function tagDetail(run: ResolvedRun, version: string | null): string {
  if (run.mode === 'readiness') return 'not a release run: no tag to check'
  if (run.tag === null) return 'no tag'
  const from = {
    input: 'input',
    ref: 'pushed ref',
    'release-event': 'release event'
  }
  const source = run.tagSource ? ` (from the ${from[run.tagSource]})` : ''
  return version === null
    ? `'${run.tag}'${source} holds no version`
    : `'${run.tag}'${source} is version ${version}`
}

function versionDetail(
  project: ProjectVersion | null,
  version: string | null
): string {
  if (!project) return 'no pyproject.toml'
  const d = project.declaration
  if (d.kind === 'vcs') {
    return `${d.tool} derives the version from the tag at build time${version ? `: ${version}` : ''}`
  }
  if (d.kind === 'unresolved') return `could not be read (${d.tried})`
  return `'${d.raw}' from ${d.file}:${d.line} (${describeSource(d.source)})`
}

function readinessDetail(standing: ReleaseStanding): string {
  const r = standing.readiness
  if (!r) return 'not compared'
  const latest = r.latestTag ? ` (latest release tag '${r.latestTag}')` : ''
  const words = {
    unchanged: 'version unchanged since the last release: nothing to release',
    pending: 'version bumped: merging releases it',
    regressed: 'version lower than the last release',
    'first-release': 'no release tag yet: this will be the first release',
    unknown: 'release tags could not be read'
  }
  return `${words[r.outcome]}${latest}`
}

function indexDetail(standing: ReleaseStanding): string {
  const i = standing.index
  if (!standing.releasing) return 'not asked: nothing to release'
  if (!i) return 'not asked'
  if (i.alreadyPublished)
    return 'already published with the same files (a re-run)'
  const previous = i.previousVersion
    ? `; previous release ${i.previousVersion}`
    : ''
  return `${i.makeLatest ? 'will be the latest release' : 'will not be marked latest'}${previous}`
}
