import { describe, expect, test } from '@jest/globals'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import { extractReleaseNotes } from '../../../src/engine/changelog/release-notes.js'

// Changelog text is untrusted. Scanning is linear and every pattern is
// anchored without nested quantifiers, so these finish at once; the tests
// check the results, the suite's timeout guards against a hang.

function notes(text: string, file: string, version = '1.0.0'): string {
  return extractReleaseNotes({
    text,
    file,
    version,
    today: '2024-06-01',
    required: true,
    mode: 'release'
  }).notes
}

const MB = 1024 * 1024

describe('hostile headings', () => {
  test.each([
    ['a heading of spaces', `# ${' '.repeat(100_000)}x`],
    ['a heading of `1.` repeated', `## ${'1.'.repeat(100_000)}`],
    ['a heading of digits', `## ${'9'.repeat(100_000)}`],
    ['a heading of brackets', `## ${'[('.repeat(100_000)}`],
    [
      'a setext title of a megabyte',
      `${'word '.repeat(MB / 5)}\n${'='.repeat(MB)}`
    ],
    ['an RST title of a megabyte', `${'1.'.repeat(MB / 2)}\n${'~'.repeat(MB)}`]
  ])('%s names no release', (_, text) => {
    for (const file of ['CHANGELOG.md', 'CHANGES.rst']) {
      const { entries } = parseChangelog(text, file)
      expect(entries.map(e => e.kind)).toEqual([])
    }
  })

  test('a date search on a huge heading stays near the version', () => {
    const text = `## 1.0.0 ${'2024-'.repeat(MB / 5)}\n- x`
    const [entry] = parseChangelog(text, 'CHANGELOG.md').entries
    expect(entry).toMatchObject({ normalized: '1.0.0', date: null })
  })
})

describe('hostile bodies', () => {
  test.each([
    ['brackets', '['.repeat(10 * MB)],
    ['backticks', '`'.repeat(10 * MB)],
    ['double colons', ':: '.repeat(3 * MB)],
    ['role-like text', ':a:`'.repeat(2 * MB)],
    ['dots', '.'.repeat(10 * MB)],
    ['spaces then text', `${' '.repeat(10 * MB)}x`],
    ['`1.` repeated', '1.'.repeat(5 * MB)],
    ['underscores', 'a_'.repeat(5 * MB)]
  ])('a 10 MB line of %s survives into the notes', (_, line) => {
    for (const file of ['CHANGELOG.md', 'CHANGES.rst']) {
      const text = `1.0.0\n=====\n\nIntro.\n\n${line}\n`
      expect(notes(text, file)).toContain('Intro.')
    }
  })

  test.each([
    ['spaced dashes', `${'- '.repeat(5 * MB)}x`],
    ['spaces', ' '.repeat(10 * MB)],
    ['link-like text', `${' '.repeat(5 * MB)}](`],
    ['hashes', `# ${' '.repeat(5 * MB)}#`]
  ])('a 10 MB line of %s in a file without suffix is read', (_, line) => {
    const text = `1.0.0\n=====\n\nIntro.\n\n${line}\n`
    expect(parseChangelog(text, 'NEWS').entries.map(e => e.version)).toEqual([
      '1.0.0'
    ])
    expect(notes(text, 'CHANGES.txt')).toContain('Intro.')
  })

  test('an unclosed fence or comment hides the rest of the file', () => {
    expect(parseChangelog('## 1.0\n```\n## 0.9', 'a.md').entries).toHaveLength(
      1
    )
    expect(parseChangelog('<!--\n## 1.0', 'a.md').entries).toEqual([])
  })

  test('deeply nested directives are converted to a bounded depth', () => {
    const depth = 2000
    const lines = Array.from(
      { length: depth },
      (_, i) => `${' '.repeat(i * 3)}.. note::\n`
    )
    const text = `1.0.0\n=====\n\n${lines.join('\n')}${' '.repeat(depth * 3)}deep\n`
    expect(notes(text, 'CHANGES.rst')).toContain('deep')
  })
})

describe('a 50 MB changelog', () => {
  test('is parsed and its newest entry extracted', () => {
    const body =
      `- ${'A change worth describing at length. '.repeat(60)}\n`.repeat(12)
    const entries: string[] = []
    for (let n = 2000; n > 0; n--) {
      entries.push(`## 1.${n}.0 - 2024-01-01\n\n${body}\n`)
    }
    const text = `# Changelog\n\n${entries.join('')}`
    expect(text.length).toBeGreaterThan(50 * 1000 * 1000)
    const result = extractReleaseNotes({
      text,
      file: 'CHANGELOG.md',
      version: '1.2000.0',
      today: '2024-06-01',
      required: true,
      mode: 'release'
    })
    expect(result.entry).toMatchObject({ line: 3, endLine: 16 })
    expect(result.findings).toEqual([])
    expect(parseChangelog(text, 'CHANGELOG.md').entries).toHaveLength(2000)
  })
})
