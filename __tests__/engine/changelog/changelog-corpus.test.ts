import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import {
  compareEntry,
  findEntry,
  readManifest,
  scoreCorpus
} from './corpus-score.js'

const FIXTURES = fileURLToPath(
  new URL('../../fixtures/changelogs', import.meta.url)
)

// Real changelogs of public projects: for every version the manifest
// lists, the entry is found at its heading line and its body starts and
// ends on the manifest's lines.
describe.each(readManifest(FIXTURES))('$file', ({ file, expected }) => {
  const text = readFileSync(join(FIXTURES, file), 'utf8')
  const { lines, entries } = parseChangelog(text, file)

  test.each(Object.entries(expected))(
    'finds the entry for %s with its body',
    (version, want) => {
      expect(compareEntry(lines, findEntry(entries, version), want)).toBeNull()
    }
  )
})

// CHANGELOG_CORPUS=/path/to/changelogs scores a whole corpus folder laid
// out the same way (a manifest.json beside the files).
const corpus = process.env.CHANGELOG_CORPUS
;(corpus ? describe : describe.skip)('the corpus in CHANGELOG_CORPUS', () => {
  test('finds every listed entry', () => {
    const score = scoreCorpus(corpus as string)
    const found = score.lookups - score.misses.length
    const misses = score.misses.map(m => `${m.file} ${m.version}: ${m.problem}`)
    process.stdout.write(
      `changelog corpus: ${found}/${score.lookups} entries found\n` +
        misses.map(m => `  miss: ${m}\n`).join('')
    )
    expect(misses).toEqual([])
  })
})
