import { describe, expect, test } from '@jest/globals'
import { parseJsonApi } from '../../../src/engine/package-index/parse-json-api.js'
import { parseSimpleHtml } from '../../../src/engine/package-index/parse-simple-html.js'
import { parseSimpleJson } from '../../../src/engine/package-index/parse-simple-json.js'
import type { PublishedProject } from '../../../src/engine/package-index/published-project.js'
import { readPublishedProject } from '../../../src/engine/package-index/read-published-project.js'
import { fixtureSha256, pypiFixture } from './fixture-bodies.js'

function project(value: PublishedProject | { malformed: string }) {
  if ('malformed' in value) throw new Error(value.malformed)
  return value
}

function byVersion(p: PublishedProject, version: string) {
  return p.versions.find(v => v.version === version)
}

// The three forms describe the same project, so they must agree.
describe.each([
  ['JSON API', () => project(parseJsonApi(pypiFixture('demo-pkg.json')))],
  [
    'Simple JSON (PEP 691/700)',
    () =>
      project(parseSimpleJson(pypiFixture('demo-pkg.simple.json'), 'demo-pkg'))
  ],
  [
    'Simple HTML (PEP 503)',
    () => parseSimpleHtml(pypiFixture('demo-pkg.simple.html'), 'Demo_Pkg')
  ]
])('%s', (_form, read) => {
  test('lists every release with its files and sha256', () => {
    const p = read()
    const v200 = byVersion(p, '2.0.0')
    expect(v200?.files.map(f => f.filename).sort()).toEqual([
      'demo_pkg-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'demo_pkg-2.0.0-py3-none-any.whl',
      'demo_pkg-2.0.0.tar.gz'
    ])
    for (const file of v200?.files ?? []) {
      expect(file.sha256).toBe(fixtureSha256(file.filename))
    }
    expect(byVersion(p, '2.0.0rc1')?.normalized).toBe('2.0.0rc1')
  })

  test('marks a release yanked when all its files are, with the reason', () => {
    const v120 = byVersion(read(), '1.2.0')
    expect(v120?.yanked).toBe(true)
    expect(v120?.yankedReason).toBe('Broken metadata, use 1.2.1')
    expect(byVersion(read(), '1.1.0')?.yanked).toBe(false)
  })
})

describe('forms that carry more than file names', () => {
  test('the JSON API keeps versions without files and legacy versions', () => {
    const p = project(parseJsonApi(pypiFixture('demo-pkg.json')))
    expect(byVersion(p, '1.2.1')?.files).toEqual([])
    expect(byVersion(p, '0.1-dev-r1234')?.normalized).toBeNull()
    expect(byVersion(p, '2.0.0')?.uploadTime).toBe(
      '2024-02-01T10:45:21.654321Z'
    )
  })

  test('PEP 700 versions list versions without files', () => {
    const body = pypiFixture('demo-pkg.simple.json')
    const p = project(parseSimpleJson(body, 'demo-pkg'))
    expect(byVersion(p, '1.2.1')?.files).toEqual([])
    expect(byVersion(p, '1.1.1')?.uploadTime).toBe(
      '2024-03-01T14:20:05.000111Z'
    )
  })

  test('the HTML form has no upload times', () => {
    const p = parseSimpleHtml(pypiFixture('demo-pkg.simple.html'), 'demo-pkg')
    expect(byVersion(p, '2.0.0')?.uploadTime).toBeNull()
  })

  test('an answer without releases falls back to info.version and urls', () => {
    const body = JSON.stringify({
      info: { version: '3.1' },
      urls: [{ filename: 'x-3.1.tar.gz', digests: { sha256: 'A'.repeat(64) } }]
    })
    const p = project(parseJsonApi(body))
    expect(p.versions).toEqual([
      expect.objectContaining({
        version: '3.1',
        files: [
          { filename: 'x-3.1.tar.gz', sha256: 'a'.repeat(64), yanked: false }
        ]
      })
    ])
  })

  test('groups spellings of one PEP 440 version together', () => {
    const files = [
      'pkg-1.0.tar.gz',
      'pkg-1.0-py3-none-any.whl',
      'pkg-1.0.0.zip'
    ]
    const html = files.map(f => `<a href="/f/${f}">${f}</a>`).join('\n')
    const p = parseSimpleHtml(html, 'pkg')
    expect(p.versions.map(v => [v.version, v.files.length])).toEqual([
      ['1.0', 2],
      ['1.0.0', 1]
    ])
  })
})

describe('hostile or broken bodies', () => {
  test.each([
    ['not JSON', '<html>oops</html>', /not valid JSON/],
    ['a JSON array', '[1, 2]', /no 'releases'/],
    ['a truncated document', '{"releases": {"1.0": [', /not valid JSON/]
  ])('the JSON API refuses %s', (_what, body, reason) => {
    expect(parseJsonApi(body)).toEqual({
      malformed: expect.stringMatching(reason)
    })
  })

  test('the Simple JSON form refuses an unknown major API version', () => {
    const body = JSON.stringify({ meta: { 'api-version': '2.0' }, files: [] })
    expect(parseSimpleJson(body, 'x')).toEqual({
      malformed: "unsupported Simple API version '2.0'"
    })
  })

  test('garbage entries are ignored, not fatal', () => {
    const body = JSON.stringify({
      releases: {
        '1.0': [
          null,
          7,
          { filename: 42 },
          { filename: 'x-1.0.tar.gz', digests: 'no' }
        ],
        '2.0': 'not a list',
        '': []
      }
    })
    const p = project(parseJsonApi(body))
    expect(p.versions.map(v => v.version)).toEqual(['1.0', '2.0'])
    expect(byVersion(p, '1.0')?.files).toEqual([
      { filename: 'x-1.0.tar.gz', sha256: null, yanked: false }
    ])
  })

  test('unterminated markup and odd attributes are read in linear time', () => {
    const hostile = [
      '<a href="x-1.0.tar.gz#sha256=zz" data-yanked>x-1.0.tar.gz</a>',
      '<a'.repeat(200_000),
      '<a href=' + '"'.repeat(100_000),
      '<a ' + '='.repeat(200_000),
      '<!-- never closed'
    ].join('')
    const started = Date.now()
    const p = parseSimpleHtml(hostile, 'x')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(byVersion(p, '1.0')?.files).toEqual([
      { filename: 'x-1.0.tar.gz', sha256: null, yanked: true }
    ])
  })

  test('a malformed body reads as an unreachable index, naming the URL', () => {
    const state = readPublishedProject(
      {
        kind: 'found',
        source: 'json-api',
        body: '{',
        url: 'https://i/pypi/x/json'
      },
      'x'
    )
    expect(state).toEqual({
      unreachable: expect.stringContaining(
        'https://i/pypi/x/json could not be read: not valid JSON'
      )
    })
  })

  test('not-found and unreachable answers pass through', () => {
    expect(readPublishedProject({ kind: 'not-found', url: 'u' }, 'x')).toBe(
      'not-found'
    )
    expect(
      readPublishedProject(
        { kind: 'unreachable', url: 'u', reason: 'HTTP 503' },
        'x'
      )
    ).toEqual({ unreachable: 'HTTP 503 (u)' })
  })
})
