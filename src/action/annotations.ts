import type { Finding } from '../engine/index.js'
import type { Runner } from './workflow-commands.js'

/** One annotation per finding, placed on its file and line when known. */
export function annotate(
  runner: Runner,
  findings: readonly Finding[],
  workingDirectory: string
): void {
  for (const f of findings) {
    const message = f.hint ? `${f.message} Fix: ${f.hint}` : f.message
    runner.annotate(f.severity, message, {
      title: f.id,
      ...(f.file ? { file: repoPath(workingDirectory, f.file) } : {}),
      ...(f.line ? { startLine: f.line } : {})
    })
  }
}

// Annotations resolve paths from the repository root, findings from the
// working directory.
function repoPath(workingDirectory: string, file: string): string {
  const wd = workingDirectory.replace(/\\/g, '/').replace(/\/+$/, '')
  if (wd === '' || wd === '.') return file
  const parts = `${wd}/${file}`.split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..')
      out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}
