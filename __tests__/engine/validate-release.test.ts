import { describe, expect, test } from '@jest/globals'
import { validateRelease } from '../../src/engine/index.js'
import { DEFAULT_OPTIONS, snapshotOf } from '../fakes/release-snapshot.js'

const options = DEFAULT_OPTIONS
const snapshot = snapshotOf

const staticProject = (version: string) =>
  `[project]\nname = "Demo_Pkg"\nversion = "${version}"\n\n[build-system]\nbuild-backend = "hatchling.build"\n`

describe('validateRelease', () => {
  test('a release whose tag equals the declared version passes with its facts', () => {
    const report = validateRelease(
      snapshot({ 'pyproject.toml': staticProject('2.0.0rc1') }, 'v2.0.0-RC1'),
      options
    )
    expect(report.result).toBe('pass')
    expect(report.facts).toEqual({
      mode: 'release',
      tag: 'v2.0.0-RC1',
      version: '2.0.0rc1',
      prerelease: true,
      packageName: 'demo-pkg',
      versionSource: 'pyproject.toml:3 ([project].version)',
      indexPage: 'https://pypi.org/project/demo-pkg/2.0.0rc1/',
      releaseNotes: 'Release 2.0.0rc1 of Demo_Pkg.',
      notesSource: 'generated',
      changelogFile: null,
      changelogDate: null,
      previousVersion: null,
      alreadyPublished: false,
      makeLatest: false,
      readiness: null
    })
    expect(report.checks.map(c => [c.group, c.status])).toEqual([
      ['tag', 'pass'],
      ['version', 'pass'],
      ['changelog', 'pass'],
      ['dist', 'pass'],
      ['index', 'skip']
    ])
  })

  test('a mismatch quotes both versions with the declaration place', () => {
    const report = validateRelease(
      snapshot({ 'pyproject.toml': staticProject('1.0.0') }, 'v1.0.1'),
      options
    )
    expect(report.result).toBe('fail')
    expect(report.findings).toEqual([
      {
        id: 'version/mismatch',
        severity: 'error',
        message:
          "Tag 'v1.0.1' is version '1.0.1', but the project declares '1.0.0' ([project].version, pyproject.toml:3).",
        file: 'pyproject.toml',
        line: 3,
        hint: "Set the version in pyproject.toml:3 to '1.0.1' and tag again, or move the tag to the commit that declares it."
      }
    ])
    expect(report.facts.version).toBe('1.0.1')
  })

  test('a placeholder version gets a hint about rewriting it before the check', () => {
    const report = validateRelease(
      snapshot({ 'pyproject.toml': staticProject('0.0.0') }, 'v0.21.8'),
      options
    )
    expect(report.findings[0]?.hint).toContain("placeholder '0.0.0'")
  })

  test('a dynamic version read from a module is compared like a static one', () => {
    const files = {
      'pyproject.toml':
        '[build-system]\nbuild-backend = "hatchling.build"\n[project]\nname = "m"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/m/__about__.py"\n',
      'src/m/__about__.py': '# about\n__version__ = "3.1.0"\n'
    }
    const report = validateRelease(snapshot(files, 'v3.1.1'), options)
    expect(report.findings[0]).toMatchObject({
      id: 'version/mismatch',
      file: 'src/m/__about__.py',
      line: 2
    })
  })

  test('a VCS-derived version is the tag, and the report says which tool makes it', () => {
    const files = {
      'pyproject.toml':
        '[build-system]\nbuild-backend = "hatchling.build"\n[project]\nname = "v"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\n'
    }
    const report = validateRelease(snapshot(files, 'v4.2.0'), options)
    expect(report.result).toBe('pass')
    expect(report.facts.version).toBe('4.2.0')
    expect(report.checks[1]?.detail).toBe(
      'hatch-vcs derives the version from the tag at build time: 4.2.0'
    )
  })

  test('readiness warns about a declared version that is not normalized', () => {
    const report = validateRelease(
      snapshot({ 'pyproject.toml': staticProject('1.0-beta.2') }, null),
      options
    )
    expect(report.result).toBe('warn')
    expect(report.findings).toEqual([
      expect.objectContaining({
        id: 'version/not-normalized',
        severity: 'warning',
        line: 3
      }),
      expect.objectContaining({ id: 'readiness/first-release' })
    ])
    expect(report.findings[0]?.message).toContain("'1.0b2'")
    expect(
      validateRelease(
        snapshot({ 'pyproject.toml': staticProject('1.0-beta.2') }, null),
        { ...options, strict: true }
      ).result
    ).toBe('fail')
  })

  test('an invalid declared version is an error in readiness', () => {
    const report = validateRelease(
      snapshot({ 'pyproject.toml': staticProject('one') }, null),
      options
    )
    expect(report.findings.map(f => f.id)).toEqual(['version/invalid'])
  })

  test('ignored ids and groups are dropped before the verdict', () => {
    const mismatch = snapshot(
      { 'pyproject.toml': staticProject('1.0.0') },
      'v9'
    )
    expect(
      validateRelease(mismatch, { ...options, ignore: ['version/mismatch'] })
        .result
    ).toBe('pass')
    expect(
      validateRelease(mismatch, { ...options, ignore: ['version/*'] }).result
    ).toBe('pass')
  })

  test('an unresolvable dynamic version says what was tried', () => {
    const files = {
      'pyproject.toml':
        '[build-system]\nbuild-backend = "setuptools.build_meta"\n[project]\nname = "s"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "s.__version__"}\n'
    }
    const report = validateRelease(snapshot(files, 'v1.0.0'), options)
    expect(report.result).toBe('fail')
    expect(
      report.findings.some(
        f =>
          f.id.startsWith('version/') &&
          f.severity === 'error' &&
          f.message.includes('s.__version__')
      )
    ).toBe(true)
  })
})
