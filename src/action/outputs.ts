import type { ValidationReport } from '../engine/index.js'
import type { Runner } from './workflow-commands.js'

/** Every output of action.yml, declared once. */
export const OUTPUTS = [
  'mode',
  'tag',
  'version',
  'prerelease',
  'package-name',
  'release-notes',
  'release-notes-file',
  'changelog-date',
  'previous-version',
  'already-published',
  'make-latest',
  'index-url',
  'wheel-count',
  'sdist',
  'artifacts',
  'sha256sums-file',
  'result',
  'findings'
] as const
export type OutputName = (typeof OUTPUTS)[number]

/** Values that hold until a check says otherwise, so every output is always set. */
const DEFAULTS: Record<OutputName, string> = {
  mode: '',
  tag: '',
  version: '',
  prerelease: 'false',
  'package-name': '',
  'release-notes': '',
  'release-notes-file': '',
  'changelog-date': '',
  'previous-version': '',
  'already-published': 'false',
  'make-latest': 'true',
  'index-url': '',
  'wheel-count': '0',
  sdist: '',
  artifacts: '[]',
  'sha256sums-file': '',
  result: 'fail',
  findings: '[]'
}

/** Files the action wrote, whose paths are outputs too. */
export interface WrittenFiles {
  /** Empty when there are no notes. */
  readonly releaseNotesFile: string
  /** Empty when there are no artifacts. */
  readonly sha256sumsFile: string
}

/** The outputs a report yields, on top of the defaults. */
export function reportOutputs(
  report: ValidationReport,
  files: WrittenFiles | null
): Record<OutputName, string> {
  const f = report.facts
  return {
    ...DEFAULTS,
    'release-notes': f.releaseNotes ?? '',
    'release-notes-file': files?.releaseNotesFile ?? '',
    'sha256sums-file': files?.sha256sumsFile ?? '',
    'wheel-count': String(report.dist?.wheelCount ?? 0),
    sdist: report.dist?.sdist ?? '',
    artifacts: JSON.stringify(report.dist?.artifacts ?? []),
    'changelog-date': f.changelogDate ?? '',
    'index-url': f.indexPage ?? '',
    mode: f.mode,
    tag: f.tag ?? '',
    version: f.version ?? '',
    prerelease: String(f.prerelease),
    'package-name': f.packageName ?? '',
    'make-latest': String(f.makeLatest),
    'previous-version': f.previousVersion ?? '',
    'already-published': String(f.alreadyPublished),
    result: report.result,
    findings: JSON.stringify(report.findings)
  }
}

/** Sets every output; with no report (bad inputs) the defaults say `fail`. */
export function writeOutputs(
  runner: Runner,
  report: ValidationReport | null,
  files: WrittenFiles | null
): void {
  const values = report ? reportOutputs(report, files) : DEFAULTS
  for (const name of OUTPUTS) runner.setOutput(name, values[name])
}
