import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'

/** What the artifact service recorded. */
export interface UploadedArtifact {
  readonly id: number
  readonly size: number
  /** Hex sha256 of the uploaded zip, as the service was told. */
  readonly digest: string
}

/**
 * Uploads the checked files as one workflow artifact. The artifact client
 * (and the storage SDK under it) is loaded here and only here, so a run
 * without `upload-artifact` never pays for it.
 */
export async function uploadCheckedFiles(
  name: string,
  files: readonly string[],
  tempRoot: string
): Promise<UploadedArtifact> {
  const staging = mkdtempSync(path.join(tempRoot, 'pypi-preflight-upload-'))
  try {
    const staged = files.map(file => stage(file, staging))
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const result = await new DefaultArtifactClient().uploadArtifact(
      name,
      staged,
      staging
    )
    return {
      id: result.id ?? 0,
      size: result.size ?? 0,
      digest: result.digest ?? ''
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

// One flat folder holds everything the artifact carries; a hard link costs
// nothing for a large dist, a copy is the fallback across file systems.
function stage(file: string, staging: string): string {
  const target = path.join(staging, path.basename(file))
  mkdirSync(staging, { recursive: true })
  try {
    linkSync(file, target)
  } catch {
    copyFileSync(file, target)
  }
  return target
}
