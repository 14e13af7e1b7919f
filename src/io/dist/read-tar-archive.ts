import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { Parser, type ReadEntry } from 'tar'
import type { ArchiveEntry } from '../../engine/dist/artifact-facts.js'
import type { ArchiveLimits } from './archive-limits.js'
import type { ArchiveContents } from './archive-contents.js'
import { EntrySink } from './entry-sink.js'
import {
  ONE_WINDOW_AHEAD,
  WINDOW_BYTES,
  type HashedFile
} from './hashed-file.js'

const GZIP_MAGIC = [0x1f, 0x8b]

/** Extended (pax) headers larger than this are ignored, with a problem. */
const MAX_META_BYTES = 1024 * 1024

class Stopped extends Error {}

/**
 * Reads a gzipped tar (an sdist) as one stream: gunzipped on the thread
 * pool, parsed by node-tar, every member hashed, nothing extracted. The
 * gzip layer is ours, not node-tar's, so that its output is bounded and
 * counted before the parser sees it.
 */
export async function readTarArchive(
  file: HashedFile,
  contents: ArchiveContents,
  limits: ArchiveLimits
): Promise<void> {
  const gzipped = isGzip(await file.readAt(0, GZIP_MAGIC.length))
  if (!gzipped) contents.problem('dist/corrupt-archive', 'is not gzip-compressed')
  const tar = new TarReading(contents, limits)
  let compressed = 0
  let inflated = 0
  // pipeline() rejects with its own AbortError once a stage throws: keep ours.
  let reason: Error | null = null
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of file.range(0, file.size)) {
      compressed += chunk.length
      yield chunk
    }
  }
  const parse = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      inflated += chunk.length
      reason = gzipped ? inflation(inflated, compressed, limits) : null
      if (!reason && !tar.write(chunk)) reason = new Stopped()
      if (reason) throw reason
    }
  }
  try {
    if (gzipped)
      await pipeline(
        Readable.from(counted(), ONE_WINDOW_AHEAD),
        createGunzip({ chunkSize: WINDOW_BYTES }),
        parse
      )
    else await parse(counted())
    await tar.end()
  } catch (error) {
    tar.stop(reason ?? error)
  }
}

function isGzip(head: Buffer): boolean {
  return GZIP_MAGIC.every((byte, i) => head[i] === byte)
}

/** A bomb, once the bytes inflated so far betray one. */
function inflation(
  inflated: number,
  compressed: number,
  limits: ArchiveLimits
): Bomb | null {
  if (inflated > limits.maxInflatedBytes)
    return new Bomb(
      `inflates past ${limits.maxInflatedBytes} bytes; reading stopped here`
    )
  if (inflated > limits.bombMinBytes && inflated > limits.bombRatio * compressed)
    return new Bomb(
      `inflates more than ${limits.bombRatio} times its compressed size; reading stopped here`
    )
  return null
}

class Bomb extends Error {}

/** node-tar's parser fed by hand, its events turned into entries and problems. */
class TarReading {
  private readonly parser: Parser
  private readonly done: Promise<void>
  private readonly truncated = new WeakSet<ReadEntry>()
  private stopped = false
  private first = true

  constructor(
    private readonly contents: ArchiveContents,
    private readonly limits: ArchiveLimits
  ) {
    this.parser = new Parser({
      strict: false,
      brotli: false,
      zstd: false,
      maxMetaEntrySize: MAX_META_BYTES,
      maxDecompressionRatio: Infinity,
      onwarn: (_code, message, data) => this.warned(message, data.entry),
      onReadEntry: entry => this.entry(entry)
    })
    this.done = new Promise(resolve => {
      this.parser.on('end', resolve)
      this.parser.on('abort', resolve)
    })
    // Aborting always emits 'error'; the problem is recorded by whoever aborted.
    this.parser.on('error', () => undefined)
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.ignored(entry))
  }

  /** Feeds plain tar bytes; false once reading must stop. */
  write(chunk: Buffer): boolean {
    // A gzip inside the gzip would be inflated by node-tar itself, in one
    // unbounded call: refuse it, it is no tar anyway.
    if (this.first && isGzip(chunk)) {
      this.contents.problem(
        'dist/corrupt-archive',
        'holds a second gzip stream instead of a tar archive'
      )
      return false
    }
    this.first = false
    this.parser.write(chunk)
    return !this.stopped
  }

  async end(): Promise<void> {
    if (this.stopped) return
    this.parser.end()
    await this.done
  }

  /** Stops reading because of `error`, which becomes a problem unless it is ours. */
  stop(error: unknown): void {
    if (error instanceof Bomb) this.contents.problem('dist/zip-bomb', error.message)
    else if (!(error instanceof Stopped)) {
      const code = (error as NodeJS.ErrnoException | null)?.code
      if (typeof code !== 'string' || !code.startsWith('Z_')) throw error
      this.contents.problem(
        'dist/corrupt-archive',
        `cannot be gunzipped: ${(error as Error).message}`
      )
    }
    this.halt()
  }

  private halt(): void {
    this.stopped = true
    this.parser.abort(new Stopped('reading stopped'))
  }

  private entry(entry: ReadEntry): void {
    if (this.stopped) return void entry.resume()
    if (!this.contents.room()) {
      entry.resume()
      return this.halt()
    }
    const name = entry.path
    if (name.includes('\uFFFD'))
      this.contents.problem(
        'dist/entry-name-encoding',
        'has a name that is not valid UTF-8',
        name
      )
    const kind = tarKind(entry.type)
    if (kind !== 'file') {
      this.contents.add({ name, size: 0, sha256: null, kind })
      return void entry.resume()
    }
    const sink = new EntrySink(this.contents.textBound(name))
    entry.on('data', (chunk: Buffer) => sink.update(chunk))
    entry.on('end', () => this.ended(entry, name, sink))
  }

  private ended(entry: ReadEntry, name: string, sink: EntrySink): void {
    const whole = !this.truncated.has(entry)
    this.contents.add({
      name,
      size: sink.size,
      sha256: whole ? sink.sha256() : null,
      kind: 'file'
    })
    const text = whole ? sink.text() : null
    if (text) this.contents.keepText(name, text)
    else if (sink.textTooLarge)
      this.contents.problem(
        'dist/text-too-large',
        `is larger than ${this.limits.maxTextBytes} bytes; not read as text`,
        name
      )
  }

  private ignored(entry: ReadEntry): void {
    if (entry.meta)
      this.contents.problem(
        'dist/corrupt-archive',
        `has an extended header larger than ${MAX_META_BYTES} bytes; it was ignored`,
        entry.path
      )
    else
      this.contents.add({
        name: entry.path,
        size: 0,
        sha256: null,
        kind: 'other'
      })
  }

  private warned(message: string, entry: unknown): void {
    if (this.stopped) return
    const member =
      typeof entry === 'object' && entry !== null && 'path' in entry
        ? entry
        : null
    if (member && /truncated/i.test(message))
      this.truncated.add(member as ReadEntry)
    this.contents.problem(
      'dist/corrupt-archive',
      `is a damaged tar archive: ${message}`,
      typeof member?.path === 'string' ? member.path : undefined
    )
  }
}

function tarKind(type: ReadEntry['type']): ArchiveEntry['kind'] {
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile')
    return 'file'
  if (type === 'Directory') return 'directory'
  return type === 'SymbolicLink' ? 'symlink' : 'other'
}
