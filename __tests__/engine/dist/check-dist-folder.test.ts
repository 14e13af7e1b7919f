/**
 * What the dist folder holds as a whole: expectations, strays, duplicates,
 * and every artifact carrying the project's name and version.
 */
import { describe, expect, test } from '@jest/globals'
import type { OtherDistEntry } from '../../../src/engine/dist/artifact-facts.js'
import { checkDist } from '../../../src/engine/dist/check-dist.js'
import {
  input,
  metadataText,
  sdist,
  soundHeaders,
  wheel
} from './artifact-builder.js'

const ids = (i: Parameters<typeof checkDist>[0]): string[] =>
  checkDist(i).findings.map(f => f.id)

const other = (name: string, kind: OtherDistEntry['kind'] = 'file'): OtherDistEntry => ({
  name,
  kind,
  size: 10
})

describe('the dist folder', () => {
  test('an empty folder nothing asks artifacts of is a warning', () => {
    const [f] = checkDist(input([])).findings
    expect(f).toMatchObject({ id: 'dist/empty', severity: 'warning', file: 'dist' })
  })

  test.each([
    ['expected-wheels', { expectedWheels: { min: 2, max: null } }],
    ['require-sdist', { requireSdist: true }],
    ['expected-platforms', { expectedPlatforms: ['any' as const] }]
  ])('an empty folder is an error when %s asks for artifacts', (_, more) => {
    expect(checkDist(input([], more)).findings.map(f => [f.id, f.severity])).toEqual([
      ['dist/empty', 'error']
    ])
  })

  test.each([
    ['dist/subfolder', other('wheels-ubuntu-latest', 'directory'), /merge-multiple: true/],
    ['dist/checksum-file', other('SHA256SUMS'), /sha256sums-file/],
    ['dist/checksum-file', other('demo_pkg-1.2.3.tar.gz.sha256'), /outside/],
    ['dist/signature-file', other('demo_pkg-1.2.3.tar.gz.asc'), /signatures/],
    ['dist/attestation-file', other('demo_pkg-1.2.3.tar.gz.publish.attestation'), /empty folder/],
    ['dist/unexpected-file', other('demo_pkg-1.2.3.tar.bz2'), /only wheels and sdists/]
  ])('%s for %j, with the fix', (id, entry, fix) => {
    const [f] = checkDist(input([wheel()], { others: [entry] })).findings
    expect(f?.id).toBe(id)
    expect(f?.file).toBe(`dist/${entry.name}`)
    expect(f?.hint).toMatch(fix)
  })

  test('hidden files such as uv\'s .gitignore are left alone', () => {
    expect(ids(input([wheel()], { others: [other('.gitignore'), other('.DS_Store')] }))).toEqual([])
  })

  test.each([
    [{ min: 2, max: 2 }, 1, true],
    [{ min: 1, max: 1 }, 1, false],
    [{ min: 0, max: 1 }, 2, true],
    [{ min: 2, max: null }, 3, false],
    [{ min: 2, max: 4 }, 5, true]
  ])('expected-wheels %j with %i wheels fires: %s', (expectedWheels, n, fires) => {
    const tags = ['cp310-cp310-win_amd64', 'cp311-cp311-win_amd64', 'cp312-cp312-win_amd64', 'cp313-cp313-win_amd64', 'cp314-cp314-win_amd64']
    const wheels = tags.slice(0, n).map(tag => wheel({ tag }))
    expect(ids(input(wheels, { expectedWheels })).includes('dist/wheel-count')).toBe(fires)
  })

  test('a missing platform family is named', () => {
    const findings = checkDist(
      input([wheel({ tag: 'cp312-cp312-macosx_10_9_x86_64' })], {
        expectedPlatforms: ['macos-x86_64', 'macos-arm64', 'linux-aarch64']
      })
    ).findings
    expect(findings.map(f => [f.id, f.message.match(/is for "([a-z0-9_-]+)"/)?.[1]])).toEqual([
      ['dist/platform-missing', 'macos-arm64'],
      ['dist/platform-missing', 'linux-aarch64']
    ])
  })

  test('universal2 serves both macOS families', () => {
    const dist = input([wheel({ tag: 'cp312-cp312-macosx_10_9_universal2' })], {
      expectedPlatforms: ['macos-x86_64', 'macos-arm64']
    })
    expect(ids(dist)).toEqual([])
  })

  test('require-sdist without an sdist', () => {
    expect(ids(input([wheel()], { requireSdist: true }))).toEqual(['dist/sdist-missing'])
  })

  test('two wheels for one tag', () => {
    expect(ids(input([wheel(), wheel({ build: '1' })]))).toEqual(['dist/duplicate-wheel'])
    expect(ids(input([wheel(), wheel({ tag: 'py2.py3-none-any' })]))).toEqual(['dist/duplicate-wheel'])
  })

  test('two sdists', () => {
    expect(ids(input([sdist(), sdist({ file: 'demo_pkg-1.2.3.zip' })]))).toContain('dist/duplicate-sdist')
  })
})

describe('names and versions', () => {
  test.each([
    ['dist/version-mismatch', 'a wheel of another version', [wheel({ version: '1.2.4' })]],
    ['dist/version-mismatch', 'metadata saying another version', [wheel({ metadata: metadataText(soundHeaders('demo_pkg', '1.2.4'), '# x\n') })]],
    ['dist/name-mismatch', 'a wheel of another project', [wheel({ name: 'other_pkg' })]],
    ['dist/name-mismatch', 'PKG-INFO naming another project', [sdist({ metadata: metadataText(soundHeaders('other', '1.2.3'), '# x\n') })]],
    ['dist/local-version', 'a local version', [wheel({ version: '1.2.3+g1234abc' })]],
    ['dist/placeholder-version', '0.0.0', [wheel({ version: '0.0.0' })]],
    ['dist/placeholder-version', "setuptools-scm's 0.1.dev3+g1234abc", [wheel({ version: '0.1.dev3+g1234abc' })]],
    ['dist/placeholder-version', '0.0.post1.dev2', [sdist({ version: '0.0.post1.dev2' })]]
  ])('%s: %s', (id, _, artifacts) => {
    expect(ids(input(artifacts))).toContain(id)
  })

  test('versions are compared by PEP 440 equality', () => {
    const metadata = metadataText(soundHeaders('demo_pkg', '1.2.3.0'), '# x\n')
    expect(ids(input([wheel({ metadata })], { project: { name: 'demo-pkg', version: '1.2.3' } }))).toEqual([])
  })

  test('the quoted values say where each came from', () => {
    const [f] = checkDist(input([wheel({ version: '1.2.4' })])).findings
    expect(f?.message).toBe(
      '"demo_pkg-1.2.4-py3-none-any.whl" has the version "1.2.4" in its file name, but the project\'s version is "1.2.3".'
    )
  })

  test('without a project version, the odd artifact out is named', () => {
    const artifacts = [wheel(), sdist(), wheel({ version: '1.2.2', tag: 'py3-none-win_amd64', purelib: false })]
    const findings = checkDist(input(artifacts, { project: { name: null, version: null } })).findings
    expect(findings.map(f => [f.id, f.file])).toEqual([
      ['dist/version-mismatch', 'dist/demo_pkg-1.2.2-py3-none-win_amd64.whl']
    ])
    expect(findings[0]?.message).toContain('the other artifacts have "1.2.3"')
  })
})
