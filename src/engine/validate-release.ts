import {
  checkDeclaredVersion,
  checkTagMatchesProject,
  describeSource
} from './checks/tag-matches-project.js'
import {
  resolveProjectVersion,
  type FileReader,
  type ProjectVersion
} from './pyproject/project-version.js'
import type { ResolvedRun } from './release-context.js'
import { finding, type Finding } from './report/finding.js'
import {
  groupOf,
  resultOf,
  withoutIgnored,
  type CheckOutcome,
  type ValidationReport
} from './report/validation-report.js'
import { isPrerelease, parseVersion } from './version/pep440.js'
import { readTagVersion } from './version/tag.js'

/** Everything read from the world before any check runs. */
export interface ReleaseSnapshot {
  /** The mode and tag, already resolved from inputs and the event. */
  readonly run: ResolvedRun
  /** `pyproject.toml` of the working directory, or `null` when absent. */
  readonly pyproject: { readonly file: string; readonly text: string } | null
  /** Reads other project files (version modules, Cargo.toml) on demand. */
  readonly readFile: FileReader
  /** The working directory as the user named it, for messages. */
  readonly workingDirectory: string
}

/** The settings the checks depend on. */
export interface ValidationOptions {
  readonly tagPrefix: string
  readonly versionScheme: 'pep440' | 'semver'
  readonly ignore: readonly string[]
  readonly strict: boolean
}

/** Runs every check over the snapshot and returns the report. */
export function validateRelease(
  snapshot: ReleaseSnapshot,
  options: ValidationOptions
): ValidationReport {
  const { run } = snapshot
  const project = snapshot.pyproject
    ? resolveProjectVersion(snapshot.pyproject.text, snapshot.readFile)
    : null
  const tagged =
    run.mode === 'release' && run.tag !== null
      ? readTagVersion(run.tag, options.tagPrefix, options.versionScheme)
      : null
  const verdict = project
    ? run.mode === 'release' && run.tag !== null
      ? checkTagMatchesProject(
          run.tag,
          tagged?.version ?? null,
          project.declaration
        )
      : checkDeclaredVersion(project.declaration)
    : { version: tagged?.version ?? null, findings: [] }
  const all = [
    ...run.findings,
    ...(tagged?.findings ?? []),
    ...(project
      ? project.findings
      : [missingPyproject(snapshot.workingDirectory)]),
    ...verdict.findings
  ]
  const findings = withoutIgnored(all, options.ignore)
  const parsed = verdict.version === null ? null : parseVersion(verdict.version)
  return {
    facts: {
      mode: run.mode,
      tag: run.tag,
      version: verdict.version,
      prerelease: parsed !== null && isPrerelease(parsed),
      packageName: project?.name?.normalized ?? null,
      versionSource: project ? sourceText(project) : null
    },
    checks: [
      outcome(
        'tag',
        'Tag',
        findings,
        tagDetail(snapshot, tagged?.version ?? null)
      ),
      outcome(
        'version',
        'Project version',
        findings,
        versionDetail(project, verdict.version)
      )
    ],
    findings,
    result: resultOf(findings, options.strict)
  }
}

function missingPyproject(workingDirectory: string): Finding {
  return finding(
    'version/no-pyproject',
    'error',
    `No pyproject.toml in the working directory '${workingDirectory}'.`,
    {
      hint: "Set working-directory to the folder holding pyproject.toml (e.g. 'bindings/python')."
    }
  )
}

function outcome(
  group: string,
  title: string,
  findings: readonly Finding[],
  detail: string
): CheckOutcome {
  const own = findings.filter(
    f =>
      groupOf(f.id) === group ||
      (group === 'version' && groupOf(f.id) === 'pyproject')
  )
  const status = own.some(f => f.severity === 'error')
    ? 'fail'
    : own.some(f => f.severity === 'warning')
      ? 'warn'
      : 'pass'
  return { group, title, status, detail }
}

function tagDetail(snapshot: ReleaseSnapshot, version: string | null): string {
  const { run } = snapshot
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
  if (d.kind === 'vcs')
    return `${d.tool} derives the version from the tag at build time${version ? `: ${version}` : ''}`
  if (d.kind === 'unresolved') return `could not be read (${d.tried})`
  return `'${d.raw}' from ${d.file}:${d.line} (${describeSource(d.source)})`
}

function sourceText(project: ProjectVersion): string {
  const d = project.declaration
  if (d.kind === 'vcs')
    return `${d.tool} (from the tag; configured in ${d.file}:${d.line})`
  if (d.kind === 'unresolved') return `unresolved: ${d.tried}`
  return `${d.file}:${d.line} (${describeSource(d.source)})`
}
