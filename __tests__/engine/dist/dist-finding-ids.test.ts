/**
 * The list of artifact finding ids is complete: every id the checks (and
 * the archive reader) can report is there, once, with a meaning and a fix.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { DIST_FINDING_IDS } from '../../../src/engine/dist/dist-finding-ids.js'

function idsIn(folder: string): string[] {
  const root = new URL(`../../../src/${folder}/`, import.meta.url)
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .flatMap(f =>
      [...readFileSync(new URL(f, root), 'utf8').matchAll(/'((?:dist|metadata)\/[a-z0-9-]+)'/g)].map(m => m[1] ?? '')
    )
}

describe('DIST_FINDING_IDS', () => {
  const listed = DIST_FINDING_IDS.map(i => i.id)

  test('lists each id once, with a meaning and a fix', () => {
    expect(new Set(listed).size).toBe(listed.length)
    for (const info of DIST_FINDING_IDS) {
      expect(info.id).toMatch(/^(?:dist|metadata)\/[a-z0-9-]+$/)
      expect(info.meaning.length).toBeGreaterThan(10)
      expect(info.fix.length).toBeGreaterThan(5)
    }
  })

  test('holds every id the artifact checks and the reader report', () => {
    const used = new Set([
      ...idsIn('engine/dist'),
      ...idsIn('io/dist'),
      'dist/name-mismatch',
      'dist/version-mismatch'
    ])
    expect([...used].filter(id => !listed.includes(id))).toEqual([])
  })
})
