import { availableParallelism } from 'node:os'
import type {
  ArtifactFacts,
  DistFacts
} from '../../engine/dist/artifact-facts.js'
import { DEFAULT_LIMITS, type ArchiveLimits } from './archive-limits.js'
import { listDistFolder } from './list-dist-folder.js'
import { readArtifact, type ArtifactFile } from './read-artifact.js'

/** How `readDist` reads. */
export interface ReadDistOptions {
  /** Narrower (or wider) bounds on hostile archives than the defaults. */
  readonly limits?: Partial<ArchiveLimits>
  /** False to compute sizes and digests only, without opening the archives. */
  readonly contents?: boolean
  /** Artifacts read at the same time; by default one more than the cores. */
  readonly concurrency?: number
}

/**
 * Reads every artifact in `distFolder`: sizes, digests, members and the
 * texts the checks need, each file read once and streamed. Null when the
 * folder does not exist.
 */
export async function readDist(
  distFolder: string,
  options: ReadDistOptions = {}
): Promise<DistFacts | null> {
  const listing = await listDistFolder(distFolder)
  if (!listing) return null
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const contents = options.contents ?? true
  // Inflating runs on libuv's thread pool and hashing on this thread, so a
  // few artifacts in flight keep every core busy.
  const concurrency = options.concurrency ?? availableParallelism() + 1
  const members = { kept: 0 }
  const artifacts = await mapConcurrently(listing.artifacts, concurrency, a =>
    readArtifact(a, limits, contents, members)
  )
  return { folder: distFolder, artifacts, others: listing.others }
}

/** `read` over `items`, at most `limit` at a time; results keep input order. */
async function mapConcurrently(
  items: readonly ArtifactFile[],
  limit: number,
  read: (item: ArtifactFile) => Promise<ArtifactFacts>
): Promise<ArtifactFacts[]> {
  const results: ArtifactFacts[] = new Array<ArtifactFacts>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await read(items[index] as ArtifactFile)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker))
  return results
}
