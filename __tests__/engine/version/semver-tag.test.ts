import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import {
  normalizeVersion,
  parseVersion
} from '../../../src/engine/version/pep440.js'
import { semverToPep440 } from '../../../src/engine/version/semver-tag.js'

const reasonOf = (tag: string): string => {
  const r = semverToPep440(tag)
  return r.ok ? `mapped to ${r.version}` : r.reason
}

describe('semverToPep440', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['0.0.0', '0.0.0'],
    ['1.2.3-rc.1', '1.2.3rc1'],
    ['1.2.3-rc1', '1.2.3rc1'],
    ['1.2.3-RC.1', '1.2.3rc1'],
    ['1.0.0-alpha', '1.0.0a0'],
    ['1.0.0-alpha.1', '1.0.0a1'],
    ['1.0.0-a.1', '1.0.0a1'],
    ['1.0.0-beta.11', '1.0.0b11'],
    ['1.0.0-c.2', '1.0.0rc2'],
    ['1.0.0-preview.3', '1.0.0rc3'],
    ['1.0.0-dev', '1.0.0.dev0'],
    ['1.0.0-dev.4', '1.0.0.dev4'],
    ['1.0.0-rc.1.dev.2', '1.0.0rc1.dev2'],
    ['1.0.0-alpha01', '1.0.0a1'],
    ['1.2.3-rc.1+build.5', '1.2.3rc1+build.5'],
    ['1.2.3+Build-007', '1.2.3+build.7'],
    ['1.0.0-beta.9007199254740993', '1.0.0b9007199254740993']
  ])('%s maps to %s', (tag, version) => {
    expect(semverToPep440(tag)).toEqual({ ok: true, version })
  })

  test.each([
    ['v1.2.3', "no 'v' prefix"],
    [' 1.2.3', 'whitespace'],
    ['1.2.3\n', 'whitespace'],
    ['1.2', 'expected MAJOR.MINOR.PATCH'],
    ['1.2.3.4', 'expected MAJOR.MINOR.PATCH'],
    ['01.2.3', 'without leading zeros'],
    ['1.2.3-rc.01', 'without leading zeros'],
    ['1.2.3rc1', 'expected MAJOR.MINOR.PATCH'],
    ['1.0.0-foo.bar', "pre-release 'foo.bar' has no PEP 440 equivalent"],
    ['1.0.0-1', "pre-release '1' has no PEP 440 equivalent"],
    ['1.0.0-alpha.beta', 'has no PEP 440 equivalent'],
    ['1.0.0-rc.1.2', 'has no PEP 440 equivalent'],
    ['1.0.0-dev.1.rc.1', 'has no PEP 440 equivalent'],
    ['1.0.0-SNAPSHOT', 'has no PEP 440 equivalent'],
    ['1.0.0-post.1', 'would be a PEP 440 post-release'],
    ['1.0.0-rev1', 'would be a PEP 440 post-release'],
    ['1.2.3+build--5', "build metadata 'build--5' is not a PEP 440 local"],
    ['1.2.3+-x', 'is not a PEP 440 local']
  ])('%j is refused: %s', (tag, reason) => {
    expect(reasonOf(tag)).toContain(reason)
  })

  // Every combination of a few pre-release and build spellings.
  const pres = ['', '-alpha', '-Beta.2', '-rc.10', '-rc3', '-pre.1']
  const devs = ['', '.dev', '.dev.7', '.DEV3']
  const builds = ['', '+b', '+build.5', '+sha-abc123', '+001']
  const tags = pres.flatMap(p =>
    devs.flatMap(d =>
      builds.map(b => `1.20.3${p}${p === '' ? d.replace('.', '-') : d}${b}`)
    )
  )

  test.each(tags)('%s maps to a normalized PEP 440 version', tag => {
    const r = semverToPep440(tag)
    expect(r.ok).toBe(true)
    const version = r.ok ? r.version : ''
    expect(parseVersion(version)).not.toBeNull()
    expect(normalizeVersion(version)).toBe(version)
    // Where the SemVer string is itself valid PEP 440, both readings agree.
    expect(normalizeVersion(tag) ?? version).toBe(version)
  })

  test('every string of the PEP 440 oracle that maps, maps consistently', () => {
    const oracle = JSON.parse(
      readFileSync(
        new URL('../../fixtures/pep440/oracle.json', import.meta.url),
        'utf8'
      )
    ) as { entries: { input: string }[] }
    const problems = oracle.entries.flatMap(({ input }) => {
      const r = semverToPep440(input)
      if (!r.ok) return []
      const direct = normalizeVersion(input) ?? r.version
      const fine =
        normalizeVersion(r.version) === r.version && direct === r.version
      return fine ? [] : [`${input} -> ${r.version}`]
    })
    expect(problems).toEqual([])
  })
})
