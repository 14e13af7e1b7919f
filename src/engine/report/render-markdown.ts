import { NOTES_SOURCE_WORDS } from '../checks/changelog-has-entry.js'
import { renderTrustedPublisher } from '../publishing/index.js'
import type { Finding } from './finding.js'
import type { CheckOutcome, ValidationReport } from './validation-report.js'

const STATUS_ICON: Record<CheckOutcome['status'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  skip: '⏭️ skip'
}

const SEVERITY_ICON: Record<Finding['severity'], string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice'
}

/** The job summary: verdict, release facts, checks table and findings. */
export function renderMarkdown(report: ValidationReport): string {
  return [
    heading(report),
    factsTable(report),
    checksTable(report.checks),
    findingsList(report.findings),
    artifactsBlock(report),
    notesBlock(report),
    report.trustedPublisher
      ? renderTrustedPublisher(
          report.trustedPublisher.facts,
          report.trustedPublisher.claims
        ).trim()
      : ''
  ]
    .filter(part => part !== '')
    .join('\n\n')
    .concat('\n')
}

function heading(report: ValidationReport): string {
  const { facts } = report
  const what =
    facts.mode === 'release'
      ? `release ${code(facts.tag ?? '(no tag)')}`
      : 'release readiness'
  const verdict = {
    pass: 'passed',
    warn: 'passed with warnings',
    fail: 'failed'
  }
  return `## pypi-preflight: ${what} ${verdict[report.result]}`
}

function factsTable(report: ValidationReport): string {
  const f = report.facts
  const rows: [string, string][] = [
    ['Mode', f.mode],
    ['Tag', f.tag === null ? '—' : code(f.tag)],
    ['Package', f.packageName === null ? '—' : code(f.packageName)],
    ['Version', f.version === null ? '—' : code(f.version)],
    ['Pre-release', f.prerelease ? 'yes' : 'no'],
    ['Version source', f.versionSource === null ? '—' : cell(f.versionSource)],
    ['Changelog', changelogFact(report)],
    [
      'Previous release',
      f.previousVersion === null ? '—' : code(f.previousVersion)
    ],
    ['Index page', f.indexPage === null ? '—' : cell(f.indexPage)]
  ]
  return ['| Fact | Value |', '| --- | --- |']
    .concat(rows.map(([k, v]) => `| ${k} | ${v} |`))
    .join('\n')
}

function changelogFact(report: ValidationReport): string {
  const f = report.facts
  if (f.notesSource === null) return '—'
  const file = f.changelogFile === null ? 'no changelog' : code(f.changelogFile)
  const date = f.changelogDate === null ? '' : `, dated ${f.changelogDate}`
  return `${file}: notes from ${NOTES_SOURCE_WORDS[f.notesSource]}${date}`
}

// Digests as the publish step will upload them, and which wheel covers what.
function artifactsBlock(report: ValidationReport): string {
  const dist = report.dist
  if (!dist || dist.artifacts.length === 0) return ''
  const rows = dist.artifacts.map(
    a =>
      `| ${code(a.name)} | ${a.kind} | ${thousands(a.size)} | ${code(a.sha256)} |`
  )
  const table = [
    '| Artifact | Kind | Bytes | SHA-256 |',
    '| --- | --- | --- | --- |',
    ...rows
  ]
  return ['### Artifacts', '', ...table, wheelTable(dist.wheelTable)].join('\n')
}

function wheelTable(
  table: NonNullable<ValidationReport['dist']>['wheelTable']
): string {
  if (table.rows.length === 0) return ''
  const head = `| Python | ${table.platforms.map(cell).join(' | ')} |`
  const rule = `| --- | ${table.platforms.map(() => '---').join(' | ')} |`
  const rows = table.rows.map(
    r =>
      `| ${code(r.python)} | ${r.cells.map(c => (c.length === 0 ? '—' : `✅${c.length > 1 ? ` ×${c.length}` : ''}`)).join(' | ')} |`
  )
  return [
    '',
    '**Wheels by Python and platform**',
    '',
    head,
    rule,
    ...rows
  ].join('\n')
}

// The notes as they will be published, folded so the table stays in view.
function notesBlock(report: ValidationReport): string {
  const notes = report.facts.releaseNotes
  if (notes === null) return ''
  return `<details><summary>Release notes</summary>\n\n${notes}\n\n</details>`
}

function checksTable(checks: readonly CheckOutcome[]): string {
  if (checks.length === 0) return ''
  return ['| Check | Result | Detail |', '| --- | --- | --- |']
    .concat(
      checks.map(
        c =>
          `| ${cell(c.title)} | ${STATUS_ICON[c.status]} | ${cell(c.detail)} |`
      )
    )
    .join('\n')
}

function findingsList(findings: readonly Finding[]): string {
  if (findings.length === 0) return ''
  const items = findings.map(f => {
    const where = f.file
      ? ` (${code(f.line ? `${f.file}:${f.line}` : f.file)})`
      : ''
    const hint = f.hint ? `<br>Fix: ${cell(f.hint)}` : ''
    return `- ${SEVERITY_ICON[f.severity]} ${code(f.id)}${where}: ${cell(f.message)}${hint}`
  })
  return ['### Findings', '', ...items].join('\n')
}

/** Text safe inside a table cell or list item: no line breaks, pipes or raw HTML. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

/** Inline code that holds any text, backticks included (CommonMark §6.1). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')
  const runs = flat.match(/`+/g) ?? []
  const fence = '`'.repeat(Math.max(0, ...runs.map(r => r.length)) + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

// `toLocaleString` would load ICU's locale data: a cost at every start.
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
