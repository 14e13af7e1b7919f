import { describe, expect, test } from '@jest/globals'
import {
  decideIndex,
  type IndexDecisionInput,
  type LocalArtifact
} from '../../../src/engine/package-index/decide-index.js'
import { parseJsonApi } from '../../../src/engine/package-index/parse-json-api.js'
import type { PublishedProject } from '../../../src/engine/package-index/published-project.js'
import { fixtureSha256, pypiFixture } from './fixture-bodies.js'

function demoProject(): PublishedProject {
  const parsed = parseJsonApi(pypiFixture('demo-pkg.json'))
  if ('malformed' in parsed) throw new Error(parsed.malformed)
  return parsed
}

function local(...names: string[]): LocalArtifact[] {
  return names.map(name => ({ name, sha256: fixtureSha256(name) }))
}

function decide(overrides: Partial<IndexDecisionInput>) {
  return decideIndex({
    mode: 'release',
    version: '2.1.0',
    localArtifacts: [],
    published: demoProject(),
    indexUrl: 'https://pypi.org',
    projectName: 'demo-pkg',
    strict: false,
    ...overrides
  })
}

const ids = (r: ReturnType<typeof decide>) => r.findings.map(f => f.id)

describe('a new version', () => {
  test('above everything: no finding, latest, previous is the newest final', () => {
    const r = decide({ version: '2.1.0' })
    expect(r).toEqual({
      findings: [],
      alreadyPublished: false,
      makeLatest: true,
      previousVersion: '2.0.0'
    })
  })

  test('a backport below the newest release is not latest, with a notice', () => {
    const r = decide({ version: '1.1.2' })
    expect(ids(r)).toEqual(['index/not-newest'])
    expect(r.findings[0]?.message).toContain('lower than 2.0.0')
    expect(r.makeLatest).toBe(false)
    expect(r.previousVersion).toBe('1.1.1')
  })

  test('a pre-release is never latest; its previous may be a pre-release', () => {
    const r = decide({ version: '2.1.0rc1' })
    expect(r.findings).toEqual([])
    expect(r.makeLatest).toBe(false)
    expect(decide({ version: '2.0.0rc2' }).previousVersion).toBe('2.0.0rc1')
  })

  test('a final release skips pre-releases and yanked releases for previous', () => {
    // 2.0.0rc1 is a step towards 2.0.0; 1.2.0 is yanked; 1.2.1 has no files.
    expect(decide({ version: '1.9.0' }).previousVersion).toBe('1.2.1')
    const onlyYanked = decide({ version: '1.2.0.post1' })
    expect(onlyYanked.previousVersion).toBe('1.1.1')
  })

  test('a first release on the index is a notice, with the pending-publisher hint', () => {
    const r = decide({ published: 'not-found', version: '0.1.0' })
    expect(ids(r)).toEqual(['index/new-project'])
    expect(r.findings[0]?.hint).toContain('pending publisher')
    expect(r).toMatchObject({ makeLatest: true, previousVersion: null })
  })
})

describe('a version already on the index', () => {
  test('is an error naming the upload date, the index and the bump', () => {
    const r = decide({
      version: '2.0',
      localArtifacts: local('demo_pkg-2.0-py3-none-any.whl')
    })
    expect(ids(r)).toEqual(['index/version-exists'])
    const [f] = r.findings
    expect(f?.severity).toBe('error')
    expect(f?.message).toContain(
      "'demo-pkg' 2.0 is already on https://pypi.org"
    )
    expect(f?.message).toContain('uploaded 2024-02-01, not yanked')
    expect(f?.message).toContain(
      "'demo_pkg-2.0-py3-none-any.whl' is not on the index"
    )
    expect(f?.hint).toContain("'2.1' or '2.0.post1'")
    expect(r.alreadyPublished).toBe(false)
  })

  test('yanking does not free it', () => {
    const r = decide({ version: '1.2.0', localArtifacts: local('x.whl') })
    expect(ids(r)).toEqual(['index/version-exists'])
    expect(r.findings[0]?.message).toContain(
      'yanked: "Broken metadata, use 1.2.1"'
    )
    expect(r.findings[0]?.message).toContain('yanking does not free it')
  })

  test('a version listed without files is still taken', () => {
    const r = decide({
      version: '1.2.1',
      localArtifacts: local('demo_pkg-1.2.1.tar.gz')
    })
    expect(ids(r)).toEqual(['index/version-exists'])
    expect(r.findings[0]?.message).toContain('upload date unknown')
  })

  test('a re-run with every local file there, same sha256, is a notice', () => {
    const r = decide({
      version: '2.0.0',
      localArtifacts: local(
        'demo_pkg-2.0.0-py3-none-any.whl',
        'demo_pkg-2.0.0.tar.gz'
      )
    })
    expect(ids(r)).toEqual(['index/already-published'])
    expect(r.findings[0]?.severity).toBe('notice')
    expect(r).toMatchObject({
      alreadyPublished: true,
      makeLatest: true,
      previousVersion: '1.2.1'
    })
  })

  test('the same file names with other bytes are the error', () => {
    const r = decide({
      version: '2.0.0',
      localArtifacts: [
        ...local('demo_pkg-2.0.0.tar.gz'),
        { name: 'demo_pkg-2.0.0-py3-none-any.whl', sha256: 'ab'.repeat(32) }
      ]
    })
    expect(ids(r)).toEqual(['index/version-exists'])
    expect(r.findings[0]?.message).toContain(
      "'demo_pkg-2.0.0-py3-none-any.whl' has sha256 abababababab… here"
    )
    expect(r.alreadyPublished).toBe(false)
  })

  test('a local file the index lacks is the error, even when the rest match', () => {
    const r = decide({
      version: '2.0.0',
      localArtifacts: local(
        'demo_pkg-2.0.0.tar.gz',
        'demo_pkg-2.0.0-cp313-cp313-win_amd64.whl'
      )
    })
    expect(ids(r)).toEqual(['index/version-exists'])
    expect(r.findings[0]?.message).toContain(
      "cp313-cp313-win_amd64.whl' is not on the index"
    )
  })

  test('no built files cannot prove a re-run', () => {
    const r = decide({ version: '2.0.0' })
    expect(r.findings[0]?.message).toContain(
      'there are no built files to compare'
    )
  })

  test('in readiness mode the message says the bump is missing', () => {
    const r = decide({ mode: 'readiness', version: '2.0.0' })
    expect(ids(r)).toEqual(['index/version-exists'])
    expect(r.findings[0]?.message).toContain('the version bump is missing')
    expect(r.findings[0]?.hint).toContain("e.g. to '2.0.1'")
  })
})

describe('an index that cannot be read', () => {
  test('is a warning naming the reason, never an error', () => {
    const r = decide({ published: { unreachable: 'connection refused' } })
    expect(r.findings).toEqual([
      expect.objectContaining({
        id: 'index/unreachable',
        severity: 'warning',
        message: expect.stringContaining('connection refused')
      })
    ])
    expect(r).toMatchObject({
      alreadyPublished: false,
      makeLatest: true,
      previousVersion: null
    })
  })

  test('under strict the hint says the warning fails the step', () => {
    const r = decide({ published: { unreachable: 'HTTP 503' }, strict: true })
    expect(r.findings[0]?.hint).toContain('Under strict this fails the step')
  })

  test('never echoes credentials from the index-url', () => {
    const r = decide({
      published: { unreachable: 'HTTP 401' },
      indexUrl:
        'https://__token__:s3cret@gitlab.example/api/v4/projects/1/packages/pypi/simple'
    })
    expect(r.findings[0]?.message).not.toContain('s3cret')
  })
})

test('an invalid version decides nothing', () => {
  expect(decide({ version: 'not a version' })).toEqual({
    findings: [],
    alreadyPublished: false,
    makeLatest: false,
    previousVersion: null
  })
})
