/**
 * Bounds on the work one archive may cause, so that a hostile wheel or
 * sdist yields a problem instead of exhausting memory, disk or time.
 */
export interface ArchiveLimits {
  /** Members read before `dist/too-many-entries` stops the archive. */
  readonly maxEntries: number
  /** Members kept across all of `dist/`: the facts must fit in memory too. */
  readonly maxDistEntries: number
  /** Largest member kept as text (METADATA, RECORD, PKG-INFO, …). */
  readonly maxTextBytes: number
  /** Bytes inflated per artifact before `dist/zip-bomb` stops it. */
  readonly maxInflatedBytes: number
  /** Inflated-to-compressed ratio above which a large member is a bomb. */
  readonly bombRatio: number
  /** Members smaller than this are never judged by ratio. */
  readonly bombMinBytes: number
  /** Problems kept per artifact; a fuzzed archive can raise thousands. */
  readonly maxProblems: number
}

// The largest real wheels (CUDA builds) hold a few GiB and tens of
// thousands of files. A member's facts take ~200 bytes: 250,000 of them
// keep the reading process within its 200 MB. Deflate cannot exceed
// ~1032:1, so 1000:1 on a large member is padding, never shipped code.
/** The limits used unless a caller narrows them. */
export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 200_000,
  maxDistEntries: 250_000,
  maxTextBytes: 4 * 1024 * 1024,
  maxInflatedBytes: 8 * 1024 ** 3,
  bombRatio: 1000,
  bombMinBytes: 4 * 1024 * 1024,
  maxProblems: 100
}
