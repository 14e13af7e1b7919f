/**
 * Core metadata read as RFC 822 headers and a body, the long description
 * found in either place, and line numbers kept for the findings.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import {
  fieldsNamed,
  firstField,
  longDescription,
  parseCoreMetadata
} from '../../../src/engine/dist/core-metadata.js'
import { checkMetadata } from '../../../src/engine/dist/metadata-checks.js'
import { artifactRef } from '../../../src/engine/dist/artifact-finding.js'

describe('parseCoreMetadata', () => {
  const text = [
    'Metadata-Version: 2.4',
    'Name: demo',
    'Version: 1.0',
    'License: Line one',
    '        line two',
    '\tline three',
    'Classifier: A :: B',
    'classifier: C :: D',
    '',
    '# Demo',
    '',
    'Body.'
  ].join('\n')
  const parsed = parseCoreMetadata(text)

  test('keeps continuation lines of a multi-line field', () => {
    expect(firstField(parsed, 'license')?.value).toBe('Line one\n        line two\n\tline three')
  })

  test('collects repeated fields, whatever their case, with their lines', () => {
    expect(fieldsNamed(parsed, 'classifier').map(f => [f.value, f.line])).toEqual([
      ['A :: B', 7],
      ['C :: D', 8]
    ])
  })

  test('reads the body after the first blank line as the description', () => {
    expect(parsed.body).toBe('# Demo\n\nBody.')
    expect(parsed.bodyLine).toBe(10)
    expect(longDescription(parsed)).toEqual({ text: '# Demo\n\nBody.', line: 10 })
  })

  test.each([
    ['Metadata-Version: 2.1\nName: x\n', null],
    ['Metadata-Version: 2.1\nName: x\n\n', null],
    ['Metadata-Version: 2.1\nName: x\n\n  \n\n', null],
    ['Metadata-Version: 2.1\r\nName: x\r\n\r\nBody\r\n', 'Body\n']
  ])('a body of %j is %j', (source, body) => {
    expect(parseCoreMetadata(source).body).toBe(body)
  })

  test('unfolds a Description header written with `|` prefixes', () => {
    const old = parseCoreMetadata(
      'Metadata-Version: 1.2\nName: x\nDescription: Title\n       |=====\n       |\n       |Text.\n'
    )
    expect(longDescription(old)).toEqual({ text: 'Title\n=====\n\nText.', line: 3 })
  })

  test('unfolds a Description header indented as setuptools writes it', () => {
    const old = parseCoreMetadata(
      'Metadata-Version: 1.2\nName: x\nDescription: Title\n        =====\n        \n        Text.\n            code\n'
    )
    expect(longDescription(old)?.text).toBe('Title\n=====\n\nText.\n    code')
  })
})

describe('realistic METADATA files', () => {
  const folder = new URL('../../fixtures/metadata/', import.meta.url)
  const files = readdirSync(folder).filter(f => f.endsWith('.METADATA'))

  test('there are several, from different backends', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  test.each(files)('%s is sound', file => {
    const text = readFileSync(new URL(file, folder), 'utf8')
    const context = {
      ref: artifactRef('dist', 'x.whl'),
      member: 'x.dist-info/METADATA',
      metadata: parseCoreMetadata(text)
    }
    const members = new Set(['x.dist-info/licenses/LICENSE', 'x.dist-info/LICENSE', 'x.dist-info/licenses/NOTICE', 'x.dist-info/AUTHORS.rst'])
    const root = { folders: ['x.dist-info/licenses/', 'x.dist-info/'], members }
    expect(checkMetadata(context, root, null)).toEqual([])
  })
})
