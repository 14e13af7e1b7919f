/**
 * A wheel's RECORD against the archive (binary distribution format § The
 * .dist-info directory): every row names a member with that size and
 * sha256, every member but RECORD and its signatures has a row, and no row
 * is malformed, duplicated or outside the archive. Installers verify these
 * hashes; a stale RECORD fails the install.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import type { ArchiveEntry } from './artifact-facts.js'
import { unsafePathFinding, unsafePathReason } from './archive-paths.js'
import { parseRecord, type RecordRow } from './record-file.js'
import type { Finding } from '../report/finding.js'

const WEAK = new Set(['md5', 'sha1', 'sha224'])
const REBUILD =
  'Rebuild the wheel instead of editing it; a tool that changes a wheel (auditwheel, delocate, delvewheel, `wheel tags`) rewrites RECORD itself.'

/** Checks the RECORD member `member` (text `text`) of a wheel. */
export function checkRecord(
  ref: ArtifactRef,
  member: string,
  text: string,
  entries: readonly ArchiveEntry[]
): Finding[] {
  const record = parseRecord(text)
  const distInfo = member.slice(0, -'RECORD'.length)
  const unhashed = new Set(['RECORD', 'RECORD.jws', 'RECORD.p7s'].map(n => distInfo + n))
  const files = new Map<string, ArchiveEntry>()
  const stored = new Set<string>()
  for (const e of entries) {
    if (e.kind === 'directory') continue
    if (files.has(e.name)) stored.add(e.name)
    files.set(e.name, e)
  }
  const out: Finding[] = record.malformed.map(m =>
    artifactFinding(
      ref,
      'dist/record-invalid',
      'error',
      `"${member}" row ${m.row} "${m.text}" is not "path,algorithm=digest,size".`,
      REBUILD
    )
  )
  const listed = new Set<string>()
  for (const row of record.rows) {
    if (listed.has(row.path)) {
      out.push(duplicateRow(ref, member, row))
      continue
    }
    listed.add(row.path)
    // A member stored twice is already a `dist/duplicate-entry`; which copy
    // RECORD describes is anyone's guess, so its hash is not judged.
    if (stored.has(row.path)) continue
    out.push(...checkRow(ref, member, row, files.get(row.path), unhashed))
  }
  for (const name of files.keys()) {
    if (listed.has(name) || unhashed.has(name)) continue
    out.push(
      artifactFinding(
        ref,
        'dist/record-unlisted-file',
        'error',
        `"${name}" is in the archive but not in "${member}"; installers cannot verify or uninstall it.`,
        REBUILD
      )
    )
  }
  return out
}

function duplicateRow(
  ref: ArtifactRef,
  member: string,
  row: RecordRow
): Finding {
  return artifactFinding(
    ref,
    'dist/duplicate-entry',
    'error',
    `"${member}" lists "${row.path}" more than once (row ${row.row}).`,
    REBUILD
  )
}

function checkRow(
  ref: ArtifactRef,
  member: string,
  row: RecordRow,
  entry: ArchiveEntry | undefined,
  unhashed: ReadonlySet<string>
): Finding[] {
  const unsafe = unsafePathReason(row.path)
  if (unsafe) return [unsafePathFinding(ref, row.path, unsafe, `"${member}" row`)]
  if (!entry) {
    return [
      artifactFinding(
        ref,
        'dist/record-missing-entry',
        'error',
        `"${member}" lists "${row.path}", but the archive has no such member.`,
        REBUILD
      )
    ]
  }
  if (unhashed.has(row.path)) return []
  return [...checkHash(ref, member, row, entry), ...checkSize(ref, member, row, entry)]
}

function checkHash(
  ref: ArtifactRef,
  member: string,
  row: RecordRow,
  entry: ArchiveEntry
): Finding[] {
  const invalid = (problem: string, severity: 'error' | 'warning'): Finding[] => [
    artifactFinding(
      ref,
      'dist/record-invalid',
      severity,
      `"${member}" row ${row.row} for "${row.path}" ${problem}.`,
      REBUILD
    )
  ]
  if (row.algorithm === null) {
    return invalid('has no hash, so installers cannot verify the file', 'warning')
  }
  if (WEAK.has(row.algorithm)) {
    return invalid(`uses "${row.algorithm}", which installers refuse (sha256 or stronger is required)`, 'error')
  }
  if (row.algorithm !== 'sha256') return []
  if (row.hex === null || row.hex.length !== 64) {
    return invalid(`has the hash "${row.hash}", which is not a urlsafe-base64 sha256 digest`, 'error')
  }
  if (entry.sha256 === null || entry.sha256.toLowerCase() === row.hex) return []
  return [
    artifactFinding(
      ref,
      'dist/record-hash-mismatch',
      'error',
      `"${row.path}" has sha256 "${entry.sha256}" but "${member}" records "${row.hex}" ("${row.hash}"): the file changed after RECORD was written, and installers will refuse the wheel.`,
      REBUILD
    )
  ]
}

function checkSize(
  ref: ArtifactRef,
  member: string,
  row: RecordRow,
  entry: ArchiveEntry
): Finding[] {
  if (row.size === null || entry.sha256 === null || row.size === entry.size) {
    return []
  }
  return [
    artifactFinding(
      ref,
      'dist/record-size-mismatch',
      'error',
      `"${row.path}" is ${entry.size} bytes but "${member}" records ${row.size}.`,
      REBUILD
    )
  ]
}
