import type { Dirent } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { OtherDistEntry } from '../../engine/dist/artifact-facts.js'
import type { ArtifactFile } from './read-artifact.js'

/** What `dist/` holds: the artifacts to read and everything else. */
export interface DistListing {
  readonly artifacts: readonly ArtifactFile[]
  readonly others: readonly OtherDistEntry[]
}

/**
 * Lists `folder` (not its sub-folders), sorted by name: regular files named
 * like a wheel or an sdist are artifacts; folders, links and any other
 * file are listed for the checks to judge. Null when the folder is absent.
 */
export async function listDistFolder(folder: string): Promise<DistListing | null> {
  let dirents: Dirent[]
  try {
    dirents = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'ENOTDIR')
      throw new Error(`dist folder ${JSON.stringify(folder)} is not a folder`)
    throw error
  }
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const artifacts: ArtifactFile[] = []
  const others: OtherDistEntry[] = []
  for (const dirent of dirents) {
    const kind = dirent.isFile() ? artifactKind(dirent.name) : null
    const where = path.join(folder, dirent.name)
    if (kind) artifacts.push({ path: where, file: dirent.name, kind })
    else others.push(await otherEntry(dirent, where))
  }
  return { artifacts, others }
}

function artifactKind(name: string): ArtifactFile['kind'] | null {
  if (name.endsWith('.whl')) return 'wheel'
  return name.endsWith('.tar.gz') || name.endsWith('.zip') ? 'sdist' : null
}

async function otherEntry(dirent: Dirent, where: string): Promise<OtherDistEntry> {
  const kind = dirent.isDirectory()
    ? 'directory'
    : dirent.isSymbolicLink()
      ? 'symlink'
      : dirent.isFile()
        ? 'file'
        : 'other'
  const size = kind === 'directory' ? 0 : (await lstat(where)).size
  return { name: dirent.name, kind, size }
}
