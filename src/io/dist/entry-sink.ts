import { DeferredHash } from './deferred-hash.js'

/**
 * Where one member's inflated bytes go: counted, hashed and, for the few
 * members the checks read, kept up to a bound.
 */
export class EntrySink {
  size = 0
  private readonly hash = new DeferredHash()
  private kept: Buffer[] | null
  private keptBytes = 0
  private readonly maxText: number

  /** `maxText`: bytes to keep as text, 0 to keep none. */
  constructor(maxText: number) {
    this.maxText = maxText
    this.kept = maxText > 0 ? [] : null
  }

  update(chunk: Buffer): void {
    this.size += chunk.length
    this.hash.update(chunk)
    if (!this.kept) return
    this.keptBytes += chunk.length
    if (this.keptBytes > this.maxText) this.kept = null
    else this.kept.push(chunk)
  }

  /** Whether text was wanted but the member outgrew the bound. */
  get textTooLarge(): boolean {
    return this.maxText > 0 && this.kept === null
  }

  /** The kept bytes, or `null` when none were wanted or they were too many. */
  text(): Buffer | null {
    return this.kept ? Buffer.concat(this.kept) : null
  }

  sha256(): string {
    return this.hash.digest()
  }
}

/** Counts inflated bytes across one artifact against its budget. */
export class InflateBudget {
  private used = 0
  private readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  /** Takes `bytes` from the budget; false once it is spent. */
  take(bytes: number): boolean {
    this.used += bytes
    return this.used <= this.limit
  }
}
