import yauzl from 'yauzl'
import type { ArchiveEntry } from '../../engine/dist/artifact-facts.js'

/** General purpose flag 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_FLAG = 0x800
const utf8 = new TextDecoder('utf-8', { fatal: true })
const UNIX = 3
const TYPE_MASK = 0o170000
const REGULAR = 0o100000
const SYMLINK = 0o120000

/**
 * A member's name as installers see it: UTF-8 when flagged, else CP437,
 * as Python's zipfile decodes it (it ignores Info-ZIP's Unicode path
 * field, so we do too). Names that need that guess come with a problem.
 */
export function zipEntryName(entry: yauzl.Entry): {
  name: string
  problem?: string
} {
  const raw = entry.fileNameRaw
  const flagged = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0
  const name = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    raw,
    [],
    true
  )
  if (flagged) {
    try {
      utf8.decode(raw)
      return { name }
    } catch {
      return { name, problem: 'is marked UTF-8 but its name is not valid UTF-8' }
    }
  }
  if (raw.every(byte => byte < 0x80)) return { name }
  return {
    name,
    problem:
      'has a name with non-ASCII bytes not marked as UTF-8; installers read it as CP437'
  }
}

/**
 * The member's kind: a folder by its trailing slash (as zipfile decides),
 * a link or special file by the Unix mode of archives made on Unix.
 */
export function zipEntryKind(
  entry: yauzl.Entry,
  name: string
): ArchiveEntry['kind'] {
  if (name.endsWith('/')) return 'directory'
  if (entry.versionMadeBy >> 8 !== UNIX) return 'file'
  const type = (entry.externalFileAttributes >>> 16) & TYPE_MASK
  if (type === SYMLINK) return 'symlink'
  return type === 0 || type === REGULAR ? 'file' : 'other'
}
