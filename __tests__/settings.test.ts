import { describe, expect, test } from '@jest/globals'
import { InputError, parseSettings } from '../src/settings.js'

const from =
  (inputs: Record<string, string>) =>
  (name: string): string | undefined =>
    inputs[name]

describe('parseSettings', () => {
  test('applies the documented defaults when nothing is set', () => {
    const s = parseSettings(from({}))
    expect(s).toMatchObject({
      mode: 'auto',
      tag: '',
      tagPrefix: 'v',
      workingDirectory: '.',
      versionScheme: 'pep440',
      changelog: null,
      changelogRequired: true,
      dist: 'dist',
      expectedWheels: null,
      expectedPlatforms: [],
      requireSdist: false,
      checkIndex: true,
      indexUrl: 'https://pypi.org',
      appendIndexLink: true,
      trustedPublishing: true,
      environment: 'pypi',
      ignore: [],
      strict: false
    })
  })

  test('keeps an explicitly empty tag prefix', () => {
    expect(parseSettings(from({ 'tag-prefix': '' })).tagPrefix).toBe('')
  })

  test('accepts monorepo prefixes with slashes, @ and ==', () => {
    for (const prefix of ['sdk/python/v', 'livekit-agents@', 'pkg==', 'py-']) {
      expect(parseSettings(from({ 'tag-prefix': prefix })).tagPrefix).toBe(
        prefix
      )
    }
  })

  test('strips refs/tags/ from the tag', () => {
    expect(parseSettings(from({ tag: 'refs/tags/v1.2.3' })).tag).toBe('v1.2.3')
  })

  test.each([
    ['3', { min: 3, max: 3 }],
    ['>=6', { min: 6, max: null }],
    ['<=4', { min: 0, max: 4 }],
    ['2..5', { min: 2, max: 5 }],
    [' >= 6 ', { min: 6, max: null }]
  ])('reads expected-wheels %p', (value, expected) => {
    expect(
      parseSettings(from({ 'expected-wheels': value })).expectedWheels
    ).toEqual(expected)
  })

  test('reads comma lists of platforms and ignored ids', () => {
    const s = parseSettings(
      from({
        'expected-platforms': 'linux-x86_64, macos-arm64',
        ignore: 'changelog/date-missing,dist/*'
      })
    )
    expect(s.expectedPlatforms).toEqual(['linux-x86_64', 'macos-arm64'])
    expect(s.ignore).toEqual(['changelog/date-missing', 'dist/*'])
  })

  test('normalizes the index URL and keeps the changelog opt-out', () => {
    const s = parseSettings(
      from({ 'index-url': 'https://test.pypi.org/', changelog: 'None' })
    )
    expect(s.indexUrl).toBe('https://test.pypi.org')
    expect(s.changelog).toBe('none')
  })

  test.each([
    [
      'mode',
      'publish',
      "Input 'mode' has the value 'publish', but it must be one of: auto, release, readiness."
    ],
    [
      'strict',
      'yes',
      "Input 'strict' has the value 'yes', but it must be true or false."
    ],
    ['version-scheme', 'calver', 'it must be one of: pep440, semver'],
    ['expected-wheels', '5..2', 'it must be N, >=N, <=N or N..M'],
    ['expected-wheels', 'many', 'it must be N, >=N, <=N or N..M'],
    ['expected-platforms', 'linux-arm', 'it must be one of: linux-x86_64'],
    ['index-url', 'pypi.org', 'it must be an http(s) URL'],
    ['index-url', 'ftp://example.com', 'it must be an http(s) URL'],
    ['upload-artifact', 'dist/all', 'an artifact name cannot contain'],
    ['ignore', 'Version Mismatch', 'each entry must be a check id'],
    ['tag', 'v1 .2', 'it must be a git tag name'],
    ['tag-prefix', 'a b', 'it must be text a git tag can hold']
  ])(
    'rejects %s=%p naming the input, the value and what is accepted',
    (input, value, message) => {
      let thrown: unknown
      try {
        parseSettings(from({ [input]: value }))
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      expect((thrown as InputError).message).toContain(`Input '${input}'`)
      expect((thrown as InputError).message).toContain(`'${value}'`)
      expect((thrown as InputError).message).toContain(message)
    }
  )

  test('accepts the runner boolean spellings only', () => {
    expect(parseSettings(from({ strict: 'TRUE' })).strict).toBe(true)
    expect(parseSettings(from({ strict: 'False' })).strict).toBe(false)
    expect(() => parseSettings(from({ strict: '1' }))).toThrow(InputError)
  })
})
