import type { FileHandle } from 'node:fs/promises'
import { DeferredHash } from './deferred-hash.js'

/** Bytes read from disk at a time; large enough that syscalls do not count. */
export const WINDOW_BYTES = 1024 * 1024

/**
 * Options for a stream over `range()`: bytes, not objects, and one window
 * read ahead (object mode would read 16 windows ahead).
 */
export const ONE_WINDOW_AHEAD = {
  objectMode: false,
  highWaterMark: WINDOW_BYTES
} as const

/** How far ahead of the hashed prefix a read may start and still be joined to it. */
const GAP_BYTES = 64 * 1024

/** Bytes around a read outside the sequential window (a zip's central directory). */
const SIDE_BYTES = 64 * 1024

const EMPTY: Buffer = Buffer.alloc(0)

/**
 * One open file, read through a sliding window and hashed as a side effect:
 * whenever the bytes just past the hashed prefix go by, they extend it. An
 * archive reader that walks the file front to back (a zip's members, a
 * tar stream) thus gets the whole-file sha256 without a second pass; only
 * what it skipped is read again by `digest()`.
 */
export class HashedFile {
  readonly size: number
  private readonly handle: FileHandle
  private readonly hash = new DeferredHash()
  /** Bytes [0, hashed) are in the hash. */
  private hashed = 0
  private window = EMPTY
  private windowStart = 0
  private side = EMPTY
  private sideStart = 0

  constructor(handle: FileHandle, size: number) {
    this.handle = handle
    this.size = size
  }

  /** Exactly `length` bytes at `position`, fewer only at the end of the file. */
  async readAt(position: number, length: number): Promise<Buffer> {
    const end = Math.min(position + length, this.size)
    if (end <= position) return EMPTY
    const cached = this.cached(position, end)
    if (cached) return cached
    // Front to back: the next window starts where hashing stopped, or
    // earlier when a read straddles the end of the current window.
    if (position >= this.windowStart && position <= this.hashed + GAP_BYTES) {
      const from = Math.min(position, this.hashed)
      this.window = await this.load(from, Math.max(end, from + WINDOW_BYTES))
      this.windowStart = from
      return this.window.subarray(position - from, end - from)
    }
    this.side = await this.load(position, Math.max(end, position + SIDE_BYTES))
    this.sideStart = position
    return this.side.subarray(0, end - position)
  }

  /** The bytes [start, end) as chunks of at most a window, in order. */
  async *range(start: number, end: number): AsyncGenerator<Buffer> {
    for (let at = start; at < end; ) {
      const chunk = await this.readAt(at, Math.min(end - at, this.available(at)))
      if (chunk.length === 0) return
      at += chunk.length
      yield chunk
    }
  }

  /** The hex sha256 of the whole file, reading whatever was not read yet. */
  async digest(): Promise<string> {
    this.window = EMPTY
    this.side = EMPTY
    // Nothing else sees these bytes: one buffer serves every read.
    const scratch = Buffer.allocUnsafe(Math.min(WINDOW_BYTES, this.size - this.hashed))
    while (this.hashed < this.size) {
      const bytes = await this.fill(scratch, this.hashed)
      if (bytes.length === 0) throw new Error('file shrank while read')
      this.hash.updateNow(bytes)
      this.hashed += bytes.length
    }
    return this.hash.digest()
  }

  /** How much can be served at `at` without a read, or a whole window. */
  private available(at: number): number {
    const inWindow = this.windowStart + this.window.length - at
    return at >= this.windowStart && inWindow > 0 ? inWindow : WINDOW_BYTES
  }

  private cached(start: number, end: number): Buffer | null {
    const w = this.windowStart
    if (start >= w && end <= w + this.window.length)
      return this.window.subarray(start - w, end - w)
    const s = this.sideStart
    if (start >= s && end <= s + this.side.length)
      return this.side.subarray(start - s, end - s)
    return null
  }

  /** Reads [from, to) clipped to the file, extending the hash when it can. */
  private async load(from: number, to: number): Promise<Buffer> {
    const bytes = await this.fill(
      Buffer.allocUnsafe(Math.min(to, this.size) - from),
      from
    )
    const filled = bytes.length
    if (from <= this.hashed && from + filled > this.hashed) {
      this.hash.update(bytes.subarray(this.hashed - from))
      this.hashed = from + filled
    }
    return bytes
  }

  /** Fills `buffer` from `position`; the part filled, short at the end of the file. */
  private async fill(buffer: Buffer, position: number): Promise<Buffer> {
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await this.handle.read(
        buffer,
        filled,
        buffer.length - filled,
        position + filled
      )
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return buffer.subarray(0, filled)
  }
}
