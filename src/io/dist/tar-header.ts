/** A tar archive is read in blocks of this size. */
export const BLOCK = 512

/** One decoded header block, before pax or GNU records amend it. */
export interface TarHeader {
  readonly name: Buffer
  /** The type flag as a character: '0' a file, '5' a folder, 'x' pax … */
  readonly type: string
  readonly size: number
}

/** What one header block holds. */
export type HeaderBlock =
  | { readonly end: true }
  | { readonly end: false; readonly header: TarHeader }
  | { readonly end: false; readonly invalid: string }

const NAME = [0, 100] as const
const SIZE = [124, 136] as const
const CHECKSUM = [148, 156] as const
const TYPE = 156
const PREFIX = [345, 500] as const
const SPACE = 0x20
const GNU_TYPES = new Set(['L', 'K', 'S'])
const EMPTY = Buffer.alloc(0)
const SLASH = Buffer.from('/')

/**
 * Decodes a header block as Python's tarfile (what installers use) reads
 * it: a block of zeros ends the archive; the checksum may be the signed or
 * unsigned sum; numbers are octal or, for large values, base-256.
 */
export function readHeaderBlock(block: Buffer): HeaderBlock {
  if (block.every(byte => byte === 0)) return { end: true }
  const stored = number(field(block, CHECKSUM))
  if (stored === null || !checksums(block).includes(stored))
    return { end: false, invalid: 'a header fails its checksum' }
  const size = number(field(block, SIZE))
  if (size === null || size < 0)
    return { end: false, invalid: 'a header has an invalid size' }
  const name = cString(field(block, NAME))
  const type = String.fromCharCode(block[TYPE] as number)
  // As tarfile does: any prefix counts, whatever the magic; GNU's own
  // records use those bytes for other things.
  const prefix = GNU_TYPES.has(type) ? EMPTY : cString(field(block, PREFIX))
  const header = {
    name: prefix.length > 0 ? Buffer.concat([prefix, SLASH, name]) : name,
    type,
    size
  }
  return { end: false, header }
}

function field(block: Buffer, [start, end]: readonly [number, number]): Buffer {
  return block.subarray(start, end)
}

/** The bytes before the first NUL. */
export function cString(bytes: Buffer): Buffer {
  const nul = bytes.indexOf(0)
  return nul === -1 ? bytes : bytes.subarray(0, nul)
}

/** The unsigned and signed sums of the block, its checksum field read as spaces. */
function checksums(block: Buffer): number[] {
  let unsigned = 0
  let signed = 0
  for (let i = 0; i < BLOCK; i++) {
    const inField = i >= CHECKSUM[0] && i < CHECKSUM[1]
    const byte = inField ? SPACE : (block[i] as number)
    unsigned += byte
    signed += byte > 127 ? byte - 256 : byte
  }
  return [unsigned, signed]
}

/**
 * A numeric field: octal digits ended by NUL or space, or base-256 when
 * the first byte is 0x80 (positive) or 0xff (negative). Null when neither.
 */
function number(bytes: Buffer): number | null {
  const lead = bytes[0]
  if (lead === 0x80 || lead === 0xff) {
    let value = lead === 0xff ? -1 : 0
    for (const byte of bytes.subarray(1)) value = value * 256 + byte
    return Number.isSafeInteger(value) ? value : null
  }
  const text = cString(bytes).toString('latin1').trim()
  if (text === '') return 0
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : null
}

/**
 * The records of a pax extended header (`<length> <key>=<value>\n` each).
 * Null when the records are malformed.
 */
export function paxRecords(data: Buffer): Map<string, Buffer> | null {
  const records = new Map<string, Buffer>()
  let at = 0
  while (at < data.length && data[at] !== 0) {
    const space = data.indexOf(SPACE, at)
    const length = space === -1 ? NaN : Number(data.toString('latin1', at, space))
    if (!Number.isSafeInteger(length) || length <= space - at) return null
    const end = at + length
    if (end > data.length || data[end - 1] !== 0x0a) return null
    const record = data.subarray(space + 1, end - 1)
    const equals = record.indexOf(0x3d)
    if (equals <= 0) return null
    records.set(record.toString('utf8', 0, equals), record.subarray(equals + 1))
    at = end
  }
  return records
}
