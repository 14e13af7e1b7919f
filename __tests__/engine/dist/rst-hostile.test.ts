/**
 * The reStructuredText check does bounded work on large and hostile
 * descriptions: it answers quickly and never throws.
 */
import { describe, expect, test } from '@jest/globals'
import { checkRst } from '../../../src/engine/dist/rst/check-rst.js'

const README = [
  'Section',
  '=======',
  '',
  'Some *emphasis*, **strong**, ``literal`` and a `link <https://example.com>`__.',
  '',
  '- item one',
  '- item two with `ref <https://example.org>`__',
  '',
  '.. code-block:: python',
  '',
  '   print("hi")',
  ''
].join('\n')

function timed(text: string): { ms: number; problems: number } {
  const start = performance.now()
  const problems = checkRst(text).length
  return { ms: performance.now() - start, problems }
}

describe('large and hostile descriptions', () => {
  test('a 1 MB README is checked in a few seconds at most', () => {
    const text = Array.from({ length: 5000 }, (_, i) =>
      README.replace('Section', `Section ${i}`).replace('=======', '='.repeat(9 + String(i).length))
    ).join('\n')
    expect(text.length).toBeGreaterThan(1_000_000)
    const { ms, problems } = timed(text)
    expect(problems).toBe(0)
    expect(ms).toBeLessThan(5000)
  })

  test.each([
    ['unterminated emphasis everywhere', '*a '.repeat(100_000)],
    ['backquotes everywhere', '`a '.repeat(100_000)],
    ['references everywhere', 'a_ '.repeat(100_000)],
    ['deep nesting', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- x`).join('\n')],
    ['deep block quotes', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}x\n`).join('\n')],
    ['a huge table line', `+${'-'.repeat(200_000)}+\n|${' '.repeat(200_000)}|\n`],
    ['endless adornments', '=\n'.repeat(100_000)],
    ['NULs and escapes', '\\'.repeat(100_000) + '\0'.repeat(1000)]
  ])('%s', (_, text) => {
    const { ms } = timed(text)
    expect(ms).toBeLessThan(5000)
  })
})
