import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  CHANGELOG_CANDIDATES,
  detectChangelogPath,
  type ChangelogSource
} from '../engine/index.js'
import { readTextFile } from './project-files.js'

/** Larger than any real changelog by far; past it the file is refused, not parsed. */
export const MAX_CHANGELOG_BYTES = 64 * 1024 * 1024

/**
 * Reads the changelog: the `changelog` input's path, `none` to opt out, or
 * the first CHANGELOG/CHANGES/HISTORY/NEWS found in the working directory
 * and then in its `docs/`.
 */
export function readChangelog(
  setting: string | null,
  workingDirectory: string
): ChangelogSource {
  if (setting === 'none') return { kind: 'disabled' }
  const file = setting ?? detectChangelogPath(listCandidates(workingDirectory))
  if (file === null)
    return { kind: 'missing', missing: { searched: CHANGELOG_CANDIDATES } }
  const full = path.resolve(workingDirectory, file)
  const text = readTextFile(full, MAX_CHANGELOG_BYTES)
  if (text === undefined) {
    if (isLargeFile(full))
      throw new Error(
        `The changelog '${file}' is larger than ${MAX_CHANGELOG_BYTES / 1024 / 1024} MiB; point 'changelog' at the current file or set it to none.`
      )
    return { kind: 'missing', missing: { path: file } }
  }
  return {
    kind: 'found',
    file: file.replace(/\\/g, '/'),
    text: text.replace(/^\uFEFF/, '')
  }
}

// Only the two folders auto-detection looks in, never a recursive walk.
function listCandidates(workingDirectory: string): string[] {
  return ['', 'docs/'].flatMap(folder => {
    try {
      return readdirSync(path.join(workingDirectory, folder), {
        withFileTypes: true
      })
        .filter(entry => entry.isFile())
        .map(entry => `${folder}${entry.name}`)
    } catch {
      return []
    }
  })
}

function isLargeFile(file: string): boolean {
  try {
    return statSync(file).size > MAX_CHANGELOG_BYTES
  } catch {
    return false
  }
}

/**
 * Today's date where it is already latest on Earth (UTC+14), so an entry
 * dated today by a maintainer anywhere is never "in the future".
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10)
}
