/**
 * Member names that must not be in an archive: paths that would land
 * outside the install or unpack folder (absolute, drive letters, `..`
 * segments; the binary distribution format forbids them and the sdist
 * specification requires installers to refuse them, per tarfile's
 * `data` filter), and names stored twice.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { Finding } from '../report/finding.js'

/** Why `path` would escape the folder it is unpacked in, or `null`. */
export function unsafePathReason(path: string): string | null {
  if (/^[\\/]/.test(path)) return 'is absolute'
  if (/^[a-z]:/i.test(path)) return 'starts with a drive letter'
  if (path.split(/[\\/]/).includes('..')) return 'climbs out with ".."'
  if (path.includes('\0')) return 'holds a NUL character'
  return null
}

/** `dist/unsafe-path` for a member (or RECORD row) named `path`. */
export function unsafePathFinding(
  ref: ArtifactRef,
  path: string,
  reason: string,
  source: string
): Finding {
  return artifactFinding(
    ref,
    'dist/unsafe-path',
    'error',
    `${source} "${path}" ${reason}: unpacking it would write outside the target folder.`,
    'Rebuild the artifact from a clean tree with the build backend; never assemble archives by hand.'
  )
}

/** `dist/unsafe-path` and `dist/duplicate-entry` for an archive's members. */
export function checkMemberNames(
  ref: ArtifactRef,
  names: readonly string[]
): Finding[] {
  const out: Finding[] = []
  const seen = new Set<string>()
  const reported = new Set<string>()
  for (const name of names) {
    const reason = unsafePathReason(name)
    if (reason) out.push(unsafePathFinding(ref, name, reason, 'Archive member'))
    if (seen.has(name) && !reported.has(name)) {
      reported.add(name)
      out.push(
        artifactFinding(
          ref,
          'dist/duplicate-entry',
          'error',
          `The archive holds "${name}" more than once; which copy is unpacked depends on the tool.`,
          'Rebuild the artifact; a member listed twice usually comes from appending to an existing archive.'
        )
      )
    }
    seen.add(name)
  }
  return out
}
