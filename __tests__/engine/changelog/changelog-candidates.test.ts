import { describe, expect, test } from '@jest/globals'
import {
  CHANGELOG_CANDIDATES,
  detectChangelogPath
} from '../../../src/engine/changelog/changelog-candidates.js'

describe('detectChangelogPath', () => {
  test('tries CHANGELOG, CHANGES, HISTORY, NEWS, then the same under docs/', () => {
    expect(CHANGELOG_CANDIDATES.slice(0, 5)).toEqual([
      'CHANGELOG.md',
      'CHANGELOG.rst',
      'CHANGELOG.txt',
      'CHANGELOG',
      'CHANGES.md'
    ])
    expect(CHANGELOG_CANDIDATES).toHaveLength(32)
    expect(CHANGELOG_CANDIDATES[16]).toBe('docs/CHANGELOG.md')
  })

  test.each([
    [['README.md', 'CHANGES.rst', 'HISTORY.md'], 'CHANGES.rst'],
    [['docs/changelog.md', 'NEWS'], 'NEWS'],
    [['./History.txt'], './History.txt'],
    [['docs/changelog.rst', 'src/CHANGELOG.md'], 'docs/changelog.rst'],
    [['changelog.md', 'CHANGELOG.md'], 'CHANGELOG.md'],
    [['CHANGELOG.markdown', 'docs/news/CHANGES.md', 'README.rst'], null]
  ])('among %j picks %j', (paths, expected) => {
    expect(detectChangelogPath(paths)).toBe(expected)
  })
})
