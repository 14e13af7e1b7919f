import type { ChangelogEntry } from './changelog-entry.js'
import { type Version, formatVersion } from '../version/pep440.js'

/**
 * The entries whose heading names `version`, by PEP 440 equality (`## [1.0.0-RC1]`
 * is the entry for `1.0.0rc1`, `## 2.3` the one for `2.3.0`), in document
 * order. Series stubs (`0.15.x`) and the Unreleased section never match.
 */
export function entriesFor(
  entries: readonly ChangelogEntry[],
  version: Version
): ChangelogEntry[] {
  const wanted = formatVersion(version)
  const key = equalityKey(wanted)
  // An equal version starts with the key's epoch and release numbers.
  const head = key.slice(0, releaseEnd(key))
  // Canonical spellings differ only where a release segment ends in `.0`.
  const equal = (n: string | null): boolean =>
    n !== null &&
    (n === wanted ||
      (n.startsWith(head) &&
        (n.includes('.0') || wanted.includes('.0')) &&
        equalityKey(n) === key))
  // Few headings name further versions: most entries skip that search.
  return entries.filter(
    e =>
      e.kind === 'version' &&
      (equal(e.normalized) ||
        (e.alsoVersions.length > 0 && e.alsoVersions.some(equal)))
  )
}

/**
 * A string that two canonical (normalized) versions share exactly when
 * PEP 440 calls them equal: only trailing zeros of the release segment
 * (`1.0` == `1.0.0`) make equal versions spell differently.
 */
export function equalityKey(normalized: string): string {
  const end = releaseEnd(normalized)
  let release = normalized.slice(0, end)
  while (release.endsWith('.0')) release = release.slice(0, -2)
  return release + normalized.slice(end)
}

// Where the epoch and release numbers of a canonical version end.
function releaseEnd(normalized: string): number {
  let end = normalized.indexOf('!') + 1
  while (end < normalized.length) {
    const code = normalized.charCodeAt(end)
    if (code !== 0x2e && (code < 0x30 || code > 0x39)) break
    end++
  }
  // `.post1` and `.dev1` start with a dot that is not the release's.
  if (normalized[end - 1] === '.') end--
  return end
}
