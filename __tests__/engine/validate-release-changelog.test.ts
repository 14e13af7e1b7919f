import { describe, expect, test } from '@jest/globals'
import {
  validateRelease,
  type ChangelogSource,
  type ReleaseSnapshot
} from '../../src/engine/index.js'
import { DEFAULT_OPTIONS, snapshotOf } from '../fakes/release-snapshot.js'

const options = {
  ...DEFAULT_OPTIONS,
  appendIndexLink: true,
  indexUrl: 'https://test.pypi.org'
}

const PYPROJECT = '[project]\nname = "pkg"\nversion = "1.2.0"\n'

function snapshot(
  changelog: ChangelogSource,
  tag: string | null = 'v1.2.0',
  pyproject = PYPROJECT
): ReleaseSnapshot {
  return snapshotOf({ 'pyproject.toml': pyproject }, tag, { changelog })
}

const found = (text: string): ChangelogSource => ({
  kind: 'found',
  file: 'CHANGELOG.md',
  text
})

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-11-01

### Fixed

- A bug ([#12][i12]).

## [1.1.0] - 2026-10-01

- Older.

[i12]: https://example.com/12
`

describe('the changelog in a release', () => {
  test("the release's entry becomes the notes, with its date and the index link", () => {
    const report = validateRelease(snapshot(found(CHANGELOG)), options)
    expect(report.result).toBe('pass')
    expect(report.facts).toMatchObject({
      notesSource: 'entry',
      changelogFile: 'CHANGELOG.md',
      changelogDate: '2026-11-01',
      indexPage: 'https://test.pypi.org/project/pkg/1.2.0/'
    })
    expect(report.facts.releaseNotes).toContain(
      '### Fixed\n\n- A bug ([#12][i12]).'
    )
    expect(report.facts.releaseNotes).toContain('[i12]: https://example.com/12')
    expect(report.facts.releaseNotes).toContain(
      'https://test.pypi.org/project/pkg/1.2.0/'
    )
    expect(report.checks[2]).toEqual({
      group: 'changelog',
      title: 'Changelog',
      status: 'pass',
      detail: 'CHANGELOG.md: notes from its own entry at line 5'
    })
  })

  test('a release without an entry fails with the nearest entries named', () => {
    const report = validateRelease(
      snapshot(found(CHANGELOG), 'v1.3.0', PYPROJECT.replace('1.2.0', '1.3.0')),
      options
    )
    expect(report.result).toBe('fail')
    expect(report.findings.map(f => f.id)).toEqual(['changelog/entry-missing'])
    expect(report.checks[2]?.status).toBe('fail')
  })

  test('with changelog-required false a missing entry warns and notes are generated', () => {
    const report = validateRelease(
      snapshot(found(CHANGELOG), 'v1.3.0', PYPROJECT.replace('1.2.0', '1.3.0')),
      {
        ...options,
        changelogRequired: false,
        appendIndexLink: false
      }
    )
    expect(report.result).toBe('warn')
    expect(report.facts.notesSource).toBe('generated')
    expect(report.facts.releaseNotes).toBe('Release 1.3.0 of pkg.')
  })

  test('changelog: none generates notes without any finding', () => {
    const report = validateRelease(snapshot({ kind: 'disabled' }), options)
    expect(report.findings).toEqual([])
    expect(report.facts.releaseNotes).toBe(
      'Release 1.2.0 of pkg.\n\nhttps://test.pypi.org/project/pkg/1.2.0/'
    )
    expect(report.checks[2]?.detail).toBe(
      'changelog: none; release notes are generated'
    )
  })

  test('a changelog that cannot be found is an error naming what was looked for', () => {
    const report = validateRelease(
      snapshot({
        kind: 'missing',
        missing: { searched: ['CHANGELOG.md', 'CHANGES.rst'] }
      }),
      options
    )
    expect(report.findings.map(f => [f.id, f.severity])).toEqual([
      ['changelog/not-found', 'error']
    ])
  })

  test('a pre-release may take its notes from the base version entry', () => {
    const report = validateRelease(
      snapshot(
        found(CHANGELOG),
        'v1.2.0rc1',
        PYPROJECT.replace('1.2.0', '1.2.0rc1')
      ),
      options
    )
    expect(report.result).toBe('pass')
    expect(report.facts.notesSource).toBe('base-version')
    expect(report.facts.prerelease).toBe(true)
  })

  test('a VCS version with no tag in readiness has nothing to look up', () => {
    const vcs =
      '[project]\nname = "v"\ndynamic = ["version"]\n[build-system]\nbuild-backend = "hatchling.build"\n[tool.hatch.version]\nsource = "vcs"\n'
    const report = validateRelease(
      snapshot(found(CHANGELOG), null, vcs),
      options
    )
    expect(report.facts.releaseNotes).toBeNull()
    expect(report.checks[2]?.detail).toBe('CHANGELOG.md: no version to look up')
  })
})
