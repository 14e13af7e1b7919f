import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import type { ArtifactFacts } from '../../engine/dist/artifact-facts.js'
import type { ArchiveLimits } from './archive-limits.js'
import { ArchiveContents, type MemberCount } from './archive-contents.js'
import { HashedFile } from './hashed-file.js'

/** One artifact to read: where it is, its name in `dist/` and what it claims to be. */
export interface ArtifactFile {
  readonly path: string
  readonly file: string
  readonly kind: ArtifactFacts['kind']
}

/**
 * Reads one artifact, every byte once: its size and sha256 and, unless
 * `contents` is false, every member. Problems with the archive are facts;
 * only an unreadable file throws.
 */
export async function readArtifact(
  artifact: ArtifactFile,
  limits: ArchiveLimits,
  contents: boolean,
  members: MemberCount
): Promise<ArtifactFacts> {
  // No following a link swapped in since the folder was listed.
  const handle = await open(artifact.path, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const { size } = await handle.stat()
    const file = new HashedFile(handle, size)
    const archive = new ArchiveContents(artifact.kind, limits, members)
    if (contents) await (await archiveReader(artifact.file))(file, archive, limits)
    return {
      file: artifact.file,
      kind: artifact.kind,
      size,
      sha256: await file.digest(),
      ...archive.facts()
    }
  } finally {
    await handle.close()
  }
}

/**
 * The reader for this kind of archive, loaded on first use: start-up
 * should not pay for the readers when there is no dist/ to read.
 */
async function archiveReader(
  file: string
): Promise<
  (file: HashedFile, contents: ArchiveContents, limits: ArchiveLimits) => Promise<void>
> {
  return file.endsWith('.tar.gz')
    ? (await import('./read-tar-archive.js')).readTarArchive
    : (await import('./read-zip-archive.js')).readZipArchive
}
