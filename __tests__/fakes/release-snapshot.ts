import {
  resolveProjectVersion,
  type ChangelogSource,
  type ReleaseSnapshot,
  type ValidationOptions
} from '../../src/engine/index.js'

/** Options as the action's defaults give them, offline. */
export const DEFAULT_OPTIONS: ValidationOptions = {
  tagPrefix: 'v',
  versionScheme: 'pep440',
  changelogRequired: true,
  appendIndexLink: false,
  indexUrl: 'https://pypi.org',
  environment: 'pypi',
  dist: 'dist',
  expectedWheels: null,
  expectedPlatforms: [],
  requireSdist: false,
  ignore: [],
  strict: false
}

/** A snapshot of an in-memory project; `tag: null` is a readiness run. */
export function snapshotOf(
  files: Record<string, string>,
  tag: string | null,
  extra: Partial<ReleaseSnapshot> = {}
): ReleaseSnapshot {
  const pyproject = files['pyproject.toml']
  const changelog: ChangelogSource =
    files['CHANGELOG.md'] === undefined
      ? { kind: 'disabled' }
      : { kind: 'found', file: 'CHANGELOG.md', text: files['CHANGELOG.md'] }
  return {
    run: {
      mode: tag === null ? 'readiness' : 'release',
      tag,
      tagSource: tag === null ? null : 'input',
      findings: []
    },
    project:
      pyproject === undefined
        ? null
        : resolveProjectVersion(pyproject, path => files[path]),
    workingDirectory: '.',
    changelog,
    today: '2026-11-22',
    git: checkoutAt(tag),
    releaseTags: { tags: [], source: 'git', note: null },
    indexResponse: null,
    publishing: null,
    dist: null,
    ...extra
  }
}

/** A clean, full clone whose HEAD is the tagged commit. */
export function checkoutAt(tag: string | null): ReleaseSnapshot['git'] {
  const head = 'a'.repeat(40)
  return {
    kind: 'repository',
    head,
    headShort: head.slice(0, 7),
    shallow: false,
    tags: tag === null ? [] : [tag],
    mergedTags: tag === null ? [] : [tag],
    tagCommit: tag === null ? null : head,
    describe: tag === null ? null : { tag, distance: 0 },
    commitCount: 12,
    dirtyFiles: [],
    dirtyCount: 0
  }
}
