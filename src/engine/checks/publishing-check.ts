import {
  lintWorkflow,
  trustedPublisherFacts,
  type OidcClaimsResult,
  type TrustedPublisherFacts,
  type WorkflowModel
} from '../publishing/index.js'
import type { IndexResponse } from '../package-index/index-response.js'
import { joinPath } from '../pyproject/relative-path.js'
import type { Finding } from '../report/finding.js'

/** What the run knows about the workflow that will publish. */
export interface PublishingContext {
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository: string
  /** `GITHUB_WORKFLOW_REF`, `owner/name/.github/workflows/x.yml@ref`. */
  readonly workflowRef: string
  /** `GITHUB_JOB`: the job running this check. */
  readonly currentJob: string
  /** The calling workflow as read from the checkout; `null` when it could not be. */
  readonly workflow: WorkflowModel | null
  /** Why the workflow could not be read. */
  readonly workflowReason: string | null
  /** The id-token's claims, where one could be had. */
  readonly claims: OidcClaimsResult | null
  /** The repository root seen from the working directory (`../..`), posix. */
  readonly root: string
}

/** The trusted-publisher section of the report and the workflow lint. */
export interface PublishingVerdict {
  readonly facts: TrustedPublisherFacts
  readonly claims: OidcClaimsResult | null
  readonly findings: readonly Finding[]
  readonly detail: string
  /** The calling workflow was read and linted. */
  readonly checked: boolean
}

/** What the check needs besides the run's context. */
export interface PublishingInput {
  readonly environment: string
  readonly indexUrl: string
  readonly projectName: string | null
  readonly indexResponse: IndexResponse | null
}

/** Trusted publishing: the form values the index needs, and a lint of the publishing workflow. */
export function checkPublishing(
  context: PublishingContext,
  input: PublishingInput
): PublishingVerdict {
  const facts = trustedPublisherFacts({
    repository: context.repository,
    workflowRef: context.workflowRef,
    environment: input.environment,
    indexUrl: input.indexUrl,
    projectName: input.projectName,
    projectExists: projectExists(input.indexResponse)
  })
  const findings = context.workflow
    ? lintWorkflow(context.workflow, {
        currentJob: context.currentJob,
        environment: input.environment,
        indexUrl: input.indexUrl
      }).map(f => fromWorkingDirectory(f, context.root))
    : []
  const detail = context.workflow
    ? `${facts.workflowPath ?? 'the calling workflow'} checked for trusted publishing`
    : `workflow not checked: ${context.workflowReason ?? 'not read'}`
  return {
    facts,
    claims: context.claims,
    findings,
    detail,
    checked: context.workflow !== null
  }
}

// The lint names workflow files from the repository root; every other
// finding, and so the adapters, count from the working directory.
function fromWorkingDirectory(f: Finding, root: string): Finding {
  const file = f.file === undefined ? undefined : joinPath(root, f.file)
  return file === undefined ? f : { ...f, file }
}

function projectExists(response: IndexResponse | null): boolean | null {
  if (response?.kind === 'found') return true
  return response?.kind === 'not-found' ? false : null
}
