import {
  compareVersions,
  formatVersion,
  parseVersion,
  type Version
} from '../version/pep440.js'

/** A tag that names a release: the prefix, then a PEP 440 version. */
export interface ReleaseTag {
  readonly tag: string
  /** Normalized version. */
  readonly version: string
  readonly parsed: Version
}

// Far above any real repository; past this, the rest is ignored.
const MAX_TAGS = 100_000

/**
 * The release tags among `tags`, highest PEP 440 version first. Tags
 * without the prefix, tags whose rest is not a version, and local versions
 * (which no index accepts) are not releases and are left out.
 */
export function releaseTags(
  tags: readonly string[],
  prefix: string
): ReleaseTag[] {
  const found: ReleaseTag[] = []
  for (const tag of tags.slice(0, MAX_TAGS)) {
    if (!tag.startsWith(prefix) || tag.length > prefix.length + 200) continue
    const rest = tag.slice(prefix.length)
    const parsed = rest.trim() === rest ? parseVersion(rest) : null
    if (!parsed || parsed.local !== null) continue
    found.push({ tag, version: formatVersion(parsed), parsed })
  }
  return found.sort((a, b) => compareVersions(b.parsed, a.parsed))
}

/**
 * Same release series: epoch and the first two release numbers
 * (`1.9.4` is in 1.9 with `1.9.0`; `1.9` and `1.9.0.1` too).
 */
export function sameSeries(a: Version, b: Version): boolean {
  return (
    a.epoch === b.epoch &&
    (a.release[0] ?? 0n) === (b.release[0] ?? 0n) &&
    (a.release[1] ?? 0n) === (b.release[1] ?? 0n)
  )
}
