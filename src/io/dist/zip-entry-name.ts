import type { ArchiveEntry } from '../../engine/dist/artifact-facts.js'
import type { ZipMember } from './zip-directory.js'

/** General purpose flag 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_FLAG = 0x800
const utf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')
const UNIX = 3
const TYPE_MASK = 0o170000
const REGULAR = 0o100000
const SYMLINK = 0o120000

/**
 * A member's name as installers see it: UTF-8 when flagged, else CP437,
 * as Python's zipfile decodes it (it ignores Info-ZIP's Unicode path
 * field, so we do too). Names that need that guess come with a problem.
 */
export function zipEntryName(entry: ZipMember): {
  name: string
  problem?: string
} {
  const raw = entry.nameBytes
  const flagged = (entry.flags & UTF8_FLAG) !== 0
  const name = flagged ? lenientUtf8.decode(raw) : cp437(raw)
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
  entry: ZipMember,
  name: string
): ArchiveEntry['kind'] {
  if (name.endsWith('/')) return 'directory'
  if (entry.versionMadeBy >> 8 !== UNIX) return 'file'
  const type = (entry.externalAttributes >>> 16) & TYPE_MASK
  if (type === SYMLINK) return 'symlink'
  return type === 0 || type === REGULAR ? 'file' : 'other'
}

// Code page 437 above ASCII, as Python's cp437 codec maps it.
const CP437_HIGH =
  '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef' +
  '\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9' +
  '\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa' +
  '\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb' +
  '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557' +
  '\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f' +
  '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559' +
  '\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580' +
  '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4' +
  '\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248' +
  '\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0'

function cp437(bytes: Buffer): string {
  let name = ''
  for (const byte of bytes)
    name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80]
  return name
}
