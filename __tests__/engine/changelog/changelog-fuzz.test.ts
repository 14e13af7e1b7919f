import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import { extractReleaseNotes } from '../../../src/engine/changelog/release-notes.js'
import { FINDING_CATALOG } from '../../../src/engine/report/finding-catalog.js'
import { seededRandom } from '../../seeded-random.js'

// Real changelogs, damaged the way hand edits, merges and attackers do:
// markup pieces dropped in anywhere, spans cut or repeated, line ends
// changed. Whatever comes out, the parser must neither throw nor hang (the
// suite's timeout guards that), and what it reports must point inside the
// file.

/** Fixed, so a failure replays; set CHANGELOG_FUZZ_SEED to explore further. */
const SEED = Number(process.env.CHANGELOG_FUZZ_SEED ?? 20261204)
const CASES_PER_FILE = 50
// The head of each file keeps the run short; it holds many entries.
const HEAD_CHARS = 60_000
const FILES = [
  'aiohttp__CHANGES.rst',
  'attrs__CHANGELOG.md',
  'black__CHANGES.md',
  'flask__CHANGES.rst',
  'hypothesis__changelog.rst',
  'pip__NEWS.rst',
  'poetry__CHANGELOG.md',
  'rich__CHANGELOG.md'
]
const PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\uFEFF',
  '# ',
  '## [1.0.0] - 2024-01-02\n',
  '### Added\n',
  '======\n',
  '------\n',
  '~~~~\n',
  '```',
  '<!--',
  '-->',
  '<pre>',
  '[1.0.0]',
  '[1.0.0]: https://x.test/1\n',
  '[',
  ']:',
  '.. _v1.0.0:\n',
  '`',
  ':issue:`12`',
  '1.0.0rc1',
  'Unreleased\n',
  '(yanked)',
  '2024-13-45',
  '::error::x\n',
  '\t',
  '    '
]
const VERSIONS = ['1.0.0', '1.0.0rc1', '0.1', '99.0.0']
const KNOWN_IDS = new Set(FINDING_CATALOG.map(f => f.id))

function mutate(text: string, rand: () => number): string {
  const at = (n = text.length): number => Math.floor(rand() * Math.max(1, n))
  let out = text
  for (let k = 1 + at(12); k > 0; k--) {
    const pos = at(out.length)
    switch (at(4)) {
      case 0:
        out = out.slice(0, pos) + PIECES[at(PIECES.length)] + out.slice(pos)
        break
      case 1:
        out = out.slice(0, pos) + out.slice(pos + 1 + at(200))
        break
      case 2:
        out = out.slice(0, pos) + out.slice(at(), at()) + out.slice(pos)
        break
      default:
        out = out.replace(/\n/g, rand() < 0.5 ? '\r\n' : '\r')
    }
  }
  return out
}

function fixture(name: string): string {
  const url = new URL(`../../fixtures/changelogs/${name}`, import.meta.url)
  return readFileSync(fileURLToPath(url), 'utf8').slice(0, HEAD_CHARS)
}

// What is wrong with the parse and the checks of one text, as messages.
function problems(text: string, file: string): string[] {
  const out: string[] = []
  const lineCount = countLines(text)
  for (const e of parseChangelog(text, file).entries) {
    if (e.line < 1 || e.line > lineCount) out.push(`heading line ${e.line}`)
    if (e.bodyStart !== null && e.bodyEnd !== null) {
      if (e.bodyStart > e.bodyEnd || e.bodyEnd > lineCount) {
        out.push(`body ${e.bodyStart}-${e.bodyEnd} of ${lineCount} lines`)
      }
    }
  }
  for (const version of VERSIONS) {
    const result = extractReleaseNotes({
      text,
      file,
      version,
      today: '2024-06-01',
      required: true,
      mode: 'release'
    })
    if (typeof result.notes !== 'string') out.push(`${version}: no notes`)
    for (const f of result.findings) {
      if (!KNOWN_IDS.has(f.id)) out.push(`${version}: unknown id ${f.id}`)
      if (f.line !== undefined && f.line > lineCount) {
        out.push(`${version}: ${f.id} at line ${f.line} of ${lineCount}`)
      }
    }
  }
  return out
}

describe(`changelogs with random damage (seed ${SEED})`, () => {
  const rand = seededRandom(SEED)

  test.each(FILES)('%s', name => {
    const original = fixture(name)
    const file = name.endsWith('.rst') ? 'CHANGES.rst' : 'CHANGELOG.md'
    const found: string[] = []
    for (let c = 0; c < CASES_PER_FILE; c++) {
      const text = mutate(original, rand)
      found.push(...problems(text, file).map(p => `case ${c}: ${p}`))
    }
    expect(found).toEqual([])
  })
})

// Counted independently of the parser: CRLF, LF and CR end lines, a final
// line end adds none.
function countLines(text: string): number {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)
  return lines.length > 1 && lines[lines.length - 1] === ''
    ? lines.length - 1
    : lines.length
}
