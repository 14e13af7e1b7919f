import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  lintWorkflow,
  type WorkflowModel
} from '../../src/engine/publishing/index.js'
import {
  MAX_WORKFLOW_BYTES,
  readCallingWorkflow,
  readWorkflowFile
} from '../../src/io/workflow-file.js'

const ROOT = '__tests__/fixtures/workflows'

async function model(name: string): Promise<WorkflowModel> {
  const result = await readWorkflowFile(ROOT, `.github/workflows/${name}`)
  if (result.status !== 'ok') throw new Error(result.reason)
  return result.workflow
}

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'workflow-file-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

describe('readWorkflowFile', () => {
  test('models triggers, permissions and jobs with their lines', async () => {
    const w = await model('healthy-release.yml')
    expect(w.file).toBe('.github/workflows/healthy-release.yml')
    expect(w.triggers).toEqual(['push'])
    expect(w.triggersLine).toBe(3)
    expect(w.permissions).toEqual({
      line: 7,
      all: null,
      scopes: { contents: 'read' }
    })
    expect(w.jobs.map(j => [j.id, j.line])).toEqual([
      ['build', 11],
      ['preflight', 21],
      ['attest', 29],
      ['publish', 40]
    ])
  })

  test('reads needs, environment objects and steps with their inputs', async () => {
    const publish = (await model('healthy-release.yml')).jobs[3]
    expect(publish?.needs).toEqual(['preflight', 'attest'])
    expect(publish?.environment).toEqual({ name: 'pypi', line: 43 })
    expect(publish?.permissions?.scopes).toEqual({ 'id-token': 'write' })
    // A step points at its `uses:` line, not at its `name:`.
    expect(publish?.steps[1]).toMatchObject({
      line: 51,
      uses: 'pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc',
      id: null
    })
    const preflight = (await model('healthy-release.yml')).jobs[1]
    expect(preflight?.needs).toEqual(['build'])
    expect(preflight?.steps[1]?.id).toBe('preflight')
  })

  test('reads a one-word trigger, write-all and an `if:` condition', async () => {
    const w = await model('healthy-readiness.yml')
    expect(w.triggers).toEqual(['pull_request'])
    expect(w.permissions).toMatchObject({ all: 'write', scopes: {} })
    const always = await model('not-gated-always.yml')
    expect(always.jobs[2]?.condition).toBe('${{ !cancelled() }}')
    expect(always.jobs[2]?.environment?.name).toBe('pypi')
  })

  test('follows a local reusable workflow and keeps its own file and lines', async () => {
    const w = await model('reusable-caller.yml')
    const release = w.jobs[1]
    expect(release?.uses).toEqual({
      ref: './.github/workflows/reusable-publish.yml',
      line: 14
    })
    expect(release?.called?.file).toBe('.github/workflows/reusable-publish.yml')
    expect(release?.called?.triggers).toEqual(['workflow_call'])
    expect(release?.called?.jobs[0]?.steps[0]?.line).toBe(8)
  })

  test('resolves anchors, reads a self-call once and refuses paths out of the repository', async () => {
    const w = await model('anchors-and-cycles.yml')
    const [, again, escape, publish] = w.jobs
    expect(again?.called?.file).toBe('.github/workflows/anchors-and-cycles.yml')
    expect(again?.called?.jobs[1]?.called).toBeNull()
    expect(escape?.called).toBeNull()
    expect(publish?.environment?.name).toBe('pypi')
    expect(publish?.permissions?.scopes).toEqual({ 'id-token': 'write' })
    expect(publish?.steps[0]?.uses).toMatch(/^actions\/checkout@/)
  })

  test('says why a file is unusable instead of throwing', async () => {
    expect(
      await readWorkflowFile(ROOT, '.github/workflows/broken.yml')
    ).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(
        /broken\.yml is not valid YAML \(line \d+\)/
      )
    })
    expect(
      await readWorkflowFile(ROOT, '.github/workflows/missing.yml')
    ).toMatchObject({ status: 'unavailable' })
    expect(await readWorkflowFile(ROOT, '../../package.json')).toMatchObject({
      status: 'unavailable'
    })
    const big = repoWith({
      'w.yml': `on: push\n#${'x'.repeat(MAX_WORKFLOW_BYTES)}`
    })
    expect(await readWorkflowFile(big, 'w.yml')).toEqual({
      status: 'unavailable',
      reason: 'w.yml is too large'
    })
    const list = repoWith({ 'w.yml': '- just\n- a list\n' })
    expect(await readWorkflowFile(list, 'w.yml')).toMatchObject({
      status: 'unavailable'
    })
  })
})

describe('bounded work', () => {
  test('reads and lints a file of many publish jobs and aliases quickly', async () => {
    const jobs = Array.from(
      { length: 1000 },
      (_, i) =>
        `  j${i}:\n    needs: [${i === 0 ? '' : `j${i - 1}`}]\n    steps: [${'*s, '.repeat(10)}*s]`
    )
    const text = [
      'on: push',
      'x: &s { uses: pypa/gh-action-pypi-publish@release/v1 }',
      'jobs:',
      ...jobs
    ].join('\n')
    const repo = repoWith({ 'w.yml': text })
    const started = Date.now()
    const result = await readWorkflowFile(repo, 'w.yml')
    if (result.status !== 'ok') throw new Error(result.reason)
    // Jobs past GitHub's 256 are not read.
    expect(result.workflow.jobs).toHaveLength(256)
    expect(result.workflow.jobs[1]?.steps).toHaveLength(11)
    const findings = lintWorkflow(result.workflow, {
      currentJob: 'j0',
      environment: 'pypi',
      indexUrl: 'https://pypi.org'
    })
    expect(findings.filter(f => f.id === 'publish/not-gated')).toEqual([])
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('readCallingWorkflow', () => {
  const ref = 'octo/acme/.github/workflows/release.yml@refs/tags/v1.2.3'
  const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n'

  test('finds the workflow named by GITHUB_WORKFLOW_REF in the workspace', async () => {
    const repo = repoWith({ '.github/workflows/release.yml': workflow })
    const result = await readCallingWorkflow({
      GITHUB_WORKFLOW_REF: ref,
      GITHUB_WORKSPACE: repo
    })
    expect(result).toMatchObject({
      status: 'ok',
      workflow: { file: '.github/workflows/release.yml', triggers: ['push'] }
    })
  })

  test('finds it above a working directory, in a checkout below the workspace', async () => {
    const workspace = repoWith({
      'src/.github/workflows/release.yml': workflow,
      'src/bindings/python/pyproject.toml': ''
    })
    const result = await readCallingWorkflow(
      { GITHUB_WORKFLOW_REF: ref, GITHUB_WORKSPACE: workspace },
      path.join(workspace, 'src/bindings/python')
    )
    expect(result.status).toBe('ok')
  })

  test('says what is missing outside GitHub or without a checkout', async () => {
    expect(await readCallingWorkflow({})).toEqual({
      status: 'unavailable',
      reason: 'GITHUB_WORKFLOW_REF is not set (outside GitHub Actions?)'
    })
    expect(
      await readCallingWorkflow({ GITHUB_WORKFLOW_REF: 'octo/acme@main' })
    ).toMatchObject({ status: 'unavailable' })
    const empty = repoWith({ 'README.md': '' })
    expect(
      await readCallingWorkflow(
        { GITHUB_WORKFLOW_REF: ref, GITHUB_WORKSPACE: empty },
        empty
      )
    ).toEqual({
      status: 'unavailable',
      reason:
        '.github/workflows/release.yml is not in the checkout (check out the repository before this step)'
    })
  })
})
