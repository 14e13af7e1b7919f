/**
 * Findings about one artifact (or one file in `dist/`), located at the
 * artifact's path as the user sees it: `<dist folder>/<file>`.
 */
import { type Finding, type Severity, finding } from '../report/finding.js'

/** Where findings about one file of `dist/` point. */
export interface ArtifactRef {
  /** File name within `dist/`. */
  readonly file: string
  /** `<dist folder>/<file>`. */
  readonly path: string
}

/** The ref of `file` inside the dist folder `folder`. */
export function artifactRef(folder: string, file: string): ArtifactRef {
  const base = folder.replace(/[\\/]+$/, '')
  return { file, path: base === '' ? file : `${base}/${file}` }
}

/** Builds a finding about the artifact; `line` is within the named member. */
export function artifactFinding(
  ref: ArtifactRef,
  id: string,
  severity: Severity,
  message: string,
  hint?: string,
  line?: number
): Finding {
  const where: { file: string; line?: number; hint?: string } = {
    file: ref.path
  }
  if (hint !== undefined) where.hint = hint
  if (line !== undefined) where.line = line
  return finding(id, severity, message, where)
}

/**
 * At most `max` findings of each id for one artifact, then one that counts
 * the rest: a wheel whose RECORD is stale would otherwise bury the report.
 */
export function capPerId(findings: readonly Finding[], max = 10): Finding[] {
  const seen = new Map<string, number>()
  const out: Finding[] = []
  for (const f of findings) {
    const n = (seen.get(f.id) ?? 0) + 1
    seen.set(f.id, n)
    if (n <= max) out.push(f)
  }
  for (const [id, n] of seen) {
    const first = findings.find(f => f.id === id)
    if (n > max && first) {
      const where = first.file === undefined ? {} : { file: first.file }
      const message = `${n - max} more "${id}" findings in "${first.file ?? ''}" are not shown.`
      out.push(finding(id, first.severity, message, where))
    }
  }
  return out
}
