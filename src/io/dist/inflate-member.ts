import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createInflateRaw, inflateRawSync } from 'node:zlib'
import type { ArchiveLimits } from './archive-limits.js'
import { ONE_WINDOW_AHEAD, WINDOW_BYTES } from './hashed-file.js'
import type { EntrySink, InflateBudget } from './entry-sink.js'

/**
 * Members this small are inflated in one synchronous call: handing each to
 * the thread pool costs ~5x the inflating itself, and wheels are mostly
 * small modules.
 */
const ONE_CALL_COMPRESSED = 64 * 1024
const ONE_CALL_INFLATED = 1024 * 1024

/** One stored or deflated member, as the zip's central directory describes it. */
export interface MemberData {
  readonly chunks: AsyncIterable<Buffer>
  readonly deflated: boolean
  readonly compressedSize: number
  readonly declaredSize: number
}

/** Why a member was not read to its end; `fatal` stops the whole artifact. */
export interface MemberStop {
  readonly id: 'dist/corrupt-archive' | 'dist/zip-bomb'
  readonly message: string
  readonly fatal: boolean
}

class Stopped extends Error {
  constructor(readonly stop: MemberStop) {
    super(stop.message)
  }
}

/**
 * Inflates one member into `sink`, never past its declared size, the
 * artifact's budget or a bomb's ratio. Returns why it stopped, or null
 * when the member was read whole and is sound.
 */
export async function inflateMember(
  data: MemberData,
  sink: EntrySink,
  budget: InflateBudget,
  limits: ArchiveLimits
): Promise<MemberStop | null> {
  const admit = admission(data, sink, budget, limits)
  try {
    if (!data.deflated) {
      for await (const chunk of data.chunks) {
        admit(chunk)
        sink.update(chunk)
      }
    } else if (
      data.compressedSize <= ONE_CALL_COMPRESSED &&
      data.declaredSize <= ONE_CALL_INFLATED
    ) {
      await inflateInOneCall(data, sink, admit)
    } else {
      await inflateStreaming(data, sink, admit)
    }
  } catch (error) {
    return asStop(error)
  }
  if (sink.size < data.declaredSize)
    return corrupt(
      `inflates to ${sink.size} bytes, short of the ${data.declaredSize} its header declares`
    )
  return null
}

async function inflateInOneCall(
  data: MemberData,
  sink: EntrySink,
  admit: (chunk: Buffer) => void
): Promise<void> {
  const parts: Buffer[] = []
  for await (const chunk of data.chunks) parts.push(chunk)
  // One byte more than declared is enough to tell that the header lies.
  const limit = data.declaredSize + 1
  const input = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
  const inflated = inflateRawSync(input, {
    maxOutputLength: limit,
    chunkSize: Math.max(64, limit)
  })
  admit(inflated)
  sink.update(inflated)
}

async function inflateStreaming(
  data: MemberData,
  sink: EntrySink,
  admit: (chunk: Buffer) => void
): Promise<void> {
  // Keep our own reason: pipeline() may reject with a generic abort instead.
  let refused: unknown = null
  try {
    await pipeline(
      Readable.from(data.chunks, ONE_WINDOW_AHEAD),
      createInflateRaw({ chunkSize: WINDOW_BYTES }),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          try {
            admit(chunk)
          } catch (error) {
            refused = error
            done(error as Error)
            return
          }
          sink.update(chunk)
          done()
        }
      })
    )
  } catch (error) {
    throw refused ?? error
  }
}

/** Throws `Stopped` for the first chunk that may not be taken in. */
function admission(
  data: MemberData,
  sink: EntrySink,
  budget: InflateBudget,
  limits: ArchiveLimits
): (chunk: Buffer) => void {
  return chunk => {
    const size = sink.size + chunk.length
    if (size > data.declaredSize)
      throw new Stopped(
        corrupt(
          `inflates to more than the ${data.declaredSize} bytes its header declares`
        )
      )
    if (!budget.take(chunk.length))
      throw new Stopped({
        id: 'dist/zip-bomb',
        message: `inflates past ${limits.maxInflatedBytes} bytes in total; reading stopped here`,
        fatal: true
      })
    if (
      size > limits.bombMinBytes &&
      size > limits.bombRatio * data.compressedSize
    )
      throw new Stopped({
        id: 'dist/zip-bomb',
        message: `inflates more than ${limits.bombRatio} times its ${data.compressedSize} compressed bytes; not read further`,
        fatal: false
      })
  }
}

function corrupt(message: string): MemberStop {
  return { id: 'dist/corrupt-archive', message, fatal: false }
}

/** Stops and zlib's complaints about the data become problems; I/O errors do not. */
function asStop(error: unknown): MemberStop {
  if (error instanceof Stopped) return error.stop
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ERR_BUFFER_TOO_LARGE')
    return corrupt('inflates to more bytes than its header declares')
  if (typeof code === 'string' && code.startsWith('Z_'))
    return corrupt(`cannot be inflated: ${(error as Error).message}`)
  throw error
}
