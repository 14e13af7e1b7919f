import { describe, expect, test } from '@jest/globals'
import {
  parseSpecifierSet,
  readSpecifierSet,
  type SpecifierSet
} from '../../../src/engine/version/specifier.js'

const parse = (text: string): SpecifierSet => {
  const set = parseSpecifierSet(text)
  if (!set) throw new Error(`expected ${JSON.stringify(text)} to parse`)
  return set
}

describe('parseSpecifierSet', () => {
  test('splits on commas, strips whitespace and skips empty clauses', () => {
    expect(parse(' >= 3.9 ,, < 4 ').specifiers).toEqual([
      { operator: '>=', version: '3.9' },
      { operator: '<', version: '4' }
    ])
  })

  test.each([
    ['>=3.9, <4', '<4,>=3.9'],
    ['>=1.0,>=1.0.0', '>=1.0'],
    ['~=3.10, ~=3.10.0', '~=3.10,~=3.10.0'],
    ['==3.10.*', '==3.10.*'],
    ['===foo', '===foo'],
    ['', '']
  ])('%j prints as packaging does: %j', (text, printed) => {
    expect(parse(text).toString()).toBe(printed)
  })

  test.each([
    ['3.9', 'it must start with one of'],
    ['>=3.9.*', "only == and != take a '.*' wildcard"],
    ['>=3.9+local', 'only == and != take a local version'],
    ['~=3', '~= needs at least two release segments'],
    ['>=3.9; python_version', 'environment markers do not belong here'],
    ['>=3.9 <4', "'3.9 <4' is not a PEP 440 version for >="],
    ['==3.0a1.*', "'3.0a1.*' is not a PEP 440 version for =="],
    ['~=1.0.po\u017ft1', 'is not a PEP 440 version for ~=']
  ])('%j is refused: %s', (text, reason) => {
    const result = readSpecifierSet(text)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
    expect(parseSpecifierSet(text)).toBeNull()
  })
})

describe('contains', () => {
  test.each([
    ['>=3.9, <4', '3.12', true],
    ['>=3.9, <4', '3.8', false],
    ['>=3.9, <4', '4.0', false],
    ['>=3.9, <4', '4.0.dev0', false],
    ['>=3.9, <4', '3.13.0rc1', true],
    ['~=3.10', '3.14', true],
    ['~=3.10', '4.0', false],
    ['~=3.10.2', '3.11', false],
    ['==3.*', '3.0a1', true],
    ['!=3.0.*', '3.0.5', false],
    ['==3.10', '3.10.0+ubuntu', true],
    ['==3.10+ubuntu', '3.10.0', false],
    ['>3.9', '3.9.post1', false],
    ['>3.9', '3.9+local', false],
    ['>3.9.post1', '3.9.post2', true],
    ['<3.13', '3.13.0a1', false],
    ['<3.13a2', '3.13.0a1', true],
    ['===foo', 'FOO', true],
    ['===3.10', '3.10.0', false],
    ['', 'anything', true]
  ])('%j contains %j: %s', (spec, version, expected) => {
    expect(parse(spec).contains(version)).toBe(expected)
  })

  test('prereleases: false rejects an in-range pre-release', () => {
    expect(parse('>=3.9').contains('3.13.0b1', { prereleases: false })).toBe(
      false
    )
    expect(parse('>=3.9').contains('3.13.0', { prereleases: false })).toBe(true)
  })

  test('packaging quirks are kept: ~= cuts its prefix from the text', () => {
    // `~=1.4.5.rev1` is read as `>=1.4.5.post1, ==1.4.5.*`, not `==1.4.*`.
    expect(parse('~=1.4.5.rev1').contains('1.4.6')).toBe(false)
    expect(parse('~=1.4.5.post1').contains('1.4.6')).toBe(true)
  })
})
