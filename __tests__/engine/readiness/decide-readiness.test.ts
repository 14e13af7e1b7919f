import { describe, expect, test } from '@jest/globals'
import {
  decideReadiness,
  type TagSource
} from '../../../src/engine/readiness/decide-readiness.js'
import { releaseTags } from '../../../src/engine/readiness/release-tags.js'

const TAGS = [
  'v1.0.0',
  'v1.1.0',
  'v1.9.3',
  'v2.0.0rc1',
  'v2.1.0',
  'nightly',
  'vendor-drop',
  'v3.0.0+local',
  'mypkg-v0.3.0',
  'other-v9.0.0'
]

function decide(
  version: string,
  source: TagSource = 'git-merged',
  tags = TAGS
) {
  return decideReadiness({ version, tags, prefix: 'v', source })
}

describe('releaseTags', () => {
  test('keeps prefixed PEP 440 release tags, highest first', () => {
    expect(releaseTags(TAGS, 'v').map(t => t.tag)).toEqual([
      'v2.1.0',
      'v2.0.0rc1',
      'v1.9.3',
      'v1.1.0',
      'v1.0.0'
    ])
  })

  test('a monorepo prefix picks only its own tags, normalized', () => {
    expect(releaseTags([...TAGS, 'mypkg-v0.4.0-RC1'], 'mypkg-v')).toEqual([
      expect.objectContaining({ tag: 'mypkg-v0.4.0-RC1', version: '0.4.0rc1' }),
      expect.objectContaining({ tag: 'mypkg-v0.3.0', version: '0.3.0' })
    ])
  })

  test('orders by PEP 440, not by text', () => {
    const tags = ['1.10.0', '1.9.0', '1.10.0a1', '1!0.1']
    expect(releaseTags(tags, '').map(t => t.tag)).toEqual([
      '1!0.1',
      '1.10.0',
      '1.10.0a1',
      '1.9.0'
    ])
  })
})

describe('decideReadiness', () => {
  test('an unchanged version has nothing to release', () => {
    const r = decide('2.1.0')
    expect(r).toMatchObject({
      outcome: 'unchanged',
      latestTag: 'v2.1.0',
      latestVersion: '2.1.0',
      releasePending: false
    })
    expect(r.findings.map(f => [f.id, f.severity])).toEqual([
      ['readiness/nothing-to-release', 'notice']
    ])
  })

  test('a bumped version is a pending release', () => {
    const r = decide('2.2.0.dev0')
    expect(r).toMatchObject({ outcome: 'pending', releasePending: true })
    expect(r.findings[0]?.id).toBe('readiness/release-pending')
  })

  test('a lower version is a regression, naming the latest release', () => {
    const r = decide('2.0.0')
    expect(r).toMatchObject({ outcome: 'regressed', latestTag: 'v2.1.0' })
    expect(r.findings[0]).toMatchObject({
      id: 'readiness/version-regressed',
      severity: 'error'
    })
    expect(r.findings[0]?.message).toContain('2.0.0 is lower than 2.1.0')
  })

  test('no release tag yet is a first release', () => {
    const r = decide('0.1.0', 'git', ['nightly'])
    expect(r).toMatchObject({ outcome: 'first-release', releasePending: true })
    expect(r.findings[0]?.id).toBe('readiness/first-release')
  })

  test('no tags to read is a warning, not a first release', () => {
    const r = decideReadiness({
      version: '1.0.0',
      tags: [],
      prefix: 'v',
      source: 'none',
      note: 'the clone is shallow'
    })
    expect(r).toMatchObject({ outcome: 'unknown', releasePending: false })
    expect(r.findings[0]).toMatchObject({
      id: 'readiness/tags-unavailable',
      severity: 'warning'
    })
  })

  describe('with tags from every branch (shallow clone, GitHub API)', () => {
    test('a maintenance release above its series is pending', () => {
      const r = decide('1.9.4', 'github-api')
      expect(r).toMatchObject({ outcome: 'pending', latestTag: 'v1.9.3' })
      expect(r.findings[0]?.message).toContain('maintenance release')
    })

    test('a maintenance line at its last release has nothing to release', () => {
      const r = decide('1.9.3', 'git')
      expect(r).toMatchObject({ outcome: 'unchanged', latestTag: 'v1.9.3' })
    })

    test('below its own series it is still a regression', () => {
      expect(decide('1.9.2', 'github-api').outcome).toBe('regressed')
      expect(decide('1.5.0', 'github-api').outcome).toBe('regressed')
    })
  })

  test('with only tags reachable from HEAD, a lower version is always a regression', () => {
    expect(decide('1.9.4', 'git-merged').outcome).toBe('regressed')
  })
})
