import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FINDING_CATALOG } from '../src/engine/report/finding-catalog.js'

const GROUPS =
  'tag|version|pyproject|file|changelog|dist|metadata|index|readiness|publish'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every id the code can report: literals, and the two ways ids are built. */
function idsInCode(): Set<string> {
  const ids = new Set<string>()
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(
      new RegExp(`'((?:${GROUPS})/[a-z0-9-]+)'`, 'g')
    ))
      ids.add(m[1] as string)
    for (const m of text.matchAll(
      /changelogFinding\(\s*[\w.]+,\s*'([a-z-]+)'/g
    ))
      ids.add(`changelog/${m[1]}`)
    if (text.includes('`dist/${field}-mismatch`'))
      ['dist/name-mismatch', 'dist/version-mismatch'].forEach(id => ids.add(id))
  }
  return ids
}

describe('the finding catalog', () => {
  const catalog = FINDING_CATALOG.map(f => f.id)

  test('lists each id once', () => {
    expect(new Set(catalog).size).toBe(catalog.length)
  })

  test('lists exactly the ids the checks can report', () => {
    const code = idsInCode()
    expect([...code].filter(id => !catalog.includes(id)).sort()).toEqual([])
    expect(catalog.filter(id => !code.has(id)).sort()).toEqual([])
  })

  test("the README's checks table is the catalog", () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.split('## Checks\n')[1]?.split('\n## ')[0] ?? ''
    const rows = section
      .split('\n')
      .filter(line => line.startsWith('| `'))
      .map(line =>
        line
          .slice(2, -2)
          .split(/(?<!\\) \| /)
          .map(c => c.replace(/\\\|/g, '|'))
      )
    expect(rows).toEqual(
      FINDING_CATALOG.map(f => [`\`${f.id}\``, f.meaning, f.fix])
    )
  })
})
