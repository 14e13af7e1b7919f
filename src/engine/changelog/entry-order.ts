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
  readonly version: Version
}

function versionedEntry(entry: ChangelogEntry): Versioned | null {
  if (entry.kind !== 'version' || entry.normalized === null) return null
  const version = parseVersion(entry.normalized)
  return version ? { entry, version } : null
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
  if (compareVersions(above.version, below.version) >= 0) return false
  const a = above.entry.date
  const b = below.entry.date
  if (a !== null && b !== null) return a < b
  return series(above.version) === series(below.version)
}

function series(v: Version): string {
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
  const sorted = versioned(entries).sort((x, y) =>
    compareVersions(x.version, y.version)
  )
  let above = sorted.findIndex(v => compareVersions(v.version, version) > 0)
  if (above < 0) above = sorted.length
  let below = above - 1
  const picked: Versioned[] = []
  while (picked.length < count && (below >= 0 || above < sorted.length)) {
    if (below >= 0) picked.push(sorted[below--] as Versioned)
    if (picked.length < count && above < sorted.length) {
      picked.push(sorted[above++] as Versioned)
    }
  }
  return picked
    .sort((x, y) => compareVersions(y.version, x.version))
    .map(v => v.entry)
}
