import { describe, expect, test } from '@jest/globals'
import {
  resolveRun,
  type RunContext
} from '../../src/engine/release-context.js'

const ctx = (over: Partial<RunContext> = {}): RunContext => ({
  ref: 'refs/heads/main',
  eventName: 'push',
  releaseTagName: '',
  ...over
})

describe('resolveRun', () => {
  test('a pushed tag ref makes auto mode a release of that tag', () => {
    expect(
      resolveRun('auto', '', ctx({ ref: 'refs/tags/v1.2.3' }))
    ).toMatchObject({
      mode: 'release',
      tag: 'v1.2.3',
      tagSource: 'ref',
      findings: []
    })
  })

  test('the tag input wins over the ref', () => {
    expect(
      resolveRun('auto', 'v2.0.0', ctx({ ref: 'refs/tags/v1.0.0' }))
    ).toMatchObject({
      tag: 'v2.0.0',
      tagSource: 'input'
    })
  })

  test('a release event supplies its tag_name', () => {
    const run = resolveRun(
      'auto',
      '',
      ctx({ eventName: 'release', ref: '', releaseTagName: 'v3.1.0' })
    )
    expect(run).toMatchObject({
      mode: 'release',
      tag: 'v3.1.0',
      tagSource: 'release-event'
    })
  })

  test('branches and pull requests are readiness runs', () => {
    expect(
      resolveRun(
        'auto',
        '',
        ctx({ eventName: 'pull_request', ref: 'refs/pull/7/merge' })
      )
    ).toMatchObject({
      mode: 'readiness',
      tag: null
    })
  })

  test('release mode without any tag is one clear error', () => {
    const run = resolveRun('release', '', ctx())
    expect(run.findings).toHaveLength(1)
    expect(run.findings[0]).toMatchObject({
      id: 'tag/missing',
      severity: 'error'
    })
    expect(run.findings[0]?.message).toContain("'refs/heads/main'")
  })
})
