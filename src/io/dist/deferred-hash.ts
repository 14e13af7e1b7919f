import { createHash, type Hash } from 'node:crypto'

/**
 * A sha256 fed a moment later, in order: updates wait for the event loop's
 * next turn, by which time every read and inflate that was waiting on
 * this thread has been handed to the thread pool. Hashing then overlaps
 * inflating instead of holding it up. Chunks given must not change.
 */
export class DeferredHash {
  private readonly hash: Hash = createHash('sha256')
  private queue: Buffer[] = []
  private scheduled = false

  update(chunk: Buffer): void {
    this.queue.push(chunk)
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => this.drain())
  }

  /** Hashes `chunk` now, after whatever is queued: for a buffer about to be reused. */
  updateNow(chunk: Buffer): void {
    this.drain()
    this.hash.update(chunk)
  }

  digest(): string {
    this.drain()
    return this.hash.digest('hex')
  }

  private drain(): void {
    this.scheduled = false
    const queue = this.queue
    this.queue = []
    for (const chunk of queue) this.hash.update(chunk)
  }
}
