import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/action/run.js'
import { fakeRunner } from '../fakes/fake-runner.js'

/** A checkout holding the demo project under `python/` and one workflow. */
function checkout(workflow: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'publishing-'))
  cpSync('examples/demo-project', path.join(root, 'python'), {
    recursive: true
  })
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
  cpSync(
    path.join('__tests__/fixtures/workflows/.github/workflows', workflow),
    path.join(root, '.github/workflows', workflow)
  )
  const env: NodeJS.ProcessEnv = {
    GITHUB_REPOSITORY: 'acme/weather',
    GITHUB_WORKFLOW_REF: `acme/weather/.github/workflows/${workflow}@refs/tags/v1.4.0`,
    GITHUB_WORKSPACE: root,
    GITHUB_JOB: 'preflight'
  }
  const inputs = {
    'working-directory': path.join(root, 'python'),
    'check-index': 'false',
    tag: 'v1.4.0'
  }
  return { env, inputs }
}

describe('trusted publishing in the action', () => {
  test('the summary names what the trusted-publisher form needs', async () => {
    const { env, inputs } = checkout('healthy-release.yml')
    const runner = fakeRunner(inputs)
    await run(runner, env)
    const summary = runner.summary.join('')
    expect(summary).toContain('acme')
    expect(summary).toContain('healthy-release.yml')
    expect(summary).toContain('pypi')
    expect(
      runner.annotations.filter(a => a.place?.title?.startsWith('publish/'))
    ).toEqual([])
    expect(runner.failures).toEqual([])
  })

  test('a publish job that does not wait for the check fails on its line', async () => {
    const { env, inputs } = checkout('not-gated.yml')
    const runner = fakeRunner(inputs)
    await run(runner, env)
    expect(runner.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        place: expect.objectContaining({
          title: 'publish/not-gated',
          file: '.github/workflows/not-gated.yml'
        }) as unknown
      })
    )
    expect(runner.outputs.get('result')).toBe('fail')
  })

  test('trusted-publishing: false leaves the workflow alone', async () => {
    const { env, inputs } = checkout('not-gated.yml')
    const runner = fakeRunner({ ...inputs, 'trusted-publishing': 'false' })
    await run(runner, env)
    expect(runner.failures).toEqual([])
    expect(runner.summary.join('')).not.toContain('not-gated.yml')
  })
})
