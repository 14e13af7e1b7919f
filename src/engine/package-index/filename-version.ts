import { normalizeProjectName } from './index-endpoints.js'

// Archive suffixes of sdists and old binary formats PyPI has held.
const SUFFIXES = [
  '.tar.gz',
  '.tar.bz2',
  '.tar.xz',
  '.tar.z',
  '.tar',
  '.tgz',
  '.tbz',
  '.zip',
  '.egg',
  '.exe',
  '.msi',
  '.rpm',
  '.dmg'
]

/**
 * The version a distribution's file name carries, for the Simple API,
 * which lists files but not which version each belongs to. A wheel's
 * version is its second `-` field (the binary distribution format escapes
 * `-` in names); an egg's too. For sdists and older formats, whose legacy
 * names may hold `-`, the project's own name is matched (PEP 503
 * normalized) and the rest is the version. `null` when the name is not a
 * distribution of this project.
 */
export function filenameVersion(
  filename: string,
  projectName: string
): string | null {
  const lower = filename.toLowerCase()
  if (lower.endsWith('.whl') || lower.endsWith('.egg')) {
    const parts = filename.slice(0, -4).split('-')
    return parts.length >= 2 && parts[1] !== '' ? (parts[1] ?? null) : null
  }
  const suffix = SUFFIXES.find(s => lower.endsWith(s))
  if (suffix === undefined) return null
  return versionAfterName(filename.slice(0, -suffix.length), projectName)
}

/**
 * Walks the stem once, normalizing as it goes (PEP 503: a run of `-`, `_`
 * or `.` is one `-`), and stops at the first `-` where what came before is
 * the project's normalized name. Linear, however many dashes a hostile
 * name holds.
 */
function versionAfterName(stem: string, projectName: string): string | null {
  const wanted = normalizeProjectName(projectName)
  let matched = 0
  let inSeparator = false
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i] ?? ''
    if (c === '-' && i > 0 && matched === wanted.length) {
      return stem.slice(i + 1) || null
    }
    const separator = c === '-' || c === '_' || c === '.'
    if (!(separator && inSeparator)) {
      if (wanted[matched] !== (separator ? '-' : c.toLowerCase())) return null
      matched++
    }
    inSeparator = separator
  }
  return null
}
