import { describe, expect, test } from '@jest/globals'
import {
  baseVersion,
  compareVersions,
  formatVersion,
  isPrerelease,
  isValidVersion,
  normalizeVersion,
  parseVersion,
  publicVersion,
  versionsEqual,
  type Version
} from '../../../src/engine/version/pep440.js'

const parse = (text: string): Version => {
  const v = parseVersion(text)
  if (!v) throw new Error(`expected ${JSON.stringify(text)} to parse`)
  return v
}

describe('normalizeVersion', () => {
  test.each([
    ['1.0', '1.0'],
    ['v1.2.0-RC1', '1.2.0rc1'],
    ['V1.0', '1.0'],
    ['1.0.0-alpha', '1.0.0a0'],
    ['1.0ALPHA2', '1.0a2'],
    ['1.0-beta.3', '1.0b3'],
    ['1.0c1', '1.0rc1'],
    ['1.0pre1', '1.0rc1'],
    ['1.0.preview_2', '1.0rc2'],
    ['1.0-1', '1.0.post1'],
    ['1.0rev4', '1.0.post4'],
    ['1.0-r', '1.0.post0'],
    ['1.0_post_2', '1.0.post2'],
    ['1.0dev', '1.0.dev0'],
    ['1.0-dev-7', '1.0.dev7'],
    ['1.0a1-1.dev2', '1.0a1.post1.dev2'],
    ['1.0+Ubuntu-1_x', '1.0+ubuntu.1.x'],
    ['1.0+007', '1.0+7'],
    ['0!1.0', '1.0'],
    ['2!01.002', '2!1.2'],
    ['  1.0\n', '1.0'],
    ['\u30001.0\u2029', '1.0'],
    ['9007199254740993', '9007199254740993'],
    ['1.18446744073709551617', '1.18446744073709551617']
  ])('%j normalizes to %j', (input, normalized) => {
    expect(normalizeVersion(input)).toBe(normalized)
  })

  test.each([
    '',
    ' ',
    '1.',
    '.1',
    '1..0',
    '1.0+',
    '1.0.0-foo',
    '1.0 beta',
    '1.0.dev1.post1',
    '1.0a1b1',
    '1.*',
    'latest',
    '\u0661.\u0660',
    '\uff11.\uff10',
    '1.0\ufeff',
    '\u200b1.0',
    '1.0po\u017ft1',
    '1.0+\u212a',
    '1'.repeat(4301)
  ])('%j is not a version', input => {
    expect(normalizeVersion(input)).toBeNull()
    expect(isValidVersion(input)).toBe(false)
  })
})

describe('compareVersions', () => {
  // Each row sorts strictly before the next (PEP 440 § Summary of
  // permitted suffixes and relative ordering).
  const ascending = [
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0rc1.dev456',
    '1.0rc1',
    '1.0',
    '1.0+abc.5',
    '1.0+abc.7',
    '1.0+5',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.0.15',
    '1.1.dev1',
    '1!0.1'
  ]
  test.each(ascending.slice(1).map((b, i) => [ascending[i]!, b]))(
    '%s < %s',
    (a, b) => {
      expect(compareVersions(parse(a), parse(b))).toBeLessThan(0)
      expect(compareVersions(parse(b), parse(a))).toBeGreaterThan(0)
    }
  )

  test.each([
    ['1.0+abc', '1.0+1', 'a numeric local segment beats an alphanumeric one'],
    ['1.0+1', '1.0+1.0', 'a longer local version wins a tied prefix'],
    ['9007199254740992', '9007199254740993', 'numbers past 2^53 stay exact'],
    ['1.18446744073709551615', '1.18446744073709551616', 'and past 2^64']
  ])('%s < %s: %s', (a, b) => {
    expect(compareVersions(parse(a), parse(b))).toBeLessThan(0)
  })
})

describe('versionsEqual', () => {
  test.each([
    ['1.0', '1.0.0'],
    ['1', '1.0.0.0'],
    ['v1.2.0-RC1', '1.2.0rc1'],
    ['1.0-1', '1.0.post1'],
    ['1.0alpha', '1.0a0'],
    ['0!1.0', '1.0'],
    ['1.0+ABC', '1.0+abc'],
    ['1.0+1.2', '1.0+01-02']
  ])('%s == %s', (a, b) => {
    expect(versionsEqual(a, b)).toBe(true)
    expect(compareVersions(parse(a), parse(b))).toBe(0)
  })

  test.each([
    ['1.0', '1.0+0'],
    ['1.0', '1.0.post0'],
    ['1.0', '1.0a0'],
    ['1.0', 'not a version'],
    ['1.0+1.0', '1.0+1']
  ])('%s != %s', (a, b) => {
    expect(versionsEqual(a, b)).toBe(false)
  })
})

describe('flags and parts', () => {
  test.each([
    ['1.0', false],
    ['1.0a1', true],
    ['1.0rc1.post1', true],
    ['1.0.dev0', true],
    ['1.0.post1.dev1', true],
    ['1.0.post1', false],
    ['1.0+dev', false]
  ])('isPrerelease(%s) is %s', (input, expected) => {
    expect(isPrerelease(parse(input))).toBe(expected)
  })

  test.each([
    ['1!2.3rc4.post5.dev6+local.7', '1!2.3rc4.post5.dev6', '1!2.3'],
    ['1.0+abc', '1.0', '1.0'],
    ['1.0.0a1', '1.0.0a1', '1.0.0']
  ])('%s has public version %s and base version %s', (input, pub, base) => {
    expect(formatVersion(publicVersion(parse(input)))).toBe(pub)
    expect(formatVersion(baseVersion(parse(input)))).toBe(base)
  })

  test('parts are BigInt, local segments numeric where all digits', () => {
    expect(parse('3!1.2.18446744073709551617a4.post5.dev6+ab.07')).toEqual({
      epoch: 3n,
      release: [1n, 2n, 18446744073709551617n],
      pre: { label: 'a', n: 4n },
      post: 5n,
      dev: 6n,
      local: ['ab', 7n]
    })
  })
})

describe('hostile input is rejected or accepted without backtracking', () => {
  test.each([
    ['"1." x 50,000', '1.'.repeat(50_000), null],
    ['100 KB of digits and dots, then junk', '1.1'.repeat(34_000) + 'x', null],
    ['100 KB of spaces, then junk', ' '.repeat(100_000) + 'x', null],
    [
      'a 100 KB local label ending in a separator',
      '1.0+' + 'a-'.repeat(50_000),
      null
    ],
    ['100 KB of separators', '1.0' + '._-'.repeat(34_000), null],
    ['repeated suffixes', '1.0a-post-dev-'.repeat(8_000), null],
    ['100,000 digits in one number', '9'.repeat(100_000), null]
  ])('%s', (_name, input, expected) => {
    expect(normalizeVersion(input)).toBe(expected)
  })

  test('a 100 KB release of 34,001 segments is valid, as in packaging', () => {
    const input = '1' + '.1'.repeat(34_000) + '.0'
    expect(parseVersion(input)?.release).toHaveLength(34_002)
  })
})
