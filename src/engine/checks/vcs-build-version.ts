import type { VcsTool } from '../pyproject/version-declaration.js'
import { normalizeVersion } from '../version/pep440.js'

/** The git state a VCS version tool reads at build time. */
export interface VcsBuildState {
  /** Normalized version of the nearest tag; `null` when none is reachable. */
  readonly tagVersion: string | null
  /** Commits since that tag, or since the root when there is none. */
  readonly distance: number
  /** Abbreviated HEAD commit. */
  readonly node: string | null
  readonly dirty: boolean
  /** `YYYY-MM-DD` */
  readonly today: string
}

/**
 * The version each tool's default scheme gives a build in that state, or
 * `null` when the build would fail. setuptools-scm and hatch-vcs
 * (guess-next-dev, node-and-date): `1.2.4.dev3+g1a2b3c4`, and
 * `.dYYYYMMDD` when dirty, even at the tag; with no tag `0.1.devN+g…`.
 * pdm-backend's scm source is alike, but keeps the tag when only dirty
 * (`1.2.3+dYYYYMMDD`). versioningit: `1.2.3.post3+g1a2b3c4`, and fails
 * with no tag. poetry-dynamic-versioning (dunamai): `1.2.3.post3.dev0+g…`,
 * `0.0.0.postN.dev0+g…` with no tag, and ignores a dirty tree.
 */
export function vcsBuildVersion(
  tool: VcsTool,
  state: VcsBuildState
): string | null {
  const { tagVersion: tag, distance, dirty } = state
  const node = state.node ? `g${state.node}` : null
  const date = `d${state.today.replaceAll('-', '')}`
  const local = (parts: (string | null)[]): string => {
    const kept = parts.filter((p): p is string => p !== null)
    return kept.length > 0 ? `+${kept.join('.')}` : ''
  }
  const exact = tag !== null && distance === 0
  switch (tool) {
    case 'poetry-dynamic-versioning':
      return exact
        ? tag
        : `${tag ?? '0.0.0'}.post${distance}.dev0${local([node])}`
    case 'versioningit':
      if (tag === null) return null
      if (exact) return dirty ? `${tag}${local([date])}` : tag
      return `${tag}.post${distance}${local([node, dirty ? date : null])}`
    case 'pdm-scm':
      if (exact) return dirty ? `${tag}${local([date])}` : tag
      return `${bumpLast(tag ?? '0.0')}.dev${distance}${local([node, dirty ? date : null])}`
    default:
      if (exact && !dirty) return tag
      return `${bumpLast(tag ?? '0.0')}.dev${distance}${local([node, dirty ? date : null])}`
  }
}

/** setuptools-scm's guess: one more on the last number (`1.2.0rc1` → `1.2.0rc2`). */
function bumpLast(version: string): string {
  const text = normalizeVersion(version) ?? version
  let end = text.length
  while (end > 0 && !isDigit(text[end - 1])) end--
  let start = end
  while (start > 0 && isDigit(text[start - 1])) start--
  if (start === end) return text
  const bumped = (BigInt(text.slice(start, end)) + 1n).toString()
  return `${text.slice(0, start)}${bumped}${text.slice(end)}`
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}
