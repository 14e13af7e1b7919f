import { describe, expect, test } from '@jest/globals'
import {
  adornmentOf,
  scanRstHeadings
} from '../../../src/engine/changelog/rst-headings.js'

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
