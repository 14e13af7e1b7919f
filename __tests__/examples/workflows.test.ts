import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { lintWorkflow } from '../../src/engine/publishing/index.js'
import { readWorkflowFile } from '../../src/io/workflow-file.js'

/** The parts of a workflow these checks read. */
interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string> | string
  outputs?: Record<string, string>
  uses?: string
  steps?: Step[]
}
interface Workflow {
  permissions?: Record<string, string> | string
  jobs: Record<string, Job>
}

const DIR = 'examples/workflows'
const EXAMPLES = readdirSync(DIR).filter(f => f.endsWith('.yml'))
const OUR_ACTION = /^pypi-preflight\/pypi-preflight(\/node20)?@v1$/
const PUBLISH = /^pypa\/gh-action-pypi-publish@/
const RELEASE = /^softprops\/action-gh-release@/

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

function load(name: string): { text: string; workflow: Workflow } {
  const text = readFileSync(`${DIR}/${name}`, 'utf8')
  return { text, workflow: parse(text) as Workflow }
}

const jobsOf = (w: Workflow): [string, Job][] => Object.entries(w.jobs)
const steps = (job: Job): Step[] => job.steps ?? []
const uses = (job: Job, pattern: RegExp): boolean =>
  steps(job).some(s => pattern.test(s.uses ?? ''))
const needsOf = (job: Job): string[] =>
  job.needs === undefined ? [] : [job.needs].flat()
const scopes = (p: Job['permissions']): Record<string, string> =>
  typeof p === 'object' ? p : {}
const stringOr = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback
const ourStep = (job: Job): Step | undefined =>
  steps(job).find(s => OUR_ACTION.test(s.uses ?? ''))

test('the four example workflows are all here', () => {
  expect(EXAMPLES.sort()).toEqual([
    'readiness.yml',
    'release-cibuildwheel.yml',
    'release.yml',
    'testpypi.yml'
  ])
})

describe.each(EXAMPLES)('%s', name => {
  const { text, workflow } = load(name)

  test('grants nothing that writes at the top', () => {
    const top = workflow.permissions
    expect(top).toBeDefined()
    expect(top).not.toBe('write-all')
    expect(Object.values(scopes(top))).not.toContain('write')
  })

  test('grants id-token: write only to the publish job, contents: write only to the release job', () => {
    for (const [id, job] of jobsOf(workflow)) {
      const writes = Object.entries(scopes(job.permissions))
        .filter(([, access]) => access === 'write')
        .map(([scope]) => scope)
      const allowed = [
        ...(uses(job, PUBLISH) ? ['id-token'] : []),
        ...(uses(job, RELEASE) ? ['contents'] : [])
      ]
      expect([id, writes.sort()]).toEqual([id, allowed.sort()])
      expect(job.permissions).not.toBe('write-all')
    }
  })

  test('pins every third-party action to a commit, with its version alongside', () => {
    const all = jobsOf(workflow).flatMap(([, job]) => [
      ...(job.uses ? [job.uses] : []),
      ...steps(job).flatMap(s => (s.uses ? [s.uses] : []))
    ])
    const thirdParty = all.filter(
      u => !u.startsWith('./') && !OUR_ACTION.test(u)
    )
    for (const ref of thirdParty) {
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      const line = text.split('\n').find(l => l.includes(`uses: ${ref}`))
      expect([ref, line]).toEqual([
        ref,
        expect.stringMatching(/ # v\d+\.\d+\.\d+$/)
      ])
    }
  })

  test('checks out without persisting credentials', () => {
    for (const [, job] of jobsOf(workflow)) {
      for (const s of steps(job).filter(s =>
        s.uses?.startsWith('actions/checkout@')
      )) {
        expect(s.with?.['persist-credentials']).toBe(false)
      }
    }
  })

  test('merges downloaded artifacts into one dist folder', () => {
    for (const [, job] of jobsOf(workflow)) {
      const downloads = steps(job).filter(
        s =>
          s.uses?.startsWith('actions/download-artifact@') &&
          s.with?.path === 'dist'
      )
      for (const s of downloads) expect(s.with?.['merge-multiple']).toBe(true)
    }
  })

  test('reads needs.<job>.outputs.<name> only from needed jobs that declare it', () => {
    for (const [id, job] of jobsOf(workflow)) {
      const refs = JSON.stringify(job).matchAll(
        /needs\.([\w-]+)\.outputs\.([\w-]+)/g
      )
      for (const [, needed = '', output = ''] of refs) {
        expect([id, needsOf(job)]).toEqual([
          id,
          expect.arrayContaining([needed])
        ])
        expect(Object.keys(workflow.jobs[needed]?.outputs ?? {})).toContain(
          output
        )
      }
    }
  })

  test("reads only outputs and inputs that action.yml declares from this action's step", () => {
    for (const [, job] of jobsOf(workflow)) {
      const step = ourStep(job)
      if (step === undefined) continue
      for (const input of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs)).toContain(input)
      }
      const refs = JSON.stringify(job).matchAll(
        /steps\.([\w-]+)\.outputs\.([\w-]+)/g
      )
      const read = [...refs].map(([, stepId = '', output = '']) => ({
        stepId,
        output
      }))
      const ids = steps(job).map(s => s.id)
      expect(ids).toEqual(expect.arrayContaining(read.map(r => r.stepId)))
      const ours = read.filter(r => r.stepId === step.id).map(r => r.output)
      expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(ours))
    }
  })

  test('passes the publishing lint', async () => {
    const [current, job] = jobsOf(workflow).find(([, j]) => ourStep(j)) ?? []
    const step = job === undefined ? undefined : ourStep(job)
    const model = await readWorkflowFile(DIR, name)
    if (model.status !== 'ok') throw new Error(model.reason)
    const findings = lintWorkflow(model.workflow, {
      currentJob: current ?? '',
      environment: stringOr(step?.with?.environment, 'pypi'),
      indexUrl: stringOr(step?.with?.['index-url'], 'https://pypi.org')
    })
    expect(findings).toEqual([])
  })
})

test('the publishing examples publish only after the check', () => {
  for (const name of EXAMPLES.filter(n => n !== 'readiness.yml')) {
    const { workflow } = load(name)
    const publish = jobsOf(workflow).filter(([, j]) => uses(j, PUBLISH))
    expect(publish.map(([, j]) => needsOf(j))).toEqual([['preflight']])
  }
})
