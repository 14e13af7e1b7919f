import { describe, expect, test } from '@jest/globals'
import {
  type ReleaseNotesInput,
  extractReleaseNotes
} from '../../../src/engine/changelog/release-notes.js'

function run(
  text: string,
  version: string,
  more: Partial<ReleaseNotesInput> = {}
): ReturnType<typeof extractReleaseNotes> {
  return extractReleaseNotes({
    text,
    file: 'CHANGELOG.md',
    version,
    today: '2024-06-01',
    required: true,
    mode: 'release',
    ...more
  })
}

function ids(result: ReturnType<typeof extractReleaseNotes>): string[] {
  return result.findings.map(f => `${f.severity} ${f.id} @${f.line}`)
}

const HEALTHY = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '### Added',
  '',
  '<!-- new entries go here -->',
  '',
  '## [1.2.0] - 2024-05-30',
  '',
  '- New `--json` flag ([#12]).',
  '',
  '## [1.1.0] - 2024-04-01',
  '',
  '- Faster.',
  '',
  '[#12]: https://github.com/acme/tool/pull/12'
].join('\n')

describe('extractReleaseNotes: the release entry', () => {
  test('a healthy changelog gives its notes and no finding', () => {
    const result = run(HEALTHY, '1.2.0')
    expect(result).toEqual({
      notes:
        '- New `--json` flag ([#12]).\n\n[#12]: https://github.com/acme/tool/pull/12',
      notesSource: 'entry',
      date: '2024-05-30',
      entry: { heading: '[1.2.0] - 2024-05-30', line: 9, endLine: 11 },
      findings: []
    })
  })

  test('matches versions by PEP 440 equality', () => {
    const text = '## [1.0.0-RC1] - 2024-05-01\n- Candidate.'
    expect(run(text, '1.0.0rc1').notes).toBe('- Candidate.')
    expect(run(text, 'v1.0.0.rc1').notesSource).toBe('entry')
  })

  test('a missing entry is an error naming the nearest versions', () => {
    const result = run(HEALTHY, '1.1.1')
    expect(result.notesSource).toBe('generated')
    expect(result.notes).toBe('Release 1.1.1.')
    expect(result.findings).toEqual([
      {
        id: 'changelog/entry-missing',
        severity: 'error',
        message:
          'CHANGELOG.md has no entry for "1.1.1". The nearest entries are "1.2.0" (line 9), "1.1.0" (line 13).',
        file: 'CHANGELOG.md',
        line: 9,
        hint: 'Add a section headed "[1.1.1] - 2024-06-01" above line 9.'
      }
    ])
  })

  test('with required: false a missing entry warns and notes are generated', () => {
    const result = run(HEALTHY, '2.0.0', {
      required: false,
      projectName: 'acme'
    })
    expect(ids(result)).toEqual(['warning changelog/entry-missing @9'])
    expect(result.notes).toBe('Release 2.0.0 of acme.')
  })

  test.each([
    ['nothing under it', '## 1.3.0\n\n## 1.2.0\n- x'],
    ['a placeholder', '## 1.3.0\n- Nothing changed yet.\n## 1.2.0\n- x'],
    [
      'empty categories',
      '## 1.3.0\n### Added\n### Fixed\n<!-- x -->\n## 1.2.0\n- x'
    ]
  ])('an entry with %s is empty', (_, text) => {
    const result = run(text, '1.3.0')
    expect(ids(result)).toEqual(['error changelog/entry-empty @1'])
    expect(result.notesSource).toBe('generated')
  })

  test('a second entry for the release is a duplicate', () => {
    const text = '## 1.3.0\n- a\n## 1.3.0\n- b\n## 1.2.0\n- c'
    expect(ids(run(text, '1.3.0'))).toEqual([
      'warning changelog/duplicate-entry @3'
    ])
  })

  test('per-component sections of one release are no duplicates', () => {
    const text = '## Proj Core 1.3.0\n- a\n## Proj Web 1.3.0\n- b'
    expect(run(text, '1.3.0').findings).toEqual([])
  })

  test('a yanked entry is an error', () => {
    const text = '## 1.3.0 (YANKED)\n- a\n## 1.2.0\n- b'
    expect(ids(run(text, '1.3.0'))).toEqual(['error changelog/yanked @1'])
  })

  test('reports only the first pair out of order', () => {
    const text = '## 1.3.0\n- a\n## 1.3.2\n- b\n## 1.3.1\n- c\n## 1.3.5\n- d'
    expect(ids(run(text, '1.3.0'))).toEqual([
      'warning changelog/out-of-order @1'
    ])
  })

  test('backports listed in release order are in order', () => {
    const text = '## 1.0.10 - 2024-05-02\n- a\n## 1.1.0 - 2024-05-01\n- b'
    expect(run(text, '1.0.10').findings).toEqual([])
  })
})

describe('extractReleaseNotes: dates', () => {
  test.each([
    ['2024-13-45', 'warning changelog/date-invalid @1'],
    ['2024-06-03', 'warning changelog/date-in-future @1']
  ])('a release dated %s is flagged', (date, finding) => {
    const text = `## 1.3.0 - ${date}\n- a\n## 1.2.0 - 2024-01-01\n- b`
    expect(ids(run(text, '1.3.0'))).toEqual([finding])
  })

  test('a date one day ahead is today east of UTC', () => {
    const text = '## 1.3.0 - 2024-06-02\n- a'
    expect(run(text, '1.3.0').findings).toEqual([])
  })

  test('a missing date is a notice only where most entries are dated', () => {
    const dated =
      '## 1.3.0\n- a\n## 1.2.0 - 2024-01-01\n- b\n## 1.1.0 - 2023-01-01\n- c'
    expect(ids(run(dated, '1.3.0'))).toEqual([
      'notice changelog/date-missing @1'
    ])
    const undated = '## 1.3.0\n- a\n## 1.2.0\n- b\n## 1.1.0 - 2023-01-01\n- c'
    expect(run(undated, '1.3.0').findings).toEqual([])
  })

  test('an entry still marked unreleased warns at release time', () => {
    const text = 'Version 3.2.0\n-------------\n\nUnreleased\n\n- x\n'
    expect(ids(run(text, '3.2.0', { file: 'CHANGES.rst' }))).toEqual([
      'warning changelog/entry-unreleased @1'
    ])
  })

  test('dates are not checked while a release is pending', () => {
    const text = '## 1.3.0 - 2024-09-01\n- a\n## 1.2.0 - 2024-01-01\n- b'
    expect(run(text, '1.3.0', { mode: 'readiness' }).findings).toEqual([])
  })
})

describe('extractReleaseNotes: the Unreleased section', () => {
  const text = '## Unreleased\n- Pending.\n## 1.2.0 - 2024-05-01\n- Done.'

  test('still holding changes at release time is a warning', () => {
    expect(ids(run(text, '1.2.0'))).toEqual([
      'warning changelog/unreleased-not-empty @1'
    ])
  })

  test('is expected to hold changes before the release', () => {
    expect(run(text, '1.2.0', { mode: 'readiness' }).findings).toEqual([])
    expect(ids(run(text, '1.3.0', { mode: 'readiness' }))).toEqual([
      'warning changelog/entry-missing @3'
    ])
  })
})

describe('extractReleaseNotes: pre-releases', () => {
  test.each([
    [
      'its own entry',
      '## 2.0.0rc1\n- Own.\n## Unreleased\n- Pending.',
      'entry',
      '- Own.'
    ],
    [
      'the Unreleased section',
      '## Unreleased\n- Pending.\n## 2.0.0\n- Base.',
      'unreleased',
      '- Pending.'
    ],
    [
      'the base version',
      '## 2.0.0 (unreleased)\n- Base.\n## 1.0.0\n- Old.',
      'base-version',
      '- Base.'
    ]
  ])('take their notes from %s', (_, text, source, notes) => {
    const result = run(text, '2.0.0rc1')
    expect([result.notesSource, result.notes]).toEqual([source, notes])
    expect(result.findings.filter(f => f.severity === 'error')).toEqual([])
  })

  test('without any of them the entry is missing', () => {
    const result = run('## 1.0.0\n- Old.', '2.0.0b1')
    expect(result.notesSource).toBe('generated')
    expect(ids(result)).toEqual(['error changelog/entry-missing @1'])
  })
})

describe('extractReleaseNotes: the notes text', () => {
  test('ends with a link to the release on the index', () => {
    const link = 'https://pypi.org/project/acme/1.2.0/'
    const result = run(HEALTHY, '1.2.0', {
      projectName: 'acme',
      indexLink: link
    })
    expect(result.notes.split('\n').at(-1)).toBe(
      `**On PyPI:** [acme 1.2.0](${link})`
    )
    const test = run(HEALTHY, '1.2.0', {
      indexLink: 'https://test.pypi.org/project/acme/1.2.0/'
    })
    expect(test.notes).toContain('**On TestPyPI:** [1.2.0](')
  })

  // The notes are returned verbatim; the action adapter escapes workflow
  // commands before anything reaches the log.
  test('keeps workflow-command lines verbatim', () => {
    const text = '## 1.0.0\n::error::pwned\n::add-mask::x\n- ok'
    expect(run(text, '1.0.0').notes).toBe('::error::pwned\n::add-mask::x\n- ok')
  })

  test('leaves out comments and empty template sections', () => {
    const text =
      '## 1.0.0\n<!-- template -->\n### Added\n- New.\n### Fixed\n\n### Removed\n'
    expect(run(text, '1.0.0').notes).toBe('### Added\n- New.')
  })

  test('a version PEP 440 cannot read matches as written', () => {
    const text = '## 3.0.0.final\n- Final.\n## 3.0.0rc2\n- Candidate.'
    expect(run(text, '3.0.0.final').notes).toBe('- Final.')
    expect(ids(run(text, '3.0.0.finale'))[0]).toBe(
      'error changelog/entry-missing @1'
    )
  })
})
