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

// The same score over a whole corpus folder laid out the same way (a
// manifest.json beside the files): the copied one by default, or the one
// CHANGELOG_CORPUS names (`npm run score:changelogs`).
const corpus = process.env.CHANGELOG_CORPUS || FIXTURES
describe(`the corpus in ${corpus}`, () => {
  test('finds every listed entry', () => {
    const score = scoreCorpus(corpus)
    const found = score.lookups - score.misses.length
    const misses = score.misses.map(m => `${m.file} ${m.version}: ${m.problem}`)
    process.stdout.write(
      `changelog corpus: ${found}/${score.lookups} entries found\n` +
        misses.map(m => `  miss: ${m}\n`).join('')
    )
    expect(misses).toEqual([])
  })
})
