import { crc32, deflateRawSync, gzipSync } from 'node:zlib'

/** One member of a hand-built zip; every field a hostile archive may lie in. */
export interface ZipMember {
  readonly name: string | Buffer
  readonly data?: Buffer
  /** 0 stored, 8 deflated (default), anything else as given. */
  readonly method?: number
  /** The uncompressed size the headers claim; the real one by default. */
  readonly declaredSize?: number
  readonly flags?: number
  /** Unix mode (type and permission bits); makes the archive "made on Unix". */
  readonly unixMode?: number
  /** Point the central directory at an earlier member's local header. */
  readonly sameHeaderAs?: number
  /** Bytes to store instead of the (deflated) data. */
  readonly raw?: Buffer
}

export interface ZipOptions {
  /** Entry count the end record claims. */
  readonly claimedEntries?: number
}

/** Writes a zip exactly as described, lies included. */
export function buildZip(members: readonly ZipMember[], options: ZipOptions = {}): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  const offsets: number[] = []
  const sizes: { comp: number; crc: number; declared: number; method: number }[] = []
  let offset = 0
  members.forEach((member, index) => {
    const name = Buffer.isBuffer(member.name) ? member.name : Buffer.from(member.name)
    const data = member.data ?? Buffer.alloc(0)
    const method = member.method ?? 8
    const stored = member.raw ?? (method === 8 ? deflateRawSync(data) : data)
    const shared = member.sameHeaderAs
    const crc = crc32(data)
    const declared = member.declaredSize ?? data.length
    const flags = member.flags ?? (Buffer.isBuffer(member.name) ? 0 : 0x800)
    if (shared === undefined) {
      offsets.push(offset)
      sizes.push({ comp: stored.length, crc, declared, method })
      const local = Buffer.alloc(30)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(20, 4)
      local.writeUInt16LE(flags, 6)
      local.writeUInt16LE(method, 8)
      local.writeUInt32LE(crc, 14)
      local.writeUInt32LE(stored.length, 18)
      local.writeUInt32LE(declared, 22)
      local.writeUInt16LE(name.length, 26)
      parts.push(local, name, stored)
      offset += local.length + name.length + stored.length
    } else {
      offsets.push(offsets[shared] as number)
      sizes.push(sizes[shared] as (typeof sizes)[number])
    }
    const size = sizes[index] as (typeof sizes)[number]
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(member.unixMode === undefined ? 20 : (3 << 8) | 20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(flags, 8)
    entry.writeUInt16LE(size.method, 10)
    entry.writeUInt32LE(size.crc, 16)
    entry.writeUInt32LE(size.comp, 20)
    entry.writeUInt32LE(size.declared, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(((member.unixMode ?? 0) << 16) >>> 0, 38)
    entry.writeUInt32LE(offsets[index] as number, 42)
    central.push(entry, name)
  })
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  const count = options.claimedEntries ?? members.length
  end.writeUInt16LE(Math.min(count, 0xffff), 8)
  end.writeUInt16LE(Math.min(count, 0xffff), 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}

/** One member of a hand-built tar. */
export interface TarMember {
  readonly name: string | Buffer
  readonly data?: Buffer
  /** Type flag: '0' file, '2' symlink, '3' char device, '5' folder, 'x' pax … */
  readonly type?: string
  readonly linkName?: string
}

/** A ustar archive, two zero blocks at the end. */
export function buildTar(members: readonly TarMember[]): Buffer {
  const blocks: Buffer[] = []
  for (const member of members) {
    const data = member.data ?? Buffer.alloc(0)
    const header = Buffer.alloc(512)
    const name = Buffer.isBuffer(member.name) ? member.name : Buffer.from(member.name)
    name.copy(header, 0, 0, 100)
    header.write('0000644\0', 100)
    header.write('0000000\0', 108)
    header.write('0000000\0', 116)
    header.write(data.length.toString(8).padStart(11, '0') + '\0', 124)
    header.write('15044343200\0', 136)
    header.write(member.type ?? '0', 156)
    if (member.linkName) header.write(member.linkName, 157)
    header.write('ustar\0' + '00', 257)
    header.fill(' ', 148, 156)
    const sum = header.reduce((total, byte) => total + byte, 0)
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)])
}

/** A pax extended header (type 'x') carrying the given records. */
export function paxHeader(records: Record<string, string>): TarMember {
  const lines = Object.entries(records).map(([key, value]) => {
    const body = ` ${key}=${value}\n`
    let length = body.length + 1
    while (String(length).length + body.length !== length) length++
    return `${length}${body}`
  })
  return { name: 'PaxHeader', type: 'x', data: Buffer.from(lines.join('')) }
}

/** A gzipped tar: the usual sdist. */
export function buildTarGz(members: readonly TarMember[]): Buffer {
  return gzipSync(buildTar(members))
}
