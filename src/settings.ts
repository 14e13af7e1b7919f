import {
  PLATFORM_FAMILIES,
  type PlatformFamily,
  type WheelCount
} from './engine/dist/dist-expectations.js'

/**
 * Every input of the action (and flag of the CLI), parsed and validated once.
 * Both adapters build `Settings` through `parseSettings`, so a value means
 * the same thing wherever it comes from.
 */

/** The modes: `auto` picks `release` on a tag and `readiness` otherwise. */
export const MODES = ['auto', 'release', 'readiness'] as const
export type Mode = (typeof MODES)[number]

export const VERSION_SCHEMES = ['pep440', 'semver'] as const
export type VersionScheme = (typeof VERSION_SCHEMES)[number]

/** Every input name, as in action.yml and as `--name` on the command line. */
export const INPUT_NAMES: readonly string[] = [
  'mode',
  'tag',
  'tag-prefix',
  'working-directory',
  'version-scheme',
  'changelog',
  'changelog-required',
  'dist',
  'expected-wheels',
  'expected-platforms',
  'require-sdist',
  'check-index',
  'index-url',
  'release-notes-file',
  'append-index-link',
  'upload-artifact',
  'trusted-publishing',
  'environment',
  'ignore',
  'strict',
  'github-token'
]

/** Inputs that take `true`/`false`; a bare `--name` on the command line means `true`. */
export const BOOLEAN_INPUTS: ReadonlySet<string> = new Set([
  'changelog-required',
  'require-sdist',
  'check-index',
  'append-index-link',
  'trusted-publishing',
  'strict'
])

/** The inputs, each with the action.yml default applied. */
export interface Settings {
  /** `auto`, `release` or `readiness`. */
  readonly mode: Mode
  /** Tag name without `refs/tags/`; empty when not given. */
  readonly tag: string
  /** Literal text before the version in a tag; may be empty. */
  readonly tagPrefix: string
  /** Folder holding `pyproject.toml`; other paths resolve against it. */
  readonly workingDirectory: string
  /** `semver` also requires the tag to be strict SemVer 2.0. */
  readonly versionScheme: VersionScheme
  /** Changelog path, `null` to auto-detect, or `'none'` to skip. */
  readonly changelog: string | null
  /** When false a missing entry is a warning and notes are generated. */
  readonly changelogRequired: boolean
  /** Folder of built artifacts, relative to the working directory. */
  readonly dist: string
  /** Required wheel count, or `null` when not constrained. */
  readonly expectedWheels: WheelCount | null
  /** Platform families that must each have at least one wheel. */
  readonly expectedPlatforms: readonly PlatformFamily[]
  /** An sdist must be present. */
  readonly requireSdist: boolean
  /** Ask the package index whether the version already exists. */
  readonly checkIndex: boolean
  /** Base URL of a PyPI-compatible index, without a trailing slash. */
  readonly indexUrl: string
  /** Where release notes are written; empty means the adapter's default. */
  readonly releaseNotesFile: string
  /** End the notes with a link to the release's page on the index. */
  readonly appendIndexLink: boolean
  /** Workflow artifact name to upload, or empty for none. */
  readonly uploadArtifact: string
  /** Show what the trusted-publisher form must contain. */
  readonly trustedPublishing: boolean
  /** Deployment environment of the publish job. */
  readonly environment: string
  /** Check ids (or `group/*`) whose findings are dropped. */
  readonly ignore: readonly string[]
  /** Warnings fail the run too. */
  readonly strict: boolean
  /** Token for reading tags through the API; never logged. */
  readonly githubToken: string
}

/** Reads the raw text of one input by its kebab-case name; `undefined` when unset. */
export type InputReader = (name: string) => string | undefined

/** A bad input value: the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
    accepted: string
  ) {
    super(`Input '${input}' has the value '${value}', but ${accepted}.`)
    this.name = InputError.name
  }
}

/** Parses and validates every input; throws `InputError` on the first bad one. */
export function parseSettings(read: InputReader): Settings {
  const text = (name: string, fallback = ''): string =>
    read(name)?.trim() || fallback
  return {
    mode: oneOf('mode', text('mode', 'auto'), MODES),
    tag: parseTag(text('tag')),
    tagPrefix: parseTagPrefix(read('tag-prefix')),
    workingDirectory: text('working-directory', '.'),
    versionScheme: oneOf(
      'version-scheme',
      text('version-scheme', 'pep440'),
      VERSION_SCHEMES
    ),
    changelog: parseChangelog(text('changelog')),
    changelogRequired: bool('changelog-required', text, true),
    dist: text('dist', 'dist'),
    expectedWheels: parseWheelCount(text('expected-wheels')),
    expectedPlatforms: parsePlatforms(text('expected-platforms')),
    requireSdist: bool('require-sdist', text, false),
    checkIndex: bool('check-index', text, true),
    indexUrl: parseIndexUrl(text('index-url', 'https://pypi.org')),
    releaseNotesFile: text('release-notes-file'),
    appendIndexLink: bool('append-index-link', text, true),
    uploadArtifact: parseArtifactName(text('upload-artifact')),
    trustedPublishing: bool('trusted-publishing', text, true),
    environment: parseEnvironment(text('environment', 'pypi')),
    ignore: parseIgnore(text('ignore')),
    strict: bool('strict', text, false),
    githubToken: read('github-token')?.trim() ?? ''
  }
}

function oneOf<T extends string>(
  input: string,
  value: string,
  allowed: readonly T[]
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, value, `it must be one of: ${allowed.join(', ')}`)
}

// The runner's boolean rules (YAML 1.2 core schema), as core.getBooleanInput.
function bool(
  input: string,
  text: (name: string, fallback?: string) => string,
  fallback: boolean
): boolean {
  const value = text(input, String(fallback))
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(input, value, 'it must be true or false')
}

function parseTag(value: string): string {
  const tag = value.replace(/^refs\/tags\//, '')
  if (value !== '' && !isRefText(tag)) {
    throw new InputError('tag', value, 'it must be a git tag name')
  }
  return tag
}

// git check-ref-format: no control characters, spaces, `~^:?*[\`, no `..`.
function isRefText(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{/.test(text) && text.length <= 255
}

// Unlike other inputs, an empty prefix is meaningful (tags like `1.2.3`):
// only an unset one takes the default.
function parseTagPrefix(value: string | undefined): string {
  if (value === undefined) return 'v'
  const prefix = value.trim()
  if (prefix !== '' && !isRefText(prefix)) {
    throw new InputError(
      'tag-prefix',
      value,
      'it must be text a git tag can hold'
    )
  }
  return prefix
}

function parseChangelog(value: string): string | null {
  if (value === '') return null
  return value.toLowerCase() === 'none' ? 'none' : value
}

const WHEEL_COUNT =
  /^(?:(\d{1,6})|>=(\d{1,6})|<=(\d{1,6})|(\d{1,6})\.\.(\d{1,6}))$/

function parseWheelCount(value: string): WheelCount | null {
  if (value === '') return null
  const m = WHEEL_COUNT.exec(value.replace(/\s+/g, ''))
  const accepted = 'it must be N, >=N, <=N or N..M (for example 12 or >=6)'
  if (!m) throw new InputError('expected-wheels', value, accepted)
  const [, exact, atLeast, atMost, from, to] = m.map(s =>
    s === undefined ? undefined : Number(s)
  )
  if (exact !== undefined) return { min: exact, max: exact }
  if (atLeast !== undefined) return { min: atLeast, max: null }
  if (atMost !== undefined) return { min: 0, max: atMost }
  if (from !== undefined && to !== undefined && from <= to) {
    return { min: from, max: to }
  }
  throw new InputError('expected-wheels', value, accepted)
}

function parsePlatforms(value: string): PlatformFamily[] {
  return splitList(value).map(p =>
    oneOf('expected-platforms', p, PLATFORM_FAMILIES)
  )
}

function parseIndexUrl(value: string): string {
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    url = null
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search) {
    throw new InputError(
      'index-url',
      value,
      'it must be an http(s) URL such as https://pypi.org or https://test.pypi.org'
    )
  }
  return url.href.replace(/\/+$/, '')
}

// @actions/artifact refuses these characters in artifact names.
function parseArtifactName(value: string): string {
  if (/["':<>|*?\r\n\\/]/.test(value)) {
    throw new InputError(
      'upload-artifact',
      value,
      'an artifact name cannot contain " : < > | * ? \\ / or line breaks'
    )
  }
  return value
}

function parseEnvironment(value: string): string {
  if (value.length > 255 || /[\r\n]/.test(value)) {
    throw new InputError(
      'environment',
      value,
      'it must be a deployment environment name on one line'
    )
  }
  return value
}

const CHECK_ID = /^[a-z]+\/(?:[a-z0-9-]+|\*)$/

function parseIgnore(value: string): string[] {
  return splitList(value).map(id => {
    if (CHECK_ID.test(id)) return id
    throw new InputError(
      'ignore',
      id,
      "each entry must be a check id such as 'changelog/date-missing' or a group such as 'dist/*'"
    )
  })
}

function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}
