import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Where the notes go: the `release-notes-file` input, else the runner's temp folder. */
export function releaseNotesPath(
  setting: string,
  workingDirectory: string,
  env: NodeJS.ProcessEnv
): string {
  if (setting) return path.resolve(workingDirectory, setting)
  return path.join(env.RUNNER_TEMP || tmpdir(), 'release-notes.md')
}

/** Writes the release notes, creating the folder; returns the path written. */
export function writeReleaseNotes(file: string, notes: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, notes.endsWith('\n') ? notes : `${notes}\n`)
  return file
}
