import path from 'node:path'
import type { ValidationReport } from '../engine/index.js'
import { writeSha256Sums } from '../io/dist/write-sha256-sums.js'
import { uploadCheckedFiles } from '../io/upload-artifact.js'
import {
  releaseNotesPath,
  writeReleaseNotes
} from '../io/write-release-notes.js'
import type { Settings } from '../settings.js'
import type { WrittenFiles } from './outputs.js'
import type { Runner } from './workflow-commands.js'

/**
 * What the next jobs take from this one: the release notes file, the
 * `SHA256SUMS` beside it (never inside `dist/`, where `twine upload dist/*`
 * would choke on it) and, when asked, one workflow artifact holding the
 * checked files, the sums and the notes.
 */
export async function handOff(
  runner: Runner,
  report: ValidationReport,
  settings: Settings,
  env: NodeJS.ProcessEnv
): Promise<WrittenFiles> {
  const notes = report.facts.releaseNotes
  const notesFile = releaseNotesPath(
    settings.releaseNotesFile,
    settings.workingDirectory,
    env
  )
  const written = {
    releaseNotesFile: notes === null ? '' : writeReleaseNotes(notesFile, notes),
    sha256sumsFile: ''
  }
  if (notes !== null) logNotes(runner, notes)
  const artifacts = report.dist?.artifacts ?? []
  if (artifacts.length === 0) return written
  const sums = path.join(path.dirname(notesFile), 'SHA256SUMS')
  await writeSha256Sums(artifacts, sums)
  const files = { ...written, sha256sumsFile: sums }
  if (settings.uploadArtifact) await upload(runner, report, settings, files)
  return files
}

function logNotes(runner: Runner, notes: string): void {
  runner.group('Release notes')
  runner.infoUntrusted(notes)
  runner.endGroup()
}

async function upload(
  runner: Runner,
  report: ValidationReport,
  settings: Settings,
  files: WrittenFiles
): Promise<void> {
  if (report.result === 'fail') {
    runner.info(
      `Not uploading '${settings.uploadArtifact}': the check failed, so the files are not the release.`
    )
    return
  }
  runner.group(`Upload artifact '${settings.uploadArtifact}'`)
  try {
    const dist = path.resolve(settings.workingDirectory, settings.dist)
    const paths = [
      ...(report.dist?.artifacts ?? []).map(a => path.join(dist, a.name)),
      files.sha256sumsFile,
      ...(files.releaseNotesFile ? [files.releaseNotesFile] : [])
    ]
    const tempRoot = path.dirname(files.sha256sumsFile)
    const result = await uploadCheckedFiles(
      settings.uploadArtifact,
      paths,
      tempRoot
    )
    runner.info(
      `Uploaded artifact ${result.id} (${result.size} bytes, sha256 ${result.digest}).`
    )
  } finally {
    runner.endGroup()
  }
}
