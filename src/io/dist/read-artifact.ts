import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import type { ArtifactFacts } from '../../engine/dist/artifact-facts.js'
import type { ArchiveLimits } from './archive-limits.js'
import { ArchiveContents, type MemberCount } from './archive-contents.js'
import { HashedFile } from './hashed-file.js'
import { readTarArchive } from './read-tar-archive.js'
import { readZipArchive } from './read-zip-archive.js'

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
    if (contents) {
      const read = artifact.file.endsWith('.tar.gz') ? readTarArchive : readZipArchive
      await read(file, archive, limits)
    }
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
