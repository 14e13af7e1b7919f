/**
 * The reStructuredText check against docutils run as the index runs it
 * (readme_renderer's settings): each case of the oracle written by
 * scripts/make-dist-rst-oracle.py must pass or fail alike, stopping on the
 * same message at the same line.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { checkRst } from '../../../src/engine/dist/rst/check-rst.js'

interface Case {
  name: string
  text: string
  ok: boolean
  level?: string
  line?: number | null
  message?: string
}

const oracle = JSON.parse(
  readFileSync(
    new URL('../../fixtures/dist-oracle/rst-oracle.json', import.meta.url),
    'utf8'
  )
) as { docutils_version: string; cases: Case[] }

// docutils appends the offending source to some messages; compare the
// first line, without it.
const firstLine = (message: string): string => message.split('\n')[0] ?? ''

function verdict(c: Case): string {
  const problems = checkRst(c.text)
  const first = problems[0]
  return first ? `${first.level}: ${firstLine(first.message)}` : 'renders'
}

describe(`reStructuredText rendering agrees with docutils ${oracle.docutils_version}`, () => {
  test('the oracle holds healthy and broken descriptions', () => {
    expect(oracle.cases.filter(c => c.ok).length).toBeGreaterThan(40)
    expect(oracle.cases.filter(c => !c.ok).length).toBeGreaterThan(50)
  })

  test.each(oracle.cases.map(c => [c.name, c] as const))('%s', (_, c) => {
    const want = c.ok
      ? 'renders'
      : `${c.level ?? ''}: ${firstLine(c.message ?? '')}`
    expect(verdict(c)).toBe(want)
  })

  // docutils reports inline problems at the first line of their paragraph
  // (or, for some, the line after it); the check names the exact line, so
  // for those it may be further down the same paragraph.
  const INLINE =
    /^(?:Inline|Unknown interpreted|raw |Duplicate explicit|Multiple roles|Mismatch|PEP|RFC)/

  function lineAgrees(c: Case): boolean {
    const line = checkRst(c.text)[0]?.line ?? 0
    if (!INLINE.test(c.message ?? '')) return line === c.line
    const paragraph = c.text.split('\n').length
    return Math.abs(line - (c.line ?? 0)) <= paragraph
  }

  test('each failure is reported at the line docutils names', () => {
    const wrong = oracle.cases
      .filter(c => !c.ok && typeof c.line === 'number')
      .filter(c => !lineAgrees(c))
      .map(c => `${c.name}: line ${checkRst(c.text)[0]?.line} != ${c.line}`)
    expect(wrong).toEqual([])
  })
})
