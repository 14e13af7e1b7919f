import type {
  JobModel,
  PermissionsModel,
  StepModel,
  WorkflowModel
} from './workflow-model.js'

/** The action whose step uploads to the index. */
export const PUBLISH_ACTION = 'pypa/gh-action-pypi-publish'

/** This action, as workflows name it (its `node20` variant included). */
export const CHECK_ACTION = 'pypi-preflight/pypi-preflight'

// Actions that mint an id-token for their own use; a job running one has a
// reason of its own to hold `id-token: write`.
const OIDC_ACTIONS = [
  PUBLISH_ACTION,
  'actions/attest',
  'actions/attest-build-provenance',
  'actions/attest-sbom',
  'sigstore/gh-action-sigstore-python',
  'sigstore/cosign-installer',
  'aws-actions/configure-aws-credentials',
  'google-github-actions/auth',
  'azure/login',
  'codecov/codecov-action',
  'hashicorp/vault-action',
  'rust-lang/crates-io-auth-action',
  'pyo3/maturin-action'
]

// Commands in `run:` that use an id-token: uploads and signing.
const OIDC_COMMANDS =
  /\b(?:publish|upload|attest|attestation|sign|cosign|sigstore|ACTIONS_ID_TOKEN_REQUEST_\w+)\b/i

/** `owner/repo` (lower case) of a `uses:` value; `null` for local or docker actions. */
function actionName(uses: string): string | null {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return null
  const at = uses.indexOf('@')
  const path = (at < 0 ? uses : uses.slice(0, at)).toLowerCase()
  return path.split('/').slice(0, 2).join('/')
}

/** Whether the step is the index upload. */
export function isPublishStep(step: StepModel): boolean {
  return step.uses !== null && actionName(step.uses) === PUBLISH_ACTION
}

/** The last segment of a workflow's path: what a trusted publisher names. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Whether the step runs this check. */
export function isCheckStep(step: StepModel): boolean {
  return step.uses !== null && actionName(step.uses) === CHECK_ACTION
}

/** The job's publish step, if it has one. */
export function publishStep(job: JobModel): StepModel | undefined {
  return job.steps.find(isPublishStep)
}

/** Whether the publish step authenticates with an id-token (no password given). */
export function usesTrustedPublishing(step: StepModel): boolean {
  return (step.with.password ?? '').trim() === ''
}

/**
 * Whether the publish step uploads to the index at `indexUrl`: the action's
 * `repository-url` (default PyPI's upload URL) on the same host, an
 * `upload.` prefix aside. `null` when an expression hides it.
 */
export function targetsIndex(
  step: StepModel,
  indexUrl: string
): boolean | null {
  const target =
    step.with['repository-url'] ??
    step.with.repository_url ??
    'https://upload.pypi.org/legacy/'
  if (target.includes('${{')) return null
  const a = hostOf(target)
  const b = hostOf(indexUrl)
  return a === null || b === null ? null : a === b
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase().replace(/^upload\./, '')
  } catch {
    return null
  }
}

/** Whether a permissions block grants `id-token: write`. */
export function grantsIdToken(p: PermissionsModel): boolean {
  return p.all === 'write' || p.scopes['id-token'] === 'write'
}

/**
 * Whether the job has a use for an id-token: it publishes, runs an action
 * or command that mints one, or calls a workflow that does (or that could
 * not be read, so might).
 */
export function needsIdToken(job: JobModel): boolean {
  if (job.uses !== null) {
    return job.called === null || job.called.jobs.some(needsIdToken)
  }
  return job.steps.some(
    s =>
      (s.uses !== null && OIDC_ACTIONS.includes(actionName(s.uses) ?? '')) ||
      (s.run !== null && OIDC_COMMANDS.test(s.run))
  )
}

/** A publish job with its upload step and the workflow it sits in. */
export interface PublishJob {
  readonly job: JobModel
  readonly step: StepModel
  readonly where: VisitedWorkflow
}

/** A workflow of the tree with how it was reached. */
export interface VisitedWorkflow {
  readonly workflow: WorkflowModel
  /** The job that calls it and the workflow holding that job; `null` at the top. */
  readonly caller: {
    readonly job: JobModel
    readonly workflow: WorkflowModel
  } | null
  /** Whether a job of this workflow gets `id-token: write` when it does not say. */
  readonly inheritedIdToken: boolean | null
}

/** The top workflow and every local workflow it calls, depth first. */
export function workflowTree(top: WorkflowModel): VisitedWorkflow[] {
  const out: VisitedWorkflow[] = []
  const visit = (v: VisitedWorkflow): void => {
    out.push(v)
    for (const job of v.workflow.jobs) {
      if (job.called === null) continue
      visit({
        workflow: job.called,
        caller: { job, workflow: v.workflow },
        inheritedIdToken: jobGetsIdToken(job, v)
      })
    }
  }
  visit({ workflow: top, caller: null, inheritedIdToken: null })
  return out
}

/**
 * Whether the job's token can mint an id-token. A job's `permissions:`
 * replaces the workflow's; a called workflow can only narrow what its
 * caller job was given; the default token never has `id-token: write`.
 */
export function jobGetsIdToken(job: JobModel, where: VisitedWorkflow): boolean {
  const declared = job.permissions ?? where.workflow.permissions
  if (declared === null) return where.inheritedIdToken ?? false
  return grantsIdToken(declared) && (where.inheritedIdToken ?? true)
}
