/**
 * Checks the PEP 440 module against Python's `packaging`, entry by entry.
 * The oracle is written by scripts/make-pep440-oracle.py; integers in it are
 * decimal strings so that numbers past 2^53 survive JSON.parse.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import {
  describeVersion,
  sortVersions,
  versionDescriptionToJson
} from '../../../src/engine/version/describe-version.js'
import {
  baseVersion,
  compareVersions,
  formatVersion,
  isValidVersion,
  normalizeVersion,
  parseVersion,
  publicVersion,
  versionsEqual,
  type Version
} from '../../../src/engine/version/pep440.js'

interface ValidEntry {
  input: string
  valid: true
  normalized: string
  is_prerelease: boolean
  is_devrelease: boolean
  is_postrelease: boolean
  epoch: string
  release: string[]
  pre: [string, string] | null
  post: string | null
  dev: string | null
  local: string | null
}

type Entry = ValidEntry | { input: string; valid: false; error: string }

interface Oracle {
  packaging_version: string
  entries: Entry[]
  sorted_groups: number[][]
}

const oracle = JSON.parse(
  readFileSync(
    new URL('../../fixtures/pep440/oracle.json', import.meta.url),
    'utf8'
  )
) as Oracle

const numberText = (n: bigint | null): string | null =>
  n === null ? null : n.toString()

// The JSON line `version --json` prints, built from packaging's answer.
function expectedJson(e: Entry): string {
  const input = JSON.stringify(e.input)
  if (!e.valid) {
    return `{"input":${input},"valid":false,"normalized":null,"prerelease":null,"dev":null,"post":null,"local":null,"epoch":null,"release":null}`
  }
  const str = (s: string | null): string => JSON.stringify(s)
  return (
    `{"input":${input},"valid":true,"normalized":${str(e.normalized)},` +
    `"prerelease":${e.is_prerelease},"dev":${e.dev ?? 'null'},` +
    `"post":${e.post ?? 'null'},"local":${str(e.local)},` +
    `"epoch":${e.epoch},"release":[${e.release.join(',')}]}`
  )
}

// Every way the TypeScript answer differs from packaging's for one entry.
function mismatches(e: Entry): string[] {
  const d = describeVersion(e.input)
  const v = parseVersion(e.input)
  const out: string[] = []
  const check = (what: string, got: unknown, want: unknown): void => {
    const [g, w] = [JSON.stringify(got), JSON.stringify(want)]
    if (g !== w) out.push(`${what}: got ${clip(g)}, want ${clip(w)}`)
  }
  check('valid', d.valid, e.valid)
  check('isValidVersion', isValidVersion(e.input), e.valid)
  check('json', versionDescriptionToJson(d), expectedJson(e))
  if (!e.valid || !v) return out
  check('normalized', d.normalized, e.normalized)
  check('normalizeVersion', normalizeVersion(e.input), e.normalized)
  check('prerelease', d.prerelease, e.is_prerelease)
  check('devrelease', d.dev !== null, e.is_devrelease)
  check('postrelease', d.post !== null, e.is_postrelease)
  check('dev', numberText(d.dev), e.dev)
  check('post', numberText(d.post), e.post)
  check('local', d.local, e.local)
  check('epoch', numberText(d.epoch), e.epoch)
  check('release', d.release?.map(String), e.release)
  check('pre', v.pre && [v.pre.label, v.pre.n.toString()], e.pre)
  check('public', formatVersion(publicVersion(v)), e.normalized.split('+')[0])
  const base = (e.epoch === '0' ? '' : `${e.epoch}!`) + e.release.join('.')
  check('base', formatVersion(baseVersion(v)), base)
  check('round trip', versionsEqual(e.input, e.normalized), true)
  return out
}

const clip = (s: string): string =>
  s.length > 100 ? `${s.slice(0, 100)}…(${s.length} chars)` : s

function report(problems: string[]): { count: number; first: string[] } {
  return { count: problems.length, first: problems.slice(0, 25) }
}

describe(`PEP 440 versions agree with packaging ${oracle.packaging_version}`, () => {
  const valid = oracle.entries.flatMap((e, i) => (e.valid ? [i] : []))
  const order = oracle.sorted_groups.flat()

  test('the oracle covers thousands of strings, valid and invalid', () => {
    expect(oracle.entries.length).toBeGreaterThanOrEqual(3000)
    expect(valid.length).toBeLessThan(oracle.entries.length)
    expect([...order].sort((a, b) => a - b)).toEqual(valid)
  })

  test('validity, normalized form and every field match each entry', () => {
    const problems = oracle.entries.flatMap((e, i) =>
      mismatches(e).map(
        m => `#${i} ${JSON.stringify(e.input).slice(0, 60)} ${m}`
      )
    )
    expect(report(problems)).toEqual({ count: 0, first: [] })
  })

  // Only versions both sides accept; the test above reports the others.
  const parsed = new Map(
    valid.flatMap(i => {
      const v = parseVersion(oracle.entries[i]!.input)
      return v ? [[i, v] as const] : []
    })
  )
  const at = (i: number): Version => parsed.get(i) ?? parseVersion('0')!

  test('a stable sort puts the valid versions in packaging order', () => {
    const sorted = [...valid].sort((a, b) => compareVersions(at(a), at(b)))
    const problems = sorted.flatMap((i, k) =>
      i === order[k] ? [] : [`position ${k}: got #${i}, want #${order[k]}`]
    )
    expect(report(problems)).toEqual({ count: 0, first: [] })
  })

  test('versions in one equality group compare 0, and groups ascend', () => {
    const problems: string[] = []
    oracle.sorted_groups.forEach((group, g) => {
      const first = at(group[0]!)
      for (const i of group.slice(1)) {
        if (compareVersions(first, at(i)) !== 0)
          problems.push(`#${i} != group ${g}`)
      }
      const next = oracle.sorted_groups[g + 1]
      if (next === undefined) return
      const later = at(next[0]!)
      if (!(
        compareVersions(first, later) < 0 && compareVersions(later, first) > 0
      )) {
        problems.push(`group ${g} does not sort before group ${g + 1}`)
      }
    })
    expect(report(problems)).toEqual({ count: 0, first: [] })
  })

  test('sortVersions prints the valid inputs normalized, in packaging order', () => {
    const entries = oracle.entries
    const want = order.map(i => (entries[i] as ValidEntry).normalized)
    expect(sortVersions(entries.map(e => e.input))).toEqual(want)
  })
})
