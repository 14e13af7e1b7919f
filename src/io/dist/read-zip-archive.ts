import type { ArchiveLimits } from './archive-limits.js'
import type { ArchiveContents } from './archive-contents.js'
import { EntrySink, InflateBudget } from './entry-sink.js'
import type { HashedFile } from './hashed-file.js'
import { inflateMember } from './inflate-member.js'
import {
  memberDataStart,
  readZipDirectory,
  type ZipDirectory,
  ZipFormatError,
  type ZipMember,
  zipMembers
} from './zip-directory.js'
import { zipEntryKind, zipEntryName } from './zip-entry-name.js'

/** Zip compression methods: stored and deflated are all a wheel may use. */
const STORED = 0
const DEFLATED = 8
/** General purpose flag 0: the member is encrypted. */
const ENCRYPTED = 0x1

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
  let directory: ZipDirectory
  try {
    directory = await readZipDirectory(file)
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error
    contents.problem(
      'dist/corrupt-archive',
      `cannot be read as a zip archive: ${error.message}`
    )
    return
  }
  const reading = new ZipReading(file, contents, limits)
  try {
    for await (const member of zipMembers(file, directory)) {
      if (!contents.room() || !(await reading.read(member))) break
    }
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error
    contents.problem(
      'dist/corrupt-archive',
      `is damaged after ${contents.entries.length} members: ${error.message}`
    )
  }
}

class ZipReading {
  private readonly budget: InflateBudget
  /** Where the previous member's header and data lay, to spot overlaps. */
  private previous = { start: -1, end: -1 }

  constructor(
    private readonly file: HashedFile,
    private readonly contents: ArchiveContents,
    private readonly limits: ArchiveLimits
  ) {
    this.budget = new InflateBudget(limits.maxInflatedBytes)
  }

  /** Reads one member; false when the artifact must not be read further. */
  async read(entry: ZipMember): Promise<boolean> {
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
        deflated: entry.method === DEFLATED,
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
  private async dataStart(entry: ZipMember): Promise<number | null> {
    try {
      return await memberDataStart(this.file, entry)
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error
      const { name } = zipEntryName(entry)
      this.contents.problem('dist/corrupt-archive', error.message, name)
      return null
    }
  }

  /** Why a member's data is not read at all, if it is not. */
  private refusal(entry: ZipMember): { id: string; message: string } | null {
    const start = entry.localHeaderOffset
    const overlaps = start >= this.previous.start && start < this.previous.end
    this.previous = { start, end: start + 30 + entry.compressedSize }
    if (overlaps)
      return {
        id: 'dist/zip-bomb',
        message: 'overlaps the previous member, the mark of a zip bomb'
      }
    if (entry.flags & ENCRYPTED)
      return { id: 'dist/encrypted-entry', message: 'is encrypted' }
    const method = entry.method
    if (method !== STORED && method !== DEFLATED)
      return {
        id: 'dist/unsupported-compression',
        message: `uses compression method ${method}; wheels may only store or deflate`
      }
    return null
  }
}
