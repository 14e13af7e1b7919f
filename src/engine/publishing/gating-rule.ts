import { finding, type Finding } from '../report/finding.js'
import {
  findCurrentJob,
  jobNodes,
  jobsBefore,
  type JobNode
} from './job-graph.js'
import { isCheckStep, publishStep } from './publish-jobs.js'
import type { WorkflowModel } from './workflow-model.js'

/** The job a publish job must wait for, and how it was found. */
interface Gate {
  readonly node: JobNode
  readonly role: string
}

/**
 * `publish/not-gated`: every publish job must start only after the job
 * running this check (`currentJob`, i.e. `GITHUB_JOB`) succeeded, or be
 * that job. When that job is not in the file (a local run, or another
 * workflow's file), the first job that runs pypi-preflight stands in.
 * Silent when there is neither.
 */
export function notGated(top: WorkflowModel, currentJob: string): Finding[] {
  const nodes = jobNodes(top)
  const gate = findGate(nodes, currentJob.trim())
  if (gate === null) return []
  return [...nodes.values()]
    .filter(n => publishStep(n.job) !== undefined && n.key !== gate.node.key)
    .flatMap(n => gatingFinding(nodes, n, gate))
}

function findGate(
  nodes: Map<string, JobNode>,
  currentJob: string
): Gate | null {
  const current = currentJob === '' ? null : findCurrentJob(nodes, currentJob)
  if (current !== null)
    return { node: current, role: 'the job running this check' }
  const checking = [...nodes.values()].find(n => n.job.steps.some(isCheckStep))
  return checking === undefined
    ? null
    : { node: checking, role: 'the job that runs pypi-preflight' }
}

function gatingFinding(
  nodes: Map<string, JobNode>,
  node: JobNode,
  { node: gate, role }: Gate
): Finding[] {
  const where = { file: node.workflow.file, line: node.job.line }
  if (!jobsBefore(nodes, node.key).has(gate.key)) {
    return [
      finding(
        'publish/not-gated',
        'error',
        `The publish job \`${node.job.id}\` does not wait for \`${gate.job.id}\`, ${role}: it can upload while the check runs, or after it failed.`,
        {
          ...where,
          hint: `Add \`needs: ${gate.job.id}\` to the job \`${node.job.id}\` (or to a job it needs).`
        }
      )
    ]
  }
  const bypass = bypassingCondition(nodes, node)
  if (bypass === null) return []
  return [
    finding(
      'publish/not-gated',
      'error',
      `The publish job \`${node.job.id}\` waits for \`${gate.job.id}\` but runs even when it fails: \`${bypass.job.id}\` has \`if: ${bypass.job.condition ?? ''}\`.`,
      {
        ...where,
        line: bypass.job.line,
        hint: `Drop \`always()\`/\`failure()\`/\`!cancelled()\` from that condition, or require \`needs.${gate.job.id}.result == 'success'\`.`
      }
    )
  ]
}

// `always()`, `failure()` and `!cancelled()` let a job run after a job it
// needs failed, unless the condition tests that job's result itself.
function bypassingCondition(
  nodes: Map<string, JobNode>,
  node: JobNode
): JobNode | null {
  for (
    let n: JobNode | undefined = node;
    n !== undefined;
    n = nodes.get(n.caller ?? '')
  ) {
    const c = n.job.condition ?? ''
    if (/\b(?:always|failure|cancelled)\s*\(/.test(c) && !c.includes('.result'))
      return n
    if (n.caller === null) break
  }
  return null
}
