import { describe, expect, test } from '@jest/globals'
import {
  referencedLabels,
  rstTargets,
  withUsedDefinitions
} from '../../../src/engine/changelog/reference-links.js'
import { TextLines } from '../../../src/engine/changelog/text-lines.js'

describe('referencedLabels', () => {
  test.each([
    ['full [text][Ref]', ['ref']],
    ['collapsed [Ref][]', ['ref']],
    ['shortcut [#12] and [ Two  Words ]', ['#12', 'two words']],
    ['inline [text](https://x.test) and a definition [x]: y', []],
    ['escaped \\[not a link\\]', []],
    ['nested [[inner]] and [![img](a.png)][badge]', ['inner', 'badge']]
  ])('%s refers to %j', (line, labels) => {
    expect(referencedLabels(line)).toEqual(labels)
  })
})

describe('withUsedDefinitions', () => {
  const file = [
    '## 1.0',
    '- Fix ([#12]) by [@bob][bob], see [docs].',
    '',
    '[#12]: https://x.test/12',
    '[BOB]: https://x.test/bob',
    '[unused]: https://x.test/unused'
  ]
  const changelog = TextLines.of(file)

  test('appends the definitions a body uses, in order of use', () => {
    expect(withUsedDefinitions(file.slice(1, 2), changelog)).toEqual([
      '- Fix ([#12]) by [@bob][bob], see [docs].',
      '',
      '[#12]: https://x.test/12',
      '[BOB]: https://x.test/bob'
    ])
  })

  test('adds nothing the body defines itself or does not use', () => {
    const body = ['- Fix ([#12]).', '[#12]: https://x.test/own']
    expect(withUsedDefinitions(body, changelog)).toEqual(body)
    expect(withUsedDefinitions(['plain'], changelog)).toEqual(['plain'])
  })

  test('takes the first definition of a label, as CommonMark does', () => {
    const lines = [
      '- See [a.b] and [(c|d)*].',
      'text [a.b]: not at the start of a line',
      '[a.b]: https://x.test/first',
      '   [(c|d)*]: https://x.test/special',
      '[a.b]: https://x.test/second'
    ]
    expect(withUsedDefinitions(lines.slice(0, 1), TextLines.of(lines))).toEqual(
      [
        lines[0],
        '',
        '[a.b]: https://x.test/first',
        '[(c|d)*]: https://x.test/special'
      ]
    )
  })

  test('finds definitions after CR line ends, and only at a line start', () => {
    const lines = ['- See [x].', '[x]: https://x.test/cr']
    for (const eol of ['\r', '\r\n']) {
      const text = lines.join(eol)
      expect(
        withUsedDefinitions(lines.slice(0, 1), new TextLines(text))
      ).toEqual([lines[0], '', lines[1]])
    }
    const one = ['- See [x]. \u2028[x]: https://x.test/no']
    expect(withUsedDefinitions(one, TextLines.of(one))).toEqual(one)
  })
})

describe('rstTargets', () => {
  const targets = rstTargets(
    TextLines.of([
      '.. _issue 12: https://x.test/12',
      '.. _`Odd: Name`: https://x.test/odd',
      '.. _ Padded  Name : https://x.test/padded',
      '.. _label:',
      '   .. _indented: https://x.test/no',
      '.. _split: https://x.test/a\u2028b',
      'text .. _inline: https://x.test/no',
      '.. _a:b: https://x.test/no',
      '.. _twice: https://x.test/first',
      '.. _TWICE: https://x.test/last',
      `.. _${'x'.repeat(201)}: https://x.test/long`
    ])
  )

  test.each([
    ['issue 12', 'https://x.test/12'],
    ['odd: name', 'https://x.test/odd'],
    ['padded name', 'https://x.test/padded'],
    ['twice', 'https://x.test/last']
  ])('finds %s', (name, url) => {
    expect(targets.get(name)).toBe(url)
  })

  test.each([
    'label',
    'indented',
    'split',
    'inline',
    'a:b',
    'a',
    'x'.repeat(201),
    'missing'
  ])('finds no target named %s', name => {
    expect(targets.get(name)).toBeUndefined()
  })

  test('tells whether a file has any', () => {
    expect(targets.some).toBe(true)
    expect(rstTargets(TextLines.of(['Text', '.. note:: x'])).some).toBe(false)
  })
})
