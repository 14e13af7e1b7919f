import { describe, expect, test } from '@jest/globals'
import {
  describeVersion,
  sortVersions,
  versionDescriptionToJson
} from '../../../src/engine/version/describe-version.js'

describe('describeVersion', () => {
  test('reports every part of a valid version', () => {
    expect(describeVersion(' v1!2.0RC1-3.DEV4+Ubuntu-1 ')).toEqual({
      input: ' v1!2.0RC1-3.DEV4+Ubuntu-1 ',
      valid: true,
      normalized: '1!2.0rc1.post3.dev4+ubuntu.1',
      prerelease: true,
      dev: 4n,
      post: 3n,
      local: 'ubuntu.1',
      epoch: 1n,
      release: [2n, 0n]
    })
  })

  test('reports nothing but the input for an invalid version', () => {
    expect(describeVersion('1.0.0-foo')).toEqual({
      input: '1.0.0-foo',
      valid: false,
      normalized: null,
      prerelease: null,
      dev: null,
      post: null,
      local: null,
      epoch: null,
      release: null
    })
  })
})

describe('versionDescriptionToJson', () => {
  test.each([
    [
      '1.0',
      '{"input":"1.0","valid":true,"normalized":"1.0","prerelease":false,"dev":null,"post":null,"local":null,"epoch":0,"release":[1,0]}'
    ],
    [
      '18446744073709551617.9007199254740993',
      '{"input":"18446744073709551617.9007199254740993","valid":true,"normalized":"18446744073709551617.9007199254740993","prerelease":false,"dev":null,"post":null,"local":null,"epoch":0,"release":[18446744073709551617,9007199254740993]}'
    ],
    [
      '"1.0"\n',
      '{"input":"\\"1.0\\"\\n","valid":false,"normalized":null,"prerelease":null,"dev":null,"post":null,"local":null,"epoch":null,"release":null}'
    ]
  ])('%j prints one line, integers exact', (input, line) => {
    expect(versionDescriptionToJson(describeVersion(input))).toBe(line)
  })
})

describe('sortVersions', () => {
  test('drops invalid input, normalizes and sorts in PEP 440 order', () => {
    expect(
      sortVersions(['2.0', 'junk', '1.0.post1', '1.0', '1.0rc1', '1.0.dev3'])
    ).toEqual(['1.0.dev3', '1.0rc1', '1.0', '1.0.post1', '2.0'])
  })

  test('keeps equal versions in input order', () => {
    expect(sortVersions(['1.0.0', 'v1', '0.9', '1.0'])).toEqual([
      '0.9',
      '1.0.0',
      '1',
      '1.0'
    ])
  })
})
