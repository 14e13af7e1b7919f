import {
  checkChangelog,
  type ChangelogSource,
  type ChangelogVerdict
} from './checks/changelog-has-entry.js'
import {
  checkDeclaredVersion,
  checkTagMatchesProject,
  describeSource,
  type VersionVerdict
} from './checks/tag-matches-project.js'
import { indexPageUrl } from './package-index/index-page.js'
import {
  resolveProjectVersion,
  type FileReader,
  type ProjectVersion
} from './pyproject/project-version.js'
import type { ResolvedRun } from './release-context.js'
import { finding, type Finding } from './report/finding.js'
import { checkOutcomes } from './report/check-outcomes.js'
import {
  resultOf,
  withoutIgnored,
  type ValidationReport
} from './report/validation-report.js'
import { isPrerelease, parseVersion } from './version/pep440.js'
import { readTagVersion, type TagVersion } from './version/tag.js'

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
  /** The changelog, or why there is none. */
  readonly changelog: ChangelogSource
  /** Today as `YYYY-MM-DD`, for changelog dates. */
  readonly today: string
}

/** The settings the checks depend on. */
export interface ValidationOptions {
  readonly tagPrefix: string
  readonly versionScheme: 'pep440' | 'semver'
  readonly changelogRequired: boolean
  readonly appendIndexLink: boolean
  readonly indexUrl: string
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
  const tagged = readTag(run, options)
  const verdict = versionVerdict(run, tagged, project)
  const name = project?.name?.normalized ?? null
  const indexPage =
    name && verdict.version
      ? indexPageUrl(options.indexUrl, name, verdict.version)
      : null
  const changelog = checkChangelog(snapshot.changelog, {
    version: verdict.version,
    mode: run.mode,
    required: options.changelogRequired,
    today: snapshot.today,
    projectName: project?.name?.raw ?? null,
    indexLink: options.appendIndexLink ? indexPage : null
  })
  const findings = withoutIgnored(
    [
      ...run.findings,
      ...(tagged?.findings ?? []),
      ...(project
        ? project.findings
        : [missingPyproject(snapshot.workingDirectory)]),
      ...verdict.findings,
      ...changelog.findings
    ],
    options.ignore
  )
  const parsed = verdict.version === null ? null : parseVersion(verdict.version)
  return {
    facts: {
      mode: run.mode,
      tag: run.tag,
      version: verdict.version,
      prerelease: parsed !== null && isPrerelease(parsed),
      packageName: name,
      versionSource: project ? sourceText(project) : null,
      indexPage,
      releaseNotes: changelog.notes,
      notesSource: changelog.notesSource,
      changelogFile: changelog.file,
      changelogDate: changelog.date
    },
    checks: checkOutcomes(findings, {
      run,
      tagVersion: tagged?.version ?? null,
      project,
      version: verdict.version,
      changelog: changelogDetail(snapshot.changelog, changelog)
    }),
    findings,
    result: resultOf(findings, options.strict)
  }
}

function readTag(
  run: ResolvedRun,
  options: ValidationOptions
): TagVersion | null {
  return run.mode === 'release' && run.tag !== null
    ? readTagVersion(run.tag, options.tagPrefix, options.versionScheme)
    : null
}

function versionVerdict(
  run: ResolvedRun,
  tagged: TagVersion | null,
  project: ProjectVersion | null
): VersionVerdict {
  if (!project) return { version: tagged?.version ?? null, findings: [] }
  if (tagged && run.tag !== null) {
    return checkTagMatchesProject(run.tag, tagged.version, project.declaration)
  }
  return checkDeclaredVersion(project.declaration)
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

function sourceText(project: ProjectVersion): string {
  const d = project.declaration
  if (d.kind === 'vcs')
    return `${d.tool} (from the tag; configured in ${d.file}:${d.line})`
  if (d.kind === 'unresolved') return `unresolved: ${d.tried}`
  return `${d.file}:${d.line} (${describeSource(d.source)})`
}

function changelogDetail(
  source: ChangelogSource,
  verdict: ChangelogVerdict
): string {
  if (source.kind === 'disabled')
    return 'changelog: none; release notes are generated'
  if (source.kind === 'missing')
    return 'no changelog file; release notes are generated'
  if (verdict.notesSource === null)
    return `${source.file}: no version to look up`
  const from = {
    entry: 'its own entry',
    unreleased: 'the Unreleased section',
    'base-version': "the base version's entry",
    generated: 'generated text (no entry)'
  }[verdict.notesSource]
  const at = verdict.line === null ? '' : ` at line ${verdict.line}`
  return `${source.file}: notes from ${from}${at}`
}
