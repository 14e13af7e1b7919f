import type { ChangelogEntry } from './changelog-entry.js'
import {
  type Version,
  compareVersions,
  parseVersion
} from '../version/pep440.js'

/** Two entries in the wrong order: `above` is older than `below`. */
export interface OrderProblem {
  readonly above: ChangelogEntry
  readonly below: ChangelogEntry
}

interface Versioned {
  readonly entry: ChangelogEntry
  /**
   * A plain release (`1.2.3`) as the digits of its numbers, else `null`:
   * such versions order by their numbers alone, with no full parse.
   */
  readonly release: readonly string[] | null
  /** The parsed version; for a plain release, only when compared with others. */
  version: Version | null
}

// A canonical plain release: no leading zeros.
const PLAIN_RELEASE = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/

function plainRelease(normalized: string): string[] | null {
  return PLAIN_RELEASE.test(normalized) ? normalized.split('.') : null
}

function versionedEntry(entry: ChangelogEntry): Versioned | null {
  if (entry.kind !== 'version' || entry.normalized === null) return null
  const release = plainRelease(entry.normalized)
  if (release) return { entry, release, version: null }
  const version = parseVersion(entry.normalized)
  return version ? { entry, release: null, version } : null
}

function fullVersion(item: Versioned): Version {
  item.version ??= parseVersion(item.entry.normalized as string) as Version
  return item.version
}

// Plain releases compare as PEP 440 does: trailing zeros do not count.
// Without leading zeros, the longer of two numbers is the larger, and
// numbers of one length order as their digits do, however long.
function compareItems(a: Versioned, b: Versioned): number {
  if (!a.release || !b.release) {
    return compareVersions(fullVersion(a), fullVersion(b))
  }
  const n = Math.max(a.release.length, b.release.length)
  for (let i = 0; i < n; i++) {
    const x = a.release[i] ?? '0'
    const y = b.release[i] ?? '0'
    if (x !== y) {
      if (x.length !== y.length) return x.length < y.length ? -1 : 1
      return x < y ? -1 : 1
    }
  }
  return 0
}

function compareWith(item: Versioned, version: Version): number {
  return compareVersions(fullVersion(item), version)
}

function versioned(entries: readonly ChangelogEntry[]): Versioned[] {
  const out: Versioned[] = []
  for (const entry of entries) {
    const item = versionedEntry(entry)
    if (item) out.push(item)
  }
  return out
}

/**
 * The first pair of release entries that are not newest first by PEP 440,
 * looking no further down than the entry just below `last` (the whole
 * file when `last` is not given): old history does not warn at every
 * release. Each entry is compared with the previous one of the same level
 * and product prefix (`rust-v…` and `python-v…` sections of one file are two
 * sequences; `### 2.3.1` inside `## 2.3` is no sibling of it). A pair whose
 * dates are newest first is in release order, as a backport listed above
 * a newer series is; undated pairs from different `X.Y` series are given
 * the same benefit of the doubt.
 */
export function firstOutOfOrder(
  entries: readonly ChangelogEntry[],
  last?: ChangelogEntry
): OrderProblem | null {
  const previous = new Map<string, Versioned>()
  let passedLast = false
  for (const entry of entries) {
    const item = versionedEntry(entry)
    if (!item) continue
    const key = `${item.entry.level} ${item.entry.prefix}`
    const above = previous.get(key)
    previous.set(key, item)
    if (above && outOfOrder(above, item)) {
      return { above: above.entry, below: item.entry }
    }
    if (passedLast) return null
    if (item.entry === last) passedLast = true
  }
  return null
}

function outOfOrder(above: Versioned, below: Versioned): boolean {
  if (compareItems(above, below) >= 0) return false
  const a = above.entry.date
  const b = below.entry.date
  if (a !== null && b !== null) return a < b
  return series(above) === series(below)
}

function series(item: Versioned): string {
  if (item.release) {
    return `0!${item.release[0] ?? '0'}.${item.release[1] ?? '0'}`
  }
  const v = fullVersion(item)
  return `${v.epoch}!${v.release[0] ?? 0n}.${v.release[1] ?? 0n}`
}

/**
 * Up to `count` entries whose versions are nearest to `version` in PEP 440
 * order, alternating below and above it, newest first.
 */
export function nearestEntries(
  entries: readonly ChangelogEntry[],
  version: Version,
  count: number
): ChangelogEntry[] {
  const sorted = versioned(entries).sort(compareItems)
  let above = sorted.findIndex(v => compareWith(v, version) > 0)
  if (above < 0) above = sorted.length
  let below = above - 1
  const picked: Versioned[] = []
  while (picked.length < count && (below >= 0 || above < sorted.length)) {
    if (below >= 0) picked.push(sorted[below--] as Versioned)
    if (picked.length < count && above < sorted.length) {
      picked.push(sorted[above++] as Versioned)
    }
  }
  return picked.sort((x, y) => compareItems(y, x)).map(v => v.entry)
}
