import { describe, expect, test } from '@jest/globals'
import { readHeadingName } from '../../../src/engine/changelog/heading-name.js'
import { isUnreleasedTitle } from '../../../src/engine/changelog/unreleased-title.js'

describe('readHeadingName', () => {
  test.each([
    ['1.2.3', '1.2.3', '1.2.3', ''],
    ['v1.2.3', '1.2.3', '1.2.3', ''],
    ['[1.0.0-RC1] - 2024-01-02', '1.0.0-RC1', '1.0.0rc1', ''],
    ['Version 26.5.1', '26.5.1', '26.5.1', ''],
    ['Release v2.28.2 (2026-08-18)', '2.28.2', '2.28.2', ''],
    ['pytest 9.1.1 (2026-06-19)', '9.1.1', '9.1.1', 'pytest'],
    ['Twisted Core 17.1.0 (2017-02-04)', '17.1.0', '17.1.0', 'twisted core'],
    ['NumPy 2.5.2 Release Notes', '2.5.2', '2.5.2', 'numpy'],
    [
      '[3.3.1](https://github.com/o/r/compare/v3.3.0...v3.3.1) (2026-08-19)',
      '3.3.1',
      '3.3.1',
      ''
    ],
    ['`0.7.3`_ (2024-12-06)', '0.7.3', '0.7.3', ''],
    ['sdk/python/v0.21.8 - 2026-07-29', '0.21.8', '0.21.8', 'sdk/python/'],
    [
      '[python-v1.6.0](https://x.test/python-v1.6.0)',
      '1.6.0',
      '1.6.0',
      'python-'
    ],
    ['Twisted 23.8.0. (2023-08-28)', '23.8.0', '23.8.0', 'twisted'],
    ['0.7.0, - 2015-03-20', '0.7.0', '0.7.0', ''],
    ['0.1.0:', '0.1.0', '0.1.0', ''],
    ['v2.0.0 🎉', '2.0.0', '2.0.0', ''],
    ['2026.08.17', '2026.08.17', '2026.8.17', ''],
    ['1.2beta3 - 4 June 2004', '1.2beta3', '1.2b3', ''],
    ['1.2.3-2024-01-02', '1.2.3', '1.2.3', ''],
    ['Version 2', '2', '2', '']
  ])('%s names version %s', (text, version, normalized, prefix) => {
    expect(readHeadingName(text)).toMatchObject({
      kind: 'version',
      version,
      normalized,
      prefix
    })
  })

  // Headings opening with a canonical release take a shorter path; each
  // of these is one step away from it and must read as the long way does.
  test.each([
    ['1.2.3 - 2024', '1.2.3', '1.2.3', ' - 2024', []],
    ['1.2.3. (2024)', '1.2.3', '1.2.3', '. (2024)', []],
    ['1.02.3', '1.02.3', '1.2.3', '', []],
    ['1.2.3rc1', '1.2.3rc1', '1.2.3rc1', '', []],
    ['1.2.3+local', '1.2.3+local', '1.2.3+local', '', []],
    ['1.2.3-2024-01-02', '1.2.3', '1.2.3', '-2024-01-02', []],
    ['1.2.3 and 1.3.0', '1.2.3', '1.2.3', ' and 1.3.0', ['1.3.0']],
    ['1.2.3, 1.2.4', '1.2.3', '1.2.3', ', 1.2.4', ['1.2.4']],
    ['1.2.3 about', '1.2.3', '1.2.3', ' about', []],
    ['1.x', '1.x', null, '', []]
  ])('reads %j', (text, version, normalized, rest, also) => {
    expect(readHeadingName(text)).toMatchObject({
      version,
      normalized,
      rest,
      also
    })
  })

  test('keeps the date and markers after the version', () => {
    expect(readHeadingName('8.1.0 (YANKED)')?.rest).toBe(' (YANKED)')
  })

  test('reads a release PEP 440 cannot parse as a version without match', () => {
    expect(
      readHeadingName('Version 3.0.0.final - October, 2021')
    ).toMatchObject({
      kind: 'version',
      version: '3.0.0.final',
      normalized: null
    })
  })

  test('lists every version of a heading shared by several releases', () => {
    expect(readHeadingName('3.7.1 and 3.8.1 and 4.0.1')).toMatchObject({
      normalized: '3.7.1',
      also: ['3.8.1', '4.0.1']
    })
  })

  test.each([
    ['0.15.x', ''],
    ['Hypothesis 5.x', 'hypothesis'],
    ['6.x', '']
  ])('%s is a version series', (text, prefix) => {
    expect(readHeadingName(text)).toMatchObject({ kind: 'series', prefix })
  })

  test.each([
    'Unreleased',
    '[Unreleased]',
    '[UNRELEASED]',
    '[Unreleased](https://github.com/o/r/compare/26.1.0...HEAD)',
    '*unreleased*',
    '`Unreleased`_',
    'Unreleased changes',
    'In development',
    'Next Release',
    'Latest Changes',
    'dev'
  ])('%s is the Unreleased section', text => {
    expect(readHeadingName(text)).toMatchObject({ kind: 'unreleased' })
    expect(isUnreleasedTitle(text)).toBe(true)
  })

  test.each([
    'Bug fixes',
    'Bugfixes - 4.0.0rc4',
    '2 new features',
    'poetry-core ([`2.3.2`](https://github.com/python-poetry/poetry-core))',
    '(2024-01-02)',
    'Development'
  ])('%s names nothing', text => {
    expect(readHeadingName(text)).toBeNull()
  })

  test('reads at most three words before the version', () => {
    expect(readHeadingName('Changes made for the 1.2.3 release')).toBeNull()
    expect(readHeadingName('Incorporate changes from v44.1.1:')).toMatchObject({
      normalized: '44.1.1',
      prefix: 'incorporate from'
    })
  })
})
