import {
  checkChangelog,
  NOTES_SOURCE_WORDS,
  type ChangelogSource,
  type ChangelogVerdict
} from './checks/changelog-has-entry.js'
import { decideGitFacts, type GitFacts } from './checks/git-facts.js'
import type { DistFacts } from './dist/artifact-facts.js'
import { checkDist, type DistVerdict } from './dist/check-dist.js'
import type { PlatformFamily, WheelCount } from './dist/dist-expectations.js'
import {
  checkPublishing,
  type PublishingContext
} from './checks/publishing-check.js'
import {
  decideStanding,
  type ReleaseStanding,
  type ReleaseTags
} from './checks/release-standing.js'
import {
  checkDeclaredVersion,
  checkTagMatchesProject,
  describeSource,
  type VersionVerdict
} from './checks/tag-matches-project.js'
import { indexPageUrl } from './package-index/index-page.js'
import type { IndexResponse } from './package-index/index-response.js'
import type { ProjectVersion } from './pyproject/project-version.js'
import type { ResolvedRun } from './release-context.js'
import { checkOutcomes } from './report/check-outcomes.js'
import { finding, type Finding } from './report/finding.js'
import {
  resultOf,
  withoutIgnored,
  type ReleaseFacts,
  type ValidationReport
} from './report/validation-report.js'
import { isPrerelease, parseVersion } from './version/pep440.js'
import { readTagVersion, type TagVersion } from './version/tag.js'

/** Everything read from the world before any check runs. */
export interface ReleaseSnapshot {
  /** The mode and tag, already resolved from inputs and the event. */
  readonly run: ResolvedRun
  /** What pyproject.toml and the files it names declare; `null` without pyproject.toml. */
  readonly project: ProjectVersion | null
  /** The working directory as the user named it, for messages. */
  readonly workingDirectory: string
  /** The changelog, or why there is none. */
  readonly changelog: ChangelogSource
  /** Today as `YYYY-MM-DD`, for changelog dates. */
  readonly today: string
  /** The checkout: HEAD, tags, shallowness, dirty files. */
  readonly git: GitFacts
  /** Release tags to compare with (readiness mode); `null` when not read. */
  readonly releaseTags: ReleaseTags | null
  /** The index's answer about the project; `null` when not asked. */
  readonly indexResponse: IndexResponse | null
  /** The workflow that will publish; `null` when trusted-publishing is off. */
  readonly publishing: PublishingContext | null
  /** The built artifacts; `null` when the dist folder does not exist. */
  readonly dist: DistFacts | null
}

/** The settings the checks depend on. */
export interface ValidationOptions {
  readonly tagPrefix: string
  readonly versionScheme: 'pep440' | 'semver'
  readonly changelogRequired: boolean
  readonly appendIndexLink: boolean
  readonly indexUrl: string
  /** Deployment environment of the publish job. */
  readonly environment: string
  /** The dist folder as named, for messages about its absence. */
  readonly dist: string
  readonly expectedWheels: WheelCount | null
  readonly expectedPlatforms: readonly PlatformFamily[]
  readonly requireSdist: boolean
  readonly ignore: readonly string[]
  readonly strict: boolean
}

/** Runs every check over the snapshot and returns the report. */
export function validateRelease(
  snapshot: ReleaseSnapshot,
  options: ValidationOptions
): ValidationReport {
  const { run, project } = snapshot
  const tagged = readTag(run, options)
  const verdict = versionVerdict(run, tagged, project)
  const name = project?.name?.normalized ?? null
  const dist = distVerdict(snapshot.dist, name, verdict.version, options)
  const standing = decideStanding({
    mode: run.mode,
    version: verdict.version,
    prefix: options.tagPrefix,
    projectName: name,
    releaseTags: snapshot.releaseTags,
    indexResponse: snapshot.indexResponse,
    indexUrl: options.indexUrl,
    localArtifacts: dist.artifacts.map(a => ({
      name: a.name,
      sha256: a.sha256
    })),
    strict: options.strict
  })
  const indexPage =
    name && verdict.version
      ? indexPageUrl(options.indexUrl, name, verdict.version)
      : null
  const changelog = standing.releasing
    ? checkChangelog(snapshot.changelog, {
        version: verdict.version,
        mode: run.mode,
        required: options.changelogRequired,
        today: snapshot.today,
        projectName: project?.name?.raw ?? null,
        indexLink: options.appendIndexLink ? indexPage : null
      })
    : null
  const publishing = snapshot.publishing
    ? checkPublishing(snapshot.publishing, {
        environment: options.environment,
        indexUrl: options.indexUrl,
        projectName: name,
        indexResponse: snapshot.indexResponse
      })
    : null
  const findings = withoutIgnored(
    [
      ...run.findings,
      ...(tagged?.findings ?? []),
      ...(project
        ? project.findings
        : [missingPyproject(snapshot.workingDirectory)]),
      ...verdict.findings,
      ...gitFindings(snapshot, tagged, verdict.version, options.tagPrefix),
      ...dist.findings,
      ...standing.findings,
      ...(changelog?.findings ?? []),
      ...(publishing?.findings ?? [])
    ],
    options.ignore
  )
  const facts = releaseFacts(snapshot, verdict.version, standing, changelog)
  return {
    facts: { ...facts, indexPage },
    dist: snapshot.dist ? dist : null,
    checks: checkOutcomes(findings, {
      run,
      tagVersion: tagged?.version ?? null,
      project,
      version: verdict.version,
      changelog: changelogDetail(snapshot.changelog, changelog),
      standing,
      publishing: publishing
        ? { detail: publishing.detail, checked: publishing.checked }
        : null,
      dist: distDetail(snapshot.dist, dist)
    }),
    trustedPublisher: publishing
      ? { facts: publishing.facts, claims: publishing.claims }
      : null,
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

function gitFindings(
  snapshot: ReleaseSnapshot,
  tagged: TagVersion | null,
  version: string | null,
  prefix: string
): Finding[] {
  return decideGitFacts({
    mode: snapshot.run.mode,
    tag: snapshot.run.tag,
    tagExplicit: snapshot.run.tagSource === 'input',
    prefix,
    version: tagged?.version ?? version,
    declaration: snapshot.project?.declaration ?? null,
    git: snapshot.git,
    today: snapshot.today
  })
}

function releaseFacts(
  snapshot: ReleaseSnapshot,
  version: string | null,
  standing: ReleaseStanding,
  changelog: ChangelogVerdict | null
): Omit<ReleaseFacts, 'indexPage'> {
  const { project } = snapshot
  const parsed = version === null ? null : parseVersion(version)
  const prerelease = parsed !== null && isPrerelease(parsed)
  return {
    mode: snapshot.run.mode,
    tag: snapshot.run.tag,
    version,
    prerelease,
    packageName: project?.name?.normalized ?? null,
    versionSource: project ? sourceText(project) : null,
    releaseNotes: changelog?.notes ?? null,
    notesSource: changelog?.notesSource ?? null,
    changelogFile: changelog?.file ?? null,
    changelogDate: changelog?.date ?? null,
    previousVersion:
      standing.index?.previousVersion ??
      standing.readiness?.latestVersion ??
      null,
    alreadyPublished: standing.index?.alreadyPublished ?? false,
    makeLatest: standing.index?.makeLatest ?? !prerelease,
    readiness: standing.readiness?.outcome ?? null
  }
}

function distVerdict(
  facts: DistFacts | null,
  name: string | null,
  version: string | null,
  options: ValidationOptions
): DistVerdict {
  if (facts) {
    return checkDist({
      dist: facts,
      project: { name, version },
      expectedWheels: options.expectedWheels,
      expectedPlatforms: options.expectedPlatforms,
      requireSdist: options.requireSdist
    })
  }
  const required =
    options.expectedWheels !== null ||
    options.expectedPlatforms.length > 0 ||
    options.requireSdist
  return {
    findings: required ? [missingDist(options.dist)] : [],
    artifacts: [],
    wheelCount: 0,
    sdist: null,
    wheelTable: { platforms: [], rows: [] }
  }
}

function missingDist(folder: string): Finding {
  return finding(
    'dist/missing',
    'error',
    `The dist folder '${folder}' does not exist, but expected-wheels, expected-platforms or require-sdist asks for artifacts.`,
    {
      hint: "Download the built artifacts into it before this step (actions/download-artifact with 'merge-multiple: true'), or set 'dist' to where they are."
    }
  )
}

function distDetail(facts: DistFacts | null, verdict: DistVerdict): string {
  if (!facts) return 'no dist folder: artifacts not checked'
  const sdist = verdict.sdist ? ' and an sdist' : ', no sdist'
  return `${verdict.wheelCount} wheel(s)${sdist} in ${facts.folder}`
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
  if (d.kind === 'vcs') {
    return `${d.tool} (from the tag; configured in ${d.file}:${d.line})`
  }
  if (d.kind === 'unresolved') return `unresolved: ${d.tried}`
  return `${d.file}:${d.line} (${describeSource(d.source)})`
}

function changelogDetail(
  source: ChangelogSource,
  verdict: ChangelogVerdict | null
): string {
  if (verdict === null) return 'nothing to release: no entry needed'
  if (source.kind === 'disabled') {
    return 'changelog: none; release notes are generated'
  }
  if (source.kind === 'missing') {
    return 'no changelog file; release notes are generated'
  }
  if (verdict.notesSource === null)
    return `${source.file}: no version to look up`
  const from = NOTES_SOURCE_WORDS[verdict.notesSource]
  const at = verdict.line === null ? '' : ` at line ${verdict.line}`
  return `${source.file}: notes from ${from}${at}`
}
