/**
 * The core metadata file of one artifact (a wheel's `METADATA`, an sdist's
 * `PKG-INFO`), parsed, with what the metadata checks need to point at it.
 */
import type { ArtifactRef } from './artifact-finding.js'
import type { CoreMetadata } from './core-metadata.js'

/** One artifact's metadata, ready for the checks. */
export interface MetadataContext {
  readonly ref: ArtifactRef
  /** Archive member holding the metadata, e.g. `foo-1.0.dist-info/METADATA`. */
  readonly member: string
  readonly metadata: CoreMetadata
}

/** `"foo-1.0.dist-info/METADATA" line 12` */
export function where(context: MetadataContext, line?: number): string {
  return line === undefined
    ? `"${context.member}"`
    : `"${context.member}" line ${line}`
}
