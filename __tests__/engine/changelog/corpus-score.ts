import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseChangelog } from '../../../src/engine/changelog/parse-changelog.js'
import { isUnreleasedTitle } from '../../../src/engine/changelog/unreleased-title.js'
import type { ChangelogEntry } from '../../../src/engine/changelog/changelog-entry.js'
import { parseVersion } from '../../../src/engine/version/pep440.js'
import { entriesFor } from '../../../src/engine/changelog/find-entry.js'
import type { TextLines } from '../../../src/engine/changelog/text-lines.js'

/** What the corpus manifest expects for one version of one file. */
export interface ExpectedEntry {
  readonly heading_line: number
  readonly first_body_line: string | null
  readonly last_body_line: string | null
}

/** One file of the corpus manifest. */
export interface CorpusFile {
  readonly file: string
  readonly expected: Readonly<Record<string, ExpectedEntry>>
}

/** One lookup that did not give the expected entry. */
export interface Miss {
  readonly file: string
  readonly version: string
  readonly problem: string
}

/** The outcome of scoring a corpus folder. */
export interface Score {
  readonly lookups: number
  readonly misses: readonly Miss[]
}

/** Reads `manifest.json` of a corpus folder. */
export function readManifest(folder: string): CorpusFile[] {
  return JSON.parse(
    readFileSync(join(folder, 'manifest.json'), 'utf8')
  ) as CorpusFile[]
}

/**
 * The entry a manifest key names: by PEP 440 equality, else the Unreleased
 * section for `Unreleased`-style keys, else by the version as written.
 */
export function findEntry(
  entries: readonly ChangelogEntry[],
  key: string
): ChangelogEntry | undefined {
  const version = parseVersion(key)
  const byVersion = version && entriesFor(entries, version)[0]
  if (byVersion) return byVersion
  if (isUnreleasedTitle(key)) return entries.find(e => e.kind === 'unreleased')
  return entries.find(e => e.version === key)
}

/** Checks every expected version of every file in a corpus folder. */
export function scoreCorpus(folder: string): Score {
  const misses: Miss[] = []
  let lookups = 0
  for (const item of readManifest(folder)) {
    const text = readFileSync(join(folder, item.file), 'utf8')
    const { lines, entries } = parseChangelog(text, item.file)
    for (const [version, want] of Object.entries(item.expected)) {
      lookups++
      const problem = compareEntry(lines, findEntry(entries, version), want)
      if (problem) misses.push({ file: item.file, version, problem })
    }
  }
  return { lookups, misses }
}

/** Why an entry differs from what the manifest expects, or `null`. */
export function compareEntry(
  lines: TextLines,
  entry: ChangelogEntry | undefined,
  want: ExpectedEntry
): string | null {
  if (!entry) return 'no entry found'
  if (entry.line !== want.heading_line) {
    return `heading at line ${entry.line}, expected ${want.heading_line}`
  }
  const first =
    entry.bodyStart === null ? null : lines.line(entry.bodyStart - 1)
  const last = entry.bodyEnd === null ? null : lines.line(entry.bodyEnd - 1)
  if (first !== want.first_body_line) {
    return `first body line ${JSON.stringify(first)} (line ${entry.bodyStart})`
  }
  if (last !== want.last_body_line) {
    return `last body line ${JSON.stringify(last)} (line ${entry.bodyEnd})`
  }
  return null
}
