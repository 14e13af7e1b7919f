import type { Finding } from './finding.js'
import type { ValidationReport } from './validation-report.js'

/** Styling hooks: identity without a TTY, ANSI colours with one. */
export interface TextStyle {
  readonly red: (s: string) => string
  readonly yellow: (s: string) => string
  readonly green: (s: string) => string
  readonly dim: (s: string) => string
  readonly bold: (s: string) => string
}

export const PLAIN: TextStyle = {
  red: s => s,
  yellow: s => s,
  green: s => s,
  dim: s => s,
  bold: s => s
}

/** The terminal report: facts, checks, findings, verdict. */
export function renderText(
  report: ValidationReport,
  style: TextStyle = PLAIN
): string {
  const f = report.facts
  const lines = [
    style.bold(`pypi-preflight (${f.mode})`),
    `  tag:      ${f.tag ?? '-'}`,
    `  package:  ${f.packageName ?? '-'}`,
    `  version:  ${f.version ?? '-'}${f.prerelease ? ' (pre-release)' : ''}`,
    `  source:   ${f.versionSource ?? '-'}`,
    ''
  ]
  for (const c of report.checks) {
    const mark = {
      pass: style.green('ok  '),
      warn: style.yellow('warn'),
      fail: style.red('FAIL'),
      skip: style.dim('skip')
    }
    lines.push(`  ${mark[c.status]}  ${c.title}: ${c.detail}`)
  }
  if (report.findings.length > 0) lines.push('')
  for (const finding of report.findings)
    lines.push(...findingLines(finding, style))
  const verdict = {
    pass: style.green('PASS'),
    warn: style.yellow('PASS with warnings'),
    fail: style.red('FAIL')
  }
  lines.push('', `Result: ${verdict[report.result]}`)
  return lines.map(sanitize).join('\n') + '\n'
}

function findingLines(f: Finding, style: TextStyle): string[] {
  const colour = { error: style.red, warning: style.yellow, notice: style.dim }[
    f.severity
  ]
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''
  const out = [`${where}${colour(f.severity)}: ${f.message} [${f.id}]`]
  if (f.hint) out.push(`    fix: ${f.hint}`)
  return out
}

// Untrusted text must not drive the terminal: drop control characters
// other than our own colour codes (ESC followed by `[` digits `m`).
/* eslint-disable no-control-regex -- stripping them is the point */
const CONTROL = new RegExp(
  '\\u001b(?!\\[[0-9;]*m)|[\\u0000-\\u0008\\u000b-\\u001a\\u001c-\\u001f\\u007f-\\u009f]',
  'g'
)
/* eslint-enable no-control-regex */

function sanitize(line: string): string {
  return line.replace(CONTROL, '')
}
