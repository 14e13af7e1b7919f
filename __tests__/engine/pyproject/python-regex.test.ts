import { describe, expect, test } from '@jest/globals'
import {
  compilePythonRegex,
  searchPython
} from '../../../src/engine/pyproject/python-regex.js'

function search(pattern: string, text: string) {
  const compiled = compilePythonRegex(pattern, { multiline: true })
  if ('error' in compiled) throw new Error(compiled.error)
  return searchPython(compiled.regex, text)
}

describe('compilePythonRegex', () => {
  test.each([
    ['named groups', '(?P<v>[0-9.]+)', 'x 1.2 y', { v: '1.2' }],
    [
      'named backreferences',
      '(?P<q>[\'"])(?P<v>.+?)(?P=q)',
      `a = '3'`,
      { q: "'", v: '3' }
    ],
    [
      'leading inline flags',
      '(?i)^version = (?P<v>\\S+)',
      'VERSION = 4',
      { v: '4' }
    ],
    [
      'verbose mode with comments and escaped #',
      '(?x) \\#define \\s+ V \\s+ (?P<v>\\d+)  # the number',
      '#define V 5',
      { v: '5' }
    ],
    ['a literal ] first in a class', '(?P<v>[]a]+)', 'x]a]', { v: ']a]' }],
    ['\\Z as the end of input', '(?P<v>\\d+)\\Z', '1\n2', { v: '2' }],
    ['re.MULTILINE anchors', '^v=(?P<v>\\d)$', 'a\nv=6\nb', { v: '6' }]
  ])('translates %s', (_what, pattern, text, named) => {
    expect(search(pattern, text)?.named).toEqual(named)
  })

  test('reports syntax JavaScript lacks instead of guessing', () => {
    expect(compilePythonRegex('a(?i)b', { multiline: true })).toHaveProperty(
      'error'
    )
    expect(compilePythonRegex('(?L)a', { multiline: true })).toHaveProperty(
      'error'
    )
  })

  test('gives where a named group starts', () => {
    const m = search('^v = (?P<v>\\d)', 'x\nv = 7')
    expect(m?.index).toBe(2)
    expect(m?.groupIndex('v')).toBe(6)
  })
})
