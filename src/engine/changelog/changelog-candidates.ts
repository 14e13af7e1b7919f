const NAMES = ['CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS']
const SUFFIXES = ['.md', '.rst', '.txt', '']
const FOLDERS = ['', 'docs/']

/**
 * The paths auto-detection tries, in order: CHANGELOG, CHANGES, HISTORY and
 * NEWS with `.md`, `.rst`, `.txt` or no suffix, in the folder itself, then
 * the same under `docs/`. Matching ignores case.
 */
export const CHANGELOG_CANDIDATES: readonly string[] = FOLDERS.flatMap(folder =>
  NAMES.flatMap(name => SUFFIXES.map(suffix => `${folder}${name}${suffix}`))
)

/**
 * Picks the changelog among existing files (paths relative to the working
 * directory, `/`-separated): the first candidate of
 * {@link CHANGELOG_CANDIDATES} present in any letter case, returned as
 * spelled in `paths`; `null` when there is none.
 */
export function detectChangelogPath(paths: readonly string[]): string | null {
  const byKey = new Map<string, string>()
  for (const path of [...paths].sort()) {
    const key = path.replace(/^(?:\.\/)+/, '').toLowerCase()
    if (!byKey.has(key)) byKey.set(key, path)
  }
  for (const candidate of CHANGELOG_CANDIDATES) {
    const found = byKey.get(candidate.toLowerCase())
    if (found !== undefined) return found
  }
  return null
}
