/**
 * Checks specifier sets against Python's `packaging`: validity, str() and
 * `contains` for every probe version under each pre-release mode. The oracle
 * is written by scripts/make-specifier-oracle.py.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import {
  parseSpecifierSet,
  type ContainsOptions
} from '../../../src/engine/version/specifier.js'

type Results = Record<'default' | 'true' | 'false', string>

type SetEntry =
  | ({ spec: string; valid: true; str: string } & Results)
  | { spec: string; valid: false; error: string }

interface Oracle {
  packaging_version: string
  versions: string[]
  sets: SetEntry[]
}

const oracle = JSON.parse(
  readFileSync(
    new URL('../../fixtures/pep440/specifier-oracle.json', import.meta.url),
    'utf8'
  )
) as Oracle

const MODES: [keyof Results, ContainsOptions][] = [
  ['default', {}],
  ['true', { prereleases: true }],
  ['false', { prereleases: false }]
]

function mismatches(e: SetEntry): string[] {
  const set = parseSpecifierSet(e.spec)
  if (!e.valid || !set) {
    return e.valid === (set !== null)
      ? []
      : [`valid: got ${set !== null}, want ${e.valid}`]
  }
  const out: string[] = []
  if (set.toString() !== e.str) out.push(`str: got ${set.toString()}`)
  for (const [mode, options] of MODES) {
    oracle.versions.forEach((version, i) => {
      const want = e[mode][i] === '1'
      if (set.contains(version, options) !== want) {
        out.push(`contains(${JSON.stringify(version)}) ${mode}: want ${want}`)
      }
    })
  }
  return out
}

describe(`specifier sets agree with packaging ${oracle.packaging_version}`, () => {
  test('the oracle holds hundreds of sets, valid and invalid', () => {
    const valid = oracle.sets.filter(e => e.valid).length
    expect(valid * oracle.versions.length).toBeGreaterThanOrEqual(500)
    expect(oracle.sets.length - valid).toBeGreaterThanOrEqual(50)
  })

  test('validity, str() and contains() match for every pair', () => {
    const problems = oracle.sets.flatMap(e =>
      mismatches(e).map(m => `${JSON.stringify(e.spec)} ${m}`)
    )
    expect({ count: problems.length, first: problems.slice(0, 25) }).toEqual({
      count: 0,
      first: []
    })
  })
})
