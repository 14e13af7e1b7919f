/**
 * Core metadata parsing, license expressions and content types against
 * Python's `packaging` (oracle by scripts/make-dist-oracle.py).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { parseContentType } from '../../../src/engine/dist/content-type.js'
import { parseCoreMetadata } from '../../../src/engine/dist/core-metadata.js'
import { canonicalizeLicenseExpression } from '../../../src/engine/dist/license-expression.js'

const oracle = JSON.parse(
  readFileSync(
    new URL('../../fixtures/dist-oracle/oracle.json', import.meta.url),
    'utf8'
  )
) as {
  packaging_version: string
  licenses: { expression: string; valid: boolean; canonical?: string }[]
  content_types: { value: string; valid: boolean }[]
  metadata: {
    name: string
    text: string
    fields: Record<string, string[]>
    description: string | null
  }[]
}

// packaging lists Keywords as one field and Project-URL as `label, url`.
function fieldsOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const f of parseCoreMetadata(text).fields) {
    if (f.key === 'description') continue
    out[f.key] = [...(out[f.key] ?? []), f.value]
  }
  return out
}

const sorted = (r: Record<string, string[]>): string =>
  JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))

describe(`metadata agrees with packaging ${oracle.packaging_version}`, () => {
  test.each(oracle.metadata.map(m => [m.name, m] as const))(
    'fields and body of %s',
    (_, m) => {
      const parsed = parseCoreMetadata(m.text)
      expect(sorted(fieldsOf(m.text))).toBe(sorted(m.fields))
      const body = m.fields.description ? null : parsed.body
      const want = m.text.includes('Description:')
        ? null
        : (m.description?.replace(/\r\n/g, '\n') ?? null)
      expect(body).toBe(want)
    }
  )

  test.each(oracle.licenses.map(l => [l.expression, l] as const))(
    'License-Expression %j',
    (_, l) => {
      const r = canonicalizeLicenseExpression(l.expression)
      expect(r.ok ? r.canonical : null).toBe(l.valid ? l.canonical : null)
    }
  )

  test.each(oracle.content_types.map(c => [c.value, c.valid] as const))(
    'Description-Content-Type %j is valid: %s',
    (value, valid) => {
      expect(parseContentType(value).ok).toBe(valid)
    }
  )
})
