import { describe, expect, test } from '@jest/globals'
import type { ChangelogEntry } from '../../../src/engine/changelog/changelog-entry.js'
import {
  firstOutOfOrder,
  nearestEntries
} from '../../../src/engine/changelog/entry-order.js'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import {
  compareVersions,
  normalizeVersion,
  parseVersion,
  type Version
} from '../../../src/engine/version/pep440.js'

// Segments chosen to meet the edge cases: zero (written or missing),
// numbers of equal length, and numbers past 2^53.
const SEGMENTS = [
  '0',
  '00',
  '1',
  '2',
  '9',
  '10',
  '11',
  '99',
  '100',
  '9007199254740993',
  '9007199254740992',
  '12345678901234567890'
]
const SUFFIXES = ['', '', '', 'rc1', 'a2', '.post1', '.dev3', '+local.7']

// A small deterministic generator, so a failure replays.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

function randomVersion(next: () => number): string {
  const count = 1 + Math.floor(next() * 4)
  const release = Array.from({ length: count }, () => pick(next, SEGMENTS))
  const epoch = next() < 0.1 ? '1!' : ''
  return `${epoch}${release.join('.')}${pick(next, SUFFIXES)}`
}

function entries(text: string) {
  return parseChangelog(text, 'CHANGELOG.md').entries
}

// Entries as a parsed changelog gives them, for the versions alone.
function dated(...versions: string[]): ChangelogEntry[] {
  return versions.map((v, i) => ({
    kind: 'version',
    version: v,
    normalized: normalizeVersion(v),
    alsoVersions: [],
    heading: v,
    line: i + 1,
    level: 2,
    bodyStart: null,
    bodyEnd: null,
    // Oldest first: only the versions can put them out of order.
    date: `2024-01-${String(i + 1).padStart(2, '0')}`,
    dateText: null,
    dateInvalid: false,
    yanked: false,
    markedUnreleased: false,
    prefix: ''
  }))
}

function version(text: string): Version {
  return parseVersion(text) as Version
}

describe('firstOutOfOrder', () => {
  test('orders every pair as PEP 440 does', () => {
    const next = random(7)
    const wrong: string[] = []
    for (let n = 0; n < 2000; n++) {
      const above = randomVersion(next)
      const below = randomVersion(next)
      const found = firstOutOfOrder(dated(above, below)) !== null
      const expected = compareVersions(version(above), version(below)) < 0
      if (found !== expected) wrong.push(`${above} above ${below}`)
    }
    expect(wrong).toEqual([])
  })

  test.each([
    ['1.0', '1.0.0'],
    ['2.0.0', '2'],
    ['1.10', '1.9'],
    ['10.0', '9.99.99'],
    ['9007199254740993', '9007199254740992'],
    ['1.0', '1.0rc1'],
    ['1.0.post1', '1.0'],
    ['1!0.1', '99.0']
  ])('%s above %s is in order', (above, below) => {
    expect(firstOutOfOrder(dated(above, below))).toBe(null)
  })

  test.each([
    ['1.9', '1.10'],
    ['1.0rc1', '1.0'],
    ['1.2.3', '1.2.3.1'],
    ['9007199254740992', '9007199254740993']
  ])('%s above %s is out of order', (above, below) => {
    const problem = firstOutOfOrder(dated(above, below))
    expect(problem?.above.version).toBe(above)
    expect(problem?.below.version).toBe(below)
  })

  test('sections of other levels and prefixes are other sequences', () => {
    const text = [
      '## rust-v2.0.0',
      '- a',
      '## python-v1.0.0',
      '- b',
      '### 0.9.1',
      '- c',
      '## rust-v1.9.0',
      '- d',
      '## python-v0.9.0',
      '- e'
    ].join('\n')
    expect(firstOutOfOrder(entries(text))).toBe(null)
  })
})

describe('nearestEntries', () => {
  test('picks the versions around the one asked for, newest first', () => {
    const text = ['1.10.0', '2.0', '1.9.1', '1.2', '1.10.0rc1', '0.1']
      .map(v => `## ${v}\n- x`)
      .join('\n')
    const near = nearestEntries(entries(text), version('1.9.5'), 3)
    expect(near.map(e => e.version)).toEqual(['1.10.0rc1', '1.9.1', '1.2'])
  })

  test('past the newest, the newest few', () => {
    const text = ['3.0', '2.0', '1.0'].map(v => `## ${v}\n- x`).join('\n')
    const near = nearestEntries(entries(text), version('4'), 2)
    expect(near.map(e => e.version)).toEqual(['3.0', '2.0'])
  })
})
