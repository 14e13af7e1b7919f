import path from 'node:path'
import type { PublishingContext } from '../engine/index.js'
import type { Settings } from '../settings.js'
import { readOidcClaims } from './oidc-claims.js'
import { checkoutRoot } from './project-files.js'
import { readCallingWorkflow } from './workflow-file.js'

/**
 * The run's identity and its workflow, for the trusted-publisher hint and
 * the workflow lint. The id-token is asked for only where the runner can
 * mask it (`mask` given) and offers one.
 */
export async function readPublishingContext(
  env: NodeJS.ProcessEnv,
  settings: Settings,
  mask: ((secret: string) => void) | undefined
): Promise<PublishingContext> {
  const [workflow, claims] = await Promise.all([
    readCallingWorkflow(env, settings.workingDirectory),
    mask && env.ACTIONS_ID_TOKEN_REQUEST_URL
      ? readOidcClaims({ env, indexUrl: settings.indexUrl, mask })
      : Promise.resolve(null)
  ])
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    currentJob: env.GITHUB_JOB ?? '',
    workflow: workflow.status === 'ok' ? workflow.workflow : null,
    workflowReason: workflow.status === 'ok' ? null : workflow.reason,
    claims,
    root: repositoryRoot(settings.workingDirectory, env)
  }
}

function repositoryRoot(
  workingDirectory: string,
  env: NodeJS.ProcessEnv
): string {
  const wd = path.resolve(workingDirectory)
  const relative = path.relative(wd, checkoutRoot(wd, env))
  return relative.split(path.sep).join('/') || '.'
}
