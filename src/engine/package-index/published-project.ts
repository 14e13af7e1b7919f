import { normalizeVersion } from '../version/pep440.js'

/** One file of a release, as the index lists it. */
export interface PublishedFile {
  readonly filename: string
  /** Lowercase hex sha256, or `null` when the index gives none. */
  readonly sha256: string | null
  /** PEP 592: the file is yanked. */
  readonly yanked: boolean
}

/** One version of the project on the index. */
export interface PublishedVersion {
  /** The version as the index spells it. */
  readonly version: string
  /** Normalized PEP 440 form; `null` for a legacy, non-PEP 440 version. */
  readonly normalized: string | null
  /**
   * PEP 592: a release is yanked when every one of its files is. A version
   * listed without files is not yanked.
   */
  readonly yanked: boolean
  /** The reason given for yanking, when there is one. */
  readonly yankedReason: string | null
  /** ISO 8601 time of its earliest upload, when the index says. */
  readonly uploadTime: string | null
  readonly files: readonly PublishedFile[]
}

/** Everything the index holds for the project, as far as the checks care. */
export interface PublishedProject {
  readonly versions: readonly PublishedVersion[]
}

/** A file as a parser found it, before files are grouped into versions. */
export interface ListedFile extends PublishedFile {
  readonly version: string
  readonly uploadTime: string | null
  readonly yankedReason: string | null
}

// Far above any real project (the largest on PyPI hold a few thousand
// versions and a few hundred thousand files); past this, input is hostile.
const MAX_VERSIONS = 50_000
const MAX_FILES = 500_000
const SHA256 = /^[0-9a-f]{64}$/

/** A sha256 digest when the text is one (any case), else `null`. */
export function sha256Digest(value: unknown): string | null {
  if (typeof value !== 'string' || value.length !== 64) return null
  const lower = value.toLowerCase()
  return SHA256.test(lower) ? lower : null
}

/**
 * Groups listed files into versions (PEP 440 equal spellings together),
 * adding versions known to exist without files. Bounded.
 */
export function assembleProject(
  files: readonly ListedFile[],
  bareVersions: readonly string[] = []
): PublishedProject {
  const byKey = new Map<string, { first: string; files: ListedFile[] }>()
  const add = (version: string): ListedFile[] | null => {
    const key = normalizeVersion(version) ?? version
    let entry = byKey.get(key)
    if (!entry) {
      if (byKey.size >= MAX_VERSIONS) return null
      entry = { first: version, files: [] }
      byKey.set(key, entry)
    }
    return entry.files
  }
  for (const file of files.slice(0, MAX_FILES)) add(file.version)?.push(file)
  for (const version of bareVersions.slice(0, MAX_VERSIONS)) add(version)
  return {
    versions: [...byKey.values()].map(e => toVersion(e.first, e.files))
  }
}

function toVersion(
  version: string,
  files: readonly ListedFile[]
): PublishedVersion {
  const yanked = files.length > 0 && files.every(f => f.yanked)
  const times = files.flatMap(f => (f.uploadTime ? [f.uploadTime] : []))
  return {
    version,
    normalized: normalizeVersion(version),
    yanked,
    yankedReason: yanked
      ? (files.find(f => f.yankedReason)?.yankedReason ?? null)
      : null,
    // ISO 8601 UTC times order as text.
    uploadTime: times.sort()[0] ?? null,
    files: files.map(f => ({
      filename: f.filename,
      sha256: f.sha256,
      yanked: f.yanked
    }))
  }
}
