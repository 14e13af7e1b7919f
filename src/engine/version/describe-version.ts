/**
 * What `pypi-preflight version --json` and `--sort` print: the facts
 * `packaging.version.Version` reports about a version string, and a PEP 440
 * sort of many.
 */
import {
  compareVersions,
  formatVersion,
  isPrerelease,
  parseVersion,
  type Version
} from './pep440.js'

/**
 * One version string as packaging sees it. When `valid` is false every field
 * after it is null: an invalid version has no parts to report.
 */
export interface VersionDescription {
  readonly input: string
  readonly valid: boolean
  /** `str(Version(input))`. */
  readonly normalized: string | null
  /** `Version.is_prerelease`: an a, b, rc or dev release. */
  readonly prerelease: boolean | null
  /** The dev number, or null when there is no dev segment. */
  readonly dev: bigint | null
  /** The post number, or null when there is no post segment. */
  readonly post: bigint | null
  /** The normalized local label (`ubuntu.1`), or null when there is none. */
  readonly local: string | null
  readonly epoch: bigint | null
  readonly release: readonly bigint[] | null
}

/** Describes one version string; never throws. */
export function describeVersion(input: string): VersionDescription {
  const v = parseVersion(input)
  if (!v) return invalid(input)
  return {
    input,
    valid: true,
    normalized: formatVersion(v),
    prerelease: isPrerelease(v),
    dev: v.dev,
    post: v.post,
    local: v.local && v.local.join('.'),
    epoch: v.epoch,
    release: v.release
  }
}

function invalid(input: string): VersionDescription {
  return {
    input,
    valid: false,
    normalized: null,
    prerelease: null,
    dev: null,
    post: null,
    local: null,
    epoch: null,
    release: null
  }
}

const KEYS = [
  'input',
  'valid',
  'normalized',
  'prerelease',
  'dev',
  'post',
  'local',
  'epoch',
  'release'
] as const

/**
 * One line of JSON, keys in a fixed order. Integers are written as their
 * exact digits: release numbers past 2^53 are valid PEP 440 and must not be
 * rounded the way a JSON number read into a double would be.
 */
export function versionDescriptionToJson(d: VersionDescription): string {
  const fields = KEYS.map(k => `${JSON.stringify(k)}:${jsonValue(d[k])}`)
  return `{${fields.join(',')}}`
}

type JsonField = VersionDescription[(typeof KEYS)[number]]

function jsonValue(value: JsonField): string {
  if (typeof value === 'bigint') return value.toString()
  if (Array.isArray(value)) return `[${value.map(String).join(',')}]`
  return JSON.stringify(value)
}

/**
 * The valid versions among `inputs`, normalized, in ascending PEP 440 order.
 * Invalid strings are dropped. The sort is stable, so versions that compare
 * equal (`1.0` and `1.0.0`) keep their input order.
 */
export function sortVersions(inputs: readonly string[]): string[] {
  return inputs
    .map(parseVersion)
    .filter((v): v is Version => v !== null)
    .sort(compareVersions)
    .map(formatVersion)
}
