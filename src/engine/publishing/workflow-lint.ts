import { finding, type Finding } from '../report/finding.js'
import { notGated } from './gating-rule.js'
import { idTokenMissing, idTokenTooWide } from './id-token-rules.js'
import {
  fileName,
  publishStep,
  targetsIndex,
  usesTrustedPublishing,
  workflowTree,
  type PublishJob
} from './publish-jobs.js'
import type { WorkflowModel } from './workflow-model.js'

/** What the lint needs to know about the run besides the workflow itself. */
export interface WorkflowLintContext {
  /** `GITHUB_JOB`: id of the job running this check; empty when unknown. */
  readonly currentJob: string
  /** The `environment` input (the trusted publisher's environment). */
  readonly environment: string
  /** The `index-url` input. */
  readonly indexUrl: string
}

/**
 * Checks that the calling workflow can publish with trusted publishing and
 * only after this check passed. Silent when no job of the workflow (or of
 * the local workflows it calls) runs `pypa/gh-action-pypi-publish`: the
 * upload may live in another workflow.
 */
export function lintWorkflow(
  top: WorkflowModel,
  ctx: WorkflowLintContext
): Finding[] {
  const tree = workflowTree(top)
  const publishing = tree.flatMap(where =>
    where.workflow.jobs.flatMap(job => {
      const step = publishStep(job)
      return step === undefined ? [] : [{ job, step, where }]
    })
  )
  if (publishing.length === 0) return []
  return distinct([
    ...publishing.flatMap(p => [
      ...reusableWorkflow(p),
      ...noEnvironment(p, ctx),
      ...environmentMismatch(p, ctx),
      ...idTokenMissing(p)
    ]),
    ...tree.flatMap(idTokenTooWide),
    ...notGated(top, ctx.currentJob)
  ])
}

// A file called twice (from two jobs) would otherwise say the same twice.
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(f => {
    const key = JSON.stringify([f.id, f.file, f.line, f.message])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function reusableWorkflow({ step, where }: PublishJob): Finding[] {
  const w = where.workflow
  if (where.caller === null && !w.triggers.includes('workflow_call')) return []
  const name = fileName(w.file)
  const via =
    where.caller === null
      ? `\`${name}\` can be called as a reusable workflow (\`on: workflow_call\`)`
      : `\`${name}\` is a reusable workflow, called by job \`${where.caller.job.id}\` of \`${fileName(where.caller.workflow.file)}\``
  return [
    finding(
      'publish/reusable-workflow',
      'warning',
      `${via} and uploads with \`pypa/gh-action-pypi-publish\`. PyPI does not support trusted publishing from reusable workflows (pypi/warehouse#11096): it matches the \`job_workflow_ref\` claim, which names \`${name}\`, not the calling workflow, and refuses the upload when the workflow is called from another repository or at another ref.`,
      {
        file: w.file,
        line: step.line,
        hint: 'Move the publish job into the top-level workflow (`needs:` the job that calls the reusable one), so the trusted publisher names that file.'
      }
    )
  ]
}

function noEnvironment(
  { job, where }: PublishJob,
  ctx: WorkflowLintContext
): Finding[] {
  if (job.environment !== null) return []
  const env = ctx.environment.trim() || 'pypi'
  return [
    finding(
      'publish/no-environment',
      'warning',
      `The publish job \`${job.id}\` has no \`environment:\`, so the trusted publisher cannot be limited to one environment and no protection rule (required reviewers, allowed tags) guards the upload.`,
      {
        file: where.workflow.file,
        line: job.line,
        hint: `Add \`environment: ${env}\` to the job, protect it under Settings → Environments, and name the same environment in the trusted publisher.`
      }
    )
  ]
}

function environmentMismatch(
  { job, step, where }: PublishJob,
  ctx: WorkflowLintContext
): Finding[] {
  const expected = ctx.environment.trim()
  const actual = job.environment?.name.trim() ?? ''
  if (expected === '' || actual === '' || actual.includes('${{')) return []
  if (!usesTrustedPublishing(step) || targetsIndex(step, ctx.indexUrl) !== true)
    return []
  // Warehouse compares environment names case-insensitively.
  if (actual.toLowerCase() === expected.toLowerCase()) return []
  return [
    finding(
      'publish/environment-mismatch',
      'notice',
      `The publish job \`${job.id}\` runs in environment "${actual}" but this check's \`environment\` input is "${expected}", so the trusted-publisher values shown name "${expected}".`,
      {
        file: where.workflow.file,
        line: job.environment?.line ?? job.line,
        hint: `Set \`environment: ${actual}\` on the pypi-preflight step, or use environment "${expected}" in the job; the trusted publisher must name the job's environment.`
      }
    )
  ]
}
