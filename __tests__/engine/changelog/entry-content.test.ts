import { describe, expect, test } from '@jest/globals'
import {
  hasContent,
  isPlaceholder
} from '../../../src/engine/changelog/entry-content.js'

describe('hasContent', () => {
  test.each([
    [
      'markdown',
      ['### Added', '', '<!-- Add entries here', '-->', '### Fixed']
    ],
    ['markdown', ['---', '[1.0]: https://x.test']],
    ['markdown', ['- Nothing changed yet.']],
    ['rst', ['Features', '--------', '', '.. towncrier note', '.. _label:']]
  ] as const)('a %s body of template lines says nothing', (format, body) => {
    expect(hasContent(body, format)).toBe(false)
  })

  test.each([
    ['markdown', ['### Fixed', '- A crash.']],
    ['rst', ['.. note::', '', '   Read this.']],
    ['markdown', ['No significant changes.']]
  ] as const)('a %s body with text says something', (format, body) => {
    expect(hasContent(body, format)).toBe(true)
  })
})

describe('isPlaceholder', () => {
  test.each([
    '- Nothing changed yet.',
    '* TBD',
    '- \\[Short description of non-trivial change.\\]',
    '...',
    '**Todo**'
  ])('%j is a placeholder', line => {
    expect(isPlaceholder(line)).toBe(true)
  })

  test.each(['- Fixed a crash.', 'None of the above changed.'])(
    '%j is content',
    line => {
      expect(isPlaceholder(line)).toBe(false)
    }
  )
})
