import type { ChangelogEntry } from './changelog-entry.js'
import {
  type Version,
  compareVersions,
  parseVersion
} from '../version/pep440.js'

/**
 * The entries whose heading names `version`, by PEP 440 equality (`## [1.0.0-RC1]`
 * is the entry for `1.0.0rc1`), in document order. Series stubs (`0.15.x`)
 * and the Unreleased section never match.
 */
export function entriesFor(
  entries: readonly ChangelogEntry[],
  version: Version
): ChangelogEntry[] {
  return entries.filter(e => namesVersion(e, version))
}

function namesVersion(entry: ChangelogEntry, version: Version): boolean {
  if (entry.kind !== 'version') return false
  return [entry.normalized, ...entry.alsoVersions].some(text => {
    const v = text === null ? null : parseVersion(text)
    return v !== null && compareVersions(v, version) === 0
  })
}
