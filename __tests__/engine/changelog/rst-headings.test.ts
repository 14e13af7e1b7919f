import { describe, expect, test } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Heading } from '../../../src/engine/changelog/changelog-entry.js'
import {
  adornmentOf,
  scanRstHeadings,
  scanRstOutline
} from '../../../src/engine/changelog/rst-headings.js'
import { TextLines } from '../../../src/engine/changelog/text-lines.js'

function titles(text: string): [number, number, string][] {
  return scanRstHeadings(text.split('\n')).map(h => [
    h.line + 1,
    h.level,
    h.text
  ])
}

describe('scanRstHeadings', () => {
  test('gives levels in the order styles first appear', () => {
    const text = [
      'Changes',
      '=======',
      '',
      '1.0 (2024-01-02)',
      '----------------',
      '',
      'Fixes',
      '~~~~~',
      '',
      '0.9',
      '---'
    ].join('\n')
    expect(titles(text)).toEqual([
      [1, 1, 'Changes'],
      [4, 2, '1.0 (2024-01-02)'],
      [7, 3, 'Fixes'],
      [10, 2, '0.9']
    ])
  })

  test('reads over- and underlined titles, inset or not, as their own style', () => {
    const text =
      '####\n 1.5.0 (2026-04-30)\n####\n\nFeatures\n########\n\n***\nx\n***'
    expect(titles(text)).toEqual([
      [2, 1, '1.5.0 (2026-04-30)'],
      [5, 2, 'Features'],
      [9, 3, 'x']
    ])
    expect(scanRstHeadings(text.split('\n'))[0]).toMatchObject({
      start: 0,
      end: 2
    })
  })

  test('accepts any punctuation adornment', () => {
    expect(
      titles('A title\n^^^^^^^\n\nAnother\n"""""""').map(t => t[1])
    ).toEqual([1, 2])
  })

  test.each([
    ['an indented line', '  indented\n  --------'],
    ['a short underline', 'A long title\n---'],
    ['a bullet item', '- item\n------'],
    ['a paragraph continuation', 'some text\nmore text\n---------'],
    ['directive content', '.. only:: html\n\n    ----\n    Draft\n    ----'],
    ['a transition', 'text\n\n--------\n\nmore']
  ])('is not fooled by %s', (_, text) => {
    expect(titles(text)).toEqual([])
  })

  test('accepts an underline shorter than the text when 4 long', () => {
    expect(titles('A long title\n----')).toEqual([[1, 1, 'A long title']])
  })

  test('reads stacked titles and a title right after a label', () => {
    const text = '.. _v1:\n1.0\n===\nproj 1.0\n========'
    expect(titles(text)).toEqual([
      [2, 1, '1.0'],
      [4, 1, 'proj 1.0']
    ])
  })
})

describe('adornmentOf', () => {
  test.each([
    ['=====', '='],
    ['~~~~  ', '~'],
    ['-=-=', null],
    [' ----', null],
    ['abc', null],
    ['', null]
  ])('%j adorns with %j', (line, ch) => {
    expect(adornmentOf(line)).toBe(ch)
  })
})

describe('scanRstOutline', () => {
  const show = (h: Heading): string =>
    `${h.start}-${h.line}-${h.end} ${h.level} ${h.text}`

  // Both scans on one text: by offsets, and line by line.
  function both(text: string): [string[], string[]] {
    const lines = new TextLines(text)
    return [
      scanRstOutline(lines).all().map(show),
      scanRstHeadings(lines.slice()).map(show)
    ]
  }

  test.each([
    ['a title on the first line', 'Title\n=====\ntext'],
    ['an overline and underline', '=====\n Title\n=====\n\nx\n-\n'],
    ['an overline of another character', '=====\nTitle\n-----\n'],
    ['a short underline', 'Long title\n---\n\nAb\n--\n\nAbc\n----'],
    ['mixed characters', 'Title\n-=-=-\n\nOther\n~~~~~'],
    ['paragraph text above', 'some text\nTitle\n=====\n'],
    ['after a bullet or markup', '- item\nTitle\n=====\n.. x\nMore\n----'],
    ['adornments in a row', '=====\n=====\nTitle\n=====\n-----\n'],
    ['trailing whitespace', 'Title\n===== \u00a0\n\nNext\n-----\t'],
    ['an adornment at the end', 'Title\n=====\n\n====='],
    ['indented text', '   Title\n   =====\n\n  Title\n=======\n'],
    [
      'an inset title, then an underlined one',
      '=====\n Title\n=====\nText\n=====\n'
    ],
    ['a blank line of other spaces above', 'x\n\u00a0 \nTitle\n=====\n'],
    ['a title opening with another space', 'x\n\n\u00a0Title\n======\n'],
    ['a lone dash or dots above', '-\nTitle\n=====\n\n..\nOther\n=====\n'],
    ['title text of mixed punctuation', 'x\n\n-=-=\n~~~~\n\n*\tx\n---\n'],
    ['markup and bullets as title text', '\n.. x\n----\n\n\u2022 y\n----\n'],
    ['two underlines', 'Title\n=====\n-----\n\nNext\n----\n'],
    ['trailing spaces on the title', 'Title  \n===\n\nTitle \t\n-----\n'],
    ['markup-like over- and underlines', '.....\nTitle\n.....\n\nx\n'],
    ['an overline below paragraph text', 'some\ntext\n=====\nTitle\n=====\n'],
    ['an overline below markup', '.. x\n=====\n  Title\n=====\n\ny\n']
  ])('finds what the line scan finds: %s', (_, text) => {
    const [outline, lineByLine] = both(text)
    expect(outline).toEqual(lineByLine)
  })

  // With `naming`, the titles below level 2 that it does not match are
  // left out, and nothing else changes.
  const NAMING = /[0-9]|releas|older/i
  function named(text: string): [string[], string[]] {
    const lines = new TextLines(text)
    return [
      scanRstOutline(lines, NAMING).all().map(show),
      scanRstHeadings(lines.slice())
        .filter(h => h.level <= 2 || NAMING.test(h.text))
        .map(show)
    ]
  }

  // Enough sub-titles left out for the search to start passing over them.
  const SECTIONS = [
    '=====',
    'Title',
    '=====',
    '',
    '1.0',
    '---',
    '',
    ...Array.from({ length: 40 }, () => [
      'Added',
      '~~~~~',
      '',
      '- x',
      ''
    ]).flat(),
    'Added',
    '~~~~~'
  ].join('\n')

  test('passes over no underline of a character a deep overline uses', () => {
    const subs = '\nSub\n^^^\n'.repeat(40)
    const text = `Title\n~~~~~\n\n1.0\n---\n\n~~~~\nSub\n~~~~\n${subs}\nOther\n~~~~~\n`
    const [outline, filtered] = named(text)
    expect(outline).toEqual(filtered)
    expect(outline.at(-1)).toMatch(/ 1 Other$/)
  })

  test.each([
    [
      'sub-titles with and without digits',
      '\n\nFixed 12\n~~~~~~~~\n\nMisc\n~~~~'
    ],
    ['words in any case', '\n\nOLDER ones\n~~~~~~~~~~\n\nReleased\n~~~~~~~~'],
    ['a bullet above', '\n\n- item\n~~~~~\nOver\n~~~~~\n\nFix 3\n^^^^^'],
    ['markup above', '\n\n.. note::\n~~~~~\nOver\n~~~~~\n\nFix 3\n^^^^^'],
    [
      'an indented line above',
      '\n\n  text\n~~~~~\nOver\n~~~~~\n\nFix 3\n^^^^^'
    ],
    ['an adornment above', '\n\n+++++\n~~~~~\nOver\n~~~~~\n\nFix 3\n^^^^^'],
    ['paragraph text above', '\n\ntext\nmore\n~~~~\n\nSub\n~~~\n'],
    [
      'an overlined title of the deep character',
      '\n\n~~~~~~\nOver 3\n~~~~~~\n'
    ],
    [
      'a new style after a skip',
      '\n\nOther\n^^^^^\n\nFix 3\n^^^^^\n\nMore\n~~~~'
    ],
    ['an entry deeper down', '\n\n0.9\n---\n\nAdded\n~~~~~\n\n- x']
  ])('leaves out only what names nothing: %s', (_, tail) => {
    const [outline, filtered] = named(SECTIONS + tail)
    expect(outline).toEqual(filtered)
  })

  // A file longer than what the search reads at a time (64 KiB), with a
  // line a character longer each time, well past where the search settles
  // and before its first window ends: that window ends on every line of a
  // block in turn (titles, sub-titles, overlined titles, underlined
  // paragraph text), and the next one starts there.
  test('finds the same titles wherever a window of the search starts', () => {
    const block = (i: number, pad: string): string => {
      const title = `Title ${i}`
      const sub = i % 3 === 0 ? `Fixed ${i}` : 'Added'
      return [
        title,
        '='.repeat(title.length),
        '',
        sub,
        '-'.repeat(sub.length),
        '- a change',
        '',
        i % 5 === 0 ? `~~~~~\nOver ${i}\n~~~~~\n` : `text${pad}`,
        // Paragraph text, underlined: no title.
        `text\nmore text ${i}\n${'='.repeat(14)}`,
        ''
      ].join('\n')
    }
    // More lengths than a block has characters.
    for (let shift = 0; shift < 100; shift++) {
      const pad = 'x'.repeat(shift)
      const body = Array.from({ length: 800 }, (_, i) =>
        block(i, i === 101 ? pad : '')
      ).join('\n')
      const [outline, filtered] = named(body)
      expect(outline).toEqual(filtered)
    }
  })

  const dir = fileURLToPath(new URL('../../fixtures', import.meta.url))
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && e.name.endsWith('.rst'))
    .map(e => path.join(e.parentPath ?? e.path, e.name))

  test(`finds what the line scan finds in ${files.length} RST fixtures`, () => {
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const [outline, lineByLine] = both(readFileSync(file, 'utf8'))
      expect([file, outline]).toEqual([file, lineByLine])
    }
  })

  test(`leaves out only what names nothing in ${files.length} RST fixtures`, () => {
    for (const file of files) {
      const [outline, filtered] = named(readFileSync(file, 'utf8'))
      expect([file, outline]).toEqual([file, filtered])
    }
  })
})
