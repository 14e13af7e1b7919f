import { renderMarkdown, validateRelease } from '../engine/index.js'
import type { ValidationReport } from '../engine/index.js'
import { readReleaseSnapshot } from '../io/read-release-snapshot.js'
import { InputError, parseSettings, type Settings } from '../settings.js'
import { annotate } from './annotations.js'
import { handOff } from './hand-off.js'
import { writeOutputs, type WrittenFiles } from './outputs.js'
import { processRunner, type Runner } from './workflow-commands.js'

/**
 * The action: inputs → settings → snapshot → engine → outputs, annotations
 * and summary. The single place that fails the step.
 */
export async function run(
  runner: Runner = processRunner(),
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  let report: ValidationReport | null = null
  let files: WrittenFiles | null = null
  try {
    const settings = readSettings(runner)
    report = await check(runner, settings, env)
    files = await handOff(runner, report, settings, env)
    annotate(
      runner,
      report.findings,
      settings.workingDirectory,
      env.GITHUB_WORKSPACE || process.cwd()
    )
    summarize(runner, report)
    if (report.result === 'fail') runner.fail(failureMessage(report, settings))
  } catch (error) {
    runner.fail(errorMessage(error))
  } finally {
    writeOutputs(runner, report, files)
  }
}

function readSettings(runner: Runner): Settings {
  runner.group('Settings')
  try {
    runner.mask(runner.input('github-token') ?? '')
    const settings = parseSettings(name => runner.input(name))
    runner.debug(
      JSON.stringify({
        ...settings,
        githubToken: settings.githubToken ? '***' : ''
      })
    )
    return settings
  } finally {
    runner.endGroup()
  }
}

async function check(
  runner: Runner,
  settings: Settings,
  env: NodeJS.ProcessEnv
): Promise<ValidationReport> {
  runner.group('Project')
  try {
    const report = validateRelease(
      await readReleaseSnapshot(settings, env, {
        mask: secret => runner.mask(secret)
      }),
      settings
    )
    const f = report.facts
    runner.info(
      `Mode: ${f.mode}; tag: ${f.tag ?? '(none)'}; version: ${f.version ?? '(unknown)'}; source: ${f.versionSource ?? '(none)'}`
    )
    for (const c of report.checks)
      runner.info(`${c.status.toUpperCase()} ${c.title}: ${c.detail}`)
    return report
  } finally {
    runner.endGroup()
  }
}

function summarize(runner: Runner, report: ValidationReport): void {
  if (!runner.appendSummary(renderMarkdown(report))) {
    runner.info(
      'No job summary on this runner (GITHUB_STEP_SUMMARY is not set); the report is in the log above.'
    )
  }
}

function failureMessage(report: ValidationReport, settings: Settings): string {
  const errors = report.findings.filter(f => f.severity === 'error').length
  const warnings = report.findings.filter(f => f.severity === 'warning').length
  const why =
    errors > 0
      ? `${errors} error(s)`
      : `${warnings} warning(s) under strict: true`
  return `pypi-preflight failed with ${why}${settings.strict && errors > 0 && warnings > 0 ? ` and ${warnings} warning(s)` : ''}; see the annotations and the job summary.`
}

/** The message of anything thrown, without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof Error) return error.message
  return String(error)
}
