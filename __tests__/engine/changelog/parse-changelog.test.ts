import { describe, expect, test } from '@jest/globals'
import type { ChangelogEntry } from '../../../src/engine/changelog/changelog-entry.js'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'

// Each entry as [version or kind, heading line, body start, body end].
function outline(text: string, file = 'CHANGELOG.md'): unknown[] {
  return parseChangelog(text, file).entries.map((e: ChangelogEntry) => [
    e.version ?? e.kind,
    e.line,
    e.bodyStart,
    e.bodyEnd
  ])
}

describe('parseChangelog: the last entry', () => {
  const definitions = (n: number): string[] =>
    Array.from({ length: n }, (_, i) => `[l${i}]: https://x.test/${i}`)

  test.each([
    ['no definitions', ['- Last.', ''], [4, 4]],
    [
      'blanks between definitions',
      ['- Last.', '', '[a]: x', '', '[b]: y', ''],
      [4, 4]
    ],
    [
      'RST-style targets',
      ['- Last.', '.. _a: https://x.test', '__ https://y.test'],
      [4, 4]
    ],
    [
      'a definition inside the body',
      ['- Last [a].', '[a]: x', '- More.', '[b]: y'],
      [4, 6]
    ],
    // Far more than the first search reads from the end.
    ['100,000 definitions', ['- Last.', '', ...definitions(100_000)], [4, 4]],
    // Lines across the edges of the parts searched from the end.
    [
      'a last line longer than a search',
      ['- Last.', 'x'.repeat(200_000)],
      [4, 5]
    ],
    [
      'a long line before many definitions',
      ['- Last.', 'y'.repeat(100_000), ...definitions(20_000)],
      [4, 5]
    ],
    ['a long blank last line', ['- Last.', ' '.repeat(200_000)], [4, 4]],
    ['no body', ['', '[a]: x'], [null, null]]
  ])('ends before trailing link definitions: %s', (_, tail, [start, end]) => {
    const text = ['## 1.1', '- One.', '## 1.0', ...tail].join('\n')
    expect(outline(text)[1]).toEqual(['1.0', 3, start, end])
  })

  test('reads a file of definitions only as having no content', () => {
    const text = ['[a]: x', '', '[b]: y'].join('\n')
    expect(outline(text)).toEqual([])
  })
})

describe('parseChangelog: Markdown', () => {
  test('reads Keep a Changelog entries, leaving out the link definitions', () => {
    const text = [
      '# Changelog', // 1
      '',
      '## [Unreleased]', // 3
      '',
      '## [1.1.0] - 2024-02-01', // 5
      '### Added',
      '- A feature.',
      '',
      '## [1.0.0] - 2024-01-01', // 9
      '- First.',
      '',
      '[Unreleased]: https://x.test/compare/1.1.0...HEAD',
      '[1.1.0]: https://x.test/compare/1.0.0...1.1.0'
    ].join('\n')
    expect(outline(text)).toEqual([
      ['unreleased', 3, null, null],
      ['1.1.0', 5, 6, 7],
      ['1.0.0', 9, 10, 10]
    ])
    const [, first] = parseChangelog(text, 'CHANGELOG.md').entries
    expect(first).toMatchObject({
      kind: 'version',
      normalized: '1.1.0',
      heading: '[1.1.0] - 2024-02-01',
      level: 2,
      date: '2024-02-01',
      yanked: false
    })
  })

  test('ends an entry at a version heading of any level', () => {
    const text =
      '## Mypy 2.3\nProse.\n### Mypy 2.3.1\n- Fix.\n### Thanks\nAll.\n## Mypy 2.2\nOld.'
    expect(outline(text)).toEqual([
      ['2.3', 1, 2, 2],
      ['2.3.1', 3, 4, 6],
      ['2.2', 7, 8, 8]
    ])
  })

  test('keeps sub-headings naming no version, even mis-levelled ones', () => {
    const text =
      '## 0.104.0\n## Features\n- New.\n## Upgrades\n- Bump.\n## 0.103.2\n- Fix.'
    expect(outline(text)).toEqual([
      ['0.104.0', 1, 2, 5],
      ['0.103.2', 6, 7, 7]
    ])
  })

  test('ends an entry at a higher-level heading or a trailer section', () => {
    const text =
      '# A\n## 1.0\n- x\n# Appendix\n## 0.9\n- y\n## Older changes\nSee docs.'
    expect(outline(text)).toEqual([
      ['1.0', 2, 3, 3],
      ['0.9', 5, 6, 6]
    ])
  })

  test('ends an entry at a series stub that never matches a release', () => {
    const text = '## 0.16.0\n- New.\n## 0.15.x\nSee changelogs/0.15.x.md'
    expect(outline(text)).toEqual([
      ['0.16.0', 1, 2, 2],
      ['0.15.x', 3, 4, 4]
    ])
    expect(parseChangelog(text, 'CHANGELOG.md').entries[1]).toMatchObject({
      kind: 'series',
      normalized: null
    })
  })

  test('ignores a release named only in prose sub-headings', () => {
    const text = '## 5.5.0\n### Using Kombu 5.5.0rc3\n- Bump.\n## 5.4.0\n- Old.'
    expect(outline(text)).toEqual([
      ['5.5.0', 1, 2, 3],
      ['5.4.0', 4, 5, 5]
    ])
  })

  test('reads a date on the first body line', () => {
    const text = '### v2.0.0\n\n_16 July 2021_\n\n- Big release.'
    expect(parseChangelog(text, 'CHANGELOG.md').entries[0]).toMatchObject({
      date: '2021-07-16',
      dateText: '16 July 2021'
    })
  })

  test('sees yanked and unreleased markers', () => {
    const text = '## 2.0 (unreleased)\n- x\n## 1.1 (YANKED)\n- y\n## 1.0\n- z'
    const [next, yanked, old] = parseChangelog(text, 'CHANGELOG.md').entries
    expect(next).toMatchObject({ markedUnreleased: true, yanked: false })
    expect(yanked).toMatchObject({ markedUnreleased: false, yanked: true })
    expect(old).toMatchObject({ markedUnreleased: false, yanked: false })
  })
})

describe('parseChangelog: sub-headings between entries', () => {
  test('a trailer sub-heading ends the entry above it', () => {
    const text = ['## 1.0', '- One.', '### Older changes', '- See docs.']
    expect(outline(text.join('\n'))).toEqual([['1.0', 1, 2, 2]])
  })

  test('an Unreleased sub-heading among sub-level releases is an entry', () => {
    const text = ['# Changes', '### Unreleased', '- Next.', '### 1.0', '- One.']
    expect(outline(text.join('\n'))).toEqual([
      ['unreleased', 2, 3, 3],
      ['1.0', 4, 5, 5]
    ])
  })

  test('releases below level 3 end at any higher sub-heading', () => {
    const text = [
      '## 2024', // 1
      '### Features',
      '#### 1.1.0', // 3
      '- New.',
      '### Fixes',
      '- Fixed.',
      '#### 1.0.0', // 7
      '- First.'
    ]
    expect(outline(text.join('\n'))).toEqual([
      ['1.1.0', 3, 4, 4],
      ['1.0.0', 7, 8, 8]
    ])
  })

  test('category sub-headings stay in the entry', () => {
    const text = ['## 1.1', '### Added', '- A.', '### Fixed', '- B.', '## 1.0']
    expect(outline(text.join('\n'))).toEqual([
      ['1.1', 1, 2, 5],
      ['1.0', 6, null, null]
    ])
  })
})

describe('parseChangelog: reStructuredText', () => {
  test('gives labels and overlines to the heading they stand above', () => {
    const text = [
      '.. _v1.1:', // 1
      '',
      '---', // 3
      '1.1', // 4
      '---',
      '',
      'Body of 1.1.', // 7
      '',
      '.. _issue 12: https://x.test/12', // 9
      '',
      '.. _v1.0:',
      '',
      '---',
      '1.0', // 14
      '---',
      'Body of 1.0.', // 16
      '',
      '.. _1.0: https://x.test/1.0'
    ].join('\n')
    expect(outline(text, 'CHANGES.rst')).toEqual([
      ['1.1', 4, 7, 9],
      ['1.0', 14, 16, 16]
    ])
  })

  test('merges stacked titles naming one release', () => {
    const text =
      '2.0 (2024-01-02)\n================\nproj 2.0 (2024-01-02)\n=====================\n\nFixes\n-----\n- x\n'
    expect(outline(text, 'NEWS.rst')).toEqual([['2.0', 1, 6, 8]])
  })

  test('keeps a sub-title repeating the release in the body', () => {
    const text =
      '****\nv4.0\n****\n\nBugfixes - 4.0\n==============\n- Fix.\n\n****\nv3.9\n****\n- Old.'
    expect(outline(text, 'changelog.rst')).toEqual([
      ['4.0', 2, 5, 7],
      ['3.9', 10, 12, 12]
    ])
  })

  test('reads the release line under a title as the date', () => {
    const text =
      'Version 3.1.3\n-------------\n\nReleased 2026-02-18\n\n-   Fix.'
    expect(parseChangelog(text, 'CHANGES.rst').entries[0]).toMatchObject({
      date: '2026-02-18',
      markedUnreleased: false
    })
  })
})

describe('parseChangelog: format', () => {
  test.each([
    ['CHANGELOG.md', '## 1.0\n', 'markdown'],
    ['docs/changes.rst', '1.0\n===\n', 'rst'],
    ['NEWS', '1.0\n===\n\n.. note:: x\n\n- ``code``\n', 'rst'],
    ['CHANGES.txt', '## 1.0\n\n- `code` [link](https://x.test)\n', 'markdown'],
    ['HISTORY', 'Version 1.0\n-----------\n- x\n', 'rst']
  ])('reads %s as %s content', (file, text, format) => {
    expect(parseChangelog(text, file).format).toBe(format)
  })

  test('handles CRLF, lone CR and a byte-order mark', () => {
    const text = '\ufeff## 1.0\r\n- a\r\n## 0.9\r- b\r\n'
    expect(outline(text)).toEqual([
      ['1.0', 1, 2, 2],
      ['0.9', 3, 4, 4]
    ])
    expect(parseChangelog(text, 'CHANGELOG.md').lines.line(1)).toBe('- a')
  })
})
