import { describe, expect, test } from '@jest/globals'
import {
  lintWorkflow,
  type WorkflowLintContext
} from '../../../src/engine/publishing/index.js'
import type { Finding } from '../../../src/engine/index.js'
import { readWorkflowFile } from '../../../src/io/workflow-file.js'

const ROOT = '__tests__/fixtures/workflows'
const PYPI: WorkflowLintContext = {
  currentJob: 'preflight',
  environment: 'pypi',
  indexUrl: 'https://pypi.org'
}

async function lint(
  name: string,
  ctx: Partial<WorkflowLintContext> = {}
): Promise<Finding[]> {
  const result = await readWorkflowFile(ROOT, `.github/workflows/${name}`)
  if (result.status !== 'ok') throw new Error(result.reason)
  return lintWorkflow(result.workflow, { ...PYPI, ...ctx })
}

const where = (f: Finding): [string, string, string?, number?] => [
  f.id,
  f.severity,
  f.file?.replace('.github/workflows/', ''),
  f.line
]

describe('lintWorkflow on healthy workflows', () => {
  test.each([
    ['healthy-release.yml', 'preflight'],
    // Check and upload in one job: the upload step runs only after the check.
    ['healthy-single-job.yml', 'release'],
    ['healthy-readiness.yml', 'readiness'],
    ['healthy-token-upload.yml', 'preflight']
  ])('%s (current job %s) yields nothing', async (name, currentJob) => {
    expect(await lint(name, { currentJob })).toEqual([])
  })

  test('without a known current job, the job that runs pypi-preflight is the gate', async () => {
    for (const currentJob of ['', 'elsewhere']) {
      const findings = await lint('not-gated.yml', { currentJob })
      expect(findings.map(f => f.message)).toEqual([
        expect.stringContaining(
          'does not wait for `preflight`, the job that runs pypi-preflight'
        )
      ])
    }
    expect(await lint('healthy-release.yml', { currentJob: '' })).toEqual([])
  })

  test('with neither, gating is left unjudged', async () => {
    const findings = await lint('reusable-publish.yml', { currentJob: '' })
    expect(findings.map(f => f.id)).not.toContain('publish/not-gated')
  })
})

describe('lintWorkflow findings', () => {
  test('a publish job without an environment', async () => {
    const [f, ...rest] = await lint('no-environment.yml')
    expect(rest).toEqual([])
    expect(where(f as Finding)).toEqual([
      'publish/no-environment',
      'warning',
      'no-environment.yml',
      9
    ])
    expect(f?.hint).toContain('`environment: pypi`')
  })

  test('an environment other than the input, for the same index only', async () => {
    const onPypi = await lint('environment-mismatch.yml')
    expect(onPypi.map(where)).toEqual([
      ['publish/environment-mismatch', 'notice', 'environment-mismatch.yml', 12]
    ])
    expect(onPypi[0]?.message).toContain('"release"')
    const onTestPypi = await lint('environment-mismatch.yml', {
      indexUrl: 'https://test.pypi.org',
      environment: 'TestPyPI'
    })
    expect(onTestPypi).toEqual([])
    const noInput = await lint('environment-mismatch.yml', { environment: '' })
    expect(noInput).toEqual([])
  })

  test('id-token: write at the top reaches jobs that do not publish', async () => {
    const findings = await lint('id-token-top-level.yml')
    expect(findings.map(where)).toEqual([
      ['publish/id-token-too-wide', 'warning', 'id-token-top-level.yml', 4]
    ])
    expect(findings[0]?.message).toContain('`build`, `preflight`')
  })

  test('id-token: write (or write-all) on a job that does not publish', async () => {
    const findings = await lint('id-token-other-job.yml')
    expect(findings.map(where)).toEqual([
      ['publish/id-token-too-wide', 'warning', 'id-token-other-job.yml', 8],
      ['publish/id-token-too-wide', 'warning', 'id-token-other-job.yml', 14]
    ])
    expect(findings[0]?.message).toContain('`write-all`')
  })

  test('a publish job that cannot get an id-token', async () => {
    const findings = await lint('id-token-missing.yml')
    expect(findings.map(where)).toEqual([
      ['publish/id-token-missing', 'error', 'id-token-missing.yml', 11]
    ])
  })

  test('a publish job that does not wait for the check', async () => {
    const findings = await lint('not-gated.yml')
    expect(findings.map(where)).toEqual([
      ['publish/not-gated', 'error', 'not-gated.yml', 14]
    ])
    expect(findings[0]?.hint).toBe(
      'Add `needs: preflight` to the job `publish` (or to a job it needs).'
    )
  })

  test('a publish job that waits but runs after a failure', async () => {
    const findings = await lint('not-gated-always.yml')
    // `publish-checked` tests the result itself and stays silent.
    expect(findings.map(where)).toEqual([
      ['publish/not-gated', 'error', 'not-gated-always.yml', 14]
    ])
    expect(findings[0]?.message).toContain('!cancelled()')
  })

  test('the upload inside a called reusable workflow', async () => {
    const findings = await lint('reusable-caller.yml')
    expect(findings.map(where)).toEqual([
      ['publish/reusable-workflow', 'warning', 'reusable-publish.yml', 8]
    ])
    expect(findings[0]?.message).toContain(
      'called by job `release` of `reusable-caller.yml`'
    )
    expect(findings[0]?.message).toContain('`job_workflow_ref`')
  })

  test('the check inside a called workflow gates the jobs that need its caller', async () => {
    const findings = await lint('reusable-check-caller.yml', {
      currentJob: 'verify'
    })
    expect(findings.map(where)).toEqual([
      ['publish/not-gated', 'error', 'reusable-check-caller.yml', 16]
    ])
    expect(findings[0]?.message).toContain('`publish-early`')
  })

  test('a workflow that can itself be called', async () => {
    const findings = await lint('anchors-and-cycles.yml')
    expect(findings.map(where)).toContainEqual([
      'publish/reusable-workflow',
      'warning',
      'anchors-and-cycles.yml',
      22
    ])
    expect(
      findings.filter(f => f.id === 'publish/reusable-workflow')[0]?.message
    ).toContain('can be called as a reusable workflow')
  })
})
