import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { validateRelease } from '../../src/engine/index.js'
import { readReleaseSnapshot } from '../../src/io/read-release-snapshot.js'
import { parseSettings } from '../../src/settings.js'

/** One real release state: see __tests__/fixtures/releases/README.md. */
interface ReleaseState {
  dir: string
  tag: string
  tag_prefix: string
  working_directory: string
  version: string
  version_source: string
  tag_version: string | null
  tag_matches_declared: boolean | null
  changelog_from_working_directory: string | null
  expected_release_check: 'pass' | 'fail'
}

const root = path.resolve('__tests__/fixtures/releases')
const states = JSON.parse(
  readFileSync(path.join(root, 'manifest.json'), 'utf8')
) as ReleaseState[]

async function check(state: ReleaseState) {
  const snapshotRoot = path.join(root, state.dir)
  const settings = parseSettings(
    name =>
      ({
        tag: state.tag,
        'tag-prefix': state.tag_prefix,
        'working-directory': path.join(snapshotRoot, state.working_directory),
        'check-index': 'false',
        changelog: state.changelog_from_working_directory ?? 'none'
      })[name]
  )
  return validateRelease(
    await readReleaseSnapshot(settings, { GITHUB_WORKSPACE: snapshotRoot }),
    settings
  )
}

// The manifest's verdict on tag and declaration, as finding ids.
function expectedErrors(state: ReleaseState): string[] {
  if (state.tag_version === null) return ['tag/not-pep440']
  return state.tag_matches_declared === false ? ['version/mismatch'] : []
}

const TAG_AND_VERSION = /^(tag|version|pyproject)\//

describe('real release states at their tags', () => {
  test('the corpus is all there', () => {
    expect(states).toHaveLength(59)
  })

  test.each(states.map(s => [s.dir, s] as const))(
    '%s: version and tag verdict',
    async (_dir, state) => {
      const report = await check(state)
      const errors = report.findings
        .filter(f => f.severity === 'error' && TAG_AND_VERSION.test(f.id))
        .map(f => f.id)
      expect(report.facts.version).toBe(state.version)
      expect(errors).toEqual(expectedErrors(state))
    }
  )

  test.each(states.map(s => [s.dir, s] as const))(
    '%s: the whole check reaches the expected verdict',
    async (_dir, state) => {
      const report = await check(state)
      const errors = report.findings.filter(f => f.severity === 'error')
      expect({
        result: report.result === 'fail' ? 'fail' : 'pass',
        errors: errors.length > 0
      }).toEqual({
        result: state.expected_release_check,
        errors: state.expected_release_check === 'fail'
      })
    }
  )
})
