import { describe, expect, test } from '@jest/globals'
import {
  LineOpening,
  TextLines
} from '../../../src/engine/changelog/text-lines.js'
import { seededRandom } from '../../seeded-random.js'

// What the lines are, by the plainest means: CRLF, LF and CR end a line, a
// leading byte-order mark is dropped, a final line end adds no line.
function reference(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

// Offsets where each reference line starts in the normalized text.
function starts(lines: readonly string[]): number[] {
  const out: number[] = []
  let at = 0
  for (const line of lines) {
    out.push(at)
    at += line.length + 1
  }
  return out
}

function randomText(random: () => number, size: number): string {
  const pieces = ['a', 'word ', '## 1.0', '', ' ', '\n', '\n', '\r\n', '\r']
  let text = random() < 0.2 ? '\ufeff' : ''
  while (text.length < size) {
    text += pieces[Math.floor(random() * pieces.length)]
  }
  return text
}

describe('TextLines', () => {
  test.each([
    ['', ['']],
    ['\n', ['']],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\n\n', ['a', '']],
    ['\ufeffa\r\nb\rc\n', ['a', 'b', 'c']]
  ])('splits %j as %j', (text, lines) => {
    const read = new TextLines(text)
    expect(read.length).toBe(lines.length)
    expect(read.slice()).toEqual(lines)
    expect(lines.map((_, i) => read.line(i))).toEqual(lines)
    expect(read.line(lines.length)).toBe('')
    expect(read.line(-1)).toBe('')
  })

  // Small and large texts (past the length where counting turns native),
  // read in a random order, as checks read them.
  test.each([1, 2, 3, 4, 5, 6])(
    'reads lines in any order as a plain split does (seed %i)',
    seed => {
      const random = seededRandom(seed)
      const text = randomText(random, seed % 2 === 0 ? 200 : 20_000)
      const lines = reference(text)
      const at = starts(lines)
      const read = new TextLines(text)
      const problems: string[] = []
      for (let k = 0; k < 300; k++) {
        const i = Math.floor(random() * (lines.length + 2)) - 1
        const kind = Math.floor(random() * 4)
        if (kind === 0 && read.line(i) !== (lines[i] ?? '')) {
          problems.push(`line(${i})`)
        } else if (kind === 1 && i >= 0 && i < lines.length) {
          const offset = (at[i] as number) + Math.floor(random() * 3)
          const want = at.findLastIndex(s => s <= offset)
          if (read.lineOf(offset) !== want) problems.push(`lineOf(${offset})`)
        } else if (kind === 2) {
          const to = i + Math.floor(random() * 5)
          const want = lines.slice(Math.max(i, 0), Math.max(to, 0))
          if (read.slice(i, to).join('\n') !== want.join('\n')) {
            problems.push(`slice(${i}, ${to})`)
          }
        } else if (kind === 3 && read.length !== lines.length) {
          problems.push('length')
        }
      }
      expect(read.slice(Math.floor(lines.length / 2))).toEqual(
        lines.slice(Math.floor(lines.length / 2))
      )
      expect(problems).toEqual([])
    }
  )

  test('walks lines by offsets', () => {
    const read = new TextLines('a\n\nbc\n')
    expect([read.next(0), read.next(2), read.next(3)]).toEqual([2, 3, -1])
    expect([read.previous(3), read.previous(2), read.previous(0)]).toEqual([
      2, 0, -1
    ])
    expect(read.lineAt(3)).toBe('bc')
  })
})

describe('TextLines.match', () => {
  const HEADING = new LineOpening(/(#+) /)

  test('finds the next line opening with the pattern, from any offset', () => {
    const read = new TextLines('# a\ntext # b\n## c\n\n# d')
    const found: string[] = []
    for (
      let m = read.match(HEADING, 0);
      m;
      m = read.match(HEADING, m.index + 1)
    ) {
      found.push(`${read.lineAt(m.index)} (${m[1]})`)
    }
    expect(found).toEqual(['# a (#)', '## c (##)', '# d (#)'])
    expect(read.match(HEADING, 1)?.index).toBe(13)
  })

  test('finds nothing in an empty text or past the end', () => {
    expect(new TextLines('').match(HEADING, 0)).toBeNull()
    expect(new TextLines('# a\n').match(HEADING, 4)).toBeNull()
  })
})
