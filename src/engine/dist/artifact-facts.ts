/**
 * What the reader learns about each file in `dist/`, read once and streamed:
 * the engine's artifact checks decide from these facts alone, never from
 * the archives themselves.
 */

/** One member of a wheel (zip) or sdist (tar) archive. */
export interface ArchiveEntry {
  /** Path inside the archive, exactly as stored (may be hostile). */
  readonly name: string
  /** Uncompressed size in bytes, as read while inflating (not as claimed). */
  readonly size: number
  /**
   * Hex sha256 of the inflated bytes; `null` for folders, tar links and
   * devices, or when reading stopped. A zip symlink is hashed: installers
   * write it as a file holding the target, and RECORD covers it.
   */
  readonly sha256: string | null
  readonly kind: 'file' | 'directory' | 'symlink' | 'other'
}

/** A problem with the archive itself, found while reading it. */
export interface ArchiveProblem {
  /** Finding id, e.g. `dist/corrupt-archive`, `dist/zip-bomb`, `dist/too-many-entries`. */
  readonly id: string
  readonly message: string
  /** Entry concerned, when there is one. */
  readonly entry?: string
}

/** One wheel or sdist found in `dist/`. */
export interface ArtifactFacts {
  /** File name within `dist/`. */
  readonly file: string
  readonly kind: 'wheel' | 'sdist'
  /** Size of the file on disk, bytes. */
  readonly size: number
  /** Hex sha256 of the whole file. */
  readonly sha256: string
  /** Every member, in archive order; empty when the archive could not be read. */
  readonly entries: readonly ArchiveEntry[]
  /**
   * Text of the members the checks read, by entry name: a wheel's
   * `*.dist-info/METADATA`, `WHEEL`, `RECORD` and `entry_points.txt`; an
   * sdist's `PKG-INFO` files (top level and `*.egg-info/`). Each is
   * bounded in size; a larger one is an `ArchiveProblem` instead.
   */
  readonly texts: Readonly<Record<string, string>>
  readonly problems: readonly ArchiveProblem[]
}

/** Anything else in `dist/`: the checks say whether it belongs there. */
export interface OtherDistEntry {
  /** Name within `dist/`. */
  readonly name: string
  readonly kind: 'file' | 'directory' | 'symlink' | 'other'
  readonly size: number
}

/** The whole of `dist/` as read. */
export interface DistFacts {
  /** The folder as the user named it, relative to the working directory. */
  readonly folder: string
  readonly artifacts: readonly ArtifactFacts[]
  readonly others: readonly OtherDistEntry[]
}
