import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, gunzipSync } from 'node:zlib'
import type { ArchiveLimits } from './archive-limits.js'
import type { ArchiveContents } from './archive-contents.js'
import {
  ONE_WINDOW_AHEAD,
  WINDOW_BYTES,
  type HashedFile
} from './hashed-file.js'
import { TarMembers } from './tar-members.js'

const GZIP_MAGIC = [0x1f, 0x8b]

class Stopped extends Error {}

/** sdists this small are gunzipped in one call: no stream to set up. */
const ONE_CALL_COMPRESSED = 1024 * 1024
const ONE_CALL_INFLATED = 16 * 1024 * 1024

/**
 * Reads a gzipped tar (an sdist) member by member: gunzipped (in one call
 * when small, else streamed through the thread pool), every member hashed,
 * nothing extracted. Inflated bytes are bounded and counted before the tar
 * reader sees them.
 */
export async function readTarArchive(
  file: HashedFile,
  contents: ArchiveContents,
  limits: ArchiveLimits
): Promise<void> {
  const gzipped = isGzip(await file.readAt(0, GZIP_MAGIC.length))
  if (!gzipped) contents.problem('dist/corrupt-archive', 'is not gzip-compressed')
  const tar = new TarMembers(contents, limits)
  const plain = gzipped ? await gunzipSmall(file, limits) : null
  if (plain) {
    if (feed(tar, contents, plain, true)) tar.end()
    return
  }
  await readStreaming(file, gzipped, tar, contents, limits)
}

/**
 * A small sdist gunzipped in one call, or null to stream it instead: too
 * large, a bomb or damaged (the stream then tells where and why).
 */
async function gunzipSmall(
  file: HashedFile,
  limits: ArchiveLimits
): Promise<Buffer | null> {
  if (file.size > ONE_CALL_COMPRESSED) return null
  const bound = Math.min(
    ONE_CALL_INFLATED,
    limits.maxInflatedBytes,
    Math.max(limits.bombMinBytes, limits.bombRatio * file.size)
  )
  try {
    return gunzipSync(await file.readAt(0, file.size), {
      maxOutputLength: bound
    })
  } catch {
    return null
  }
}

async function readStreaming(
  file: HashedFile,
  gzipped: boolean,
  tar: TarMembers,
  contents: ArchiveContents,
  limits: ArchiveLimits
): Promise<void> {
  let compressed = 0
  let inflated = 0
  let first = true
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
      if (!reason && !feed(tar, contents, chunk, first)) reason = new Stopped()
      first = false
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
    tar.end()
  } catch (error) {
    tar.stop()
    halted(reason ?? error, contents)
  }
}

/** Feeds plain tar bytes; false once reading must stop. */
function feed(
  tar: TarMembers,
  contents: ArchiveContents,
  chunk: Buffer,
  first: boolean
): boolean {
  // A gzip inside the gzip is no tar; inflating it too would be unbounded work.
  if (first && isGzip(chunk)) {
    contents.problem(
      'dist/corrupt-archive',
      'holds a second gzip stream instead of a tar archive'
    )
    return false
  }
  return tar.write(chunk)
}

/** Why the stream stopped, as a problem; I/O errors are thrown on. */
function halted(error: unknown, contents: ArchiveContents): void {
  if (error instanceof Bomb) return contents.problem('dist/zip-bomb', error.message)
  if (error instanceof Stopped) return
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (typeof code !== 'string' || !code.startsWith('Z_')) throw error
  contents.problem(
    'dist/corrupt-archive',
    `cannot be gunzipped: ${(error as Error).message}`
  )
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
