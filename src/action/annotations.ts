import path from 'node:path'
import type { Finding } from '../engine/index.js'
import type { Runner } from './workflow-commands.js'

/**
 * One annotation per finding, placed on its file and line when known.
 * Findings name files from the working directory; annotations from the
 * repository root (`GITHUB_WORKSPACE`).
 */
export function annotate(
  runner: Runner,
  findings: readonly Finding[],
  workingDirectory: string,
  root: string
): void {
  for (const f of findings) {
    const message = f.hint ? `${f.message} Fix: ${f.hint}` : f.message
    const file = f.file ? fromRoot(root, workingDirectory, f.file) : undefined
    runner.annotate(f.severity, message, {
      title: f.id,
      ...(file ? { file } : {}),
      ...(f.line ? { startLine: f.line } : {})
    })
  }
}

function fromRoot(
  root: string,
  workingDirectory: string,
  file: string
): string {
  const absolute = path.resolve(workingDirectory, file)
  return path.relative(path.resolve(root), absolute).split(path.sep).join('/')
}
