import { finding, type Finding } from '../report/finding.js'
import {
  fileName,
  grantsIdToken,
  jobGetsIdToken,
  needsIdToken,
  usesTrustedPublishing,
  type PublishJob,
  type VisitedWorkflow
} from './publish-jobs.js'
import type {
  JobModel,
  PermissionsModel,
  WorkflowModel
} from './workflow-model.js'

/** `publish/id-token-missing`: trusted publishing without `id-token: write`. */
export function idTokenMissing({ job, step, where }: PublishJob): Finding[] {
  if (!usesTrustedPublishing(step) || jobGetsIdToken(job, where)) return []
  return [
    finding(
      'publish/id-token-missing',
      'error',
      `The publish job \`${job.id}\` cannot get an id-token (no \`id-token: write\` permission reaches it), so \`pypa/gh-action-pypi-publish\` cannot use trusted publishing and the upload fails.`,
      {
        file: where.workflow.file,
        line: job.permissions?.line ?? job.line,
        hint: `Add \`permissions: { id-token: write }\` to the job \`${job.id}\`${where.caller === null ? '' : ` and to the job \`${where.caller.job.id}\` that calls its workflow`}.`
      }
    )
  ]
}

/**
 * `publish/id-token-too-wide`: `id-token: write` reaching jobs that neither
 * publish nor use an id-token otherwise.
 */
export function idTokenTooWide(where: VisitedWorkflow): Finding[] {
  // A called workflow cannot widen what its caller job was given.
  if (where.inheritedIdToken === false) return []
  const w = where.workflow
  const out: Finding[] = []
  const top = w.permissions
  if (top !== null && grantsIdToken(top)) {
    const idle = w.jobs.filter(j => j.permissions === null && !needsIdToken(j))
    if (idle.length > 0) out.push(tooWideAtTop(w, top, idle))
  }
  for (const job of w.jobs) {
    const p = job.permissions
    if (p === null || !grantsIdToken(p) || needsIdToken(job)) continue
    out.push(
      finding(
        'publish/id-token-too-wide',
        'warning',
        `The job \`${job.id}\` is granted ${grant(p)} but does not publish or use an id-token: it can mint a token that the index accepts for this project when the trusted publisher names no environment.`,
        {
          file: w.file,
          line: p.line,
          hint: `Remove \`id-token: write\` from \`${job.id}\`; only the publish job needs it.`
        }
      )
    )
  }
  return out
}

function tooWideAtTop(
  w: WorkflowModel,
  p: PermissionsModel,
  idle: readonly JobModel[]
): Finding {
  const names = idle.slice(0, 5).map(j => `\`${j.id}\``)
  const more = idle.length > 5 ? ` and ${idle.length - 5} more` : ''
  return finding(
    'publish/id-token-too-wide',
    'warning',
    `The top-level \`permissions:\` of \`${fileName(w.file)}\` grants ${grant(p)} to every job that sets no permissions of its own, including ${names.join(', ')}${more}: each of them (and the build tools it runs) can mint a token that the index accepts for this project.`,
    {
      file: w.file,
      line: p.line,
      hint: 'Keep `permissions: { contents: read }` (or `{}`) at the top and grant `id-token: write` on the publish job only.'
    }
  )
}

function grant(p: PermissionsModel): string {
  return p.all === 'write'
    ? '`write-all` (which includes `id-token: write`)'
    : '`id-token: write`'
}
