import yauzl from 'yauzl'
import type { ArchiveLimits } from './archive-limits.js'
import type { ArchiveContents } from './archive-contents.js'
import { EntrySink, InflateBudget } from './entry-sink.js'
import type { HashedFile } from './hashed-file.js'
import { inflateMember } from './inflate-member.js'
import { zipEntryKind, zipEntryName } from './zip-entry-name.js'

/** Zip compression methods: stored and deflated are all a wheel may use. */
const STORED = 0
const DEFLATED = 8

/**
 * Reads a zip (a wheel, or a legacy `.zip` sdist) member by member in
 * central-directory order: every member inflated and hashed, never
 * extracted. A damaged archive yields what could be read plus a problem.
 */
export async function readZipArchive(
  file: HashedFile,
  contents: ArchiveContents,
  limits: ArchiveLimits
): Promise<void> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(
      new HashedFileAccess(file),
      file.size,
      {
        lazyEntries: true,
        decodeStrings: false,
        validateEntrySizes: false,
        autoClose: false
      }
    )
  } catch (error) {
    contents.problem(
      'dist/corrupt-archive',
      `cannot be read as a zip archive: ${describe(error)}`
    )
    return
  }
  const reading = new ZipReading(zip, file, contents, limits)
  try {
    for await (const entry of zip.eachEntry()) {
      if (!contents.room() || !(await reading.read(entry))) break
    }
  } catch (error) {
    contents.problem(
      'dist/corrupt-archive',
      `is damaged after ${contents.entries.length} members: ${describe(error)}`
    )
  } finally {
    zip.close()
  }
}

class ZipReading {
  private readonly budget: InflateBudget
  /** Where the previous member's header and data lay, to spot overlaps. */
  private previous = { start: -1, end: -1 }

  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly file: HashedFile,
    private readonly contents: ArchiveContents,
    private readonly limits: ArchiveLimits
  ) {
    this.budget = new InflateBudget(limits.maxInflatedBytes)
  }

  /** Reads one member; false when the artifact must not be read further. */
  async read(entry: yauzl.Entry): Promise<boolean> {
    const { name, problem } = zipEntryName(entry)
    if (problem) this.contents.problem('dist/entry-name-encoding', problem, name)
    const kind = zipEntryKind(entry, name)
    const record = (size: number, sha256: string | null): void => {
      this.contents.add({ name, size, sha256, kind })
    }
    if (kind === 'directory') {
      record(0, null)
      return true
    }
    const refusal = this.refusal(entry)
    if (refusal) {
      this.contents.problem(refusal.id, refusal.message, name)
      record(0, null)
      return true
    }
    const dataStart = await this.dataStart(entry)
    if (dataStart === null) {
      record(0, null)
      return true
    }
    const sink = new EntrySink(this.contents.textBound(name))
    const stop = await inflateMember(
      {
        chunks: this.file.range(dataStart, dataStart + entry.compressedSize),
        deflated: entry.compressionMethod === DEFLATED,
        compressedSize: entry.compressedSize,
        declaredSize: entry.uncompressedSize
      },
      sink,
      this.budget,
      this.limits
    )
    if (stop) this.contents.problem(stop.id, stop.message, name)
    record(sink.size, stop ? null : sink.sha256())
    const text = stop ? null : sink.text()
    if (text) this.contents.keepText(name, text)
    else if (sink.textTooLarge)
      this.contents.problem(
        'dist/text-too-large',
        `is larger than ${this.limits.maxTextBytes} bytes; not read as text`,
        name
      )
    return !stop?.fatal
  }

  /** Where the member's data starts, or null (and a problem) when its header is bad. */
  private async dataStart(entry: yauzl.Entry): Promise<number | null> {
    try {
      const header = await this.zip.readLocalFileHeaderPromise(entry, {
        minimal: true
      })
      return header.fileDataStart
    } catch (error) {
      const { name } = zipEntryName(entry)
      this.contents.problem(
        'dist/corrupt-archive',
        `has no readable local header: ${(error as Error).message}`,
        name
      )
      return null
    }
  }

  /** Why a member's data is not read at all, if it is not. */
  private refusal(entry: yauzl.Entry): { id: string; message: string } | null {
    const start = entry.relativeOffsetOfLocalHeader
    const overlaps = start >= this.previous.start && start < this.previous.end
    this.previous = { start, end: start + 30 + entry.compressedSize }
    if (overlaps)
      return {
        id: 'dist/zip-bomb',
        message: 'overlaps the previous member, the mark of a zip bomb'
      }
    if (entry.isEncrypted())
      return { id: 'dist/encrypted-entry', message: 'is encrypted' }
    const method = entry.compressionMethod
    if (method !== STORED && method !== DEFLATED)
      return {
        id: 'dist/unsupported-compression',
        message: `uses compression method ${method}; wheels may only store or deflate`
      }
    return null
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * yauzl's view of the file, served from `HashedFile`'s windows. Only
 * `read` is used: member data is read by `inflateMember`, not by yauzl.
 */
class HashedFileAccess extends yauzl.RandomAccessReader {
  constructor(private readonly file: HashedFile) {
    super()
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (error: Error | null, bytesRead?: number) => void
  ): void {
    this.file.readAt(position, length).then(
      bytes => callback(null, bytes.copy(buffer, offset)),
      (error: Error) => callback(error)
    )
  }

  override close(callback: (error: Error | null) => void): void {
    callback(null)
  }
}
