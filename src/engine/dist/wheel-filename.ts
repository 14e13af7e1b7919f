/**
 * Wheel file names, `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`
 * (binary distribution format § File name convention), read exactly as
 * `packaging.utils.parse_wheel_filename` reads them.
 */
import { normalizeName } from './project-name.js'
import { parseVersion } from '../version/pep440.js'

/** One (python, abi, platform) tag of a wheel, lowercased as packaging does. */
export interface WheelTag {
  readonly python: string
  readonly abi: string
  readonly platform: string
}

/** A parsed wheel file name. */
export interface WheelName {
  /** The name part as written (escaped: `_` for `-`). */
  readonly name: string
  /** The name normalized (PEP 503). */
  readonly normalizedName: string
  /** The version part as written. */
  readonly version: string
  /** The optional build tag, e.g. `1` or `2abc`. */
  readonly build: string | null
  /** Each part of the compressed tag set, as written. */
  readonly pythons: readonly string[]
  readonly abis: readonly string[]
  readonly platforms: readonly string[]
  /** The expanded tag set, sorted, without duplicates. */
  readonly tags: readonly WheelTag[]
}

/** A wheel name, or why the file name is not one. */
export type WheelNameResult =
  | { readonly ok: true; readonly wheel: WheelName }
  | { readonly ok: false; readonly reason: string }

// packaging accepts Unicode word characters (Python's `\w`) and dots, but
// no `__`: the escaping rule turns every run of `-_.` into a single `_`.
const NAME_PART = /^[\p{L}\p{N}_.]*$/u
const BUILD = /^[0-9]+/

/** Parses a wheel file name; fails with the reason packaging would give. */
export function parseWheelFilename(file: string): WheelNameResult {
  if (!file.endsWith('.whl')) return fail("the extension must be '.whl'")
  const stem = file.slice(0, -4)
  const parts = stem.split('-')
  if (parts.length !== 5 && parts.length !== 6) {
    return fail(
      'it must have 5 or 6 dash-separated parts: name, version, optional build tag, python, abi and platform'
    )
  }
  const [name = '', version = ''] = parts
  if (name.includes('__') || !NAME_PART.test(name)) {
    return fail(`"${name}" is not a valid escaped project name`)
  }
  if (!parseVersion(version)) {
    return fail(`"${version}" is not a valid PEP 440 version`)
  }
  const build = parts.length === 6 ? (parts[2] ?? '') : null
  if (build !== null && !BUILD.test(build)) {
    return fail(`the build tag "${build}" must start with a digit`)
  }
  const [pythons, abis, platforms] = parts.slice(-3).map(p => p.split('.'))
  return {
    ok: true,
    wheel: {
      name,
      normalizedName: normalizeName(name),
      version,
      build,
      pythons: pythons ?? [],
      abis: abis ?? [],
      platforms: platforms ?? [],
      tags: expandTags(pythons ?? [], abis ?? [], platforms ?? [])
    }
  }
}

function fail(reason: string): WheelNameResult {
  return { ok: false, reason }
}

/**
 * The tags a compressed tag set stands for (PEP 425 § Compressed Tag Sets):
 * every combination of its python, abi and platform parts.
 */
export function expandTags(
  pythons: readonly string[],
  abis: readonly string[],
  platforms: readonly string[]
): WheelTag[] {
  const seen = new Map<string, WheelTag>()
  for (const python of pythons) {
    for (const abi of abis) {
      for (const platform of platforms) {
        const tag = {
          python: python.toLowerCase(),
          abi: abi.toLowerCase(),
          platform: platform.toLowerCase()
        }
        seen.set(tagText(tag), tag)
      }
    }
  }
  return [...seen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, tag]) => tag)
}

/** `py3-none-any` */
export function tagText(tag: WheelTag): string {
  return `${tag.python}-${tag.abi}-${tag.platform}`
}
