import type { ArchiveEntry } from '../../engine/dist/artifact-facts.js'
import type { ArchiveContents } from './archive-contents.js'
import type { ArchiveLimits } from './archive-limits.js'
import { EntrySink } from './entry-sink.js'
import {
  BLOCK,
  cString,
  paxRecords,
  readHeaderBlock,
  type TarHeader
} from './tar-header.js'

/** Extended (pax, GNU long name) headers larger than this are skipped, with a problem. */
export const MAX_META_BYTES = 1024 * 1024

/** Types with no data after the header, as tarfile reads them; any other has data. */
const NO_DATA = new Set(['1', '2', '3', '4', '5', '6'])
/** Headers that amend the next member: pax (local, global), GNU long name and link. */
const META = new Set(['x', 'g', 'L', 'K'])

const utf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')

/** What the bytes being read belong to. */
type Target =
  | { readonly kind: 'header' }
  | { readonly kind: 'file'; readonly name: string; readonly sink: EntrySink }
  | { readonly kind: 'meta'; readonly type: string; readonly parts: Buffer[] | null }
  | { readonly kind: 'skip' }

/**
 * A plain tar stream read member by member as its bytes arrive: headers
 * decoded, pax and GNU long names applied, every file hashed into
 * `contents`, nothing extracted. Feed it with `write`, then call `end`.
 */
export class TarMembers {
  private target: Target = { kind: 'header' }
  /** Bytes still owed to the target, then the padding to the next block. */
  private remaining = BLOCK
  private padding = 0
  private readonly header: Buffer[] = []
  private global = new Map<string, Buffer>()
  private local = new Map<string, Buffer>()
  private longName: Buffer | null = null
  private members = 0
  private done = false

  constructor(
    private readonly contents: ArchiveContents,
    private readonly limits: ArchiveLimits
  ) {}

  /** Takes the next bytes; false once the archive's end or a fault stops reading. */
  write(chunk: Buffer): boolean {
    let at = 0
    while (!this.done && at < chunk.length) {
      if (this.remaining === 0) {
        const skipped = Math.min(this.padding, chunk.length - at)
        at += skipped
        this.padding -= skipped
        if (this.padding === 0) this.expectHeader()
        continue
      }
      const take = Math.min(this.remaining, chunk.length - at)
      this.consume(chunk.subarray(at, at + take))
      at += take
      this.remaining -= take
      if (this.remaining === 0) this.complete()
    }
    return !this.done
  }

  /** The input is over: a member or header it leaves unfinished was cut short. */
  end(): void {
    if (this.done) return
    this.done = true
    const target = this.target
    const started = target.kind !== 'header' || this.header.length > 0
    if (this.remaining > 0 && started) {
      if (target.kind === 'file') this.list(target.name, 'file', null, target.sink)
      this.damaged('it is truncated')
    } else if (this.members === 0) this.damaged('it is empty')
  }

  /** Stops reading here: the rest of the input is ignored. */
  stop(): void {
    this.done = true
  }

  private consume(bytes: Buffer): void {
    const target = this.target
    if (target.kind === 'file') target.sink.update(bytes)
    else if (target.kind === 'meta') target.parts?.push(bytes)
    else if (target.kind === 'header') this.header.push(bytes)
  }

  /** The target has all its bytes. */
  private complete(): void {
    const target = this.target
    if (target.kind === 'header') return this.readHeader()
    if (target.kind === 'file') this.list(target.name, 'file', target.sink.sha256(), target.sink)
    if (target.kind === 'meta') this.applyMeta(target.type, target.parts)
    if (this.padding === 0) this.expectHeader()
  }

  private expectHeader(): void {
    this.target = { kind: 'header' }
    this.remaining = BLOCK
    this.padding = 0
  }

  /** The next `size` bytes (and their padding) go to `target`. */
  private expect(target: Target, size: number): void {
    this.target = target
    this.remaining = size
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK
    if (size === 0) this.complete()
  }

  private readHeader(): void {
    const block = Buffer.concat(this.header)
    this.header.length = 0
    const read = readHeaderBlock(block)
    if (read.end) return this.stop()
    if ('invalid' in read) {
      this.damaged(read.invalid)
      return this.stop()
    }
    if (META.has(read.header.type)) return this.beginMeta(read.header)
    this.members++
    this.beginMember(read.header)
  }

  private beginMember(header: TarHeader): void {
    const size = this.paxSize() ?? header.size
    const name = this.decodeName(this.longName ?? this.pax('path') ?? header.name)
    this.longName = null
    this.local = new Map()
    if (!this.contents.room()) return this.stop()
    const kind = entryKind(header.type, name)
    if (kind === 'file')
      return this.expect({ kind, name, sink: new EntrySink(this.contents.textBound(name)) }, size)
    this.list(name, kind, null, null)
    this.expect({ kind: 'skip' }, NO_DATA.has(header.type) ? 0 : size)
  }

  private beginMeta(header: TarHeader): void {
    const kept = header.size <= MAX_META_BYTES
    if (!kept)
      this.damaged(
        `an extended header larger than ${MAX_META_BYTES} bytes was ignored`,
        this.decodeName(header.name)
      )
    this.expect({ kind: 'meta', type: header.type, parts: kept ? [] : null }, header.size)
  }

  private applyMeta(type: string, parts: Buffer[] | null): void {
    if (!parts) return
    const data = Buffer.concat(parts)
    // A GNU long link name matters to extraction only; it is read and dropped.
    if (type === 'L') this.longName = cString(data)
    if (type !== 'x' && type !== 'g') return
    const records = paxRecords(data)
    if (!records) return this.damaged('a pax header is malformed')
    if (type === 'g') this.global = new Map([...this.global, ...records])
    else this.local = new Map([...this.local, ...records])
  }

  /** A pax record for the next member, local ones before global ones. */
  private pax(key: string): Buffer | undefined {
    return this.local.get(key) ?? this.global.get(key)
  }

  /** The pax size of the next member (files past 8 GiB need one), if any. */
  private paxSize(): number | null {
    const text = this.pax('size')?.toString('latin1')
    if (text === undefined) return null
    if (/^[0-9]{1,15}$/.test(text)) return Number(text)
    this.damaged('a pax header gives an invalid size')
    return null
  }

  private decodeName(bytes: Buffer): string {
    try {
      return utf8.decode(bytes)
    } catch {
      const name = lenientUtf8.decode(bytes)
      this.contents.problem(
        'dist/entry-name-encoding',
        'has a name that is not valid UTF-8',
        name
      )
      return name
    }
  }

  /** Lists a member; a file's digest is null when its data was cut short. */
  private list(
    name: string,
    kind: ArchiveEntry['kind'],
    sha256: string | null,
    sink: EntrySink | null
  ): void {
    this.contents.add({ name, size: sink?.size ?? 0, sha256, kind })
    if (!sink || sha256 === null) return
    const text = sink.text()
    if (text) this.contents.keepText(name, text)
    else if (sink.textTooLarge)
      this.contents.problem(
        'dist/text-too-large',
        `is larger than ${this.limits.maxTextBytes} bytes; not read as text`,
        name
      )
  }

  private damaged(detail: string, entry?: string): void {
    this.contents.problem(
      'dist/corrupt-archive',
      `is a damaged tar archive: ${detail}`,
      entry
    )
  }
}

/** A member's kind from its type flag; an old-style file named like a folder is one. */
function entryKind(type: string, name: string): ArchiveEntry['kind'] {
  if (type === '5' || (type === '\0' && name.endsWith('/'))) return 'directory'
  if (type === '0' || type === '\0' || type === '7') return 'file'
  return type === '2' ? 'symlink' : 'other'
}
