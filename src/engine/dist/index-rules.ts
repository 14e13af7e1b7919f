/**
 * What the index refuses at upload time, judged from the file name and
 * size alone: files over the default upload limit, bare `linux_*` platform
 * tags and sdist names that PEP 625 does not allow.
 */
import { type ArtifactRef, artifactFinding } from './artifact-finding.js'
import { linuxTagVerdict, suggestedLinuxTag } from './platform-tags.js'
import type { SdistName } from './sdist-filename.js'
import type { WheelName } from './wheel-filename.js'
import type { Finding } from '../report/finding.js'

/** PyPI's default per-file upload limit: 100 MiB. */
export const INDEX_FILE_SIZE_LIMIT = 100 * 1024 * 1024

/** `dist/file-too-large` when the file exceeds the default upload limit. */
export function checkFileSize(ref: ArtifactRef, size: number): Finding[] {
  if (size <= INDEX_FILE_SIZE_LIMIT) return []
  const mib = (size / 1024 / 1024).toFixed(1)
  return [
    artifactFinding(
      ref,
      'dist/file-too-large',
      'warning',
      `"${ref.file}" is ${mib} MiB (${size} bytes), over the index's default limit of 100 MiB per file; the upload will be refused unless the project has a raised limit.`,
      'Shrink the artifact (strip debug symbols, leave test data out), or request a file size limit increase for the project on the index.'
    )
  ]
}

/** `dist/linux-platform-tag` for bare `linux_*` tags. */
export function checkLinuxTags(ref: ArtifactRef, wheel: WheelName): Finding[] {
  return wheel.platforms.flatMap(tag => {
    const verdict = linuxTagVerdict(tag.toLowerCase())
    if (verdict === 'portable') return []
    const rejected = verdict === 'rejected'
    return [
      artifactFinding(
        ref,
        'dist/linux-platform-tag',
        rejected ? 'error' : 'notice',
        rejected
          ? `"${ref.file}" has the platform tag "${tag}"; the index accepts Linux wheels only as manylinux or musllinux (e.g. "${suggestedLinuxTag(tag)}").`
          : `"${ref.file}" has the platform tag "${tag}", which the index accepts but which promises no compatibility beyond the machine it was built on.`,
        'Repair the wheel with `auditwheel repair` (cibuildwheel and maturin-action do this for you), which bundles the libraries it needs and retags it.'
      )
    ]
  })
}

/** `dist/sdist-name-not-normalized` when the name is not PEP 625's. */
export function checkSdistName(ref: ArtifactRef, sdist: SdistName): Finding[] {
  if (ref.file === sdist.normalizedFile) return []
  return [
    artifactFinding(
      ref,
      'dist/sdist-name-not-normalized',
      'error',
      `The sdist is named "${ref.file}", but PEP 625 requires "${sdist.normalizedFile}"; the index refuses sdists with other names.`,
      'Build with a current build backend (setuptools >= 69.3, hatchling, flit-core >= 3.9, poetry-core >= 1.9, maturin >= 1.5, pdm-backend), which names sdists this way.'
    )
  ]
}
