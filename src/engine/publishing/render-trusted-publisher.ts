import { cell, code } from '../report/render-markdown.js'
import { MATCHED_CLAIMS, type OidcClaimsResult } from './oidc-claims.js'
import {
  parseWorkflowRef,
  type TrustedPublisherFacts
} from './trusted-publisher.js'

/**
 * The job summary's trusted-publishing section: where to add the publisher
 * on the index, the exact form values, what is unknown, and (when this job
 * could get an id-token) the claims the index will match.
 */
export function renderTrustedPublisher(
  facts: TrustedPublisherFacts,
  claims: OidcClaimsResult | null = null
): string {
  return [
    `### Trusted publisher on ${cell(facts.indexName)}`,
    whereToAdd(facts),
    formTable(facts),
    jobRequirements(facts),
    gapList(facts),
    claims === null ? '' : claimsBlock(claims, facts)
  ]
    .filter(part => part !== '')
    .join('\n\n')
    .concat('\n')
}

function whereToAdd(f: TrustedPublisherFacts): string {
  const pending = link(f.pendingPublisherUrl)
  const project =
    f.projectSettingsUrl === null ? null : link(f.projectSettingsUrl)
  const index = cell(f.indexName)
  const add = 'choose **GitHub** and enter exactly:'
  if (f.form === 'project' && project !== null) {
    return `Add a trusted publisher in the project's publishing settings, ${project}: ${add}`
  }
  if (f.form === 'pending') {
    return `The project is not on ${index} yet: add a *pending* publisher at ${pending} (the first upload creates the project), ${add}`
  }
  if (project === null)
    return `Add a *pending* publisher at ${pending}. Then ${add}`
  return `If the project is already on ${index}, add the publisher at ${project}; otherwise add a *pending* publisher at ${pending}. Then ${add}`
}

function formTable(f: TrustedPublisherFacts): string {
  const unknown = '*unknown (see below)*'
  const value = (v: string | null): string => (v === null ? unknown : code(v))
  const rows: [string, string][] = [
    ['Owner', value(f.owner)],
    ['Repository name', value(f.repository)],
    ['Workflow name', value(f.workflow)],
    [
      'Environment name',
      f.environment === null ? '*(leave empty)*' : code(f.environment)
    ]
  ]
  if (f.form !== 'project') {
    rows.unshift(['PyPI Project Name', value(f.projectName)])
  }
  return ['| Field | Value |', '| --- | --- |']
    .concat(rows.map(([k, v]) => `| ${k} | ${v} |`))
    .join('\n')
}

function jobRequirements(f: TrustedPublisherFacts): string {
  const where =
    f.workflowPath === null
      ? 'The publish job'
      : `The publish job, in ${code(f.workflowPath)},`
  if (f.environment === null) {
    return `${where} needs \`permissions: id-token: write\`. Without an environment, any job of that workflow that can get an id-token can publish.`
  }
  return `${where} needs ${code(`environment: ${inlineYaml(f.environment)}`)} and \`permissions: id-token: write\`.`
}

function gapList(f: TrustedPublisherFacts): string {
  const notes = [...f.gaps]
  if (!f.knownIndex) {
    notes.push(
      `Trusted publishing is offered by PyPI and TestPyPI; check that ${code(f.indexName)} offers it.`
    )
  }
  return notes.map(n => `- ⚠️ ${n}`).join('\n')
}

function claimsBlock(
  result: OidcClaimsResult,
  f: TrustedPublisherFacts
): string {
  if (result.status === 'unavailable') {
    return `OIDC claims are not shown: ${cell(result.reason)}`
  }
  if (result.status === 'failed') {
    return `⚠️ OIDC claims could not be read: ${cell(result.reason)}`
  }
  const rows = MATCHED_CLAIMS.filter(n => result.claims[n] !== undefined).map(
    n => `| \`${n}\` | ${code(result.claims[n] ?? '')} |`
  )
  const table = ['| Claim | Value |', '| --- | --- |', ...rows].join('\n')
  return [
    `<details><summary>OIDC claims of this job (audience ${cell(result.audience)})</summary>`,
    table,
    reusableNote(result.claims.job_workflow_ref, f),
    '</details>'
  ]
    .filter(part => part !== '')
    .join('\n\n')
}

// The index matches `job_workflow_ref`: in a reusable workflow it names the
// called file, not the caller the form above was derived from.
function reusableNote(
  jobWorkflowRef: string | undefined,
  f: TrustedPublisherFacts
): string {
  const called =
    jobWorkflowRef === undefined ? null : parseWorkflowRef(jobWorkflowRef)
  if (called === null || f.workflow === null || called.file === f.workflow)
    return ''
  return `This job runs in the reusable workflow ${code(called.path)}: a publish step there would be matched as ${code(called.file)}, not ${code(f.workflow)}.`
}

function link(url: string): string {
  const target = url.replace(/[\s()<>[\]`|\\"]/g, urlEscape)
  const text = cell(url.replace(/^https?:\/\//, '')).replace(/[[\]]/g, '\\$&')
  return `[${text}](${target})`
}

// encodeURIComponent leaves parentheses alone; they would end the link.
function urlEscape(c: string): string {
  if (c === '(') return '%28'
  if (c === ')') return '%29'
  return encodeURIComponent(c)
}

// A value that YAML reads back as the same string after `key: `.
function inlineYaml(value: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(value) ? value : JSON.stringify(value)
}
