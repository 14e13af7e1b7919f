import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractReleaseNotes } from '../../../src/engine/changelog/release-notes.js'

const STYLES = fileURLToPath(
  new URL('../../fixtures/changelogs/styles', import.meta.url)
)

function read(path: string): string {
  return readFileSync(join(STYLES, path), 'utf8')
}

// Each style file is a healthy changelog: its release must yield the
// expected notes and no finding at all.
describe.each([
  ['keep-a-changelog.md', '1.2.0', 'Keep a Changelog with link references'],
  ['towncrier-md.md', '24.5.0', 'towncrier Markdown with linked versions'],
  ['towncrier-rst.rst', '3.1.0', 'towncrier reStructuredText with roles'],
  ['setext.md', '2.0.0', 'setext titles with ATX categories'],
  ['rst-overline.rst', '2.1.0', 'over- and underlined RST titles'],
  ['fenced.md', '0.10.0', 'fenced code holding fake headings'],
  ['crlf-bom.md', '1.0.1', 'CRLF line ends and a byte-order mark'],
  ['plain.txt', '0.3.0', 'a plain-text changelog read as RST']
])('%s (%s): %s', (file, version) => {
  const result = extractReleaseNotes({
    text: read(file),
    file,
    version,
    today: '2024-12-31',
    required: true,
    mode: 'release'
  })
  const expected = read(`expected/${file.replace(/\.[a-z]+$/, '')}.md`)

  test('gives the expected release notes', () => {
    expect(result.notes).toBe(expected.replace(/\n$/, ''))
    expect(result.notesSource).toBe('entry')
  })

  test('stays silent', () => {
    expect(result.findings).toEqual([])
  })
})

describe('locations in the style files', () => {
  test('a setext title is located at its text line, with a date', () => {
    const result = extractReleaseNotes({
      text: read('setext.md'),
      file: 'setext.md',
      version: '1.9.1',
      today: '2024-12-31',
      required: true,
      mode: 'release'
    })
    expect(result.entry).toEqual({
      heading: '1.9.1 - 2024-01-10',
      line: 11,
      endLine: 15
    })
    expect(result.date).toBe('2024-01-10')
  })

  test('an overlined RST title is located at its text line', () => {
    const result = extractReleaseNotes({
      text: read('rst-overline.rst'),
      file: 'rst-overline.rst',
      version: '2.0.0',
      today: '2024-12-31',
      required: true,
      mode: 'release'
    })
    expect(result.entry).toEqual({
      heading: '2.0.0 - 2024-05-01',
      line: 36,
      endLine: 39
    })
    expect(result.notes).toBe('- First release of the 2.x series.')
  })
})
