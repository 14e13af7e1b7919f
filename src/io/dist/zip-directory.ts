import type { HashedFile } from './hashed-file.js'

/** One member as the central directory describes it (APPNOTE 4.3.12). */
export interface ZipMember {
  readonly nameBytes: Buffer
  readonly flags: number
  readonly method: number
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly localHeaderOffset: number
  readonly versionMadeBy: number
  readonly externalAttributes: number
}

/** Where the central directory lies and how many members it lists. */
export interface ZipDirectory {
  readonly offset: number
  readonly entries: number
}

/** The archive's structure is broken: it cannot be read (further). */
export class ZipFormatError extends Error {}

const END = { signature: 0x06054b50, size: 22 }
const END64 = { signature: 0x06064b50, size: 56 }
const LOCATOR64 = { signature: 0x07064b50, size: 20 }
const ENTRY = { signature: 0x02014b50, size: 46 }
const LOCAL = { signature: 0x04034b50, size: 30 }
const MAX_COMMENT = 0xffff
const ZIP64_EXTRA = 0x0001

/**
 * Finds the end of central directory record as Python's zipfile does: the
 * last one in the file's final 64 KiB, superseded by a zip64 record when a
 * zip64 locator precedes it.
 */
export async function readZipDirectory(file: HashedFile): Promise<ZipDirectory> {
  const tailStart = Math.max(0, file.size - END.size - MAX_COMMENT)
  const tail = await file.readAt(tailStart, file.size - tailStart)
  const at = lastSignature(tail, END.signature, END.size)
  if (at === -1) throw new ZipFormatError('no end of central directory record')
  const end = tail.subarray(at, at + END.size)
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0)
    throw new ZipFormatError('it spans several disks')
  const zip64 = await readZip64Directory(file, tailStart + at)
  return zip64 ?? { entries: end.readUInt16LE(10), offset: end.readUInt32LE(16) }
}

/** The zip64 record, when a locator right before the end record points to one. */
async function readZip64Directory(
  file: HashedFile,
  endOffset: number
): Promise<ZipDirectory | null> {
  const locator =
    endOffset >= LOCATOR64.size
      ? await file.readAt(endOffset - LOCATOR64.size, LOCATOR64.size)
      : Buffer.alloc(0)
  if (!hasSignature(locator, LOCATOR64)) return null
  const at = safeNumber(locator.readBigUInt64LE(8))
  const end = await file.readAt(at, END64.size)
  if (!hasSignature(end, END64))
    throw new ZipFormatError('the zip64 end of central directory record is missing')
  return {
    entries: safeNumber(end.readBigUInt64LE(32)),
    offset: safeNumber(end.readBigUInt64LE(48))
  }
}

/** The members in central-directory order; throws where the directory breaks. */
export async function* zipMembers(
  file: HashedFile,
  directory: ZipDirectory
): AsyncGenerator<ZipMember> {
  let at = directory.offset
  for (let i = 0; i < directory.entries; i++) {
    const fixed = await file.readAt(at, ENTRY.size)
    if (!hasSignature(fixed, ENTRY))
      throw new ZipFormatError(`central directory entry ${i + 1} has no signature`)
    const nameLength = fixed.readUInt16LE(28)
    const extraLength = fixed.readUInt16LE(30)
    const commentLength = fixed.readUInt16LE(32)
    const variable = await file.readAt(at + ENTRY.size, nameLength + extraLength)
    if (variable.length < nameLength + extraLength)
      throw new ZipFormatError(`central directory entry ${i + 1} is cut short`)
    yield member(fixed, variable.subarray(0, nameLength), variable.subarray(nameLength))
    at += ENTRY.size + nameLength + extraLength + commentLength
  }
}

/** Where a member's data starts, from its local header. */
export async function memberDataStart(file: HashedFile, member: ZipMember): Promise<number> {
  const local = await file.readAt(member.localHeaderOffset, LOCAL.size)
  if (!hasSignature(local, LOCAL)) throw new ZipFormatError('its local header has no signature')
  return member.localHeaderOffset + LOCAL.size + local.readUInt16LE(26) + local.readUInt16LE(28)
}

function member(fixed: Buffer, nameBytes: Buffer, extra: Buffer): ZipMember {
  const zip64 = zip64Values(extra)
  // Each overflowed field comes from the zip64 extra, in this order.
  const wide = (value: number): number => (value === 0xffffffff ? (zip64.shift() ?? value) : value)
  const uncompressedSize = wide(fixed.readUInt32LE(24))
  const compressedSize = wide(fixed.readUInt32LE(20))
  return {
    nameBytes,
    versionMadeBy: fixed.readUInt16LE(4),
    flags: fixed.readUInt16LE(8),
    method: fixed.readUInt16LE(10),
    compressedSize,
    uncompressedSize,
    localHeaderOffset: wide(fixed.readUInt32LE(42)),
    externalAttributes: fixed.readUInt32LE(38)
  }
}

/** The 64-bit values of the zip64 extra field, if there is one. */
function zip64Values(extra: Buffer): number[] {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    const body = extra.subarray(at + 4, at + 4 + size)
    if (id === ZIP64_EXTRA) {
      const values: number[] = []
      for (let v = 0; v + 8 <= body.length; v += 8)
        values.push(safeNumber(body.readBigUInt64LE(v)))
      return values
    }
    at += 4 + size
  }
  return []
}

function hasSignature(bytes: Buffer, record: { signature: number; size: number }): boolean {
  return bytes.length >= record.size && bytes.readUInt32LE(0) === record.signature
}

function lastSignature(tail: Buffer, signature: number, size: number): number {
  for (let at = tail.length - size; at >= 0; at--)
    if (tail.readUInt32LE(at) === signature) return at
  return -1
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipFormatError('a zip64 field is larger than any real file')
  return Number(value)
}
