import { describe, expect, test } from '@jest/globals'
import { guessPrefix, readTagVersion } from '../../../src/engine/version/tag.js'

describe('readTagVersion', () => {
  test.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['v1.2.0-RC1', 'v', '1.2.0rc1'],
    ['1.2.2.post1', '', '1.2.2.post1'],
    ['py-1.36.0-beta.2', 'py-', '1.36.0b2'],
    ['livekit-agents@1.6.11.rc1', 'livekit-agents@', '1.6.11rc1'],
    ['langchain-aws==1.7.3', 'langchain-aws==', '1.7.3'],
    ['sdk/python/v0.21.8', 'sdk/python/v', '0.21.8'],
    ['v3.0.0-dev6', 'v', '3.0.0.dev6'],
    ['v1!2.0', 'v', '1!2.0']
  ])('%s with prefix %p is version %s', (tag, prefix, version) => {
    expect(readTagVersion(tag, prefix, 'pep440')).toEqual({
      tag,
      version,
      findings: []
    })
  })

  test('a tag without the prefix names the prefix it seems to use', () => {
    const r = readTagVersion('py-1.2.3', 'v', 'pep440')
    expect(r.version).toBeNull()
    expect(r.findings).toEqual([
      expect.objectContaining({
        id: 'tag/prefix',
        severity: 'error',
        message: "Tag 'py-1.2.3' does not start with the tag prefix 'v'.",
        hint: "Set tag-prefix: 'py-' if your release tags look like 'py-1.2.3'."
      })
    ])
  })

  test('a bare version tag under the default prefix suggests an empty prefix', () => {
    expect(readTagVersion('1.2.3', 'v', 'pep440').findings[0]?.hint).toContain(
      "tag-prefix: ''"
    )
  })

  test('what follows the prefix must be PEP 440', () => {
    const r = readTagVersion('rel_2_1_0b3', 'rel_', 'pep440')
    expect(r.findings).toEqual([
      expect.objectContaining({
        id: 'tag/not-pep440',
        message:
          "Tag 'rel_2_1_0b3' leaves '2_1_0b3' after the prefix 'rel_', which is not a PEP 440 version."
      })
    ])
  })

  test('reads the rest as packaging does, but never with inner spaces', () => {
    // PEP 440 lets a version itself start with one `v`.
    expect(readTagVersion('vv1.0', 'v', 'pep440').version).toBe('1.0')
    expect(readTagVersion('v 1.0', 'v', 'pep440').findings[0]?.id).toBe(
      'tag/not-pep440'
    )
  })

  test('semver scheme maps strict SemVer tags to PEP 440', () => {
    expect(readTagVersion('v1.2.0-rc.1', 'v', 'semver').version).toBe(
      '1.2.0rc1'
    )
    expect(readTagVersion('v1.2.0', 'v', 'semver').version).toBe('1.2.0')
  })

  test('semver scheme rejects PEP 440 spellings that are not SemVer', () => {
    const r = readTagVersion('v1.2rc1', 'v', 'semver')
    expect(r.version).toBeNull()
    expect(r.findings[0]?.id).toBe('tag/not-semver')
  })
})

describe('guessPrefix', () => {
  test.each([
    ['v1.2.3', 'v'],
    ['1.2.3', ''],
    ['py-1.2.3', 'py-'],
    ['hatchling-v1.32.0', 'hatchling-v'],
    ['release', null]
  ])('%s uses prefix %p', (tag, prefix) => {
    expect(guessPrefix(tag)).toBe(prefix)
  })
})
