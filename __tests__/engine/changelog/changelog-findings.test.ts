import { describe, expect, test } from '@jest/globals'
import { changelogNotFound } from '../../../src/engine/changelog/changelog-findings.js'
import { equalityKey } from '../../../src/engine/changelog/find-entry.js'

describe('changelogNotFound', () => {
  test('a changelog the user named is an error', () => {
    expect(changelogNotFound({ path: 'docs/CHANGES.md' }, false)).toMatchObject(
      {
        id: 'changelog/not-found',
        severity: 'error',
        message: 'Changelog "docs/CHANGES.md" does not exist.'
      }
    )
  })

  test.each([
    [true, 'error'],
    [false, 'warning']
  ])('none found when required is %s is a %s', (required, severity) => {
    const found = changelogNotFound(
      { searched: ['CHANGELOG.md', 'CHANGES.rst'] },
      required
    )
    expect(found).toMatchObject({ id: 'changelog/not-found', severity })
    expect(found.message).toContain('"CHANGELOG.md", "CHANGES.rst"')
    expect(found.hint).toContain('changelog: none')
  })
})

describe('equalityKey', () => {
  test.each([
    ['1.0', '1.0.0'],
    ['1.0rc1', '1rc1'],
    ['2!1.0.post1', '2!1.post1'],
    ['1.0+local.7', '1+local.7']
  ])('%s equals %s', (a, b) => {
    expect(equalityKey(a)).toBe(equalityKey(b))
  })

  test.each([
    ['1.10', '1.1'],
    ['1.0.1', '1.1'],
    ['10', '1'],
    ['1.0a1', '1.0']
  ])('%s differs from %s', (a, b) => {
    expect(equalityKey(a)).not.toBe(equalityKey(b))
  })
})
