import type { JobModel, WorkflowModel } from './workflow-model.js'

/** A job of the workflow tree, keyed by its path of job ids (`release/publish`). */
export interface JobNode {
  readonly key: string
  readonly job: JobModel
  readonly workflow: WorkflowModel
  /** Key of the job that calls this job's workflow; `null` at the top. */
  readonly caller: string | null
  /** Keys of the jobs named in `needs:`, in the same workflow. */
  readonly needs: readonly string[]
}

/** Every job of the top workflow and of the local workflows it calls. */
export function jobNodes(top: WorkflowModel): Map<string, JobNode> {
  const nodes = new Map<string, JobNode>()
  const add = (
    w: WorkflowModel,
    prefix: string,
    caller: string | null
  ): void => {
    for (const job of w.jobs) {
      const key = prefix + job.id
      const needs = job.needs.map(n => prefix + n)
      nodes.set(key, { key, job, workflow: w, caller, needs })
      if (job.called !== null) add(job.called, `${key}/`, key)
    }
  }
  add(top, '', null)
  return nodes
}

/**
 * The node of the job running now (`GITHUB_JOB` is a job id without its
 * caller's), preferring the shallowest; `null` when no job with steps has
 * that id.
 */
export function findCurrentJob(
  nodes: Map<string, JobNode>,
  jobId: string
): JobNode | null {
  let best: JobNode | null = null
  for (const node of nodes.values()) {
    if (node.job.id !== jobId || node.job.uses !== null) continue
    if (best === null || depth(node) < depth(best)) best = node
  }
  return best
}

function depth(node: JobNode): number {
  return node.key.split('/').length
}

/**
 * Every job that must finish before `key` starts: its `needs`, what they
 * need, everything inside a needed workflow call, and, for a job inside a
 * called workflow, whatever its caller waits for.
 */
export function jobsBefore(
  nodes: Map<string, JobNode>,
  key: string
): Set<string> {
  const called = calledJobs(nodes)
  const before = new Set<string>()
  const expanded = new Set<string>()
  const expand = (k: string): void => {
    const node = nodes.get(k)
    if (node === undefined || expanded.has(k)) return
    expanded.add(k)
    for (const dep of node.needs) {
      for (const inside of [dep, ...(called.get(dep) ?? [])]) before.add(inside)
      expand(dep)
    }
    // A called workflow's jobs start once their caller's needs are met.
    if (node.caller !== null) expand(node.caller)
  }
  expand(key)
  return before
}

// Every job run by a calling job, however deep the calls nest.
function calledJobs(nodes: Map<string, JobNode>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const node of nodes.values()) {
    for (let c = node.caller; c !== null; c = nodes.get(c)?.caller ?? null) {
      const list = out.get(c) ?? []
      list.push(node.key)
      out.set(c, list)
    }
  }
  return out
}
