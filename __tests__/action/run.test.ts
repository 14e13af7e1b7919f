import { describe, expect, test } from '@jest/globals'
import { run } from '../../src/action/run.js'
import { OUTPUTS } from '../../src/action/outputs.js'
import { fakeRunner } from '../fakes/fake-runner.js'

const demo = {
  'working-directory': 'examples/demo-project',
  'check-index': 'false'
}

describe('run', () => {
  test('a matching tag passes, sets every output and fails nothing', async () => {
    const runner = fakeRunner({ ...demo, tag: 'v1.4.0' })
    await run(runner, {})
    expect(runner.failures).toEqual([])
    expect([...runner.outputs.keys()]).toEqual([...OUTPUTS])
    expect(runner.outputs.get('version')).toBe('1.4.0')
    expect(runner.outputs.get('make-latest')).toBe('true')
    expect(runner.summary.join('')).toContain('release `v1.4.0` passed')
  })

  test('a mismatch is annotated on the declaration, relative to the repository', async () => {
    const runner = fakeRunner({ ...demo, tag: 'v1.4.1' })
    await run(runner, {})
    const errors = runner.annotations.filter(a => a.level === 'error')
    expect(errors.slice(0, 1)).toEqual([
      expect.objectContaining({
        level: 'error',
        place: {
          title: 'version/mismatch',
          file: 'examples/demo-project/pyproject.toml',
          startLine: 7
        }
      })
    ])
    expect(runner.failures).toHaveLength(1)
    expect(errors.map(e => [e.place?.title, e.place?.file])).toEqual([
      ['version/mismatch', 'examples/demo-project/pyproject.toml'],
      [
        'dist/version-mismatch',
        'examples/demo-project/dist/acme_weather-1.4.0-py3-none-any.whl'
      ],
      [
        'dist/version-mismatch',
        'examples/demo-project/dist/acme_weather-1.4.0.tar.gz'
      ],
      ['changelog/entry-missing', 'examples/demo-project/CHANGELOG.md']
    ])
    expect(errors[3]?.place?.startLine).toBe(10)
    expect(runner.failures[0]).toContain('4 error(s)')
    expect(runner.outputs.get('result')).toBe('fail')
  })

  test('a pre-release tag is flagged and not made latest', async () => {
    const runner = fakeRunner({
      ...demo,
      tag: 'v1.4.0',
      ignore: 'version/mismatch'
    })
    await run(runner, {})
    expect(runner.outputs.get('prerelease')).toBe('false')
    const pre = fakeRunner({
      ...demo,
      tag: 'v1.4.0rc1',
      ignore: 'version/*,dist/*'
    })
    await run(pre, {})
    expect(pre.outputs.get('prerelease')).toBe('true')
    expect(pre.outputs.get('make-latest')).toBe('false')
    expect(pre.failures).toEqual([])
  })

  test('warnings fail only under strict', async () => {
    const lenient = fakeRunner({
      ...demo,
      mode: 'readiness',
      'working-directory': '__tests__/fixtures/projects/not-normalized',
      changelog: 'none'
    })
    await run(lenient, {})
    expect(lenient.outputs.get('result')).toBe('warn')
    expect(lenient.failures).toEqual([])
    const strict = fakeRunner({
      ...demo,
      mode: 'readiness',
      strict: 'true',
      'working-directory': '__tests__/fixtures/projects/not-normalized',
      changelog: 'none'
    })
    await run(strict, {})
    expect(strict.outputs.get('result')).toBe('fail')
    expect(strict.failures[0]).toContain('warning(s) under strict: true')
  })

  test('a bad input fails once and leaves the outputs at their failing defaults', async () => {
    const runner = fakeRunner({ 'expected-wheels': 'lots' })
    await run(runner, {})
    expect(runner.failures).toEqual([
      "Input 'expected-wheels' has the value 'lots', but it must be N, >=N, <=N or N..M (for example 12 or >=6)."
    ])
    expect(runner.outputs.get('result')).toBe('fail')
    expect(runner.outputs.size).toBe(OUTPUTS.length)
  })

  test('no pyproject in the working directory is one clear error', async () => {
    const runner = fakeRunner({
      tag: 'v1.0.0',
      changelog: 'none',
      'working-directory': 'examples'
    })
    await run(runner, {})
    expect(
      runner.annotations
        .filter(a => a.level === 'error')
        .map(a => a.place?.title)
    ).toEqual(['version/no-pyproject'])
  })
})
