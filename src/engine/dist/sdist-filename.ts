/**
 * Source distribution file names (source distribution format § Source
 * distribution file name; PEP 625), read as
 * `packaging.utils.parse_sdist_filename` reads them.
 */
import { escapedName, normalizeName } from './project-name.js'
import { normalizeVersion } from '../version/pep440.js'

/** A parsed sdist file name. */
export interface SdistName {
  /** The name part as written. */
  readonly name: string
  readonly normalizedName: string
  /** The version part as written. */
  readonly version: string
  readonly extension: '.tar.gz' | '.zip'
  /**
   * The file name PEP 625 requires: escaped normalized name, normalized
   * version, `.tar.gz`.
   */
  readonly normalizedFile: string
}

/** An sdist name, or why the file name is not one. */
export type SdistNameResult =
  | { readonly ok: true; readonly sdist: SdistName }
  | { readonly ok: false; readonly reason: string }

/** Parses an sdist file name; fails with the reason packaging would give. */
export function parseSdistFilename(file: string): SdistNameResult {
  const extension = file.endsWith('.tar.gz')
    ? '.tar.gz'
    : file.endsWith('.zip')
      ? '.zip'
      : null
  if (!extension) {
    return { ok: false, reason: "the extension must be '.tar.gz' or '.zip'" }
  }
  const stem = file.slice(0, -extension.length)
  // A PEP 440 version holds no dash, so the name ends at the last one.
  const dash = stem.lastIndexOf('-')
  if (dash < 0) {
    return { ok: false, reason: 'no dash separates the name from the version' }
  }
  const name = stem.slice(0, dash)
  const version = stem.slice(dash + 1)
  const normalized = normalizeVersion(version)
  if (normalized === null) {
    return {
      ok: false,
      reason: `"${version}" is not a valid PEP 440 version`
    }
  }
  return {
    ok: true,
    sdist: {
      name,
      normalizedName: normalizeName(name),
      version,
      extension,
      normalizedFile: `${escapedName(name)}-${normalized}.tar.gz`
    }
  }
}
