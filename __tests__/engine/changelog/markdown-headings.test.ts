import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  outlineEvents,
  scanMarkdownHeadings
} from '../../../src/engine/changelog/markdown-headings.js'
import { TextLines } from '../../../src/engine/changelog/text-lines.js'

function headings(text: string): [number, number, string][] {
  return scanMarkdownHeadings(new TextLines(text))
    .all()
    .map(h => [h.line + 1, h.level, h.text])
}

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url))

describe('scanMarkdownHeadings', () => {
  test('reads ATX headings of every level, without closing hashes', () => {
    const text =
      '# One\n## Two ##\n### Three #not closing\n###### Six\n####### Seven'
    expect(headings(text)).toEqual([
      [1, 1, 'One'],
      [2, 2, 'Two'],
      [3, 3, 'Three #not closing'],
      [4, 6, 'Six']
    ])
  })

  test('needs a space after the hashes and at most three spaces before', () => {
    expect(
      headings('#hashtag\n    # indented code\n   # Three spaces')
    ).toEqual([[3, 1, 'Three spaces']])
  })

  test('reads setext headings at their text line', () => {
    const text = 'Title\n=====\n\nSection\n---\n\nFirst line\nsecond line\n---'
    expect(headings(text)).toEqual([
      [1, 1, 'Title'],
      [4, 2, 'Section'],
      [7, 2, 'First line second line']
    ])
    expect(scanMarkdownHeadings(new TextLines(text)).all()[1]).toMatchObject({
      start: 3,
      end: 4
    })
  })

  test('takes a dash line after a list item or a blank line as a break', () => {
    const text = '- item\n---\n\n---\ntext\n***'
    expect(headings(text)).toEqual([])
  })

  test('keeps list continuation lines out of setext headings', () => {
    const text = '- item\n  more text\n---\n\n* item\n\n  continued\n  ---'
    expect(headings(text)).toEqual([])
  })

  test.each([
    ['backticks', '```\n## 1.0.0\n```\n## After'],
    ['tildes', '~~~python\n# 1.0.0\n~~~\n## After'],
    ['a longer fence', '````\n```\n## 1.0.0\n```\n````\n## After'],
    [
      'an indented fence',
      '- item\n\n  ```sh\n  # comment\n# 1.0.0\n  ```\n## After'
    ]
  ])('ignores headings inside fenced code with %s', (_, text) => {
    expect(headings(text).map(h => h[2])).toEqual(['After'])
  })

  test('ignores headings in HTML comments and raw HTML blocks', () => {
    const text =
      '<!--\n## 1.0.0\n-->\n<!-- one line -->\n<script>\n# x\n</script>\n## After'
    expect(headings(text).map(h => h[2])).toEqual(['After'])
  })

  test('skips YAML front matter', () => {
    const text = '---\ntitle: Changelog\nref: changelog\n---\n\n# Changelog'
    expect(headings(text)).toEqual([[6, 1, 'Changelog']])
  })

  test('never reads a setext heading inside a block quote', () => {
    expect(headings('> quoted\n---')).toEqual([])
  })
})

describe('scanMarkdownHeadings with outline events', () => {
  const WORDS = ['releas', 'older']
  const OUTLINE = outlineEvents(WORDS)

  function outline(text: string): string[] {
    return scanMarkdownHeadings(new TextLines(text), OUTLINE)
      .all()
      .map(h => `${h.start}-${h.end} ${h.level} ${h.text}`)
  }

  // What the outline should hold: every heading but ATX ones below level
  // 2 with neither a digit nor a word in their line.
  function expected(text: string): string[] {
    const lines = new TextLines(text)
    return scanMarkdownHeadings(lines)
      .all()
      .filter(h => {
        const line = lines.line(h.line).toLowerCase()
        if (!/^ {0,3}#/.test(line) || h.level <= 2 || /[0-9]/.test(line)) {
          return true
        }
        return WORDS.some(word => line.includes(word))
      })
      .map(h => `${h.start}-${h.end} ${h.level} ${h.text}`)
  }

  const TRICKY: [string, string][] = [
    ['an underline below a passed-over heading', '## 1.0\n### Added\n---\n- x'],
    [
      'an indented one above a setext paragraph',
      '## 1.0\n  ### Added\n\n  Some text\n  ---\n'
    ],
    [
      'headings in fenced code',
      '## 1.0\n```\n### Added\n### 2.0\n```\n### Fixed'
    ],
    [
      'words in any case',
      '### RELEASED\n#### Older ones\n### Other\n#### Misc 3'
    ],
    ['closing hashes', '### Added ###\n### 1.0 ###\n###\n### 2 #']
  ]

  test.each(TRICKY)('keeps what can name or end an entry: %s', (_, text) => {
    expect(outline(text)).toEqual(expected(text))
  })

  // Every Markdown file the tests hold, changelogs and release states.
  const files = markdownFixtures(FIXTURES)
  test(`agrees with the full scan on ${files.length} Markdown fixtures`, () => {
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect([file, outline(text)]).toEqual([file, expected(text)])
    }
  })
})

function markdownFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && e.name.toLowerCase().endsWith('.md'))
    .map(e => path.join(e.parentPath ?? e.path, e.name))
}
