/**
 * What the index's trusted-publisher form must contain for the workflow
 * that runs this check, derived from the runner's variables only.
 */

/** The run as the runner describes it, plus the project as the index knows it. */
export interface TrustedPublisherContext {
  /** `GITHUB_REPOSITORY` (`owner/repo`); empty when unset. */
  readonly repository: string
  /** `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/x.yml@ref`); empty when unset. */
  readonly workflowRef: string
  /** The `environment` input; empty for a publisher without an environment. */
  readonly environment: string
  /** The `index-url` input, e.g. `https://pypi.org`. */
  readonly indexUrl: string
  /** The project's name (normalized); `null` when it could not be read. */
  readonly projectName: string | null
  /** Whether the index already has the project; `null` when not asked or unreachable. */
  readonly projectExists: boolean | null
}

/** Which of the index's pages takes the publisher. */
export type PublisherForm = 'project' | 'pending' | 'either'

/** The values of the index's "GitHub" trusted-publisher form, and where to enter them. */
export interface TrustedPublisherFacts {
  /** Display name of the index: `PyPI`, `TestPyPI`, or its host. */
  readonly indexName: string
  /** Whether the index is one known to offer trusted publishing. */
  readonly knownIndex: boolean
  readonly projectName: string | null
  readonly owner: string | null
  /** The repository name, without the owner. */
  readonly repository: string | null
  /** The workflow file name the form asks for, e.g. `release.yml`. */
  readonly workflow: string | null
  /** The workflow's path in the repository, e.g. `.github/workflows/release.yml`. */
  readonly workflowPath: string | null
  /** The environment name; `null` for none. */
  readonly environment: string | null
  readonly form: PublisherForm
  /** The project's publishing settings; `null` without a project name. */
  readonly projectSettingsUrl: string | null
  /** The account page where a publisher is added before the first upload. */
  readonly pendingPublisherUrl: string
  /** What could not be told, and why, instead of a guess. */
  readonly gaps: readonly string[]
}

/** The parts of a workflow ref. */
export interface WorkflowRef {
  readonly owner: string
  readonly repository: string
  /** Path of the workflow file inside the repository. */
  readonly path: string
  /** Its file name, the value the trusted publisher names. */
  readonly file: string
  readonly ref: string
}

// Warehouse takes the file name as the last `*.yml`/`*.yaml` segment before
// the `@`; a ref may itself contain `@` or `/`, so match lazily up to the
// first workflow suffix followed by `@`.
const WORKFLOW_REF = /^([^/@]+)\/([^/@]+)\/([^@]*?[^/@]\.ya?ml)@(.+)$/

const KNOWN_INDEXES: Readonly<Record<string, string>> = {
  'pypi.org': 'PyPI',
  'test.pypi.org': 'TestPyPI'
}

/** Splits `owner/repo/<path>@<ref>`; `null` when it does not have that shape. */
export function parseWorkflowRef(workflowRef: string): WorkflowRef | null {
  const m = WORKFLOW_REF.exec(workflowRef.trim())
  if (!m) return null
  const [, owner = '', repository = '', path = '', ref = ''] = m
  const file = path.slice(path.lastIndexOf('/') + 1)
  return { owner, repository, path, file, ref }
}

/** Derives the trusted-publisher form values and pages for this run. */
export function trustedPublisherFacts(
  ctx: TrustedPublisherContext
): TrustedPublisherFacts {
  const gaps: string[] = []
  const { origin, host } = indexLocation(ctx.indexUrl)
  const workflow = workflowFacts(ctx.workflowRef, gaps)
  const repo = repositoryFacts(ctx.repository, workflow, gaps)
  if (ctx.projectName === null) {
    gaps.push(
      'The project name is unknown (no readable `[project].name`): it is needed for the project page or a pending publisher.'
    )
  }
  const name = ctx.projectName === null ? null : encodePath(ctx.projectName)
  return {
    indexName: KNOWN_INDEXES[host] ?? host,
    knownIndex: host in KNOWN_INDEXES,
    projectName: ctx.projectName,
    ...repo,
    workflow: workflow?.file ?? null,
    workflowPath: workflow?.path ?? null,
    environment: ctx.environment.trim() === '' ? null : ctx.environment.trim(),
    form: publisherForm(ctx.projectExists),
    projectSettingsUrl:
      name === null
        ? null
        : `${origin}/manage/project/${name}/settings/publishing/`,
    pendingPublisherUrl: `${origin}/manage/account/publishing/`,
    gaps
  }
}

function workflowFacts(
  workflowRef: string,
  gaps: string[]
): WorkflowRef | null {
  if (workflowRef.trim() === '') {
    gaps.push(
      '`GITHUB_WORKFLOW_REF` is not set (outside GitHub Actions, or a runner that does not provide it), so the workflow file name is unknown: it is the file name of the workflow that holds the publish job.'
    )
    return null
  }
  const parsed = parseWorkflowRef(workflowRef)
  if (parsed === null) {
    gaps.push(
      `\`GITHUB_WORKFLOW_REF\` does not name a workflow file (\`owner/repo/.github/workflows/<file>.yml@<ref>\`), so the workflow file name is unknown.`
    )
  }
  return parsed
}

function repositoryFacts(
  repository: string,
  workflow: WorkflowRef | null,
  gaps: string[]
): { owner: string | null; repository: string | null } {
  const [owner, name, ...rest] = repository.trim().split('/')
  if (owner && name && rest.length === 0) return { owner, repository: name }
  if (workflow !== null) {
    return { owner: workflow.owner, repository: workflow.repository }
  }
  gaps.push(
    '`GITHUB_REPOSITORY` is not set, so the owner and repository name are unknown: they are those of the repository that runs the publish job.'
  )
  return { owner: null, repository: null }
}

function publisherForm(exists: boolean | null): PublisherForm {
  if (exists === null) return 'either'
  return exists ? 'project' : 'pending'
}

// Warehouse serves its management pages at the root of the host, whatever
// path the JSON API was given under. Settings validate the URL; a bad one
// still yields text rather than an exception.
function indexLocation(indexUrl: string): { origin: string; host: string } {
  try {
    const url = new URL(indexUrl)
    return { origin: url.origin, host: url.host }
  } catch {
    return { origin: indexUrl.replace(/\/+$/, ''), host: indexUrl }
  }
}

// Names are normalized already; encode anyway so a hostile one cannot
// leave the path or break a Markdown link around it.
function encodePath(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[()'*!]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
